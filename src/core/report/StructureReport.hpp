// The structure report as JSON: what `structure --json` prints and what the engine's
// recognize() returns. Paragraph indices count the main text in order, as the corpus labels do.
#pragma once

#include "model/Document.hpp"
#include "recognition/Recognizer.hpp"

#include <nlohmann/json.hpp>

namespace pa {

// {"paragraphs": [{"index", "role", "style", "text"}], "summary": {...}}; "text" is the marked
// view (every character in the document), "style" the paragraph's style as read.
nlohmann::json structureReport(const Document &document, const Recognition &recognition);

// {"resolutions", "proposals", "calls", "items", "unplaced": [indices]}
nlohmann::json structureSummary(const Recognition &recognition);

} // namespace pa
