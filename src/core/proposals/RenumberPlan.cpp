#include "proposals/RenumberPlan.hpp"

#include "numbering/DraftTags.hpp"
#include "numbering/ProposalMentions.hpp"

#include <iterator>

namespace pa::proposals {
namespace {

RenumberPlan numberLines(const Document &document, const Structure &structure,
                         const std::vector<bool> &holdsObjects, const std::string &prefix,
                         bool wholePrefix, std::vector<TextEdit> more) {
    RenumberPlan plan;
    std::size_t seq = 0;
    std::vector<std::size_t> headers;
    std::vector<std::pair<std::string, std::string>> renamed;
    for (const Proposal &p : structure.proposals) {
        ++seq;
        headers.push_back(p.header);
        const std::string wanted =
            (p.number && !wholePrefix ? p.number->prefix() : prefix) + "/" + std::to_string(seq);
        if (p.numberText == wanted)
            continue;
        if (document.paragraphs[p.header].hasTrackedChanges())
            continue; // the author's own tracked edit of the line is left for them to settle
        if (p.header < holdsObjects.size() && holdsObjects[p.header])
            continue; // rewriting the line would lose its footnote, field or frame
        if (p.number)
            renamed.emplace_back(p.numberText, wanted);
        const std::string symbol = p.symbol.empty() ? "MOD" : p.symbol;
        plan.lines.push_back({p.header, symbol + "\t" + wanted});
    }
    // Only the proposal lines change, so the other paragraphs' offsets as read still hold.
    plan.edits = proposalMentionEdits(document, headers, renamed);
    plan.mentions = plan.edits.size();
    plan.edits.insert(plan.edits.end(), std::make_move_iterator(more.begin()),
                      std::make_move_iterator(more.end()));
    plan.proposals = seq;
    return plan;
}

} // namespace

RenumberPlan numberProposals(const Document &document, const Structure &structure,
                             const std::vector<bool> &holdsObjects, const std::string &prefix,
                             bool wholePrefix) {
    return numberLines(document, structure, holdsObjects, prefix, wholePrefix, {});
}

RenumberPlan renumberDocument(const Document &document, const Structure &structure,
                              const std::vector<bool> &holdsObjects, const std::string &prefix) {
    // The draft new resolutions' tags [SRC-n] follow their order, with every mention, from the
    // same reading.
    std::vector<std::pair<std::string, std::string>> changes = draftTagChanges(structure);
    std::vector<std::size_t> headers;
    for (const Proposal &p : structure.proposals)
        headers.push_back(p.header);
    RenumberPlan plan = numberLines(document, structure, holdsObjects, prefix, true,
                                    draftTagEdits(document, changes, headers));
    plan.draftTags = std::move(changes);
    return plan;
}

} // namespace pa::proposals
