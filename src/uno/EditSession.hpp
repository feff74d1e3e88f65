// What every editing command of ProposalEditor shares around its edit: refusals the user is
// told, the author named on tracked changes, one undo step per command, and change recording.
#pragma once

#include "office/EditGuards.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace pa::uno::edit {

// Throws IllegalArgumentException with the message: the command did nothing, and says why.
[[noreturn]] void refuse(const std::string &message);
// Refuses when a plan says why it cannot be carried out (a non-empty refusal).
inline void refuseIf(const std::string &refusal) {
    if (!refusal.empty())
        refuse(refusal);
}

// "Given Surname" from the office's user profile; "Proposal Assistant" when it has none.
std::string userName(const css::uno::Reference<css::uno::XComponentContext> &context);

// One undo step for the whole edit, views that do not redraw while it runs, and change
// recording off while the extension writes: built from the office guards. When the edit fails
// (no done()), what it did so far is undone and recording is restored, so the document is left
// as it was; after done() recording is restored too, unless keepRecording() chose otherwise.
class UndoStep {
  public:
    UndoStep(const css::uno::Reference<css::text::XTextDocument> &document,
             const rtl::OUString &title)
        : undo_(document, title, office::UndoContext::Rollback::UnlessDone), lock_(document),
          recording_(document, false) {}
    // Leaves "Record changes" set to on after the command (MOD, Mark Up: the author's edits
    // that follow are tracked).
    void keepRecording(bool on) {
        recording_.set(on);
        recording_.keep();
    }
    void done() { undo_.done(); }

  private:
    office::UndoContext undo_;
    office::ControllerLock lock_;
    office::ChangeRecording recording_;
};

} // namespace pa::uno::edit
