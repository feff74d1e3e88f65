// Tools > Options > Proposal Assistant > Base Documents: the page (dialogs/BaseFilesOptions.xdl,
// registered in extension/OptionsDialog.xcu) that lists the base files kept in the extension's
// configuration, adds files through the file picker and removes the selected ones. The options
// dialog calls "initialize", "ok" and "back"; the page's buttons call "add" and "remove".
#pragma once

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace pa::uno {

inline constexpr const char *kBaseFilesOptionsImplementation =
    "org.itu.proposalassistant.comp.BaseFilesOptions";
inline constexpr const char *kBaseFilesOptionsService =
    "org.itu.proposalassistant.BaseFilesOptions";

class BaseFilesOptions : public cppu::WeakImplHelper2<css::awt::XContainerWindowEventHandler,
                                                      css::lang::XServiceInfo> {
  public:
    explicit BaseFilesOptions(const css::uno::Reference<css::uno::XComponentContext> &context);

    // XContainerWindowEventHandler
    sal_Bool SAL_CALL callHandlerMethod(const css::uno::Reference<css::awt::XWindow> &window,
                                        const css::uno::Any &event,
                                        const rtl::OUString &method) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString &name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

  private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

} // namespace pa::uno
