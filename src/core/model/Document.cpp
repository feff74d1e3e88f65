#include "model/Document.hpp"

namespace pa {

std::string Paragraph::text(View view) const {
    std::string out;
    for (const Run &run : runs) {
        if (view == View::Original && run.inserted())
            continue;
        if (view == View::Proposed && run.deleted())
            continue;
        out += run.text;
    }
    return out;
}

bool Paragraph::hasTrackedChanges() const {
    if (mark)
        return true;
    for (const Run &run : runs)
        if (run.change)
            return true;
    return false;
}

bool Paragraph::absentIn(View view) const {
    if (view == View::Marked)
        return false;
    const ChangeKind gone = view == View::Proposed ? ChangeKind::Deletion : ChangeKind::Insertion;
    if (!mark || mark->kind != gone)
        return false;
    for (const Run &run : runs)
        if (!run.text.empty() && (!run.change || run.change->kind != gone))
            return false;
    return true;
}

bool Document::hasTrackedChanges() const {
    for (const Paragraph &p : paragraphs)
        if (p.hasTrackedChanges())
            return true;
    return false;
}

Paragraph plainParagraph(std::string text, std::string style) {
    Paragraph p;
    p.style = std::move(style);
    p.runs.push_back(Run{std::move(text), std::nullopt});
    return p;
}

} // namespace pa
