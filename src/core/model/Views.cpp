// Accept-all and reject-all views of a paragraph sequence, paragraph marks included.
#include "model/Views.hpp"

namespace pa::markup {
namespace {

bool markGone(const Paragraph &p, View view) {
    if (!p.mark || view == View::Marked)
        return false;
    return p.mark->kind == (view == View::Proposed ? ChangeKind::Deletion : ChangeKind::Insertion);
}

} // namespace

std::vector<ViewParagraph> paragraphsInView(const std::vector<Paragraph> &paragraphs, View view) {
    std::vector<ViewParagraph> out;
    bool open = false;       // a joined paragraph is being collected
    bool styleFixed = false; // a joined part with text has given the style
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs[i];
        const std::string text = p.text(view);
        if (!open) {
            ViewParagraph v;
            v.source = i;
            v.paragraph.runs.push_back(Run{std::string(), std::nullopt});
            out.push_back(std::move(v));
            open = true;
            styleFixed = false;
        }
        Paragraph &target = out.back().paragraph;
        target.runs.front().text += text;
        if (!styleFixed) {
            out.back().source = i;
            target.style = p.style;
            target.styleDisplay = p.styleDisplay;
            target.listLabel = p.listLabel;
            target.inTable = p.inTable;
            styleFixed = !text.empty();
        }
        if (!markGone(p, view))
            open = false;
    }
    // Gone whole at the very end (text and mark): it joins the paragraph after the sequence
    // and adds nothing to it, as a proposal's deleted last item joins its Reasons.
    if (open && out.back().paragraph.runs.front().text.empty())
        out.pop_back();
    return out;
}

std::vector<std::string> textsInView(const std::vector<Paragraph> &paragraphs, View view) {
    std::vector<std::string> out;
    for (ViewParagraph &v : paragraphsInView(paragraphs, view))
        out.push_back(std::move(v.paragraph.runs.front().text));
    return out;
}

} // namespace pa::markup
