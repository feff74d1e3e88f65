// Proposal numbers quoted in running text ("as in EUR/37A12/3 above"). When the proposal lines
// are renumbered, the mentions follow, so a Reasons paragraph never points at the wrong proposal.
#pragma once

#include "model/Diagnostic.hpp"
#include "model/Document.hpp"

#include <string>
#include <utility>
#include <vector>

namespace pa {

// Untracked edits replacing every mention of an old number with its new one, in the paragraphs
// outside `headers` (the proposal lines, renumbered themselves) that carry no tracked change
// (the author's own edits are theirs to settle). A mention is the whole number: "ATU/35A3/1"
// is not found inside "ATU/35A3/12" or "XATU/35A3/1". A number that two proposal lines carry
// is not followed. Ranges are UTF-16, of the marked text.
std::vector<TextEdit>
proposalMentionEdits(const Document &document, const std::vector<std::size_t> &headers,
                     const std::vector<std::pair<std::string, std::string>> &renamed);

} // namespace pa
