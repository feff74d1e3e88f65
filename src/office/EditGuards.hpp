// Guards for changing a document (the extension's edits, the CLI's): one undo step for a whole
// edit, views that do not redraw while it runs, and change recording set for the edit and then
// restored. Each restores what it changed on every way out and never throws from its destructor.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <rtl/ustring.hxx>

namespace pa::office {

// Keeps the views from redrawing while paragraphs change; unlocked on every way out.
class ControllerLock {
  public:
    explicit ControllerLock(const css::uno::Reference<css::text::XTextDocument> &document)
        : model_(document, css::uno::UNO_QUERY) {
        if (model_.is())
            model_->lockControllers();
    }
    ~ControllerLock() {
        try {
            if (model_.is())
                model_->unlockControllers();
        } catch (...) {
        }
    }
    ControllerLock(const ControllerLock &) = delete;
    ControllerLock &operator=(const ControllerLock &) = delete;

  private:
    css::uno::Reference<css::frame::XModel> model_;
};

// One undo step for everything done while it lives; the context is left also on error. With
// Rollback::UnlessDone, an edit that ends without done() (an exception on the way) is undone as
// well, so that a failed command leaves the document as it was.
class UndoContext {
  public:
    enum class Rollback { Never, UnlessDone };
    UndoContext(const css::uno::Reference<css::text::XTextDocument> &document,
                const rtl::OUString &title, Rollback rollback = Rollback::Never)
        : title_(title), rollback_(rollback == Rollback::UnlessDone) {
        css::uno::Reference<css::document::XUndoManagerSupplier> supplier(document,
                                                                          css::uno::UNO_QUERY);
        if (supplier.is())
            manager_ = supplier->getUndoManager();
        if (manager_.is())
            manager_->enterUndoContext(title);
    }
    void done() { done_ = true; }
    ~UndoContext() {
        try {
            if (!manager_.is())
                return;
            manager_->leaveUndoContext();
            // Only our own step is undone: an empty context leaves no step behind.
            if (rollback_ && !done_ && manager_->isUndoPossible() &&
                manager_->getCurrentUndoActionTitle() == title_)
                manager_->undo();
        } catch (...) {
        }
    }
    UndoContext(const UndoContext &) = delete;
    UndoContext &operator=(const UndoContext &) = delete;

  private:
    css::uno::Reference<css::document::XUndoManager> manager_;
    rtl::OUString title_;
    bool rollback_ = false;
    bool done_ = false;
};

// Sets the document's "Record changes" for the lifetime of this object, then restores the
// user's setting: a fix decides itself whether its edit shows as a tracked change. set() changes
// it again while the edit runs; keep() leaves the last setting in place (Propose Modification
// leaves recording on for the author's own edits).
class ChangeRecording {
  public:
    ChangeRecording(const css::uno::Reference<css::text::XTextDocument> &document, bool record)
        : properties_(document, css::uno::UNO_QUERY) {
        if (!properties_.is())
            return;
        properties_->getPropertyValue("RecordChanges") >>= previous_;
        current_ = previous_;
        set(record);
    }
    void set(bool record) {
        if (properties_.is() && record != current_) {
            properties_->setPropertyValue("RecordChanges", css::uno::Any(record));
            current_ = record;
        }
    }
    bool previous() const { return previous_; }
    void keep() { keep_ = true; }
    ~ChangeRecording() {
        try {
            if (properties_.is() && !keep_ && current_ != previous_)
                properties_->setPropertyValue("RecordChanges", css::uno::Any(previous_));
        } catch (...) {
        }
    }
    ChangeRecording(const ChangeRecording &) = delete;
    ChangeRecording &operator=(const ChangeRecording &) = delete;

  private:
    css::uno::Reference<css::beans::XPropertySet> properties_;
    bool previous_ = false;
    bool current_ = false;
    bool keep_ = false;
};

} // namespace pa::office
