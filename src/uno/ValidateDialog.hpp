// Proposals > Validate in Writer: the non-modal dialog (dialogs/Validate.xdl) that lists the
// findings grouped by proposal, selects a finding's words, and offers Fix and Ignore rule.
#pragma once

#include "i18n/Messages.hpp"

#include "ProposalChecker.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pa::uno {

// Where the menu's base files came from, for the user to know what was checked against.
enum class BaseSource {
    Configured, // chosen with Proposals > Choose Base Files (the extension's settings)
    Shipped,    // none chosen: the sample base in the extension's bases/ folder
    None,       // neither: the base rules are skipped
};

struct BaseChoice {
    std::vector<std::string> files; // file URLs
    BaseSource source = BaseSource::None;
};

// The base files for Validate from the menu, as every Proposals command takes them
// (proposalBaseFiles): the chosen files, else the sample shipped in the extension.
BaseChoice baseFilesForMenu(const css::uno::Reference<css::uno::XComponentContext> &context);

// "No problems found in 3 proposals." or "2 errors, 1 warning, 0 info in 1 proposal.", in the
// messages' language.
std::string findingsCount(const Messages &messages, const CheckRun &run);

// What was checked against: the base files (paths as the user knows them; the sample by name),
// the assembly, how many proposals were compared with the base, the base files that could not
// be read; or, without a base, the rules not checked.
std::string checkedAgainst(const Messages &messages, const CheckRun &run, const BaseChoice &bases);

// findingsCount, then checkedAgainst and which rules the document ignores.
std::string validationSummary(const Messages &messages, const CheckRun &run,
                              const BaseChoice &bases);

// A finding as a line of a list ("error: message [rule]") and a note under it, in the UI
// language.
std::string findingEntry(const Messages &messages, const Diagnostic &diagnostic);
std::string noteEntry(const Messages &messages, const Note &note);

// A chosen finding in full, in the UI language: severity, rule, message, what its fix does,
// and its notes.
std::string findingDetail(const Messages &messages, const Diagnostic &diagnostic);

// Validates the frame's document and shows the dialog without waiting for it (it stays open
// beside the document until closed, or until the document's window goes). Returns the check
// report (XProposalChecker.check) with "summary": the dialog's first text.
nlohmann::json openValidateDialog(const css::uno::Reference<css::uno::XComponentContext> &context,
                                  const css::uno::Reference<css::frame::XFrame> &frame,
                                  const css::uno::Reference<css::text::XTextDocument> &document);

} // namespace pa::uno
