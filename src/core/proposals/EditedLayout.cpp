#include "proposals/EditedLayout.hpp"

#include <unordered_map>

namespace pa::proposals {

EditedLayout editedLayout(const Document &read, const std::vector<Replacement> &replacements) {
    EditedLayout out;
    const std::size_t size = read.paragraphs.size();
    std::size_t next = 0;
    const auto keepUpTo = [&](std::size_t end) {
        for (; next < end && next < size; ++next) {
            out.model.paragraphs.push_back(read.paragraphs[next]);
            out.placed.push_back({std::nullopt, next, 0});
        }
    };
    out.model.paragraphs.reserve(size);
    for (std::size_t k = 0; k < replacements.size(); ++k) {
        const Replacement &r = replacements[k];
        keepUpTo(r.first);
        out.before.push_back(out.model.paragraphs.empty()
                                 ? std::nullopt
                                 : std::optional<std::size_t>(out.model.paragraphs.size() - 1));
        // The block lies in the text of what it replaced, or of the paragraph it follows.
        const std::size_t host = r.count > 0 ? r.first : r.first - 1;
        out.written.push_back({out.model.paragraphs.size(), r.block->paragraphs.size()});
        for (std::size_t i = 0; i < r.block->paragraphs.size(); ++i) {
            Paragraph p = r.block->paragraphs[i];
            p.inTable = host < size && read.paragraphs[host].inTable;
            out.model.paragraphs.push_back(std::move(p));
            out.placed.push_back({k, i, host});
        }
        next = r.first + r.count;
    }
    keepUpTo(size);
    return out;
}

WrittenSubset writtenSubset(const Document &edited, const Recognition &recognition,
                            const std::vector<Written> &written) {
    std::unordered_map<std::size_t, const Item *> items;
    for (const Resolution &r : recognition.structure.resolutions)
        for (const Call &call : r.calls)
            for (const Item &item : call.items)
                items.emplace(item.paragraph, &item);
    WrittenSubset out;
    Resolution labels;
    for (const Written &w : written)
        for (std::size_t i = w.first; i < w.first + w.count && i < edited.paragraphs.size(); ++i) {
            if (const auto item = items.find(i); item != items.end()) {
                Call one;
                Item moved = *item->second;
                moved.paragraph = out.model.paragraphs.size();
                one.items.push_back(moved);
                labels.calls.push_back(one);
            }
            out.paragraphs.push_back(i);
            out.model.paragraphs.push_back(edited.paragraphs[i]);
            out.recognition.roles.push_back(recognition.roles[i]);
        }
    out.recognition.structure.resolutions.push_back(labels);
    return out;
}

} // namespace pa::proposals
