#include "Progress.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/util/CloseVetoException.hpp>
#include <com/sun/star/util/XCloseListener.hpp>
#include <cppuhelper/implbase1.hxx>

#include <algorithm>
#include <atomic>

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace pa::uno {

namespace {
constexpr auto kShowAfter = std::chrono::milliseconds(1000);
}

// Refuses to let the document close while a command works on it; remembers a close that gave
// it the ownership (close(true)), which the Progress then does.
class CloseVeto : public cppu::WeakImplHelper1<css::util::XCloseListener> {
  public:
    void SAL_CALL queryClosing(const css::lang::EventObject &, sal_Bool getsOwnership) override {
        if (getsOwnership)
            deferred_ = true;
        throw css::util::CloseVetoException("Proposal Assistant is still working on the document",
                                            static_cast<cppu::OWeakObject *>(this));
    }
    void SAL_CALL notifyClosing(const css::lang::EventObject &) override {}
    void SAL_CALL disposing(const css::lang::EventObject &) override {}
    bool deferred() const { return deferred_; }

  private:
    std::atomic<bool> deferred_{false};
};

Progress::Progress(const Reference<css::text::XTextDocument> &document, const rtl::OUString &text)
    : document_(document), text_(text) {}

Progress::~Progress() {
    try {
        if (indicator_.is())
            indicator_->end();
    } catch (...) {
    }
    if (!veto_.is())
        return;
    try {
        closeable_->removeCloseListener(veto_.get());
        if (veto_->deferred())
            closeable_->close(true); // the close asked for while the command ran
    } catch (...) {
        // Vetoed by someone else, who now owns the closing; or already gone.
    }
}

void Progress::at(std::size_t done, std::size_t total) {
    if (unavailable_ || total == 0)
        return;
    if (!indicator_.is()) {
        if (std::chrono::steady_clock::now() - start_ < kShowAfter)
            return;
        try {
            // From here on the office handles events during the command: no closing meanwhile.
            closeable_.set(document_, UNO_QUERY);
            if (closeable_.is()) {
                veto_ = new CloseVeto;
                closeable_->addCloseListener(veto_.get());
            }
            // Asked for only now: most commands end before it is needed.
            Reference<css::frame::XModel> model(document_, UNO_QUERY);
            Reference<css::frame::XController> controller =
                model.is() ? model->getCurrentController() : Reference<css::frame::XController>();
            Reference<css::task::XStatusIndicatorFactory> factory(
                controller.is() ? controller->getFrame() : Reference<css::frame::XFrame>(),
                UNO_QUERY);
            if (factory.is())
                indicator_ = factory->createStatusIndicator();
            if (!indicator_.is()) {
                unavailable_ = true;
                return;
            }
            indicator_->start(text_, 100);
        } catch (const css::uno::Exception &) {
            unavailable_ = true; // no bar to show: the command goes on without one
            indicator_.clear();
            return;
        }
    }
    const double fraction = from_ + (to_ - from_) * static_cast<double>(std::min(done, total)) /
                                        static_cast<double>(total);
    const int percent = static_cast<int>(fraction * 100);
    if (percent == percent_)
        return;
    percent_ = percent;
    try {
        indicator_->setValue(percent);
    } catch (const css::uno::Exception &) {
    }
}

} // namespace pa::uno
