// Validation findings to JSON and to the text lines of `proposal-assistant check`.
#include "report/DiagnosticsReport.hpp"

#include "validation/Validator.hpp"

namespace pa {

nlohmann::json diagnosticJson(const Diagnostic &d) {
    nlohmann::json j = {{"rule", ruleId(d.rule)},
                        {"severity", severityName(d.severity)},
                        {"paragraph", d.paragraph},
                        {"start", d.start},
                        {"end", d.end},
                        {"message", d.message}};
    if (d.fix)
        j["fix"] = d.fix->description();
    nlohmann::json notes = nlohmann::json::array();
    for (const Note &n : d.notes)
        notes.push_back({{"paragraph", n.paragraph},
                         {"start", n.start},
                         {"end", n.end},
                         {"message", n.message}});
    j["notes"] = std::move(notes);
    return j;
}

nlohmann::json diagnosticsReport(const std::vector<Diagnostic> &diagnostics) {
    nlohmann::json list = nlohmann::json::array();
    for (const Diagnostic &d : diagnostics)
        list.push_back(diagnosticJson(d));
    return {{"diagnostics", std::move(list)}};
}

std::string diagnosticLine(const std::string &file, const Diagnostic &d) {
    return file + ":" + std::to_string(d.paragraph) + ":" + std::to_string(d.start + 1) + ": " +
           std::string(severityName(d.severity)) + ": " + d.message + " [" +
           std::string(ruleId(d.rule)) + "]";
}

std::string diagnosticsText(const std::string &file, const std::vector<Diagnostic> &diagnostics) {
    std::string out;
    for (const Diagnostic &d : diagnostics) {
        out += diagnosticLine(file, d) + "\n";
        for (const Note &n : d.notes)
            out += file + ":" + std::to_string(n.paragraph) + ":" + std::to_string(n.start + 1) +
                   ": note: " + n.message + "\n";
    }
    out += file + ": " + diagnosticsCount(diagnostics) + "\n";
    return out;
}

std::string diagnosticsCount(const std::vector<Diagnostic> &diagnostics) {
    if (diagnostics.empty())
        return "no problems found";
    const auto count = [&](Severity s, const char *one, const char *many) {
        const std::size_t n = countSeverity(diagnostics, s);
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    return count(Severity::Error, "error", "errors") + ", " +
           count(Severity::Warning, "warning", "warnings") + ", " +
           count(Severity::Info, "info", "info");
}

std::string skippedWithoutBaseNotice() {
    std::string rules;
    for (Rule r : rulesSkippedWithoutBase())
        rules += (rules.empty() ? "" : ", ") + std::string(ruleId(r));
    return "no base text given: " + rules + " not checked";
}

} // namespace pa
