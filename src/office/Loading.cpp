#include "office/Loading.hpp"

#include "office/Properties.hpp"
#include "office/Strings.hpp"
#include "report/OfficeErrors.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/document/XTypeDetection.hpp>
#include <com/sun/star/frame/XLoadable.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/task/ErrorCodeIOException.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::office {

std::string systemErrorWords(int error) {
    std::string why = std::strerror(error); // "Permission denied" -> "permission denied"
    if (!why.empty())
        why[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(why[0])));
    return why;
}

std::string unreadableFileReason(const std::string &path) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0)
        return errno == ENOENT ? "no such file" : systemErrorWords(errno);
    if (S_ISDIR(st.st_mode))
        return "it is a folder";
    if (st.st_size == 0)
        return "empty file (0 bytes), not a document";
    const int fd = open(path.c_str(), O_RDONLY);
    if (fd < 0)
        return systemErrorWords(errno);
    close(fd);
    return {};
}

bool DocumentType::isText() const {
    return service == "com.sun.star.text.TextDocument" ||
           service == "com.sun.star.text.GlobalDocument";
}

DocumentType detectDocumentType(const Reference<css::uno::XComponentContext> &context,
                                const OUString &url) {
    const Reference<css::lang::XMultiComponentFactory> smgr = context->getServiceManager();
    Reference<css::document::XTypeDetection> detection(
        smgr->createInstanceWithContext("com.sun.star.document.TypeDetection", context),
        UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::PropertyValue> descriptor =
        properties({property("URL", Any(url))});
    DocumentType out;
    const OUString type = detection->queryTypeByDescriptor(descriptor, true);
    if (type.isEmpty())
        return out;
    out.type = toUtf8(type);
    out.filter = stringProperty(descriptor, "FilterName");
    Reference<css::container::XNameAccess> types(detection, UNO_QUERY_THROW);
    if (out.filter.empty() && types->hasByName(type))
        out.filter = stringProperty(types->getByName(type), "PreferredFilter");
    Reference<css::container::XNameAccess> filters(
        smgr->createInstanceWithContext("com.sun.star.document.FilterFactory", context),
        UNO_QUERY_THROW);
    if (!out.filter.empty() && filters->hasByName(toOUString(out.filter)))
        out.service = stringProperty(filters->getByName(toOUString(out.filter)), "DocumentService");
    return out;
}

LoadError::LoadError(std::optional<std::uint32_t> c, const std::string &filter)
    : std::runtime_error(officeErrorWords(c, "LibreOffice cannot read it as " + filter)), code(c) {}

std::string LoadError::words(const std::string &fallback) const {
    return officeErrorWords(code, fallback);
}

LoadedDocument::LoadedDocument(const Reference<css::uno::XComponentContext> &context,
                               const OUString &url, const DocumentType &type, bool readOnly) {
    const auto args = properties(
        {property("URL", Any(url)), property("FilterName", Any(toOUString(type.filter))),
         property("Hidden", Any(true)),
         property("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE)),
         property("UpdateDocMode", Any(css::document::UpdateDocMode::NO_UPDATE)),
         property("ReadOnly", Any(readOnly))});
    try {
        component_.set(context->getServiceManager()->createInstanceWithContext(
                           toOUString(type.service), context),
                       UNO_QUERY_THROW);
        Reference<css::frame::XLoadable>(component_, UNO_QUERY_THROW)->load(args);
    } catch (const css::uno::RuntimeException &) {
        close();
        throw;
    } catch (const css::task::ErrorCodeIOException &e) {
        // The office's message here is an internal error code: only its meaning is told.
        close();
        throw LoadError(officeErrorCode(static_cast<std::uint32_t>(e.ErrCode), toUtf8(e.Message)),
                        type.filter);
    } catch (const css::uno::Exception &e) {
        close();
        throw LoadError(officeErrorCode(0, toUtf8(e.Message)), type.filter);
    }
    text_.set(component_, UNO_QUERY);
}

void LoadedDocument::close() noexcept {
    text_.clear();
    if (!component_.is())
        return;
    try {
        Reference<css::util::XCloseable> closeable(component_, UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
        else
            component_->dispose();
    } catch (...) {
        // A document only read: if it refuses to close, the office discards it later.
    }
    component_.clear();
}

} // namespace pa::office
