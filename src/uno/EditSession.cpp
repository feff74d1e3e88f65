#include "EditSession.hpp"

#include "UnoStrings.hpp"
#include "text/Text.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno::edit {

void refuse(const std::string &message) {
    throw css::lang::IllegalArgumentException(toOUString(message),
                                              Reference<css::uno::XInterface>(), 0);
}

std::string userName(const Reference<css::uno::XComponentContext> &context) {
    try {
        Reference<css::lang::XMultiServiceFactory> provider(
            context->getServiceManager()->createInstanceWithContext(
                "com.sun.star.configuration.ConfigurationProvider", context),
            UNO_QUERY_THROW);
        css::beans::PropertyValue path;
        path.Name = "nodepath";
        path.Value <<= OUString("/org.openoffice.UserProfile/Data");
        Sequence<Any> args(1);
        args[0] <<= path;
        Reference<css::container::XNameAccess> data(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  args),
            UNO_QUERY_THROW);
        OUString given, surname;
        data->getByName("givenname") >>= given;
        data->getByName("sn") >>= surname;
        const std::string name = text::normalize(toUtf8(given) + " " + toUtf8(surname));
        if (!name.empty())
            return name;
    } catch (const css::uno::Exception &) {
        // No user profile data: the changes carry the extension's name instead.
    }
    return "Proposal Assistant";
}

UndoStep::UndoStep(const Reference<css::text::XTextDocument> &document, const OUString &title)
    : title_(title) {
    Reference<css::document::XUndoManagerSupplier> supplier(document, UNO_QUERY);
    if (supplier.is())
        manager_ = supplier->getUndoManager();
    if (manager_.is())
        manager_->enterUndoContext(title);
    model_.set(document, UNO_QUERY);
    if (model_.is())
        model_->lockControllers();
    properties_.set(document, UNO_QUERY);
    if (properties_.is())
        properties_->getPropertyValue("RecordChanges") >>= recording_;
}

UndoStep::~UndoStep() {
    try {
        if (model_.is())
            model_->unlockControllers();
        if (!done_ && properties_.is())
            properties_->setPropertyValue("RecordChanges", Any(recording_));
        if (!manager_.is())
            return;
        manager_->leaveUndoContext();
        // Only our own step is undone: an empty context leaves no step behind.
        if (!done_ && manager_->isUndoPossible() && manager_->getCurrentUndoActionTitle() == title_)
            manager_->undo();
    } catch (...) {
    }
}

void setRecording(const Reference<css::text::XTextDocument> &document, bool on) {
    Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)
        ->setPropertyValue("RecordChanges", Any(on));
}

bool recording(const Reference<css::text::XTextDocument> &document) {
    bool on = false;
    Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)
        ->getPropertyValue("RecordChanges") >>= on;
    return on;
}

} // namespace pa::uno::edit
