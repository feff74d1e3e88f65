#include "MarkupCommand.hpp"

#include "BaseLibrary.hpp"
#include "BlockWriter.hpp"
#include "EditInputs.hpp"
#include "EditSession.hpp"
#include "EditedReading.hpp"
#include "MarkupWriter.hpp"
#include "Progress.hpp"
#include "RenumberCommand.hpp"
#include "proposals/Summary.hpp"
#include "report/Timing.hpp"

using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace pa::uno::edit {

nlohmann::json markUpResolutions(const Reference<css::uno::XComponentContext> &context,
                                 const Reference<css::text::XTextDocument> &document,
                                 const Sequence<OUString> &baseFiles, const OUString &settingsJson,
                                 proposals::Scope scope) {
    if (!document.is())
        refuse("No text document to mark up.");
    const auto since = millisecondsSince;
    Clock::time_point t = Clock::now();
    BaseLibrary library(context);
    const BaseText &base = loadBase(library, baseFiles);
    const double baseMs = since(t);
    t = Clock::now();
    Progress progress(document, "Mark Up Against Base");
    progress.stage(0, 0.4);
    const ReadDocument read = readDocument(document, &progress);
    const Recognition recognition = recognize(read.model);
    const double readMs = since(t);
    double diffMs = 0;
    const Structure &structure = recognition.structure;
    const proposals::EditSettings settings =
        editSettings(context, document, settingsJson, read.model, recognition);

    const std::optional<std::size_t> cursor =
        scope == proposals::Scope::Cursor ? cursorParagraph(document, read) : std::nullopt;
    const proposals::MarkupJobs plan = proposals::markupJobs(read.model, structure, base, settings,
                                                             rewriteLimits(read), scope, cursor);
    refuseIf(plan.refusal);
    const std::vector<proposals::MarkupJob> &jobs = plan.jobs;
    nlohmann::json summary = proposals::markupSummary(plan);
    if (jobs.empty()) {
        summary["proposals"] = structure.proposals.size();
        return summary;
    }

    const Clock::time_point writeStart = Clock::now();
    UndoStep undo(document, "Mark Up Against Base");
    StyleWriter ituStyles(document);
    // Later resolutions first, so the earlier ones' paragraph objects stay where they were;
    // every edit comes from the one reading above.
    std::vector<proposals::Block> blocks(jobs.size());
    std::vector<proposals::Replacement> replacements(jobs.size());
    std::vector<WrittenBlock> written(jobs.size());
    progress.stage(0.4, 0.95);
    for (std::size_t k = jobs.size(); k-- > 0;) {
        progress.at(jobs.size() - 1 - k, jobs.size());
        const proposals::MarkupJob &job = jobs[k];
        const Resolution &res = structure.resolutions[job.resolution];
        const Clock::time_point diffStart = Clock::now();
        proposals::JobMarkup marked =
            proposals::markUpJob(read.model, recognition.roles, structure, job, settings);
        diffMs += since(diffStart);
        proposals::Block &block = blocks[k];
        block = std::move(marked.block);
        // The author's own formatting, read before the resolution is rewritten, comes back on
        // the same characters (see MarkupWriter.hpp).
        const DirectFormatting kept = readDirectFormatting(read, res.first, res.last);
        replacements[k] = {res.first, res.last - res.first + 1, &block};
        written[k] = writeBlock(read.paragraphRange(res.first), read.paragraphRange(res.last),
                                block, ituStyles, settings.author);
        std::vector<Reference<css::text::XTextRange>> starts = rangesOf(written[k]);
        if (job.addProposalLine)
            starts.erase(starts.begin());
        restoreDirectFormatting(starts, marked.result.paragraphs, marked.rewritten, kept);
        summary["markedUp"].push_back(
            proposals::markedUpEntry(job.base->number, marked.result, job.addProposalLine));
    }
    progress.stage(0.95, 1);
    progress.at(0, 1);
    const double writeMs = since(writeStart);
    std::vector<proposals::Written> where;
    Clock::time_point stage = Clock::now();
    const ReadDocument edited = afterEdits(read, replacements, written, where);
    const Recognition editedRecognition = recognize(edited.model);
    styleWritten(ituStyles, edited, editedRecognition, where);
    const double styleMs = since(stage);
    stage = Clock::now();
    summary["proposals"] =
        applyRenumber(document, edited,
                      proposals::numberProposals(edited.model, editedRecognition.structure,
                                                 edited.holdsObjects, settings.prefix()));
    const double numberMs = since(stage);
    undo.keepRecording(true);
    undo.done();
    // In-process milliseconds: base (from the cache when unchanged), read + recognise, the
    // word diff and markup, and the whole edit (diff included): writing the resolutions,
    // styling them, numbering the proposals.
    summary["timings"] = {{"baseMs", baseMs},    {"readMs", readMs},
                          {"diffMs", diffMs},    {"editMs", since(writeStart)},
                          {"writeMs", writeMs},  {"styleMs", styleMs},
                          {"numberMs", numberMs}};
    return summary;
}

} // namespace pa::uno::edit
