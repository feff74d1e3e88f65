// Mentions of proposal numbers in running text, carried along when the proposals are renumbered.
#include "DocBuilder.hpp"
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
    const auto edits = proposalMentionEdits(doc, {0, 2}, {{"ATU/35A3/2", "ATU/35A3/1"},
                                                          {"ATU/35A3/1", "ATU/35A3/2"}});
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
    const Document doc = documentFrom({"Reasons|Motifs:\tVoir «\xC2\xA0" "EUR/37A12/3\xC2\xA0» ci-dessus."});
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
