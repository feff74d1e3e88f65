// Message boxes and the summary dialog of Recognize Structure. The dialog comes from the
// extension's own dialogs/Summary.xdl; its list jumps to the paragraphs left unplaced.
#include "SummaryDialog.hpp"

#include "ExtensionPackage.hpp"
#include "UiMessages.hpp"
#include "UnoStrings.hpp"
#include "text/Text.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase1.hxx>

#include <string>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno {
namespace {

constexpr std::size_t kPreviewCharacters = 70;

// "Paragraph 12: Collaboration with the Postal ..." (numbered from 1, as people count).
OUString listEntry(const Messages &messages, const Paragraph &paragraph, std::size_t index) {
    std::string preview = text::normalize(paragraph.text(View::Marked));
    for (char &c : preview)
        if (c == '\t' || c == '\n')
            c = ' ';
    const std::u16string wide = text::toUtf16(preview);
    std::string shown = wide.size() > kPreviewCharacters
                            ? text::toUtf8(wide.substr(0, kPreviewCharacters)) + "\xE2\x80\xA6"
                            : preview;
    if (shown.empty())
        shown = messages.text("recognize.emptyParagraph");
    return toOUString(messages.text("recognize.listEntry",
                                    {{"number", std::to_string(index + 1)}, {"text", shown}}));
}

// Selecting an entry selects its paragraph in the document, so the user sees where it is.
class UnplacedJump : public cppu::WeakImplHelper1<css::awt::XItemListener> {
  public:
    UnplacedJump(Reference<css::view::XSelectionSupplier> selection,
                 std::vector<Reference<css::text::XTextRange>> ranges)
        : selection_(std::move(selection)), ranges_(std::move(ranges)) {}

    void SAL_CALL itemStateChanged(const css::awt::ItemEvent &event) override {
        try {
            if (!selection_.is() || event.Selected < 0 ||
                static_cast<std::size_t>(event.Selected) >= ranges_.size())
                return;
            const Reference<css::text::XTextRange> &range = ranges_[event.Selected];
            Reference<css::text::XTextCursor> cursor =
                range->getText()->createTextCursorByRange(range);
            selection_->select(Any(cursor));
        } catch (...) {
            // A paragraph deleted since the run cannot be shown; the list stays usable.
        }
    }
    void SAL_CALL disposing(const css::lang::EventObject &) override {}

  private:
    Reference<css::view::XSelectionSupplier> selection_;
    std::vector<Reference<css::text::XTextRange>> ranges_;
};

OUString dialogUrl(const Reference<css::uno::XComponentContext> &context) {
    const OUString location = extensionLocation(context);
    if (location.isEmpty())
        throw css::uno::RuntimeException("the Proposal Assistant extension is not installed",
                                         Reference<css::uno::XInterface>());
    return location + "/dialogs/Summary.xdl";
}

Reference<css::awt::XControl> control(const Reference<css::awt::XControlContainer> &dialog,
                                      const char *name) {
    Reference<css::awt::XControl> c = dialog->getControl(OUString::createFromAscii(name));
    if (!c.is())
        throw css::uno::RuntimeException("dialogs/Summary.xdl lacks the control " +
                                             OUString::createFromAscii(name),
                                         Reference<css::uno::XInterface>());
    return c;
}

} // namespace

void showMessage(const Reference<css::uno::XComponentContext> &context,
                 const Reference<css::frame::XFrame> &frame, MessageKind kind,
                 const OUString &message, const OUString &title) {
    Reference<css::awt::XWindowPeer> parent;
    if (frame.is())
        parent.set(frame->getContainerWindow(), UNO_QUERY);
    Reference<css::awt::XMessageBoxFactory> factory(
        context->getServiceManager()->createInstanceWithContext("com.sun.star.awt.Toolkit",
                                                                context),
        UNO_QUERY_THROW);
    Reference<css::awt::XMessageBox> box =
        factory->createMessageBox(parent,
                                  kind == MessageKind::Error ? css::awt::MessageBoxType_ERRORBOX
                                                             : css::awt::MessageBoxType_INFOBOX,
                                  css::awt::MessageBoxButtons::BUTTONS_OK, title, message);
    box->execute();
    Reference<css::lang::XComponent> disposable(box, UNO_QUERY);
    if (disposable.is())
        disposable->dispose();
}

OUString summaryText(const Messages &messages, const StylingRun &run) {
    const Structure &s = run.recognition.recognition.structure;
    const auto count = [&](const char *key, std::size_t n) {
        return messages.plural(key, static_cast<long long>(n));
    };
    std::string text =
        messages.text("recognize.found",
                      {{"resolutions", count("count.resolutions", s.resolutions.size())},
                       {"proposals", count("count.proposals", s.proposals.size())},
                       {"calls", count("count.calls", s.callCount())},
                       {"items", count("count.items", s.itemCount())}}) +
        "\n";
    text += run.styled == 0 ? messages.text("recognize.allStyled")
                            : count("recognize.restyled", run.styled);
    if (!run.created.empty()) {
        std::string styles;
        for (const std::string &style : run.created)
            styles += (styles.empty() ? "" : messages.text("list.separator")) + style;
        text += "\n" + messages.text("recognize.stylesAdded", {{"styles", styles}});
    }
    const std::size_t unplaced = run.recognition.recognition.unplaced.size();
    if (unplaced)
        text += "\n" + count("recognize.unplaced", unplaced);
    return toOUString(text);
}

void showSummary(const Reference<css::uno::XComponentContext> &context,
                 const Reference<css::frame::XFrame> &frame, const StylingRun &run) {
    const Recognition &recognition = run.recognition.recognition;
    const ReadDocument &read = run.recognition.read;
    Reference<css::awt::XDialog> dialog;
    try {
        Reference<css::awt::XDialogProvider2> provider(
            context->getServiceManager()->createInstanceWithContext(
                "com.sun.star.awt.DialogProvider2", context),
            UNO_QUERY_THROW);
        dialog = provider->createDialog(dialogUrl(context));
        if (!dialog.is())
            throw css::uno::RuntimeException("dialogs/Summary.xdl could not be loaded",
                                             Reference<css::uno::XInterface>());
    } catch (const css::uno::Exception &) {
        // Without its dialog the summary still reaches the user, as text.
        showMessage(context, frame, MessageKind::Information, summaryText(uiMessages(context), run),
                    uiText(context, "command.RecognizeStructure"));
        return;
    }

    try {
        Reference<css::awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> summaryLabel(
            control(controls, "SummaryText")->getModel(), UNO_QUERY_THROW);
        const Messages &messages = uiMessages(context);
        summaryLabel->setPropertyValue("Label", Any(summaryText(messages, run)));

        Reference<css::awt::XListBox> list(control(controls, "UnplacedList"), UNO_QUERY_THROW);
        Sequence<OUString> entries(static_cast<sal_Int32>(recognition.unplaced.size()));
        std::vector<Reference<css::text::XTextRange>> ranges;
        for (std::size_t i = 0; i < recognition.unplaced.size(); ++i) {
            const std::size_t index = recognition.unplaced[i];
            entries[static_cast<sal_Int32>(i)] =
                listEntry(messages, read.model.paragraphs.at(index), index);
            ranges.push_back(read.paragraphRange(index));
        }
        list->addItems(entries, 0);

        Reference<css::view::XSelectionSupplier> selection;
        if (frame.is() && frame->getController().is())
            selection.set(frame->getController(), UNO_QUERY);
        list->addItemListener(new UnplacedJump(selection, std::move(ranges)));

        dialog->execute();
    } catch (...) {
        Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
        throw;
    }
    Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
}

} // namespace pa::uno
