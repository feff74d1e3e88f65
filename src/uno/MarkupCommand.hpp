// Mark Up Against Base, for the whole document or the resolution at the cursor: the
// resolutions proposals::markupJobs chooses rewritten as tracked changes against their base
// (the author's direct formatting kept), styled and numbered, one undo step.
#pragma once

#include "proposals/MarkupJobs.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <nlohmann/json.hpp>

namespace pa::uno::edit {

nlohmann::json markUpResolutions(const css::uno::Reference<css::uno::XComponentContext> &context,
                                 const css::uno::Reference<css::text::XTextDocument> &document,
                                 const css::uno::Sequence<rtl::OUString> &baseFiles,
                                 const rtl::OUString &settingsJson, proposals::Scope scope);

} // namespace pa::uno::edit
