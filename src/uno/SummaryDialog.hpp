// What the user sees after Recognize Structure: a message box, or the summary dialog
// (dialogs/Summary.xdl) listing the paragraphs recognition could not place, each one a jump.
#pragma once

#include "ProposalEngine.hpp"
#include "i18n/Messages.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pa::uno {

enum class MessageKind { Information, Error };

// A modal message box over the frame's window (returns at once in a headless office).
void showMessage(const css::uno::Reference<css::uno::XComponentContext> &context,
                 const css::uno::Reference<css::frame::XFrame> &frame, MessageKind kind,
                 const rtl::OUString &message, const rtl::OUString &title);

// The plain-language summary of a styling run, in the messages' language: counts found,
// paragraphs restyled.
rtl::OUString summaryText(const Messages &messages, const StylingRun &run);

// The summary dialog with the unplaced paragraphs; selecting one selects that paragraph in
// the frame's document. Falls back to a message box when the dialog cannot be loaded.
void showSummary(const css::uno::Reference<css::uno::XComponentContext> &context,
                 const css::uno::Reference<css::frame::XFrame> &frame, const StylingRun &run);

} // namespace pa::uno
