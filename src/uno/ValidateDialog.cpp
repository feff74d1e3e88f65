// The Validate dialog: loaded from the extension's dialogs/Validate.xdl, shown non-modal, and
// kept alive by its own listeners until it is closed or the document's window goes away.
#include "ValidateDialog.hpp"

#include "BaseFileSettings.hpp"
#include "ContributionSettings.hpp"
#include "ExtensionPackage.hpp"
#include "FindingActions.hpp"
#include "SummaryDialog.hpp"
#include "UiMessages.hpp"
#include "UnoStrings.hpp"
#include "report/DiagnosticsReport.hpp"
#include "report/OfficeErrors.hpp"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/awt/XTopWindowListener.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase3.hxx>
#include <osl/file.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <map>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno {
namespace {

std::string plural(const Messages &messages, const char *key, std::size_t n) {
    return messages.plural(key, static_cast<long long>(n));
}

std::string fileName(const std::string &path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A file URL as the user knows the file: its system path, %20 decoded.
std::string systemPath(const std::string &url) {
    OUString path;
    return osl::FileBase::getSystemPathFromFileURL(toOUString(url), path) == osl::FileBase::E_None
               ? toUtf8(path)
               : url;
}

Reference<css::awt::XControl> control(const Reference<css::awt::XControlContainer> &dialog,
                                      const char *name) {
    Reference<css::awt::XControl> c = dialog->getControl(OUString::createFromAscii(name));
    if (!c.is())
        throw css::uno::RuntimeException("dialogs/Validate.xdl lacks the control " +
                                             OUString::createFromAscii(name),
                                         Reference<css::uno::XInterface>());
    return c;
}

void setLabel(const Reference<css::awt::XControlContainer> &dialog, const char *name,
              const std::string &text) {
    Reference<css::beans::XPropertySet>(control(dialog, name)->getModel(), UNO_QUERY_THROW)
        ->setPropertyValue("Label", Any(toOUString(text)));
}

void setEnabled(const Reference<css::awt::XControlContainer> &dialog, const char *name,
                bool enabled) {
    Reference<css::beans::XPropertySet>(control(dialog, name)->getModel(), UNO_QUERY_THROW)
        ->setPropertyValue("Enabled", Any(enabled));
}

// The dialog's behaviour: one object listens to the list, the buttons, the dialog window and
// the document's frame. The listener registrations keep it alive while the dialog is open.
class ValidateDialog
    : public cppu::WeakImplHelper3<css::awt::XActionListener, css::awt::XItemListener,
                                   css::awt::XTopWindowListener> {
  public:
    ValidateDialog(Reference<css::uno::XComponentContext> context,
                   Reference<css::frame::XFrame> frame,
                   Reference<css::text::XTextDocument> document, BaseChoice bases)
        : context_(std::move(context)), frame_(std::move(frame)), document_(std::move(document)),
          bases_(std::move(bases)) {}

    // Checks the document and shows the dialog; false when the dialog cannot be loaded (the
    // caller tells the user the summary another way).
    bool open(const Reference<css::awt::XDialog> &dialog) {
        dialog_ = dialog;
        controls_.set(dialog_, UNO_QUERY_THROW);
        const Reference<css::awt::XActionListener> self(this);
        for (const auto &[name, command] :
             {std::pair{"FixButton", "fix"}, std::pair{"IgnoreButton", "ignore"},
              std::pair{"CloseButton", "close"}, std::pair{"AssemblyButton", "assembly"}}) {
            Reference<css::awt::XButton> button(control(controls_, name), UNO_QUERY_THROW);
            button->setActionCommand(OUString::createFromAscii(command));
            button->addActionListener(self);
        }
        list_.set(control(controls_, "FindingList"), UNO_QUERY_THROW);
        list_->addItemListener(Reference<css::awt::XItemListener>(this));
        Reference<css::awt::XTopWindow> window(dialog_, UNO_QUERY);
        if (window.is())
            window->addTopWindowListener(Reference<css::awt::XTopWindowListener>(this));
        Reference<css::lang::XComponent> frameComponent(frame_, UNO_QUERY);
        if (frameComponent.is())
            frameComponent->addEventListener(Reference<css::lang::XEventListener>(
                static_cast<css::awt::XActionListener *>(this)));
        const Reference<css::frame::XModel> model(document_, UNO_QUERY_THROW);
        Reference<css::awt::XTextComponent>(control(controls_, "AssemblyField"), UNO_QUERY_THROW)
            ->setText(toOUString(readContributionSettings(model).assembly));
        revalidate();
        Reference<css::awt::XWindow>(dialog_, UNO_QUERY_THROW)->setVisible(true);
        return true;
    }

    const nlohmann::json &report() const { return report_; }

    // XActionListener: the buttons.
    void SAL_CALL actionPerformed(const css::awt::ActionEvent &event) override {
        try {
            const std::string command = toUtf8(event.ActionCommand);
            if (command == "close") {
                close();
            } else if (command == "fix") {
                if (const Diagnostic *d = chosen(); d && d->fix)
                    fixAfresh(*d);
            } else if (command == "ignore") {
                if (const Diagnostic *d = chosen()) {
                    ignoreRule(document_, std::string(ruleId(d->rule)));
                    revalidate();
                }
            } else if (command == "assembly") {
                const Reference<css::frame::XModel> model(document_, UNO_QUERY_THROW);
                ContributionSettings settings = readContributionSettings(model);
                const std::string assembly =
                    toUtf8(Reference<css::awt::XTextComponent>(control(controls_, "AssemblyField"),
                                                               UNO_QUERY_THROW)
                               ->getText());
                if (assembly != settings.assembly) {
                    settings.assembly = assembly;
                    writeContributionSettings(model, settings);
                }
                revalidate();
            }
        } catch (const css::uno::Exception &e) {
            tell(couldNotFinish(plainOfficeMessage(toUtf8(e.Message), "an unexpected error")));
        } catch (const std::exception &e) {
            tell(couldNotFinish(plainOfficeMessage(e.what(), "an unexpected error")));
        }
    }

    // XItemListener: choosing a finding selects its words and shows it in full.
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent &) override {
        try {
            const Diagnostic *d = chosen();
            setEnabled(controls_, "FixButton", d && d->fix);
            setEnabled(controls_, "IgnoreButton", d != nullptr);
            if (!d) {
                setLabel(controls_, "DetailText", "");
                return;
            }
            const Messages &messages = uiMessages(context_);
            std::string detail = messages.text(
                "validate.detail",
                {{"severity", messages.text("severity." + std::string(severityName(d->severity)))},
                 {"rule", std::string(ruleId(d->rule))},
                 {"paragraph", std::to_string(d->paragraph + 1)},
                 {"message", messages.finding(ruleId(d->rule), d->message)}});
            if (d->fix)
                detail +=
                    "\n" +
                    messages.text("validate.fix",
                                  {{"fix", messages.fromTemplates("fix.", d->fix->description())}});
            setLabel(controls_, "DetailText", detail);
            if (d->end > d->start && frame_.is() &&
                !selectFindingWords(frame_->getController(), run_.recognition.read, *d))
                throw css::uno::RuntimeException("the text changed",
                                                 Reference<css::uno::XInterface>());
        } catch (const css::uno::Exception &) {
            // The text changed under the finding since the check: Check again shows it anew.
            setLabel(controls_, "DetailText", uiMessages(context_).text("validate.changed"));
        }
    }

    // XTopWindowListener: the window's own close button.
    void SAL_CALL windowClosing(const css::lang::EventObject &) override { close(); }
    void SAL_CALL windowOpened(const css::lang::EventObject &) override {}
    void SAL_CALL windowClosed(const css::lang::EventObject &) override {}
    void SAL_CALL windowMinimized(const css::lang::EventObject &) override {}
    void SAL_CALL windowNormalized(const css::lang::EventObject &) override {}
    void SAL_CALL windowActivated(const css::lang::EventObject &) override {}
    void SAL_CALL windowDeactivated(const css::lang::EventObject &) override {}

    // The document's frame goes away: so does the dialog.
    void SAL_CALL disposing(const css::lang::EventObject &event) override {
        if (frame_.is() && event.Source == Reference<css::uno::XInterface>(frame_, UNO_QUERY)) {
            frame_.clear();
            close();
        }
    }

  private:
    const Diagnostic *chosen() const {
        if (!list_.is())
            return nullptr;
        const sal_Int16 row = list_->getSelectedItemPos();
        if (row < 0 || static_cast<std::size_t>(row) >= rows_.size() || !rows_[row])
            return nullptr;
        return &run_.diagnostics.at(*rows_[row]);
    }

    // The user may have edited the document since the list was filled: the fix is taken from
    // a fresh check, for the same finding, so that it edits the text as it is now.
    void fixAfresh(const Diagnostic &shown) {
        CheckRequest request;
        request.baseFiles = bases_.files;
        fixChosenFinding(context_, document_, request, run_,
                         static_cast<std::size_t>(&shown - run_.diagnostics.data()));
        revalidate();
    }

    void revalidate() {
        CheckRequest request;
        request.baseFiles = bases_.files;
        run_ = checkDocument(context_, document_, request);
        const std::string summary = validationSummary(uiMessages(context_), run_, bases_);
        report_ = checkReport(run_);
        report_["summary"] = summary;
        setLabel(controls_, "SummaryText", summary);
        setLabel(controls_, "DetailText", "");
        setEnabled(controls_, "FixButton", false);
        setEnabled(controls_, "IgnoreButton", false);
        fillList();
    }

    // Findings under a line per proposal, in document order; those outside any proposal
    // (the cover, a base text checked on its own) first.
    void fillList() {
        const Structure &structure = run_.recognition.recognition.structure;
        std::map<std::optional<std::size_t>, std::vector<std::size_t>> groups;
        for (std::size_t i = 0; i < run_.diagnostics.size(); ++i)
            groups[proposalOf(structure, run_.diagnostics[i].paragraph)].push_back(i);
        const Messages &messages = uiMessages(context_);
        std::vector<OUString> entries;
        rows_.clear();
        for (const auto &[proposal, findings] : groups) {
            std::string heading = messages.text("validate.outsideProposal");
            if (proposal) {
                const Proposal &p = structure.proposals[*proposal];
                heading = (p.symbol.empty() ? messages.text("validate.proposal") : p.symbol) + " " +
                          p.numberText;
            }
            entries.push_back(toOUString(messages.text(
                "validate.group",
                {{"heading", heading},
                 {"findings", plural(messages, "count.findings", findings.size())}})));
            rows_.push_back(std::nullopt);
            for (std::size_t i : findings) {
                const Diagnostic &d = run_.diagnostics[i];
                entries.push_back(toOUString("    " + findingEntry(messages, d)));
                rows_.push_back(i);
            }
        }
        list_->removeItems(0, list_->getItemCount());
        list_->addItems(Sequence<OUString>(entries.data(), static_cast<sal_Int32>(entries.size())),
                        0);
    }

    std::string couldNotFinish(const std::string &problem) const {
        const Messages &messages = uiMessages(context_);
        return messages.text(
            "error.couldNotFinish",
            {{"command", messages.text("command.Validate")}, {"problem", problem}});
    }

    void tell(const std::string &message) {
        try {
            showMessage(context_, frame_, MessageKind::Error, toOUString(message),
                        uiText(context_, "command.Validate"));
        } catch (...) {
        }
    }

    void close() {
        const Reference<css::lang::XComponent> dialog(dialog_, UNO_QUERY);
        dialog_.clear();
        controls_.clear();
        list_.clear();
        if (frame_.is()) {
            try {
                Reference<css::lang::XComponent>(frame_, UNO_QUERY_THROW)
                    ->removeEventListener(Reference<css::lang::XEventListener>(
                        static_cast<css::awt::XActionListener *>(this)));
            } catch (...) {
            }
            frame_.clear();
        }
        if (dialog.is())
            dialog->dispose(); // drops the listeners, and with them this object
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
    Reference<css::text::XTextDocument> document_;
    BaseChoice bases_;
    Reference<css::awt::XDialog> dialog_;
    Reference<css::awt::XControlContainer> controls_;
    Reference<css::awt::XListBox> list_;
    CheckRun run_;
    std::vector<std::optional<std::size_t>> rows_; // list row -> finding; nullopt for headings
    nlohmann::json report_;
};

} // namespace

BaseChoice baseFilesForMenu(const Reference<css::uno::XComponentContext> &context) {
    BaseChoice choice;
    bool sample = false;
    choice.files = proposalBaseFiles(context, &sample);
    if (!choice.files.empty())
        choice.source = sample ? BaseSource::Shipped : BaseSource::Configured;
    return choice;
}

std::string findingsCount(const Messages &messages, const CheckRun &run) {
    const std::size_t proposals = run.recognition.recognition.structure.proposals.size();
    const auto count = [&](const char *key, Severity severity) {
        return plural(messages, key,
                      std::count_if(run.diagnostics.begin(), run.diagnostics.end(),
                                    [&](const Diagnostic &d) { return d.severity == severity; }));
    };
    return run.diagnostics.empty()
               ? messages.text("validate.clean",
                               {{"proposals", plural(messages, "count.proposals", proposals)}})
               : messages.text("validate.found",
                               {{"errors", count("count.errors", Severity::Error)},
                                {"warnings", count("count.warnings", Severity::Warning)},
                                {"info", count("count.info", Severity::Info)},
                                {"proposals", plural(messages, "count.proposals", proposals)}});
}

std::string checkedAgainst(const Messages &messages, const CheckRun &run, const BaseChoice &bases) {
    const std::string separator = messages.text("list.separator");
    std::string text;
    if (!run.withBase) {
        std::string skipped;
        for (Rule rule : rulesSkippedWithoutBase())
            skipped += (skipped.empty() ? "" : separator) + std::string(ruleId(rule));
        text = messages.text("validate.noBase", {{"rules", skipped}});
    } else {
        // The user's own files by their path, the sample by its name: both decoded (%20).
        std::string against;
        for (const std::string &file : bases.files)
            against += (against.empty() ? "" : separator) + (bases.source == BaseSource::Shipped
                                                                 ? fileName(systemPath(file))
                                                                 : systemPath(file));
        const bool sample = bases.source == BaseSource::Shipped;
        const bool assembly = !run.settings.assembly.empty();
        const char *key =
            sample ? (assembly ? "validate.checkedAgainstSampleAssembly"
                               : "validate.checkedAgainstSample")
                   : (assembly ? "validate.checkedAgainstAssembly" : "validate.checkedAgainst");
        text = messages.text(key, {{"files", against}, {"assembly", run.settings.assembly}});
        // Which proposals were compared with the base: none is passed over in silence.
        if (run.coverage.proposals > 0)
            text += "\n" + messages.text("validate.compared",
                                         {{"compared", std::to_string(run.coverage.compared)},
                                          {"proposals", std::to_string(run.coverage.proposals)}});
    }
    for (const BaseProblem &problem : run.baseProblems)
        text += "\n" + messages.text("validate.baseProblem",
                                     {{"file", fileName(systemPath(problem.file))},
                                      {"reason", messages.fromTemplates("part.", problem.reason)}});
    return text;
}

std::string validationSummary(const Messages &messages, const CheckRun &run,
                              const BaseChoice &bases) {
    const std::string separator = messages.text("list.separator");
    std::string text = findingsCount(messages, run) + "\n" + checkedAgainst(messages, run, bases);
    if (!run.settings.ignoredRules.empty()) {
        std::string rules;
        for (const std::string &rule : run.settings.ignoredRules)
            rules += (rules.empty() ? "" : separator) + rule;
        text += "\n" + messages.text("validate.ignored", {{"rules", rules}});
    }
    return text;
}

std::string findingEntry(const Messages &messages, const Diagnostic &d) {
    return messages.text(
        "validate.entry",
        {{"severity", messages.text("severity." + std::string(severityName(d.severity)))},
         {"message", messages.finding(ruleId(d.rule), d.message)},
         {"rule", std::string(ruleId(d.rule))}});
}

std::string noteEntry(const Messages &messages, const Note &note) {
    return messages.text("deck.note", {{"message", messages.fromTemplates("note.", note.message)}});
}

std::string findingDetail(const Messages &messages, const Diagnostic &d) {
    std::string detail = messages.text(
        "deck.detail",
        {{"severity", messages.text("severity." + std::string(severityName(d.severity)))},
         {"rule", std::string(ruleId(d.rule))},
         {"message", messages.finding(ruleId(d.rule), d.message)}});
    if (d.fix)
        detail +=
            "\n" + messages.text("validate.fix",
                                 {{"fix", messages.fromTemplates("fix.", d.fix->description())}});
    for (const Note &note : d.notes)
        detail += "\n" + noteEntry(messages, note);
    return detail;
}

nlohmann::json openValidateDialog(const Reference<css::uno::XComponentContext> &context,
                                  const Reference<css::frame::XFrame> &frame,
                                  const Reference<css::text::XTextDocument> &document) {
    const BaseChoice bases = baseFilesForMenu(context);
    Reference<css::awt::XDialog> dialog;
    try {
        const OUString location = extensionLocation(context);
        if (location.isEmpty())
            throw css::uno::RuntimeException("the Proposal Assistant extension is not installed",
                                             Reference<css::uno::XInterface>());
        Reference<css::awt::XDialogProvider2> provider(
            context->getServiceManager()->createInstanceWithContext(
                "com.sun.star.awt.DialogProvider2", context),
            UNO_QUERY_THROW);
        Sequence<css::beans::NamedValue> arguments(1);
        arguments[0].Name = "ParentWindow";
        arguments[0].Value <<= Reference<css::awt::XWindowPeer>(
            frame.is() ? frame->getContainerWindow() : Reference<css::awt::XWindow>(), UNO_QUERY);
        dialog = provider->createDialogWithArguments(location + "/dialogs/Validate.xdl", arguments);
    } catch (const css::uno::Exception &) {
        dialog.clear();
    }
    if (!dialog.is()) {
        // Without its dialog the result still reaches the user, as text.
        CheckRequest request;
        request.baseFiles = bases.files;
        const CheckRun run = checkDocument(context, document, request);
        nlohmann::json report = checkReport(run);
        report["summary"] = validationSummary(uiMessages(context), run, bases);
        showMessage(context, frame, MessageKind::Information,
                    toOUString(report["summary"].get<std::string>()),
                    uiText(context, "command.Validate"));
        return report;
    }
    const rtl::Reference<ValidateDialog> behaviour(
        new ValidateDialog(context, frame, document, bases));
    try {
        behaviour->open(dialog);
    } catch (...) {
        Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
        throw;
    }
    return behaviour->report();
}

} // namespace pa::uno
