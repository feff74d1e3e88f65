// Dispatch of the Proposals menu commands; every failure ends in a message box, never in the
// office. Recognize Structure = ProposalEngine::applyStyles on the frame's document + summary;
// Validate = the checker on the frame's document, in the non-modal Validate dialog.
#include "ProtocolHandler.hpp"

#include "FrameDocument.hpp"
#include "MergeCommand.hpp"
#include "ProposalCommands.hpp"
#include "ProposalEngine.hpp"
#include "ProposalsPanel.hpp"
#include "SummaryDialog.hpp"
#include "UiMessages.hpp"
#include "UnoStrings.hpp"
#include "ValidateDialog.hpp"
#include "report/OfficeErrors.hpp"

#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <exception>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace pa::uno {

ProtocolHandler::ProtocolHandler(const Reference<css::uno::XComponentContext> &context)
    : context_(context) {}

void ProtocolHandler::initialize(const Sequence<Any> &arguments) {
    try {
        for (const Any &argument : arguments) {
            Reference<css::frame::XFrame> frame(argument, UNO_QUERY);
            if (frame.is()) {
                frame_ = frame;
                break;
            }
        }
    } catch (...) {
        rethrowAsUno("ProtocolHandler.initialize", static_cast<cppu::OWeakObject *>(this));
    }
}

bool ProtocolHandler::handles(const css::util::URL &url) {
    return url.Protocol.equalsAscii(kProtocol) &&
           (url.Path.equalsAscii(kRecognizeStructureCommand) ||
            url.Path.equalsAscii(kValidateCommand) || url.Path.equalsAscii(kShowDeckCommand) ||
            isProposalCommand(url.Path) || url.Path.equalsAscii(kMergeCommand));
}

Reference<css::frame::XDispatch> ProtocolHandler::queryDispatch(const css::util::URL &url,
                                                                const OUString &, sal_Int32) {
    if (handles(url))
        return this;
    return Reference<css::frame::XDispatch>();
}

Sequence<Reference<css::frame::XDispatch>>
ProtocolHandler::queryDispatches(const Sequence<css::frame::DispatchDescriptor> &requests) {
    try {
        Sequence<Reference<css::frame::XDispatch>> dispatches(requests.getLength());
        for (sal_Int32 i = 0; i < requests.getLength(); ++i)
            dispatches[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                                          requests[i].SearchFlags);
        return dispatches;
    } catch (...) {
        rethrowAsUno("ProtocolHandler.queryDispatches", static_cast<cppu::OWeakObject *>(this));
    }
}

void ProtocolHandler::dispatch(const css::util::URL &url,
                               const Sequence<css::beans::PropertyValue> &arguments) {
    if (handles(url) && isProposalCommand(url.Path)) {
        if (runProposalCommand(context_, frame_, url.Path, arguments).first)
            refreshProposalsDeck(frame_);
        return;
    }
    if (handles(url) && url.Path.equalsAscii(kMergeCommand)) {
        runMergeCommand(context_, frame_, arguments);
        return;
    }
    run(url, arguments);
}

void ProtocolHandler::dispatchWithNotification(
    const css::util::URL &url, const Sequence<css::beans::PropertyValue> &arguments,
    const Reference<css::frame::XDispatchResultListener> &listener) {
    const bool editing = handles(url) && isProposalCommand(url.Path);
    const bool merging = handles(url) && url.Path.equalsAscii(kMergeCommand);
    const auto [succeeded, result] = editing
                                         ? runProposalCommand(context_, frame_, url.Path, arguments)
                                     : merging ? runMergeCommand(context_, frame_, arguments)
                                               : run(url, arguments);
    if (editing && succeeded)
        refreshProposalsDeck(frame_);
    if (!listener.is())
        return;
    css::frame::DispatchResultEvent event;
    event.Source = static_cast<cppu::OWeakObject *>(this);
    event.State = succeeded ? css::frame::DispatchResultState::SUCCESS
                            : css::frame::DispatchResultState::FAILURE;
    event.Result <<= result;
    try {
        listener->dispatchFinished(event);
    } catch (const css::uno::Exception &) {
        // A listener that went away (a remote caller gone) changes nothing for the document.
    }
}

void ProtocolHandler::addStatusListener(const Reference<css::frame::XStatusListener> &listener,
                                        const css::util::URL &url) {
    if (!listener.is() || !handles(url))
        return;
    // The command is always available in a text document: say so once.
    css::frame::FeatureStateEvent state;
    state.Source = static_cast<cppu::OWeakObject *>(this);
    state.FeatureURL = url;
    state.IsEnabled = true;
    state.Requery = false;
    try {
        listener->statusChanged(state);
    } catch (const css::uno::Exception &) {
    }
}

void ProtocolHandler::removeStatusListener(const Reference<css::frame::XStatusListener> &,
                                           const css::util::URL &) {}

std::pair<bool, OUString>
ProtocolHandler::run(const css::util::URL &url,
                     const Sequence<css::beans::PropertyValue> &arguments) {
    OUString problem;
    try {
        if (!handles(url))
            return {
                false,
                toOUString(
                    nlohmann::json{{"error", "unknown command " + toUtf8(url.Complete)}}.dump())};
        OUString result;
        if (url.Path.equalsAscii(kRecognizeStructureCommand)) {
            const bool succeeded = recognizeStructure(result);
            if (succeeded)
                refreshProposalsDeck(frame_);
            return {succeeded, result};
        }
        // "InDialog" (for macros and tests): the Validate dialog, which stands in for the
        // sidebar's deck where the office has no sidebar.
        // "Finding" (macros, tests): the index of a finding to choose in the deck's tree.
        bool inDialog = false;
        std::optional<std::size_t> finding;
        for (const auto &a : arguments) {
            sal_Int32 index = -1;
            if (a.Name == "InDialog")
                a.Value >>= inDialog;
            else if (a.Name == "Finding" && (a.Value >>= index) && index >= 0)
                finding = static_cast<std::size_t>(index);
        }
        return {validate(result, inDialog, finding), result};
    } catch (const css::uno::Exception &e) {
        problem = toOUString(
            plainOfficeMessage(toUtf8(e.Message), toUtf8(uiText(context_, "error.unexpected"))));
    } catch (const std::exception &e) {
        problem =
            toOUString(plainOfficeMessage(e.what(), toUtf8(uiText(context_, "error.unexpected"))));
    } catch (...) {
        problem = uiText(context_, "error.unexpected");
    }
    try {
        const std::string command = url.Path.equalsAscii(kValidateCommand)
                                        ? "command.Validate"
                                        : "command.RecognizeStructure";
        const Messages &messages = uiMessages(context_);
        showMessage(
            context_, frame_, MessageKind::Error,
            toOUString(messages.text("error.couldNotFinish", {{"command", messages.text(command)},
                                                              {"problem", toUtf8(problem)}})),
            toOUString(messages.text(command)));
    } catch (...) {
        // Nothing more can be shown; the caller still learns the reason below.
    }
    return {false, toOUString(nlohmann::json{{"error", toUtf8(problem)}}.dump())};
}

bool ProtocolHandler::recognizeStructure(OUString &result) {
    const Reference<css::text::XTextDocument> document = textDocumentOf(frame_);
    const Messages &messages = uiMessages(context_);
    const OUString title = toOUString(messages.text("command.RecognizeStructure"));
    if (!document.is()) {
        showMessage(
            context_, frame_, MessageKind::Error,
            toOUString(messages.text("error.notTextDocument", {{"command", toUtf8(title)}})),
            title);
        result = toOUString(nlohmann::json{{"error", "not a text document"}}.dump());
        return false;
    }
    const StylingRun run = applyItuStyles(document);
    result = toOUString(run.summary.dump());
    const Structure &structure = run.recognition.recognition.structure;
    if (structure.resolutions.empty() && structure.proposals.empty())
        showMessage(context_, frame_, MessageKind::Information,
                    toOUString(messages.text("recognize.nothingFound")), title);
    else if (run.recognition.recognition.unplaced.empty())
        showMessage(context_, frame_, MessageKind::Information, summaryText(messages, run), title);
    else
        showSummary(context_, frame_, run);
    return true;
}

bool ProtocolHandler::validate(OUString &result, bool inDialog,
                               std::optional<std::size_t> finding) {
    const Reference<css::text::XTextDocument> document = textDocumentOf(frame_);
    if (!document.is()) {
        const Messages &messages = uiMessages(context_);
        const std::string title = messages.text("command.Validate");
        showMessage(context_, frame_, MessageKind::Error,
                    toOUString(messages.text("error.notTextDocument", {{"command", title}})),
                    toOUString(title));
        result = toOUString(nlohmann::json{{"error", "not a text document"}}.dump());
        return false;
    }
    std::optional<nlohmann::json> report;
    if (!inDialog)
        report = showProposalsDeck(context_, frame_, finding);
    if (!report)
        report = openValidateDialog(context_, frame_, document);
    result = toOUString(report->dump());
    return true;
}

OUString ProtocolHandler::getImplementationName() {
    return OUString::createFromAscii(kProtocolHandlerImplementation);
}

sal_Bool ProtocolHandler::supportsService(const OUString &name) {
    return cppu::supportsService(this, name);
}

Sequence<OUString> ProtocolHandler::getSupportedServiceNames() {
    const OUString service("com.sun.star.frame.ProtocolHandler");
    return Sequence<OUString>(&service, 1);
}

} // namespace pa::uno
