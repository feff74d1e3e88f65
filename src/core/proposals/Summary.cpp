#include "proposals/Summary.hpp"

#include "validation/Validator.hpp"

#include <algorithm>
#include <cstdlib>

namespace pa::proposals {

nlohmann::json proposeSummary(const std::string &symbol, const std::string &number,
                              const markup::MarkupResult *result, std::size_t proposals,
                              std::size_t paragraph, std::size_t paragraphs) {
    nlohmann::json out = {{"symbol", symbol}, {"number", number}, {"proposals", proposals}};
    if (result) {
        out["insertions"] = result->insertions;
        out["deletions"] = result->deletions;
    }
    out["paragraph"] = paragraph;
    out["paragraphs"] = paragraphs;
    return out;
}

nlohmann::json newResolutionSummary(const std::string &tag, std::size_t proposals,
                                    std::size_t paragraph, std::size_t paragraphs) {
    return {{"symbol", "ADD"},
            {"draftTag", tag},
            {"proposals", proposals},
            {"paragraph", paragraph},
            {"paragraphs", paragraphs}};
}

nlohmann::json markupSummary(const MarkupJobs &jobs) {
    nlohmann::json summary = {{"markedUp", nlohmann::json::array()},
                              {"skipped", nlohmann::json::array()}};
    for (const SkippedResolution &s : jobs.skipped)
        summary["skipped"].push_back({{"number", s.number}, {"reason", s.reason}});
    return summary;
}

nlohmann::json markedUpEntry(const std::string &number, const markup::MarkupResult &result,
                             bool proposalLineAdded) {
    return {{"number", number},
            {"insertions", result.insertions},
            {"deletions", result.deletions},
            {"proposalLineAdded", proposalLineAdded}};
}

nlohmann::json renumberSummary(const RenumberPlan &plan, const std::string &prefix) {
    nlohmann::json tags = nlohmann::json::array();
    for (const auto &[from, to] : plan.draftTags)
        tags.push_back({{"from", from}, {"to", to}});
    return {{"proposals", plan.proposals},
            {"prefix", prefix},
            {"mentions", plan.mentions},
            {"draftTags", tags}};
}

std::vector<const BaseResolution *> resolutionsInOrder(const BaseText &base) {
    std::vector<const BaseResolution *> all;
    for (const auto &[number, resolution] : base.resolutions())
        all.push_back(&resolution);
    std::stable_sort(all.begin(), all.end(), [](const auto *a, const auto *b) {
        const long na = std::strtol(a->number.c_str(), nullptr, 10);
        const long nb = std::strtol(b->number.c_str(), nullptr, 10);
        return na != nb ? na < nb : a->number < b->number;
    });
    return all;
}

nlohmann::json resolutionList(const BaseText &base) {
    nlohmann::json out = nlohmann::json::array();
    for (const BaseResolution *r : resolutionsInOrder(base))
        out.push_back({{"number", r->number},
                       {"title", r->title},
                       {"revision", r->revision},
                       {"source", r->source}});
    return out;
}

std::optional<std::size_t> proposalAt(const Structure &structure, std::size_t paragraph) {
    for (std::size_t i = 0; i < structure.proposals.size(); ++i)
        if (structure.proposals[i].header <= paragraph && paragraph <= structure.proposals[i].last)
            return i;
    return std::nullopt;
}

nlohmann::json proposalList(const Structure &structure) {
    nlohmann::json proposals = nlohmann::json::array();
    for (const Proposal &p : structure.proposals)
        proposals.push_back(
            {{"paragraph", p.header}, {"symbol", p.symbol}, {"number", p.numberText}});
    return proposals;
}

nlohmann::json rulesNotRun(bool withBase, const std::set<std::string> &ignoredRules) {
    nlohmann::json skipped = nlohmann::json::array();
    if (!withBase)
        for (Rule r : rulesSkippedWithoutBase())
            if (!ignoredRules.count(std::string(ruleId(r))))
                skipped.push_back(ruleId(r));
    return skipped;
}

} // namespace pa::proposals
