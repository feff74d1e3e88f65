// Base documents read in-process into pa::BaseText; loaded as the CLI loads (office/Loading: type
// detection, then XLoadable on a bare model: no frame, no layout), and the read model is cached
// by file.
#include "BaseLibrary.hpp"
#include "report/OfficeErrors.hpp"

#include "DocumentReader.hpp"
#include "UnoStrings.hpp"
#include "basetext/BaseText.hpp"
#include "office/Loading.hpp"
#include "office/Strings.hpp"
#include "recognition/Recognizer.hpp"

#include <com/sun/star/text/XTextDocument.hpp>

#include <cerrno>
#include <map>
#include <mutex>
#include <optional>
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

// The file URL and system path of a file given either way.
office::FileLocation locate(const std::string &file) {
    try {
        return office::locateFile(file);
    } catch (const std::runtime_error &e) {
        throw Unreadable(std::string("cannot open: ") + e.what());
    }
}

FileState stateOf(const std::string &path) {
    if (const std::string why = office::unreadableFileReason(path); !why.empty())
        throw Unreadable("cannot open: " + why);
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) // gone since
        throw Unreadable("cannot open: no such file");
    return {static_cast<long long>(st.st_size), static_cast<long long>(st.st_mtim.tv_sec),
            static_cast<long long>(st.st_mtim.tv_nsec)};
}

CachedBase readBase(const Reference<css::uno::XComponentContext> &context, const OUString &url,
                    const FileState &state) {
    const office::DocumentType type = office::detectDocumentType(context, url);
    if (type.type.empty())
        throw Unreadable("cannot open: not a document LibreOffice recognises");
    if (!type.isText())
        throw Unreadable("cannot open: not a text document");
    if (type.isPlainText())
        throw Unreadable("cannot open: LibreOffice could only read it as plain text");
    std::optional<office::LoadedDocument> model;
    try {
        model.emplace(context, url, type, true);
    } catch (const office::LoadError &e) {
        throw Unreadable(std::string("cannot open: ") + e.what());
    }
    if (!model->text().is())
        throw Unreadable("cannot open: not a text document");
    CachedBase base;
    base.state = state;
    base.document = readDocument(model->text()).model;
    base.recognition = recognize(base.document);
    return base;
}

} // namespace

ReadFile readTextFile(const Reference<css::uno::XComponentContext> &context,
                      const std::string &file) {
    const auto [url, path] = locate(file);
    CachedBase read = readBase(context, url, stateOf(path));
    return ReadFile{std::move(read.document), std::move(read.recognition)};
}

std::string describeBaseProblems(const std::vector<BaseProblem> &problems) {
    std::string message;
    for (const BaseProblem &p : problems)
        message +=
            (message.empty() ? "" : "\n") + std::string("Base file ") + p.file + ": " + p.reason;
    return message;
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
