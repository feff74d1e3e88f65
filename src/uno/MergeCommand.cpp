// Menu side of Merge Proposals: which contributions (file picker), which resolution (the base's
// chooser), whether to make the synoptic table (a question), then two new Writer documents
// that ProposalMerger fills, and the summary in a message box.
#include "MergeCommand.hpp"

#include "BaseFileSettings.hpp"
#include "ProposalCommands.hpp"
#include "ProposalMerger.hpp"
#include "SummaryDialog.hpp"
#include "UiMessages.hpp"
#include "UnoStrings.hpp"
#include "merge/MergeReport.hpp"
#include "office/Properties.hpp"
#include "report/OfficeErrors.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <nlohmann/json.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno {
namespace {

template <class T>
bool argument(const Sequence<css::beans::PropertyValue> &arguments, const char *name, T &out) {
    for (const auto &a : arguments)
        if (a.Name.equalsAscii(name))
            return a.Value >>= out;
    return false;
}

Sequence<OUString> pickContributions(const Reference<css::uno::XComponentContext> &context) {
    Sequence<Any> mode(1);
    mode[0] <<= css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE;
    Reference<css::ui::dialogs::XFilePicker3> picker(
        context->getServiceManager()->createInstanceWithArgumentsAndContext(
            "com.sun.star.ui.dialogs.FilePicker", mode, context),
        UNO_QUERY_THROW);
    picker->setTitle(uiText(context, "merge.pickerTitle"));
    picker->setMultiSelectionMode(true);
    picker->appendFilter(uiText(context, "merge.pickerFilter"), "*.docx;*.odt;*.doc");
    Sequence<OUString> chosen;
    if (picker->execute() == 1)
        chosen = picker->getSelectedFiles();
    Reference<css::lang::XComponent> disposable(picker, UNO_QUERY);
    if (disposable.is())
        disposable->dispose();
    return chosen;
}

// Yes, no, or cancel (nullopt); a headless office answers cancel.
std::optional<bool> askSynoptic(const Reference<css::uno::XComponentContext> &context,
                                const Reference<css::frame::XFrame> &frame) {
    Reference<css::awt::XWindowPeer> parent;
    if (frame.is())
        parent.set(frame->getContainerWindow(), UNO_QUERY);
    Reference<css::awt::XMessageBoxFactory> factory(
        context->getServiceManager()->createInstanceWithContext("com.sun.star.awt.Toolkit",
                                                                context),
        UNO_QUERY_THROW);
    Reference<css::awt::XMessageBox> box = factory->createMessageBox(
        parent, css::awt::MessageBoxType_QUERYBOX,
        css::awt::MessageBoxButtons::BUTTONS_YES_NO_CANCEL,
        uiText(context, "command.MergeProposals"), uiText(context, "merge.askSynoptic"));
    const sal_Int16 answer = box->execute();
    Reference<css::lang::XComponent> disposable(box, UNO_QUERY);
    if (disposable.is())
        disposable->dispose();
    if (answer == css::awt::MessageBoxResults::YES)
        return true;
    if (answer == css::awt::MessageBoxResults::NO)
        return false;
    return std::nullopt;
}

Reference<css::text::XTextDocument>
newWriterDocument(const Reference<css::uno::XComponentContext> &context, bool hidden) {
    Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(context);
    return Reference<css::text::XTextDocument>(
        desktop->loadComponentFromURL(
            "private:factory/swriter", "_blank", 0,
            office::properties({office::property("Hidden", Any(hidden))})),
        UNO_QUERY_THROW);
}

void closeDocument(const Reference<css::text::XTextDocument> &document) {
    try {
        Reference<css::util::XCloseable> closeable(document, UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
    } catch (...) {
        // Left for the user to close.
    }
}

} // namespace

std::pair<bool, OUString> runMergeCommand(const Reference<css::uno::XComponentContext> &context,
                                          const Reference<css::frame::XFrame> &frame,
                                          const Sequence<css::beans::PropertyValue> &arguments) {
    const Messages &messages = uiMessages(context);
    const std::string title = messages.text("command.MergeProposals");
    const OUString titleText = toOUString(title);
    const auto couldNotFinish = [&](const std::string &problem) {
        return messages.text("error.couldNotFinish", {{"command", title}, {"problem", problem}});
    };
    auto fail = [&](const std::string &message) -> std::pair<bool, OUString> {
        try {
            showMessage(context, frame, MessageKind::Error, toOUString(message), titleText);
        } catch (...) {
            // Nothing more can be shown; the caller still learns the reason.
        }
        return {false, toOUString(nlohmann::json{{"error", message}}.dump())};
    };
    const auto cancelled =
        std::pair<bool, OUString>{false, toOUString(nlohmann::json{{"cancelled", true}}.dump())};
    Reference<css::text::XTextDocument> merged, synoptic;
    try {
        Sequence<OUString> contributions;
        if (!argument(arguments, "Contributions", contributions) || contributions.getLength() == 0)
            contributions = pickContributions(context);
        if (contributions.getLength() == 0)
            return cancelled;

        Sequence<OUString> baseFiles;
        if (!argument(arguments, "BaseFiles", baseFiles) || baseFiles.getLength() == 0) {
            bool isSample = false;
            std::vector<std::string> files = proposalBaseFiles(context, &isSample);
            if (isSample) {
                const Sequence<OUString> chosen = pickBaseFiles(context);
                if (chosen.getLength() > 0) {
                    storeBaseFiles(context, chosen);
                    files = proposalBaseFiles(context, &isSample);
                }
            }
            baseFiles.realloc(static_cast<sal_Int32>(files.size()));
            for (std::size_t i = 0; i < files.size(); ++i)
                baseFiles[static_cast<sal_Int32>(i)] = toOUString(files[i]);
        }

        OUString numberArgument;
        argument(arguments, "Number", numberArgument);
        std::string number = toUtf8(numberArgument);
        if (number.empty()) {
            std::string refusal;
            number = chooseBaseResolution(context, baseFiles, title, refusal);
            if (!refusal.empty())
                return fail(refusal);
            if (number.empty())
                return cancelled;
        }

        bool withSynoptic = false;
        if (!argument(arguments, "Synoptic", withSynoptic)) {
            const std::optional<bool> answer = askSynoptic(context, frame);
            if (!answer)
                return cancelled;
            withSynoptic = *answer;
        }
        bool hidden = false;
        argument(arguments, "Hidden", hidden);

        merged = newWriterDocument(context, hidden);
        if (withSynoptic)
            synoptic = newWriterDocument(context, hidden);
        Reference<org::itu::proposalassistant::XProposalMerger> merger(new ProposalMerger(context));
        const OUString result =
            merger->merge(merged, synoptic, contributions, baseFiles,
                          toOUString(nlohmann::json{{"resolution", number}}.dump()));
        const nlohmann::ordered_json summary = nlohmann::ordered_json::parse(toUtf8(result));
        showMessage(
            context, frame, MessageKind::Information,
            toOUString(messages.text(withSynoptic ? "merge.doneWithSynoptic" : "merge.done",
                                     {{"number", number}}) +
                       "\n\n" +
                       messages.fromTemplatesByLine("merge.text.", merge::mergeText(summary))),
            titleText);
        return {true, result};
    } catch (const css::lang::IllegalArgumentException &e) {
        closeDocument(merged);
        closeDocument(synoptic);
        // The refusals every editing command shares, else merge's own (one line per file).
        const std::string english = plainOfficeMessage(toUtf8(e.Message), "an unexpected error");
        const std::string shared = messages.fromTemplates("refuse.", english);
        return fail(shared != english ? shared
                                      : messages.fromTemplatesByLine("merge.text.", english));
    } catch (const css::uno::Exception &e) {
        closeDocument(merged);
        closeDocument(synoptic);
        return fail(couldNotFinish(plainOfficeMessage(toUtf8(e.Message), "an unexpected error")));
    } catch (const std::exception &e) {
        closeDocument(merged);
        closeDocument(synoptic);
        return fail(couldNotFinish(plainOfficeMessage(e.what(), "an unexpected error")));
    } catch (...) {
        closeDocument(merged);
        closeDocument(synoptic);
        return fail(couldNotFinish(messages.text("error.unexpected")));
    }
}

} // namespace pa::uno
