// Rule ids and severities as text, and the Fix factories.
#include "model/Diagnostic.hpp"

#include <array>
#include <utility>

namespace pa {
namespace {
constexpr std::array<std::pair<Rule, std::string_view>, 17> kRuleIds{{
    {Rule::ProposalHeaderFormat, "proposal-header-format"},
    {Rule::ProposalNumberSequence, "proposal-number-sequence"},
    {Rule::ProposalNumberDuplicate, "proposal-number-duplicate"},
    {Rule::ProposalNumberPrefix, "proposal-number-prefix"},
    {Rule::ProposalNumberDocument, "proposal-number-document"},
    {Rule::MissingReasons, "missing-reasons"},
    {Rule::UnknownTarget, "unknown-target"},
    {Rule::BaseNotCompared, "base-not-compared"},
    {Rule::AddNumberClash, "add-number-clash"},
    {Rule::UntrackedChange, "untracked-change"},
    {Rule::BaseMismatch, "base-mismatch"},
    {Rule::RevisionInconsistent, "revision-inconsistent"},
    {Rule::ModWithoutChanges, "mod-without-changes"},
    {Rule::TrackedChangeOutsideMod, "tracked-change-outside-mod"},
    {Rule::ItemSequence, "item-sequence"},
    {Rule::Punctuation, "punctuation"},
    {Rule::Style, "style"},
}};
} // namespace

std::string_view severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "error";
}

std::string_view ruleId(Rule rule) {
    for (const auto &[r, id] : kRuleIds)
        if (r == rule)
            return id;
    return {};
}

std::optional<Rule> ruleFromId(std::string_view id) {
    for (const auto &[r, name] : kRuleIds)
        if (name == id)
            return r;
    return std::nullopt;
}

const std::vector<Rule> &allRules() {
    static const std::vector<Rule> rules = [] {
        std::vector<Rule> out;
        out.reserve(kRuleIds.size());
        for (const auto &entry : kRuleIds)
            out.push_back(entry.first);
        return out;
    }();
    return rules;
}

bool ruleNeedsBase(Rule rule) {
    return rule == Rule::UnknownTarget || rule == Rule::BaseNotCompared ||
           rule == Rule::AddNumberClash || rule == Rule::UntrackedChange ||
           rule == Rule::BaseMismatch;
}

Fix Fix::renumberProposals(std::vector<TextEdit> edits) {
    Fix fix(Kind::RenumberProposals, "Renumber the proposals 1, 2, 3 ... in order");
    for (TextEdit &e : edits)
        e.tracked = false; // proposal lines are the contribution's own, never tracked
    fix.edits_ = std::move(edits);
    return fix;
}

Fix Fix::reletterItems(std::vector<TextEdit> edits) {
    Fix fix(Kind::ReletterItems, "Relabel the items of this call in order, as a tracked change");
    for (TextEdit &e : edits)
        e.tracked = true; // inside a resolution every change must show as a tracked change
    fix.edits_ = std::move(edits);
    return fix;
}

Fix Fix::addReasons(std::size_t afterParagraph, std::string placeholder, std::string style) {
    Fix fix(Kind::AddReasons, "Add a '" + placeholder + "' paragraph to fill in");
    fix.paragraph_ = afterParagraph;
    fix.text_ = std::move(placeholder);
    fix.style_ = std::move(style);
    return fix;
}

Fix Fix::applyStyle(std::size_t paragraph, std::string style) {
    Fix fix(Kind::ApplyStyle, "Apply the paragraph style '" + style + "'");
    fix.paragraph_ = paragraph;
    fix.style_ = std::move(style);
    return fix;
}

Fix Fix::acceptChanges(std::vector<TextEdit> edits) {
    Fix fix(Kind::AcceptChanges, "Accept the tracked change: the text stays as it reads");
    for (TextEdit &e : edits)
        e.tracked = false; // accepting is what recording off gives
    fix.edits_ = std::move(edits);
    return fix;
}

} // namespace pa
