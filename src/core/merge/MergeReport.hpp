// The summary of a merge for the user: which paragraphs each source changes, where sources
// agree and where they conflict; as JSON (the CLI's --json, the UNO service's answer) and text.
#pragma once

#include "merge/Merge.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pa::merge {

// {"resolution", "sources": [{"name", "file", "symbol", "changedParagraphs", "addedParagraphs",
//  "deletedParagraphs", "insertions", "deletions"}], "skipped": [{"file", "reason"}],
//  "agreements": [{"paragraph", "baseParagraph", "sources", "deleted", "inserted"}],
//  "conflicts": [{"paragraph", "baseParagraph", "base", "alternatives": [{"sources", "text"}]}],
//  "suppressions", "noChanges", "comments", "insertions", "deletions"}. Paragraphs count from 0:
// "paragraph" in the merged draft, "baseParagraph" in the base resolution (null for an added one).
nlohmann::ordered_json mergeJson(const std::string &number, const MergeResult &result,
                                 const std::vector<Skipped> &skipped);

// The same for a reader, in English, one line per fact ("ATU/35A3/1 (MOD, a.docx): changes
// base paragraphs 1, 2, 5"), paragraphs counted from 1 as a reader counts them; the UI writes
// each line in its language from the "merge.text." templates.
std::string mergeText(const nlohmann::ordered_json &summary);

} // namespace pa::merge
