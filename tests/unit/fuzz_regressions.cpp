// Inputs the fuzz targets (fuzz/) found to break the core, each kept as a test of what was
// fixed.
#include "DocBuilder.hpp"
#include "markup_support.hpp"

#include "markup/Markup.hpp"
#include "model/Document.hpp"
#include "recognition/Patterns.hpp"
#include "recognition/Recognizer.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace pa;

namespace {

std::vector<Paragraph> plain(const std::vector<std::string> &texts) {
    std::vector<Paragraph> out;
    for (const std::string &t : texts)
        out.push_back(plainParagraph(t));
    return out;
}

markup::MarkupOptions fuzzAuthor() {
    markup::MarkupOptions options;
    options.change = TrackedChange{ChangeKind::Insertion, "Fuzz", "2024-05-02T08:30:00"};
    return options;
}

} // namespace

// fuzz_markup: U+001E, WordDiff's paragraph-break marker, typed in a paragraph was taken for a
// paragraph break, so reject-all gave one paragraph more than the base had.
TEST_CASE("a typed U+001E is text, not a paragraph break of the mark-up", "[fuzz][markup]") {
    const std::string rs = "\x1E";
    SECTION("in an edited paragraph") {
        const auto base = plain({"considering", "a)\tthat the " + rs + " sectors converge;"});
        const auto edited = plain({"considering", "a)\tthat both " + rs + " sectors converge;"});
        test::checkInvariant(markup::markUp(base, {}, edited, fuzzAuthor()), base, edited);
    }
    SECTION("in a paragraph inserted or deleted whole") {
        const auto base = plain({"considering", "gone " + rs + " paragraph", "kept"});
        const auto edited = plain({"considering", "kept", "new " + rs + " paragraph"});
        test::checkInvariant(markup::markUp(base, {}, edited, fuzzAuthor()), base, edited);
    }
    SECTION("in a paragraph split or joined") {
        const auto base =
            plain({"resolves", "1\tto collaborate on services " + rs + " and to report them"});
        const auto edited =
            plain({"resolves", "1\tto collaborate on services " + rs, "and to report them"});
        test::checkInvariant(markup::markUp(base, {}, edited, fuzzAuthor()), base, edited);
        test::checkInvariant(markup::markUp(edited, {}, base, fuzzAuthor()), edited, base);
    }
}

// fuzz_parsers: a paragraph holding only what folding drops (a right-to-left mark, as Word
// leaves in Arabic documents, or a tatweel) was read past its start by the call parser.
TEST_CASE("a paragraph of only a right-to-left mark or a tatweel is no call", "[fuzz][patterns]") {
    using namespace std::string_literals;
    for (const std::string &text : {"\xE2\x80\x8F"s, "\xE2\x80\x8F\xE2\x80\x8E"s, "\xD9\x80"s,
                                    "\xE2\x80\x8F\x00\x18=\xEFv.\xE5s"s})
        CHECK_FALSE(patterns::matchCall(text).has_value());
    const Document document =
        test::documentFrom({"ResNo|RESOLUTION 11 (Rev. Hammamet, 2016)", "\xE2\x80\x8F",
                            "Call|considering", "a)\tthat postal services matter;"});
    const Recognition recognition = recognize(document);
    CHECK(recognition.roles.at(1) != Role::Call);
    CHECK(recognition.roles.at(2) == Role::Call);
}
