// Validation findings as the command line and the engine give them: JSON, and one text line per
// finding (FILE:PARAGRAPH:COLUMN: SEVERITY: MESSAGE [RULE-ID]) with a count line.
#pragma once

#include "model/Diagnostic.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pa {

// {"rule", "severity", "paragraph", "start", "end", "message", "fix", "notes"}: paragraph
// counted as in the structure report, start/end in UTF-16 units of the marked text, "fix" (the
// fix's description) absent when there is none, "notes" what follows from the finding
// ([{"paragraph", "start", "end", "message"}], not counted as findings).
nlohmann::json diagnosticJson(const Diagnostic &diagnostic);
// {"diagnostics": [...]}
nlohmann::json diagnosticsReport(const std::vector<Diagnostic> &diagnostics);

// "FILE:PARAGRAPH:COLUMN: SEVERITY: MESSAGE [RULE-ID]"; PARAGRAPH as in the JSON, COLUMN = start+1.
std::string diagnosticLine(const std::string &file, const Diagnostic &diagnostic);
// Every finding's line, each followed by its notes' lines ("FILE:P:C: note: MESSAGE"), then the
// count line (findings, not notes).
std::string diagnosticsText(const std::string &file, const std::vector<Diagnostic> &diagnostics);
// "2 errors, 1 warning, 0 info" or, with none at all, "no problems found".
std::string diagnosticsCount(const std::vector<Diagnostic> &diagnostics);
// Said once when validation ran without a base text: which rules were not checked.
std::string skippedWithoutBaseNotice();

} // namespace pa
