// Where a new proposal goes, from the paragraph the cursor is in: inside a proposal (its line,
// its resolution, its Reasons) after that proposal's last paragraph (its Reasons, or the last
// before the next proposal line), never into the middle of a resolution; elsewhere in the
// cursor's paragraph when it is empty, else after it.
#pragma once

#include "model/Document.hpp"
#include "recognition/Structure.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace pa::proposals {

struct InsertionPoint {
    std::size_t paragraph = 0;   // the paragraph written over (empty) or after
    bool afterParagraph = false; // the block starts with a paragraph break at its end
    std::size_t index = 0;       // the index the first written paragraph will have
};

struct InsertionPlan {
    std::optional<InsertionPoint> point;
    std::string refusal; // why there is none (the cursor is not in the body text)
};

// cursor: the index of the main-text paragraph holding the cursor; nullopt when the cursor is
// in a table, a frame, a header or footer.
InsertionPlan insertionPoint(const Document &document, const Structure &structure,
                             std::optional<std::size_t> cursor);

} // namespace pa::proposals
