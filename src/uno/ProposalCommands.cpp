// Menu side of the editing commands: which base files, which resolution (dialogs/
// ChooseResolution.xdl, searchable), then ProposalEditor does the writing as one undo step.
#include "ProposalCommands.hpp"

#include "BaseFileSettings.hpp"
#include "ContributionSettings.hpp"
#include "DocumentReader.hpp"
#include "ExtensionPackage.hpp"
#include "FrameDocument.hpp"
#include "ProposalEditor.hpp"
#include "SummaryDialog.hpp"
#include "UiMessages.hpp"
#include "UnoStrings.hpp"
#include "ViewCursor.hpp"
#include "lexicon/Lexicon.hpp"
#include "recognition/Cover.hpp"
#include "recognition/Recognizer.hpp"
#include "report/OfficeErrors.hpp"
#include "text/Text.hpp"

#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <cppuhelper/implbase1.hxx>
#include <nlohmann/json.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <cctype>
#include <exception>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno {
namespace {

// The commands this file runs; each one's title is the message "command.<path>".
constexpr const char *kCommands[] = {
    "ProposeModification", "ProposeSuppression", "ProposeNoChange", "ProposeNewResolution",
    "RenumberProposals",   "MarkUpAgainstBase",  "ChooseBaseFiles", "ContributionSettings",
};

std::string argument(const Sequence<css::beans::PropertyValue> &arguments, const char *name) {
    for (const auto &a : arguments)
        if (a.Name.equalsAscii(name)) {
            OUString s;
            a.Value >>= s;
            return toUtf8(s);
        }
    return {};
}

// Keeps the chooser's list to the resolutions whose number or title holds the search text.
class ResolutionFilter : public cppu::WeakImplHelper1<css::awt::XTextListener> {
  public:
    ResolutionFilter(Reference<css::awt::XListBox> list, std::vector<std::string> entries,
                     std::vector<std::size_t> &shown)
        : list_(std::move(list)), entries_(std::move(entries)), shown_(shown) {
        fill("");
    }
    void fill(const std::string &search) {
        list_->removeItems(0, list_->getItemCount());
        shown_.clear();
        std::string wanted = search;
        for (char &c : wanted)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            std::string entry = entries_[i];
            for (char &c : entry)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (entry.find(wanted) == std::string::npos)
                continue;
            list_->addItem(toOUString(entries_[i]), static_cast<sal_Int16>(shown_.size()));
            shown_.push_back(i);
        }
        if (!shown_.empty())
            list_->selectItemPos(0, true);
    }
    void SAL_CALL textChanged(const css::awt::TextEvent &event) override {
        Reference<css::awt::XTextComponent> field(event.Source, UNO_QUERY);
        if (field.is())
            fill(toUtf8(field->getText()));
    }
    void SAL_CALL disposing(const css::lang::EventObject &) override {}

  private:
    Reference<css::awt::XListBox> list_;
    std::vector<std::string> entries_;
    std::vector<std::size_t> &shown_;
};

} // namespace

// The resolution the user picks from the base ("11"), or "" when cancelled.
std::string chooseResolution(const Reference<css::uno::XComponentContext> &context,
                             const nlohmann::json &resolutions, const std::string &title) {
    const OUString location = extensionLocation(context);
    Reference<css::awt::XDialogProvider2> provider(
        context->getServiceManager()->createInstanceWithContext("com.sun.star.awt.DialogProvider2",
                                                                context),
        UNO_QUERY_THROW);
    Reference<css::awt::XDialog> dialog =
        provider->createDialog(location + "/dialogs/ChooseResolution.xdl");
    if (!dialog.is())
        throw css::uno::RuntimeException("dialogs/ChooseResolution.xdl could not be loaded",
                                         Reference<css::uno::XInterface>());
    std::string number;
    try {
        dialog->setTitle(toOUString(title));
        Reference<css::awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
        Reference<css::awt::XListBox> list(controls->getControl("ResolutionList"), UNO_QUERY_THROW);
        Reference<css::awt::XTextComponent> search(controls->getControl("SearchField"),
                                                   UNO_QUERY_THROW);
        const Messages &messages = uiMessages(context);
        std::vector<std::string> entries;
        for (const auto &r : resolutions)
            entries.push_back(
                messages.text("choose.resolution", {{"number", r.value("number", std::string())},
                                                    {"title", r.value("title", std::string())}}));
        std::vector<std::size_t> shown;
        Reference<css::awt::XTextListener> filter(new ResolutionFilter(list, entries, shown));
        search->addTextListener(filter);
        if (dialog->execute() == 1) {
            const sal_Int16 pos = list->getSelectedItemPos();
            if (pos >= 0 && static_cast<std::size_t>(pos) < shown.size())
                number = resolutions[shown[static_cast<std::size_t>(pos)]].value("number", "");
        }
        search->removeTextListener(filter);
    } catch (...) {
        Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
        throw;
    }
    Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
    return number;
}

std::string chooseBaseResolution(const Reference<css::uno::XComponentContext> &context,
                                 const Sequence<OUString> &baseFiles, const std::string &title,
                                 std::string &refusal) {
    const Messages &messages = uiMessages(context);
    const Reference<org::itu::proposalassistant::XProposalEditor> editor(
        new ProposalEditor(context));
    const nlohmann::json listed =
        nlohmann::json::parse(toUtf8(editor->listBaseResolutions(baseFiles)));
    std::string problems;
    for (const auto &p : listed["problems"])
        problems +=
            "\n" +
            messages.text(
                "base.problem",
                {{"file", p.value("file", std::string())},
                 {"reason", messages.fromTemplates("part.", p.value("reason", std::string()))}});
    refusal.clear();
    if (!problems.empty())
        refusal = messages.text("base.unreadable") + problems;
    else if (listed["resolutions"].empty())
        refusal = messages.text("base.noResolution");
    return refusal.empty() ? chooseResolution(context, listed["resolutions"], title)
                           : std::string();
}

namespace {

// The contribution's settings dialog: fields from the document's properties, else from its
// cover; written back to the document on OK. False when cancelled (always, headless).
bool askContributionSettings(const Reference<css::uno::XComponentContext> &context,
                             const Reference<css::text::XTextDocument> &document) {
    const Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    ContributionSettings settings = readContributionSettings(model);
    if (settings.source.empty() || settings.document.empty()) {
        // The proposal lines already written say it best (MOD<tab>ATU/35A3/1), then the cover
        // (recognition/Cover).
        const Document read = readDocument(document).model;
        const ContributionNumbers found = contributionNumbers(read, recognize(read).structure);
        if (settings.source.empty())
            settings.source = found.source;
        if (settings.document.empty()) {
            settings.document = found.document;
            if (settings.addendum.empty())
                settings.addendum = found.addendum;
        }
    }
    Reference<css::awt::XDialogProvider2> provider(
        context->getServiceManager()->createInstanceWithContext("com.sun.star.awt.DialogProvider2",
                                                                context),
        UNO_QUERY_THROW);
    Reference<css::awt::XDialog> dialog =
        provider->createDialog(extensionLocation(context) + "/dialogs/ContributionSettings.xdl");
    if (!dialog.is())
        throw css::uno::RuntimeException("dialogs/ContributionSettings.xdl could not be loaded",
                                         Reference<css::uno::XInterface>());
    bool accepted = false;
    try {
        Reference<css::awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
        auto field = [&](const char *name) {
            return Reference<css::awt::XTextComponent>(
                controls->getControl(OUString::createFromAscii(name)), UNO_QUERY_THROW);
        };
        field("SourceField")->setText(toOUString(settings.source));
        field("DocumentField")->setText(toOUString(settings.document));
        field("AddendumField")->setText(toOUString(settings.addendum));
        field("AssemblyField")->setText(toOUString(settings.assembly));
        // A proposal number needs its source: OK without one asks again.
        while (!accepted && dialog->execute() == 1) {
            const std::string source = text::normalize(toUtf8(field("SourceField")->getText()));
            if (source.empty()) {
                showMessage(context, Reference<css::frame::XFrame>(), MessageKind::Error,
                            uiText(context, "settings.sourceNeeded"),
                            uiText(context, "settings.sourceNeededTitle"));
                continue;
            }
            settings.source = source;
            settings.document = text::normalize(toUtf8(field("DocumentField")->getText()));
            settings.addendum = text::normalize(toUtf8(field("AddendumField")->getText()));
            settings.assembly = text::normalize(toUtf8(field("AssemblyField")->getText()));
            writeContributionSettings(model, settings);
            accepted = true;
        }
    } catch (...) {
        Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
        throw;
    }
    Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
    return accepted;
}

// The editor's own words for it (ProposalEditor's markUpResolutions), so that the refuse.
// template that translates them serves both.
constexpr const char *kNotInResolution =
    "The cursor is not inside a resolution: put it in the resolution to mark up.";

// True when the view cursor is in a paragraph of a resolution the document's structure
// recognises; also true when the document has no window, where the editor says why it cannot
// work at the cursor.
bool cursorInResolution(const Reference<css::text::XTextDocument> &document) {
    if (!viewCursorStart(document).is())
        return true;
    const ReadDocument read = readDocument(document);
    const std::optional<std::size_t> at = viewCursorParagraph(document, read);
    if (!at)
        return false;
    for (const Resolution &r : recognize(read.model).structure.resolutions)
        if (r.first <= *at && *at <= r.last)
            return true;
    return false;
}

} // namespace

bool isProposalCommand(const OUString &path) {
    for (const char *c : kCommands)
        if (path.equalsAscii(c))
            return true;
    return false;
}

std::pair<bool, OUString> runProposalCommand(const Reference<css::uno::XComponentContext> &context,
                                             const Reference<css::frame::XFrame> &frame,
                                             const OUString &path,
                                             const Sequence<css::beans::PropertyValue> &arguments) {
    const Messages &messages = uiMessages(context);
    const std::string title = messages.text(
        isProposalCommand(path) ? "command." + toUtf8(path) : std::string("command.Proposals"));
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
    try {
        if (path.equalsAscii("ChooseBaseFiles")) {
            const Sequence<OUString> chosen = pickBaseFiles(context);
            if (chosen.getLength() == 0)
                return {false, toOUString(nlohmann::json{{"cancelled", true}}.dump())};
            storeBaseFiles(context, chosen);
            nlohmann::json result = {{"baseFiles", nlohmann::json::array()}};
            std::string paths;
            for (const OUString &f : chosen) {
                result["baseFiles"].push_back(toUtf8(f));
                OUString path;
                paths += "\n" + toUtf8(osl::FileBase::getSystemPathFromFileURL(f, path) ==
                                               osl::FileBase::E_None
                                           ? path
                                           : f);
            }
            // Said, so that the user knows the choice took and which files it holds.
            showMessage(context, frame, MessageKind::Information,
                        toOUString(messages.text("base.chosen") + paths), titleText);
            return {true, toOUString(result.dump())};
        }

        const Reference<css::text::XTextDocument> document = textDocumentOf(frame);
        if (!document.is())
            return fail(messages.text("error.notTextDocument", {{"command", title}}));

        if (path.equalsAscii("ContributionSettings")) {
            if (!askContributionSettings(context, document))
                return {false, toOUString(nlohmann::json{{"cancelled", true}}.dump())};
            const ContributionSettings s =
                readContributionSettings(Reference<css::frame::XModel>(document, UNO_QUERY));
            return {true, toOUString(nlohmann::json{{"source", s.source},
                                                    {"document", s.document},
                                                    {"addendum", s.addendum},
                                                    {"assembly", s.assembly}}
                                         .dump())};
        }
        // Mark Up at the cursor needs a resolution there: said before any dialog is shown
        // (the settings, the base files), not after the user has filled them in for nothing.
        if (path.equalsAscii("MarkUpAgainstBase") && !cursorInResolution(document))
            return fail(messages.fromTemplates("refuse.", kNotInResolution));

        // Asked once, when a command first needs them: the source and, for the revision
        // lines, the assembly. The caller's Settings argument stands in for the dialog.
        if (argument(arguments, "Settings").empty() && !path.equalsAscii("RenumberProposals")) {
            const ContributionSettings stored =
                readContributionSettings(Reference<css::frame::XModel>(document, UNO_QUERY));
            const bool needsAssembly =
                !path.equalsAscii("ProposeSuppression") && !path.equalsAscii("ProposeNoChange");
            if ((stored.source.empty() || (needsAssembly && stored.assembly.empty())) &&
                !askContributionSettings(context, document))
                return {false, toOUString(nlohmann::json{{"cancelled", true}}.dump())};
        }

        Sequence<OUString> baseFiles;
        bool isSample = false;
        for (const auto &a : arguments)
            if (a.Name == "BaseFiles")
                a.Value >>= baseFiles;
        if (baseFiles.getLength() == 0) {
            std::vector<std::string> files = proposalBaseFiles(context, &isSample);
            // The first time a command needs the base text the user names it, and the choice
            // is kept; cancelling tries the command on the sample base the extension carries.
            const bool needsBase =
                !path.equalsAscii("ProposeNewResolution") && !path.equalsAscii("RenumberProposals");
            if (isSample && needsBase) {
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
        const OUString settings = toOUString(argument(arguments, "Settings"));

        Reference<org::itu::proposalassistant::XProposalEditor> editor(new ProposalEditor(context));
        OUString result;
        if (path.equalsAscii("ProposeNewResolution"))
            return {true, editor->proposeNewResolution(document, settings)};
        if (path.equalsAscii("RenumberProposals")) {
            result = editor->renumberProposals(document, settings);
            const nlohmann::json summary = nlohmann::json::parse(toUtf8(result));
            const long long proposals = summary.value("proposals", 0);
            showMessage(
                context, frame, MessageKind::Information,
                toOUString(messages.text(
                    "renumber.done",
                    {{"proposals", messages.plural("count.proposals", proposals)},
                     {"count", std::to_string(proposals)},
                     {"prefix", summary.value("prefix", std::string())},
                     {"mentions", messages.plural("count.mentions", summary.value("mentions", 0))},
                     {"drafts",
                      messages.plural("count.drafts",
                                      static_cast<long long>(summary["draftTags"].size()))}})),
                titleText);
            return {true, result};
        }
        if (path.equalsAscii("MarkUpAgainstBase")) {
            result = editor->markUpAtCursor(document, baseFiles, settings);
            const nlohmann::json summary = nlohmann::json::parse(toUtf8(result));
            std::string message;
            const auto line = [&message](const std::string &text) {
                message += (message.empty() ? "" : "\n") + text;
            };
            for (const auto &m : summary["markedUp"])
                line(messages.text(
                    "markup.done",
                    {{"number", m.value("number", std::string())},
                     {"insertions", messages.plural("count.insertions", m.value("insertions", 0))},
                     {"deletions", messages.plural("count.deletions", m.value("deletions", 0))}}));
            for (const auto &s : summary["skipped"])
                line(messages.text("markup.skipped",
                                   {{"number", s.value("number", std::string())},
                                    {"reason", messages.fromTemplates(
                                                   "refuse.", s.value("reason", std::string()))}}));
            showMessage(context, frame, MessageKind::Information, toOUString(message), titleText);
            return {true, result};
        }

        std::string number = argument(arguments, "Number");
        if (number.empty()) {
            std::string refusal;
            number = chooseBaseResolution(context, baseFiles, title, refusal);
            if (!refusal.empty())
                return fail(refusal);
            if (number.empty())
                return {false, toOUString(nlohmann::json{{"cancelled", true}}.dump())};
        }
        const OUString n = toOUString(number);
        if (path.equalsAscii("ProposeModification"))
            result = editor->proposeModification(document, n, baseFiles, settings);
        else if (path.equalsAscii("ProposeSuppression"))
            result = editor->proposeSuppression(document, n, baseFiles, settings);
        else
            result = editor->proposeNoChange(document, n, baseFiles, settings);
        if (isSample) {
            nlohmann::json summary = nlohmann::json::parse(toUtf8(result));
            summary["sampleBase"] = true;
            result = toOUString(summary.dump());
        }
        return {true, result};
    } catch (const css::lang::IllegalArgumentException &e) {
        // The editor's refusals are English sentences; the tables give them in the UI language.
        return fail(messages.fromTemplates(
            "refuse.", plainOfficeMessage(toUtf8(e.Message), messages.text("error.unexpected"))));
    } catch (const css::uno::Exception &e) {
        return fail(couldNotFinish(
            plainOfficeMessage(toUtf8(e.Message), messages.text("error.unexpected"))));
    } catch (const std::exception &e) {
        return fail(
            couldNotFinish(plainOfficeMessage(e.what(), messages.text("error.unexpected"))));
    } catch (...) {
        return fail(couldNotFinish(messages.text("error.unexpected")));
    }
}

} // namespace pa::uno
