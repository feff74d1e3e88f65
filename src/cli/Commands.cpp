// The tool's commands, run against a started office (structure, apply-styles, check, markup).
// Documents are loaded into a bare model (no window, macros off) and closed after use.
#include "Commands.hpp"
#include "report/Timing.hpp"

#include "Office.hpp"
#include "office/Loading.hpp"
#include "office/Properties.hpp"
#include "office/Strings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XLoadable.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/task/ErrorCodeIOException.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <nlohmann/json.hpp>
#include <org/itu/proposalassistant/XProposalChecker.hpp>
#include <org/itu/proposalassistant/XProposalEditor.hpp>
#include <org/itu/proposalassistant/XProposalMerger.hpp>

#include "merge/MergeReport.hpp"
#include "report/DiagnosticsReport.hpp"
#include "report/OfficeErrors.hpp"
#include "validation/Validator.hpp"

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>
#include <unistd.h>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using org::itu::proposalassistant::XProposalChecker;
using org::itu::proposalassistant::XProposalEditor;
using org::itu::proposalassistant::XProposalEngine;
using Json = nlohmann::ordered_json;

namespace pa::cli {

// An office exception's message in words, on one line: never its code or source paths.
static std::string plainMessage(const rtl::OUString &message) {
    return plainOfficeMessage(pa::office::toUtf8(message), "LibreOffice gave no reason");
}

namespace {

// A FILE the tool could not open or read; the message says why, for one stderr line.
struct FileFailure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

bool endsWithIgnoreCase(const std::string &s, const std::string &suffix) {
    if (s.size() < suffix.size())
        return false;
    for (size_t i = 0; i < suffix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i])
            return false;
    return true;
}

// What a document service the office would load a file into is, for the user.
std::string documentKind(const std::string &service) {
    if (service == "com.sun.star.sheet.SpreadsheetDocument")
        return "a spreadsheet";
    if (service == "com.sun.star.presentation.PresentationDocument")
        return "a presentation";
    if (service == "com.sun.star.drawing.DrawingDocument")
        return "a drawing";
    if (service == "com.sun.star.formula.FormulaProperties")
        return "a formula";
    return "a " + service;
}

// A document loaded into a bare model of the office, closed when this goes out of scope.
// No frame and no view: nothing is shown, and Writer does no layout, which for a single
// 1 MB paragraph takes about a minute (the model alone loads in about a second).
class OpenDocument {
  public:
    OpenDocument(Office &running, const std::string &path, bool readOnly) {
        // Reasons the office would only report vaguely are told precisely here.
        if (const std::string why = office::unreadableFileReason(path); !why.empty())
            throw FileFailure(why);

        const rtl::OUString url = office::fileUrl(path);
        auto t0 = std::chrono::steady_clock::now();

        // Deep detection looks at the bytes, not only at the name.
        const office::DocumentType type = office::detectDocumentType(running.context(), url);
        if (type.type.empty())
            throw FileFailure("corrupt, or not a document: LibreOffice does not recognise its "
                              "format");
        if (type.service.empty())
            throw FileFailure("cannot read it: this LibreOffice has no import filter for its "
                              "format (" +
                              type.type + ")");
        if (!type.isText() && type.service != "com.sun.star.text.WebDocument")
            throw FileFailure("not a text document (it is " + documentKind(type.service) + ")");
        // Plain text is the office's last resort for bytes it cannot place. A damaged .docx or
        // .odt lands there (corrupt); so does any other format this office lacks a filter for.
        if (type.isPlainText() && !endsWithIgnoreCase(path, ".txt")) {
            const bool writerFormat = endsWithIgnoreCase(path, ".docx") ||
                                      endsWithIgnoreCase(path, ".odt") ||
                                      endsWithIgnoreCase(path, ".doc");
            throw FileFailure(writerFormat
                                  ? "corrupt: LibreOffice could only read it as plain text"
                                  : "not a text document LibreOffice can read (it could only "
                                    "read its bytes as plain text)");
        }
        try {
            document_.emplace(running.context(), url, type, readOnly);
        } catch (const office::LoadError &e) {
            throw FileFailure(e.words("corrupt: LibreOffice cannot read it as " + type.filter));
        }
        loadMs_ = millisecondsSince(t0);
        if (!document_->text().is()) {
            document_.reset();
            throw FileFailure("not a text document");
        }
    }

    OpenDocument(const OpenDocument &) = delete;
    OpenDocument &operator=(const OpenDocument &) = delete;

    const Reference<text::XTextDocument> &text() const { return document_->text(); }
    double loadMs() const { return loadMs_; }

  private:
    std::optional<office::LoadedDocument> document_;
    double loadMs_ = 0;
};

Json parseEngineJson(const rtl::OUString &s) {
    try {
        return Json::parse(office::toUtf8(s));
    } catch (const Json::exception &e) {
        throw FileFailure(std::string("the engine returned unreadable JSON: ") + e.what());
    }
}

// The first n characters (not bytes) of UTF-8 text, tabs and breaks made visible.
std::string excerpt(const std::string &utf8, size_t n) {
    std::string out;
    size_t chars = 0;
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        bool lead = (c & 0xC0) != 0x80;
        if (lead && chars++ == n)
            break;
        if (c == '\t')
            out += "\\t";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else
            out += static_cast<char>(c);
    }
    return out;
}

std::string padded(std::string s, size_t width) {
    if (s.size() < width)
        s.append(width - s.size(), ' ');
    return s;
}

std::string number(const Json &j) {
    if (!j.is_number())
        return "?";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", j.get<double>());
    return buf;
}

void printTimings(const std::string &file, const Json &result, double bareWalkMs, double loadMs) {
    Json t = result.contains("timings") ? result["timings"] : Json::object();
    char bare[32];
    std::snprintf(bare, sizeof bare, "%.1f", bareWalkMs);
    char load[32];
    std::snprintf(load, sizeof load, "%.1f", loadMs);
    std::cerr << "timings " << file << ": read " << number(t.value("readMs", Json()))
              << " ms, recognise " << number(t.value("recognizeMs", Json())) << " ms, bare walk "
              << bare << " ms";
    if (t.contains("styleMs"))
        std::cerr << ", style " << number(t["styleMs"]) << " ms";
    std::cerr << " (office load " << load << " ms)\n";
}

void printText(const std::string &file, const Json &paragraphs, bool withHeader) {
    if (withHeader)
        std::cout << "== " << file << "\n";
    for (const auto &p : paragraphs) {
        std::cout << padded(std::to_string(p.value("index", -1)), 5) << " "
                  << padded(p.value("role", std::string()), 19) << " "
                  << padded(p.value("style", std::string()), 18) << " "
                  << excerpt(p.value("text", std::string()), 60) << "\n";
    }
}

// One paragraph per line: the output stays readable and greppable for long documents.
void printJsonObject(const Json &object, const std::string &indent) {
    std::cout << indent << "{\n";
    size_t k = 0;
    for (auto it = object.begin(); it != object.end(); ++it, ++k) {
        std::cout << indent << "  " << Json(it.key()).dump() << ": ";
        if (it.key() == "paragraphs" && it->is_array()) {
            std::cout << "[";
            for (size_t i = 0; i < it->size(); ++i)
                std::cout << (i ? ",\n" : "\n") << indent << "    " << (*it)[i].dump();
            std::cout << "\n" << indent << "  ]";
        } else {
            std::cout << it->dump();
        }
        std::cout << (k + 1 < object.size() ? ",\n" : "\n");
    }
    std::cout << indent << "}";
}

// --json output: one object for one file, an array of them for several.
template <class PrintObject>
void printJsonResults(const Json &results, bool several, PrintObject printObject) {
    if (!several) {
        if (!results.empty()) {
            printObject(results[0], "");
            std::cout << "\n";
        }
        return;
    }
    std::cout << "[";
    for (size_t i = 0; i < results.size(); ++i) {
        std::cout << (i ? ",\n" : "\n");
        printObject(results[i], "  ");
    }
    std::cout << "\n]\n";
}

void reportFailure(const std::string &file, const std::string &why) {
    std::cerr << "proposal-assistant: " << file << ": " << why << "\n";
}

// What the CLI is doing with a file, on one line of a terminal that the next stage overwrites
// and the end clears ("FILE: loading…"); nothing when stderr is a file or a pipe, which scripts
// read.
class StageNote {
  public:
    explicit StageNote(std::string file) : file_(std::move(file)) {}
    ~StageNote() { clear(); }
    // Before anything else is printed: the note does not stay in front of it.
    void clear() {
        if (shown_)
            std::cerr << "\r\033[K" << std::flush;
        shown_ = false;
    }
    StageNote(const StageNote &) = delete;
    StageNote &operator=(const StageNote &) = delete;
    void operator()(const char *stage) {
        if (!onTerminal())
            return;
        std::cerr << "\r\033[Kproposal-assistant: " << file_ << ": " << stage << "\u2026"
                  << std::flush;
        shown_ = true;
    }

  private:
    static bool onTerminal() {
        static const bool terminal = isatty(STDERR_FILENO) != 0;
        return terminal;
    }
    std::string file_;
    bool shown_ = false;
};

// "cannot write OUT: permission denied": what the office's failure to store means, told from
// the folder OUT would go in, else from the office's error code; never the office's message.
void reportSaveFailure(const std::string &output, std::uint32_t code,
                       const rtl::OUString &message) {
    std::string why;
    const std::filesystem::path folder =
        std::filesystem::absolute(std::filesystem::path(output)).parent_path();
    if (std::filesystem::is_directory(std::filesystem::path(output))) {
        why = "it is a folder";
    } else if (access(folder.c_str(), W_OK) != 0) {
        why = errno == ENOENT ? "no such folder" : office::systemErrorWords(errno);
    } else {
        why = officeErrorWords(officeErrorCode(code, office::toUtf8(message)),
                               "LibreOffice could not save it there");
    }
    std::cerr << "proposal-assistant: cannot write " << output << ": " << why << "\n";
}

// A document that opens fine but holds no ITU structure is not an error (exit 0), yet the
// user should not have to read every "other" line to learn that.
void noteNothingFound(const std::string &file, const Json &object) {
    const Json &paragraphs = object["paragraphs"];
    bool empty = true;
    for (const auto &p : paragraphs)
        if (!p.value("text", std::string()).empty())
            empty = false;
    if (empty) {
        std::cerr << "proposal-assistant: " << file << ": the document is empty\n";
        return;
    }
    const Json summary = object.value("summary", Json::object());
    if (summary.value("resolutions", 0) == 0 && summary.value("proposals", 0) == 0)
        std::cerr << "proposal-assistant: " << file << ": no resolution and no proposal found\n";
}

// The office died under a call: start it again so the remaining FILEs still get processed.
void recoverOffice(Office &office, const std::string &file) {
    reportFailure(file, "LibreOffice stopped while processing it; restarting the office");
    office.stop();
    office.start();
}

// Runs `work` on one file of several: a file that cannot be read is reported and the next one
// goes on, in an office restarted if this one went away. False when the file failed.
template <class Work>
bool processFile(Office &office, const std::string &file, const char *reader, Work &&work) {
    try {
        work();
        return true;
    } catch (const FileFailure &e) {
        reportFailure(file, e.what());
    } catch (const lang::IllegalArgumentException &e) {
        reportFailure(file,
                      std::string("the ") + reader + " cannot read it: " + plainMessage(e.Message));
    } catch (const uno::RuntimeException &) {
        recoverOffice(office, file);
    }
    return false;
}

} // namespace

// One of the extension's services from the office, or an OfficeError that says why; a
// RuntimeException (the office went away) passes through so that the caller may restart it.
template <class Interface>
Reference<Interface> createService(Office &office, const char *service, const char *what) {
    Reference<Interface> instance;
    try {
        instance.set(office.context()->getServiceManager()->createInstanceWithContext(
                         rtl::OUString::createFromAscii(service), office.context()),
                     UNO_QUERY);
    } catch (const uno::RuntimeException &) {
        throw;
    } catch (const uno::Exception &e) {
        throw OfficeError(std::string("cannot create the ") + what + " " + service + ": " +
                          plainMessage(e.Message));
    }
    if (!instance.is())
        throw OfficeError(
            std::string("the office has no ") + service +
            ": the extension is not installed or does not load (log: " + office.logFile() + ")");
    return instance;
}

Reference<XProposalEngine> createEngine(Office &office) {
    return createService<XProposalEngine>(office, "org.itu.proposalassistant.ProposalEngine",
                                          "engine");
}

int runStructure(Office &office, const Options &options) {
    int status = 0;
    Json results = Json::array();
    const bool several = options.files.size() > 1;
    for (const auto &file : options.files) {
        const bool read = processFile(office, file, "engine", [&] {
            Reference<XProposalEngine> engine = createEngine(office);
            StageNote note(file);
            note("loading");
            OpenDocument document(office, file, /*readOnly=*/true);
            note("reading");
            Json result = parseEngineJson(engine->recognize(document.text()));
            note.clear();
            if (options.timings)
                printTimings(file, result, engine->measureBareWalk(document.text()),
                             document.loadMs());
            Json object = Json::object();
            object["file"] = file;
            object["paragraphs"] =
                result.contains("paragraphs") ? result["paragraphs"] : Json::array();
            if (result.contains("summary"))
                object["summary"] = result["summary"];
            noteNothingFound(file, object);
            if (options.json)
                results.push_back(std::move(object));
            else
                printText(file, object["paragraphs"], several);
        });
        if (!read)
            status = 2;
    }
    if (options.json)
        printJsonResults(results, several, printJsonObject);
    std::cout.flush();
    return status;
}

int runApplyStyles(Office &office, const Options &options) {
    const std::string &file = options.files.front();
    try {
        Reference<XProposalEngine> engine = createEngine(office);
        // Read-only too: OUT is a new file, so the source is never locked or written.
        StageNote note(file);
        note("loading");
        OpenDocument document(office, file, /*readOnly=*/true);
        note("applying the ITU styles");
        double bareWalkMs = options.timings ? engine->measureBareWalk(document.text()) : 0;
        Json result = parseEngineJson(engine->applyStyles(document.text()));
        if (options.timings)
            printTimings(file, result, bareWalkMs, document.loadMs());

        const auto args = office::properties(
            {office::property("FilterName", uno::Any(office::toOUString(options.outputFilter))),
             office::property("Overwrite", uno::Any(true))});
        try {
            note("saving");
            Reference<frame::XStorable> storable(document.text(), UNO_QUERY_THROW);
            storable->storeToURL(office::fileUrl(options.output), args);
            note.clear();
        } catch (const task::ErrorCodeIOException &e) {
            note.clear();
            reportSaveFailure(options.output, static_cast<std::uint32_t>(e.ErrCode), e.Message);
            return 1;
        } catch (const uno::Exception &e) {
            note.clear();
            reportSaveFailure(options.output, 0, e.Message);
            return 1;
        }
        // applyStyles returns the summary's fields at its top level (see XProposalEngine.idl).
        const Json &summary = result.contains("summary") ? result["summary"] : result;
        std::cout << options.output << ": " << result.value("styled", 0) << " paragraphs styled ("
                  << summary.value("resolutions", 0) << " resolutions, "
                  << summary.value("proposals", 0) << " proposals, " << summary.value("calls", 0)
                  << " calls, " << summary.value("items", 0) << " items; "
                  << summary.value("unplaced", Json::array()).size() << " not placed)\n";
        return 0;
    } catch (const FileFailure &e) {
        reportFailure(file, e.what());
    } catch (const lang::IllegalArgumentException &e) {
        reportFailure(file, "the engine cannot read it: " + plainMessage(e.Message));
    } catch (const uno::RuntimeException &) {
        reportFailure(file, "LibreOffice stopped while processing it");
    }
    return 2;
}

} // namespace pa::cli

namespace pa::cli {
namespace {

Reference<XProposalChecker> createChecker(Office &office) {
    return createService<XProposalChecker>(office, "org.itu.proposalassistant.ProposalChecker",
                                           "checker");
}

// The engine's finding back as the core's Diagnostic, so the text lines and the count come
// from the one formatter the engine uses too (the fix is not part of the text line).
std::vector<Diagnostic> diagnosticsFrom(const Json &list) {
    std::vector<Diagnostic> out;
    for (const auto &j : list) {
        Diagnostic d;
        const auto rule = ruleFromId(j.value("rule", std::string()));
        if (!rule)
            throw FileFailure("the engine returned an unknown rule " +
                              j.value("rule", std::string()));
        d.rule = *rule;
        const std::string severity = j.value("severity", std::string());
        d.severity = severity == "warning" ? Severity::Warning
                     : severity == "info"  ? Severity::Info
                                           : Severity::Error;
        d.paragraph = j.value("paragraph", std::size_t{0});
        d.start = j.value("start", std::size_t{0});
        d.end = j.value("end", std::size_t{0});
        d.message = j.value("message", std::string());
        out.push_back(std::move(d));
    }
    return out;
}

// The finding as the JSON names it: the engine's extra fields (words, proposal) left
// out, "fix" and "notes" only when there are some.
Json findingJson(const Json &j) {
    Json out = Json::object();
    for (const char *key :
         {"rule", "severity", "paragraph", "start", "end", "message", "fix", "notes"})
        if (j.contains(key))
            out[key] = j[key];
    return out;
}

void printCheckTimings(const std::string &file, const Json &result, double bareWalkMs,
                       double loadMs) {
    const Json t = result.value("timings", Json::object());
    char walk[32], load[32];
    std::snprintf(walk, sizeof walk, "%.1f", bareWalkMs);
    std::snprintf(load, sizeof load, "%.1f", loadMs);
    std::cerr << "timings " << file << ": read " << number(t.value("readMs", Json()))
              << " ms, recognise " << number(t.value("recognizeMs", Json())) << " ms, base "
              << number(t.value("baseMs", Json())) << " ms, validate "
              << number(t.value("validateMs", Json())) << " ms, bare walk " << walk
              << " ms (office load " << load << " ms)\n";
}

} // namespace

int runCheck(Office &office, const Options &options) {
    // The office resolves relative paths against its own folder, not the user's.
    uno::Sequence<rtl::OUString> bases(static_cast<sal_Int32>(options.bases.size()));
    for (size_t i = 0; i < options.bases.size(); ++i) {
        std::error_code ec;
        const std::filesystem::path absolute = std::filesystem::absolute(options.bases[i], ec);
        bases[static_cast<sal_Int32>(i)] =
            office::toOUString(ec ? options.bases[i] : absolute.string());
    }
    Json settings = Json::object();
    if (!options.assembly.empty())
        settings["assembly"] = options.assembly;
    const rtl::OUString settingsText = office::toOUString(settings.dump());

    int status = 0;
    bool errors = false;
    bool skippedTold = false;
    std::set<std::string> baseProblemsTold;
    Json results = Json::array();
    const bool several = options.files.size() > 1;
    for (const auto &file : options.files) {
        const bool read = processFile(office, file, "checker", [&] {
            Reference<XProposalChecker> checker = createChecker(office);
            StageNote note(file);
            note("loading");
            OpenDocument document(office, file, /*readOnly=*/true);
            note("checking");
            Json result = parseEngineJson(checker->check(document.text(), bases, settingsText));
            note.clear();
            if (options.timings)
                printCheckTimings(file, result,
                                  createEngine(office)->measureBareWalk(document.text()),
                                  document.loadMs());
            for (const auto &problem : result.value("baseProblems", Json::array())) {
                const std::string baseFile = problem.value("file", std::string());
                if (baseProblemsTold.insert(baseFile).second)
                    std::cerr << "proposal-assistant: base text " << baseFile << ": "
                              << problem.value("reason", std::string()) << "\n";
                status = 2;
            }
            if (!skippedTold && !result.value("skipped", Json::array()).empty()) {
                skippedTold = true;
                std::string rules;
                for (const auto &rule : result["skipped"])
                    rules += (rules.empty() ? "" : ", ") + rule.get<std::string>();
                const std::string notice =
                    (options.bases.empty() ? "no base text given: "
                                           : "no base text could be read: ") +
                    rules + " not checked";
                (options.json ? std::cerr : std::cout) << "proposal-assistant: " << notice << "\n";
            }
            const Json &found = result.value("diagnostics", Json::array());
            const std::vector<Diagnostic> diagnostics = diagnosticsFrom(found);
            if (countSeverity(diagnostics, Severity::Error) > 0)
                errors = true;
            if (options.json) {
                Json object = Json::object();
                object["file"] = file;
                object["diagnostics"] = Json::array();
                for (const auto &d : found)
                    object["diagnostics"].push_back(findingJson(d));
                if (result.contains("baseComparison"))
                    object["baseComparison"] = result["baseComparison"];
                results.push_back(std::move(object));
            } else {
                std::string text = diagnosticsText(file, diagnostics);
                // The count line says how many proposals were compared with the base: a
                // proposal left uncompared is never passed over in silence.
                const Json comparison = result.value("baseComparison", Json::object());
                if (comparison.value("proposals", 0) > 0 && !text.empty() && text.back() == '\n')
                    text.insert(text.size() - 1, "; " + comparison.value("summary", std::string()));
                std::cout << text;
            }
        });
        if (!read)
            status = 2;
    }
    if (options.json) {
        // One finding per line, as structure prints one paragraph per line.
        const auto print = [](const Json &object, const std::string &indent) {
            std::cout << indent << "{\"file\": " << object["file"].dump();
            if (object.contains("baseComparison"))
                std::cout << ", \"baseComparison\": " << object["baseComparison"].dump();
            std::cout << ", \"diagnostics\": [";
            const Json &list = object["diagnostics"];
            for (size_t i = 0; i < list.size(); ++i)
                std::cout << (i ? ",\n" : "\n") << indent << "  " << list[i].dump();
            std::cout << (list.empty() ? "]}" : "\n" + indent + "]}");
        };
        printJsonResults(results, several, print);
    }
    std::cout.flush();
    if (status != 0)
        return status;
    return errors ? 1 : 0;
}

} // namespace pa::cli

namespace pa::cli {
namespace {

Reference<XProposalEditor> createEditor(Office &office) {
    return createService<XProposalEditor>(office, "org.itu.proposalassistant.ProposalEditor",
                                          "editor");
}

} // namespace

int runMarkup(Office &office, const Options &options) {
    const std::string &file = options.files.front();
    try {
        Reference<XProposalEditor> editor = createEditor(office);
        // The office resolves relative names against its own folder, not ours.
        uno::Sequence<rtl::OUString> bases(static_cast<sal_Int32>(options.bases.size()));
        for (size_t i = 0; i < options.bases.size(); ++i)
            bases[static_cast<sal_Int32>(i)] =
                office::toOUString(std::filesystem::absolute(options.bases[i]).string());
        Json settings = Json::object();
        if (!options.assembly.empty())
            settings["assembly"] = options.assembly;
        StageNote note(file);
        note("loading");
        OpenDocument document(office, file, /*readOnly=*/true);
        note("marking up");
        Json summary;
        try {
            summary = parseEngineJson(
                editor->markUp(document.text(), bases, office::toOUString(settings.dump())));
        } catch (const lang::IllegalArgumentException &e) {
            note.clear();
            reportFailure(file, plainMessage(e.Message));
            return 2;
        }
        const auto args = office::properties(
            {office::property("FilterName", uno::Any(office::toOUString(options.outputFilter))),
             office::property("Overwrite", uno::Any(true))});
        try {
            note("saving");
            Reference<frame::XStorable> storable(document.text(), UNO_QUERY_THROW);
            storable->storeToURL(office::fileUrl(options.output), args);
            note.clear();
        } catch (const task::ErrorCodeIOException &e) {
            note.clear();
            reportSaveFailure(options.output, static_cast<std::uint32_t>(e.ErrCode), e.Message);
            return 1;
        } catch (const uno::Exception &e) {
            note.clear();
            reportSaveFailure(options.output, 0, e.Message);
            return 1;
        }
        if (options.json) {
            std::cout << summary.dump() << "\n";
            return 0;
        }
        for (const Json &m : summary["markedUp"])
            std::cout << options.output << ": Resolution " << m.value("number", std::string())
                      << " marked up against its base: " << m.value("insertions", 0)
                      << " insertions, " << m.value("deletions", 0) << " deletions"
                      << (m.value("proposalLineAdded", false) ? "; MOD proposal line added" : "")
                      << "\n";
        for (const Json &s : summary["skipped"])
            std::cout << options.output << ": Resolution " << s.value("number", std::string())
                      << " left as it is: " << s.value("reason", std::string()) << "\n";
        if (summary["markedUp"].empty())
            std::cerr << "proposal-assistant: " << file << ": no resolution was marked up; "
                      << options.output << " is an unchanged copy\n";
        return 0;
    } catch (const FileFailure &e) {
        reportFailure(file, e.what());
    } catch (const uno::RuntimeException &) {
        reportFailure(file, "LibreOffice stopped while processing it");
    }
    return 2;
}

} // namespace pa::cli

namespace pa::cli {
namespace {

// A new, empty text document in the office: a bare model (no frame), for merge's outputs.
class NewDocument {
  public:
    explicit NewDocument(Office &office) {
        component_.set(office.context()->getServiceManager()->createInstanceWithContext(
                           "com.sun.star.text.TextDocument", office.context()),
                       UNO_QUERY_THROW);
        Reference<frame::XLoadable>(component_, UNO_QUERY_THROW)->initNew();
        text_.set(component_, UNO_QUERY_THROW);
    }
    ~NewDocument() {
        try {
            Reference<util::XCloseable> closeable(component_, UNO_QUERY);
            if (closeable.is())
                closeable->close(true);
        } catch (const uno::Exception &) {
        }
    }
    NewDocument(const NewDocument &) = delete;
    NewDocument &operator=(const NewDocument &) = delete;
    const Reference<text::XTextDocument> &text() const { return text_; }

  private:
    Reference<lang::XComponent> component_;
    Reference<text::XTextDocument> text_;
};

Reference<org::itu::proposalassistant::XProposalMerger> createMerger(Office &office) {
    return createService<org::itu::proposalassistant::XProposalMerger>(
        office, "org.itu.proposalassistant.ProposalMerger", "merger");
}

uno::Sequence<rtl::OUString> absolutePaths(const std::vector<std::string> &files) {
    // The office resolves relative names against its own folder, not ours.
    uno::Sequence<rtl::OUString> out(static_cast<sal_Int32>(files.size()));
    for (size_t i = 0; i < files.size(); ++i) {
        std::error_code ec;
        const std::filesystem::path absolute = std::filesystem::absolute(files[i], ec);
        out[static_cast<sal_Int32>(i)] = office::toOUString(ec ? files[i] : absolute.string());
    }
    return out;
}

bool store(const Reference<text::XTextDocument> &document, const std::string &path,
           const std::string &filter) {
    const auto args =
        office::properties({office::property("FilterName", uno::Any(office::toOUString(filter))),
                            office::property("Overwrite", uno::Any(true))});
    try {
        Reference<frame::XStorable>(document, UNO_QUERY_THROW)
            ->storeToURL(office::fileUrl(path), args);
        return true;
    } catch (const uno::Exception &e) {
        reportFailure(path, "cannot save: " + plainMessage(e.Message));
        return false;
    }
}

} // namespace

int runMerge(Office &office, const Options &options) {
    try {
        Reference<org::itu::proposalassistant::XProposalMerger> merger = createMerger(office);
        NewDocument merged(office);
        std::optional<NewDocument> synoptic;
        if (!options.synoptic.empty())
            synoptic.emplace(office);
        Json settings = {{"resolution", options.resolution}};
        const uno::Sequence<rtl::OUString> contributions = absolutePaths(options.files);
        Json summary;
        try {
            summary = parseEngineJson(merger->merge(
                merged.text(), synoptic ? synoptic->text() : Reference<text::XTextDocument>(),
                contributions, absolutePaths(options.bases), office::toOUString(settings.dump())));
        } catch (const lang::IllegalArgumentException &e) {
            std::cerr << "proposal-assistant: " << plainMessage(e.Message) << "\n";
            return 2;
        }
        // The contributions went to the office by absolute path: name them as the user did.
        for (const char *list : {"sources", "skipped"})
            for (Json &s : summary[list])
                for (size_t i = 0; i < options.files.size(); ++i)
                    if (s.value("file", std::string()) ==
                        office::toUtf8(contributions[static_cast<sal_Int32>(i)]))
                        s["file"] = options.files[i];
        if (!store(merged.text(), options.output, options.outputFilter))
            return 1;
        if (synoptic && !store(synoptic->text(), options.synoptic, options.synopticFilter))
            return 1;
        if (options.json) {
            // The text output lists them itself; beside JSON, stderr tells the user.
            for (const Json &s : summary["skipped"])
                std::cerr << "proposal-assistant: " << s.value("file", std::string())
                          << ": skipped: " << s.value("reason", std::string()) << "\n";
            std::cout << summary.dump() << "\n";
            return 0;
        }
        std::cout << merge::mergeText(summary);
        std::cout << options.output << ": the merged draft of Resolution "
                  << summary.value("resolution", std::string()) << "\n";
        if (synoptic)
            std::cout << options.synoptic << ": the synoptic table\n";
        return 0;
    } catch (const FileFailure &e) {
        reportFailure(options.output, e.what());
    } catch (const uno::RuntimeException &e) {
        std::cerr << "proposal-assistant: LibreOffice stopped while merging: "
                  << plainMessage(e.Message) << "\n";
        return 1;
    }
    return 2;
}

} // namespace pa::cli
