#include "BaseFilesOptions.hpp"

#include "BaseFileSettings.hpp"
#include "UiMessages.hpp"
#include "UnoStrings.hpp"

#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <string>
#include <vector>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno {
namespace {

// The page's controls. The options dialog and the page's buttons both pass the page itself.
struct Page {
    Reference<css::awt::XListBox> list;
    Reference<css::awt::XFixedText> status;
    const Messages *messages = nullptr; // the status line's words
};

Page pageOf(const Reference<css::awt::XWindow> &window) {
    Reference<css::awt::XControlContainer> controls(window, UNO_QUERY);
    if (!controls.is() || !controls->getControl("BaseFileList").is())
        throw css::uno::RuntimeException("the Base Documents page lacks its file list",
                                         Reference<css::uno::XInterface>());
    return {Reference<css::awt::XListBox>(controls->getControl("BaseFileList"), UNO_QUERY_THROW),
            Reference<css::awt::XFixedText>(controls->getControl("Status"), UNO_QUERY), nullptr};
}

// The list shows paths as the user knows them; the configuration keeps file URLs.
OUString shown(const OUString &url) {
    OUString path;
    return osl::FileBase::getSystemPathFromFileURL(url, path) == osl::FileBase::E_None ? path : url;
}

OUString stored(const OUString &entry) {
    OUString url;
    return osl::FileBase::getFileURLFromSystemPath(entry, url) == osl::FileBase::E_None ? url
                                                                                        : entry;
}

bool exists(const OUString &url) {
    osl::DirectoryItem item;
    return osl::DirectoryItem::get(url, item) == osl::FileBase::E_None;
}

std::vector<OUString> listed(const Page &page) {
    std::vector<OUString> urls;
    for (const OUString &entry : page.list->getItems())
        urls.push_back(stored(entry));
    return urls;
}

// Says what the commands will read: the chosen files (naming those gone), or the sample base.
void showStatus(const Page &page) {
    if (!page.status.is())
        return;
    const std::vector<OUString> urls = listed(page);
    const Messages &messages = *page.messages;
    std::string text;
    if (urls.empty()) {
        text = messages.text("base.noneChosen");
    } else {
        text = messages.plural("count.baseDocuments", static_cast<long long>(urls.size()));
        std::string missing;
        for (const OUString &url : urls)
            if (!exists(url))
                missing +=
                    (missing.empty() ? "" : messages.text("list.separator")) + toUtf8(shown(url));
        if (!missing.empty())
            text += " " + messages.text("base.notFound", {{"files", missing}});
    }
    page.status->setText(toOUString(text));
}

void fill(const Page &page, const Sequence<OUString> &urls) {
    page.list->removeItems(0, page.list->getItemCount());
    for (const OUString &url : urls)
        page.list->addItem(shown(url), page.list->getItemCount());
    showStatus(page);
}

void addChosen(const Page &page, const Sequence<OUString> &chosen) {
    const std::vector<OUString> urls = listed(page);
    for (const OUString &url : chosen)
        if (std::find(urls.begin(), urls.end(), url) == urls.end())
            page.list->addItem(shown(url), page.list->getItemCount());
    showStatus(page);
}

void removeSelected(const Page &page) {
    Sequence<sal_Int16> selected = page.list->getSelectedItemsPos();
    std::vector<sal_Int16> positions(selected.begin(), selected.end());
    std::sort(positions.rbegin(), positions.rend());
    for (sal_Int16 pos : positions)
        page.list->removeItems(pos, 1);
    showStatus(page);
}

} // namespace

BaseFilesOptions::BaseFilesOptions(const Reference<css::uno::XComponentContext> &context)
    : context_(context) {}

sal_Bool BaseFilesOptions::callHandlerMethod(const Reference<css::awt::XWindow> &window,
                                             const Any &event, const OUString &method) {
    try {
        Page page = pageOf(window);
        page.messages = &uiMessages(context_);
        if (method == "external_event") {
            OUString what;
            event >>= what;
            if (what == "initialize" || what == "back") {
                fill(page, configuredBaseFiles(context_));
            } else if (what == "ok") {
                const std::vector<OUString> urls = listed(page);
                storeBaseFiles(
                    context_, Sequence<OUString>(urls.data(), static_cast<sal_Int32>(urls.size())));
            }
            return true;
        }
        if (method == "add") {
            addChosen(page, pickBaseFiles(context_));
            return true;
        }
        if (method == "remove") {
            removeSelected(page);
            return true;
        }
        return false;
    } catch (...) {
        rethrowAsUno("the Base Documents options page", static_cast<cppu::OWeakObject *>(this));
    }
}

Sequence<OUString> BaseFilesOptions::getSupportedMethodNames() {
    const OUString methods[] = {"external_event", "add", "remove"};
    return Sequence<OUString>(methods, 3);
}

OUString BaseFilesOptions::getImplementationName() {
    return OUString::createFromAscii(kBaseFilesOptionsImplementation);
}

sal_Bool BaseFilesOptions::supportsService(const OUString &name) {
    return name.equalsAscii(kBaseFilesOptionsService);
}

Sequence<OUString> BaseFilesOptions::getSupportedServiceNames() {
    const OUString service = OUString::createFromAscii(kBaseFilesOptionsService);
    return Sequence<OUString>(&service, 1);
}

} // namespace pa::uno
