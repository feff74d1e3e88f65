// Propose Modification, Suppression, No Change (MOD, SUP, NOC of a base resolution) and
// Propose New Resolution (ADD): the block proposals::Skeleton plans, written at the
// proposals::InsertionPoint of the cursor, styled and numbered, one undo step each.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <nlohmann/json.hpp>

#include <string>

namespace pa::uno::edit {

// symbol: "MOD", "SUP" or "NOC"; title: the undo step's.
nlohmann::json propose(const css::uno::Reference<css::uno::XComponentContext> &context,
                       const css::uno::Reference<css::text::XTextDocument> &document,
                       const std::string &symbol, const rtl::OUString &number,
                       const css::uno::Sequence<rtl::OUString> &baseFiles,
                       const rtl::OUString &settingsJson, const rtl::OUString &title);

nlohmann::json proposeNew(const css::uno::Reference<css::uno::XComponentContext> &context,
                          const css::uno::Reference<css::text::XTextDocument> &document,
                          const rtl::OUString &settingsJson);

} // namespace pa::uno::edit
