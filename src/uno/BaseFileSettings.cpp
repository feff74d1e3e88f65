#include "BaseFileSettings.hpp"

#include "ExtensionPackage.hpp"
#include "UiMessages.hpp"
#include "UnoStrings.hpp"
#include "office/Properties.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno {
namespace {

constexpr const char *kSettingsPath = "/org.itu.proposalassistant.Settings";
constexpr const char *kSampleBase = "/bases/res11-hammamet-2016.docx";

Reference<css::uno::XInterface>
settingsAccess(const Reference<css::uno::XComponentContext> &context, bool update) {
    return office::configurationAccess(context, OUString::createFromAscii(kSettingsPath), update);
}

} // namespace

Sequence<OUString> configuredBaseFiles(const Reference<css::uno::XComponentContext> &context) {
    Sequence<OUString> stored;
    try {
        Reference<css::container::XNameAccess> settings(settingsAccess(context, false),
                                                        UNO_QUERY_THROW);
        settings->getByName("BaseFiles") >>= stored;
    } catch (const css::uno::Exception &) {
        // No settings yet (an older install): nothing chosen.
    }
    return stored;
}

void storeBaseFiles(const Reference<css::uno::XComponentContext> &context,
                    const Sequence<OUString> &files) {
    Reference<css::uno::XInterface> access = settingsAccess(context, true);
    Reference<css::container::XNameReplace>(access, UNO_QUERY_THROW)
        ->replaceByName("BaseFiles", Any(files));
    Reference<css::util::XChangesBatch>(access, UNO_QUERY_THROW)->commitChanges();
}

Sequence<OUString> pickBaseFiles(const Reference<css::uno::XComponentContext> &context) {
    Sequence<Any> mode(1);
    mode[0] <<= css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE;
    Reference<css::ui::dialogs::XFilePicker3> picker(
        context->getServiceManager()->createInstanceWithArgumentsAndContext(
            "com.sun.star.ui.dialogs.FilePicker", mode, context),
        UNO_QUERY_THROW);
    const Messages &messages = uiMessages(context);
    picker->setTitle(toOUString(messages.text("base.pickerTitle")));
    picker->setMultiSelectionMode(true);
    picker->appendFilter(toOUString(messages.text("base.pickerFilter")), "*.docx;*.odt;*.doc");
    Sequence<OUString> chosen;
    if (picker->execute() == 1)
        chosen = picker->getSelectedFiles();
    Reference<css::lang::XComponent> disposable(picker, UNO_QUERY);
    if (disposable.is())
        disposable->dispose();
    return chosen;
}

std::vector<std::string> proposalBaseFiles(const Reference<css::uno::XComponentContext> &context,
                                           bool *isSample) {
    std::vector<std::string> files;
    for (const OUString &f : configuredBaseFiles(context))
        if (!f.isEmpty())
            files.push_back(toUtf8(f));
    if (isSample)
        *isSample = files.empty();
    if (files.empty()) {
        const OUString location = extensionLocation(context);
        if (!location.isEmpty())
            files.push_back(toUtf8(location) + kSampleBase);
    }
    return files;
}

} // namespace pa::uno
