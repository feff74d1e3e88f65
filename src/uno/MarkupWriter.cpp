// Walks one text cursor through the author's paragraphs along the marked paragraphs.
#include "MarkupWriter.hpp"

#include "UnoStrings.hpp"

#include "text/Text.hpp"

#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <algorithm>

namespace pa::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

// goRight takes a 16-bit count: long runs are stepped over in pieces.
void stepOver(const Reference<css::text::XTextCursor> &cursor, std::size_t units) {
    while (units > 0) {
        const std::size_t step = std::min<std::size_t>(units, 0x7FFF);
        if (!cursor->goRight(static_cast<sal_Int16>(step), false))
            throw css::uno::RuntimeException("mark-up: the paragraph is shorter than its text",
                                             Reference<css::uno::XInterface>());
        units -= step;
    }
}

} // namespace

Reference<css::text::XTextCursor> insertDeletedText(const Reference<css::text::XTextRange> &start,
                                                    const std::vector<Paragraph> &marked) {
    const Reference<css::text::XText> text = start->getText();
    const Reference<css::text::XTextCursor> cursor = text->createTextCursorByRange(start);
    const Reference<css::text::XParagraphCursor> paragraphs(cursor, UNO_QUERY_THROW);
    const Reference<css::text::XTextRange> at(cursor.get()); // the same cursor, as a range
    for (std::size_t k = 0; k < marked.size(); ++k) {
        const Paragraph &p = marked[k];
        for (const Run &run : p.runs) {
            if (run.deleted())
                text->insertString(at, toOUString(run.text), false); // the cursor moves past it
            else
                stepOver(cursor, text::utf16Length(run.text));
        }
        if (k + 1 == marked.size())
            break;
        if (p.mark && p.mark->kind == ChangeKind::Deletion)
            text->insertControlCharacter(at, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        else if (!paragraphs->gotoNextParagraph(false))
            throw css::uno::RuntimeException("mark-up: fewer paragraphs than the edited text has",
                                             Reference<css::uno::XInterface>());
    }
    return cursor;
}

} // namespace pa::uno
