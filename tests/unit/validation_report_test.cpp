// The diagnostics report (JSON and text lines), the settings (ignored rules, no base), and the
// ranges: UTF-16 positions in the marked text whatever no-break spaces or tracked runs precede.
#include "DocBuilder.hpp"

#include "report/DiagnosticsReport.hpp"
#include "text/Text.hpp"
#include "validation/Checks.hpp"
#include "validation/Validator.hpp"

#include <catch2/catch.hpp>

using namespace pa;

namespace {

const std::vector<std::string> kProposal = {
    "Addendum 3 to\nDocument 35-E",
    "Proposal|MOD\tATU/35A3/1",
    "ResNo|RESOLUTION 11 (Rev. [-Hammamet, 2016-][+New Delhi, 2024+])",
    "Restitle|A title",
    "Normalaftertitle|The World Telecommunication Standardization Assembly ([-Hammamet, "
    "2016-][+New Delhi, 2024+]),",
    "Call|resolves",
    "1\tto act;",
    "3\tto report.",
};

Diagnostic sample(std::optional<Fix> fix) {
    Diagnostic d;
    d.rule = Rule::UntrackedChange;
    d.severity = Severity::Error;
    d.paragraph = 12;
    d.start = 4;
    d.end = 19;
    d.message = "Resolution 11, recognizing a): the text reads 'x' where the base reads 'y'";
    d.fix = std::move(fix);
    return d;
}

} // namespace

// Domain section 3's rules, and base-not-compared (issue 9: a proposal left uncompared with the
// base is said, never passed in silence).
TEST_CASE("rule ids are exactly those of domain section 3", "[validation][report]") {
    const std::vector<std::string> ids = {"proposal-header-format",
                                          "proposal-number-sequence",
                                          "proposal-number-duplicate",
                                          "proposal-number-prefix",
                                          "proposal-number-document",
                                          "missing-reasons",
                                          "unknown-target",
                                          "base-not-compared",
                                          "add-number-clash",
                                          "untracked-change",
                                          "base-mismatch",
                                          "revision-inconsistent",
                                          "mod-without-changes",
                                          "tracked-change-outside-mod",
                                          "item-sequence",
                                          "punctuation",
                                          "style"};
    REQUIRE(allRules().size() == ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        CHECK(ruleId(allRules()[i]) == ids[i]);
        CHECK(ruleFromId(ids[i]) == allRules()[i]);
    }
    CHECK_FALSE(ruleFromId("no-such-rule"));
}

TEST_CASE("a diagnostic as JSON, with and without a fix", "[validation][report]") {
    const nlohmann::json withoutFix = diagnosticJson(sample(std::nullopt));
    CHECK(withoutFix == nlohmann::json{{"rule", "untracked-change"},
                                       {"severity", "error"},
                                       {"paragraph", 12},
                                       {"start", 4},
                                       {"end", 19},
                                       {"message", sample(std::nullopt).message},
                                       {"notes", nlohmann::json::array()}});
    CHECK_FALSE(withoutFix.contains("fix"));
    const nlohmann::json withFix = diagnosticJson(sample(Fix::applyStyle(12, "Call")));
    CHECK(withFix.at("fix") == "Apply the paragraph style 'Call'");
    const nlohmann::json report = diagnosticsReport({sample(std::nullopt)});
    REQUIRE(report.at("diagnostics").size() == 1);
    CHECK(report.at("diagnostics")[0].at("rule") == "untracked-change");
}

TEST_CASE("text lines: FILE:PARAGRAPH:COLUMN: SEVERITY: MESSAGE [RULE-ID] and a count",
          "[validation][report]") {
    CHECK(diagnosticLine("a.docx", sample(std::nullopt)) ==
          "a.docx:12:5: error: " + sample(std::nullopt).message + " [untracked-change]");
    Diagnostic warning = sample(std::nullopt);
    warning.severity = Severity::Warning;
    warning.rule = Rule::Punctuation;
    const std::string text = diagnosticsText("a.docx", {sample(std::nullopt), warning});
    CHECK(text == "a.docx:12:5: error: " + sample(std::nullopt).message + " [untracked-change]\n" +
                      "a.docx:12:5: warning: " + warning.message + " [punctuation]\n" +
                      "a.docx: 1 error, 1 warning, 0 info\n");
    CHECK(diagnosticsCount({}) == "no problems found");

    // Notes follow their finding's line and are not counted.
    Diagnostic root = sample(std::nullopt);
    root.notes.push_back(Note{"It follows from the above", 14, 2, 6});
    CHECK(diagnosticsText("a.docx", {root}) ==
          "a.docx:12:5: error: " + root.message + " [untracked-change]\n" +
              "a.docx:14:3: note: It follows from the above\n" +
              "a.docx: 1 error, 0 warnings, 0 info\n");
    CHECK(diagnosticJson(root).at("notes") ==
          nlohmann::json::array({{{"paragraph", 14},
                                  {"start", 2},
                                  {"end", 6},
                                  {"message", "It follows from the above"}}}));
    CHECK(skippedWithoutBaseNotice() == "no base text given: unknown-target, base-not-compared, "
                                        "add-number-clash, untracked-change, "
                                        "base-mismatch not checked");
}

TEST_CASE("ignored rules are left out; a missing base skips the base rules",
          "[validation][report]") {
    const Document document = test::documentFrom(kProposal);
    const Recognition recognition = recognize(document);
    ValidationSettings settings;
    const auto all = validate(document, recognition, nullptr, settings);
    const auto has = [](const std::vector<Diagnostic> &ds, Rule r) {
        return std::any_of(ds.begin(), ds.end(), [&](const Diagnostic &d) { return d.rule == r; });
    };
    REQUIRE(has(all, Rule::ItemSequence));
    REQUIRE(has(all, Rule::MissingReasons));
    settings.ignoredRules = {"item-sequence"};
    const auto ignored = validate(document, recognition, nullptr, settings);
    CHECK_FALSE(has(ignored, Rule::ItemSequence));
    CHECK(has(ignored, Rule::MissingReasons));
    for (Rule r : rulesSkippedWithoutBase())
        CHECK_FALSE(has(all, r));
    // Findings come in document order.
    CHECK(std::is_sorted(all.begin(), all.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.paragraph < b.paragraph || (a.paragraph == b.paragraph && a.start < b.start);
    }));
}

TEST_CASE("ranges count UTF-16 units of the marked text", "[validation][report]") {
    // Deleted text before the finding, an accented letter (1 unit, 2 bytes), a no-break space
    // and a character outside the BMP (2 units, 4 bytes): the range must still select "3".
    std::vector<std::string> lines = kProposal;
    lines[7] = "[-\xC3\xA9\xC2\xA0\xF0\x9D\x90\x80-]3\tto report.";
    const Document document = test::documentFrom(lines);
    const auto all = validate(document, recognize(document), nullptr, ValidationSettings{});
    const auto it = std::find_if(all.begin(), all.end(),
                                 [](const Diagnostic &d) { return d.rule == Rule::ItemSequence; });
    REQUIRE(it != all.end());
    CHECK(it->paragraph == 7);
    CHECK(it->start == 4);
    CHECK(it->end == 5);
    REQUIRE(it->fix);
    CHECK(it->fix->edits().at(0).start == 4);
    CHECK(it->fix->edits().at(0).replacement == "2");
}

TEST_CASE("mapped normalization agrees with text::normalize", "[validation][report]") {
    for (const std::string s : {"  a\xC2\xA0\xC2\xA0"
                                "b  ",
                                "a)\t x", "x \t y", "ITU\xE2\x80\x91T\nStudy", "soft\xC2\xADhyphen",
                                "\xE2\x80\x8B"
                                "lead",
                                "tab\t", "Florian\xC3\xB3polis  \xE2\x80\xA8 x", "", "   ",
                                "a \xC2\xA0 \xE2\x80\xAF b"}) {
        const Paragraph p = plainParagraph(s);
        const validation::MappedText m = validation::normalizedView(p, View::Marked);
        CHECK(m.text == text::normalize(s));
        REQUIRE(m.marked.size() == m.text.size() + 1);
        for (std::size_t i = 0; i < m.text.size(); ++i)
            CHECK(m.stop[i] > m.marked[i]);
    }
}
