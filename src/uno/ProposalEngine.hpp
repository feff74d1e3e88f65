// The engine service org.itu.proposalassistant.ProposalEngine, and the operations behind it
// that the protocol handler calls directly (it needs the paragraphs, not only the JSON).
#pragma once

#include "DocumentReader.hpp"
#include "recognition/Recognizer.hpp"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/itu/proposalassistant/XProposalEngine.hpp>

#include <nlohmann/json.hpp>

namespace pa::uno {

inline constexpr const char *kEngineImplementation =
    "org.itu.proposalassistant.comp.ProposalEngine";
inline constexpr const char *kEngineService = "org.itu.proposalassistant.ProposalEngine";

struct RecognitionRun {
    ReadDocument read;
    Recognition recognition;
    double readMs = 0, recognizeMs = 0;
};

struct StylingRun {
    RecognitionRun recognition;
    std::size_t styled = 0;
    std::vector<std::string> created; // ITU styles the run added to the document
    // structureSummary() plus "styled", "created" and "timings" {"readMs","recognizeMs","styleMs"}
    nlohmann::json summary;
};

RecognitionRun recognizeDocument(const css::uno::Reference<css::text::XTextDocument> &document);

// Recognize Structure. Leaves the document untouched when neither a resolution nor a proposal
// is found; otherwise styles it as one undo step titled "Recognize Structure".
StylingRun applyItuStyles(const css::uno::Reference<css::text::XTextDocument> &document);

class ProposalEngine : public cppu::WeakImplHelper2<org::itu::proposalassistant::XProposalEngine,
                                                    css::lang::XServiceInfo> {
  public:
    rtl::OUString SAL_CALL
    recognize(const css::uno::Reference<css::text::XTextDocument> &document) override;
    rtl::OUString SAL_CALL
    applyStyles(const css::uno::Reference<css::text::XTextDocument> &document) override;
    double SAL_CALL
    measureBareWalk(const css::uno::Reference<css::text::XTextDocument> &document) override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString &name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;
};

} // namespace pa::uno
