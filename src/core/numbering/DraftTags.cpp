#include "numbering/DraftTags.hpp"

#include "text/Text.hpp"

#include <algorithm>
#include <map>

namespace pa {

std::vector<std::pair<std::string, std::string>> draftTagChanges(const Structure &structure) {
    std::map<std::string, int> perSource;
    std::vector<std::pair<std::string, std::string>> changes;
    for (const Resolution &r : structure.resolutions) {
        if (!r.draftNew || r.draftTag.empty())
            continue;
        const std::size_t dash = r.draftTag.rfind('-');
        const std::string source =
            dash == std::string::npos ? r.draftTag : r.draftTag.substr(0, dash);
        const std::string wanted = source + "-" + std::to_string(++perSource[source]);
        if (wanted != r.draftTag)
            changes.emplace_back(r.draftTag, wanted);
    }
    return changes;
}

std::vector<TextEdit> draftTagEdits(const Document &document,
                                    const std::vector<std::pair<std::string, std::string>> &changes,
                                    const std::vector<std::size_t> &skipped) {
    std::vector<TextEdit> edits;
    if (changes.empty())
        return edits;
    std::map<std::string, std::string> byOld; // "[ATU-3]" -> "[ATU-1]"
    for (const auto &[from, to] : changes)
        byOld.emplace("[" + from + "]", "[" + to + "]");
    for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
        if (std::find(skipped.begin(), skipped.end(), i) != skipped.end())
            continue;
        const std::string text = document.paragraphs[i].text(View::Marked);
        // Tags hold no '[' inside: each '[' starts at most one candidate, left to right.
        for (std::size_t at = text.find('['); at != std::string::npos;
             at = text.find('[', at + 1)) {
            const std::size_t close = text.find(']', at);
            if (close == std::string::npos)
                break;
            const auto found = byOld.find(text.substr(at, close + 1 - at));
            if (found == byOld.end())
                continue;
            const std::string_view view(text);
            edits.push_back(TextEdit{i, text::utf16Length(view.substr(0, at)),
                                     text::utf16Length(view.substr(0, close + 1)), found->second,
                                     false});
            at = close;
        }
    }
    return edits;
}

} // namespace pa
