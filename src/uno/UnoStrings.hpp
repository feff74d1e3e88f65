// Conversions between UNO values and the core's UTF-8 strings, and the way every UNO entry
// point turns a C++ failure into a UNO exception instead of letting it reach the office.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XInterface.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <rtl/ustring.hxx>

#include <string>
#include <string_view>

namespace pa::uno {

std::string toUtf8(const rtl::OUString &s);
rtl::OUString toOUString(std::string_view utf8);
// Appends s as UTF-8 without a temporary string (the reader's hot path); a lone surrogate
// becomes U+FFFD.
void appendUtf8(std::string &out, const rtl::OUString &s);

// "2024-05-17T10:42:00Z" (seconds precision, "Z" only when the office says UTC); "" for an
// unset date (year 0).
std::string isoDateTime(const css::util::DateTime &dt);

// Call inside a catch block: rethrows UNO exceptions as they are and turns anything else
// (std::exception, unknown) into a RuntimeException whose message names `where`.
[[noreturn]] void rethrowAsUno(const char *where,
                               const css::uno::Reference<css::uno::XInterface> &context);

} // namespace pa::uno
