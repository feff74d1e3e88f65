// Moving a text cursor by a count of UTF-16 units (the engine's measure): XTextCursor::goRight
// takes a 16-bit count of characters, a surrogate pair being one, so long paragraphs are walked
// in steps and pairs are counted. The one walker of the UNO layer.
#pragma once

#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/util/DateTime.hpp>
#include <rtl/ustring.hxx>

#include <cstddef>

namespace pa::office {

// Moves `count` units right (extending the selection when `expand`); false when the cursor
// could not go all the way (the range runs past the end of the text).
bool moveRight(const css::uno::Reference<css::text::XTextCursor> &cursor, std::size_t count,
               bool expand);

// Records the cursor's selection as a tracked insertion (or deletion) by `author` at `date`:
// the text stays as it is and reads as if that author had typed (or struck) it.
void markChange(const css::uno::Reference<css::text::XTextCursor> &cursor, bool insertion,
                const rtl::OUString &author, const css::util::DateTime &date);

} // namespace pa::office
