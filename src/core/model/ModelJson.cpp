#include "model/ModelJson.hpp"

namespace pa {
namespace {

nlohmann::json changeToJson(const TrackedChange &c) {
    return {{"kind", c.kind == ChangeKind::Insertion ? "insert" : "delete"},
            {"author", c.author},
            {"date", c.date}};
}

TrackedChange changeFromJson(const nlohmann::json &j) {
    TrackedChange c;
    c.kind =
        j.at("kind").get<std::string>() == "insert" ? ChangeKind::Insertion : ChangeKind::Deletion;
    c.author = j.value("author", "");
    c.date = j.value("date", "");
    return c;
}

} // namespace

nlohmann::json documentToJson(const Document &document) {
    nlohmann::json paragraphs = nlohmann::json::array();
    for (const Paragraph &p : document.paragraphs) {
        nlohmann::json runs = nlohmann::json::array();
        for (const Run &r : p.runs) {
            nlohmann::json run = {{"text", r.text}};
            if (r.change)
                run["change"] = changeToJson(*r.change);
            runs.push_back(std::move(run));
        }
        nlohmann::json para = {{"style", p.style},
                               {"styleDisplay", p.styleDisplay},
                               {"listLabel", p.listLabel},
                               {"inTable", p.inTable},
                               {"runs", std::move(runs)}};
        if (p.mark)
            para["mark"] = changeToJson(*p.mark);
        paragraphs.push_back(std::move(para));
    }
    return {{"paragraphs", std::move(paragraphs)}};
}

Document documentFromJson(const nlohmann::json &json) {
    Document document;
    for (const auto &para : json.at("paragraphs")) {
        Paragraph p;
        p.style = para.value("style", "");
        p.styleDisplay = para.value("styleDisplay", "");
        p.listLabel = para.value("listLabel", "");
        p.inTable = para.value("inTable", false);
        if (para.contains("mark"))
            p.mark = changeFromJson(para.at("mark"));
        for (const auto &run : para.at("runs")) {
            Run r;
            r.text = run.at("text").get<std::string>();
            if (run.contains("change"))
                r.change = changeFromJson(run.at("change"));
            p.runs.push_back(std::move(r));
        }
        document.paragraphs.push_back(std::move(p));
    }
    return document;
}

} // namespace pa
