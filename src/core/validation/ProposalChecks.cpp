// Proposal lines and numbers (domain §1): the header format, the sequence, duplicates, one
// prefix per document, agreement with the cover, and a Reasons paragraph for each proposal.
#include "validation/Checks.hpp"

#include "numbering/ProposalMentions.hpp"
#include "recognition/Cover.hpp"
#include "recognition/Patterns.hpp"
#include "styles/ItuStyles.hpp"
#include "text/Text.hpp"

#include <map>

namespace pa::validation {
namespace {

// A proposal line split into its parts, with byte positions in its normalized text.
struct Header {
    MappedText line;
    std::string symbol;
    ProposalNumber number;
    std::size_t numberBegin = 0, prefixEnd = 0, documentBegin = 0, sequenceBegin = 0;
    bool wellFormed = false;
};

// The proposal line as patterns::parseProposalLine reads it (the one grammar of it), with the
// positions of the number's parts in the normalized line. Well formed: a known symbol, a tab,
// and SOURCE/DOC[An]/SEQ, nothing else.
Header parseHeader(const Paragraph &paragraph) {
    Header h;
    h.line = normalizedView(paragraph, View::Proposed);
    const auto line = patterns::parseProposalLine(h.line.text);
    if (!line || !line->knownSymbol || !line->tabSeparated || !line->number)
        return h;
    const std::size_t tab = h.line.text.find('\t');
    if (tab == std::string::npos || h.line.text.compare(0, tab, line->symbol) != 0 ||
        h.line.text.compare(tab + 1, std::string::npos, line->numberText) != 0)
        return h;
    h.wellFormed = true;
    h.symbol = line->symbol;
    h.number = *line->number;
    h.numberBegin = tab + 1;
    h.documentBegin = h.numberBegin + h.number.source.size() + 1;
    h.sequenceBegin = h.line.text.size() - h.number.sequence.size();
    h.prefixEnd = h.sequenceBegin - 1;
    return h;
}

bool allDigits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

} // namespace

void checkProposals(Context &ctx) {
    const std::vector<Proposal> &proposals = ctx.recognition.structure.proposals;
    if (proposals.empty())
        return;
    std::vector<Header> headers;
    headers.reserve(proposals.size());
    for (const Proposal &p : proposals)
        headers.push_back(parseHeader(ctx.paragraph(p.header)));

    const auto reportOn = [&](Rule rule, Severity severity, std::size_t k, std::size_t begin,
                              std::size_t end, std::string message,
                              std::optional<Fix> fix = std::nullopt) {
        const MappedText &line = headers[k].line;
        return ctx.report(rule, severity, proposals[k].header, line.markedBegin(begin),
                          line.markedEnd(begin, end), std::move(message), std::move(fix));
    };
    const auto noteOn = [&](std::size_t finding, std::size_t k, std::size_t begin, std::size_t end,
                            std::string message) {
        const MappedText &line = headers[k].line;
        ctx.note(finding, proposals[k].header, line.markedBegin(begin), line.markedEnd(begin, end),
                 std::move(message));
    };
    // "...: 3 later proposals follow from it", once the notes are known.
    const auto sayFollowers = [&](std::size_t finding, const char *what) {
        Diagnostic &d = ctx.finding(finding);
        if (!d.notes.empty())
            d.message += "; " + std::to_string(d.notes.size()) + " later " +
                         (d.notes.size() == 1 ? "proposal follows" : "proposals follow") +
                         " from it (" + what + ")";
    };

    // proposal-header-format
    for (std::size_t k = 0; k < proposals.size(); ++k)
        if (!headers[k].wellFormed) {
            reportOn(Rule::ProposalHeaderFormat, Severity::Error, k, 0, headers[k].line.text.size(),
                     "The proposal line '" + excerpt(headers[k].line.text) +
                         "' is not an action symbol (MOD, ADD, SUP, NOC, ...), a tab and a "
                         "proposal number SOURCE/DOCUMENT[An]/N, e.g. 'MOD<tab>ATU/35A3/1'");
        }

    // One fix renumbers every proposal, and the mentions of the numbers in the text with them;
    // it serves the sequence and the duplicate findings.
    std::vector<TextEdit> renumber;
    std::vector<std::pair<std::string, std::string>> renamed;
    std::vector<std::size_t> headerParagraphs;
    headerParagraphs.reserve(proposals.size());
    for (const Proposal &p : proposals)
        headerParagraphs.push_back(p.header);
    for (std::size_t k = 0; k < proposals.size(); ++k) {
        const Header &h = headers[k];
        if (!h.wellFormed || h.number.sequence == std::to_string(k + 1))
            continue;
        const std::size_t i = proposals[k].header;
        const std::size_t b = h.line.markedBegin(h.sequenceBegin);
        const std::size_t e = h.line.markedEnd(h.sequenceBegin, h.line.text.size());
        renumber.push_back(
            TextEdit{i, ctx.utf16(i, b), ctx.utf16(i, e), std::to_string(k + 1), false});
        renamed.emplace_back(h.number.text(), h.number.prefix() + "/" + std::to_string(k + 1));
    }
    for (TextEdit &mention : proposalMentionEdits(ctx.document, headerParagraphs, renamed))
        renumber.push_back(std::move(mention));
    const auto renumberFix = [&]() -> std::optional<Fix> {
        if (renumber.empty())
            return std::nullopt;
        return Fix::renumberProposals(renumber);
    };

    // proposal-number-duplicate and -sequence (the k-th proposal is number k), root causes
    // first: a duplicate number is one finding, and so is the first number out of sequence;
    // the numbers after it that are out of sequence only because of it are its notes, until a
    // proposal is numbered in place again.
    std::map<std::string, std::size_t> seen;
    std::optional<std::size_t> root;
    std::vector<std::size_t> roots;
    for (std::size_t k = 0; k < proposals.size(); ++k) {
        const Header &h = headers[k];
        if (!h.wellFormed)
            continue;
        const std::string should = "Proposal " + h.number.text() + " is the " + ordinal(k + 1) +
                                   " proposal of the document, so its number should end in /" +
                                   std::to_string(k + 1);
        const auto [it, fresh] = seen.emplace(h.number.text(), k);
        if (!fresh) {
            root = reportOn(Rule::ProposalNumberDuplicate, Severity::Error, k, h.numberBegin,
                            h.line.text.size(),
                            "The proposal number " + h.number.text() + " is already used by the " +
                                ordinal(it->second + 1) + " proposal of the document",
                            renumberFix());
            roots.push_back(*root);
            continue;
        }
        if (h.number.sequence == std::to_string(k + 1)) {
            root.reset();
            continue;
        }
        if (root) {
            noteOn(*root, k, h.sequenceBegin, h.line.text.size(), should);
            continue;
        }
        root = reportOn(Rule::ProposalNumberSequence, Severity::Error, k, h.sequenceBegin,
                        h.line.text.size(),
                        should + ": proposals are numbered 1, 2, 3 ... in order", renumberFix());
        roots.push_back(*root);
    }
    for (std::size_t r : roots)
        sayFollowers(r, "the same renumbering fixes them");

    // proposal-number-prefix: the prefix most proposals carry is taken as the document's. The
    // proposals that share one other prefix are one mistake: a finding at the first, notes at
    // the others.
    std::map<std::string, std::size_t> prefixCount;
    std::string common;
    for (const Header &h : headers)
        if (h.wellFormed && ++prefixCount[h.number.prefix()] > prefixCount[common])
            common = h.number.prefix();
    std::map<std::string, std::size_t> prefixRoot; // other prefix -> its finding
    for (std::size_t k = 0; k < proposals.size(); ++k) {
        const Header &h = headers[k];
        if (!h.wellFormed || h.number.prefix() == common)
            continue;
        if (const auto it = prefixRoot.find(h.number.prefix()); it != prefixRoot.end()) {
            noteOn(it->second, k, h.numberBegin, h.prefixEnd,
                   "Proposal " + h.number.text() + " starts with " + h.number.prefix() + " too");
            continue;
        }
        prefixRoot[h.number.prefix()] =
            reportOn(Rule::ProposalNumberPrefix, Severity::Error, k, h.numberBegin, h.prefixEnd,
                     "Proposal " + h.number.text() + " starts with " + h.number.prefix() +
                         " where the other proposals of this document start with " + common);
    }
    for (const auto &[prefix, finding] : prefixRoot)
        sayFollowers(finding, "with the same prefix");

    // proposal-number-document: against "Addendum n to Document m" on the cover. A draft's
    // placeholder document number (EUR/XX/1) is not yet comparable. The proposals that name one
    // other document are one mistake (a finding and notes); a proposal whose prefix already
    // differs from the others' is a note of that finding, not a second one.
    if (const std::optional<CoverLine> cover =
            findCoverLine(ctx.document, proposals.front().header)) {
        std::map<std::string, std::size_t> coverRoot; // document and addendum named -> finding
        for (std::size_t k = 0; k < proposals.size(); ++k) {
            const Header &h = headers[k];
            if (!h.wellFormed || !allDigits(h.number.document))
                continue;
            const bool documentDiffers = h.number.document != cover->document;
            const bool addendumDiffers =
                !cover->addendum.empty() && h.number.addendum != cover->addendum;
            if (!documentDiffers && !addendumDiffers)
                continue;
            const std::string coverSays =
                (cover->addendum.empty() ? std::string() : "Addendum " + cover->addendum + " to ") +
                "Document " + cover->document;
            const std::string numberSays =
                "Document " + h.number.document +
                (h.number.addendum.empty() ? std::string(", no addendum")
                                           : ", Addendum " + h.number.addendum);
            const std::string message = "Proposal " + h.number.text() + " names " + numberSays +
                                        ", but the cover says " + coverSays;
            if (const auto p = prefixRoot.find(h.number.prefix()); p != prefixRoot.end()) {
                noteOn(p->second, k, h.documentBegin, h.prefixEnd, message);
                continue;
            }
            const std::string named = h.number.document + "A" + h.number.addendum;
            if (const auto it = coverRoot.find(named); it != coverRoot.end()) {
                noteOn(it->second, k, h.documentBegin, h.prefixEnd, message);
                continue;
            }
            coverRoot[named] = reportOn(Rule::ProposalNumberDocument, Severity::Error, k,
                                        h.documentBegin, h.prefixEnd, message);
        }
        for (const auto &[named, finding] : coverRoot)
            sayFollowers(finding, "naming the same document");
    }

    // missing-reasons: a Reasons paragraph between this proposal line and the next.
    const std::string reasonsLabel = ctx.lexicon.reasonsLabel();
    const std::string reasonsStyle = styleForRole(Role::Reasons).value_or("Reasons");
    for (std::size_t k = 0; k < proposals.size(); ++k) {
        const Proposal &p = proposals[k];
        std::optional<std::size_t> reasons = p.reasons;
        for (std::size_t i = p.header + 1; !reasons && i < ctx.proposalEnd(k); ++i)
            if (ctx.role(i) == Role::Reasons && !ctx.paragraph(i).absentIn(View::Proposed))
                reasons = i;
        if (!reasons) {
            const std::size_t last = std::max(p.last, p.header);
            reportOn(Rule::MissingReasons, Severity::Error, k, 0, headers[k].line.text.size(),
                     "Proposal " + ctx.nameOf(p) + " has no '" + reasonsLabel +
                         "' paragraph saying why it is proposed",
                     Fix::addReasons(last, reasonsLabel + "\t", reasonsStyle));
            continue;
        }
        // Empty: nothing but the label (in any language of the lexicon) and punctuation.
        const MappedText t = normalizedView(ctx.paragraph(*reasons), View::Proposed);
        if (patterns::reasonsBody(t.text).empty())
            ctx.report(Rule::MissingReasons, Severity::Warning, *reasons, t.markedBegin(0),
                       t.markedEnd(0, t.text.size()),
                       "The '" + reasonsLabel + "' paragraph of proposal " + ctx.nameOf(p) +
                           " is empty: say why it is proposed");
    }
}

} // namespace pa::validation
