#include "proposals/Settings.hpp"

#include <optional>

namespace pa::proposals {

EditSettings chooseSettings(const settings::RequestSettings &given, const StoredSettings &stored,
                            const ContributionNumbers &fromDocument,
                            const std::string &documentLanguage) {
    auto pick = [](const std::optional<std::string> &fromCaller, const std::string &stored,
                   const std::string &fromText) {
        if (fromCaller)
            return *fromCaller;
        return !stored.empty() ? stored : fromText;
    };
    EditSettings s;
    s.source = pick(given.source, stored.source, fromDocument.source);
    s.document = pick(given.document, stored.document, fromDocument.document);
    s.addendum = pick(given.addendum, stored.addendum, fromDocument.addendum);
    s.assembly = pick(given.assembly, stored.assembly, "");
    // Without a language setting, the document's own words tell it (English when none do).
    s.language = pick(given.language, stored.language, documentLanguage);
    s.author = given.author.value_or("");
    s.number = given.number.value_or("");
    if (s.source.empty())
        s.source = "XX"; // the placeholder a draft carries until the delegation is named
    if (s.document.empty())
        s.document = "XX";
    return s;
}

} // namespace pa::proposals
