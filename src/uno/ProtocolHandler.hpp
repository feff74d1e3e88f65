// The protocol handler for vnd.itu.proposalassistant: commands, behind the Proposals menu.
// Commands run in-process on the frame's document and report to the user in the frame.
#pragma once

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

#include <optional>

namespace pa::uno {

inline constexpr const char *kProtocolHandlerImplementation =
    "org.itu.proposalassistant.comp.ProtocolHandler";
inline constexpr const char *kProtocol = "vnd.itu.proposalassistant:";
inline constexpr const char *kRecognizeStructureCommand = "RecognizeStructure";
inline constexpr const char *kValidateCommand = "Validate";
// Proposals > Proposals Sidebar: the Proposals deck, as Validate opens it.
inline constexpr const char *kShowDeckCommand = "ShowProposalsDeck";

class ProtocolHandler
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                   css::lang::XInitialization, css::lang::XServiceInfo> {
  public:
    explicit ProtocolHandler(const css::uno::Reference<css::uno::XComponentContext> &context);

    // XInitialization: the office passes the frame the handler serves.
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any> &arguments) override;

    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch>
        SAL_CALL queryDispatch(const css::util::URL &url, const rtl::OUString &targetFrame,
                               sal_Int32 searchFlags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor> &requests) override;

    // XDispatch / XNotifyingDispatch. With notification (DispatchHelper uses it) the result
    // event carries the run's summary JSON, so a test can read what the command did.
    void SAL_CALL dispatch(const css::util::URL &url,
                           const css::uno::Sequence<css::beans::PropertyValue> &arguments) override;
    void SAL_CALL dispatchWithNotification(
        const css::util::URL &url, const css::uno::Sequence<css::beans::PropertyValue> &arguments,
        const css::uno::Reference<css::frame::XDispatchResultListener> &listener) override;
    void SAL_CALL
    addStatusListener(const css::uno::Reference<css::frame::XStatusListener> &listener,
                      const css::util::URL &url) override;
    void SAL_CALL
    removeStatusListener(const css::uno::Reference<css::frame::XStatusListener> &listener,
                         const css::util::URL &url) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString &name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

  private:
    static bool handles(const css::util::URL &url);
    // Runs the command and tells the user; never throws. Returns the JSON result, or an
    // {"error": ...} object, and whether the command succeeded.
    std::pair<bool, rtl::OUString>
    run(const css::util::URL &url, const css::uno::Sequence<css::beans::PropertyValue> &arguments);
    // False when the frame shows no text document (the user has been told).
    bool recognizeStructure(rtl::OUString &result);
    // Proposals > Validate: the Proposals deck of the sidebar, or the non-modal Validate dialog
    // where there is no sidebar (or inDialog asks for it); false when the frame shows no text
    // document (the user has been told).
    bool validate(rtl::OUString &result, bool inDialog, std::optional<std::size_t> finding);

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;
};

} // namespace pa::uno
