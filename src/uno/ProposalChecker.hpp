// Proposals > Validate: the checker service org.itu.proposalassistant.ProposalChecker, and the
// check run behind it that the Validate dialog calls directly (it needs the paragraphs too).
#pragma once

#include "BaseLibrary.hpp"
#include "ProposalEngine.hpp"
#include "validation/Validator.hpp"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/itu/proposalassistant/XProposalChecker.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pa::uno {

inline constexpr const char *kCheckerImplementation =
    "org.itu.proposalassistant.comp.ProposalChecker";
inline constexpr const char *kCheckerService = "org.itu.proposalassistant.ProposalChecker";

// What the caller asks for beyond the document's own settings.
struct CheckRequest {
    std::vector<std::string> baseFiles;  // file URLs or system paths; none: no base
    std::optional<std::string> assembly; // else the document's "Proposal Assembly"
    std::set<std::string> ignoredRules;  // added to the document's ignored rules
};

struct CheckRun {
    RecognitionRun recognition; // the paragraphs (for selecting and fixing) and their roles
    std::vector<Diagnostic> diagnostics;
    std::vector<BaseProblem> baseProblems;
    bool withBase = false;
    BaseCoverage coverage;       // the MOD, SUP and NOC proposals compared with the base
    ValidationSettings settings; // as validated: assembly and every ignored rule
    double baseMs = 0, validateMs = 0;
};

// Reads, recognises and validates the document; never modifies it.
CheckRun checkDocument(const css::uno::Reference<css::uno::XComponentContext> &context,
                       const css::uno::Reference<css::text::XTextDocument> &document,
                       const CheckRequest &request);

// The undo title of a fix: its description in the UI language.
rtl::OUString fixTitle(const css::uno::Reference<css::uno::XComponentContext> &context,
                       const Fix &fix);

// Fix of a finding the user chose in the list of an earlier check (`shown`): the document is
// checked afresh, the chosen finding found again there (findAgain: the text may have changed)
// and its fix applied as one undo step. False when the finding is gone or has no fix.
bool fixChosenFinding(const css::uno::Reference<css::uno::XComponentContext> &context,
                      const css::uno::Reference<css::text::XTextDocument> &document,
                      const CheckRequest &request, const CheckRun &shown, std::size_t chosen);

// Fix all of this rule: the fixes of every finding of the rule, one after the other on the
// text as each leaves it, as one undo step. Returns how many fixes were applied.
std::size_t fixAllOfRule(const css::uno::Reference<css::uno::XComponentContext> &context,
                         const css::uno::Reference<css::text::XTextDocument> &document,
                         const CheckRequest &request, Rule rule);

// The index into structure.proposals of the proposal holding the paragraph, if any.
std::optional<std::size_t> proposalOf(const Structure &structure, std::size_t paragraph);

// The JSON XProposalChecker.check() returns (see XProposalChecker.idl).
nlohmann::json checkReport(const CheckRun &run);

class ProposalChecker : public cppu::WeakImplHelper2<org::itu::proposalassistant::XProposalChecker,
                                                     css::lang::XServiceInfo> {
  public:
    explicit ProposalChecker(const css::uno::Reference<css::uno::XComponentContext> &context);

    rtl::OUString SAL_CALL check(const css::uno::Reference<css::text::XTextDocument> &document,
                                 const css::uno::Sequence<rtl::OUString> &baseFiles,
                                 const rtl::OUString &settings) override;
    rtl::OUString SAL_CALL applyFix(const css::uno::Reference<css::text::XTextDocument> &document,
                                    const css::uno::Sequence<rtl::OUString> &baseFiles,
                                    const rtl::OUString &settings, sal_Int32 diagnostic) override;
    void SAL_CALL selectFinding(const css::uno::Reference<css::text::XTextDocument> &document,
                                sal_Int32 paragraph, sal_Int32 start, sal_Int32 end) override;
    void SAL_CALL ignoreRule(const css::uno::Reference<css::text::XTextDocument> &document,
                             const rtl::OUString &rule) override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString &name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

  private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

} // namespace pa::uno
