// Proposals > Merge Proposals...: the contributions chosen with a file picker, the resolution
// from the base's chooser, the synoptic table asked for; ProposalMerger writes both documents.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <utility>

namespace pa::uno {

inline constexpr const char *kMergeCommand = "MergeProposals";

// Runs Merge Proposals from the frame and tells the user; never throws. Dispatch arguments
// (for macros and tests, which cannot answer a dialog): "Contributions" (sequence of strings)
// instead of the file picker, "Number" instead of the chooser, "BaseFiles" instead of the
// configured base, "Synoptic" (boolean) instead of the question, "Hidden" (boolean) to open
// the new documents hidden. The result is the merger's summary (XProposalMerger.idl), or
// {"error"} / {"cancelled"}.
std::pair<bool, rtl::OUString>
runMergeCommand(const css::uno::Reference<css::uno::XComponentContext> &context,
                const css::uno::Reference<css::frame::XFrame> &frame,
                const css::uno::Sequence<css::beans::PropertyValue> &arguments);

} // namespace pa::uno
