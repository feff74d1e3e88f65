// Long strings written in pieces: see LongText.hpp.
#include "LongText.hpp"

#include <com/sun/star/text/XText.hpp>
#include <rtl/character.hxx>

#include <algorithm>

using css::uno::Reference;
using rtl::OUString;

namespace pa::uno {

namespace {

// The end of the piece that starts at `from`: at most kLongestPiece units, never between the
// two halves of a surrogate pair.
sal_Int32 pieceEnd(const OUString &string, sal_Int32 from) {
    sal_Int32 end = std::min(string.getLength(), from + kLongestPiece);
    if (end < string.getLength() && rtl::isHighSurrogate(string[end - 1]))
        --end;
    return end;
}

} // namespace

void setLongString(const Reference<css::text::XTextCursor> &cursor, const OUString &string) {
    sal_Int32 end = pieceEnd(string, 0);
    // The first piece replaces the cursor's text; the cursor then spans it, and its start stays
    // where it is while the rest is written after it.
    cursor->setString(string.copy(0, end));
    if (end == string.getLength())
        return;
    const Reference<css::text::XTextCursor> tail =
        cursor->getText()->createTextCursorByRange(cursor->getEnd());
    while (end < string.getLength()) {
        const sal_Int32 from = end;
        end = pieceEnd(string, from);
        tail->setString(string.copy(from, end - from));
        tail->collapseToEnd();
    }
    cursor->gotoRange(tail->getEnd(), true);
}

} // namespace pa::uno
