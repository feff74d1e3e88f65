#include "report/StructureReport.hpp"

namespace pa {

nlohmann::json structureSummary(const Recognition &recognition) {
    const Structure &s = recognition.structure;
    return {{"resolutions", s.resolutions.size()},
            {"proposals", s.proposals.size()},
            {"calls", s.callCount()},
            {"items", s.itemCount()},
            {"unplaced", recognition.unplaced}};
}

namespace {
std::string_view kindName(ListKind kind) {
    switch (kind) {
    case ListKind::Number:
        return "number";
    case ListKind::Letter:
        return "letter";
    case ListKind::Roman:
        return "roman";
    case ListKind::Bullet:
        return "bullet";
    case ListKind::Dash:
        return "dash";
    case ListKind::None:
        break;
    }
    return "none";
}
} // namespace

nlohmann::json structureReport(const Document &document, const Recognition &recognition) {
    // Items: their level and the paragraph of the item (or clause) they hang under. Sections and
    // clauses: their number.
    std::vector<nlohmann::json> extra(document.paragraphs.size(), nlohmann::json::object());
    const auto describe = [&](const std::vector<Item> &items, std::optional<std::size_t> owner) {
        for (const Item &item : items) {
            if (item.paragraph >= extra.size())
                continue;
            nlohmann::json &j = extra[item.paragraph];
            j["level"] = item.level;
            if (item.parent)
                j["parent"] = items[*item.parent].paragraph;
            else if (owner)
                j["parent"] = *owner;
            else
                j["parent"] = nullptr;
            if (item.kind != ListKind::None)
                j["list"] = kindName(item.kind);
        }
    };
    for (const Resolution &r : recognition.structure.resolutions) {
        for (const Call &call : r.calls)
            describe(call.items, std::nullopt);
        for (const Clause &clause : r.clauses) {
            if (clause.paragraph < extra.size()) {
                nlohmann::json &j = extra[clause.paragraph];
                std::string number;
                for (std::size_t n : clause.number)
                    number += (number.empty() ? "" : ".") + std::to_string(n);
                j[clause.section ? "section" : "clause"] = number;
            }
            describe(clause.items, clause.paragraph);
        }
    }
    nlohmann::json paragraphs = nlohmann::json::array();
    for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
        const Paragraph &p = document.paragraphs[i];
        nlohmann::json j = {{"index", i},
                            {"role", roleName(recognition.roles.at(i))},
                            {"style", p.style},
                            {"text", p.text(View::Marked)}};
        j.update(extra[i]);
        paragraphs.push_back(std::move(j));
    }
    return {{"paragraphs", std::move(paragraphs)}, {"summary", structureSummary(recognition)}};
}

} // namespace pa
