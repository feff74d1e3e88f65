// The Writer document a frame shows, for the menu's commands: empty for any other window (a
// spreadsheet, the Start Center), which the commands refuse with a message.
#pragma once

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

namespace pa::uno {

inline css::uno::Reference<css::text::XTextDocument>
textDocumentOf(const css::uno::Reference<css::frame::XFrame> &frame) {
    css::uno::Reference<css::text::XTextDocument> document;
    if (frame.is()) {
        const css::uno::Reference<css::frame::XController> controller = frame->getController();
        if (controller.is())
            document.set(controller->getModel(), css::uno::UNO_QUERY);
    }
    return document;
}

} // namespace pa::uno
