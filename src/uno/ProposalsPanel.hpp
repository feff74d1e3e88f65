// The Proposals deck of Writer's sidebar (deck ProposalAssistantDeck, extension/Sidebar.xcu):
// its one panel holds the findings of the last check as a tree (proposal, finding, notes) with
// Fix, Fix all of this rule, Ignore rule / Stop ignoring, Check again, and what was checked
// against. The sidebar creates the panel through the factory registered in Factories.xcu.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

#include <nlohmann/json.hpp>

#include <optional>

namespace pa::uno {

inline constexpr const char *kPanelFactoryImplementation =
    "org.itu.proposalassistant.comp.ProposalsPanelFactory";
inline constexpr const char *kPanelFactoryService =
    "org.itu.proposalassistant.ProposalsPanelFactory";
inline constexpr const char *kProposalsDeck = "ProposalAssistantDeck";

class ProposalsPanelFactory
    : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
  public:
    explicit ProposalsPanelFactory(css::uno::Reference<css::uno::XComponentContext> context)
        : context_(std::move(context)) {}

    // Arguments from the sidebar: "Frame" (the document's frame) and "ParentWindow".
    css::uno::Reference<css::ui::XUIElement> SAL_CALL
    createUIElement(const rtl::OUString &resourceUrl,
                    const css::uno::Sequence<css::beans::PropertyValue> &arguments) override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString &name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

  private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

// Opens the Proposals deck in the frame's sidebar and checks the document there; with `finding`
// (an index into the report's diagnostics), chooses that finding in the tree as a click does,
// selecting its words. Returns the check report (XProposalChecker.check) with "summary";
// nullopt where the frame has no sidebar (the caller falls back to the Validate dialog).
std::optional<nlohmann::json>
showProposalsDeck(const css::uno::Reference<css::uno::XComponentContext> &context,
                  const css::uno::Reference<css::frame::XFrame> &frame,
                  std::optional<std::size_t> finding = std::nullopt);

// A command of the extension changed the frame's document: an open panel checks it again.
void refreshProposalsDeck(const css::uno::Reference<css::frame::XFrame> &frame);

} // namespace pa::uno
