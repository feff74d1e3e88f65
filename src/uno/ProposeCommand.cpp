#include "ProposeCommand.hpp"

#include "BaseLibrary.hpp"
#include "BlockWriter.hpp"
#include "EditInputs.hpp"
#include "EditSession.hpp"
#include "EditedReading.hpp"
#include "UnoStrings.hpp"
#include "proposals/InsertionPoint.hpp"
#include "proposals/Skeleton.hpp"
#include "proposals/Summary.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno::edit {
namespace {

// Where the block goes: the empty paragraph written over, or the end of the one it follows.
Reference<css::text::XTextRange> rangeAt(const ReadDocument &read,
                                         const proposals::InsertionPoint &point) {
    const Reference<css::text::XTextRange> paragraph = read.paragraphRange(point.paragraph);
    return point.afterParagraph ? paragraph->getEnd() : paragraph;
}

// Writes the block at the cursor's insertion point, then styles and numbers. *count: the
// number of proposals after it.
std::vector<Reference<css::text::XTextRange>>
writeAtCursor(const Reference<css::text::XTextDocument> &document, const ReadDocument &read,
              const Recognition &recognition, const proposals::Block &block,
              const proposals::EditSettings &settings, proposals::InsertionPoint &point,
              std::size_t &count) {
    const proposals::InsertionPlan plan = proposals::insertionPoint(
        read.model, recognition.structure, cursorParagraph(document, read));
    refuseIf(plan.refusal);
    point = *plan.point;
    const Reference<css::text::XTextRange> range = rangeAt(read, point);
    StyleWriter ituStyles(document);
    const WrittenBlock written =
        writeBlock(range, range, block, ituStyles, settings.author, point.afterParagraph);
    const std::vector<Reference<css::text::XTextRange>> starts = rangesOf(written);
    count = styleAndNumber(document, read, point, block, written, ituStyles, settings);
    return starts;
}

} // namespace

nlohmann::json propose(const Reference<css::uno::XComponentContext> &context,
                       const Reference<css::text::XTextDocument> &document,
                       const std::string &symbol, const OUString &number,
                       const Sequence<OUString> &baseFiles, const OUString &settingsJson,
                       const OUString &title) {
    if (!document.is())
        refuse("No text document to write the proposal into.");
    BaseLibrary library(context);
    const BaseText &base = loadBase(library, baseFiles);
    const BaseResolution &resolution = findBase(base, toUtf8(number));
    const ReadDocument read = readDocument(document);
    const Recognition recognition = recognize(read.model);
    const proposals::EditSettings settings =
        editSettings(context, document, settingsJson, read.model, recognition);
    const proposals::ProposalSkeleton skeleton =
        proposals::existingResolutionBlock(symbol, resolution, settings);

    UndoStep undo(document, toOUString(toUtf8(title)));
    proposals::InsertionPoint point;
    std::size_t count = 0;
    const std::vector<Reference<css::text::XTextRange>> starts =
        writeAtCursor(document, read, recognition, skeleton.block, settings, point, count);
    // The cursor goes where the author writes next: in the Reasons, after the label.
    try {
        Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
        Reference<css::text::XTextViewCursorSupplier> supplier(model->getCurrentController(),
                                                               UNO_QUERY);
        if (supplier.is()) {
            Reference<css::text::XParagraphCursor> reasons(
                starts.back()->getText()->createTextCursorByRange(starts.back()), UNO_QUERY_THROW);
            reasons->gotoEndOfParagraph(false);
            supplier->getViewCursor()->gotoRange(reasons->getStart(), false);
        }
    } catch (const css::uno::Exception &) {
        // The text is in place; only the cursor stays where it was.
    }
    // After a MOD the author's edits must be tracked; SUP and NOC carry no tracked change.
    if (symbol == "MOD")
        undo.keepRecording(true);
    undo.done();
    return proposals::proposeSummary(symbol, resolution.number,
                                     skeleton.result ? &*skeleton.result : nullptr, count,
                                     point.index, skeleton.block.paragraphs.size());
}

nlohmann::json proposeNew(const Reference<css::uno::XComponentContext> &context,
                          const Reference<css::text::XTextDocument> &document,
                          const OUString &settingsJson) {
    if (!document.is())
        refuse("No text document to write the proposal into.");
    const ReadDocument read = readDocument(document);
    const Recognition recognition = recognize(read.model);
    const proposals::EditSettings settings =
        editSettings(context, document, settingsJson, read.model, recognition);
    const proposals::NewResolutionSkeleton skeleton =
        proposals::newResolutionBlock(recognition.structure, settings);
    refuseIf(skeleton.refusal);

    UndoStep undo(document, "Propose New Resolution");
    proposals::InsertionPoint point;
    std::size_t count = 0;
    const std::vector<Reference<css::text::XTextRange>> starts =
        writeAtCursor(document, read, recognition, skeleton.block, settings, point, count);
    // The title prompt selected: the author writes the title first, typing over it.
    try {
        const Reference<css::text::XTextRange> &start = starts[skeleton.titleParagraph];
        Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
        Reference<css::view::XSelectionSupplier> selection(model->getCurrentController(),
                                                           UNO_QUERY);
        Reference<css::text::XParagraphCursor> title(
            start->getText()->createTextCursorByRange(start), UNO_QUERY_THROW);
        title->gotoEndOfParagraph(true);
        if (selection.is())
            selection->select(Any(Reference<css::text::XTextRange>(title, UNO_QUERY_THROW)));
    } catch (const css::uno::Exception &) {
        // No view (a hidden document): nothing to select.
    }
    undo.done();
    return proposals::newResolutionSummary(skeleton.tag, count, point.index,
                                           skeleton.block.paragraphs.size());
}

} // namespace pa::uno::edit
