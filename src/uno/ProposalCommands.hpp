// The Proposals menu's editing commands (MOD, ADD, SUP, NOC, Mark Up Against Base, Renumber,
// settings, base files): the dialogs around ProposalEditor, which does the writing.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <utility>

namespace pa::uno {

// True for the commands runProposalCommand runs (the path after "vnd.itu.proposalassistant:").
bool isProposalCommand(const rtl::OUString &path);

// Runs one command on the frame's document and tells the user; never throws. Dispatch
// arguments (for macros and tests, which cannot answer a dialog): "Number" (string) names the
// base resolution instead of the chooser; "BaseFiles" (sequence of strings) replaces the
// configured base files; "Settings" (JSON string) as XProposalEditor takes it. Returns whether
// it succeeded and its JSON result (or {"error": ...}).
std::pair<bool, rtl::OUString>
runProposalCommand(const css::uno::Reference<css::uno::XComponentContext> &context,
                   const css::uno::Reference<css::frame::XFrame> &frame, const rtl::OUString &path,
                   const css::uno::Sequence<css::beans::PropertyValue> &arguments);

// The searchable chooser of a base resolution (dialogs/ChooseResolution.xdl) over the
// resolutions listBaseResolutions gives; the number chosen ("11"), or "" when cancelled.
std::string chooseResolution(const css::uno::Reference<css::uno::XComponentContext> &context,
                             const nlohmann::json &resolutions, const std::string &title);

// The base resolution a command works on when none is named: the base files read (every
// problem with them said in the UI language), then the chooser. `refusal` is set when the
// base cannot be used; "" with an empty refusal means the user cancelled.
std::string chooseBaseResolution(const css::uno::Reference<css::uno::XComponentContext> &context,
                                 const css::uno::Sequence<rtl::OUString> &baseFiles,
                                 const std::string &title, std::string &refusal);

} // namespace pa::uno
