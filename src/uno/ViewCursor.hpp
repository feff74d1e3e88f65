// Where the user's view cursor is, as a paragraph of a read document: what the commands that
// work "at the cursor" ask before they ask the user anything else.
#pragma once

#include "DocumentReader.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <optional>

namespace pa::uno {

// The start of the view cursor of the document's current controller; null when the document
// has no window (a hidden or headless document).
css::uno::Reference<css::text::XTextRange>
viewCursorStart(const css::uno::Reference<css::text::XTextDocument> &document);

// The index in `read` of the main-text paragraph that holds the view cursor; nullopt when the
// document has no window or the cursor is in a table, a frame, a header or a footer.
std::optional<std::size_t>
viewCursorParagraph(const css::uno::Reference<css::text::XTextDocument> &document,
                    const ReadDocument &read);

} // namespace pa::uno
