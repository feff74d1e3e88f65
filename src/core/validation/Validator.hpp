// Proposals > Validate: every check of domain §3 over a recognised document, against the base
// text when there is one. Validation only reads; fixes are applied by the caller.
#pragma once

#include "basetext/BaseText.hpp"
#include "model/Diagnostic.hpp"
#include "model/Document.hpp"
#include "recognition/Recognizer.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pa {

struct ValidationSettings {
    // The assembly a MOD's revision lines must name, e.g. "New Delhi, 2024"; empty: they need
    // only agree with each other.
    std::string assembly;
    // Rule ids the user chose to ignore for this document ("Ignore rule").
    std::set<std::string> ignoredRules;
};

// Findings ordered by paragraph, then position. With base == nullptr the rules for which
// ruleNeedsBase() holds are skipped: the caller says so once (see rulesSkippedWithoutBase).
std::vector<Diagnostic> validate(const Document &document, const Recognition &recognition,
                                 const BaseText *base, const ValidationSettings &settings);

// The rule ids validate() skips without a base, for the caller's one-line notice.
std::vector<Rule> rulesSkippedWithoutBase();

// How many of the proposals that act on a resolution in force (MOD, SUP, NOC) were compared with
// the base: the others have an unknown-target or base-not-compared finding that says why.
struct BaseCoverage {
    std::size_t proposals = 0;
    std::size_t compared = 0;
    std::string summary() const; // "3 of 3 proposals compared with the base"
};
BaseCoverage baseCoverage(const Document &document, const Recognition &recognition,
                          const BaseText *base);

std::size_t countSeverity(const std::vector<Diagnostic> &diagnostics, Severity severity);

// The finding's words: its range of the paragraph's marked text.
std::string findingWords(const Document &document, const Diagnostic &diagnostic);

// The finding before[chosen] of an earlier check, found again among the findings of a check
// made since (the user may have edited the text in between, moving paragraphs): the one with
// the same rule, message and words and the same rank among those equal to it. Of two findings
// with the same message, the chosen one, not the first.
std::optional<std::size_t> findAgain(const Document &beforeDocument,
                                     const std::vector<Diagnostic> &before, std::size_t chosen,
                                     const Document &nowDocument,
                                     const std::vector<Diagnostic> &now);

} // namespace pa
