// Progress of a long command in Writer's status bar (the frame's status indicator), shown only
// once the command has run for about a second: short commands do not flicker the bar.
// While the bar is shown the office handles events (the indicator reschedules), so the document
// could be closed under the command: it is not. A close asked for meanwhile is vetoed and done
// when the command ends (the Progress goes).
#pragma once

#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <rtl/ref.hxx>
#include <rtl/ustring.hxx>

#include <chrono>
#include <cstddef>

namespace pa::uno {

class CloseVeto;

class Progress {
  public:
    // `text` is shown beside the bar ("Mark Up Against Base"). A document without a frame (the
    // CLI's, a hidden one without view) shows nothing.
    Progress(const css::uno::Reference<css::text::XTextDocument> &document,
             const rtl::OUString &text);
    ~Progress();
    Progress(const Progress &) = delete;
    Progress &operator=(const Progress &) = delete;

    // `done` of `total` steps are done; cheap enough to call for every step.
    void at(std::size_t done, std::size_t total);

    // The next at() calls fill the bar from `from` to `to` (fractions of it): one command's
    // stages (read, then write) share the bar.
    void stage(double from, double to) {
        from_ = from;
        to_ = to;
    }

    // Whether the bar has been shown (a command ran longer than the threshold with a frame).
    bool shown() const { return indicator_.is(); }

  private:
    css::uno::Reference<css::text::XTextDocument> document_;
    rtl::OUString text_;
    css::uno::Reference<css::task::XStatusIndicator> indicator_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    int percent_ = -1;
    double from_ = 0, to_ = 1;
    bool unavailable_ = false;
    css::uno::Reference<css::util::XCloseable> closeable_;
    rtl::Reference<CloseVeto> veto_;
};

} // namespace pa::uno
