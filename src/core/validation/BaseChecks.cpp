// Against the base text: unknown-target, add-number-clash, and the original view of a MOD word by
// word against the base (untracked-change where no change is tracked, base-mismatch under one).
#include "validation/Checks.hpp"

#include "diff/WordDiff.hpp"
#include "recognition/Language.hpp"
#include "text/Text.hpp"
#include "validation/Validator.hpp"

namespace pa::validation {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isSpace(char c) {
    return c == ' ' || c == '\t';
}

// The resolution number in its number line, as a marked byte range.
std::pair<std::size_t, std::size_t> numberRange(const Context &ctx, const Resolution &r) {
    const MappedText line = normalizedView(ctx.paragraph(*r.numberLine), View::Proposed);
    for (std::size_t at = line.text.find(r.number); at != std::string::npos;
         at = line.text.find(r.number, at + 1)) {
        const std::size_t end = at + r.number.size();
        if ((at == 0 || !isDigit(line.text[at - 1])) &&
            (end == line.text.size() || !isDigit(line.text[end])))
            return {line.markedBegin(at), line.markedEnd(at, end)};
    }
    return {line.markedBegin(0), line.markedEnd(0, line.text.size())};
}

std::string baseNumbers(const BaseText &base) {
    std::string out;
    std::size_t n = 0;
    for (const auto &entry : base.resolutions()) {
        if (++n > 12) {
            out += ", ...";
            break;
        }
        out += (out.empty() ? "" : ", ") + entry.first;
    }
    return out;
}

void checkTargets(Context &ctx) {
    const BaseText &base = *ctx.base;
    for (const Proposal &p : ctx.recognition.structure.proposals) {
        const std::string symbol = ctx.symbolOf(p);
        const Resolution *r = ctx.resolutionOf(p);
        if (!r || r->draftNew || r->number.empty() || !r->numberLine)
            continue;
        const auto [b, e] = numberRange(ctx, *r);
        const BaseResolution *target = base.find(r->number);
        if ((isModSymbol(symbol) || isUnchangedSymbol(symbol)) && !target)
            ctx.report(Rule::UnknownTarget, Severity::Error, *r->numberLine, b, e,
                       symbol + " " + ctx.nameOf(p) + " acts on " +
                           ctx.lexicon.resolutionName(r->number) +
                           ", which the base text does not have (it has " +
                           ctx.lexicon.resolutionName(baseNumbers(base)) + ")");
        // ADD* reproduces text moved from elsewhere: its number may well exist.
        if (symbol == "ADD" && target) {
            const std::string source = p.number ? p.number->source : std::string("SOURCE");
            const std::string name = ctx.lexicon.resolutionName(r->number);
            ctx.report(Rule::AddNumberClash, Severity::Error, *r->numberLine, b, e,
                       "ADD " + ctx.nameOf(p) + " brings a new " + name + ", but " + name +
                           " is in force (" + target->source + "): head a new text '" +
                           ctx.lexicon.draftNewLineFor(source + "-1") +
                           "', or propose MOD to change " + name);
        }
    }
}

// The original view of consecutive document paragraphs that the base has as one: a paragraph
// whose mark is a tracked insertion was split by the author and is joined in the original.
struct Unit {
    std::string text;
    std::vector<std::size_t> paragraph, marked, stop;
    std::vector<bool> deleted;
    std::size_t first = 0;
};

// A label drawn by Writer's numbering is compared as if typed ("a)" and a tab), so that a base
// with list numbering and a proposal with typed labels (or the reverse) agree. It has no
// characters in the paragraph: its bytes map to the paragraph's start.
std::string drawnLabel(const Paragraph &p) {
    return p.listLabel.empty() ? std::string()
                               : std::string(text::trim(text::normalize(p.listLabel))) + "\t";
}

void append(Unit &u, std::size_t i, const MappedText &t, const std::vector<bool> &deleted,
            const std::string &label) {
    if (!u.text.empty() && !(label + t.text).empty()) {
        u.text += ' ';
        u.paragraph.push_back(u.paragraph.back());
        u.marked.push_back(u.stop.back());
        u.stop.push_back(u.stop.back());
        u.deleted.push_back(false);
    }
    for (char c : label) {
        u.text += c;
        u.paragraph.push_back(i);
        u.marked.push_back(0);
        u.stop.push_back(0);
        u.deleted.push_back(false);
    }
    for (std::size_t k = 0; k < t.text.size(); ++k) {
        u.text += t.text[k];
        u.paragraph.push_back(i);
        u.marked.push_back(t.marked[k]);
        u.stop.push_back(t.stop[k]);
        u.deleted.push_back(t.marked[k] < deleted.size() && deleted[t.marked[k]]);
    }
}

class ResolutionComparison {
  public:
    ResolutionComparison(Context &ctx, const BaseResolution &base) : ctx_(ctx), base_(base) {}

    void run(const Resolution &r) {
        std::vector<Unit> units;
        bool joinNext = false;
        for (std::size_t i = r.first; i <= r.last && i < ctx_.document.paragraphs.size(); ++i) {
            const Paragraph &p = ctx_.paragraph(i);
            const Role role = ctx_.role(i);
            if (role == Role::ProposalHeader || role == Role::Reasons || p.absentIn(View::Original))
                continue;
            if (!joinNext || units.empty()) {
                units.emplace_back();
                units.back().first = i;
            }
            append(units.back(), i, normalizedView(p, View::Original), deletedBytes(p),
                   drawnLabel(p));
            joinNext = p.mark && p.mark->kind == ChangeKind::Insertion;
        }
        std::vector<std::string> before, after;
        for (const Paragraph &p : base_.paragraphs)
            before.push_back(drawnLabel(p) + text::normalize(p.text(View::Proposed)));
        for (const Unit &u : units)
            after.push_back(u.text);

        const std::vector<diff::ParagraphPair> pairs =
            pairGaps(diff::alignParagraphs(before, after));
        for (std::size_t k = 0; k < pairs.size(); ++k) {
            const diff::ParagraphPair &pair = pairs[k];
            if (pair.after == diff::ParagraphPair::npos) {
                missingParagraph(before[pair.before], pairs, k, units);
                continue;
            }
            const Unit &u = units[pair.after];
            if (pair.before == diff::ParagraphPair::npos) {
                differ(u, 0, u.text.size(), "");
                continue;
            }
            const std::string &b = before[pair.before];
            if (b == u.text)
                continue;
            // The number line may be typed in lower case and shown in capitals by its style.
            if (ctx_.role(u.first) == Role::ResolutionNumber && text::fold(b) == text::fold(u.text))
                continue;
            compare(b, u);
        }
    }

  private:
    // Between two aligned paragraphs, as many base paragraphs left unpaired as document ones
    // are the same paragraphs, edited beyond recognition: their words are compared, so that the
    // finding names words rather than a deleted and an inserted paragraph.
    static std::vector<diff::ParagraphPair>
    pairGaps(const std::vector<diff::ParagraphPair> &pairs) {
        constexpr std::size_t npos = diff::ParagraphPair::npos;
        std::vector<diff::ParagraphPair> out;
        for (std::size_t k = 0; k < pairs.size();) {
            if (pairs[k].before != npos && pairs[k].after != npos) {
                out.push_back(pairs[k++]);
                continue;
            }
            std::vector<std::size_t> befores, afters;
            std::size_t e = k;
            for (; e < pairs.size() && (pairs[e].before == npos || pairs[e].after == npos); ++e)
                (pairs[e].before != npos ? befores : afters)
                    .push_back(pairs[e].before != npos ? pairs[e].before : pairs[e].after);
            if (befores.size() == afters.size()) {
                for (std::size_t j = 0; j < befores.size(); ++j)
                    out.push_back(diff::ParagraphPair{befores[j], afters[j]});
            } else {
                out.insert(out.end(), pairs.begin() + static_cast<std::ptrdiff_t>(k),
                           pairs.begin() + static_cast<std::ptrdiff_t>(e));
            }
            k = e;
        }
        return out;
    }

    void compare(const std::string &base, const Unit &u) {
        const std::vector<diff::Op> ops = diff::diffWords(base, u.text);
        std::string baseText;
        std::size_t begin = 0, end = 0;
        bool open = false, replaced = false;
        for (std::size_t k = 0; k < ops.size(); ++k) {
            const diff::Op &op = ops[k];
            if (op.kind == diff::OpKind::Equal) {
                // "Hammamet, 2016" -> "New Delhi, 2024" is one replacement to a reader, not two
                // around an unchanged ", ": short punctuation between replacements joins them.
                replaced = replaced ||
                           (k > 0 && ops[k - 1].kind == diff::OpKind::Insert && !baseText.empty());
                if (open && replaced && k + 1 < ops.size() && isJoiner(op.text)) {
                    baseText += op.text;
                    end = op.afterOffset + op.text.size();
                    continue;
                }
                if (open)
                    differ(u, begin, end, baseText);
                open = replaced = false;
                baseText.clear();
                continue;
            }
            if (!open) {
                open = true;
                begin = end = op.afterOffset;
            }
            if (op.kind == diff::OpKind::Delete)
                baseText += op.text;
            else
                end = op.afterOffset + op.text.size();
        }
        if (open)
            differ(u, begin, end, baseText);
    }

    static bool isJoiner(const std::string &t) {
        return t.size() <= 3 && t.find_first_not_of(" ,;:.-/") == std::string::npos;
    }

    // The document's text[begin, end) stands where the base has baseText.
    void differ(const Unit &u, std::size_t begin, std::size_t end, const std::string &baseText) {
        const std::string baseWords(text::trim(baseText));
        while (begin < end && isSpace(u.text[begin]))
            ++begin;
        while (end > begin && isSpace(u.text[end - 1]))
            --end;
        if (begin == end) {
            if (!baseWords.empty())
                leftOut(u, begin, baseWords);
            return;
        }
        // One finding per stretch of one paragraph and one kind: plain text (untracked) or
        // text under a tracked deletion (base-mismatch).
        for (std::size_t s = begin; s < end;) {
            std::size_t e = s;
            while (e < end && u.paragraph[e] == u.paragraph[s] && u.deleted[e] == u.deleted[s])
                ++e;
            std::size_t a = s, z = e;
            while (a < z && isSpace(u.text[a]))
                ++a;
            while (z > a && isSpace(u.text[z - 1]))
                --z;
            if (a < z)
                stretch(u, a, z, baseWords);
            s = e;
        }
    }

    void stretch(const Unit &u, std::size_t a, std::size_t z, const std::string &baseWords) {
        const std::size_t i = u.paragraph[a];
        const std::string words = u.text.substr(a, z - a);
        const std::string where = ctx_.locate(i);
        std::string message;
        if (u.deleted[a]) {
            message =
                where + ": the deleted text '" + excerpt(words) + "' is not in the base" +
                (baseWords.empty() ? std::string() : ", which reads '" + excerpt(baseWords) + "'") +
                ": the change starts from another version than " + baseName();
            ctx_.report(Rule::BaseMismatch, Severity::Error, i, u.marked[a], u.stop[z - 1],
                        message);
            return;
        }
        message = baseWords.empty()
                      ? where + ": the text '" + excerpt(words) +
                            "' is not in the base, and this insertion is not tracked"
                      : where + ": the text reads '" + excerpt(words) + "' where the base reads '" +
                            excerpt(baseWords) + "', and this change is not tracked";
        ctx_.report(Rule::UntrackedChange, Severity::Error, i, u.marked[a], u.stop[z - 1], message);
    }

    // Base words missing from the document with no tracked deletion: point at the words on
    // either side of the gap, so the finding can be selected.
    void leftOut(const Unit &u, std::size_t at, const std::string &baseWords) {
        // Words only: a neighbour's punctuation is not part of the gap.
        const auto isWordByte = [](char c) {
            return !isSpace(c) && std::string_view(",;:.()[]\"").find(c) == std::string_view::npos;
        };
        std::size_t a = at, z = at;
        while (a > 0 && !isWordByte(u.text[a - 1]))
            --a;
        while (a > 0 && isWordByte(u.text[a - 1]))
            --a;
        while (z < u.text.size() && !isWordByte(u.text[z]))
            ++z;
        while (z < u.text.size() && isWordByte(u.text[z]))
            ++z;
        if (a == z) {
            const std::size_t i = u.first;
            ctx_.report(Rule::UntrackedChange, Severity::Error, i, 0, 0,
                        ctx_.locate(i) + ": the base reads '" + excerpt(baseWords) +
                            "' here, and this deletion is not tracked");
            return;
        }
        // The gap's neighbours may lie in two paragraphs of a joined unit: keep the first.
        const std::size_t i = u.paragraph[a];
        while (z > a && u.paragraph[z - 1] != i)
            --z;
        ctx_.report(Rule::UntrackedChange, Severity::Error, i, u.marked[a], u.stop[z - 1],
                    ctx_.locate(i) + ": the base reads '" + excerpt(baseWords) + "' between '" +
                        excerpt(u.text.substr(a, at - a), 30) + "' and '" +
                        excerpt(u.text.substr(at, z - at), 30) +
                        "', and this deletion is not tracked");
    }

    // A whole base paragraph that the document lacks: shown at the next paragraph's start.
    void missingParagraph(const std::string &baseText,
                          const std::vector<diff::ParagraphPair> &pairs, std::size_t k,
                          const std::vector<Unit> &units) {
        std::optional<std::size_t> next, previous;
        for (std::size_t j = k + 1; j < pairs.size() && !next; ++j)
            if (pairs[j].after != diff::ParagraphPair::npos)
                next = pairs[j].after;
        for (std::size_t j = k; j-- > 0 && !previous;)
            if (pairs[j].after != diff::ParagraphPair::npos)
                previous = pairs[j].after;
        if (!next && !previous)
            return;
        const Unit &u = units[next ? *next : *previous];
        const std::size_t i = next ? u.first : u.paragraph.empty() ? u.first : u.paragraph.back();
        const std::size_t at =
            next || u.stop.empty() ? (u.marked.empty() ? 0 : u.marked.front()) : u.stop.back();
        ctx_.report(Rule::UntrackedChange, Severity::Error, i, at, at,
                    ctx_.locate(i) + ": the base has the paragraph '" + excerpt(baseText) + "' " +
                        (next ? "before" : "after") + " this one, and its deletion is not tracked");
    }

    std::string baseName() const {
        std::string out = base_.source;
        if (!base_.revision.empty())
            out += (out.empty() ? "" : ", ") + std::string("Rev. ") + base_.revision;
        return out.empty() ? "the base" : "the base (" + out + ")";
    }

    Context &ctx_;
    const BaseResolution &base_;
};

} // namespace

BaseTarget baseTargetOf(const Context &ctx, const Proposal &p) {
    BaseTarget out;
    const std::string symbol = ctx.symbolOf(p);
    if (!ctx.base || !(isModSymbol(symbol) || isUnchangedSymbol(symbol)))
        return out;
    const Resolution *r = ctx.resolutionOf(p);
    if (r && r->draftNew)
        return out; // a draft is in force nowhere: nothing to compare (and not this rule's to say)
    out.applies = true;
    const std::string name = symbol + " " + ctx.nameOf(p);
    if (!r) {
        out.paragraph = p.header;
        out.whyNot = name + " is followed by no resolution (no number line, title or preamble "
                            "before the next proposal): it was not compared with the base text";
        return out;
    }
    if (r->number.empty()) {
        out.paragraph = r->numberLine.value_or(r->first);
        out.whyNot = "The number of the resolution " + name + " acts on cannot be read" +
                     (r->numberLine ? " from '" +
                                          excerpt(text::normalize(
                                              ctx.paragraph(*r->numberLine).text(View::Proposed))) +
                                          "'"
                                    : std::string(" (it has no number line)")) +
                     ": it was not compared with the base text";
        return out;
    }
    const Lexicon *language = languageOf(ctx.document, ctx.recognition, r->first, r->last);
    if (!language) {
        out.paragraph = r->numberLine.value_or(r->first);
        out.whyNot = "The language of " + name + " is not one the engine knows (" +
                     "Arabic, Chinese, English, French, Russian, Spanish): it was not compared "
                     "with the base text";
        return out;
    }
    if ((out.target = ctx.base->find(r->number, language->language)))
        return out;
    const BaseResolution *other = ctx.base->find(r->number);
    if (!other)
        return out; // unknown-target says so
    if (other->language.empty()) {
        out.target = other; // a base whose words tell no language: compared as it is
        return out;
    }
    out.paragraph = r->numberLine.value_or(r->first);
    out.whyNot = name + " is in " + language->englishName + ", but the base text has " +
                 language->resolutionName(r->number) + " only in " +
                 lexiconFor(other->language).englishName + " (" + other->source +
                 "): choose the base text in the proposal's language to compare it";
    return out;
}

void checkAgainstBase(Context &ctx) {
    if (!ctx.base)
        return;
    checkTargets(ctx);
    for (const Proposal &p : ctx.recognition.structure.proposals) {
        const BaseTarget t = baseTargetOf(ctx, p);
        if (!t.whyNot.empty()) {
            const std::size_t i = *t.paragraph;
            const MappedText line = normalizedView(ctx.paragraph(i), View::Proposed);
            ctx.report(Rule::BaseNotCompared, Severity::Error, i, line.markedBegin(0),
                       line.markedEnd(0, line.text.size()), t.whyNot);
        }
        if (t.target && isModSymbol(ctx.symbolOf(p)))
            ResolutionComparison(ctx, *t.target).run(*ctx.resolutionOf(p));
    }
}

} // namespace pa::validation

namespace pa {

BaseCoverage baseCoverage(const Document &document, const Recognition &recognition,
                          const BaseText *base) {
    BaseCoverage out;
    const ValidationSettings settings;
    const validation::Context ctx(document, recognition, base, settings);
    for (const Proposal &p : recognition.structure.proposals) {
        const validation::BaseTarget t = validation::baseTargetOf(ctx, p);
        out.proposals += t.applies ? 1 : 0;
        out.compared += t.target ? 1 : 0;
    }
    return out;
}

std::string BaseCoverage::summary() const {
    return std::to_string(compared) + " of " + std::to_string(proposals) + " proposal" +
           (proposals == 1 ? "" : "s") + " compared with the base";
}

} // namespace pa

namespace pa::validation {} // namespace pa::validation
