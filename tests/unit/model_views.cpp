// The three views of a paragraph (domain §3) and the model's JSON round trip.
#include "TestData.hpp"

#include "model/Document.hpp"
#include "model/ModelJson.hpp"

#include <catch2/catch.hpp>

using namespace pa;

namespace {
Run run(std::string text, std::optional<ChangeKind> kind = std::nullopt) {
    Run r{std::move(text), std::nullopt};
    if (kind)
        r.change = TrackedChange{*kind, "Author", "2024-01-01T00:00:00"};
    return r;
}
} // namespace

TEST_CASE("original, proposed and marked views", "[model]") {
    Paragraph p;
    p.runs = {run("RESOLUTION 11 (Rev. "), run("Hammamet, 2016", ChangeKind::Deletion),
              run("New Delhi, 2024", ChangeKind::Insertion), run(")")};
    CHECK(p.text(View::Original) == "RESOLUTION 11 (Rev. Hammamet, 2016)");
    CHECK(p.text(View::Proposed) == "RESOLUTION 11 (Rev. New Delhi, 2024)");
    CHECK(p.text(View::Marked) == "RESOLUTION 11 (Rev. Hammamet, 2016New Delhi, 2024)");
    CHECK(p.hasTrackedChanges());
    CHECK_FALSE(p.absentIn(View::Proposed));
}

TEST_CASE("a paragraph deleted whole is absent from the proposed view only", "[model]") {
    Paragraph p;
    p.runs = {run("2\tto consult with UPU;", ChangeKind::Deletion)};
    p.mark = TrackedChange{ChangeKind::Deletion, "A", ""};
    CHECK(p.absentIn(View::Proposed));
    CHECK_FALSE(p.absentIn(View::Original));
    Paragraph kept = p;
    kept.mark.reset(); // content deleted but the paragraph itself stays
    CHECK_FALSE(kept.absentIn(View::Proposed));
}

TEST_CASE("the model survives JSON exactly", "[model]") {
    const Document doc = test::corpusModel("ATU-35A3-mod-res11.docx");
    const Document back = documentFromJson(documentToJson(doc));
    REQUIRE(back.paragraphs.size() == doc.paragraphs.size());
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
        CHECK(back.paragraphs[i].text(View::Marked) == doc.paragraphs[i].text(View::Marked));
        CHECK(back.paragraphs[i].style == doc.paragraphs[i].style);
        CHECK(back.paragraphs[i].mark.has_value() == doc.paragraphs[i].mark.has_value());
    }
    CHECK(doc.hasTrackedChanges());
    CHECK(documentToJson(back) == documentToJson(doc));
}
