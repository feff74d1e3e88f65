// What an editing command reads before it decides: its settings (the caller's JSON, the
// document's contribution settings), the base text from the chosen files, and the paragraph
// the view cursor is in. Refuses (EditSession) when an input is unusable.
#pragma once

#include "BaseLibrary.hpp"
#include "DocumentReader.hpp"
#include "proposals/MarkupJobs.hpp"
#include "proposals/Plan.hpp"
#include "recognition/Recognizer.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>
#include <vector>

namespace pa::uno::edit {

// The caller's JSON (an object of strings; may be empty) over the document's contribution
// settings, over what its proposal lines say (proposals::chooseSettings); the author, when
// not given, is the office's user.
proposals::EditSettings
editSettings(const css::uno::Reference<css::uno::XComponentContext> &context,
             const css::uno::Reference<css::text::XTextDocument> &document,
             const rtl::OUString &settingsJson, const Document &model,
             const Recognition &recognition);

std::vector<std::string> files(const css::uno::Sequence<rtl::OUString> &baseFiles);

// The base text, or a refusal that names every file that gave nothing.
const BaseText &loadBase(BaseLibrary &library, const css::uno::Sequence<rtl::OUString> &baseFiles);

// The base resolution of that number, or a refusal.
const BaseResolution &findBase(const BaseText &base, const std::string &number);

// The view cursor's position, as the start of a range in the main text.
css::uno::Reference<css::text::XTextRange>
viewCursor(const css::uno::Reference<css::text::XTextDocument> &document);

// The index of the main-text paragraph that holds the cursor; nullopt when the cursor is in a
// table, a frame, a header or footer.
std::optional<std::size_t>
cursorParagraph(const css::uno::Reference<css::text::XTextDocument> &document,
                const ReadDocument &read);

// What the reading says about rewriting its paragraphs (text stretches, anchored objects).
proposals::RewriteLimits rewriteLimits(const ReadDocument &read);

} // namespace pa::uno::edit
