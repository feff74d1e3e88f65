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

nlohmann::json structureReport(const Document &document, const Recognition &recognition) {
    nlohmann::json paragraphs = nlohmann::json::array();
    for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
        const Paragraph &p = document.paragraphs[i];
        paragraphs.push_back({{"index", i},
                              {"role", roleName(recognition.roles.at(i))},
                              {"style", p.style},
                              {"text", p.text(View::Marked)}});
    }
    return {{"paragraphs", std::move(paragraphs)}, {"summary", structureSummary(recognition)}};
}

} // namespace pa
