// Recognition of every corpus document (styled and unstyled, .docx and .odt) against its
// ground-truth labels, paragraph by paragraph.
#include "TestData.hpp"

#include "recognition/Recognizer.hpp"

#include <catch2/catch.hpp>

using namespace pa;

namespace {
struct CorpusCase {
    const char *model;  // file name under tests/data/models (without .model.json)
    const char *labels; // path under tests/data/corpus
};
const CorpusCase kCases[] = {
    {"res11-hammamet-2016.docx", "corpus/base/res11-hammamet-2016.labels.json"},
    {"res11-hammamet-2016.odt", "corpus/base/res11-hammamet-2016.labels.json"},
    {"res11-new-delhi-2024.docx", "corpus/base/res11-new-delhi-2024.labels.json"},
    {"ATU-35A3-mod-res11.docx", "corpus/proposals/ATU-35A3-mod-res11.labels.json"},
    {"ATU-35A3-mod-res11.odt", "corpus/proposals/ATU-35A3-mod-res11.labels.json"},
    {"ATU-35A3-mod-res11-merged.docx", "corpus/unstyled/ATU-35A3-mod-res11-merged.labels.json"},
    {"res11-hammamet-2016-plain.odt", "corpus/unstyled/res11-hammamet-2016-plain.labels.json"},
};
} // namespace

TEST_CASE("every corpus paragraph gets the role of its label", "[recognition][corpus]") {
    for (const CorpusCase &c : kCases) {
        DYNAMIC_SECTION(c.model) {
            const Document doc = test::corpusModel(c.model);
            const auto labels = test::readJson(c.labels);
            REQUIRE(doc.paragraphs.size() == labels.size());
            const Recognition rec = recognize(doc);
            for (std::size_t i = 0; i < labels.size(); ++i) {
                INFO("paragraph " << i << ": " << labels[i]["text"].get<std::string>());
                CHECK(roleName(rec.roles[i]) == labels[i]["role"].get<std::string>());
            }
        }
    }
}

TEST_CASE("the corpus proposal's structure", "[recognition][corpus]") {
    const Recognition rec = recognize(test::corpusModel("ATU-35A3-mod-res11.docx"));
    const Structure &s = rec.structure;
    REQUIRE(s.proposals.size() == 1);
    const Proposal &p = s.proposals[0];
    CHECK(p.symbol == "MOD");
    REQUIRE(p.number);
    CHECK(p.number->text() == "ATU/35A3/1");
    CHECK(p.number->addendum == "3");
    CHECK(p.reasons == std::size_t{34});
    REQUIRE(s.resolutions.size() == 1);
    REQUIRE(p.resolution == std::size_t{0});
    const Resolution &r = s.resolutions[0];
    CHECK(r.number == "11");
    CHECK(r.first == 14);
    CHECK(r.last == 33);
    CHECK(r.title == std::size_t{15});
    CHECK(r.history == std::size_t{16});
    CHECK(r.preamble == std::size_t{17});
    REQUIRE(r.calls.size() == 6);
    CHECK(r.calls[0].kind == CallKind::Preamble);
    CHECK(r.calls[0].items.size() == 3);
    CHECK(r.calls[0].items[2].label == "c)");
    CHECK(r.calls[4].kind == CallKind::Operative);
    CHECK(r.calls[4].items.size() == 1);
    CHECK(r.calls[4].items[0].role == Role::Body);
    CHECK(r.calls[5].text ==
          "instructs the Director of the Telecommunication Standardization Bureau");
    CHECK(r.calls[5].items.size() == 2); // the deleted item 2 still stands in the document
    CHECK(s.callCount() == 6);
    CHECK(s.itemCount() == 10); // 3 + 2 lettered, 3 single body items, 2 numbered
    CHECK(rec.unplaced.empty());
}

TEST_CASE("a base text without a number line is still one resolution", "[recognition][corpus]") {
    const Recognition rec = recognize(test::corpusModel("res11-new-delhi-2024.docx"));
    REQUIRE(rec.structure.resolutions.size() == 1);
    const Resolution &r = rec.structure.resolutions[0];
    CHECK_FALSE(r.numberLine);
    CHECK(r.title == std::size_t{5});
    CHECK(r.calls.size() == 7);
    CHECK(rec.structure.proposals.empty());
}
