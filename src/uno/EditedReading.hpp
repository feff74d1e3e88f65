// The reading of the document as it is after blocks were written (proposals::editedLayout
// applied to the paragraph objects), without reading it again; the ITU styles of the written
// paragraphs; and, after a new proposal, styles and numbering from that one reading.
#pragma once

#include "BlockWriter.hpp"
#include "DocumentReader.hpp"
#include "StyleWriter.hpp"
#include "proposals/InsertionPoint.hpp"
#include "proposals/Plan.hpp"
#include "recognition/Recognizer.hpp"

#include <vector>

namespace pa::uno::edit {

// replacements[k] was written as written[k] (in document order, not overlapping). *where:
// where each block now stands.
ReadDocument afterEdits(const ReadDocument &read,
                        const std::vector<proposals::Replacement> &replacements,
                        const std::vector<WrittenBlock> &written,
                        std::vector<proposals::Written> &where);

// ITU styles for the written paragraphs, created in the document when missing, from the
// recognition of the edited document; nothing outside the written paragraphs is touched.
void styleWritten(StyleWriter &ituStyles, const ReadDocument &edited,
                  const Recognition &recognition, const std::vector<proposals::Written> &written);

// After a block is written at the insertion point: ITU styles for it and the proposals
// numbered, from the one reading made before writing. Returns the number of proposals.
std::size_t styleAndNumber(const css::uno::Reference<css::text::XTextDocument> &document,
                           const ReadDocument &read, const proposals::InsertionPoint &point,
                           const proposals::Block &block, const WrittenBlock &written,
                           StyleWriter &ituStyles, const proposals::EditSettings &settings);

} // namespace pa::uno::edit
