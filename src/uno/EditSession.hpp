// What every editing command of ProposalEditor shares around its edit: refusals the user is
// told, the author named on tracked changes, one undo step per command, and change recording.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XModel.hpp>
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

// One undo step for the whole edit; when the edit fails, what it did so far is undone, so
// the document is left as it was.
class UndoStep {
  public:
    UndoStep(const css::uno::Reference<css::text::XTextDocument> &document,
             const rtl::OUString &title);
    void done() { done_ = true; }
    ~UndoStep();
    UndoStep(const UndoStep &) = delete;
    UndoStep &operator=(const UndoStep &) = delete;

  private:
    rtl::OUString title_;
    css::uno::Reference<css::document::XUndoManager> manager_;
    css::uno::Reference<css::frame::XModel> model_;
    css::uno::Reference<css::beans::XPropertySet> properties_;
    bool recording_ = false;
    bool done_ = false;
};

void setRecording(const css::uno::Reference<css::text::XTextDocument> &document, bool on);
bool recording(const css::uno::Reference<css::text::XTextDocument> &document);

} // namespace pa::uno::edit
