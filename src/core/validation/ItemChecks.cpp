// Inside each resolution: item labels run a), b), c) ... or 1, 2, 3 ... under each call
// (item-sequence), and items end with the punctuation of domain §2 (punctuation).
#include "validation/Checks.hpp"

#include "recognition/Patterns.hpp"
#include "styles/ItuStyles.hpp"
#include "text/Text.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

namespace pa::validation {
namespace {

// An item as one view shows it.
struct ViewItem {
    std::size_t paragraph = 0;
    Role role = Role::Body;
    std::string label;          // as typed, "" for Body
    bool typed = false;         // the label is text in the paragraph (not Writer's numbering)
    MappedText text;            // normalized view text
};

std::vector<ViewItem> itemsIn(const Context &ctx, const Call &call, View view) {
    std::vector<ViewItem> out;
    for (const Item &item : call.items) {
        const Paragraph &p = ctx.paragraph(item.paragraph);
        if (p.absentIn(view))
            continue;
        ViewItem v;
        v.paragraph = item.paragraph;
        v.text = normalizedView(p, view);
        if (!p.listLabel.empty()) {
            if (auto l = patterns::itemFromListLabel(p.listLabel)) {
                v.role = l->role;
                v.label = l->label;
            }
        } else if (auto l = patterns::parseItemLabel(v.text.text)) {
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

// The letters or digits of a label: "a)" -> "a", "(iv)" -> "iv", "12." -> "12".
std::string labelKey(std::string_view label) {
    std::string key;
    for (char c : label)
        if (std::isalnum(static_cast<unsigned char>(c)))
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

// The kinds of label a list may use; a call's lists nest (1 -> a) -> i)) in any order.
enum class LabelKind { Number, Letter, Roman };

std::string roman(std::size_t n) {
    static const std::pair<std::size_t, const char *> kDigits[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string out;
    for (const auto &[value, digits] : kDigits)
        for (; n >= value; n -= value)
            out += digits;
    return out;
}

bool isRoman(const std::string &key) {
    for (std::size_t n = 1; n <= 39; ++n)
        if (roman(n) == key)
            return true;
    return false;
}

std::string expectedKey(LabelKind kind, std::size_t position) {
    switch (kind) {
    case LabelKind::Number: return std::to_string(position + 1);
    case LabelKind::Roman: return roman(position + 1);
    case LabelKind::Letter:
        // a) ... z), then aa), bb) ... as ITU texts continue.
        return std::string(position / 26 + 1, static_cast<char>('a' + position % 26));
    }
    return {};
}

// The expected label written in the format of `model` ("b)" from "a)", "(B)" from "(A)").
std::string relabel(const std::string &model, std::string key) {
    const std::string old = labelKey(model);
    std::size_t at = 0;
    while (at < model.size() && !std::isalnum(static_cast<unsigned char>(model[at])))
        ++at;
    if (at < model.size() && std::isupper(static_cast<unsigned char>(model[at])))
        for (char &c : key)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return model.substr(0, at) + key + model.substr(std::min(model.size(), at + old.size()));
}

struct Mislabel {
    std::size_t item;     // index into the view's items
    std::string expected; // the label it should carry
    std::size_t position; // 0-based place in its sequence
};

// The lists of one call as read from its labels: what is mislabelled, and how deep each item
// sits (0 = the outer list; nullopt for unlabelled text and section numbers).
struct Lists {
    std::vector<Mislabel> mislabels;
    std::vector<std::optional<std::size_t>> depth;
};

// Each kind of label counts from its first appearance; an item of an outer list (a kind seen
// earlier) restarts the inner ones. A lettered label that is not the next letter but is a roman
// numeral opens or continues a roman list (i), ii) ...). Multi-level numbers (1.1) are left
// alone: they number sections, not items. Bullets sit deepest and are not counted.
Lists readLists(const std::vector<ViewItem> &items) {
    Lists out;
    out.depth.resize(items.size());
    std::vector<LabelKind> levels; // kinds in order of first appearance: outer first
    std::size_t count[3] = {0, 0, 0};
    std::string model[3];
    std::string lastLetter;
    const auto seen = [&](LabelKind l) { return std::find(levels.begin(), levels.end(), l) != levels.end(); };
    for (std::size_t k = 0; k < items.size(); ++k) {
        const ViewItem &v = items[k];
        const std::string key = labelKey(v.label);
        LabelKind kind;
        if (v.role == Role::BulletItem) {
            // "–" bullets go one level below "•" ones (enumlev2 under enumlev1).
            out.depth[k] = levels.size() + (styleForRole(Role::BulletItem, v.label) == "enumlev2" ? 1 : 0);
            continue;
        }
        if (v.role == Role::NumberedItem) {
            if (v.label.find('.') != std::string::npos && v.label.find('.') + 1 < v.label.size())
                continue;
            kind = LabelKind::Number;
        } else if (v.role == Role::LetteredItem) {
            const std::size_t letters = seen(LabelKind::Letter) ? count[1] : 0;
            const std::size_t romans = seen(LabelKind::Roman) ? count[2] : 0;
            // "i)" right after "h)" is the ninth letter, even in a list that went wrong before.
            const bool roman = key != expectedKey(LabelKind::Letter, letters) && isRoman(key) &&
                               (romans > 0 || (key == "i" && lastLetter != "h"));
            kind = roman ? LabelKind::Roman : LabelKind::Letter;
        } else {
            continue;
        }
        const std::size_t slot = static_cast<std::size_t>(kind);
        if (!seen(kind))
            levels.push_back(kind);
        const auto level = std::find(levels.begin(), levels.end(), kind);
        out.depth[k] = static_cast<std::size_t>(level - levels.begin());
        for (auto inner = level + 1; inner != levels.end(); ++inner)
            count[static_cast<std::size_t>(*inner)] = 0;
        if (count[slot] == 0)
            model[slot] = v.label;
        const std::string expected = expectedKey(kind, count[slot]);
        if (key != expected)
            out.mislabels.push_back({k, relabel(model[slot], expected), count[slot]});
        if (kind == LabelKind::Letter)
            lastLetter = key;
        ++count[slot];
    }
    return out;
}

std::vector<Mislabel> mislabels(const std::vector<ViewItem> &items) { return readLists(items).mislabels; }

void checkSequences(Context &ctx, const Resolution &r, bool withOriginal) {
    for (const Call &call : r.calls) {
        // Proposed view: what the text will read.
        const std::vector<ViewItem> items = itemsIn(ctx, call, View::Proposed);
        std::set<std::pair<std::size_t, std::string>> reported;
        const std::vector<Mislabel> wrong = mislabels(items);
        std::vector<TextEdit> edits;
        for (const Mislabel &m : wrong) {
            const ViewItem &v = items[m.item];
            if (!v.typed)
                continue;
            const std::size_t b = v.text.markedBegin(0), e = v.text.markedEnd(0, v.label.size());
            edits.push_back(TextEdit{v.paragraph, ctx.utf16(v.paragraph, b), ctx.utf16(v.paragraph, e),
                                     m.expected, true});
        }
        std::optional<Fix> fix;
        if (!edits.empty())
            fix = Fix::reletterItems(edits);
        for (const Mislabel &m : wrong) {
            const ViewItem &v = items[m.item];
            const std::size_t len = v.typed ? v.label.size() : 0;
            ctx.report(Rule::ItemSequence, Severity::Error, v.paragraph, v.text.markedBegin(0),
                       v.text.markedEnd(0, len),
                       ctx.locate(v.paragraph) + ": the item is labelled '" + v.label + "' but is the " +
                           ordinal(m.position + 1) + " of its list, so its label should be '" +
                           m.expected + "' (labels restart under each call)",
                       v.typed ? fix : std::nullopt);
            reported.emplace(v.paragraph, v.label);
        }
        // A call with a single item gives it no label.
        std::size_t visible = 0;
        const ViewItem *labelled = nullptr;
        for (const ViewItem &v : items)
            if (v.role != Role::BulletItem) {
                ++visible;
                if (v.role == Role::LetteredItem || v.role == Role::NumberedItem)
                    labelled = &v;
            }
        if (visible == 1 && labelled && wrong.empty())
            ctx.report(Rule::ItemSequence, Severity::Info, labelled->paragraph,
                       labelled->text.markedBegin(0),
                       labelled->text.markedEnd(0, labelled->typed ? labelled->label.size() : 0),
                       ctx.locate(labelled->paragraph) + ": this is the only item under its call, and "
                           "a single item usually carries no label");

        // Original view, against a base: the text before the changes must be the base's.
        if (!withOriginal)
            continue;
        const std::vector<ViewItem> original = itemsIn(ctx, call, View::Original);
        for (const Mislabel &m : mislabels(original)) {
            const ViewItem &v = original[m.item];
            if (reported.count({v.paragraph, v.label}))
                continue;
            const std::size_t len = v.typed ? v.label.size() : 0;
            ctx.report(Rule::ItemSequence, Severity::Error, v.paragraph, v.text.markedBegin(0),
                       v.text.markedEnd(0, len),
                       ctx.locate(v.paragraph) + ": before the tracked changes the item is labelled '" +
                           v.label + "' but is the " + ordinal(m.position + 1) +
                           " of its list, so the original text should read '" + m.expected + "'");
        }
    }
}

// The last character that is not a closing quote, and where it is.
std::optional<std::size_t> finalMark(const std::string &t) {
    std::size_t end = t.size();
    while (end > 0) {
        const std::string_view tail = std::string_view(t).substr(0, end);
        if (tail.back() == '"' || tail.back() == '\'') {
            --end;
        } else if (text::startsWith(tail.substr(tail.size() >= 3 ? tail.size() - 3 : 0), "\xE2\x80\x9D") ||
                   text::startsWith(tail.substr(tail.size() >= 3 ? tail.size() - 3 : 0), "\xE2\x80\x99")) {
            end -= 3; // ” ’
        } else if (text::startsWith(tail.substr(tail.size() >= 2 ? tail.size() - 2 : 0), "\xC2\xBB")) {
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
    std::size_t at = 0; // the final mark's byte in item.text.text
    char found = 0, expected = 0;
    std::string why;
};

std::vector<Misended> misendedItems(const Context &ctx, const Resolution &r, View view) {
    struct Entry {
        ViewItem item;
        bool lastOfCall = false;
        bool introducesList = false; // the next item of the call sits deeper
    };
    std::vector<Entry> entries;
    for (const Call &call : r.calls) {
        std::vector<ViewItem> items = itemsIn(ctx, call, view);
        const Lists lists = readLists(items);
        for (std::size_t k = 0; k < items.size(); ++k) {
            // Unlabelled text before bullets introduces them as much as a labelled item does.
            const bool deeper = k + 1 < items.size() && lists.depth[k + 1] &&
                                (lists.depth[k] ? *lists.depth[k + 1] > *lists.depth[k]
                                                : items[k + 1].role == Role::BulletItem);
            entries.push_back({std::move(items[k]), k + 1 == items.size(), deeper});
        }
    }
    const ChangeKind joining = view == View::Proposed ? ChangeKind::Deletion : ChangeKind::Insertion;
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
        char expected = ';';
        std::string why = "an item ends with ';'";
        if (entries[k].introducesList) {
            expected = ':';
            why = "an item that introduces a list ends with ':'";
        } else if (k + 1 == entries.size()) {
            expected = '.';
            why = "the last item of the resolution ends with '.'";
        } else if (entries[k].lastOfCall) {
            expected = ',';
            why = "the last item of a call ends with ','";
        }
        const char found = t[*at];
        if (found == expected)
            continue;
        // "...; and" / "...; or": a joining word after the semicolon is usual before the last item.
        if (expected == ';') {
            const std::size_t semicolon = t.rfind(';');
            if (semicolon != std::string::npos && semicolon + 1 < t.size() &&
                t.find_first_of(" \t", semicolon + 2) == std::string::npos && t[semicolon + 1] == ' ')
                continue;
        }
        out.push_back({v, *at, found, expected, why});
    }
    return out;
}

// In a MOD against a known base, an ending the base already had in the same place is the
// base's, not the proposal's: only what the proposal changes is reported.
void checkPunctuation(Context &ctx, const Resolution &r, bool withOriginal) {
    std::set<std::tuple<std::size_t, char, char>> inherited;
    if (withOriginal)
        for (const Misended &m : misendedItems(ctx, r, View::Original))
            inherited.emplace(m.item.paragraph, m.found, m.expected);
    for (const Misended &m : misendedItems(ctx, r, View::Proposed)) {
        if (inherited.count({m.item.paragraph, m.found, m.expected}))
            continue;
        const std::string &t = m.item.text.text;
        const bool punctuated = std::string_view(";,.:").find(m.found) != std::string_view::npos;
        std::size_t end = m.at + 1; // the final character, whatever it is
        while (end < t.size() && (static_cast<unsigned char>(t[end]) & 0xC0) == 0x80)
            ++end;
        ctx.report(Rule::Punctuation, Severity::Warning, m.item.paragraph, m.item.text.markedBegin(m.at),
                   m.item.text.markedEnd(m.at, end),
                   ctx.locate(m.item.paragraph) + ": the item ends " +
                       (punctuated ? std::string("with '") + m.found + "'" : std::string("without punctuation")) +
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
