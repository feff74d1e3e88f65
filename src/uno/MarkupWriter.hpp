// Mark Up Against Base written into the author's own paragraphs: only what the base had and the
// author removed (deleted text, deleted paragraph marks) is added, so the author's text keeps its
// formatting and a deleted word takes the formatting of the text it goes back into.
#pragma once

#include "model/Document.hpp"

#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <cstddef>
#include <vector>

namespace pa::uno {

// Turns the author's paragraphs from `start` (the start of the first of the paragraphs that
// `marked` shows in the proposed view, in order) into the marked paragraphs' text: each deleted
// run is inserted where it stands, each deleted paragraph mark becomes a paragraph break there.
// Inserted and kept text is only stepped over. Record changes must be off; the caller then
// styles the paragraphs and puts the runs under tracked changes (markup::redlineSpans), after
// finding them again. Returns a cursor at the end of the last marked paragraph.
css::uno::Reference<css::text::XTextCursor>
insertDeletedText(const css::uno::Reference<css::text::XTextRange> &start,
                  const std::vector<Paragraph> &marked);

} // namespace pa::uno
