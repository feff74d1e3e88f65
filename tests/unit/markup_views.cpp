// Views of paragraph sequences: paragraph marks under a change join paragraphs as Writer's
// accept-all and reject-all do.
#include "model/Views.hpp"

#include <catch2/catch.hpp>

using namespace pa;
using pa::markup::paragraphsInView;
using pa::markup::textsInView;

namespace {

Paragraph tracked(std::string text, ChangeKind kind, bool markToo, std::string style = "Standard") {
    Paragraph p = plainParagraph(std::move(text), std::move(style));
    p.runs[0].change = TrackedChange{kind, "A", ""};
    if (markToo)
        p.mark = TrackedChange{kind, "A", ""};
    return p;
}

} // namespace

TEST_CASE("a paragraph inserted whole vanishes on reject-all", "[markup][views]") {
    const std::vector<Paragraph> ps = {plainParagraph("A", "Call"),
                                       tracked("new", ChangeKind::Insertion, true),
                                       plainParagraph("B", "Normalaftertitle")};
    CHECK(textsInView(ps, View::Original) == std::vector<std::string>{"A", "B"});
    CHECK(textsInView(ps, View::Proposed) == std::vector<std::string>{"A", "new", "B"});
    CHECK(textsInView(ps, View::Marked) == std::vector<std::string>{"A", "new", "B"});
    // B keeps its own style and is named as the paragraph that survives.
    const auto original = paragraphsInView(ps, View::Original);
    CHECK(original[1].paragraph.style == "Normalaftertitle");
    CHECK(original[1].source == 2);
}

TEST_CASE("a paragraph deleted whole vanishes on accept-all", "[markup][views]") {
    const std::vector<Paragraph> ps = {
        plainParagraph("A"), tracked("old", ChangeKind::Deletion, true), plainParagraph("B")};
    CHECK(textsInView(ps, View::Original) == std::vector<std::string>{"A", "old", "B"});
    CHECK(textsInView(ps, View::Proposed) == std::vector<std::string>{"A", "B"});
}

TEST_CASE("a deleted mark with text left joins two paragraphs", "[markup][views]") {
    Paragraph first = plainParagraph("one ", "Call");
    first.mark = TrackedChange{ChangeKind::Deletion, "A", ""};
    const std::vector<Paragraph> ps = {first, plainParagraph("two", "Standard")};
    const auto proposed = paragraphsInView(ps, View::Proposed);
    REQUIRE(proposed.size() == 1);
    CHECK(proposed[0].paragraph.text() == "one two");
    CHECK(proposed[0].paragraph.style == "Call");
    CHECK(proposed[0].source == 0);
    CHECK(textsInView(ps, View::Original) == std::vector<std::string>{"one ", "two"});
}

TEST_CASE("a last paragraph gone whole joins what follows and is dropped", "[markup][views]") {
    const std::vector<Paragraph> ps = {plainParagraph("1\tkeep;"),
                                       tracked("2\tgone.", ChangeKind::Deletion, true)};
    CHECK(textsInView(ps, View::Proposed) == std::vector<std::string>{"1\tkeep;"});
    CHECK(textsInView(ps, View::Original) == std::vector<std::string>{"1\tkeep;", "2\tgone."});
    // With text left, the joined last paragraph stays.
    Paragraph last = plainParagraph("tail");
    last.mark = TrackedChange{ChangeKind::Deletion, "A", ""};
    CHECK(textsInView({last}, View::Proposed) == std::vector<std::string>{"tail"});
    CHECK(textsInView({}, View::Proposed).empty());
}
