// The tags of draft new resolutions ([ATU-1], [ATU-2], ...) numbered 1, 2, ... per source in
// document order, with every mention of an old tag in the text following it: computed here as
// edits of one reading of the document, so Renumber Proposals reads the document once.
#pragma once

#include "model/Diagnostic.hpp"
#include "model/Document.hpp"
#include "recognition/Structure.hpp"

#include <string>
#include <utility>
#include <vector>

namespace pa {

// (old tag, new tag) for each draft new resolution whose tag is not its place in the
// sequence of its source ("ATU-3" -> "ATU-1"), in document order.
std::vector<std::pair<std::string, std::string>> draftTagChanges(const Structure &structure);

// Untracked edits replacing every "[old]" with "[new]" in the marked text of the paragraphs
// outside `skipped` (lines rewritten whole by the caller). Ranges are UTF-16, as Writer counts;
// the changes apply at once, so [ATU-1] <-> [ATU-2] do not run into each other.
std::vector<TextEdit> draftTagEdits(const Document &document,
                                    const std::vector<std::pair<std::string, std::string>> &changes,
                                    const std::vector<std::size_t> &skipped = {});

} // namespace pa
