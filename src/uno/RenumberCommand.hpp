// Renumber Proposals, and the numbering every other edit ends with: a proposals::RenumberPlan
// applied to the document (the lines rewritten, then the mention and tag edits at once).
#pragma once

#include "DocumentReader.hpp"
#include "proposals/RenumberPlan.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <nlohmann/json.hpp>

namespace pa::uno::edit {

// Applies a plan made from `read` (the reading as it stands). Returns the number of proposals.
std::size_t applyRenumber(const css::uno::Reference<css::text::XTextDocument> &document,
                          const ReadDocument &read, const proposals::RenumberPlan &plan);

// Renumber Proposals, one undo step: every proposal line takes the document's SOURCE/DOC/A and
// its place, draft tags follow their order, with every mention.
nlohmann::json renumber(const css::uno::Reference<css::uno::XComponentContext> &context,
                        const css::uno::Reference<css::text::XTextDocument> &document,
                        const rtl::OUString &settingsJson);

} // namespace pa::uno::edit
