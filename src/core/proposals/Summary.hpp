// What the editing commands and Validate answer about proposals, as JSON: the summaries of
// MOD/SUP/NOC, ADD, Mark Up and Renumber, the list of base resolutions a delegate picks from,
// and the proposal a paragraph belongs to.
#pragma once

#include "basetext/BaseText.hpp"
#include "markup/Markup.hpp"
#include "proposals/MarkupJobs.hpp"
#include "proposals/RenumberPlan.hpp"
#include "recognition/Structure.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pa::proposals {

// MOD, SUP, NOC: {symbol, number, proposals, paragraph, paragraphs[, insertions, deletions]}.
nlohmann::json proposeSummary(const std::string &symbol, const std::string &number,
                              const markup::MarkupResult *result, std::size_t proposals,
                              std::size_t paragraph, std::size_t paragraphs);
// ADD: {symbol "ADD", draftTag, proposals, paragraph, paragraphs}.
nlohmann::json newResolutionSummary(const std::string &tag, std::size_t proposals,
                                    std::size_t paragraph, std::size_t paragraphs);
// Mark Up: {markedUp: [], skipped: [{number, reason}]}; the marked-up entries are added as
// they are written (markedUpEntry).
nlohmann::json markupSummary(const MarkupJobs &jobs);
nlohmann::json markedUpEntry(const std::string &number, const markup::MarkupResult &result,
                             bool proposalLineAdded);
// Renumber Proposals: {proposals, prefix, mentions, draftTags: [{from, to}]}.
nlohmann::json renumberSummary(const RenumberPlan &plan, const std::string &prefix);

// The base's resolutions in the order a delegate looks for them: 1, 2, ... 10, 11, not 1, 10,
// 11, 2 (then by their text: 18, 18bis).
std::vector<const BaseResolution *> resolutionsInOrder(const BaseText &base);
// [{number, title, revision, source}] in that order.
nlohmann::json resolutionList(const BaseText &base);

// The proposal (index into Structure::proposals) whose line..last holds the paragraph.
std::optional<std::size_t> proposalAt(const Structure &structure, std::size_t paragraph);
// [{paragraph, symbol, number}] of every proposal line.
nlohmann::json proposalList(const Structure &structure);
// The rule ids a check without base text did not run, less those the user silenced; none
// when a base was given.
nlohmann::json rulesNotRun(bool withBase, const std::set<std::string> &ignoredRules);

} // namespace pa::proposals
