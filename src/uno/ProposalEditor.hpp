// The editing service org.itu.proposalassistant.ProposalEditor: MOD, ADD, SUP, NOC, Mark Up
// Against Base and Renumber in a Writer document, each one undo step; the menu commands call it.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/itu/proposalassistant/XProposalEditor.hpp>

namespace pa::uno {

inline constexpr const char *kEditorImplementation =
    "org.itu.proposalassistant.comp.ProposalEditor";
inline constexpr const char *kEditorService = "org.itu.proposalassistant.ProposalEditor";

class ProposalEditor : public cppu::WeakImplHelper2<org::itu::proposalassistant::XProposalEditor,
                                                    css::lang::XServiceInfo> {
  public:
    explicit ProposalEditor(const css::uno::Reference<css::uno::XComponentContext> &context);

    rtl::OUString SAL_CALL
    listBaseResolutions(const css::uno::Sequence<rtl::OUString> &baseFiles) override;
    rtl::OUString SAL_CALL markUp(const css::uno::Reference<css::text::XTextDocument> &document,
                                  const css::uno::Sequence<rtl::OUString> &baseFiles,
                                  const rtl::OUString &settingsJson) override;
    rtl::OUString SAL_CALL
    markUpAtCursor(const css::uno::Reference<css::text::XTextDocument> &document,
                   const css::uno::Sequence<rtl::OUString> &baseFiles,
                   const rtl::OUString &settingsJson) override;
    rtl::OUString SAL_CALL proposeModification(
        const css::uno::Reference<css::text::XTextDocument> &document, const rtl::OUString &number,
        const css::uno::Sequence<rtl::OUString> &baseFiles,
        const rtl::OUString &settingsJson) override;
    rtl::OUString SAL_CALL proposeSuppression(
        const css::uno::Reference<css::text::XTextDocument> &document, const rtl::OUString &number,
        const css::uno::Sequence<rtl::OUString> &baseFiles,
        const rtl::OUString &settingsJson) override;
    rtl::OUString SAL_CALL
    proposeNoChange(const css::uno::Reference<css::text::XTextDocument> &document,
                    const rtl::OUString &number, const css::uno::Sequence<rtl::OUString> &baseFiles,
                    const rtl::OUString &settingsJson) override;

    rtl::OUString SAL_CALL
    proposeNewResolution(const css::uno::Reference<css::text::XTextDocument> &document,
                         const rtl::OUString &settingsJson) override;
    rtl::OUString SAL_CALL
    renumberProposals(const css::uno::Reference<css::text::XTextDocument> &document,
                      const rtl::OUString &settingsJson) override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString &name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

  private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

} // namespace pa::uno
