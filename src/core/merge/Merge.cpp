// Merge Proposals: per source a paragraph alignment and word diff against the base; per base
// paragraph the edits of all sources cut the base text into pieces, each deleted by the sources
// that cover it; inserted texts stand at their edit's end. See Merge.hpp.
#include "merge/Merge.hpp"

#include "recognition/Language.hpp"

#include "diff/WordDiff.hpp"
#include "lexicon/Lexicon.hpp"
#include "markup/Markup.hpp"
#include "model/Views.hpp"
#include "revision/RevisionLines.hpp"
#include "styles/ItuStyles.hpp"
#include "text/Text.hpp"

#include <boost/algorithm/string/join.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <set>

namespace pa::merge {
namespace {

constexpr std::size_t npos = diff::ParagraphPair::npos;

// One source's replacement of base bytes [start, end) by `text` (empty: a deletion; start ==
// end: an insertion at that point).
struct Edit {
    std::size_t source = 0;
    std::size_t start = 0;
    std::size_t end = 0;
    std::string text;
    bool sameAs(const Edit &o) const { return start == o.start && end == o.end && text == o.text; }
};

bool conflicting(const Edit &a, const Edit &b) {
    if (a.source == b.source || a.sameAs(b))
        return false;
    if (std::max(a.start, b.start) < std::min(a.end, b.end))
        return true; // both touch the same base words
    const bool ai = !a.text.empty(), bi = !b.text.empty();
    if (ai && bi && a.end == b.end)
        return true; // different words inserted at one place
    // A text inserted inside words the other deletes.
    return (ai && b.start < a.end && a.end < b.end) || (bi && a.start < b.end && b.end < a.end);
}

std::optional<revision::LineKind> lineKindOfRole(Role role) {
    switch (role) {
    case Role::ResolutionNumber:
        return revision::LineKind::Number;
    case Role::ResolutionHistory:
        return revision::LineKind::History;
    case Role::Preamble:
        return revision::LineKind::Preamble;
    default:
        return std::nullopt;
    }
}

// The word diff of a base paragraph against a source's, a revision line changed only in its
// assembly shown as Mark Up shows it ("Rev. ~~Hammamet, 2016~~ New Delhi, 2024"), so that
// sources revising for the same assembly agree change for change.
std::vector<diff::Op> paragraphOps(const std::string &before, const std::string &after,
                                   std::optional<Role> role) {
    if (before == after)
        return {};
    if (role)
        if (const auto kind = lineKindOfRole(*role))
            if (const auto assembly = revision::lineAssembly(*kind, after))
                if (auto revised = revision::reviseOps(*kind, before, *assembly);
                    revised && revision::acceptedText(*revised) == after)
                    return *revised;
    return diff::diffWords(before, after);
}

// Ops to edits: a stretch of deletions and insertions between two equal stretches is one edit,
// its inserted text at the end of the words it deletes (as the tracked changes show it).
std::vector<Edit> editsOf(const std::vector<diff::Op> &ops, std::size_t source) {
    std::vector<Edit> out;
    std::optional<Edit> open;
    std::size_t pos = 0;
    for (const diff::Op &op : ops) {
        if (op.kind == diff::OpKind::Equal) {
            if (open)
                out.push_back(std::move(*open));
            open.reset();
            pos += op.text.size();
            continue;
        }
        if (!open)
            open = Edit{source, pos, pos, {}};
        if (op.kind == diff::OpKind::Delete) {
            pos += op.text.size();
            open->end = pos;
        } else {
            open->text += op.text;
        }
    }
    if (open)
        out.push_back(std::move(*open));
    return out;
}

std::vector<std::string> namesOf(const std::vector<std::size_t> &indices,
                                 const std::vector<Source> &sources) {
    std::vector<std::string> out;
    out.reserve(indices.size());
    for (std::size_t i : indices)
        out.push_back(sources[i].name);
    return out;
}

std::string joinNames(const std::vector<std::size_t> &indices, const std::vector<Source> &sources) {
    return boost::algorithm::join(namesOf(indices, sources), ", ");
}

// ITU styles by their programmatic name, as Mark Up writes them.
std::string canonicalStyle(const std::string &style) {
    if (const StyleSpec *spec = findStyleSpec(style))
        return std::string(spec->name);
    return style.empty() ? std::string(kDefaultParagraphStyle) : style;
}

// Builds a paragraph's runs, joining neighbours under the same change, and counts UTF-16 units.
class RunWriter {
  public:
    explicit RunWriter(Paragraph &p) : p_(p) {}
    void add(const std::string &text, std::optional<TrackedChange> change) {
        if (text.empty())
            return;
        offset_ += text::utf16Length(text);
        if (!p_.runs.empty()) {
            Run &last = p_.runs.back();
            const bool same = last.change.has_value() == change.has_value() &&
                              (!change || (last.change->kind == change->kind &&
                                           last.change->author == change->author));
            if (same) {
                last.text += text;
                return;
            }
        }
        p_.runs.push_back(Run{text, std::move(change)});
    }
    std::size_t offset() const { return offset_; }

  private:
    Paragraph &p_;
    std::size_t offset_ = 0;
};

TrackedChange change(ChangeKind kind, std::string author) {
    TrackedChange c;
    c.kind = kind;
    c.author = std::move(author);
    return c;
}

// The base words [from, to) as one source proposes them: its edits inside applied.
std::string proposedStretch(const std::string &base, const std::vector<const Edit *> &edits,
                            std::size_t from, std::size_t to) {
    std::string out;
    std::size_t pos = from;
    for (const Edit *e : edits) {
        if (e->start < from || e->end > to)
            continue;
        out += base.substr(pos, e->start - pos);
        out += e->text;
        pos = e->end;
    }
    out += base.substr(pos, to - pos);
    return out;
}

// A paragraph some sources add at one place of the base.
struct Added {
    Paragraph paragraph; // plain, the source's text and style
    std::string text;
    std::vector<std::size_t> sources;
};

const std::string &languageName(const std::string &code) {
    return lexiconFor(code).englishName;
}

std::string quoted(const std::string &s) {
    return "\u201C" + s + "\u201D";
}

} // namespace

std::string languageCode(const std::vector<Paragraph> &paragraphs, const std::vector<Role> &roles) {
    const Lexicon *language = pa::languageOf(paragraphs, roles);
    return language ? language->language : std::string();
}

std::optional<Source> findSource(const Document &document, const Recognition &recognition,
                                 const std::string &number, const std::string &file,
                                 std::string &why) {
    const Structure &structure = recognition.structure;
    const std::string wanted = text::fold(number);
    std::vector<std::string> others;
    for (const Proposal &p : structure.proposals) {
        if (!p.resolution || *p.resolution >= structure.resolutions.size())
            continue;
        const Resolution &r = structure.resolutions[*p.resolution];
        if (text::fold(r.number) != wanted) {
            if (!r.number.empty() &&
                std::find(others.begin(), others.end(), r.number) == others.end())
                others.push_back(r.number);
            continue;
        }
        std::string symbol = p.symbol == "(MOD)" ? "MOD" : p.symbol;
        if (symbol != "MOD" && symbol != "SUP" && symbol != "NOC") {
            why = p.symbol.empty()
                      ? "its proposal on Resolution " + number + " has no known action symbol"
                      : "its proposal on Resolution " + number + " is " + p.symbol +
                            ", not MOD, SUP or NOC";
            return std::nullopt;
        }
        Source s;
        s.name = p.number ? p.number->text() : p.numberText;
        if (s.name.empty()) {
            why = "its " + symbol + " of Resolution " + number + " has no proposal number";
            return std::nullopt;
        }
        s.file = file;
        s.symbol = symbol;
        if (r.last >= document.paragraphs.size() || r.first > r.last) {
            why = "its " + symbol + " of Resolution " + number + " holds no text";
            return std::nullopt;
        }
        const std::vector<Paragraph> slice(document.paragraphs.begin() + static_cast<long>(r.first),
                                           document.paragraphs.begin() + static_cast<long>(r.last) +
                                               1);
        std::vector<Role> roles;
        for (markup::ViewParagraph &v : markup::paragraphsInView(slice, View::Proposed)) {
            const std::size_t index = r.first + v.source;
            roles.push_back(index < recognition.roles.size() ? recognition.roles[index]
                                                             : Role::Other);
            if (symbol == "MOD")
                s.proposed.push_back(std::move(v.paragraph));
        }
        const std::vector<Role> sliceRoles(
            recognition.roles.begin() + static_cast<long>(r.first),
            recognition.roles.begin() +
                static_cast<long>(std::min(r.last + 1, recognition.roles.size())));
        s.language = languageCode(slice, sliceRoles);
        if (symbol == "MOD" && s.proposed.empty()) {
            why = "its MOD of Resolution " + number + " holds no text";
            return std::nullopt;
        }
        return s;
    }
    why = "no MOD, SUP or NOC of Resolution " + number;
    if (!others.empty()) {
        why += " (it proposes on Resolution" + std::string(others.size() > 1 ? "s " : " ");
        why += boost::algorithm::join(others, ", ") + ")";
    }
    return std::nullopt;
}

std::vector<std::string> sourcesOf(const std::string &author) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= author.size()) {
        std::size_t comma = author.find(", ", pos);
        if (comma == std::string::npos)
            comma = author.size();
        if (comma > pos)
            out.push_back(author.substr(pos, comma - pos));
        pos = comma + 2;
    }
    return out;
}

std::vector<std::string> textsWithOnly(const std::vector<Paragraph> &paragraphs,
                                       const std::string &source) {
    // Rejecting an insertion is accepting its deletion: turn every change that does not name
    // the source around, drop the source's deletions' opposites, and take the proposed view.
    auto turned = [&](const std::optional<TrackedChange> &c) -> std::optional<TrackedChange> {
        if (!c)
            return c;
        const std::vector<std::string> names = sourcesOf(c->author);
        if (std::find(names.begin(), names.end(), source) != names.end())
            return c;
        if (c->kind == ChangeKind::Deletion)
            return std::nullopt;
        TrackedChange d = *c;
        d.kind = ChangeKind::Deletion;
        return d;
    };
    std::vector<Paragraph> only = paragraphs;
    for (Paragraph &p : only) {
        for (Run &r : p.runs)
            r.change = turned(r.change);
        p.mark = turned(p.mark);
    }
    return markup::textsInView(only, View::Proposed);
}

namespace {

std::string namesText(const std::vector<std::string> &names) {
    return boost::algorithm::join(names, ", ");
}

// One merge: collects every source's edits per base paragraph and added paragraphs per place,
// then writes the merged draft paragraph by paragraph, the notes, and the synoptic table.
class Merger {
  public:
    Merger(const BaseResolution &base, const std::vector<Source> &sources)
        : base_(base), sources_(sources), n_(base.paragraphs.size()),
          haveRoles_(base.roles.size() == base.paragraphs.size()),
          words_(lexiconFor(languageCode(base.paragraphs, base.roles))), edits_(n_),
          wholeDeleters_(n_), added_(n_ + 1) {
        for (const Paragraph &p : base.paragraphs)
            baseText_.push_back(p.text(View::Original));
    }

    MergeResult run() {
        refuseWhatCannotMerge();
        result_.rightToLeft = words_.rightToLeft;
        for (std::size_t s = 0; s < sources_.size(); ++s)
            collect(s);
        for (std::size_t b = 0; b < n_; ++b) {
            writeAdded(b);
            writeBaseParagraph(b);
        }
        writeAdded(n_);
        // The place after the resolution: what a deleted or added last paragraph joins.
        result_.paragraphs.push_back(plainParagraph("", std::string(kDefaultParagraphStyle)));
        result_.paragraphs.back().runs.clear();
        result_.baseOf.emplace_back(std::nullopt);
        noteSuppressionsAndNoChanges();
        for (const markup::RedlineSpan &r : markup::redlineSpans(result_.paragraphs))
            (r.kind == ChangeKind::Insertion ? result_.insertions : result_.deletions) += 1;
        buildSynoptic();
        return std::move(result_);
    }

  private:
    // UTF-16 offsets in a merged paragraph, per cut of the base text: before and after the
    // texts inserted there.
    struct Offsets {
        std::map<std::size_t, std::size_t> before, after;
    };

    void refuseWhatCannotMerge() const {
        if (base_.paragraphs.empty())
            throw MergeRefused("The base of Resolution " + base_.number + " holds no text.");
        if (sources_.empty())
            throw MergeRefused("No contribution proposes anything on Resolution " + base_.number +
                               ".");
        for (std::size_t i = 0; i < sources_.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (sources_[i].name == sources_[j].name)
                    throw MergeRefused("Two contributions carry the same proposal " +
                                       sources_[i].name + " (" + sources_[j].file + ", " +
                                       sources_[i].file + "): give each source once.");
        const std::string baseLanguage = languageCode(base_.paragraphs, base_.roles);
        for (const Source &s : sources_)
            if (!baseLanguage.empty() && !s.language.empty() && s.language != baseLanguage)
                throw MergeRefused(s.name + " (" + s.file + ") is written in " +
                                   languageName(s.language) + " and the base of Resolution " +
                                   base_.number + " in " + languageName(baseLanguage) +
                                   ": merge contributions with a base in their own language.");
    }

    // Source s's edits of the base paragraphs, the paragraphs it deletes and those it adds.
    void collect(std::size_t s) {
        const Source &src = sources_[s];
        SourceSummary summary{src.name, src.file, src.symbol, {}, 0, 0, 0, 0};
        if (src.symbol == "SUP")
            result_.suppressions.push_back(src.name);
        if (src.symbol == "NOC")
            result_.noChanges.push_back(src.name);
        if (src.symbol != "MOD") {
            result_.sources.push_back(std::move(summary));
            return;
        }
        std::vector<std::string> proposedText;
        for (const Paragraph &p : src.proposed)
            proposedText.push_back(p.text(View::Proposed));
        std::map<std::size_t, std::vector<const Paragraph *>> addedHere;
        std::size_t place = 0;
        for (const diff::ParagraphPair &pair : diff::alignParagraphs(baseText_, proposedText)) {
            if (pair.before != npos && pair.after != npos) {
                place = pair.before + 1;
                const auto ops = paragraphOps(
                    baseText_[pair.before], proposedText[pair.after],
                    haveRoles_ ? std::optional<Role>(base_.roles[pair.before]) : std::nullopt);
                std::vector<Edit> own = editsOf(ops, s);
                if (!own.empty())
                    summary.changedParagraphs.push_back(pair.before);
                for (Edit &e : own) {
                    summary.insertions += !e.text.empty();
                    summary.deletions += e.end > e.start;
                    edits_[pair.before].push_back(std::move(e));
                }
            } else if (pair.after == npos) {
                place = pair.before + 1;
                summary.changedParagraphs.push_back(pair.before);
                ++summary.deletedParagraphs;
                ++summary.deletions;
                wholeDeleters_[pair.before].push_back(s);
                if (!baseText_[pair.before].empty())
                    edits_[pair.before].push_back(Edit{s, 0, baseText_[pair.before].size(), {}});
            } else {
                addedHere[place].push_back(&src.proposed[pair.after]);
                ++summary.addedParagraphs;
                ++summary.insertions;
            }
        }
        for (const auto &[at, list] : addedHere)
            joinAdded(s, added_[at], list);
        std::sort(summary.changedParagraphs.begin(), summary.changedParagraphs.end());
        result_.sources.push_back(std::move(summary));
    }

    // Source s's added paragraphs joined with the others' at the same place: one paragraph for
    // the same text, the source's own order kept.
    static void joinAdded(std::size_t s, std::vector<Added> &slot,
                          const std::vector<const Paragraph *> &list) {
        std::size_t cursor = 0;
        std::vector<const Paragraph *> pending;
        auto flushPending = [&](std::size_t where) {
            for (const Paragraph *p : pending) {
                Added a{*p, p->text(View::Proposed), {s}};
                slot.insert(slot.begin() + static_cast<long>(where), std::move(a));
                ++where;
            }
            const std::size_t placed = pending.size();
            pending.clear();
            return placed;
        };
        for (const Paragraph *p : list) {
            const std::string t = p->text(View::Proposed);
            std::size_t j = cursor;
            while (j < slot.size() && slot[j].text != t)
                ++j;
            if (j == slot.size()) {
                pending.push_back(p);
                continue;
            }
            j += flushPending(j);
            slot[j].sources.push_back(s);
            cursor = j + 1;
        }
        flushPending(slot.size());
    }

    // The paragraphs sources add before base paragraph `at` (after the last when at == n).
    void writeAdded(std::size_t at) {
        const std::vector<Added> &slot = added_[at];
        if (slot.empty())
            return;
        const std::size_t first = result_.paragraphs.size();
        for (const Added &a : slot) {
            Paragraph out;
            out.style = canonicalStyle(a.paragraph.style);
            const std::string author = joinNames(a.sources, sources_);
            if (!a.text.empty())
                out.runs.push_back(Run{a.text, change(ChangeKind::Insertion, author)});
            out.mark = change(ChangeKind::Insertion, author);
            result_.paragraphs.push_back(std::move(out));
            result_.baseOf.emplace_back(std::nullopt);
            if (a.sources.size() > 1)
                result_.agreements.push_back(Agreement{result_.paragraphs.size() - 1,
                                                       std::nullopt,
                                                       namesOf(a.sources, sources_),
                                                       {},
                                                       a.text});
        }
        // Sources that add different paragraphs at one place: the chair decides.
        std::map<std::size_t, std::string> bySource;
        for (const Added &a : slot)
            for (std::size_t s : a.sources)
                bySource[s] += (bySource[s].empty() ? "" : " \u00B6 ") + a.text;
        std::vector<Alternative> alternatives;
        for (const auto &[s, t] : bySource) {
            // A structured binding cannot be captured before C++20: a reference to it can.
            const std::string &text = t;
            auto it = std::find_if(alternatives.begin(), alternatives.end(),
                                   [&](const Alternative &a) { return a.text == text; });
            if (it == alternatives.end())
                alternatives.push_back(Alternative{{sources_[s].name}, t});
            else
                it->sources.push_back(sources_[s].name);
        }
        if (alternatives.size() < 2)
            return;
        std::string note = words_.merge.sourcesAddDifferent;
        for (const Alternative &a : alternatives)
            note += "\n" + namesText(a.sources) + ": " + quoted(a.text);
        result_.conflicts.push_back(Conflict{first, std::nullopt, {}, alternatives});
        result_.comments.push_back(Comment{first, 0, text::utf16Length(slot.front().text), note});
    }

    // Base paragraph b with every source's edits: the base text cut at every edit's ends, each
    // piece deleted by the sources covering it, each inserted text at its edit's end.
    void writeBaseParagraph(std::size_t b) {
        const std::string &text = baseText_[b];
        std::vector<Edit> &here = edits_[b];
        std::stable_sort(here.begin(), here.end(), [](const Edit &x, const Edit &y) {
            return x.start != y.start ? x.start < y.start : x.source < y.source;
        });
        Paragraph out;
        out.style = canonicalStyle(base_.paragraphs[b].style);
        if (const StyleSpec *spec = findStyleSpec(out.style))
            out.styleDisplay = std::string(spec->displayName);
        RunWriter writer(out);

        std::set<std::size_t> cuts = {0, text.size()};
        for (const Edit &e : here) {
            cuts.insert(e.start);
            cuts.insert(e.end);
        }
        Offsets offsets;
        for (auto it = cuts.begin(); it != cuts.end(); ++it) {
            const std::size_t p = *it;
            offsets.before[p] = writer.offset();
            // The texts inserted here, one change per distinct text, in the sources' order.
            std::vector<std::pair<std::string, std::vector<std::size_t>>> inserted;
            std::vector<const Edit *> atPoint;
            for (const Edit &e : here)
                if (e.end == p && !e.text.empty())
                    atPoint.push_back(&e);
            std::stable_sort(atPoint.begin(), atPoint.end(),
                             [](const Edit *x, const Edit *y) { return x->source < y->source; });
            for (const Edit *e : atPoint) {
                auto same = std::find_if(inserted.begin(), inserted.end(),
                                         [&](const auto &i) { return i.first == e->text; });
                if (same == inserted.end())
                    inserted.emplace_back(e->text, std::vector<std::size_t>{e->source});
                else
                    same->second.push_back(e->source);
            }
            for (const auto &[t, who] : inserted)
                writer.add(t, change(ChangeKind::Insertion, joinNames(who, sources_)));
            offsets.after[p] = writer.offset();
            const auto next = std::next(it);
            if (next == cuts.end())
                break;
            std::vector<std::size_t> deleters;
            for (const Edit &e : here)
                if (e.start <= p && *next <= e.end && e.start < e.end)
                    deleters.push_back(e.source);
            std::sort(deleters.begin(), deleters.end());
            deleters.erase(std::unique(deleters.begin(), deleters.end()), deleters.end());
            const std::string piece = text.substr(p, *next - p);
            if (deleters.empty())
                writer.add(piece, std::nullopt);
            else
                writer.add(piece, change(ChangeKind::Deletion, joinNames(deleters, sources_)));
        }
        if (!wholeDeleters_[b].empty())
            out.mark = change(ChangeKind::Deletion, joinNames(wholeDeleters_[b], sources_));
        const std::size_t index = result_.paragraphs.size();
        result_.paragraphs.push_back(std::move(out));
        result_.baseOf.emplace_back(b);
        findAgreements(b, index);
        findConflicts(b, index, offsets);
    }

    // One edit made by several sources.
    void findAgreements(std::size_t b, std::size_t index) {
        const std::vector<Edit> &here = edits_[b];
        std::vector<bool> counted(here.size(), false);
        for (std::size_t i = 0; i < here.size(); ++i) {
            if (counted[i])
                continue;
            std::vector<std::size_t> who = {here[i].source};
            for (std::size_t j = i + 1; j < here.size(); ++j)
                if (!counted[j] && here[j].sameAs(here[i])) {
                    counted[j] = true;
                    who.push_back(here[j].source);
                }
            if (who.size() < 2)
                continue;
            std::sort(who.begin(), who.end());
            result_.agreements.push_back(Agreement{
                index, b, namesOf(who, sources_),
                baseText_[b].substr(here[i].start, here[i].end - here[i].start), here[i].text});
        }
    }

    // Edits that overlap without being the same, grouped by place: each group a conflict with
    // a comment over the words in question and every alternative inserted beside them.
    void findConflicts(std::size_t b, std::size_t index, Offsets &offsets) {
        const std::string &text = baseText_[b];
        const std::vector<Edit> &here = edits_[b];
        std::vector<std::size_t> group(here.size());
        std::iota(group.begin(), group.end(), 0);
        std::function<std::size_t(std::size_t)> root = [&](std::size_t x) {
            return group[x] == x ? x : group[x] = root(group[x]);
        };
        for (std::size_t i = 0; i < here.size(); ++i)
            for (std::size_t j = i + 1; j < here.size(); ++j)
                if (conflicting(here[i], here[j]))
                    group[root(i)] = root(j);
        std::map<std::size_t, std::vector<std::size_t>> clusters;
        for (std::size_t i = 0; i < here.size(); ++i)
            clusters[root(i)].push_back(i);
        for (const auto &[r, members] : clusters) {
            std::set<std::size_t> who;
            bool differ = false;
            for (std::size_t m : members) {
                who.insert(here[m].source);
                differ = differ || !here[m].sameAs(here[members.front()]);
            }
            if (!differ)
                continue;
            std::size_t from = text.size(), to = 0;
            for (std::size_t m : members) {
                from = std::min(from, here[m].start);
                to = std::max(to, here[m].end);
            }
            Conflict c{index, b, text.substr(from, to - from), {}};
            for (std::size_t s : who) {
                std::vector<const Edit *> own;
                for (const Edit &e : here)
                    if (e.source == s)
                        own.push_back(&e);
                const std::string proposed = proposedStretch(text, own, from, to);
                auto same = std::find_if(c.alternatives.begin(), c.alternatives.end(),
                                         [&](const Alternative &a) { return a.text == proposed; });
                if (same == c.alternatives.end())
                    c.alternatives.push_back(Alternative{{sources_[s].name}, proposed});
                else
                    same->sources.push_back(sources_[s].name);
            }
            std::string note = fillPlaceholder(words_.merge.sourcesDiffer, "base", quoted(c.base));
            for (const Alternative &a : c.alternatives)
                note += "\n" + namesText(a.sources) + ": " + quoted(a.text);
            result_.comments.push_back(Comment{index, offsets.before[from],
                                               offsets.after[to] - offsets.before[from], note});
            result_.conflicts.push_back(std::move(c));
        }
    }

    // SUP and NOC: not merged, said in a comment at the number line.
    void noteSuppressionsAndNoChanges() {
        if (result_.suppressions.empty() && result_.noChanges.empty())
            return;
        std::size_t at = 0;
        for (std::size_t i = 0; i < result_.baseOf.size(); ++i)
            if (result_.baseOf[i] && haveRoles_ &&
                base_.roles[*result_.baseOf[i]] == Role::ResolutionNumber) {
                at = i;
                break;
            }
        std::string note;
        for (const std::string &name : result_.suppressions)
            note += (note.empty() ? "" : "\n") +
                    fillPlaceholder(fillPlaceholder(words_.merge.suppress, "name", name), "n",
                                    base_.number);
        for (const std::string &name : result_.noChanges)
            note += (note.empty() ? "" : "\n") +
                    fillPlaceholder(fillPlaceholder(words_.merge.noChange, "name", name), "n",
                                    base_.number);
        result_.comments.insert(result_.comments.begin(), Comment{at, 0, 0, note});
    }

    // A row per paragraph of the merged draft (its closing empty one aside); each source's
    // cell the base paragraph with that source's changes only.
    void buildSynoptic() {
        Synoptic &table = result_.synoptic;
        table.heading = fillPlaceholder(words_.merge.synopticHeading, "n", base_.number);
        table.header.push_back(words_.merge.base);
        for (const Source &s : sources_)
            table.header.push_back(s.symbol == "MOD" ? s.name : s.symbol + " " + s.name);
        for (std::size_t i = 0; i + 1 < result_.paragraphs.size(); ++i) {
            const Paragraph &merged = result_.paragraphs[i];
            SynopticRow row;
            row.baseParagraph = result_.baseOf[i];
            if (!row.baseParagraph) {
                // An added paragraph: in the columns of the sources that add it.
                Paragraph none;
                none.style = merged.style;
                row.cells.push_back(std::move(none));
                const std::vector<std::string> who =
                    sourcesOf(merged.mark ? merged.mark->author : std::string());
                const std::string t = merged.text(View::Proposed);
                for (const Source &s : sources_) {
                    Paragraph cell;
                    cell.style = merged.style;
                    if (std::find(who.begin(), who.end(), s.name) != who.end() && !t.empty())
                        cell.runs.push_back(Run{t, change(ChangeKind::Insertion, s.name)});
                    row.cells.push_back(std::move(cell));
                }
                table.rows.push_back(std::move(row));
                continue;
            }
            const std::size_t b = *row.baseParagraph;
            const std::string &text = baseText_[b];
            row.cells.push_back(plainParagraph(text, merged.style));
            for (std::size_t s = 0; s < sources_.size(); ++s) {
                Paragraph cell;
                cell.style = merged.style;
                RunWriter writer(cell);
                if (sources_[s].symbol == "SUP") {
                    writer.add(text, change(ChangeKind::Deletion, sources_[s].name));
                } else {
                    std::size_t pos = 0;
                    for (const Edit &e : edits_[b]) {
                        if (e.source != s)
                            continue;
                        writer.add(text.substr(pos, e.start - pos), std::nullopt);
                        writer.add(text.substr(e.start, e.end - e.start),
                                   change(ChangeKind::Deletion, sources_[s].name));
                        writer.add(e.text, change(ChangeKind::Insertion, sources_[s].name));
                        pos = e.end;
                    }
                    writer.add(text.substr(pos), std::nullopt);
                }
                row.cells.push_back(std::move(cell));
            }
            table.rows.push_back(std::move(row));
        }
    }

    const BaseResolution &base_;
    const std::vector<Source> &sources_;
    const std::size_t n_;
    const bool haveRoles_;
    const Lexicon &words_; // of the base's language: what the merge writes into the documents
    std::vector<std::string> baseText_;
    // Per base paragraph: every source's edits, and who deletes it whole.
    std::vector<std::vector<Edit>> edits_;
    std::vector<std::vector<std::size_t>> wholeDeleters_;
    // Per place (before base paragraph k, k == n at the end): the paragraphs sources add.
    std::vector<std::vector<Added>> added_;
    MergeResult result_;
};

} // namespace

MergeResult merge(const BaseResolution &base, const std::vector<Source> &sources) {
    return Merger(base, sources).run();
}

} // namespace pa::merge
