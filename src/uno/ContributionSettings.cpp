#include "ContributionSettings.hpp"

#include "UnoStrings.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

#include <sstream>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace pa::uno {
namespace {

// Property names as they appear in File > Properties > Custom Properties.
constexpr const char *kSource = "Proposal Source";
constexpr const char *kDocument = "Proposal Document";
constexpr const char *kAddendum = "Proposal Addendum";
constexpr const char *kAssembly = "Proposal Assembly";
constexpr const char *kLanguage = "Proposal Language";
constexpr const char *kIgnoredRules = "Proposal Ignored Rules"; // comma-separated rule ids

Reference<css::beans::XPropertySet> userProperties(const Reference<css::frame::XModel> &document) {
    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY);
    if (!supplier.is())
        return {};
    Reference<css::document::XDocumentProperties> props = supplier->getDocumentProperties();
    if (!props.is())
        return {};
    return Reference<css::beans::XPropertySet>(props->getUserDefinedProperties(), UNO_QUERY);
}

std::string get(const Reference<css::beans::XPropertySet> &set, const char *name) {
    const OUString key = OUString::createFromAscii(name);
    if (!set.is() || !set->getPropertySetInfo()->hasPropertyByName(key))
        return {};
    OUString value;
    set->getPropertyValue(key) >>= value;
    return toUtf8(value);
}

// An empty value is no property at all: File > Properties > Custom Properties lists only what
// the contribution has (an existing one emptied is removed).
void put(const Reference<css::beans::XPropertySet> &set, const char *name,
         const std::string &value) {
    const OUString key = OUString::createFromAscii(name);
    const css::uno::Any any(toOUString(value));
    if (value.empty()) {
        Reference<css::beans::XPropertyContainer> container(set, UNO_QUERY);
        if (container.is() && set->getPropertySetInfo()->hasPropertyByName(key))
            container->removeProperty(key);
        return;
    }
    if (set->getPropertySetInfo()->hasPropertyByName(key)) {
        set->setPropertyValue(key, any);
        return;
    }
    Reference<css::beans::XPropertyContainer> container(set, UNO_QUERY);
    if (container.is())
        container->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, any);
}

} // namespace

ContributionSettings readContributionSettings(const Reference<css::frame::XModel> &document) {
    ContributionSettings s;
    const auto set = userProperties(document);
    s.source = get(set, kSource);
    s.document = get(set, kDocument);
    s.addendum = get(set, kAddendum);
    s.assembly = get(set, kAssembly);
    s.language = get(set, kLanguage);
    std::istringstream rules(get(set, kIgnoredRules));
    for (std::string rule; std::getline(rules, rule, ',');)
        if (!rule.empty())
            s.ignoredRules.insert(rule);
    return s;
}

void writeContributionSettings(const Reference<css::frame::XModel> &document,
                               const ContributionSettings &s) {
    const auto set = userProperties(document);
    if (!set.is())
        return;
    put(set, kSource, s.source);
    put(set, kDocument, s.document);
    put(set, kAddendum, s.addendum);
    put(set, kAssembly, s.assembly);
    put(set, kLanguage, s.language);
    std::string rules;
    for (const std::string &r : s.ignoredRules)
        rules += (rules.empty() ? "" : ",") + r;
    put(set, kIgnoredRules, rules);
}

} // namespace pa::uno
