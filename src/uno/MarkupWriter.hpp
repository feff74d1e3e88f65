// The author's own character formatting across Mark Up Against Base. Writer's makeRedline is
// not undoable, so the mark-up replaces the resolution's text (which undo restores whole) rather
// than marking the author's text where it stands; the formatting the author gave it directly
// (bold, italic, size, font...) is read first and given back to the same characters, and a
// deleted word put back takes the formatting of the character before it.
#pragma once

#include "DocumentReader.hpp"

#include "model/Document.hpp"

#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <cstddef>
#include <vector>

namespace pa::uno {

struct DirectFormatting {
    struct Span {
        std::size_t paragraph = 0; // among the author's paragraphs read, from 0
        std::size_t start = 0;     // UTF-16 offset in the paragraph
        std::size_t length = 0;
        css::uno::Sequence<rtl::OUString> names;
        css::uno::Sequence<css::uno::Any> values;
    };
    std::vector<Span> spans; // only text with direct formatting
};

// The direct character formatting of paragraphs first..last of `read`.
DirectFormatting readDirectFormatting(const ReadDocument &read, std::size_t first,
                                      std::size_t last);

// Gives the marked paragraphs (written from `starts`, one start each) the author's formatting:
// kept and inserted text as the author had it, deleted text as the author's character before
// it. rewrite[k]: marked paragraph k is not the author's text (a revision line made to name the
// new assembly) and keeps the paragraph's formatting.
void restoreDirectFormatting(const std::vector<css::uno::Reference<css::text::XTextRange>> &starts,
                             const std::vector<Paragraph> &marked, const std::vector<bool> &rewrite,
                             const DirectFormatting &kept);

} // namespace pa::uno
