// The contribution's settings (source symbol, document, addendum, assembly, language) and the
// rules the user silenced, kept in the document's own user-defined properties so that they
// travel with the file. The one place that names those properties.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <optional>
#include <set>
#include <string>

namespace pa::uno {

struct ContributionSettings {
    std::string source;                 // "ATU"
    std::string document;               // "35", or a placeholder such as "XX"
    std::string addendum;               // "3"; empty when the document has no addendum
    std::string assembly;               // "New Delhi, 2024"
    std::string language;               // "en"
    std::set<std::string> ignoredRules; // rule ids silenced for this document
};

// Reads what the document holds; fields it does not hold are empty.
ContributionSettings
readContributionSettings(const css::uno::Reference<css::frame::XModel> &document);

// Writes every field (adding the properties when missing). Marks the document modified, as
// any change of its properties does; callers do this only when the user asked.
void writeContributionSettings(const css::uno::Reference<css::frame::XModel> &document,
                               const ContributionSettings &settings);

} // namespace pa::uno
