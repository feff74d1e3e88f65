#include "styles/TargetStyles.hpp"

#include "styles/ItuStyles.hpp"
#include "text/Text.hpp"

#include <unordered_map>

namespace pa {

std::vector<std::optional<std::string>> targetStyles(const Document &document,
                                                     const Recognition &recognition) {
    // The label recognition read for each item decides the bullet level.
    std::unordered_map<std::size_t, const std::string *> labels;
    for (const Resolution &resolution : recognition.structure.resolutions)
        for (const Call &call : resolution.calls)
            for (const Item &item : call.items)
                labels.emplace(item.paragraph, &item.label);

    const std::size_t count = document.paragraphs.size();
    std::vector<std::optional<std::string>> targets(count);
    for (std::size_t i = 0; i < count && i < recognition.roles.size(); ++i) {
        const auto label = labels.find(i);
        const std::string listLabel(text::trim(document.paragraphs[i].listLabel));
        targets[i] = styleForRole(recognition.roles[i],
                                  label != labels.end() ? std::string_view(*label->second)
                                                        : std::string_view(listLabel));
    }
    // Backwards, so that a run of deleted paragraphs all take the style of the one that stays.
    for (std::size_t k = count; k-- > 0;) {
        if (!targets[k] || k + 1 >= count || !document.paragraphs[k].absentIn(View::Proposed))
            continue;
        targets[k] = targets[k + 1] ? targets[k + 1] : document.paragraphs[k + 1].style;
    }
    return targets;
}

} // namespace pa
