// UTF-8 <-> OUString, ISO 8601 dates, and the C++ -> UNO exception funnel.
#include "UnoStrings.hpp"

#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <cstdio>
#include <exception>

using rtl::OUString;

namespace pa::uno {

std::string toUtf8(const OUString &s) {
    const rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

OUString toOUString(std::string_view utf8) {
    return OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

std::string isoDateTime(const css::util::DateTime &dt) {
    if (dt.Year == 0)
        return {};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04u-%02u-%02uT%02u:%02u:%02u%s", unsigned(dt.Year),
                  unsigned(dt.Month), unsigned(dt.Day), unsigned(dt.Hours), unsigned(dt.Minutes),
                  unsigned(dt.Seconds), dt.IsUTC ? "Z" : "");
    return buf;
}

void rethrowAsUno(const char *where, const css::uno::Reference<css::uno::XInterface> &context) {
    try {
        throw;
    } catch (const css::uno::Exception &) {
        throw;
    } catch (const std::exception &e) {
        throw css::uno::RuntimeException(OUString::createFromAscii(where) + ": " +
                                             toOUString(e.what()),
                                         context);
    } catch (...) {
        throw css::uno::RuntimeException(OUString::createFromAscii(where) +
                                             ": unexpected internal error",
                                         context);
    }
}

} // namespace pa::uno
