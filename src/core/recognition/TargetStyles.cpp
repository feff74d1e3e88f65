#include "recognition/TargetStyles.hpp"

#include "styles/ItuStyles.hpp"
#include "text/Text.hpp"

#include <cctype>
#include <unordered_map>

namespace pa {

std::vector<std::optional<std::string>> targetStyles(const Document &document,
                                                     const Recognition &recognition) {
    // The level recognition gave each item decides its enumlev: a sub-item is in enumlev1, one
    // below it in enumlev2 (whatever its label); the label decides where no level is known.
    std::unordered_map<std::size_t, const Item *> items;
    std::unordered_map<std::size_t, bool> sectionParts; // paragraph -> it is a clause's own line
    for (const Resolution &resolution : recognition.structure.resolutions) {
        for (const Call &call : resolution.calls)
            for (const Item &item : call.items)
                items.emplace(item.paragraph, &item);
        for (const Clause &clause : resolution.clauses) {
            sectionParts.emplace(clause.paragraph, true);
            for (const Item &item : clause.items)
                sectionParts.emplace(item.paragraph, false);
            for (std::size_t b : clause.body)
                sectionParts.emplace(b, false);
        }
    }
    const auto keeps = [](const Paragraph &p) {
        for (std::string_view style :
             {std::string_view(p.style), std::string_view(p.styleDisplay)}) {
            std::string key;
            for (char c : style)
                if (c != ' ' && c != '_' && c != '-')
                    key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (text::startsWith(key, "heading") || key == "enumlev1" || key == "enumlev2" ||
                key == "enumlev3")
                return true;
        }
        return false;
    };

    const std::size_t count = document.paragraphs.size();
    std::vector<std::optional<std::string>> targets(count);
    for (std::size_t i = 0; i < count && i < recognition.roles.size(); ++i) {
        const Paragraph &p = document.paragraphs[i];
        // Sections and clauses are body text; their headings and indents are the author's.
        if (sectionParts.count(i) && keeps(p))
            continue;
        const auto item = items.find(i);
        if (item != items.end() && item->second->level > 0 &&
            recognition.roles[i] == Role::BulletItem) {
            const bool own = styleMatches(p.style, "enumlev1") ||
                             styleMatches(p.style, "enumlev2") ||
                             styleMatches(p.styleDisplay, "enumlev1") ||
                             styleMatches(p.styleDisplay, "enumlev2");
            targets[i] =
                own ? (styleMatches(p.style, "enumlev2") || styleMatches(p.styleDisplay, "enumlev2")
                           ? std::string("enumlev2")
                           : std::string("enumlev1"))
                    : std::string(item->second->level > 1 ? "enumlev2" : "enumlev1");
            continue;
        }
        const std::string listLabel(text::trim(p.listLabel));
        targets[i] = styleForRole(recognition.roles[i], item != items.end()
                                                            ? std::string_view(item->second->label)
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
