// Where the installed extension keeps its own files (dialogs, the sample base): the one place
// that names the extension's identifier in C++.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace pa::uno {

inline constexpr const char *kExtensionIdentifier = "org.itu.proposalassistant";

// The installed package's folder URL; empty when the extension is not installed.
rtl::OUString extensionLocation(const css::uno::Reference<css::uno::XComponentContext> &context);

} // namespace pa::uno
