// Writes a planned block (proposals::Block) into Writer: the text replaced by one setString,
// each paragraph styled, then tracked changes made with XRedline::makeRedline as
// markup/Markup.hpp describes.
#pragma once

#include "StyleWriter.hpp"
#include "markup/Markup.hpp"
#include "proposals/Plan.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <functional>
#include <string>
#include <vector>

namespace pa::uno::edit {

// A written block as it stands in the document: its paragraphs' objects and, when it was
// written after a paragraph, that paragraph's object (Writer splits a paragraph by moving its
// front part to a new node, so the object read before may now name another paragraph).
struct WrittenBlock {
    std::vector<css::uno::Reference<css::beans::XPropertySet>> paragraphs;
    css::uno::Reference<css::beans::XPropertySet> before;
};

// Replaces the text from the start of `from` to the end of `to` by the block's paragraphs,
// sets each paragraph's style where the document has it, and puts every tracked run and mark
// under a tracked change. afterParagraph: `from` is the end of a paragraph, and the block
// starts with a paragraph break there. `from` and `to` must lie in one text with no table
// between them: the cursor never crosses a table boundary.
WrittenBlock writeBlock(const css::uno::Reference<css::text::XTextRange> &from,
                        const css::uno::Reference<css::text::XTextRange> &to,
                        const proposals::Block &block, StyleWriter &ituStyles,
                        const std::string &author, bool afterParagraph = false);

// Puts each span under a tracked change: startOf(span.paragraph) is where that paragraph
// starts in `text` (asked only for the paragraphs that have a span), the author is `author`
// or, when that is empty, the span's own, the date now or kRedlineStampMinutes earlier as the
// span's stamp says.
void markSpans(
    const css::uno::Reference<css::text::XText> &text,
    const std::function<css::uno::Reference<css::text::XTextRange>(std::size_t)> &startOf,
    const std::vector<markup::RedlineSpan> &spans, const std::string &author = {});

// The start of each written paragraph.
std::vector<css::uno::Reference<css::text::XTextRange>> rangesOf(const WrittenBlock &written);

} // namespace pa::uno::edit
