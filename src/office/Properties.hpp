// Property values as the office's calls take them: one PropertyValue, a sequence of them from
// a list, reading one named value out of such a sequence (a configuration entry, a media
// descriptor), and the configuration node at a path.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <initializer_list>
#include <string>

namespace pa::office {

css::beans::PropertyValue property(const char *name, const css::uno::Any &value);

// {property("Hidden", Any(true)), ...} as the Sequence the office's calls take.
css::uno::Sequence<css::beans::PropertyValue>
properties(std::initializer_list<css::beans::PropertyValue> values);

// The string value named `name` in a sequence of PropertyValue (held in an Any, as the type
// detection's and the filter factory's entries are); "" when there is none.
std::string stringProperty(const css::uno::Sequence<css::beans::PropertyValue> &values,
                           const char *name);
std::string stringProperty(const css::uno::Any &entry, const char *name);

// The office's configuration at nodePath ("/org.openoffice.UserProfile/Data"): a
// ConfigurationAccess, or a ConfigurationUpdateAccess when `update`. Throws what the
// configuration provider throws (no such node: a css::uno::Exception).
css::uno::Reference<css::uno::XInterface>
configurationAccess(const css::uno::Reference<css::uno::XComponentContext> &context,
                    const rtl::OUString &nodePath, bool update = false);

} // namespace pa::office
