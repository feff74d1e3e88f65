// BaseText: the corpus base files read into resolutions by number, through real recognition,
// and the rules for unnumbered texts, tracked changes and numbers given twice.
#include "TestData.hpp"

#include "basetext/BaseText.hpp"
#include "recognition/Recognizer.hpp"

#include <catch2/catch.hpp>

using namespace pa;

namespace {

std::size_t addModel(BaseText &base, const std::string &model,
                     const std::string &unnumberedAs = {}) {
    const Document doc = test::corpusModel(model);
    return base.add(doc, recognize(doc), model, unnumberedAs);
}

// A recognition made by hand, so these rules are tested whatever the recogniser decides.
Recognition handRecognition(const Document &doc, const std::vector<Role> &roles, Resolution r) {
    Recognition rec;
    rec.roles = roles;
    rec.roles.resize(doc.paragraphs.size(), Role::Other);
    rec.structure.resolutions.push_back(std::move(r));
    return rec;
}

} // namespace

TEST_CASE("the Hammamet 2016 base holds Resolution 11", "[basetext][corpus]") {
    for (const char *model : {"res11-hammamet-2016.docx", "res11-hammamet-2016.odt"}) {
        DYNAMIC_SECTION(model) {
            BaseText base;
            REQUIRE(addModel(base, model) == 1);
            const BaseResolution *r = base.find("11");
            REQUIRE(r != nullptr);
            CHECK(r->number == "11");
            CHECK(r->source == model);
            CHECK(r->revision == "Hammamet, 2016");
            CHECK(r->title ==
                  "Collaboration with the Postal Operations Council of the Universal Postal Union "
                  "in the "
                  "study of services concerning both the postal and the telecommunication sectors");
            // From the number line to the last item: the FOREWORD is not part of it.
            REQUIRE(r->paragraphs.size() == 20);
            REQUIRE(r->roles.size() == 20);
            CHECK(r->paragraphs.front().text() == "RESOLUTION 11 (Rev. Hammamet, 2016)");
            CHECK(r->paragraphs.front().style == "ResNo");
            CHECK(r->roles.front() == Role::ResolutionNumber);
            CHECK(r->roles[1] == Role::ResolutionTitle);
            CHECK(r->roles[2] == Role::ResolutionHistory);
            CHECK(r->roles[3] == Role::Preamble);
            CHECK(r->roles.back() == Role::NumberedItem);
            CHECK(r->paragraphs.back().text().rfind("2\tto consult with UPU", 0) == 0);
            CHECK(base.find("12") == nullptr);
        }
    }
}

TEST_CASE("a base file without a number line is added only under a name the caller gives",
          "[basetext][corpus]") {
    BaseText skipped;
    CHECK(addModel(skipped, "res11-new-delhi-2024.docx") == 0);
    CHECK(skipped.empty());

    BaseText named;
    REQUIRE(addModel(named, "res11-new-delhi-2024.docx", "11") == 1);
    const BaseResolution *r = named.find("11");
    REQUIRE(r != nullptr);
    // No number line: the revision is the last assembly of the history line.
    CHECK(r->revision == "New Delhi, 2024");
    CHECK(r->roles.front() == Role::ResolutionTitle);
    CHECK(r->paragraphs.back().text().rfind("3\tto support the organization", 0) == 0);
}

TEST_CASE("a later base file wins for the same number", "[basetext][corpus]") {
    BaseText base;
    REQUIRE(addModel(base, "res11-hammamet-2016.docx") == 1);
    REQUIRE(addModel(base, "res11-new-delhi-2024.docx", "11") == 1);
    CHECK(base.resolutions().size() == 1);
    CHECK(base.find("11")->revision == "New Delhi, 2024");
    CHECK(base.find("11")->source == "res11-new-delhi-2024.docx");
}

TEST_CASE("a base with tracked changes is read as before them", "[basetext][corpus]") {
    // The ATU proposal used as a base file: its original view is the Hammamet text.
    BaseText fromProposal, fromBase;
    REQUIRE(addModel(fromProposal, "ATU-35A3-mod-res11.docx") == 1);
    REQUIRE(addModel(fromBase, "res11-hammamet-2016.docx") == 1);
    const BaseResolution *p = fromProposal.find("11");
    const BaseResolution *b = fromBase.find("11");
    REQUIRE(p != nullptr);
    REQUIRE(b != nullptr);
    CHECK(p->revision == "Hammamet, 2016");
    REQUIRE(p->paragraphs.size() == b->paragraphs.size());
    for (std::size_t i = 0; i < b->paragraphs.size(); ++i) {
        INFO("paragraph " << i);
        CHECK(p->paragraphs[i].text() == b->paragraphs[i].text());
        CHECK_FALSE(p->paragraphs[i].hasTrackedChanges());
        CHECK(p->roles[i] == b->roles[i]);
    }
}

TEST_CASE("BaseText rules on a hand-made recognition", "[basetext]") {
    Document doc;
    doc.paragraphs = {plainParagraph("FOREWORD", "Title"),
                      plainParagraph("resolution 18BIS (Hammamet, 2016)", "ResNo"),
                      plainParagraph("A title", "Restitle"), plainParagraph("considering", "Call"),
                      plainParagraph("that x,", "Standard")};
    // An inserted paragraph and a deleted one: the base is what stood before them.
    Paragraph inserted = plainParagraph("an inserted paragraph", "Standard");
    inserted.runs[0].change = TrackedChange{ChangeKind::Insertion, "A", ""};
    inserted.mark = TrackedChange{ChangeKind::Insertion, "A", ""};
    doc.paragraphs.insert(doc.paragraphs.begin() + 3, inserted);

    Resolution r;
    r.first = 1;
    r.last = 5;
    r.numberLine = 1;
    r.title = 2;
    r.number = "18bis";
    const Recognition rec =
        handRecognition(doc,
                        {Role::Other, Role::ResolutionNumber, Role::ResolutionTitle, Role::Body,
                         Role::Call, Role::Body},
                        r);
    BaseText base;
    REQUIRE(base.add(doc, rec, "hand") == 1);
    const BaseResolution *found = base.find("18BIS");
    REQUIRE(found != nullptr);
    CHECK(found->number == "18bis");
    CHECK(found->revision == "Hammamet, 2016");
    CHECK(found->title == "A title");
    REQUIRE(found->paragraphs.size() == 4);
    CHECK(found->paragraphs[2].text() == "considering");
    CHECK(found->roles[2] == Role::Call);

    // A draft new resolution is not in force: never a base.
    Resolution draft = r;
    draft.draftNew = true;
    draft.number.clear();
    BaseText none;
    CHECK(none.add(doc, handRecognition(doc, rec.roles, draft), "hand", "99") == 0);
}
