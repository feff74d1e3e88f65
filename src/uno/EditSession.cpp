#include "EditSession.hpp"

#include "UnoStrings.hpp"
#include "office/Properties.hpp"
#include "text/Text.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>

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
        const Reference<css::container::XNameAccess> data(
            office::configurationAccess(context, "/org.openoffice.UserProfile/Data"),
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

} // namespace pa::uno::edit
