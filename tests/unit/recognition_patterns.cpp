// The text patterns behind recognition, on the forms that trip naive parsers (domain §2).
#include "recognition/Patterns.hpp"
#include "recognition/Recognizer.hpp"
#include "revision/RevisionLines.hpp"

#include <catch2/catch.hpp>

using namespace pa;
using namespace pa::patterns;

TEST_CASE("proposal lines", "[recognition][patterns]") {
    auto line = parseProposalLine("MOD\tATU/35A3/1");
    REQUIRE(line);
    CHECK(line->knownSymbol);
    CHECK(line->tabSeparated);
    REQUIRE(line->number);
    CHECK(line->number->source == "ATU");
    CHECK(line->number->document == "35");
    CHECK(line->number->addendum == "3");
    CHECK(line->number->sequence == "1");

    line = parseProposalLine("SUP\tSEN/56/1");
    REQUIRE(line);
    REQUIRE(line->number);
    CHECK(line->number->addendum.empty());

    line = parseProposalLine("ADD\tEUR/XX/1");
    REQUIRE(line);
    REQUIRE(line->number);
    CHECK(line->number->document == "XX");

    line = parseProposalLine("(MOD)\tB/12A1/4");
    REQUIRE(line);
    CHECK(line->symbol == "(MOD)");

    // Malformed lines are still proposal lines, so that they can be reported.
    line = parseProposalLine("mod ATU/35A3/1");
    REQUIRE(line);
    CHECK_FALSE(line->knownSymbol);
    CHECK_FALSE(line->tabSeparated);
    line = parseProposalLine("MOD\tATU-35A3-1");
    REQUIRE(line);
    CHECK_FALSE(line->number);

    CHECK_FALSE(parseProposalLine("Add the following text to the annex."));
    CHECK_FALSE(parseProposalLine("MODERN telecommunication"));
}

TEST_CASE("number lines as recognition reads them", "[recognition][patterns]") {
    using revision::parseNumberLine;
    auto n = parseNumberLine("RESOLUTION 11 (Rev. Hammamet, 2016)");
    REQUIRE(n);
    CHECK(n->number == "11");
    CHECK(n->revisionAssembly == "Hammamet, 2016");
    n = parseNumberLine("resolution 57");
    REQUIRE(n);
    CHECK(n->number == "57");
    n = parseNumberLine("RESOLUTION\xC2\xA0"
                        "11 (Rev.\xC2\xA0Hammamet, 2016)");
    REQUIRE(n);
    CHECK(n->number == "11");
    n = parseNumberLine("DRAFT NEW RESOLUTION [ATU-1]");
    REQUIRE(n);
    CHECK(n->draftNew);
    CHECK(n->draftTag == "ATU-1");
    n = parseNumberLine("RÉSOLUTION 11 (Rév. Hammamet, 2016)");
    REQUIRE(n);
    CHECK(n->number == "11");
    CHECK_FALSE(parseNumberLine("Resolution 11 is about collaboration with UPU."));
    CHECK_FALSE(
        parseNumberLine("The approval of ITU-T Recommendations is covered by WTSA Resolution 1."));
}

TEST_CASE("history lines and preambles", "[recognition][patterns]") {
    CHECK(isHistoryLine("(Malaga-Torremolinos, 1984; Helsinki, 1993;\nHammamet, 2016)"));
    CHECK(isHistoryLine("(New\xC2\xA0"
                        "Delhi, 2024)"));
    CHECK_FALSE(isHistoryLine("(see Annex A)"));
    CHECK(isPreamble("The World Telecommunication Standardization Assembly (Hammamet, 2016),"));
    CHECK(isPreamble("The World Telecommunication Standardization Assembly (New\xC2\xA0"
                     "Delhi, 2024),"));
    CHECK_FALSE(
        isPreamble("The World Telecommunication Standardization Assembly (WTSA), which meets every "
                   "four years, establishes the topics for study."));
}

TEST_CASE("calls", "[recognition][patterns]") {
    CHECK(matchCall("considering") == CallKind::Preamble);
    CHECK(matchCall("further considering") == CallKind::Preamble);
    CHECK(matchCall("taking into account") == CallKind::Preamble);
    CHECK(matchCall("resolves") == CallKind::Operative);
    CHECK(matchCall("instructs the Director of the Telecommunication Standardization Bureau") ==
          CallKind::Operative);
    CHECK(matchCall("invites Member States and Sector Members,") == CallKind::Operative);
    CHECK(matchCall("Considering") == CallKind::Preamble);
    CHECK_FALSE(
        matchCall("considering that the relevant study groups should continue to work on this;"));
    CHECK_FALSE(matchCall("resolves to do something."));
    CHECK_FALSE(matchCall("a)\tthat within the United Nations system"));
}

TEST_CASE("item labels", "[recognition][patterns]") {
    auto item = parseItemLabel("a)\tthat within the United Nations system");
    REQUIRE(item);
    CHECK(item->role == Role::LetteredItem);
    CHECK(item->label == "a)");
    item = parseItemLabel("12\tto consult with UPU");
    REQUIRE(item);
    CHECK(item->role == Role::NumberedItem);
    item = parseItemLabel("\xE2\x80\xA2\tfor work where");
    REQUIRE(item);
    CHECK(item->role == Role::BulletItem);
    item = parseItemLabel("\xE2\x80\x93\tsecond level");
    REQUIRE(item);
    CHECK(item->role == Role::BulletItem);
    CHECK_FALSE(parseItemLabel("that, under No.\xC2\xA0"
                               "9 of the ITU Constitution"));
    CHECK(itemFromListLabel("b)")->role == Role::LetteredItem);
    CHECK(itemFromListLabel("3.")->role == Role::NumberedItem);
}

TEST_CASE("reasons and annexes", "[recognition][patterns]") {
    CHECK(isReasons("Reasons:\tTo strengthen the collaboration."));
    CHECK(isReasons("Reasons:"));
    CHECK(isReasons("Motifs:\tRenforcer"));
    CHECK_FALSE(isReasons("Reasons for the change are given below"));
    CHECK(isAnnexHeading("ANNEX"));
    CHECK(isAnnexHeading("Annex 1 (to Resolution 1 (Rev. New Delhi, 2024))"));
    CHECK_FALSE(isAnnexHeading("Annexes to this document are published separately."));
}

namespace {
Document plain(std::initializer_list<const char *> lines) {
    Document d;
    for (const char *l : lines)
        d.paragraphs.push_back(plainParagraph(l));
    return d;
}
std::vector<std::string> roleNames(const Recognition &r) {
    std::vector<std::string> out;
    for (Role role : r.roles)
        out.emplace_back(roleName(role));
    return out;
}
} // namespace

TEST_CASE("a pasted draft new resolution with bullets and an annex", "[recognition]") {
    const Document d = plain({
        "ADD\tATU/35A3/2",
        "DRAFT NEW RESOLUTION [ATU-1]",
        "Digital financial services",
        "(New Delhi, 2024)",
        "The World Telecommunication Standardization Assembly (New Delhi, 2024),",
        "considering",
        "that digital financial services grow,",
        "resolves",
        "1\tto study:",
        "\xE2\x80\xA2\tinteroperability;",
        "\xE2\x80\x93\tsecurity,",
        "2\tto report.",
        "ANNEX",
        "Terms of reference",
        "Some annex text.",
        "Reasons:\tNew work.",
        "Closing remarks of the contribution.",
    });
    const Recognition r = recognize(d);
    CHECK(roleNames(r) ==
          std::vector<std::string>{"proposal-header", "resolution-number", "resolution-title",
                                   "resolution-history", "preamble", "call", "body", "call",
                                   "numbered-item", "bullet-item", "bullet-item", "numbered-item",
                                   "annex-heading", "annex-title", "body", "reasons", "other"});
    REQUIRE(r.structure.resolutions.size() == 1);
    CHECK(r.structure.resolutions[0].draftNew);
    CHECK(r.structure.resolutions[0].draftTag == "ATU-1");
    REQUIRE(r.structure.proposals.size() == 1);
    CHECK(r.structure.proposals[0].symbol == "ADD");
    CHECK(r.structure.proposals[0].reasons == std::size_t{15});
    CHECK(r.unplaced.empty());
}

TEST_CASE("a SUP proposal and a second resolution in one document", "[recognition]") {
    const Document d = plain({
        "SUP\tUSA/40/1",
        "RESOLUTION 7 (Rev. Hammamet, 2016)",
        "Collaboration with ISO and IEC",
        "Reasons:\tCompleted.",
        "MOD\tUSA/40/2",
        "resolution 57 (rev. hammamet, 2016)",
        "Some title",
        "(Geneva, 2022)",
        "The World Telecommunication Standardization Assembly (Geneva, 2022),",
        "A stray sentence before any call.",
        "recognizing",
        "a)\tone;",
        "b)\ttwo,",
        "Reasons:",
    });
    const Recognition r = recognize(d);
    REQUIRE(r.structure.proposals.size() == 2);
    REQUIRE(r.structure.resolutions.size() == 2);
    CHECK(r.structure.resolutions[0].number == "7");
    CHECK(r.structure.resolutions[1].number == "57");
    CHECK(r.structure.proposals[0].resolution == std::size_t{0});
    CHECK(r.structure.proposals[1].resolution == std::size_t{1});
    CHECK(r.roles[9] == Role::Body);
    CHECK(r.unplaced == std::vector<std::size_t>{9});
}

TEST_CASE("styles win over text, by id or display name in any case", "[recognition]") {
    Document d = plain({"Collaboration", "whatever text", "considering"});
    d.paragraphs[0].style = "Res_title";
    d.paragraphs[1].style = "Standard";
    d.paragraphs[1].styleDisplay = "Default Paragraph Style";
    d.paragraphs[2].style = "call";
    const Recognition r = recognize(d);
    CHECK(r.roles[0] == Role::ResolutionTitle);
    CHECK(r.roles[2] == Role::Call);
}

TEST_CASE("documents with nothing to recognise", "[recognition]") {
    CHECK(recognize(Document{}).roles.empty());
    const Recognition r = recognize(plain({"Hello", "", "A letter to the editor."}));
    CHECK(r.structure.resolutions.empty());
    CHECK(r.structure.proposals.empty());
    for (Role role : r.roles)
        CHECK(role == Role::Other);
}
