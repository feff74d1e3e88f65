#include "UiMessages.hpp"

#include "ExtensionPackage.hpp"
#include "UnoStrings.hpp"
#include "office/Properties.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XLocalizable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <osl/file.hxx>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno {
namespace {

std::string tagOf(const css::lang::Locale &locale) {
    if (locale.Language == "qlt") // a tag Language/Country cannot hold is in Variant
        return toUtf8(locale.Variant);
    std::string tag = toUtf8(locale.Language);
    if (!locale.Country.isEmpty())
        tag += "-" + toUtf8(locale.Country);
    return tag;
}

// /org.openoffice.Setup/L10N/ooLocale: what the office chose at start, when the provider
// does not say.
std::string configuredLocale(const Reference<css::uno::XComponentContext> &context) {
    Reference<css::container::XNameAccess> access(
        office::configurationAccess(context, "/org.openoffice.Setup/L10N"), UNO_QUERY_THROW);
    OUString locale;
    access->getByName("ooLocale") >>= locale;
    return toUtf8(locale);
}

} // namespace

std::string uiLanguage(const Reference<css::uno::XComponentContext> &context) {
    try {
        Reference<css::lang::XLocalizable> localizable(
            css::configuration::theDefaultProvider::get(context), UNO_QUERY);
        if (localizable.is()) {
            const std::string tag = tagOf(localizable->getLocale());
            if (!tag.empty() && tag != "*")
                return tag;
        }
        const std::string configured = configuredLocale(context);
        if (!configured.empty())
            return configured;
    } catch (const css::uno::Exception &) {
        // Without a configuration the extension speaks English.
    }
    return "en-US";
}

const Messages &uiMessages(const Reference<css::uno::XComponentContext> &context) {
    // Loaded once and never assigned again: callers on other threads (a command dispatched on
    // a UNO thread while the deck checks on the main one) keep references into it.
    static const Messages messages = [&context] {
        OUString folder;
        try {
            const OUString location = extensionLocation(context);
            if (!location.isEmpty())
                osl::FileBase::getSystemPathFromFileURL(location + "/messages", folder);
        } catch (const css::uno::Exception &) {
        }
        // Not installed (a test's bare component): keys stand for themselves, visibly.
        return Messages::load(toUtf8(folder), uiLanguage(context));
    }();
    return messages;
}

OUString uiText(const Reference<css::uno::XComponentContext> &context, std::string_view key,
                const Messages::Fields &fields) {
    return toOUString(uiMessages(context).text(key, fields));
}

} // namespace pa::uno
