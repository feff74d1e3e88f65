// Tracked changes against the action symbol (a MOD shows changes, ADD/SUP/NOC show none) and the
// three revision lines of a MOD, which must all name the same new assembly (domain §2).
#include "validation/Checks.hpp"

#include "lexicon/Assemblies.hpp"

#include "revision/RevisionLines.hpp"
#include "text/Text.hpp"

#include <map>

namespace pa::validation {
namespace {

// The resolution's own paragraphs of proposal k: after the proposal line, before its Reasons.
std::vector<std::size_t> bodyParagraphs(const Context &ctx, std::size_t k) {
    std::vector<std::size_t> out;
    const Proposal &p = ctx.recognition.structure.proposals[k];
    for (std::size_t i = p.header + 1; i < ctx.proposalEnd(k); ++i) {
        if (ctx.role(i) == Role::Reasons)
            break;
        out.push_back(i);
    }
    return out;
}

void checkTrackedChanges(Context &ctx) {
    const auto &proposals = ctx.recognition.structure.proposals;
    for (std::size_t k = 0; k < proposals.size(); ++k) {
        const Proposal &p = proposals[k];
        const std::string symbol = ctx.symbolOf(p);
        const std::vector<std::size_t> body = bodyParagraphs(ctx, k);
        if (isModSymbol(symbol)) {
            // Changes to the Reasons are the contribution's own text, not a change of the
            // resolution.
            bool changed = false;
            for (std::size_t i : body)
                changed = changed || ctx.paragraph(i).hasTrackedChanges();
            if (!changed) {
                const std::string line = ctx.paragraph(p.header).text(View::Marked);
                const std::size_t at = line.find(symbol);
                ctx.report(Rule::ModWithoutChanges, Severity::Error, p.header,
                           at == std::string::npos ? 0 : at,
                           at == std::string::npos ? line.size() : at + symbol.size(),
                           symbol + " " + ctx.nameOf(p) +
                               " shows no tracked change: record every change with Edit > Track "
                               "Changes, or propose NOC if the text stays as it is");
            }
            continue;
        }
        if (!isAddSymbol(symbol) && !isUnchangedSymbol(symbol))
            continue;
        // tracked-change-outside-mod: one finding per stretch of tracked text.
        for (std::size_t i : body) {
            const Paragraph &para = ctx.paragraph(i);
            std::size_t offset = 0;
            bool reported = false;
            for (std::size_t r = 0; r < para.runs.size();) {
                const Run &run = para.runs[r];
                if (!run.change || run.text.empty()) {
                    offset += run.text.size();
                    ++r;
                    continue;
                }
                const ChangeKind kind = run.change->kind;
                const std::size_t begin = offset;
                std::string changedText;
                for (; r < para.runs.size() && para.runs[r].change &&
                       para.runs[r].change->kind == kind;
                     ++r) {
                    changedText += para.runs[r].text;
                    offset += para.runs[r].text.size();
                }
                // Accepting it: the inserted text kept as plain text, the deleted text gone.
                const std::string kept = kind == ChangeKind::Insertion ? changedText : "";
                ctx.report(Rule::TrackedChangeOutsideMod, Severity::Error, i, begin, offset,
                           ctx.locate(i) + ": a tracked " +
                               (kind == ChangeKind::Insertion ? "insertion" : "deletion") +
                               " of '" + excerpt(changedText) + "' under " + symbol + " " +
                               ctx.nameOf(p) + "; only a MOD shows tracked changes (" + symbol +
                               " gives the text as it is)",
                           Fix::acceptChanges({TextEdit{i, ctx.utf16(i, begin),
                                                        ctx.utf16(i, offset), kept, false}}));
                reported = true;
            }
            if (para.mark && !reported) {
                const std::string marked = para.text(View::Marked);
                ctx.report(Rule::TrackedChangeOutsideMod, Severity::Error, i, 0, marked.size(),
                           ctx.locate(i) + ": a tracked paragraph " +
                               (para.mark->kind == ChangeKind::Insertion ? "break" : "join") +
                               " under " + symbol + " " + ctx.nameOf(p) +
                               "; only a MOD shows tracked changes");
            }
        }
    }
}

// The assembly a revision line names in the proposed view, with its place in the line.
struct Named {
    std::size_t paragraph = 0;
    std::string what; // "number line", ...
    MappedText line;
    std::size_t begin = 0, end = 0; // in line.text
    std::string assembly() const { return line.text.substr(begin, end - begin); }
};

// Trims spaces inside [begin, end) of t.
void trimRange(const std::string &t, std::size_t &begin, std::size_t &end) {
    while (begin < end && t[begin] == ' ')
        ++begin;
    while (end > begin && t[end - 1] == ' ')
        --end;
}

// The lines are read by revision/RevisionLines from their normalized proposed text, so that
// the spans it returns map back to the marked text.
std::optional<Named> fromNumberLine(const Context &ctx, std::size_t i) {
    Named n{i, "number line", normalizedView(ctx.paragraph(i), View::Proposed), 0, 0};
    const auto line = revision::parseNumberLine(n.line.text);
    if (!line || line->draftNew || !line->assembly)
        return std::nullopt;
    n.begin = line->assembly->begin;
    n.end = line->assembly->end;
    trimRange(n.line.text, n.begin, n.end);
    return n.begin < n.end ? std::optional<Named>(std::move(n)) : std::nullopt;
}

std::optional<Named> fromHistoryLine(const Context &ctx, std::size_t i) {
    Named n{i, "history line", normalizedView(ctx.paragraph(i), View::Proposed), 0, 0};
    const auto line = revision::parseHistoryLine(n.line.text);
    if (!line || line->assemblies.empty() || line->spans.back().end > n.line.text.size())
        return std::nullopt;
    // The latest assembly, wherever its separator ("; ", "；", "؛ ") puts it.
    n.begin = line->spans.back().begin;
    n.end = line->spans.back().end;
    trimRange(n.line.text, n.begin, n.end);
    return n.begin < n.end ? std::optional<Named>(std::move(n)) : std::nullopt;
}

std::optional<Named> fromPreamble(const Context &ctx, std::size_t i) {
    Named n{i, "preamble", normalizedView(ctx.paragraph(i), View::Proposed), 0, 0};
    const auto line = revision::parsePreamble(n.line.text);
    if (!line)
        return std::nullopt;
    n.begin = line->span.begin;
    n.end = line->span.end;
    trimRange(n.line.text, n.begin, n.end);
    return n.begin < n.end ? std::optional<Named>(std::move(n)) : std::nullopt;
}

// Votes are counted per assembly as revision::sameAssembly compares them: one key for every
// spelling of an assembly the table knows.
std::string assemblyKey(std::string_view assembly) {
    if (const auto meeting = assemblies::identify(assembly))
        return meeting->venue + "/" + std::to_string(meeting->year);
    return text::fold(assembly);
}

void checkRevisionLines(Context &ctx) {
    const auto &proposals = ctx.recognition.structure.proposals;
    for (const Proposal &p : proposals) {
        if (!isModSymbol(ctx.symbolOf(p)))
            continue;
        const Resolution *r = ctx.resolutionOf(p);
        if (!r || r->draftNew)
            continue;
        std::vector<Named> named;
        if (r->numberLine)
            if (auto n = fromNumberLine(ctx, *r->numberLine))
                named.push_back(std::move(*n));
        if (r->history)
            if (auto n = fromHistoryLine(ctx, *r->history))
                named.push_back(std::move(*n));
        if (r->preamble)
            if (auto n = fromPreamble(ctx, *r->preamble))
                named.push_back(std::move(*n));
        if (named.empty())
            continue;
        // Against the configured assembly; without one, against what most lines name (the
        // number line first on a tie).
        std::string expected, because;
        if (!ctx.settings.assembly.empty()) {
            // Quoted as the document's language writes it ("Нью-Дели, 2024 г.").
            expected = assemblies::localized(text::normalize(ctx.settings.assembly), ctx.lexicon);
            because = "the assembly this contribution is for is '" + expected + "'";
        } else {
            std::map<std::string, std::size_t> votes;
            for (const Named &n : named)
                ++votes[assemblyKey(n.assembly())];
            if (votes.size() == 1)
                continue;
            std::size_t best = 0;
            for (const Named &n : named)
                if (votes[assemblyKey(n.assembly())] > best) {
                    best = votes[assemblyKey(n.assembly())];
                    expected = n.assembly();
                    because = "the " + n.what + " names '" + expected + "'";
                }
        }
        for (const Named &n : named) {
            if (revision::sameAssembly(n.assembly(), expected))
                continue;
            ctx.report(Rule::RevisionInconsistent, Severity::Error, n.paragraph,
                       n.line.markedBegin(n.begin), n.line.markedEnd(n.begin, n.end),
                       ctx.locate(n.paragraph) + ": names '" + n.assembly() +
                           "' as the assembly of this revision, but " + because);
        }
    }
}

} // namespace

void checkChanges(Context &ctx) {
    checkTrackedChanges(ctx);
    checkRevisionLines(ctx);
}

} // namespace pa::validation
