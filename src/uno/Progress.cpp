#include "Progress.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>

#include <algorithm>

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace pa::uno {

namespace {
constexpr auto kShowAfter = std::chrono::milliseconds(1000);
}

Progress::Progress(const Reference<css::text::XTextDocument> &document, const rtl::OUString &text)
    : document_(document), text_(text) {}

Progress::~Progress() {
    try {
        if (indicator_.is())
            indicator_->end();
    } catch (...) {
    }
}

void Progress::at(std::size_t done, std::size_t total) {
    if (unavailable_ || total == 0)
        return;
    if (!indicator_.is()) {
        if (std::chrono::steady_clock::now() - start_ < kShowAfter)
            return;
        try {
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
