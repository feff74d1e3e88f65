// The ITU style table: role to style, style names in both spellings back to roles.
#include "styles/ItuStyles.hpp"

#include <catch2/catch.hpp>

using namespace pa;

TEST_CASE("each role's ITU style, and back", "[styles]") {
    CHECK(styleForRole(Role::ResolutionNumber) == std::string("ResNo"));
    CHECK(styleForRole(Role::Preamble) == std::string("Normalaftertitle"));
    CHECK(styleForRole(Role::LetteredItem) == std::string("Standard"));
    CHECK(styleForRole(Role::BulletItem, "\xE2\x80\xA2") == std::string("enumlev1"));
    CHECK(styleForRole(Role::BulletItem, "\xE2\x80\x93") == std::string("enumlev2"));
    CHECK_FALSE(styleForRole(Role::Other));
    for (Role r : {Role::ProposalHeader, Role::ResolutionNumber, Role::ResolutionTitle,
                   Role::ResolutionHistory, Role::Preamble, Role::Call, Role::AnnexHeading,
                   Role::AnnexTitle, Role::Reasons}) {
        const auto style = styleForRole(r);
        REQUIRE(style);
        CHECK(roleForStyle(*style) == r);
        CHECK(findStyleSpec(*style) != nullptr);
    }
}

TEST_CASE("style ids and Word display names match case-insensitively", "[styles]") {
    CHECK(roleForStyle("Res_No") == Role::ResolutionNumber);
    CHECK(roleForStyle("resno") == Role::ResolutionNumber);
    CHECK(roleForStyle("Normal_after_title") == Role::Preamble);
    CHECK_FALSE(roleForStyle("Standard"));
    CHECK_FALSE(roleForStyle("Title"));
    CHECK(styleMatches("Res_No", "ResNo"));
    CHECK(styleMatches("Normal", "Standard"));
    CHECK_FALSE(styleMatches("Call", "ResNo"));
}

TEST_CASE("the specs the issue asks for", "[styles]") {
    const StyleSpec *call = findStyleSpec("Call");
    REQUIRE(call);
    CHECK(call->italic);
    CHECK(call->keepWithNext);
    const StyleSpec *resno = findStyleSpec("ResNo");
    REQUIRE(resno);
    CHECK(resno->capitals);
    CHECK(resno->alignment == Alignment::Center);
    CHECK(findStyleSpec("Restitle")->bold);
    CHECK(findStyleSpec("Resref")->italic);
    for (const StyleSpec &s : ituStyles())
        CHECK(s.fontSize == 12.0);
}

#include "TestData.hpp"
#include "recognition/TargetStyles.hpp"

TEST_CASE("a paragraph deleted whole takes its successor's style", "[styles]") {
    // MOD ATU/35A3/1 deletes item 2 of "instructs", text and mark, just before Reasons.
    const Document doc = test::corpusModel("ATU-35A3-mod-res11.docx");
    const Recognition rec = recognize(doc);
    const auto targets = targetStyles(doc, rec);
    REQUIRE(targets.size() == doc.paragraphs.size());
    REQUIRE(doc.paragraphs[33].absentIn(View::Proposed));
    CHECK(targets[32] == std::string("Standard"));
    CHECK(targets[33] == std::string("Reasons"));
    CHECK(targets[34] == std::string("Reasons"));
    CHECK(targets[13] == std::string("Proposal"));
    CHECK_FALSE(targets[0]); // the cover is left alone
}
