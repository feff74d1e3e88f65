// Mentions of proposal numbers in running text, carried along when the proposals are renumbered.
#include "DocBuilder.hpp"
#include "numbering/DraftTags.hpp"
#include "numbering/ProposalMentions.hpp"

#include <catch2/catch.hpp>

using namespace pa;
using pa::test::documentFrom;

TEST_CASE("a mention of a renumbered proposal is replaced, whole numbers only", "[numbering]") {
    const Document doc = documentFrom({
        "Proposal|MOD\tATU/35A3/2",
        "Reasons|Reasons:\tAs ATU/35A3/2 and ATU/35A3/1 say; not ATU/35A3/12 nor XATU/35A3/2.",
        "Proposal|SUP\tATU/35A3/1",
        "Reasons|Reasons:\tSee ATU/35A3/2.",
    });
    const auto edits = proposalMentionEdits(
        doc, {0, 2}, {{"ATU/35A3/2", "ATU/35A3/1"}, {"ATU/35A3/1", "ATU/35A3/2"}});
    REQUIRE(edits.size() == 3);
    CHECK(edits[0].paragraph == 1);
    CHECK(edits[0].start == 12);
    CHECK(edits[0].end == 22);
    CHECK(edits[0].replacement == "ATU/35A3/1");
    CHECK(edits[1].paragraph == 1);
    CHECK(edits[1].start == 27);
    CHECK(edits[1].replacement == "ATU/35A3/2");
    CHECK(edits[2].paragraph == 3);
    CHECK(edits[2].start == 13);
    for (const TextEdit &e : edits)
        CHECK_FALSE(e.tracked);
}

TEST_CASE("mentions: proposal lines, tracked paragraphs and unchanged numbers are left alone",
          "[numbering]") {
    const Document doc = documentFrom({
        "Proposal|MOD\tATU/35A3/2",
        "Reasons|Reasons:\tSee ATU/35A3/2[+ again+].",
        "Reasons|Reasons:\tSee ATU/35A3/3.",
    });
    CHECK(proposalMentionEdits(doc, {0}, {{"ATU/35A3/2", "ATU/35A3/1"}}).empty());
    CHECK(proposalMentionEdits(doc, {0}, {{"ATU/35A3/3", "ATU/35A3/3"}}).empty());
    CHECK(proposalMentionEdits(doc, {0}, {}).empty());
}

TEST_CASE("mentions: offsets count UTF-16 units, as Writer does", "[numbering]") {
    const Document doc = documentFrom({"Reasons|Motifs:\tVoir «\xC2\xA0"
                                       "EUR/37A12/3\xC2\xA0» ci-dessus."});
    const auto edits = proposalMentionEdits(doc, {}, {{"EUR/37A12/3", "EUR/37A12/2"}});
    REQUIRE(edits.size() == 1);
    CHECK(edits[0].start == 15);
    CHECK(edits[0].end == 26);
}

TEST_CASE("mentions: a number two proposal lines carry is not followed", "[numbering]") {
    const Document doc = documentFrom({
        "Proposal|MOD\tATU/35A3/1",
        "Proposal|SUP\tATU/35A3/1",
        "Reasons|Reasons:\tSee ATU/35A3/1.",
    });
    CHECK(proposalMentionEdits(doc, {0, 1}, {{"ATU/35A3/1", "ATU/35A3/2"}}).empty());
}

TEST_CASE("draft new resolutions' tags numbered per source, their mentions following",
          "[numbering]") {
    const Document doc = documentFrom({
        "Proposal|ADD\tATU/35A3/1",
        "ResNo|DRAFT NEW RESOLUTION [ATU-2]",
        "Reasons|Reasons:\tSee [ATU-1], not [ATU-12]; é [ATU-2].",
        "Proposal|ADD\tATU/35A3/2",
        "ResNo|DRAFT NEW RESOLUTION [ATU-1]",
        "Reasons|Reasons:\tAs [ATU-2] says.",
    });
    const Recognition recognition = recognize(doc);
    const auto changes = draftTagChanges(recognition.structure);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0] == std::make_pair(std::string("ATU-2"), std::string("ATU-1")));
    CHECK(changes[1] == std::make_pair(std::string("ATU-1"), std::string("ATU-2")));
    const auto edits = draftTagEdits(doc, changes, {0, 3});
    REQUIRE(edits.size() == 5);
    CHECK(edits[0].paragraph == 1);
    CHECK(edits[0].replacement == "[ATU-1]");
    CHECK(edits[1].paragraph == 2);
    CHECK(edits[1].start == 13);
    CHECK(edits[1].end == 20);
    CHECK(edits[1].replacement == "[ATU-2]");
    // UTF-16 offsets: "é" is one unit, two bytes.
    CHECK(edits[2].paragraph == 2);
    CHECK(edits[2].start == 38);
    CHECK(edits[2].replacement == "[ATU-1]");
    CHECK(edits[3].paragraph == 4);
    CHECK(edits[4].paragraph == 5);
    CHECK(edits[4].replacement == "[ATU-1]");
}
