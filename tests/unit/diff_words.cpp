// WordDiff: tokens, the smallest readable word changes, and paragraph alignment.
#include "diff/WordDiff.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace pa::diff;

namespace {

std::string rebuild(const std::vector<Op> &ops, OpKind skip) {
    std::string out;
    for (const Op &op : ops)
        if (op.kind != skip)
            out += op.text;
    return out;
}

// Every script must give back both texts, name its offsets right and never repeat a kind.
void checkScript(std::string_view before, std::string_view after) {
    const std::vector<Op> ops = diffWords(before, after);
    CHECK(rebuild(ops, OpKind::Insert) == before);
    CHECK(rebuild(ops, OpKind::Delete) == after);
    for (std::size_t k = 0; k < ops.size(); ++k) {
        if (k > 0)
            CHECK(ops[k].kind != ops[k - 1].kind);
        if (ops[k].kind != OpKind::Insert)
            CHECK(before.substr(ops[k].beforeOffset, ops[k].text.size()) == ops[k].text);
        if (ops[k].kind != OpKind::Delete)
            CHECK(after.substr(ops[k].afterOffset, ops[k].text.size()) == ops[k].text);
        if (ops[k].kind == OpKind::Insert && k > 0)
            CHECK(ops[k - 1].kind != OpKind::Insert);
    }
}

std::vector<OpKind> kinds(const std::vector<Op> &ops) {
    std::vector<OpKind> out;
    for (const Op &op : ops)
        out.push_back(op.kind);
    return out;
}

} // namespace

TEST_CASE("tokenize: words, punctuation, spaces and tabs", "[diff]") {
    using V = std::vector<std::string_view>;
    CHECK(tokenize("a)\tthat ITU-T's study;") ==
          V{"a", ")", "\t", "that", " ", "ITU-T's", " ", "study", ";"});
    CHECK(tokenize("No.\xC2\xA0"
                   "9") == V{"No", ".", "\xC2\xA0", "9"});
    CHECK(tokenize("ITU\xE2\x80\x91T groups") ==
          V{"ITU\xE2\x80\x91T", " ", "groups"}); // U+2011 inside a word
    CHECK(tokenize("postal \nand") == V{"postal", " \n", "and"});
    CHECK(tokenize("\t\t") == V{"\t", "\t"});
    CHECK(tokenize("well- known -") == V{"well", "-", " ", "known", " ", "-"});
    CHECK(tokenize("Florianópolis, considérant") == V{"Florianópolis", ",", " ", "considérant"});
    CHECK(tokenize("учитывая, что") == V{"учитывая", ",", " ", "что"});
    CHECK(tokenize("考虑到ITU") == V{"考", "虑", "到", "ITU"}); // ideographs one by one
    CHECK(tokenize("").empty());
}

TEST_CASE("tokenize: an elided article or pronoun ends at its apostrophe", "[diff]") {
    using V = std::vector<std::string_view>;
    CHECK(tokenize("l'utilit\xC3\xA9 d'un") == V{"l'", "utilit\xC3\xA9", " ", "d'", "un"});
    CHECK(tokenize("L\xE2\x80\x99UIT qu'il jusqu'\xC3\xA0") ==
          V{"L\xE2\x80\x99", "UIT", " ", "qu'", "il", " ", "jusqu'", "\xC3\xA0"}); // U+2019 too
    CHECK(tokenize("dell'Unione") == V{"dell'", "Unione"});
    // Other apostrophes stay inside the word.
    CHECK(tokenize("ITU-T's O'Brien") == V{"ITU-T's", " ", "O'Brien"});
}

TEST_CASE("a word changed after an elided article keeps the article", "[diff]") {
    const std::string before = "c)\tl'utilit\xC3\xA9 d'examiner";
    const std::string after = "c)\tl'int\xC3\xA9r\xC3\xAAt d'examiner";
    const auto ops = diffWords(before, after);
    REQUIRE(kinds(ops) ==
            std::vector<OpKind>{OpKind::Equal, OpKind::Delete, OpKind::Insert, OpKind::Equal});
    CHECK(ops[0].text == "c)\tl'");
    CHECK(ops[1].text == "utilit\xC3\xA9");
    CHECK(ops[2].text == "int\xC3\xA9r\xC3\xAAt");
    checkScript(before, after);
}

TEST_CASE("one changed word is one deletion and one insertion", "[diff]") {
    const std::string before = "to encourage and assist this collaboration between the two organs;";
    const std::string after = "to encourage and support this collaboration between the two organs;";
    const auto ops = diffWords(before, after);
    REQUIRE(kinds(ops) ==
            std::vector<OpKind>{OpKind::Equal, OpKind::Delete, OpKind::Insert, OpKind::Equal});
    CHECK(ops[1].text == "assist");
    CHECK(ops[2].text == "support");
    CHECK(ops[1].beforeOffset == before.find("assist"));
    CHECK(ops[2].afterOffset == after.find("support"));
    checkScript(before, after);
}

TEST_CASE("punctuation is a token of its own", "[diff]") {
    const auto ops = diffWords("between both organizations,", "between both organizations.");
    REQUIRE(kinds(ops) == std::vector<OpKind>{OpKind::Equal, OpKind::Delete, OpKind::Insert});
    CHECK(ops[0].text == "between both organizations");
    CHECK(ops[1].text == ",");
    CHECK(ops[2].text == ".");
}

TEST_CASE("kept words and spaces between changes stay kept", "[diff]") {
    // The corpus's "and the efficient use" -> "to optimize the use": whole words, the kept
    // " the " between the changes is a word, so it stays, with the spaces around it.
    const auto ops = diffWords("both organizations and the efficient use of their resources",
                               "both organizations to optimize the use of their resources");
    REQUIRE(kinds(ops) == std::vector<OpKind>{OpKind::Equal, OpKind::Delete, OpKind::Insert,
                                              OpKind::Equal, OpKind::Delete, OpKind::Equal});
    CHECK(ops[1].text == "and");
    CHECK(ops[2].text == "to optimize");
    CHECK(ops[3].text == " the ");
    CHECK(ops[4].text == "efficient ");
    checkScript("both organizations and the efficient use of their resources",
                "both organizations to optimize the use of their resources");

    // "a b" -> "x y": the space was not removed, so it is not deleted: ~~a~~x ~~b~~y.
    const auto two = diffWords("keep a b keep", "keep x y keep");
    REQUIRE(kinds(two) == std::vector<OpKind>{OpKind::Equal, OpKind::Delete, OpKind::Insert,
                                              OpKind::Equal, OpKind::Delete, OpKind::Insert,
                                              OpKind::Equal});
    CHECK(two[1].text == "a");
    CHECK(two[3].text == " ");
    CHECK(two[5].text == "y");
}

TEST_CASE("the fewest characters change, a mark added is one insertion", "[diff]") {
    const auto dot = diffWords("between the two organs;", "between the two organs.;");
    REQUIRE(kinds(dot) == std::vector<OpKind>{OpKind::Equal, OpKind::Insert, OpKind::Equal});
    CHECK(dot[1].text == ".");
    // A long word kept rather than many short tokens: "telecommunication" survives.
    const auto word = diffWords("a, b, c telecommunication", "telecommunication a; b; c");
    std::size_t deleted = 0;
    for (const Op &op : word)
        deleted += op.kind == OpKind::Delete ? op.text.size() : 0;
    CHECK(deleted < std::string("telecommunication").size());
    checkScript("a, b, c telecommunication", "telecommunication a; b; c");
    // An insertion goes after the space before it, and takes the space after it.
    const auto inserted = diffWords("modifications to current Recommendations made",
                                    "modifications to current ITU-T Recommendations made");
    REQUIRE(inserted.size() == 3);
    CHECK(inserted[0].text == "modifications to current ");
    CHECK(inserted[1].text == "ITU-T ");
}

TEST_CASE("insertions on both sides of a kept space stay insertions", "[diff]") {
    const auto ops = diffWords("a z", "a x z y");
    for (const Op &op : ops)
        CHECK(op.kind != OpKind::Delete);
    checkScript("a z", "a x z y");
}

TEST_CASE("a line break between changes stays kept", "[diff]") {
    const auto ops = diffWords("one two\nthree four", "uno two\ntres four");
    CHECK(rebuild(ops, OpKind::Insert) == "one two\nthree four");
    std::size_t equalBreak = 0;
    for (const Op &op : ops)
        equalBreak += op.kind == OpKind::Equal && op.text.find('\n') != std::string::npos;
    CHECK(equalBreak == 1);
}

TEST_CASE("identical, empty and wholly different texts", "[diff]") {
    CHECK(diffWords("", "").empty());
    const auto same = diffWords("same text.", "same text.");
    REQUIRE(same.size() == 1);
    CHECK(same[0].kind == OpKind::Equal);
    const auto added = diffWords("", "new text");
    REQUIRE(added.size() == 1);
    CHECK(added[0].kind == OpKind::Insert);
    const auto removed = diffWords("old text", "");
    REQUIRE(removed.size() == 1);
    CHECK(removed[0].kind == OpKind::Delete);
    checkScript("alpha beta", "gamma delta epsilon");
}

TEST_CASE("no-break spaces and non-breaking hyphens are real changes", "[diff]") {
    const auto ops = diffWords("No. 9 of ITU-T", "No.\xC2\xA0"
                                                 "9 of ITU\xE2\x80\x91T");
    checkScript("No. 9 of ITU-T", "No.\xC2\xA0"
                                  "9 of ITU\xE2\x80\x91T");
    REQUIRE(ops.size() >= 2);
    CHECK(ops[1].text == " ");
    CHECK(ops[2].text == "\xC2\xA0");
}

TEST_CASE("scripts rebuild both texts on random edits", "[diff]") {
    std::mt19937 rng(11);
    const std::vector<std::string> words = {"the",      "ITU",         "Union",    "postal", ",",
                                            ";",        "considérant", "\xC2\xA0", "a)",     "\t",
                                            "services", "(UPU)",       "新"};
    for (int round = 0; round < 200; ++round) {
        std::string before, after;
        const int n = static_cast<int>(rng() % 30);
        for (int k = 0; k < n; ++k) {
            const std::string &w = words[rng() % words.size()];
            const unsigned r = rng() % 10;
            if (r != 0)
                before += w + " ";
            if (r != 1)
                after += (r == 2 ? words[rng() % words.size()] : w) + " ";
        }
        INFO(before << " => " << after);
        checkScript(before, after);
    }
}

TEST_CASE("alignParagraphs: kept, edited, inserted and deleted paragraphs", "[diff]") {
    using P = ParagraphPair;
    const auto npos = P::npos;
    const std::vector<std::string> before = {
        "considering",
        "a)\tthat postal services matter;",
        "b)\tthat telecommunications matter,",
        "resolves",
        "1\tto collaborate;",
        "2\tto report.",
    };
    const std::vector<std::string> after = {
        "considering",
        "a)\tthat postal services matter a great deal;", // edited
        "b)\tthat a brand new consideration is added;",  // inserted
        "c)\tthat telecommunications matter,",           // relettered only
        "resolves",
        "1\tto collaborate;", // item 2 deleted
    };
    const auto pairs = alignParagraphs(before, after);
    const std::vector<std::pair<std::size_t, std::size_t>> expected = {
        {0, 0}, {1, 1}, {npos, 2}, {2, 3}, {3, 4}, {4, 5}, {5, npos}};
    REQUIRE(pairs.size() == expected.size());
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        INFO("entry " << k);
        CHECK(pairs[k].before == expected[k].first);
        CHECK(pairs[k].after == expected[k].second);
    }
}

TEST_CASE("alignParagraphs: dissimilar paragraphs are a deletion and an insertion", "[diff]") {
    const auto pairs =
        alignParagraphs({"keep", "the old item about postal matters;", "end"},
                        {"keep", "a wholly different text on artificial intelligence;", "end"});
    REQUIRE(pairs.size() == 4);
    CHECK(pairs[1].before == 1);
    CHECK(pairs[1].after == ParagraphPair::npos); // deletions come first
    CHECK(pairs[2].before == ParagraphPair::npos);
    CHECK(pairs[2].after == 1);
}

TEST_CASE("alignParagraphs: an item rewritten after the same opening stays one paragraph",
          "[diff]") {
    const auto pairs = alignParagraphs(
        {"2\tto consult with UPU on the establishment of a joint group on digital financial "
         "services to share lessons."},
        {"2\tto consult with UPU on the establishment of a joint group on standards collaboration "
         "in areas of "
         "common interest, such as economic and policy issues, environment and circular economy;",
         "3\tto support events."});
    REQUIRE(pairs.size() == 2);
    CHECK(pairs[0].before == 0);
    CHECK(pairs[0].after == 0);
    CHECK(pairs[1].after == 1);
}

TEST_CASE("alignParagraphs: empty paragraphs and empty sides", "[diff]") {
    const auto pairs = alignParagraphs({"a", "", "b"}, {"a", "", "", "b"});
    REQUIRE(pairs.size() == 4);
    std::size_t inserted = 0;
    for (const auto &p : pairs)
        inserted += p.before == ParagraphPair::npos;
    CHECK(inserted == 1);
    CHECK(alignParagraphs({}, {}).empty());
    CHECK(alignParagraphs({"x"}, {}).size() == 1);
    CHECK(alignParagraphs({}, {"x", "y"}).size() == 2);
}
