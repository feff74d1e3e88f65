// Validation of a whole document in-process against base files loaded in the same office,
// answered in one JSON per call; fixes and selections address the paragraphs just read.
#include "ProposalChecker.hpp"
#include "Progress.hpp"
#include "report/Timing.hpp"

#include "ContributionSettings.hpp"
#include "FindingActions.hpp"
#include "UiMessages.hpp"
#include "UnoStrings.hpp"
#include "office/EditGuards.hpp"
#include "proposals/Summary.hpp"
#include "report/DiagnosticsReport.hpp"
#include "settings/RequestSettings.hpp"
#include "text/Text.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <chrono>

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace pa::uno {
namespace {

[[noreturn]] void badArgument(const std::string &why, sal_Int16 position) {
    throw css::lang::IllegalArgumentException(toOUString(why), Reference<css::uno::XInterface>(),
                                              position);
}

// The settings argument of check() and applyFix(): a JSON object, every key optional.
CheckRequest requestFrom(const Sequence<OUString> &baseFiles, const OUString &settings) {
    CheckRequest request;
    request.baseFiles = office::toUtf8(baseFiles);
    try {
        const settings::RequestSettings given = settings::parseRequestSettings(toUtf8(settings));
        request.assembly = given.assembly;
        if (given.ignoredRules)
            request.ignoredRules = *given.ignoredRules;
    } catch (const settings::SettingsError &e) {
        badArgument(e.what(), 2);
    }
    return request;
}

} // namespace

CheckRun checkDocument(const Reference<css::uno::XComponentContext> &context,
                       const Reference<css::text::XTextDocument> &document,
                       const CheckRequest &request) {
    CheckRun run;
    run.recognition = recognizeDocument(document);
    const ContributionSettings own =
        readContributionSettings(Reference<css::frame::XModel>(document, UNO_QUERY));
    run.settings.assembly = request.assembly ? *request.assembly : own.assembly;
    run.settings.ignoredRules = own.ignoredRules;
    run.settings.ignoredRules.insert(request.ignoredRules.begin(), request.ignoredRules.end());

    const BaseText *base = nullptr;
    BaseLibrary library(context);
    if (!request.baseFiles.empty()) {
        const Clock::time_point baseStart = Clock::now();
        const BaseText &loaded = library.load(request.baseFiles, run.baseProblems);
        run.baseMs = millisecondsSince(baseStart);
        if (!loaded.empty())
            base = &loaded;
    }
    run.withBase = base != nullptr;

    const Clock::time_point validateStart = Clock::now();
    run.diagnostics =
        validate(run.recognition.read.model, run.recognition.recognition, base, run.settings);
    run.validateMs = millisecondsSince(validateStart);
    if (base)
        run.coverage = baseCoverage(run.recognition.read.model, run.recognition.recognition, base);
    return run;
}

OUString fixTitle(const Reference<css::uno::XComponentContext> &context, const Fix &fix) {
    return toOUString(uiMessages(context).fromTemplates("fix.", fix.description()));
}

bool fixChosenFinding(const Reference<css::uno::XComponentContext> &context,
                      const Reference<css::text::XTextDocument> &document,
                      const CheckRequest &request, const CheckRun &shown, std::size_t chosen) {
    const CheckRun now = checkDocument(context, document, request);
    const std::optional<std::size_t> found =
        findAgain(shown.recognition.read.model, shown.diagnostics, chosen,
                  now.recognition.read.model, now.diagnostics);
    if (!found || !now.diagnostics[*found].fix)
        return false;
    const Fix &fix = *now.diagnostics[*found].fix;
    pa::uno::applyFix(document, now.recognition.read, fix, fixTitle(context, fix));
    return true;
}

std::size_t fixAllOfRule(const Reference<css::uno::XComponentContext> &context,
                         const Reference<css::text::XTextDocument> &document,
                         const CheckRequest &request, Rule rule) {
    const auto ofRule = [&](const CheckRun &run) {
        std::vector<const Diagnostic *> out;
        for (const Diagnostic &d : run.diagnostics)
            if (d.rule == rule && d.fix)
                out.push_back(&d);
        return out;
    };
    CheckRun run = checkDocument(context, document, request);
    std::size_t left = ofRule(run).size();
    if (left == 0)
        return 0;
    office::UndoContext undo(document,
                             uiText(context, "undo.fixAll", {{"rule", std::string(ruleId(rule))}}));
    std::size_t applied = 0;
    // One fix may settle several findings (a renumbering): each round reads the text anew, and
    // stops when a fix settles nothing, so that a fix that cannot take cannot loop.
    for (std::size_t round = 0; left > 0 && round < 1000; ++round) {
        const Fix &fix = *ofRule(run).front()->fix;
        pa::uno::applyFix(document, run.recognition.read, fix, fixTitle(context, fix));
        ++applied;
        run = checkDocument(context, document, request);
        const std::size_t now = ofRule(run).size();
        if (now >= left)
            break;
        left = now;
    }
    return applied;
}

std::optional<std::size_t> proposalOf(const Structure &structure, std::size_t paragraph) {
    return proposals::proposalAt(structure, paragraph);
}

nlohmann::json checkReport(const CheckRun &run) {
    const Document &model = run.recognition.read.model;
    const Structure &structure = run.recognition.recognition.structure;
    nlohmann::json report = diagnosticsReport(run.diagnostics);
    for (std::size_t i = 0; i < run.diagnostics.size(); ++i) {
        nlohmann::json &entry = report["diagnostics"][i];
        entry["words"] = findingWords(model, run.diagnostics[i]);
        if (const auto proposal = proposalOf(structure, run.diagnostics[i].paragraph))
            entry["proposal"] = *proposal;
    }
    report["proposals"] = proposals::proposalList(structure);
    report["skipped"] = proposals::rulesNotRun(run.withBase, run.settings.ignoredRules);
    nlohmann::json problems = nlohmann::json::array();
    for (const BaseProblem &p : run.baseProblems)
        problems.push_back({{"file", p.file}, {"reason", p.reason}});
    report["baseProblems"] = std::move(problems);
    report["assembly"] = run.settings.assembly;
    if (run.withBase)
        report["baseComparison"] = {{"proposals", run.coverage.proposals},
                                    {"compared", run.coverage.compared},
                                    {"summary", run.coverage.summary()}};
    report["timings"] = {{"readMs", run.recognition.readMs},
                         {"recognizeMs", run.recognition.recognizeMs},
                         {"baseMs", run.baseMs},
                         {"validateMs", run.validateMs}};
    return report;
}

ProposalChecker::ProposalChecker(const Reference<css::uno::XComponentContext> &context)
    : context_(context) {}

OUString ProposalChecker::check(const Reference<css::text::XTextDocument> &document,
                                const Sequence<OUString> &baseFiles, const OUString &settings) {
    try {
        return toOUString(
            checkReport(checkDocument(context_, document, requestFrom(baseFiles, settings)))
                .dump());
    } catch (...) {
        rethrowAsUno("ProposalChecker.check", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalChecker::applyFix(const Reference<css::text::XTextDocument> &document,
                                   const Sequence<OUString> &baseFiles, const OUString &settings,
                                   sal_Int32 diagnostic) {
    try {
        const CheckRequest request = requestFrom(baseFiles, settings);
        const CheckRun before = checkDocument(context_, document, request);
        if (diagnostic < 0 || static_cast<std::size_t>(diagnostic) >= before.diagnostics.size())
            badArgument("there is no finding number " + std::to_string(diagnostic) + " (" +
                            std::to_string(before.diagnostics.size()) + " found)",
                        3);
        const Diagnostic &finding = before.diagnostics[static_cast<std::size_t>(diagnostic)];
        if (!finding.fix)
            badArgument("finding " + std::to_string(diagnostic) + " [" +
                            std::string(ruleId(finding.rule)) + "] has no fix",
                        3);
        pa::uno::applyFix(document, before.recognition.read, *finding.fix,
                          fixTitle(context_, *finding.fix));
        nlohmann::json report = checkReport(checkDocument(context_, document, request));
        report["applied"] = finding.fix->description();
        return toOUString(report.dump());
    } catch (...) {
        rethrowAsUno("ProposalChecker.applyFix", static_cast<cppu::OWeakObject *>(this));
    }
}

void ProposalChecker::selectFinding(const Reference<css::text::XTextDocument> &document,
                                    sal_Int32 paragraph, sal_Int32 start, sal_Int32 end) {
    try {
        if (paragraph < 0 || start < 0 || end < start)
            badArgument("paragraph, start and end must be positive, start before end", 1);
        const Reference<css::frame::XModel> model(document, UNO_QUERY);
        const Reference<css::frame::XController> controller =
            model.is() ? model->getCurrentController() : Reference<css::frame::XController>();
        if (!controller.is())
            badArgument("the document has no view to select in", 0);
        Progress progress(document, "Reading the document");
        const ReadDocument read = readDocument(document, &progress);
        if (!selectWords(controller, read, static_cast<std::size_t>(paragraph),
                         static_cast<std::size_t>(start), static_cast<std::size_t>(end)))
            badArgument("the document's view does not let the range be selected", 0);
    } catch (...) {
        rethrowAsUno("ProposalChecker.selectFinding", static_cast<cppu::OWeakObject *>(this));
    }
}

void ProposalChecker::ignoreRule(const Reference<css::text::XTextDocument> &document,
                                 const OUString &rule) {
    try {
        if (!document.is())
            badArgument("no document", 0);
        pa::uno::ignoreRule(document, toUtf8(rule));
    } catch (...) {
        rethrowAsUno("ProposalChecker.ignoreRule", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalChecker::getImplementationName() {
    return OUString::createFromAscii(kCheckerImplementation);
}

sal_Bool ProposalChecker::supportsService(const OUString &name) {
    return cppu::supportsService(this, name);
}

Sequence<OUString> ProposalChecker::getSupportedServiceNames() {
    const OUString service = OUString::createFromAscii(kCheckerService);
    return Sequence<OUString>(&service, 1);
}

} // namespace pa::uno
