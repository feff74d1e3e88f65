// Base documents read in-process into pa::BaseText; loading mirrors the CLI's (type detection,
// then XLoadable on a bare model: no frame, no layout), and the read model is cached by file.
#include "BaseLibrary.hpp"
#include "report/OfficeErrors.hpp"

#include "DocumentReader.hpp"
#include "UnoStrings.hpp"
#include "recognition/Recognizer.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/document/XTypeDetection.hpp>
#include <com/sun/star/frame/XLoadable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/task/ErrorCodeIOException.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>
#include <osl/process.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>
#include <regex>
#include <stdexcept>
#include <sys/stat.h>
#include <utility>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno {
namespace {

// Why a file gave nothing, as the user is told it.
struct Unreadable : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct FileState {
    long long size = 0;
    long long mtimeSeconds = 0;
    long long mtimeNanoseconds = 0;
    bool operator==(const FileState &o) const {
        return size == o.size && mtimeSeconds == o.mtimeSeconds &&
               mtimeNanoseconds == o.mtimeNanoseconds;
    }
};

struct CachedBase {
    FileState state;
    Document document;
    Recognition recognition;
};

// Shared by every BaseLibrary of the process: a base compilation is read once per change.
std::mutex cacheMutex;
std::map<std::string, CachedBase> &cache() {
    static std::map<std::string, CachedBase> entries;
    return entries;
}

css::beans::PropertyValue property(const char *name, const css::uno::Any &value) {
    css::beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

std::string entryProperty(const css::uno::Any &entry, const char *name) {
    css::uno::Sequence<css::beans::PropertyValue> props;
    entry >>= props;
    for (const auto &p : props)
        if (p.Name.equalsAscii(name)) {
            OUString s;
            p.Value >>= s;
            return toUtf8(s);
        }
    return {};
}

// The file URL and system path of a file given either way.
std::pair<OUString, std::string> locate(const std::string &file) {
    OUString url, path;
    const OUString given = toOUString(file);
    if (file.rfind("file:", 0) == 0) {
        url = given;
        if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
            throw Unreadable("cannot open: not a local file URL");
    } else {
        OUString relative;
        if (osl::FileBase::getFileURLFromSystemPath(given, relative) != osl::FileBase::E_None)
            throw Unreadable("cannot open: not a file path");
        OUString cwd;
        if (file.rfind('/', 0) != 0 && osl_getProcessWorkingDir(&cwd.pData) == osl_Process_E_None)
            osl::FileBase::getAbsoluteFileURL(cwd, relative, url);
        else
            url = relative;
        osl::FileBase::getSystemPathFromFileURL(url, path);
    }
    return {url, toUtf8(path)};
}

FileState stateOf(const std::string &path) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0)
        throw Unreadable(std::string("cannot open: ") +
                         (errno == ENOENT ? "no such file" : std::strerror(errno)));
    if (S_ISDIR(st.st_mode))
        throw Unreadable("cannot open: it is a folder");
    if (st.st_size == 0)
        throw Unreadable("cannot open: empty file (0 bytes)");
    return {static_cast<long long>(st.st_size), static_cast<long long>(st.st_mtim.tv_sec),
            static_cast<long long>(st.st_mtim.tv_nsec)};
}

// Closes the loaded model on every way out.
class LoadedModel {
  public:
    ~LoadedModel() {
        try {
            Reference<css::util::XCloseable> closeable(component, UNO_QUERY);
            if (closeable.is())
                closeable->close(true);
            else if (component.is())
                component->dispose();
        } catch (const css::uno::Exception &) {
            // A document only read: if it refuses to close, the office discards it later.
        }
    }
    Reference<css::lang::XComponent> component;
};

CachedBase readBase(const Reference<css::uno::XComponentContext> &context, const OUString &url,
                    const FileState &state) {
    const Reference<css::lang::XMultiComponentFactory> smgr = context->getServiceManager();
    Reference<css::document::XTypeDetection> detection(
        smgr->createInstanceWithContext("com.sun.star.document.TypeDetection", context),
        UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::PropertyValue> descriptor(1);
    descriptor[0] = property("URL", css::uno::Any(url));
    const OUString type = detection->queryTypeByDescriptor(descriptor, true);
    if (type.isEmpty())
        throw Unreadable("cannot open: not a document LibreOffice recognises");
    std::string filter;
    for (const auto &p : descriptor)
        if (p.Name == "FilterName")
            filter = toUtf8(p.Value.get<OUString>());
    Reference<css::container::XNameAccess> types(detection, UNO_QUERY_THROW);
    if (filter.empty() && types->hasByName(type))
        filter = entryProperty(types->getByName(type), "PreferredFilter");
    Reference<css::container::XNameAccess> filters(
        smgr->createInstanceWithContext("com.sun.star.document.FilterFactory", context),
        UNO_QUERY_THROW);
    const std::string service =
        !filter.empty() && filters->hasByName(toOUString(filter))
            ? entryProperty(filters->getByName(toOUString(filter)), "DocumentService")
            : std::string();
    if (service != "com.sun.star.text.TextDocument" &&
        service != "com.sun.star.text.GlobalDocument")
        throw Unreadable("cannot open: not a text document");
    if (filter.rfind("Text", 0) == 0)
        throw Unreadable("cannot open: LibreOffice could only read it as plain text");

    css::uno::Sequence<css::beans::PropertyValue> args(6);
    args[0] = property("URL", css::uno::Any(url));
    args[1] = property("FilterName", css::uno::Any(toOUString(filter)));
    args[2] = property("Hidden", css::uno::Any(true));
    args[3] =
        property("MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE));
    args[4] = property("UpdateDocMode", css::uno::Any(css::document::UpdateDocMode::NO_UPDATE));
    args[5] = property("ReadOnly", css::uno::Any(true));
    LoadedModel model;
    try {
        model.component.set(smgr->createInstanceWithContext(toOUString(service), context),
                            UNO_QUERY_THROW);
        Reference<css::frame::XLoadable> loadable(model.component, UNO_QUERY_THROW);
        loadable->load(args);
    } catch (const css::uno::RuntimeException &) {
        throw;
    } catch (const css::task::ErrorCodeIOException &e) {
        throw Unreadable("cannot open: " +
                         officeErrorWords(officeErrorCode(static_cast<std::uint32_t>(e.ErrCode),
                                                          toUtf8(e.Message)),
                                          "LibreOffice cannot read it as " + filter));
    } catch (const css::uno::Exception &e) {
        throw Unreadable("cannot open: " +
                         officeErrorWords(officeErrorCode(0, toUtf8(e.Message)),
                                          "LibreOffice cannot read it as " + filter));
    }
    Reference<css::text::XTextDocument> text(model.component, UNO_QUERY);
    if (!text.is())
        throw Unreadable("cannot open: not a text document");
    CachedBase base;
    base.state = state;
    base.document = readDocument(text).model;
    base.recognition = recognize(base.document);
    return base;
}

} // namespace

std::string resolutionNumberFromFileName(const std::string &pathOrUrl) {
    const std::size_t slash = pathOrUrl.find_last_of('/');
    const std::string name = slash == std::string::npos ? pathOrUrl : pathOrUrl.substr(slash + 1);
    static const std::regex pattern(
        "(?:^|[^A-Za-z])res(?:olution)?(?:[ _-]|%20)*([0-9]+)(bis|ter)?", std::regex::icase);
    std::smatch m;
    if (!std::regex_search(name, m, pattern))
        return {};
    std::string suffix = m[2].str();
    for (char &c : suffix)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return m[1].str() + suffix;
}

ReadFile readTextFile(const Reference<css::uno::XComponentContext> &context,
                      const std::string &file) {
    const auto [url, path] = locate(file);
    CachedBase read = readBase(context, url, stateOf(path));
    return ReadFile{std::move(read.document), std::move(read.recognition)};
}

BaseLibrary::BaseLibrary(Reference<css::uno::XComponentContext> context)
    : context_(std::move(context)) {}

const BaseText &BaseLibrary::load(const std::vector<std::string> &files,
                                  std::vector<BaseProblem> &problems) {
    text_ = BaseText();
    for (const std::string &file : files) {
        try {
            const auto [url, path] = locate(file);
            const FileState state = stateOf(path);
            const std::string key = toUtf8(url);
            std::lock_guard<std::mutex> guard(cacheMutex);
            auto it = cache().find(key);
            if (it == cache().end() || !(it->second.state == state))
                it = cache().insert_or_assign(key, readBase(context_, url, state)).first;
            if (text_.add(it->second.document, it->second.recognition, path,
                          resolutionNumberFromFileName(path)) == 0)
                problems.push_back({file, "holds no resolution"});
        } catch (const Unreadable &e) {
            problems.push_back({file, e.what()});
        } catch (const css::uno::Exception &e) {
            problems.push_back(
                {file, "cannot read: " + officeErrorWords(officeErrorCode(0, toUtf8(e.Message)),
                                                          "LibreOffice could not read it")});
        }
    }
    return text_;
}

} // namespace pa::uno
