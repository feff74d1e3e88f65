// Writing strings longer than 65,535 UTF-16 units into Writer. XSimpleText::setString and
// insertString select what they wrote by moving a cursor back with a 16-bit count, so a longer
// string is written but the cursor spans the wrong text (and Writer may stop on it). Long
// strings are written in pieces of at most 32,767 units.
#pragma once

#include <com/sun/star/text/XTextCursor.hpp>
#include <rtl/ustring.hxx>

namespace pa::uno {

// The longest piece written at once: goLeft/goRight and the cursor's own moves take a 16-bit
// count.
constexpr sal_Int32 kLongestPiece = 0x7fff;

// Replaces the cursor's text by `string` ("\r" starts a new paragraph), as cursor->setString
// does for a short string: afterwards the cursor spans the written text, its start where the
// replaced text started. A surrogate pair is never cut in two.
void setLongString(const css::uno::Reference<css::text::XTextCursor> &cursor,
                   const rtl::OUString &string);

} // namespace pa::uno
