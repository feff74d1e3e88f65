// The merging service org.itu.proposalassistant.ProposalMerger: Merge Proposals into a merged
// draft and a synoptic table (XProposalMerger.idl); the menu command and the CLI call it.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/itu/proposalassistant/XProposalMerger.hpp>

namespace pa::uno {

inline constexpr const char *kMergerImplementation =
    "org.itu.proposalassistant.comp.ProposalMerger";
inline constexpr const char *kMergerService = "org.itu.proposalassistant.ProposalMerger";

class ProposalMerger : public cppu::WeakImplHelper2<org::itu::proposalassistant::XProposalMerger,
                                                    css::lang::XServiceInfo> {
  public:
    explicit ProposalMerger(const css::uno::Reference<css::uno::XComponentContext> &context);

    rtl::OUString SAL_CALL merge(const css::uno::Reference<css::text::XTextDocument> &merged,
                                 const css::uno::Reference<css::text::XTextDocument> &synoptic,
                                 const css::uno::Sequence<rtl::OUString> &contributions,
                                 const css::uno::Sequence<rtl::OUString> &baseFiles,
                                 const rtl::OUString &settingsJson) override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString &name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

  private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

} // namespace pa::uno
