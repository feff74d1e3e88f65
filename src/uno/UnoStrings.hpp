// The UNO layer's string conversions (office/Strings, shared with the CLI) under their names in
// pa::uno, and the way every UNO entry point turns a C++ failure into a UNO exception instead of
// letting it reach the office.
#pragma once

#include "office/Strings.hpp"

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XInterface.hpp>

namespace pa::uno {

using office::appendUtf8;
using office::isoDateTime;
using office::toOUString;
using office::toUtf8;
using office::utcNow;

// Call inside a catch block: rethrows UNO exceptions as they are and turns anything else
// (std::exception, unknown) into a RuntimeException whose message names `where`.
[[noreturn]] void rethrowAsUno(const char *where,
                               const css::uno::Reference<css::uno::XInterface> &context);

} // namespace pa::uno
