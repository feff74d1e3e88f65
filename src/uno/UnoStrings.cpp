// The C++ -> UNO exception funnel.
#include "UnoStrings.hpp"

#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <exception>

using rtl::OUString;

namespace pa::uno {

void rethrowAsUno(const char *where, const css::uno::Reference<css::uno::XInterface> &context) {
    try {
        throw;
    } catch (const css::uno::Exception &) {
        throw;
    } catch (const std::exception &e) {
        throw css::uno::RuntimeException(
            OUString::createFromAscii(where) + ": " + toOUString(e.what()), context);
    } catch (...) {
        throw css::uno::RuntimeException(
            OUString::createFromAscii(where) + ": unexpected internal error", context);
    }
}

} // namespace pa::uno
