// Recognition and styling of a whole document, in-process, each call answering in one JSON.
#include "ProposalEngine.hpp"
#include "report/Timing.hpp"

#include "Progress.hpp"
#include "StyleWriter.hpp"
#include "UnoStrings.hpp"
#include "office/EditGuards.hpp"
#include "report/StructureReport.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <chrono>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace pa::uno {
namespace {

// What the core report leaves out but a caller of recognize() cannot see otherwise: list
// labels drawn by Writer, table cells, and the tracked changes (as the three views).
void addReadingDetails(nlohmann::json &report, const Document &model) {
    nlohmann::json &paragraphs = report["paragraphs"];
    for (std::size_t i = 0; i < model.paragraphs.size() && i < paragraphs.size(); ++i) {
        const Paragraph &p = model.paragraphs[i];
        nlohmann::json &entry = paragraphs[i];
        if (!p.listLabel.empty())
            entry["listLabel"] = p.listLabel;
        if (p.inTable)
            entry["inTable"] = true;
        if (p.hasTrackedChanges()) {
            entry["original"] = p.text(View::Original);
            entry["proposed"] = p.text(View::Proposed);
        }
        if (p.mark)
            entry["mark"] = p.mark->kind == ChangeKind::Deletion ? "deleted" : "inserted";
    }
}

nlohmann::json timings(const RecognitionRun &run) {
    return {{"readMs", run.readMs}, {"recognizeMs", run.recognizeMs}};
}

} // namespace

RecognitionRun recognizeDocument(const Reference<css::text::XTextDocument> &document) {
    RecognitionRun run;
    const Clock::time_point readStart = Clock::now();
    Progress progress(document, "Reading the document");
    run.read = readDocument(document, &progress);
    run.readMs = millisecondsSince(readStart);
    const Clock::time_point recognizeStart = Clock::now();
    run.recognition = recognize(run.read.model);
    run.recognizeMs = millisecondsSince(recognizeStart);
    return run;
}

StylingRun applyItuStyles(const Reference<css::text::XTextDocument> &document) {
    StylingRun result;
    result.recognition = recognizeDocument(document);
    const Structure &structure = result.recognition.recognition.structure;
    double styleMs = 0;
    if (!structure.resolutions.empty() || !structure.proposals.empty()) {
        const Clock::time_point styleStart = Clock::now();
        office::UndoContext undo(document, "Recognize Structure");
        office::ControllerLock lock(document);
        StyleWriter writer(document);
        result.styled = writer.apply(result.recognition.read, result.recognition.recognition);
        result.created = writer.created();
        styleMs = millisecondsSince(styleStart);
    }
    result.summary = structureSummary(result.recognition.recognition);
    result.summary["styled"] = result.styled;
    result.summary["created"] = result.created;
    nlohmann::json t = timings(result.recognition);
    t["styleMs"] = styleMs;
    result.summary["timings"] = std::move(t);
    return result;
}

OUString ProposalEngine::recognize(const Reference<css::text::XTextDocument> &document) {
    try {
        const RecognitionRun run = recognizeDocument(document);
        nlohmann::json report = structureReport(run.read.model, run.recognition);
        addReadingDetails(report, run.read.model);
        report["timings"] = timings(run);
        return toOUString(report.dump());
    } catch (...) {
        rethrowAsUno("ProposalEngine.recognize", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalEngine::applyStyles(const Reference<css::text::XTextDocument> &document) {
    try {
        return toOUString(applyItuStyles(document).summary.dump());
    } catch (...) {
        rethrowAsUno("ProposalEngine.applyStyles", static_cast<cppu::OWeakObject *>(this));
    }
}

double ProposalEngine::measureBareWalk(const Reference<css::text::XTextDocument> &document) {
    try {
        const Clock::time_point start = Clock::now();
        bareWalk(document);
        return millisecondsSince(start);
    } catch (...) {
        rethrowAsUno("ProposalEngine.measureBareWalk", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalEngine::getImplementationName() {
    return OUString::createFromAscii(kEngineImplementation);
}

sal_Bool ProposalEngine::supportsService(const OUString &name) {
    return cppu::supportsService(this, name);
}

css::uno::Sequence<OUString> ProposalEngine::getSupportedServiceNames() {
    const OUString service = OUString::createFromAscii(kEngineService);
    return css::uno::Sequence<OUString>(&service, 1);
}

} // namespace pa::uno
