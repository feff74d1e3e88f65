#include "RenumberCommand.hpp"

#include "EditInputs.hpp"
#include "EditSession.hpp"
#include "FindingActions.hpp"
#include "Progress.hpp"
#include "UnoStrings.hpp"
#include "proposals/Summary.hpp"
#include "recognition/Recognizer.hpp"

using css::uno::Reference;
using rtl::OUString;

namespace pa::uno::edit {

std::size_t applyRenumber(const Reference<css::text::XTextDocument> &document,
                          const ReadDocument &read, const proposals::RenumberPlan &plan) {
    for (const proposals::LineRewrite &line : plan.lines)
        read.paragraphRange(line.paragraph)->setString(toOUString(line.text));
    // Only the proposal lines changed, so the other paragraphs' offsets as read still hold.
    applyEdits(document, read, plan.edits);
    return plan.proposals;
}

nlohmann::json renumber(const Reference<css::uno::XComponentContext> &context,
                        const Reference<css::text::XTextDocument> &document,
                        const OUString &settingsJson) {
    if (!document.is())
        refuse("No text document to renumber.");
    Progress progress(document, "Renumber Proposals");
    const ReadDocument read = readDocument(document, &progress);
    const Recognition recognition = recognize(read.model);
    const proposals::EditSettings settings =
        editSettings(context, document, settingsJson, read.model, recognition);
    UndoStep undo(document, "Renumber Proposals");
    // Every line takes the document's SOURCE/DOC/A, not only the sequence; the draft new
    // resolutions' tags [SRC-n] follow their order, with every mention, from the same reading.
    const proposals::RenumberPlan plan = proposals::renumberDocument(
        read.model, recognition.structure, read.holdsObjects, settings.prefix());
    applyRenumber(document, read, plan);
    undo.done();
    return proposals::renumberSummary(plan, settings.prefix());
}

} // namespace pa::uno::edit
