// Reads a Writer document, in-process and in one walk, into the core's pa::Document, keeping
// each paragraph's UNO object so that later edits address paragraphs without a second walk.
#pragma once

#include "model/Document.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <vector>

namespace pa::uno {

struct ReadDocument {
    Document model;
    // Same order and size as model.paragraphs: the paragraph objects themselves.
    std::vector<css::uno::Reference<css::beans::XPropertySet>> paragraphProperties;

    // The paragraph as a text range (to select it). Asked for when needed rather than kept:
    // one more interface query per paragraph is a measurable share of the read.
    css::uno::Reference<css::text::XTextRange> paragraphRange(std::size_t index) const;
};

// Every paragraph of the main text in order; table cells are read in place, in cell order,
// their paragraphs marked inTable. Throws IllegalArgumentException for a null document.
ReadDocument readDocument(const css::uno::Reference<css::text::XTextDocument> &document);

// The yardstick for readDocument(): every paragraph and text portion visited the plain way,
// reading the style name and the text, nothing kept. Returns the number of characters seen so
// the walk cannot be optimised away.
std::size_t bareWalk(const css::uno::Reference<css::text::XTextDocument> &document);

} // namespace pa::uno
