// A sequence of paragraphs seen as Writer shows it after "accept all" or "reject all": a
// paragraph whose mark is gone in the view is joined to the next one.
#pragma once

#include "model/Document.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace pa::markup {

// One paragraph of the view and the marked paragraph that survives in it (whose style and
// role it keeps; a paragraph gone whole before it only lent it its place).
struct ViewParagraph {
    Paragraph paragraph; // plain runs, no tracked change; style of the surviving paragraph
    std::size_t source = 0;
};

// The paragraphs left in `view` (Original or Proposed; Marked returns them as they stand).
// A gone mark on the last paragraph joins it to whatever follows the sequence: it is kept
// as the last paragraph here, unless nothing of it is left in the view (then it only adds
// nothing to the paragraph that follows, and is dropped). The surviving style is that of the first
// joined paragraph that keeps text, or of the last one when none does (Writer keeps the following
// paragraph's attributes when a whole paragraph, mark included, goes away).
std::vector<ViewParagraph> paragraphsInView(const std::vector<Paragraph> &paragraphs, View view);

// Just the texts of paragraphsInView.
std::vector<std::string> textsInView(const std::vector<Paragraph> &paragraphs, View view);

} // namespace pa::markup
