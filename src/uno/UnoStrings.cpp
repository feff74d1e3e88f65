// UTF-8 <-> OUString, ISO 8601 dates, and the C++ -> UNO exception funnel.
#include "UnoStrings.hpp"

#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <cstdint>
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

void appendUtf8(std::string &out, const OUString &s) {
    const sal_Unicode *p = s.getStr();
    const sal_Int32 n = s.getLength();
    out.reserve(out.size() + static_cast<std::size_t>(n));
    for (sal_Int32 i = 0; i < n; ++i) {
        std::uint32_t c = p[i];
        if (c < 0x80) {
            out += static_cast<char>(c);
            continue;
        }
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && p[i + 1] >= 0xDC00 && p[i + 1] <= 0xDFFF)
            c = 0x10000 + ((c - 0xD800) << 10) + (p[++i] - 0xDC00);
        else if (c >= 0xD800 && c <= 0xDFFF)
            c = 0xFFFD;
        if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        }
        if (c >= 0x80)
            out += static_cast<char>(0x80 | (c & 0x3F));
    }
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
        throw css::uno::RuntimeException(
            OUString::createFromAscii(where) + ": " + toOUString(e.what()), context);
    } catch (...) {
        throw css::uno::RuntimeException(
            OUString::createFromAscii(where) + ": unexpected internal error", context);
    }
}

} // namespace pa::uno
