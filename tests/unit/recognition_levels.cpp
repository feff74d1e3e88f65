// Item levels (sub-items, clauses, sections), labels and endings in the six languages, and
// item-sequence root causes with notes (issues 15, 9 and 13).
#include "DocBuilder.hpp"

#include "recognition/Levels.hpp"
#include "recognition/Patterns.hpp"
#include "report/DiagnosticsReport.hpp"
#include "report/StructureReport.hpp"
#include "validation/Validator.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace pa;

namespace {

struct Checked {
    Document document;
    Recognition recognition;
    std::vector<Diagnostic> all;
    std::vector<Diagnostic> of(Rule rule) const {
        std::vector<Diagnostic> out;
        std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                     [&](const Diagnostic &d) { return d.rule == rule; });
        return out;
    }
    std::string report() const { return diagnosticsText("test", all); }
};

Checked run(const std::vector<std::string> &lines) {
    Checked r{test::documentFrom(lines), {}, {}};
    r.recognition = recognize(r.document);
    r.all = validate(r.document, r.recognition, nullptr, ValidationSettings{});
    return r;
}

std::vector<std::string> head(const std::string &number = "RESOLUTION 22 (Rev. Hammamet, 2016)") {
    return {
        "ResNo|" + number, "Restitle|A subject",
        "Normalaftertitle|The World Telecommunication Standardization Assembly (Hammamet, 2016),"};
}

std::vector<std::string> plus(std::vector<std::string> a, const std::vector<std::string> &b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

const Item *itemAt(const Recognition &r, std::size_t paragraph) {
    for (const Resolution &res : r.structure.resolutions)
        for (const Call &c : res.calls)
            for (const Item &i : c.items)
                if (i.paragraph == paragraph)
                    return &i;
    return nullptr;
}

} // namespace

TEST_CASE("labels in the six languages", "[recognition][levels]") {
    using patterns::LabelShape;
    CHECK(patterns::labelKey("a)")->shape == LabelShape::Letter);
    CHECK(patterns::labelKey("i)")->mayBeRoman);
    CHECK(patterns::labelKey("iv)")->shape == LabelShape::Roman);
    CHECK(patterns::labelKey("(B)")->upper);
    CHECK(patterns::labelKey("\xD8\xA3)")->key == "\xD8\xA3"); // أ)
    CHECK(patterns::labelKey("\xD9\xA2")->key == "2");         // ٢
    CHECK(patterns::labelKey("\xEF\xBC\x88"
                             "b\xEF\xBC\x89")
              ->key == "b");                                             // （b）
    CHECK(patterns::labelKey("\xD0\xB1)")->shape == LabelShape::Letter); // б)
    CHECK(patterns::labelKey("1.2.1")->shape == LabelShape::Clause);
    CHECK(patterns::labelKey("\xE2\x80\x93")->shape == LabelShape::Dash);
    CHECK_FALSE(patterns::labelKey("abc)"));
    CHECK(patterns::parseItemLabel("\xD8\xA8)\tthat")->role == Role::LetteredItem); // ب)
    CHECK(patterns::parseItemLabel("1.1\tThe assembly")->role == Role::Body);
    // Abjad order: ج is the third letter; Cyrillic в the third in Russian.
    CHECK(patterns::letterPosition("\xD8\xAC")->position == 2);
    CHECK(patterns::letterPosition("\xD0\xB2", findLexicon("ru"))->position == 2);
    CHECK(patterns::letterPosition("bb")->position == 27);
    CHECK(patterns::sectionHeading("SECTION 2 \xE2\x80\x93 Study groups") == std::size_t{2});
    CHECK(patterns::sectionHeading("\xE7\xAC\xAC"
                                   "3\xE8\x8A\x82") == std::size_t{3}); // 第3节
    CHECK_FALSE(patterns::sectionHeading("Section 2 of the Convention applies."));
}

TEST_CASE("roman sub-items are told from letters by place and run", "[recognition][levels]") {
    const auto levels = [](std::vector<std::pair<std::string, bool>> items) {
        std::vector<LevelInput> in;
        for (auto &[label, colon] : items)
            in.push_back(LevelInput{label, colon, 0});
        std::vector<std::size_t> out;
        for (const LevelOutput &l : assignLevels(in, nullptr))
            out.push_back(l.level);
        return out;
    };
    // Nine letters reach i) as a letter.
    std::vector<std::pair<std::string, bool>> nine;
    for (char c = 'a'; c <= 'j'; ++c)
        nine.push_back({std::string(1, c) + ")", false});
    CHECK(levels(nine) == std::vector<std::size_t>(10, 0));
    // After an item that ends with ':' the run i), ii) is a sub-list; h) ...: i) j) is not.
    CHECK(levels({{"a)", false}, {"b)", true}, {"i)", false}, {"ii)", false}, {"c)", false}}) ==
          std::vector<std::size_t>{0, 0, 1, 1, 0});
    std::vector<std::pair<std::string, bool>> toJ;
    for (char c = 'a'; c <= 'j'; ++c)
        toJ.push_back({std::string(1, c) + ")", c == 'h'});
    CHECK(levels(toJ) == std::vector<std::size_t>(10, 0));
    // Dashes under an item, and under a bullet a second level.
    CHECK(levels({{"1", true},
                  {"\xE2\x80\xA2", true},
                  {"\xE2\x80\x93", false},
                  {"\xE2\x80\xA2", false},
                  {"2", false}}) == std::vector<std::size_t>{0, 1, 2, 1, 0});
}

TEST_CASE("sub-items under lettered and numbered items: levels, parents, styles, clean",
          "[recognition][levels]") {
    const auto lines = plus(head(), {
                                        "Call|considering",                            // 3
                                        "a)\tthat one thing matters;",                 // 4
                                        "b)\tthat the following apply:",               // 5
                                        "enumlev1|i)\tthe first rule;",                // 6
                                        "enumlev1|ii)\tthe second rule;",              // 7
                                        "enumlev1|iii)\tthe third rule,",              // 8
                                        "Call|resolves",                               // 9
                                        "1\tto assign to TSAG the following matters:", // 10
                                        "enumlev1|i)\tworking methods;",               // 11
                                        "enumlev1|ii)\tthe programme;",                // 12
                                        "2\tto report on:",                            // 13
                                        "enumlev1|\xE2\x80\x93\tits work, namely:",    // 14
                                        "enumlev2|\xE2\x80\xA2\tthe studies;",         // 15
                                        "enumlev2|\xE2\x80\xA2\tthe meetings;",        // 16
                                        "enumlev1|\xE2\x80\x93\tits budget;",          // 17
                                        "3\tto review this resolution.",               // 18
                                    });
    const Checked r = run(lines);
    INFO(r.report());
    CHECK(r.all.empty());
    for (std::size_t p : {6u, 7u, 8u, 11u, 12u, 14u, 15u, 16u, 17u})
        CHECK(r.recognition.roles[p] == Role::BulletItem);
    for (std::size_t p : {4u, 5u})
        CHECK(r.recognition.roles[p] == Role::LetteredItem);
    CHECK(itemAt(r.recognition, 6)->level == 1);
    CHECK(itemAt(r.recognition, 6)->kind == ListKind::Roman);
    CHECK(itemAt(r.recognition, 15)->level == 2);
    CHECK(itemAt(r.recognition, 18)->level == 0);
    const nlohmann::json report = structureReport(r.document, r.recognition);
    CHECK(report["paragraphs"][6]["level"] == 1);
    CHECK(report["paragraphs"][6]["parent"] == 5);
    CHECK(report["paragraphs"][15]["parent"] == 14);
    CHECK(report["paragraphs"][14]["parent"] == 13);
    CHECK(report["paragraphs"][4]["level"] == 0);
    CHECK(report["paragraphs"][4]["parent"].is_null());

    // One finding per seeded mistake: a skipped roman numeral, a sub-item ending wrongly.
    auto skipped = lines;
    skipped[7] = "enumlev1|iii)\tthe second rule;";
    skipped[8] = "enumlev1|iv)\tthe third rule,";
    const Checked s = run(skipped);
    REQUIRE(s.of(Rule::ItemSequence).size() == 1);
    CHECK(s.of(Rule::ItemSequence)[0].paragraph == 7);
    CHECK(s.of(Rule::ItemSequence)[0].notes.size() == 1);
    REQUIRE(s.of(Rule::ItemSequence)[0].fix);
    CHECK(s.of(Rule::ItemSequence)[0].fix->edits().size() == 2);
    CHECK(s.of(Rule::ItemSequence)[0].fix->edits()[1].replacement == "iii)");
    auto ending = lines;
    ending[12] = "enumlev1|ii)\tthe programme.";
    const Checked e = run(ending);
    INFO(e.report());
    CHECK(e.all.size() == 1);
    REQUIRE(e.of(Rule::Punctuation).size() == 1);
    CHECK(e.of(Rule::Punctuation)[0].paragraph == 12);
}

TEST_CASE("a rules-type resolution: sections, clauses and their sub-items are body",
          "[recognition][levels]") {
    const auto lines = plus(head("RESOLUTION 1 (Rev. Hammamet, 2016)"),
                            {
                                "Call|considering",                             // 3
                                "that rules are needed,",                       // 4
                                "Call|resolves",                                // 5
                                "that the rules of procedure are as follows:",  // 6
                                "Heading1|SECTION 1 \xE2\x80\x93 General",      // 7
                                "1.1\tThe assembly meets every four years.",    // 8
                                "1.2\tIt may:",                                 // 9
                                "a)\tadopt Recommendations;",                   // 10
                                "b)\tset up groups.",                           // 11
                                "1.2.1\tA group reports to the assembly.",      // 12
                                "Heading1|SECTION 2 \xE2\x80\x93 Study groups", // 13
                                "2.1\tStudy groups study Questions.",           // 14
                                "Further text of clause 2.1 without a label",   // 15
                                "2.2\tThey meet as needed.",                    // 16
                                "AnnexNo|ANNEX",                                // 17
                                "Annextitle|Terms of reference",                // 18
                                "SECTION 1 \xE2\x80\x93 Scope",                 // 19
                                "1.1\tThe scope.",                              // 20
                            });
    const Checked r = run(lines);
    INFO(r.report());
    CHECK(r.all.empty());
    for (std::size_t p = 7; p <= 16; ++p)
        CHECK(r.recognition.roles[p] == Role::Body);
    const Resolution &res = r.recognition.structure.resolutions.at(0);
    REQUIRE(res.clauses.size() == 9);
    CHECK(res.clauses[0].section);
    CHECK(res.clauses[1].number == std::vector<std::size_t>{1, 1});
    CHECK(res.clauses[2].items.size() == 2);
    CHECK(res.clauses[5].body == std::vector<std::size_t>{15});
    CHECK(res.clauses[8].region == 1);
    CHECK(res.calls[1].items.size() == 1);
    CHECK(res.calls[1].holdsSections);

    auto wrong = lines;
    wrong[9] = "1.3\tIt may:";
    const Checked w = run(wrong);
    INFO(w.report());
    CHECK(w.all.size() == 1);
    REQUIRE(w.of(Rule::ItemSequence).size() == 1);
    CHECK(w.of(Rule::ItemSequence)[0].paragraph == 9);
    CHECK(w.of(Rule::ItemSequence)[0].message.find(
              "clause 1.3 does not follow clause 1.1; it should be 1.2") != std::string::npos);
    auto section = lines;
    section[13] = "Heading1|SECTION 3 \xE2\x80\x93 Study groups";
    CHECK(run(section).of(Rule::ItemSequence).size() == 1);
}

TEST_CASE("Arabic abjad items and Arabic endings", "[recognition][levels]") {
    const std::vector<std::string> lines = {
        "ResNo|\xD8\xA7\xD9\x84\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1 11", // القرار 11
        "Restitle|\xD8\xAA\xD8\xB9\xD8\xA7\xD9\x88\xD9\x86",         // تعاون
        "Call|\xD8\xA5\xD8\xB0 \xD8\xAA\xD8\xB6\xD8\xB9 \xD9\x81\xD9\x8A "
        "\xD8\xA7\xD8\xB9\xD8\xAA\xD8\xA8\xD8\xA7\xD8\xB1\xD9\x87\xD8\xA7", // إذ تضع في اعتبارها
        "\xD8\xA3)\t\xD8\xA3\xD9\x86 \xD8\xA7\xD9\x84\xD8\xAA\xD8\xB9\xD8\xA7\xD9\x88\xD9\x86 "
        "\xD9\x85\xD9\x81\xD9\x8A\xD8\xAF\xD8\x9B", // أ) ...؛
        "\xD8\xA8)\t\xD8\xA3\xD9\x86 \xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD9\x84 "
        "\xD9\x8A\xD9\x86\xD9\x85\xD9\x88\xD8\x9B", // ب) ...؛
        "\xD8\xAC)\t\xD8\xA3\xD9\x86 \xD8\xA7\xD9\x84\xD8\xAA\xD9\x86\xD8\xB3\xD9\x8A\xD9\x82 "
        "\xD9\x84\xD8\xA7\xD8\xB2\xD9\x85\xD8\x8C",                                    // ج) ...،
        "Call|\xD8\xAA\xD9\x82\xD8\xB1\xD8\xB1",                                       // تقرر
        "\xD9\xA1\t\xD8\xA3\xD9\x86 \xD8\xAA\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB1\xD8\x9B", // ١ ...؛
        "\xD9\xA2\t\xD8\xA3\xD9\x86 \xD8\xAA\xD8\xA8\xD9\x84\xD8\xBA.",                // ٢ ....
    };
    const Checked r = run(lines);
    INFO(r.report());
    CHECK(r.all.empty());
    for (std::size_t p : {3u, 4u, 5u})
        CHECK(r.recognition.roles[p] == Role::LetteredItem);
    CHECK(r.recognition.roles[7] == Role::NumberedItem);
    // An Arabic letter skipped: ج) after أ) is one finding, to be relettered ب).
    auto skipped = lines;
    skipped.erase(skipped.begin() + 4);
    const Checked s = run(skipped);
    INFO(s.report());
    REQUIRE(s.of(Rule::ItemSequence).size() == 1);
    CHECK(s.of(Rule::ItemSequence)[0].paragraph == 4);
    CHECK(s.of(Rule::ItemSequence)[0].fix->edits()[0].replacement == "\xD8\xA8)");
    CHECK(s.of(Rule::Punctuation).empty());
}

TEST_CASE("Chinese full-width endings are the Chinese endings", "[recognition][levels]") {
    const std::vector<std::string> lines = {
        "ResNo|\xE7\xAC\xAC"
        "11\xE5\x8F\xB7\xE5\x86\xB3\xE8\xAE\xAE",    // 第11号决议
        "Restitle|\xE5\x90\x88\xE4\xBD\x9C",         // 合作
        "Call|\xE8\x80\x83\xE8\x99\x91\xE5\x88\xB0", // 考虑到
        "a)\t\xE5\x90\x88\xE4\xBD\x9C\xE5\xBE\x88\xE9\x87\x8D\xE8\xA6\x81\xEF\xBC\x9B", // ；
        "b)\t\xE5\xB7\xA5\xE4\xBD\x9C\xE5\xA2\x9E\xE5\x8A\xA0\xEF\xBC\x8C",             // ，
        "Call|\xE5\x81\x9A\xE5\x87\xBA\xE5\x86\xB3\xE8\xAE\xAE",           // 做出决议
        "1\t\xE7\xBB\xA7\xE7\xBB\xAD\xE5\x90\x88\xE4\xBD\x9C\xEF\xBC\x9A", // ：
        "enumlev1|\xE2\x80\xA2\t\xE7\xA0\x94\xE7\xA9\xB6\xEF\xBC\x9B",     // ；
        "2\t\xE6\x8A\xA5\xE5\x91\x8A\xE3\x80\x82",                         // 。
    };
    const Checked r = run(lines);
    INFO(r.report());
    CHECK(r.all.empty());
    auto wrong = lines;
    wrong[4] =
        "b)\t\xE5\xB7\xA5\xE4\xBD\x9C\xE5\xA2\x9E\xE5\x8A\xA0\xEF\xBC\x9B"; // ； where ， belongs
    const Checked w = run(wrong);
    REQUIRE(w.of(Rule::Punctuation).size() == 1);
    CHECK(w.of(Rule::Punctuation)[0].paragraph == 4);
}

TEST_CASE("seed 003: two mistakes are two item-sequence findings with their notes",
          "[validation][levels]") {
    std::vector<std::string> lines = {
        "Proposal|MOD\tARB/36A2/1", "ResNo|RESOLUTION 7 (Rev. Geneva, 2022)",
        "Restitle|Collaboration with ISO and IEC",
        "Normalaftertitle|The World Telecommunication Standardization Assembly (Geneva, 2022),",
        "Call|noting"};
    for (const char *l : {"a", "b", "c", "b", "c", "d", "e", "f", "g", "h", "i"})
        lines.push_back(std::string(l) + ")\tthat something holds;");
    lines.back() = "i)\tthe value of cooperation,";
    lines.push_back("Call|resolves"); // 16
    for (const char *n : {"1", "1", "2", "3", "4", "5"})
        lines.push_back(std::string(n) + "\tto do something;");
    lines.push_back("6\tthat contacts be made:");
    lines.push_back("\xE2\x80\xA2\tfor aligned work;");
    lines.push_back("\xE2\x80\xA2\tfor other work;");
    for (const char *n : {"7", "8", "9"})
        lines.push_back(std::string(n) + "\tto do more;");
    lines.push_back("10\tto invite administrations to contribute.");
    lines.push_back("Reasons|Reasons:\tTo update.");
    const Checked r = run(lines);
    INFO(r.report());
    const auto found = r.of(Rule::ItemSequence);
    REQUIRE(found.size() == 2);
    CHECK(found[0].paragraph == 8);
    CHECK(found[0].message.find("the lettering restarts at 'b)' after 'c)'; it should read 'd)'") !=
          std::string::npos);
    CHECK(found[0].notes.size() == 7);
    REQUIRE(found[0].fix);
    CHECK(found[0].fix->edits().size() == 8);
    CHECK(found[0].fix->edits().back().replacement == "k)");
    CHECK(found[1].paragraph == 18);
    CHECK(found[1].message.find("the numbering repeats '1' after '1'") != std::string::npos);
    CHECK(found[1].notes.size() == 9);
    CHECK(found[1].fix->edits().size() == 10);
    // Notes are kept in JSON; counts count findings.
    const nlohmann::json j = diagnosticJson(found[0]);
    REQUIRE(j.contains("notes"));
    CHECK(j["notes"].size() == 7);
    CHECK(j["notes"][0]["paragraph"] == 9);
    CHECK(diagnosticsCount(found) == "2 errors, 0 warnings, 0 info");
}

TEST_CASE("Russian items lettered in Cyrillic run in the Russian alphabet",
          "[recognition][levels]") {
    const std::vector<std::string> lines = {
        "ResNo|\xD0\xA0\xD0\x95\xD0\x97\xD0\x9E\xD0\x9B\xD0\xAE\xD0\xA6\xD0\x98\xD0\xAF 11", // РЕЗОЛЮЦИЯ
                                                                                             // 11
        "Restitle|"
        "\xD0\xA1\xD0\xBE\xD1\x82\xD1\x80\xD1\x83\xD0\xB4\xD0\xBD\xD0\xB8\xD1\x87\xD0\xB5\xD1\x81"
        "\xD1\x82\xD0\xB2\xD0\xBE",
        "Call|\xD1\x83\xD1\x87\xD0\xB8\xD1\x82\xD1\x8B\xD0\xB2\xD0\xB0\xD1\x8F", // учитывая
        "\xD0\xB0)\t\xD1\x87\xD1\x82\xD0\xBE \xD0\xBE\xD0\xB4\xD0\xBD\xD0\xBE;", // а) что одно;
        "\xD0\xB1)\t\xD1\x87\xD1\x82\xD0\xBE \xD0\xB4\xD1\x80\xD1\x83\xD0\xB3\xD0\xBE\xD0\xB5;", // б)
        "\xD0\xB2)\t\xD1\x87\xD1\x82\xD0\xBE \xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD1\x8C\xD0\xB5.", // в)
    };
    const Checked r = run(lines);
    INFO(r.report());
    CHECK(r.all.empty());
    auto skipped = lines;
    skipped.erase(skipped.begin() + 4);
    const Checked s = run(skipped);
    REQUIRE(s.of(Rule::ItemSequence).size() == 1);
    CHECK(s.of(Rule::ItemSequence)[0].fix->edits()[0].replacement == "\xD0\xB1)"); // б)
}
