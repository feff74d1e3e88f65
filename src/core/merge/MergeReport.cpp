// The merge summary as JSON and as text lines.
#include "merge/MergeReport.hpp"

#include <boost/algorithm/string/join.hpp>

#include <string>
#include <vector>

namespace pa::merge {
namespace {

using Json = nlohmann::ordered_json;

Json paragraphIndex(const std::optional<std::size_t> &i) {
    return i ? Json(*i) : Json(nullptr);
}

std::string joined(const Json &names) {
    return boost::algorithm::join(names.get<std::vector<std::string>>(), ", ");
}

// A text shortened for one line of a report.
std::string clip(const std::string &s, std::size_t max = 60) {
    if (s.size() <= max)
        return s;
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut;
    return s.substr(0, cut) + "\u2026";
}

std::string quoted(const std::string &s) {
    return "\u201C" + clip(s) + "\u201D";
}

// "paragraph 5", "paragraph 6 (added)": where in the merged draft, counted from 1.
std::string paragraphWords(const Json &j) {
    const std::string where = "paragraph " + std::to_string(j["paragraph"].get<std::size_t>() + 1);
    return j["baseParagraph"].is_null() ? where + " (added)" : where;
}

std::string count(const Json &n, const char *one, const char *other) {
    const std::size_t k = n.get<std::size_t>();
    return std::to_string(k) + " " + (k == 1 ? one : other);
}

} // namespace

Json mergeJson(const std::string &number, const MergeResult &result,
               const std::vector<Skipped> &skipped) {
    Json out = Json::object();
    out["resolution"] = number;
    out["sources"] = Json::array();
    for (const SourceSummary &s : result.sources)
        out["sources"].push_back({{"name", s.name},
                                  {"file", s.file},
                                  {"symbol", s.symbol},
                                  {"changedParagraphs", s.changedParagraphs},
                                  {"addedParagraphs", s.addedParagraphs},
                                  {"deletedParagraphs", s.deletedParagraphs},
                                  {"insertions", s.insertions},
                                  {"deletions", s.deletions}});
    out["skipped"] = Json::array();
    for (const Skipped &s : skipped)
        out["skipped"].push_back({{"file", s.file}, {"reason", s.reason}});
    out["agreements"] = Json::array();
    for (const Agreement &a : result.agreements)
        out["agreements"].push_back({{"paragraph", a.paragraph},
                                     {"baseParagraph", paragraphIndex(a.baseParagraph)},
                                     {"sources", a.sources},
                                     {"deleted", a.deleted},
                                     {"inserted", a.inserted}});
    out["conflicts"] = Json::array();
    for (const Conflict &c : result.conflicts) {
        Json alternatives = Json::array();
        for (const Alternative &a : c.alternatives)
            alternatives.push_back({{"sources", a.sources}, {"text", a.text}});
        out["conflicts"].push_back({{"paragraph", c.paragraph},
                                    {"baseParagraph", paragraphIndex(c.baseParagraph)},
                                    {"base", c.base},
                                    {"alternatives", alternatives}});
    }
    out["suppressions"] = result.suppressions;
    out["noChanges"] = result.noChanges;
    out["comments"] = result.comments.size();
    out["insertions"] = result.insertions;
    out["deletions"] = result.deletions;
    return out;
}

// One fact per line, each line of one fixed shape: the UI writes each in its language through
// the "merge.text." templates of extension/messages (Messages::fromTemplatesByLine), so a new
// shape here needs its template there.
std::string mergeText(const Json &summary) {
    std::string out;
    const std::string number = summary.value("resolution", std::string());
    for (const Json &s : summary["sources"]) {
        const std::string symbol = s["symbol"].get<std::string>();
        const std::string source = s["name"].get<std::string>() + " (" + symbol + ", " +
                                   s["file"].get<std::string>() + ")";
        if (symbol == "SUP") {
            out +=
                source + ": suppresses Resolution " + number + " (a comment at its number line)\n";
            continue;
        }
        if (symbol == "NOC") {
            out += source + ": no change (listed, not merged)\n";
            continue;
        }
        std::vector<std::string> changed;
        for (const Json &p : s["changedParagraphs"])
            changed.push_back(std::to_string(p.get<std::size_t>() + 1));
        if (changed.empty())
            out += source + ": changes no base paragraph\n";
        else
            out += source + ": changes base " +
                   (changed.size() == 1 ? "paragraph " : "paragraphs ") +
                   boost::algorithm::join(changed, ", ") + "\n";
        if (s["addedParagraphs"].get<std::size_t>() > 0)
            out +=
                source + ": adds " + count(s["addedParagraphs"], "paragraph", "paragraphs") + "\n";
        if (s["deletedParagraphs"].get<std::size_t>() > 0)
            out += source + ": deletes " +
                   count(s["deletedParagraphs"], "whole paragraph", "whole paragraphs") + "\n";
    }
    for (const Json &s : summary["skipped"])
        out += "skipped " + s["file"].get<std::string>() + ": " + s["reason"].get<std::string>() +
               "\n";
    for (const Json &a : summary["agreements"]) {
        out += "agree, " + paragraphWords(a) + ": " + joined(a["sources"]) + ": ";
        const std::string deleted = a["deleted"], inserted = a["inserted"];
        if (!deleted.empty())
            out += "delete " + quoted(deleted);
        if (!deleted.empty() && !inserted.empty())
            out += ", ";
        if (!inserted.empty())
            out += "insert " + quoted(inserted);
        out += "\n";
    }
    for (const Json &c : summary["conflicts"]) {
        out += "conflict, " + paragraphWords(c) + ":";
        if (!c["base"].get<std::string>().empty())
            out += " base " + quoted(c["base"]) + ";";
        std::vector<std::string> alternatives;
        for (const Json &a : c["alternatives"])
            alternatives.push_back(joined(a["sources"]) + " " + quoted(a["text"]));
        out += " " + boost::algorithm::join(alternatives, "; ") + "\n";
    }
    out += "merged draft: insertions " + std::to_string(summary["insertions"].get<std::size_t>()) +
           ", deletions " + std::to_string(summary["deletions"].get<std::size_t>()) +
           ", agreements " + std::to_string(summary["agreements"].size()) + ", conflicts " +
           std::to_string(summary["conflicts"].size()) + ", comments " +
           std::to_string(summary["comments"].get<std::size_t>()) + "\n";
    return out;
}

} // namespace pa::merge
