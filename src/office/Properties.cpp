#include "office/Properties.hpp"

#include "office/Strings.hpp"

#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

using css::beans::PropertyValue;
using css::uno::Sequence;

namespace pa::office {

PropertyValue property(const char *name, const css::uno::Any &value) {
    PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

Sequence<PropertyValue> properties(std::initializer_list<PropertyValue> values) {
    Sequence<PropertyValue> out(static_cast<sal_Int32>(values.size()));
    sal_Int32 i = 0;
    for (const PropertyValue &v : values)
        out[i++] = v;
    return out;
}

std::string stringProperty(const Sequence<PropertyValue> &values, const char *name) {
    for (const PropertyValue &p : values)
        if (p.Name.equalsAscii(name)) {
            rtl::OUString s;
            p.Value >>= s;
            return toUtf8(s);
        }
    return {};
}

std::string stringProperty(const css::uno::Any &entry, const char *name) {
    Sequence<PropertyValue> values;
    entry >>= values;
    return stringProperty(values, name);
}

css::uno::Reference<css::uno::XInterface>
configurationAccess(const css::uno::Reference<css::uno::XComponentContext> &context,
                    const rtl::OUString &nodePath, bool update) {
    const css::uno::Reference<css::lang::XMultiServiceFactory> provider =
        css::configuration::theDefaultProvider::get(context);
    Sequence<css::uno::Any> arguments(1);
    arguments[0] <<= property("nodepath", css::uno::Any(nodePath));
    return provider->createInstanceWithArguments(
        update ? rtl::OUString("com.sun.star.configuration.ConfigurationUpdateAccess")
               : rtl::OUString("com.sun.star.configuration.ConfigurationAccess"),
        arguments);
}

} // namespace pa::office
