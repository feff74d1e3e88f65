#include "EditedReading.hpp"

#include "RenumberCommand.hpp"
#include "proposals/EditedLayout.hpp"
#include "proposals/RenumberPlan.hpp"

namespace pa::uno::edit {

ReadDocument afterEdits(const ReadDocument &read,
                        const std::vector<proposals::Replacement> &replacements,
                        const std::vector<WrittenBlock> &written,
                        std::vector<proposals::Written> &where) {
    proposals::EditedLayout layout = proposals::editedLayout(read.model, replacements);
    ReadDocument out;
    const std::size_t size = read.model.paragraphs.size();
    out.paragraphProperties.reserve(layout.placed.size());
    for (std::size_t i = 0; i < layout.placed.size(); ++i) {
        const proposals::Placed &p = layout.placed[i];
        if (!p.replacement) {
            if (const auto s = read.shifts.find(p.from); s != read.shifts.end())
                out.shifts.emplace(i, s->second);
            out.paragraphProperties.push_back(read.paragraphProperties[p.from]);
            out.stretch.push_back(read.stretch[p.from]);
            out.holdsObjects.push_back(read.holdsObjects[p.from]);
        } else {
            out.paragraphProperties.push_back(written[*p.replacement].paragraphs[p.from]);
            out.stretch.push_back(p.host < size ? read.stretch[p.host] : 0);
            out.holdsObjects.push_back(false);
        }
    }
    // A block written after a paragraph: that paragraph's object is the one the writing found.
    for (std::size_t k = 0; k < replacements.size(); ++k)
        if (written[k].before.is() && layout.before[k])
            out.paragraphProperties[*layout.before[k]] = written[k].before;
    out.model = std::move(layout.model);
    where.insert(where.end(), layout.written.begin(), layout.written.end());
    return out;
}

void styleWritten(StyleWriter &ituStyles, const ReadDocument &edited,
                  const Recognition &recognition, const std::vector<proposals::Written> &written) {
    proposals::WrittenSubset subset = proposals::writtenSubset(edited.model, recognition, written);
    ReadDocument read;
    read.model = std::move(subset.model);
    for (std::size_t i : subset.paragraphs)
        read.paragraphProperties.push_back(edited.paragraphProperties[i]);
    ituStyles.apply(read, subset.recognition);
}

std::size_t styleAndNumber(const css::uno::Reference<css::text::XTextDocument> &document,
                           const ReadDocument &read, const proposals::InsertionPoint &point,
                           const proposals::Block &block, const WrittenBlock &written,
                           StyleWriter &ituStyles, const proposals::EditSettings &settings) {
    std::vector<proposals::Written> where;
    const ReadDocument edited =
        afterEdits(read, {{point.index, point.afterParagraph ? 0u : 1u, &block}}, {written}, where);
    const Recognition recognition = recognize(edited.model);
    styleWritten(ituStyles, edited, recognition, where);
    return applyRenumber(document, edited,
                         proposals::numberProposals(edited.model, recognition.structure,
                                                    edited.holdsObjects, settings.prefix()));
}

} // namespace pa::uno::edit
