// Inside each resolution: item labels run a), b), c) ... or 1, 2, 3 ... under each call
// (item-sequence), and items end with the punctuation of domain §2 (punctuation).
#include "validation/Checks.hpp"

#include "recognition/Language.hpp"
#include "recognition/Levels.hpp"
#include "recognition/Patterns.hpp"
#include "styles/ItuStyles.hpp"
#include "text/Text.hpp"

#include <algorithm>
#include <cctype>
#include <limits>
#include <set>
#include <tuple>

namespace pa::validation {
namespace {

using patterns::LabelKey;

// An item as one view shows it.
struct ViewItem {
    std::size_t paragraph = 0;
    Role role = Role::Body;
    std::string label;  // as typed, "" for Body
    bool typed = false; // the label is text in the paragraph (not Writer's numbering)
    MappedText text;    // normalized view text
    std::size_t level = 0;
    std::optional<std::size_t> parent; // index into the source list (Call::items, Clause::items)
    ListKind kind = ListKind::None;
};

std::vector<ViewItem> itemsIn(const Context &ctx, const std::vector<Item> &list, View view) {
    std::vector<ViewItem> out;
    for (const Item &item : list) {
        const Paragraph &p = ctx.paragraph(item.paragraph);
        if (p.absentIn(view))
            continue;
        ViewItem v;
        v.paragraph = item.paragraph;
        v.text = normalizedView(p, view);
        v.level = item.level;
        v.parent = item.parent;
        v.kind = item.kind;
        if (!p.listLabel.empty()) {
            if (auto l = patterns::itemFromListLabel(p.listLabel)) {
                v.role = l->role;
                v.label = l->label;
            }
        } else if (auto l = patterns::parseItemLabel(v.text.text);
                   l && l->shape != patterns::LabelShape::Clause) {
            v.role = l->role;
            v.label = l->label;
            v.typed = text::startsWith(v.text.text, v.label);
        } else if (item.role == Role::BulletItem) {
            v.role = Role::BulletItem;
        }
        out.push_back(std::move(v));
    }
    return out;
}

// The place of a key in its kind of sequence: "c" 2, "iv" 3, "12" 11.
std::optional<std::size_t> keyIndex(ListKind kind, const std::string &key, const Lexicon *lang) {
    switch (kind) {
    case ListKind::Number: {
        const auto parts = patterns::clauseNumber(key);
        if (parts.size() == 1 && parts[0] > 0)
            return parts[0] - 1;
        return std::nullopt;
    }
    case ListKind::Roman:
        for (std::size_t n = 1; n <= 39; ++n)
            if (patterns::romanNumeral(n) == key)
                return n - 1;
        return std::nullopt;
    case ListKind::Letter:
        if (const auto at = patterns::letterPosition(key, lang))
            return at->position;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

// The expected key written in the format of `model`: "b)" from "a)", "(B)" from "(A)", "٢" from
// "١".
std::string relabel(const std::string &model, const std::string &key, bool upper) {
    std::size_t begin = 0, end = model.size();
    for (std::string_view open : {"(", "\xEF\xBC\x88"}) // ( （
        if (text::startsWith(std::string_view(model).substr(begin), open))
            begin += open.size();
    for (std::string_view close : {")", "\xEF\xBC\x89", "."}) // ) ） .
        if (end - begin >= close.size() &&
            std::string_view(model).substr(end - close.size()) == close) {
            end -= close.size();
            break;
        }
    std::string body = upper ? text::upper(key) : key;
    // Arabic-Indic digits stay Arabic-Indic.
    const std::string_view inner = std::string_view(model).substr(begin, end - begin);
    if (!inner.empty() && static_cast<unsigned char>(inner[0]) == 0xD9 && inner.size() >= 2 &&
        static_cast<unsigned char>(inner[1]) >= 0xA0 &&
        static_cast<unsigned char>(inner[1]) <= 0xA9) {
        std::string arabic;
        for (char c : body)
            arabic += c >= '0' && c <= '9'
                          ? std::string("\xD9") + static_cast<char>(0xA0 + (c - '0'))
                          : std::string(1, c);
        body = arabic;
    }
    return model.substr(0, begin) + body + model.substr(end);
}

struct Mislabel {
    std::size_t item;     // index into the view's items
    std::string expected; // the label it should carry
};

// One mistake in one list and the labels that follow from it: a sequence that restarts, repeats
// or skips carries the labels after it along, each one after the one before.
struct RootCause {
    ListKind kind = ListKind::None;
    Mislabel first;
    std::optional<std::size_t> previous; // the item before it in its list
    std::size_t position = 0;            // 0-based place of the first wrong item
    std::vector<Mislabel> following;
};

std::vector<RootCause> rootCauses(const std::vector<ViewItem> &items, const Lexicon *lang) {
    // Each level's list, restarting under each parent.
    std::vector<
        std::pair<std::pair<std::size_t, std::optional<std::size_t>>, std::vector<std::size_t>>>
        lists;
    for (std::size_t k = 0; k < items.size(); ++k) {
        const ViewItem &v = items[k];
        if (v.kind != ListKind::Number && v.kind != ListKind::Letter && v.kind != ListKind::Roman)
            continue;
        if (v.role != Role::LetteredItem && v.role != Role::NumberedItem &&
            v.role != Role::BulletItem)
            continue;
        const auto key = patterns::labelKey(v.label);
        if (!key || key->shape == patterns::LabelShape::Bullet ||
            key->shape == patterns::LabelShape::Dash)
            continue;
        const std::pair<std::size_t, std::optional<std::size_t>> id{v.level, v.parent};
        auto it =
            std::find_if(lists.begin(), lists.end(), [&](const auto &l) { return l.first == id; });
        if (it == lists.end())
            it = lists.insert(lists.end(), {id, {}});
        it->second.push_back(k);
    }
    std::vector<RootCause> out;
    for (const auto &[id, members] : lists) {
        const ViewItem &head = items[members.front()];
        const LabelKey first = *patterns::labelKey(head.label);
        constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
        std::size_t open = kNone; // index into out of the cause still going on
        for (std::size_t pos = 0; pos < members.size(); ++pos) {
            const ViewItem &v = items[members[pos]];
            const LabelKey key = *patterns::labelKey(v.label);
            const std::string expected = expectedKey(head.kind, first, pos, lang);
            if (key.key == expected) {
                open = kNone;
                continue;
            }
            const Mislabel m{members[pos], relabel(head.label, expected, first.upper)};
            if (open != kNone && pos > 0) {
                // Follows from the cause when it comes right after the label before it.
                const LabelKey before = *patterns::labelKey(items[members[pos - 1]].label);
                const auto b = keyIndex(head.kind, before.key, lang),
                           k = keyIndex(head.kind, key.key, lang);
                if (b && k && *k == *b + 1) {
                    out[open].following.push_back(m);
                    continue;
                }
            }
            RootCause cause;
            cause.kind = head.kind;
            cause.first = m;
            cause.position = pos;
            if (pos > 0)
                cause.previous = members[pos - 1];
            out.push_back(std::move(cause));
            open = out.size() - 1;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const RootCause &a, const RootCause &b) { return a.first.item < b.first.item; });
    return out;
}

// "the lettering restarts at 'b)' after 'c)'": what went wrong, in a delegate's words.
std::string whatWentWrong(const RootCause &c, const std::vector<ViewItem> &items,
                          const Lexicon *lang) {
    const std::string sequence = c.kind == ListKind::Letter ? "lettering" : "numbering";
    const ViewItem &v = items[c.first.item];
    if (!c.previous)
        return "the " + sequence + " starts at '" + v.label + "'";
    const ViewItem &before = items[*c.previous];
    const auto b = keyIndex(c.kind, patterns::labelKey(before.label)->key, lang);
    const auto k = keyIndex(c.kind, patterns::labelKey(v.label)->key, lang);
    if (b && k && *k == *b)
        return "the " + sequence + " repeats '" + v.label + "' after '" + before.label + "'";
    if (b && k && *k < *b)
        return "the " + sequence + " restarts at '" + v.label + "' after '" + before.label + "'";
    if (b && k)
        return "the " + sequence + " skips from '" + before.label + "' to '" + v.label + "'";
    return "'" + v.label + "' does not follow '" + before.label + "'";
}

const Lexicon *languageOfResolution(const Context &ctx, const Resolution &r) {
    const Lexicon *lang = languageOf(ctx.document, ctx.recognition, r.first, r.last);
    return lang ? lang : &ctx.lexicon;
}

void reportList(Context &ctx, const std::vector<Item> &list, const Lexicon *lang,
                bool withOriginal) {
    const std::vector<ViewItem> items = itemsIn(ctx, list, View::Proposed);
    std::set<std::pair<std::size_t, std::string>> reported;
    const auto noteOf = [&](const std::vector<ViewItem> &view, const Mislabel &m) {
        const ViewItem &v = view[m.item];
        const std::size_t len = v.typed ? v.label.size() : 0;
        return Note{ctx.locate(v.paragraph) + ": follows from it, and should read '" + m.expected +
                        "'",
                    v.paragraph, ctx.utf16(v.paragraph, v.text.markedBegin(0)),
                    ctx.utf16(v.paragraph, v.text.markedEnd(0, len))};
    };
    const auto consequence = [](const RootCause &c) {
        if (c.following.empty())
            return std::string();
        const std::size_t n = c.following.size();
        return ", and " + std::to_string(n) +
               (n == 1 ? " item after it follows" : " items after it follow") +
               " from it (to read '" + c.following.front().expected + "'" +
               (n > 1 ? " to '" + c.following.back().expected + "'" : std::string()) + ")";
    };
    for (const RootCause &c : rootCauses(items, lang)) {
        std::vector<TextEdit> edits;
        for (const Mislabel *m : [&] {
                 std::vector<const Mislabel *> all{&c.first};
                 for (const Mislabel &f : c.following)
                     all.push_back(&f);
                 return all;
             }()) {
            const ViewItem &v = items[m->item];
            if (!v.typed)
                continue;
            const std::size_t b = v.text.markedBegin(0), e = v.text.markedEnd(0, v.label.size());
            edits.push_back(TextEdit{v.paragraph, ctx.utf16(v.paragraph, b),
                                     ctx.utf16(v.paragraph, e), m->expected, true});
            reported.emplace(v.paragraph, v.label);
        }
        const ViewItem &v = items[c.first.item];
        const std::size_t len = v.typed ? v.label.size() : 0;
        std::optional<Fix> fix;
        if (v.typed && !edits.empty())
            fix = Fix::reletterItems(std::move(edits));
        Diagnostic &d = ctx.finding(
            ctx.report(Rule::ItemSequence, Severity::Error, v.paragraph, v.text.markedBegin(0),
                       v.text.markedEnd(0, len),
                       ctx.locate(v.paragraph) + ": " + whatWentWrong(c, items, lang) +
                           "; it should read '" + c.first.expected + "'" + consequence(c),
                       std::move(fix)));
        for (const Mislabel &f : c.following)
            d.notes.push_back(noteOf(items, f));
        reported.emplace(v.paragraph, v.label);
    }

    // Original view, against a base: the text before the changes must be the base's.
    if (!withOriginal)
        return;
    const std::vector<ViewItem> original = itemsIn(ctx, list, View::Original);
    for (const RootCause &c : rootCauses(original, lang)) {
        const ViewItem &v = original[c.first.item];
        if (reported.count({v.paragraph, v.label}))
            continue;
        const std::size_t len = v.typed ? v.label.size() : 0;
        Diagnostic &d = ctx.finding(
            ctx.report(Rule::ItemSequence, Severity::Error, v.paragraph, v.text.markedBegin(0),
                       v.text.markedEnd(0, len),
                       ctx.locate(v.paragraph) + ": before the tracked changes " +
                           whatWentWrong(c, original, lang) + "; the original text should read '" +
                           c.first.expected + "'" + consequence(c)));
        for (const Mislabel &f : c.following)
            d.notes.push_back(noteOf(original, f));
    }
}

// The dotted numbers of clauses and the numbers of sections, per region (the resolution's body,
// each annex): 1.1 may be followed by 1.2, 1.1.1 or 2 (and 2.1 under SECTION 2), not by 1.3.
bool follows(const std::vector<std::size_t> &prev, const std::vector<std::size_t> &cur) {
    const auto onesFrom = [&](std::size_t j) {
        return std::all_of(cur.begin() + std::ptrdiff_t(j), cur.end(),
                           [](std::size_t n) { return n == 1; });
    };
    if (cur.size() > prev.size() && std::equal(prev.begin(), prev.end(), cur.begin()) &&
        onesFrom(prev.size()))
        return true;
    for (std::size_t j = 0; j < prev.size() && j < cur.size(); ++j) {
        if (!std::equal(prev.begin(), prev.begin() + std::ptrdiff_t(j), cur.begin()))
            break;
        if (cur[j] == prev[j] + 1 && onesFrom(j + 1))
            return true;
    }
    return false;
}

std::string dotted(const std::vector<std::size_t> &n) {
    std::string out;
    for (std::size_t part : n)
        out += (out.empty() ? "" : ".") + std::to_string(part);
    return out;
}

void checkClauses(Context &ctx, const Resolution &r) {
    std::size_t region = std::numeric_limits<std::size_t>::max();
    std::optional<std::vector<std::size_t>> prev;
    std::vector<std::size_t> corrected; // what the clause before should have read, after a finding
    std::size_t section = 0, lastSection = 0; // 0: none yet
    bool sectionStart = false;
    const auto &clauses = r.clauses;
    for (std::size_t k = 0; k < clauses.size(); ++k) {
        const Clause &c = clauses[k];
        if (ctx.paragraph(c.paragraph).absentIn(View::Proposed))
            continue;
        if (c.region != region) {
            region = c.region;
            prev.reset();
            section = lastSection = 0;
        }
        const MappedText t = normalizedView(ctx.paragraph(c.paragraph), View::Proposed);
        if (c.section) {
            if (c.number.empty())
                continue;
            const std::size_t expected = lastSection + 1;
            if (c.number[0] != expected && !(lastSection && c.number[0] == lastSection))
                ctx.report(Rule::ItemSequence, Severity::Error, c.paragraph, t.markedBegin(0),
                           t.markedEnd(0, t.text.size()),
                           ctx.locate(c.paragraph) + ": section " + std::to_string(c.number[0]) +
                               (lastSection ? " follows section " + std::to_string(lastSection)
                                            : " is the first") +
                               "; it should be section " + std::to_string(expected));
            section = lastSection = c.number[0];
            sectionStart = true;
            continue;
        }
        if (c.number.empty())
            continue;
        const auto onesAfterFirst = [&](std::size_t head) {
            return c.number[0] == head && std::all_of(c.number.begin() + 1, c.number.end(),
                                                      [](std::size_t n) { return n == 1; });
        };
        const bool ok = (prev && follows(*prev, c.number)) ||
                        (!corrected.empty() && follows(corrected, c.number)) ||
                        (!prev && onesAfterFirst(1)) ||
                        (sectionStart && section && onesAfterFirst(section));
        sectionStart = false;
        if (!ok) {
            // What it should be: the next at its depth after the clause before it.
            std::vector<std::size_t> expected = prev ? *prev : std::vector<std::size_t>{0};
            if (expected.size() >= c.number.size())
                expected.resize(c.number.size()), ++expected.back();
            else
                expected.resize(c.number.size(), 1);
            const std::string label = c.label.empty() ? dotted(c.number) : c.label;
            const std::size_t labelEnd = std::min(t.text.size(), c.label.size());
            std::vector<Note> notes;
            std::vector<std::size_t> was = c.number, will = expected;
            for (std::size_t n = k + 1; n < clauses.size() && clauses[n].region == c.region; ++n) {
                const Clause &after = clauses[n];
                if (after.section || after.number.size() < c.number.size())
                    break;
                if (after.number.size() > c.number.size())
                    continue;
                if (!follows(was, after.number) || after.number.size() != was.size())
                    break;
                was = after.number;
                ++will.back();
                const MappedText at =
                    normalizedView(ctx.paragraph(after.paragraph), View::Proposed);
                notes.push_back(
                    Note{ctx.locate(after.paragraph) + ": clause " + dotted(after.number) +
                             " follows from it, and should read " + dotted(will),
                         after.paragraph, ctx.utf16(after.paragraph, at.markedBegin(0)),
                         ctx.utf16(after.paragraph,
                                   at.markedEnd(0, std::min(at.text.size(), after.label.size())))});
            }
            Diagnostic &d = ctx.finding(ctx.report(
                Rule::ItemSequence, Severity::Error, c.paragraph, t.markedBegin(0),
                t.markedEnd(0, labelEnd),
                ctx.locate(c.paragraph) + ": clause " + label +
                    (prev ? " does not follow clause " + dotted(*prev)
                          : std::string(" is the first clause")) +
                    "; it should be " + dotted(expected) +
                    (notes.empty() ? std::string()
                                   : ", and " + std::to_string(notes.size()) +
                                         (notes.size() == 1 ? " clause after it follows"
                                                            : " clauses after it follow") +
                                         " from it")));
            d.notes = std::move(notes);
            prev = c.number;
            corrected = expected;
            continue;
        }
        prev = c.number;
        corrected.clear();
    }
}

void checkSequences(Context &ctx, const Resolution &r, bool withOriginal) {
    const Lexicon *lang = languageOfResolution(ctx, r);
    for (const Call &call : r.calls) {
        reportList(ctx, call.items, lang, withOriginal);
        // A call with a single item gives it no label.
        const std::vector<ViewItem> items = itemsIn(ctx, call.items, View::Proposed);
        std::size_t visible = 0;
        const ViewItem *labelled = nullptr;
        bool wrong = false;
        for (const ViewItem &v : items)
            if (v.level == 0 && v.role != Role::BulletItem) {
                ++visible;
                if (v.role == Role::LetteredItem || v.role == Role::NumberedItem) {
                    labelled = &v;
                    const auto key = patterns::labelKey(v.label);
                    wrong = !key || (key->key != "1" &&
                                     key->key != expectedKey(ListKind::Letter, *key, 0, lang));
                }
            }
        if (visible == 1 && labelled && !wrong && !call.holdsSections)
            ctx.report(Rule::ItemSequence, Severity::Info, labelled->paragraph,
                       labelled->text.markedBegin(0),
                       labelled->text.markedEnd(0, labelled->typed ? labelled->label.size() : 0),
                       ctx.locate(labelled->paragraph) +
                           ": this is the only item under its call, and "
                           "a single item usually carries no label");
    }
    for (const Clause &clause : r.clauses)
        reportList(ctx, clause.items, lang, withOriginal);
    checkClauses(ctx, r);
}

// The last character that is not a closing quote, and where it is.
std::optional<std::size_t> finalMark(const std::string &t) {
    std::size_t end = t.size();
    while (end > 0) {
        const std::string_view tail = std::string_view(t).substr(0, end);
        if (tail.back() == '"' || tail.back() == '\'') {
            --end;
        } else if (text::startsWith(tail.substr(tail.size() >= 3 ? tail.size() - 3 : 0),
                                    "\xE2\x80\x9D") ||
                   text::startsWith(tail.substr(tail.size() >= 3 ? tail.size() - 3 : 0),
                                    "\xE2\x80\x99")) {
            end -= 3; // ” ’
        } else if (text::startsWith(tail.substr(tail.size() >= 2 ? tail.size() - 2 : 0),
                                    "\xC2\xBB")) {
            end -= 2; // »
        } else {
            break;
        }
    }
    if (end == 0)
        return std::nullopt;
    std::size_t at = end - 1;
    while (at > 0 && (static_cast<unsigned char>(t[at]) & 0xC0) == 0x80)
        --at;
    return at;
}

// An item whose ending breaks the rules, in one view.
struct Misended {
    ViewItem item;
    std::size_t at = 0; // the final mark's first byte in item.text.text
    std::string found, expected;
    std::string why;
};

std::vector<Misended> misendedItems(const Context &ctx, const Resolution &r, View view) {
    struct Entry {
        ViewItem item;
        bool lastOfCall = false;
        bool introducesList = false; // the next item of the call sits deeper, or sections follow
        bool lastCall = false;       // in the resolution's last call with items
    };
    const Lexicon &lang = *languageOfResolution(ctx, r);
    std::vector<Entry> entries;
    for (std::size_t c = 0; c < r.calls.size(); ++c) {
        const Call &call = r.calls[c];
        std::vector<ViewItem> items = itemsIn(ctx, call.items, view);
        for (std::size_t k = 0; k < items.size(); ++k) {
            const bool last = k + 1 == items.size();
            const bool deeper =
                (!last && items[k + 1].level > items[k].level) || (last && call.holdsSections);
            entries.push_back({std::move(items[k]), last, deeper, c + 1 == r.calls.size()});
        }
    }
    const ChangeKind joining =
        view == View::Proposed ? ChangeKind::Deletion : ChangeKind::Insertion;
    const auto among = [](const std::string &mark, const std::vector<std::string> &endings) {
        return std::find(endings.begin(), endings.end(), mark) != endings.end();
    };
    const auto first = [](const std::vector<std::string> &endings, const char *fallback) {
        return endings.empty() ? std::string(fallback) : endings.front();
    };
    std::vector<Misended> out;
    for (std::size_t k = 0; k < entries.size(); ++k) {
        const ViewItem &v = entries[k].item;
        const std::string &t = v.text.text;
        const std::optional<std::size_t> at = finalMark(t);
        if (!at || text::trim(std::string_view(t).substr(v.typed ? v.label.size() : 0)).empty())
            continue;
        // A paragraph mark missing from this view joins the text to the next paragraph: it
        // ends nothing.
        const Paragraph &p = ctx.paragraph(v.paragraph);
        if (p.mark && p.mark->kind == joining)
            continue;
        const std::vector<std::string> *endings = &lang.itemEnd;
        std::string why = "an item ends with '" + first(lang.itemEnd, ";") + "'";
        if (entries[k].introducesList) {
            endings = &lang.introducingEnd;
            why = "an item that introduces a list ends with '" + first(lang.introducingEnd, ":") +
                  "'";
        } else if (k + 1 == entries.size() && entries[k].lastCall) {
            endings = &lang.lastItemEnd;
            why =
                "the last item of the resolution ends with '" + first(lang.lastItemEnd, ".") + "'";
        } else if (entries[k].lastOfCall) {
            endings = &lang.lastItemOfCallEnd;
            why = "the last item of a call ends with '" + first(lang.lastItemOfCallEnd, ",") + "'";
        }
        std::size_t end = *at + 1;
        while (end < t.size() && (static_cast<unsigned char>(t[end]) & 0xC0) == 0x80)
            ++end;
        const std::string found = t.substr(*at, end - *at);
        if (among(found, *endings))
            continue;
        // "...; and" / "...; or": a joining word after the semicolon is usual before the last item.
        if (endings == &lang.itemEnd) {
            bool joined = false;
            for (const std::string &mark : lang.itemEnd) {
                const std::size_t semicolon = t.rfind(mark);
                const std::size_t next = semicolon + mark.size();
                if (semicolon != std::string::npos && next + 1 < t.size() && t[next] == ' ' &&
                    t.find_first_of(" \t", next + 1) == std::string::npos)
                    joined = true;
            }
            if (joined)
                continue;
        }
        out.push_back({v, *at, found, first(*endings, ""), why});
    }
    return out;
}

// In a MOD against a known base, an ending the base already had in the same place is the
// base's, not the proposal's: only what the proposal changes is reported.
void checkPunctuation(Context &ctx, const Resolution &r, bool withOriginal) {
    std::set<std::tuple<std::size_t, std::string, std::string>> inherited;
    if (withOriginal)
        for (const Misended &m : misendedItems(ctx, r, View::Original))
            inherited.emplace(m.item.paragraph, m.found, m.expected);
    for (const Misended &m : misendedItems(ctx, r, View::Proposed)) {
        if (inherited.count({m.item.paragraph, m.found, m.expected}))
            continue;
        const std::string folded = text::fold(m.found);
        const bool punctuated = folded.size() == 1 && std::string_view(";,.:!?").find(folded[0]) !=
                                                          std::string_view::npos;
        ctx.report(
            Rule::Punctuation, Severity::Warning, m.item.paragraph, m.item.text.markedBegin(m.at),
            m.item.text.markedEnd(m.at, m.at + m.found.size()),
            ctx.locate(m.item.paragraph) + ": the item ends " +
                (punctuated ? "with '" + m.found + "'" : std::string("without punctuation")) +
                ", but " + m.why);
    }
}

} // namespace

void checkItems(Context &ctx) {
    for (std::size_t ri = 0; ri < ctx.recognition.structure.resolutions.size(); ++ri) {
        const Resolution &r = ctx.recognition.structure.resolutions[ri];
        // The original view is compared with the base only in a MOD whose base is known.
        bool withOriginal = false;
        if (ctx.base && !r.number.empty() && ctx.base->find(r.number)) {
            const std::optional<std::size_t> p = ctx.place(r.first).proposal;
            withOriginal = p && isModSymbol(ctx.symbolOf(ctx.recognition.structure.proposals[*p]));
        }
        checkSequences(ctx, r, withOriginal);
        checkPunctuation(ctx, r, withOriginal);
    }
}

} // namespace pa::validation
