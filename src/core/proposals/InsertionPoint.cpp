#include "proposals/InsertionPoint.hpp"

#include <algorithm>

namespace pa::proposals {

InsertionPlan insertionPoint(const Document &document, const Structure &structure,
                             std::optional<std::size_t> cursor) {
    InsertionPlan plan;
    if (!cursor) {
        plan.refusal = "Put the cursor in the body text, where the proposal should go (not in a "
                       "table, frame, header or footer).";
        return plan;
    }
    const std::size_t at = *cursor;
    // Inside a proposal (its line, its resolution, its Reasons) the new one goes after that
    // proposal, never into the middle of its resolution.
    for (const Proposal &p : structure.proposals) {
        const std::size_t last = std::max(p.last, p.reasons.value_or(p.last));
        if (p.header <= at && at <= last && last < document.paragraphs.size()) {
            plan.point = InsertionPoint{last, true, last + 1};
            return plan;
        }
    }
    if (at < document.paragraphs.size() && document.paragraphs[at].text(View::Marked).empty())
        plan.point = InsertionPoint{at, false, at};
    else
        plan.point = InsertionPoint{at, true, at + 1};
    return plan;
}

} // namespace pa::proposals
