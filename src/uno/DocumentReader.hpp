// Reads a Writer document, in-process and in one walk, into the core's pa::Document, keeping
// each paragraph's UNO object so that later edits address paragraphs without a second walk.
#pragma once

#include "model/Document.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace pa::uno {

class Progress;

struct ReadDocument {
    Document model;
    // Same order and size as model.paragraphs: the paragraph objects themselves.
    std::vector<css::uno::Reference<css::beans::XPropertySet>> paragraphProperties;

    // Per paragraph: the stretch of text it sits in. Paragraphs of one stretch follow each
    // other in one text (the body, a cell) with no table between them, so one text cursor can
    // span them; a cursor that Writer would have to move across a table boundary can crash it.
    std::vector<std::uint32_t> stretch;
    // Per paragraph: it holds a footnote, field, comment or object anchored in its text, which
    // rewriting the paragraph's text would lose.
    std::vector<bool> holdsObjects;
    // Paragraphs whose offsets in the model differ from Writer's: a footnote anchor counts one
    // character in Writer and none in the model, a field one in Writer and its shown text in
    // the model. Each shift says: from model offset `at` on, add `delta` (cumulative).
    struct Shift {
        std::size_t at;
        long delta;
        bool anchor; // a character of Writer's only: a range ending at `at` stops before it
    };
    std::unordered_map<std::size_t, std::vector<Shift>> shifts;

    // Writer's offset in paragraph `index` for an offset of the model's (marked) text; the
    // end of a range stops before an anchor at that offset, its start goes after it.
    std::size_t writerOffset(std::size_t index, std::size_t offset, bool rangeEnd = false) const;
    // True when paragraphs first..last can be spanned by one text cursor.
    bool oneStretch(std::size_t first, std::size_t last) const;

    // The paragraph as a text range (to select it). Asked for when needed rather than kept:
    // one more interface query per paragraph is a measurable share of the read.
    css::uno::Reference<css::text::XTextRange> paragraphRange(std::size_t index) const;
};

// Every paragraph of the main text in order; table cells are read in place, in cell order,
// their paragraphs marked inTable. Throws IllegalArgumentException for a null document.
// `progress`, when given, hears of every 256 paragraphs read.
ReadDocument readDocument(const css::uno::Reference<css::text::XTextDocument> &document,
                          Progress *progress = nullptr);

// The yardstick for readDocument(): every paragraph and text portion visited the plain way,
// reading the style name and the text, nothing kept. Returns the number of characters seen so
// the walk cannot be optimised away.
std::size_t bareWalk(const css::uno::Reference<css::text::XTextDocument> &document);

} // namespace pa::uno
