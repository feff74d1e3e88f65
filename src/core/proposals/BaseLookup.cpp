#include "proposals/BaseLookup.hpp"

#include "revision/RevisionLines.hpp"
#include "text/Text.hpp"

#include <optional>

namespace pa::proposals {

BaseLookup lookupBase(const BaseText &base, const std::string &number) {
    const std::string wanted = text::normalize(number);
    if (const BaseResolution *found = base.find(wanted))
        return {found, {}};
    return {nullptr, "Resolution " + wanted + " is not in the base text (it holds " +
                         std::to_string(base.resolutions().size()) + " resolution" +
                         (base.resolutions().size() == 1 ? "" : "s") + ")."};
}

const BaseResolution *baseByHistoryOrTitle(const BaseText &base, const Document &document,
                                           const Resolution &res) {
    auto textOf = [&](std::optional<std::size_t> i) {
        return i ? document.paragraphs[*i].text(View::Proposed) : std::string();
    };
    const std::optional<revision::HistoryLine> history =
        revision::parseHistoryLine(textOf(res.history));
    const BaseResolution *byTitle = nullptr;
    const std::string title = text::fold(textOf(res.title));
    for (const auto &[number, candidate] : base.resolutions()) {
        if (!title.empty() && text::fold(candidate.title) == title)
            byTitle = &candidate;
        if (!history)
            continue;
        for (std::size_t i = 0; i < candidate.paragraphs.size(); ++i) {
            if (candidate.roles[i] != Role::ResolutionHistory)
                continue;
            const std::optional<revision::HistoryLine> own =
                revision::parseHistoryLine(candidate.paragraphs[i].text(View::Original));
            if (!own || own->assemblies.empty() ||
                own->assemblies.size() > history->assemblies.size())
                continue;
            bool continues = true;
            for (std::size_t k = 0; k < own->assemblies.size() && continues; ++k)
                continues = revision::sameAssembly(own->assemblies[k], history->assemblies[k]);
            if (continues)
                return &candidate;
        }
    }
    return byTitle;
}

} // namespace pa::proposals
