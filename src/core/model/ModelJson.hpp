// The document model as JSON: test fixtures of the corpus, and the CLI's `model` dump for
// reporting what the engine read. Round-trips exactly.
#pragma once

#include "model/Document.hpp"

#include <nlohmann/json.hpp>

namespace pa {

// {"paragraphs": [{"style", "styleDisplay", "listLabel", "inTable", "mark"?, "runs": [{"text",
// "change"?}]}]} with change = {"kind": "insert"|"delete", "author", "date"}.
nlohmann::json documentToJson(const Document &document);
Document documentFromJson(const nlohmann::json &json); // throws nlohmann::json::exception

} // namespace pa
