// Where the paragraphs stand after blocks were written over (or between) paragraphs of one
// reading, without reading the document again: the paragraphs not written keep their place in
// order, the written ones take the block's paragraphs. The UNO layer builds its edited reading
// from this (uno/EditedReading) to recognise, style and number the document after writing.
#pragma once

#include "model/Document.hpp"
#include "proposals/Plan.hpp"
#include "recognition/Recognizer.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace pa::proposals {

// Where one paragraph of the edited document comes from.
struct Placed {
    std::optional<std::size_t> replacement; // written by that replacement; nullopt: kept
    std::size_t from = 0; // kept: its index in the reading; written: its index in the block
    std::size_t host = 0; // written: the paragraph of the reading whose text holds the block
                          // (what it replaced, or the paragraph it follows)
};

struct EditedLayout {
    Document model;               // the edited document's paragraphs (only paragraphs)
    std::vector<Placed> placed;   // one per paragraph of model
    std::vector<Written> written; // per replacement, in order: where its block now stands
    // Per replacement: the paragraph (after edits) right before its block, when there is one;
    // a block written after a paragraph may leave that paragraph with a new object.
    std::vector<std::optional<std::size_t>> before;
};

// replacements: in document order, not overlapping. A written paragraph is inTable when its
// host is.
EditedLayout editedLayout(const Document &read, const std::vector<Replacement> &replacements);

// The written paragraphs alone (in the order of `written`), with their roles and item labels
// from the recognition of the whole edited document: what their ITU styles are set from, so
// that nothing outside them is touched.
struct WrittenSubset {
    std::vector<std::size_t> paragraphs; // their indices in the edited document
    Document model;
    Recognition recognition;
};
WrittenSubset writtenSubset(const Document &edited, const Recognition &recognition,
                            const std::vector<Written> &written);

} // namespace pa::proposals
