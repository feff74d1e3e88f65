// The extension's messages in the office's UI language: the table of extension/messages in the
// installed package, for the language the office shows its menus in (the configuration's
// locale, which is how Addons.xcu's xml:lang titles are chosen too), English as fallback.
#pragma once

#include "i18n/Messages.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace pa::uno {

// "fr", "zh-CN", "en-US": the office's UI language as a BCP 47 tag ("en-US" when unknown).
std::string uiLanguage(const css::uno::Reference<css::uno::XComponentContext> &context);

// Read once per office run (the UI language changes only with a restart).
const Messages &uiMessages(const css::uno::Reference<css::uno::XComponentContext> &context);

rtl::OUString uiText(const css::uno::Reference<css::uno::XComponentContext> &context,
                     std::string_view key, const Messages::Fields &fields = {});

} // namespace pa::uno
