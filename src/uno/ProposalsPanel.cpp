// The Findings panel of the Proposals deck: dialogs/ProposalsPanel.xdl loaded as a child window
// of the sidebar's panel, plus a tree control, laid out again whenever the sidebar resizes it.
// What it does with a finding is FindingActions' and the checker's; this file only shows.
#include "ProposalsPanel.hpp"

#include "ContributionSettings.hpp"
#include "ExtensionPackage.hpp"
#include "FindingActions.hpp"
#include "FrameDocument.hpp"
#include "ProposalChecker.hpp"
#include "ProposalCommands.hpp"
#include "SummaryDialog.hpp"
#include "UiMessages.hpp"
#include "UnoStrings.hpp"
#include "ValidateDialog.hpp"
#include "office/Properties.hpp"
#include "report/DiagnosticsReport.hpp"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XContainerWindowProvider.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XUnitConversion.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/awt/tree/XMutableTreeDataModel.hpp>
#include <com/sun/star/awt/tree/XMutableTreeNode.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/util/MeasureUnit.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/view/SelectionType.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/implbase8.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weakref.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno {
namespace {

// Layout in the dialog's own units (appfont), so that it follows the user's font size.
constexpr sal_Int32 kMargin = 3, kGap = 2, kButton = 14, kLabel = 10, kSummary = 20, kDetail = 44,
                    kIgnoredList = 24, kBaseText = 30, kField = 13, kMinTree = 60;
// Everything but the tree, top to bottom.
constexpr sal_Int32 kFixedHeight = kMargin + kSummary + kGap + /* tree */ kGap + kDetail + kGap +
                                   2 * (kButton + kGap) + kGap + kLabel + kIgnoredList + kGap +
                                   kBaseText + kButton + kGap + kButton + kMargin;

class ProposalsPanel;

// The open panels, one per frame at most: how Validate and the other commands reach them.
std::mutex registryMutex;
std::vector<std::pair<ProposalsPanel *, css::uno::WeakReference<css::ui::XUIElement>>> registry;

// How long Validate (or a command's re-check) called from one thread waits for a check or a
// button's command running on another before it answers with the last findings.
constexpr std::chrono::seconds kWaitForOtherThread{60};

class ProposalsPanel
    : public cppu::WeakImplHelper8<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                   css::lang::XComponent, css::awt::XActionListener,
                                   css::awt::XItemListener, css::view::XSelectionChangeListener,
                                   css::awt::XWindowListener> {
  public:
    // One user of the last check and of the controls at a time. Validate and the commands may
    // call from a UNO thread (a macro, a test, another process) while a button's command runs
    // on Writer's main thread, and the office's progress bar lets events run during a check:
    // two checks at once wrote the same findings and, once, ended in bad_alloc. Taken when
    // free; waited for up to `wait` while another thread has it; never taken again by the
    // thread that has it (an event handled during its own check), which then does nothing.
    class Busy {
      public:
        Busy(ProposalsPanel &panel, std::chrono::milliseconds wait) : panel_(panel) {
            std::unique_lock<std::mutex> lock(panel.busyMutex_);
            const std::thread::id self = std::this_thread::get_id();
            if (panel.busyThread_ == self ||
                !panel.idle_.wait_for(lock, wait, [&] { return !panel.busyThread_; }))
                return;
            panel.busyThread_ = self;
            taken_ = true;
        }
        ~Busy() {
            if (!taken_)
                return;
            std::lock_guard<std::mutex> lock(panel_.busyMutex_);
            panel_.busyThread_.reset();
            panel_.idle_.notify_all();
        }
        Busy(const Busy &) = delete;
        Busy &operator=(const Busy &) = delete;
        explicit operator bool() const { return taken_; }

      private:
        ProposalsPanel &panel_;
        bool taken_ = false;
    };

    // A finding of the tree, or one of its notes.
    struct Row {
        std::size_t finding;
        std::optional<std::size_t> note;
    };

    ProposalsPanel(Reference<css::uno::XComponentContext> context,
                   Reference<css::frame::XFrame> frame, Reference<css::awt::XWindow> parent,
                   OUString resourceUrl)
        : context_(std::move(context)), frame_(std::move(frame)), parent_(std::move(parent)),
          resourceUrl_(std::move(resourceUrl)), document_(textDocumentOf(frame_)) {}

    // Builds the controls and checks the document; registers the panel for its frame.
    void open() {
        Reference<css::awt::XContainerWindowProvider> provider(
            context_->getServiceManager()->createInstanceWithContext(
                "com.sun.star.awt.ContainerWindowProvider", context_),
            UNO_QUERY_THROW);
        window_ = provider->createContainerWindow(
            extensionLocation(context_) + "/dialogs/ProposalsPanel.xdl", OUString(),
            Reference<css::awt::XWindowPeer>(parent_, UNO_QUERY_THROW),
            Reference<css::uno::XInterface>());
        if (!window_.is())
            throw css::uno::RuntimeException("dialogs/ProposalsPanel.xdl could not be loaded",
                                             Reference<css::uno::XInterface>());
        controls_.set(window_, UNO_QUERY_THROW);
        addTree();
        const Reference<css::awt::XActionListener> self(this);
        for (const auto &[name, command] :
             {std::pair{"FixButton", "fix"}, std::pair{"FixAllButton", "fixall"},
              std::pair{"IgnoreButton", "ignore"}, std::pair{"CheckButton", "check"},
              std::pair{"StopIgnoringButton", "stopignoring"}, std::pair{"BaseButton", "base"},
              std::pair{"AssemblyButton", "assembly"}}) {
            Reference<css::awt::XButton> button(control(name), UNO_QUERY_THROW);
            button->setActionCommand(OUString::createFromAscii(command));
            button->addActionListener(self);
        }
        ignored_.set(control("IgnoredList"), UNO_QUERY_THROW);
        ignored_->addItemListener(Reference<css::awt::XItemListener>(this));
        parent_->addWindowListener(Reference<css::awt::XWindowListener>(this));
        const css::awt::Rectangle area = parent_->getPosSize();
        layout(area.Width, area.Height);
        window_->setVisible(true);
        {
            std::lock_guard<std::mutex> lock(registryMutex);
            registry.emplace_back(this, Reference<css::ui::XUIElement>(this));
        }
        check();
    }

    // Checks the document afresh and shows the findings; the report Validate answers with.
    // While another thread uses the panel, waits for it; the last report when it cannot.
    nlohmann::json check() {
        const Busy busy(*this, kWaitForOtherThread);
        if (!busy)
            return report();
        return recheck();
    }

    // Chooses finding `finding` of the last check in the tree, as a click on it does.
    void choose(std::size_t finding) {
        const Busy busy(*this, kWaitForOtherThread);
        if (busy)
            chooseFinding(finding);
    }

    nlohmann::json report() {
        std::lock_guard<std::mutex> lock(busyMutex_);
        return report_;
    }

  private:
    void setReport(nlohmann::json report) {
        std::lock_guard<std::mutex> lock(busyMutex_);
        report_ = std::move(report);
    }

    // check() for the thread that has the panel busy.
    nlohmann::json recheck() {
        if (!document_.is() || !controls_.is()) {
            setReport({{"error", "not a text document"}});
            return report();
        }
        bases_ = baseFilesForMenu(context_);
        run_ = checkDocument(context_, document_, request());
        nlohmann::json fresh = checkReport(run_);
        fresh["summary"] = validationSummary(uiMessages(context_), run_, bases_);
        setReport(fresh);
        // The check lets the office handle events (its progress bar): the document may have
        // been closed meanwhile, and the panel disposed with it.
        if (!controls_.is())
            return fresh;
        setLabel("SummaryText", findingsCount(uiMessages(context_), run_));
        setLabel("BaseText", checkedAgainst(uiMessages(context_), run_, bases_));
        setLabel("DetailText", "");
        Reference<css::awt::XTextComponent>(control("AssemblyField"), UNO_QUERY_THROW)
            ->setText(toOUString(run_.settings.assembly));
        fillTree();
        fillIgnored();
        enableForChoice();
        return fresh;
    }

    void chooseFinding(std::size_t finding) {
        if (finding >= findingNodes_.size())
            throw css::lang::IllegalArgumentException(
                toOUString("there is no finding number " + std::to_string(finding)),
                static_cast<cppu::OWeakObject *>(this), 0);
        try {
            tree_->select(Any(findingNodes_[finding]));
        } catch (const css::uno::Exception &) {
            // The tree shows the choice when it can; the words are selected below anyway.
        }
        show(Row{finding, std::nullopt});
    }

  public:
    Reference<css::frame::XFrame> frame() const { return frame_; }
    bool shown() const {
        const Reference<css::awt::XWindow2> parent(parent_, UNO_QUERY);
        const Reference<css::awt::XWindow2> window(window_, UNO_QUERY);
        return parent.is() && window.is() && parent->isVisible() && window->isVisible();
    }

    // XUIElement
    Reference<css::frame::XFrame> SAL_CALL getFrame() override { return frame_; }
    OUString SAL_CALL getResourceURL() override { return resourceUrl_; }
    sal_Int16 SAL_CALL getType() override { return css::ui::UIElementType::TOOLPANEL; }
    Reference<css::uno::XInterface> SAL_CALL getRealInterface() override {
        return static_cast<css::ui::XToolPanel *>(this);
    }

    // XToolPanel
    Reference<css::awt::XWindow> SAL_CALL getWindow() override { return window_; }
    Reference<css::accessibility::XAccessible>
        SAL_CALL createAccessible(const Reference<css::accessibility::XAccessible> &) override {
        const Reference<css::awt::XControl> c(window_, UNO_QUERY);
        return Reference<css::accessibility::XAccessible>(c.is() ? c->getPeer() : nullptr,
                                                          UNO_QUERY);
    }

    // XSidebarPanel: the tree takes whatever height the deck has beyond the other controls.
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override {
        const sal_Int32 minimum = pixels(1, kFixedHeight + kMinTree).Height;
        (void)width;
        return css::ui::LayoutSize(minimum, 100000, minimum + pixels(1, 100).Height);
    }
    sal_Int32 SAL_CALL getMinimalWidth() override { return pixels(120, 1).Width; }

    // XComponent: the sidebar disposes the panel when it shows another deck or closes.
    void SAL_CALL dispose() override {
        {
            std::lock_guard<std::mutex> lock(registryMutex);
            registry.erase(std::remove_if(registry.begin(), registry.end(),
                                          [&](const auto &e) { return e.first == this; }),
                           registry.end());
        }
        if (parent_.is()) {
            try {
                parent_->removeWindowListener(Reference<css::awt::XWindowListener>(this));
            } catch (...) {
            }
        }
        const Reference<css::lang::XComponent> window(window_, UNO_QUERY);
        window_.clear();
        controls_.clear();
        tree_.clear();
        ignored_.clear();
        parent_.clear();
        if (window.is())
            window->dispose();
    }
    void SAL_CALL addEventListener(const Reference<css::lang::XEventListener> &) override {}
    void SAL_CALL removeEventListener(const Reference<css::lang::XEventListener> &) override {}

    // XActionListener: the buttons.
    void SAL_CALL actionPerformed(const css::awt::ActionEvent &event) override {
        const Busy busy(*this, std::chrono::milliseconds(0));
        if (!busy)
            return; // a check is running: its findings are not final yet
        try {
            const std::string command = toUtf8(event.ActionCommand);
            if (command == "fix") {
                if (const auto i = chosenFinding())
                    fixChosenFinding(context_, document_, request(), run_, *i);
            } else if (command == "fixall") {
                if (const auto i = chosenFinding())
                    fixAllOfRule(context_, document_, request(), run_.diagnostics[*i].rule);
            } else if (command == "ignore") {
                if (const auto i = chosenFinding())
                    ignoreRule(document_, std::string(ruleId(run_.diagnostics[*i].rule)));
            } else if (command == "stopignoring") {
                const OUString rule = ignored_->getSelectedItem();
                if (!rule.isEmpty())
                    stopIgnoringRule(document_, toUtf8(rule));
            } else if (command == "base") {
                runProposalCommand(context_, frame_, "ChooseBaseFiles", {});
            } else if (command == "assembly") {
                const Reference<css::frame::XModel> model(document_, UNO_QUERY_THROW);
                ContributionSettings settings = readContributionSettings(model);
                const std::string assembly = toUtf8(
                    Reference<css::awt::XTextComponent>(control("AssemblyField"), UNO_QUERY_THROW)
                        ->getText());
                if (assembly != settings.assembly) {
                    settings.assembly = assembly;
                    writeContributionSettings(model, settings);
                }
            }
            if (controls_.is())
                recheck();
        } catch (const css::lang::DisposedException &) {
            // The document was closed while the command ran: nothing left to show it in.
        } catch (const css::uno::Exception &e) {
            tell(toUtf8(e.Message));
        } catch (const std::exception &e) {
            tell(e.what());
        }
    }

    // XItemListener: a rule chosen in the ignored list.
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent &) override {
        try {
            setEnabled("StopIgnoringButton", ignored_.is() && ignored_->getSelectedItemPos() >= 0);
        } catch (const css::uno::Exception &) {
        }
    }

    // XSelectionChangeListener: choosing a finding (or a note) selects its words.
    void SAL_CALL selectionChanged(const css::lang::EventObject &) override {
        const Busy busy(*this, std::chrono::milliseconds(0));
        if (!busy)
            return; // the tree is being filled afresh
        try {
            chooseRow();
        } catch (const css::uno::Exception &) {
            // The panel was disposed meanwhile: no exception may reach the office's event loop.
        }
    }

    void chooseRow() { show(chosenRow()); }

    // The chosen finding (or note) in full below the tree, and its words selected.
    void show(const std::optional<Row> &row) {
        current_ = row;
        try {
            enableForChoice();
            if (!row) {
                setLabel("DetailText", "");
                return;
            }
            const Diagnostic &d = run_.diagnostics.at(row->finding);
            setLabel("DetailText", findingDetail(uiMessages(context_), d));
            const Reference<css::frame::XController> controller = frame_->getController();
            if (row->note) {
                const Note &n = d.notes.at(*row->note);
                selectWords(controller, run_.recognition.read, n.paragraph, n.start, n.end);
            } else if (d.end > d.start && !selectFindingWords(controller, run_.recognition.read, d))
                throw css::uno::RuntimeException("the text changed",
                                                 Reference<css::uno::XInterface>());
        } catch (const css::uno::Exception &) {
            setLabel("DetailText", uiMessages(context_).text("validate.changed"));
        }
    }

    // XWindowListener on the sidebar's panel window: follow its size.
    void SAL_CALL windowResized(const css::awt::WindowEvent &event) override {
        try {
            layout(event.Width, event.Height);
        } catch (const css::uno::Exception &) {
        }
    }
    void SAL_CALL windowMoved(const css::awt::WindowEvent &) override {}
    void SAL_CALL windowShown(const css::lang::EventObject &) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject &) override {}

    void SAL_CALL disposing(const css::lang::EventObject &event) override {
        if (parent_.is() && event.Source == Reference<css::uno::XInterface>(parent_, UNO_QUERY))
            parent_.clear();
    }

  private:
    CheckRequest request() const {
        CheckRequest r;
        r.baseFiles = bases_.files;
        return r;
    }

    Reference<css::awt::XControl> control(const char *name) const {
        if (!controls_.is()) // disposed while a fix or a check let the office handle events
            throw css::lang::DisposedException("the Proposals panel is closed",
                                               Reference<css::uno::XInterface>());
        Reference<css::awt::XControl> c = controls_->getControl(OUString::createFromAscii(name));
        if (!c.is())
            throw css::uno::RuntimeException("dialogs/ProposalsPanel.xdl lacks the control " +
                                                 OUString::createFromAscii(name),
                                             Reference<css::uno::XInterface>());
        return c;
    }

    Reference<css::beans::XPropertySet> model(const char *name) const {
        return Reference<css::beans::XPropertySet>(control(name)->getModel(), UNO_QUERY_THROW);
    }

    void setLabel(const char *name, const std::string &text) {
        model(name)->setPropertyValue("Label", Any(toOUString(text)));
    }

    void setEnabled(const char *name, bool enabled) {
        model(name)->setPropertyValue("Enabled", Any(enabled));
    }

    // The tree is not a control .xdl files know: it joins the loaded dialog's model here.
    void addTree() {
        const Reference<css::awt::XControl> dialog(window_, UNO_QUERY_THROW);
        const Reference<css::lang::XMultiServiceFactory> factory(dialog->getModel(),
                                                                 UNO_QUERY_THROW);
        const Reference<css::beans::XPropertySet> treeModel(
            factory->createInstance("com.sun.star.awt.tree.TreeControlModel"), UNO_QUERY_THROW);
        data_.set(context_->getServiceManager()->createInstanceWithContext(
                      "com.sun.star.awt.tree.MutableTreeDataModel", context_),
                  UNO_QUERY_THROW);
        treeModel->setPropertyValue(
            "DataModel", Any(Reference<css::awt::tree::XTreeDataModel>(data_, UNO_QUERY_THROW)));
        treeModel->setPropertyValue("RootDisplayed", Any(false));
        treeModel->setPropertyValue("ShowsHandles", Any(true));
        treeModel->setPropertyValue("ShowsRootHandles", Any(true));
        treeModel->setPropertyValue("Editable", Any(false));
        treeModel->setPropertyValue("SelectionType", Any(css::view::SelectionType_SINGLE));
        treeModel->setPropertyValue("TabIndex", Any(sal_Int16(1)));
        Reference<css::container::XNameContainer>(dialog->getModel(), UNO_QUERY_THROW)
            ->insertByName("FindingTree", Any(treeModel));
        tree_.set(control("FindingTree"), UNO_QUERY_THROW);
        tree_->addSelectionChangeListener(Reference<css::view::XSelectionChangeListener>(this));
    }

    css::awt::Size pixels(sal_Int32 width, sal_Int32 height) {
        const Reference<css::awt::XUnitConversion> units(window_, UNO_QUERY);
        if (!units.is())
            return css::awt::Size(width * 2, height * 2);
        return units->convertSizeToPixel(css::awt::Size(width, height),
                                         css::util::MeasureUnit::APPFONT);
    }

    void place(const char *name, sal_Int32 x, sal_Int32 y, sal_Int32 width, sal_Int32 height) {
        const Reference<css::beans::XPropertySet> m = model(name);
        m->setPropertyValue("PositionX", Any(x));
        m->setPropertyValue("PositionY", Any(y));
        m->setPropertyValue("Width", Any(std::max<sal_Int32>(width, 1)));
        m->setPropertyValue("Height", Any(std::max<sal_Int32>(height, 1)));
    }

    // Everything spans the panel's width; the tree takes the height the others leave.
    void layout(sal_Int32 widthPixels, sal_Int32 heightPixels) {
        if (!window_.is() || widthPixels <= 0 || heightPixels <= 0)
            return;
        window_->setPosSize(0, 0, widthPixels, heightPixels, css::awt::PosSize::POSSIZE);
        const Reference<css::awt::XUnitConversion> units(window_, UNO_QUERY_THROW);
        const css::awt::Size size = units->convertSizeToLogic(
            css::awt::Size(widthPixels, heightPixels), css::util::MeasureUnit::APPFONT);
        const sal_Int32 w = std::max<sal_Int32>(size.Width - 2 * kMargin, 40);
        const sal_Int32 half = (w - kGap) / 2;
        const sal_Int32 tree = std::max(size.Height - kFixedHeight, kMinTree);
        sal_Int32 y = kMargin;
        place("SummaryText", kMargin, y, w, kSummary);
        y += kSummary + kGap;
        place("FindingTree", kMargin, y, w, tree);
        y += tree + kGap;
        place("DetailText", kMargin, y, w, kDetail);
        y += kDetail + kGap;
        place("FixButton", kMargin, y, half, kButton);
        place("FixAllButton", kMargin + half + kGap, y, w - half - kGap, kButton);
        y += kButton + kGap;
        place("IgnoreButton", kMargin, y, half, kButton);
        place("CheckButton", kMargin + half + kGap, y, w - half - kGap, kButton);
        y += kButton + kGap + kGap;
        place("IgnoredLabel", kMargin, y, w, kLabel);
        y += kLabel;
        const sal_Int32 stop = std::min<sal_Int32>(60, w / 2);
        place("IgnoredList", kMargin, y, w - stop - kGap, kIgnoredList);
        place("StopIgnoringButton", kMargin + w - stop, y, stop, kButton);
        y += kIgnoredList + kGap;
        place("BaseText", kMargin, y, w, kBaseText);
        y += kBaseText;
        place("BaseButton", kMargin, y, w, kButton);
        y += kButton + kGap;
        const sal_Int32 label = 36, set = 24;
        place("AssemblyLabel", kMargin, y + 2, label, kLabel);
        place("AssemblyField", kMargin + label, y, w - label - set - kGap, kField);
        place("AssemblyButton", kMargin + w - set, y, set, kButton);
    }

    // Proposal -> finding -> its notes; findings outside any proposal first.
    void fillTree() {
        const Structure &structure = run_.recognition.recognition.structure;
        const Messages &messages = uiMessages(context_);
        std::map<std::optional<std::size_t>, std::vector<std::size_t>> groups;
        for (std::size_t i = 0; i < run_.diagnostics.size(); ++i)
            groups[proposalOf(structure, run_.diagnostics[i].paragraph)].push_back(i);
        rows_.clear();
        current_.reset();
        findingNodes_.assign(run_.diagnostics.size(), nullptr);
        // A new data model each time, filled before the tree shows it: a root set on a model
        // the tree already shows becomes a row of its own ("Findings", folded, with the
        // findings hidden under it), whatever RootDisplayed says.
        data_.set(context_->getServiceManager()->createInstanceWithContext(
                      "com.sun.star.awt.tree.MutableTreeDataModel", context_),
                  UNO_QUERY_THROW);
        const Reference<css::awt::tree::XMutableTreeNode> root =
            data_->createNode(Any(OUString("Findings")), false);
        std::vector<Reference<css::awt::tree::XMutableTreeNode>> headings;
        for (const auto &[proposal, findings] : groups) {
            std::string heading = messages.text("validate.outsideProposal");
            if (proposal) {
                const Proposal &p = structure.proposals[*proposal];
                heading = (p.symbol.empty() ? messages.text("validate.proposal") : p.symbol) + " " +
                          p.numberText;
            }
            const auto count = [&](const char *key, Severity severity) {
                return messages.plural(
                    key, std::count_if(findings.begin(), findings.end(), [&](std::size_t i) {
                        return run_.diagnostics[i].severity == severity;
                    }));
            };
            const Reference<css::awt::tree::XMutableTreeNode> group = data_->createNode(
                Any(toOUString(messages.text(
                    "deck.group", {{"heading", heading},
                                   {"errors", count("count.errors", Severity::Error)},
                                   {"warnings", count("count.warnings", Severity::Warning)},
                                   {"info", count("count.info", Severity::Info)}}))),
                false);
            for (std::size_t i : findings) {
                const Diagnostic &d = run_.diagnostics[i];
                const Reference<css::awt::tree::XMutableTreeNode> node =
                    data_->createNode(Any(toOUString(findingEntry(messages, d))), false);
                node->setDataValue(Any(static_cast<sal_Int32>(rows_.size())));
                node->setNodeGraphicURL(icon(d.severity));
                findingNodes_[i] = node;
                rows_.push_back(Row{i, std::nullopt});
                for (std::size_t n = 0; n < d.notes.size(); ++n) {
                    const Reference<css::awt::tree::XMutableTreeNode> note =
                        data_->createNode(Any(toOUString(noteEntry(messages, d.notes[n]))), false);
                    note->setDataValue(Any(static_cast<sal_Int32>(rows_.size())));
                    rows_.push_back(Row{i, n});
                    node->appendChild(note);
                }
                group->appendChild(node);
            }
            root->appendChild(group);
            headings.push_back(group);
        }
        data_->setRoot(root);
        model("FindingTree")
            ->setPropertyValue("DataModel", Any(Reference<css::awt::tree::XTreeDataModel>(
                                                data_, UNO_QUERY_THROW)));
        for (const auto &group : headings)
            tree_->expandNode(Reference<css::awt::tree::XTreeNode>(group, UNO_QUERY_THROW));
    }

    OUString icon(Severity severity) const {
        return extensionLocation(context_) + "/icons/" +
               toOUString(std::string(severityName(severity))) + "-16.png";
    }

    void fillIgnored() {
        ignored_->removeItems(0, ignored_->getItemCount());
        sal_Int16 at = 0;
        for (const std::string &rule : run_.settings.ignoredRules)
            ignored_->addItem(toOUString(rule), at++);
    }

    std::optional<Row> chosenRow() const {
        if (!tree_.is())
            return std::nullopt;
        Reference<css::awt::tree::XMutableTreeNode> node(tree_->getSelection(), UNO_QUERY);
        sal_Int32 row = -1;
        if (!node.is() || !(node->getDataValue() >>= row) || row < 0 ||
            static_cast<std::size_t>(row) >= rows_.size())
            return std::nullopt;
        return rows_[static_cast<std::size_t>(row)];
    }

    std::optional<std::size_t> chosenFinding() const {
        return current_ ? std::optional<std::size_t>(current_->finding) : std::nullopt;
    }

    void enableForChoice() {
        const std::optional<std::size_t> i = chosenFinding();
        setEnabled("FixButton", i && run_.diagnostics[*i].fix);
        setEnabled("FixAllButton", i && run_.diagnostics[*i].fix);
        setEnabled("IgnoreButton", i.has_value());
        setEnabled("StopIgnoringButton", ignored_->getSelectedItemPos() >= 0);
    }

    // A problem, said in the UI language: "Proposals could not finish: ...".
    void tell(const std::string &problem) {
        try {
            const Messages &messages = uiMessages(context_);
            const std::string title = messages.text("command.Proposals");
            showMessage(context_, frame_, MessageKind::Error,
                        toOUString(messages.text("error.couldNotFinish",
                                                 {{"command", title}, {"problem", problem}})),
                        toOUString(title));
        } catch (...) {
        }
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
    Reference<css::awt::XWindow> parent_;
    OUString resourceUrl_;
    Reference<css::text::XTextDocument> document_;
    Reference<css::awt::XWindow> window_;
    Reference<css::awt::XControlContainer> controls_;
    Reference<css::awt::tree::XTreeControl> tree_;
    Reference<css::awt::tree::XMutableTreeDataModel> data_;
    Reference<css::awt::XListBox> ignored_;
    BaseChoice bases_;
    CheckRun run_;
    std::vector<Row> rows_;      // tree node data value -> finding (and note)
    std::optional<Row> current_; // the finding chosen last, in the tree or by command
    std::vector<Reference<css::awt::tree::XMutableTreeNode>> findingNodes_; // by finding
    nlohmann::json report_; // written under busyMutex_: another thread may copy it
    std::mutex busyMutex_;
    std::condition_variable idle_;
    std::optional<std::thread::id> busyThread_; // the thread using run_ and the controls
};

// The open panel of the frame, if any: the one shown, else the newest (the sidebar may keep a
// panel of an earlier context hidden).
rtl::Reference<ProposalsPanel> panelOf(const Reference<css::frame::XFrame> &frame) {
    std::lock_guard<std::mutex> lock(registryMutex);
    rtl::Reference<ProposalsPanel> newest;
    for (const auto &[panel, weak] : registry) {
        const Reference<css::ui::XUIElement> alive(weak);
        if (!alive.is() || panel->frame() != frame)
            continue;
        if (panel->shown())
            return rtl::Reference<ProposalsPanel>(panel);
        newest = panel;
    }
    return newest;
}

// The sidebar's "last active deck" of Writer (org.openoffice.Office.UI.Sidebar/Content/
// LastActiveDeck: "Application,DeckId" entries), which a sidebar opening shows.
void rememberDeckForWriter(const Reference<css::uno::XComponentContext> &context) {
    const Reference<css::container::XNameReplace> content(
        office::configurationAccess(context, "/org.openoffice.Office.UI.Sidebar/Content", true),
        UNO_QUERY_THROW);
    Sequence<OUString> last;
    content->getByName("LastActiveDeck") >>= last;
    std::vector<OUString> kept;
    for (const OUString &entry : last)
        if (!entry.startsWith("Writer,"))
            kept.push_back(entry);
    kept.push_back("Writer," + OUString::createFromAscii(kProposalsDeck));
    content->replaceByName(
        "LastActiveDeck",
        Any(Sequence<OUString>(kept.data(), static_cast<sal_Int32>(kept.size()))));
    Reference<css::util::XChangesBatch>(content, UNO_QUERY_THROW)->commitChanges();
}

} // namespace

Reference<css::ui::XUIElement>
ProposalsPanelFactory::createUIElement(const OUString &resourceUrl,
                                       const Sequence<css::beans::PropertyValue> &arguments) {
    try {
        Reference<css::frame::XFrame> frame;
        Reference<css::awt::XWindow> parent;
        for (const css::beans::PropertyValue &a : arguments) {
            if (a.Name == "Frame")
                a.Value >>= frame;
            else if (a.Name == "ParentWindow")
                a.Value >>= parent;
        }
        if (!parent.is())
            throw css::lang::IllegalArgumentException("the sidebar gave no ParentWindow",
                                                      static_cast<cppu::OWeakObject *>(this), 1);
        const rtl::Reference<ProposalsPanel> panel(
            new ProposalsPanel(context_, frame, parent, resourceUrl));
        panel->open();
        return Reference<css::ui::XUIElement>(panel.get());
    } catch (...) {
        rethrowAsUno("creating the Proposals panel", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalsPanelFactory::getImplementationName() {
    return OUString::createFromAscii(kPanelFactoryImplementation);
}

sal_Bool ProposalsPanelFactory::supportsService(const OUString &name) {
    return cppu::supportsService(this, name);
}

Sequence<OUString> ProposalsPanelFactory::getSupportedServiceNames() {
    const OUString service = OUString::createFromAscii(kPanelFactoryService);
    return Sequence<OUString>(&service, 1);
}

std::optional<nlohmann::json>
showProposalsDeck(const Reference<css::uno::XComponentContext> &context,
                  const Reference<css::frame::XFrame> &frame, std::optional<std::size_t> finding) {
    bool existed = false;
    try {
        const Reference<css::frame::XController2> controller(
            frame.is() ? frame->getController() : nullptr, UNO_QUERY);
        if (!controller.is() || !controller->getSidebar().is())
            return std::nullopt;
        const Reference<css::ui::XDecks> decks = controller->getSidebar()->getDecks();
        const OUString id = OUString::createFromAscii(kProposalsDeck);
        const Reference<css::ui::XDeck> deck(
            decks.is() && decks->hasByName(id) ? decks->getByName(id) : Any(), UNO_QUERY);
        existed = panelOf(frame).is();
        if (deck.is()) {
            // Activating the deck shown already would close it.
            if (!deck->isActive())
                deck->activate(true);
        } else {
            // The sidebar is closed (or has not learnt yet that it is in Writer): it opens on
            // the deck last active in Writer, so that deck is ours from now on.
            rememberDeckForWriter(context);
            controller->getSidebar()->setVisible(true);
            const Reference<css::ui::XDecks> shown = controller->getSidebar()->getDecks();
            if (shown.is() && shown->hasByName(id))
                Reference<css::ui::XDeck>(shown->getByName(id), UNO_QUERY_THROW)->activate(true);
        }
    } catch (const css::uno::Exception &) {
        return std::nullopt; // no sidebar in this office: the dialog stands in
    }
    // A panel open before is checked again; a new one checked itself when it opened.
    if (const rtl::Reference<ProposalsPanel> panel = panelOf(frame); panel.is()) {
        nlohmann::json report = existed ? panel->check() : panel->report();
        if (finding)
            panel->choose(*finding);
        return report;
    }
    // The sidebar makes the panel later: answer meanwhile with the same check.
    const Reference<css::text::XTextDocument> document = textDocumentOf(frame);
    const BaseChoice bases = baseFilesForMenu(context);
    CheckRequest request;
    request.baseFiles = bases.files;
    const CheckRun run = checkDocument(context, document, request);
    nlohmann::json report = checkReport(run);
    report["summary"] = validationSummary(uiMessages(context), run, bases);
    return report;
}

void refreshProposalsDeck(const Reference<css::frame::XFrame> &frame) {
    try {
        if (const rtl::Reference<ProposalsPanel> panel = panelOf(frame); panel.is())
            panel->check();
    } catch (...) {
        // The command itself succeeded; a panel that cannot check shows its last findings.
    }
}

} // namespace pa::uno
