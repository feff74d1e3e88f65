// Merge Proposals on Resolution 11 (the corpus base, Hammamet 2016) with contributions made
// here: two agreeing on the revision lines, two conflicting on one phrase, one adding an item,
// one deleting an item, one SUP and one NOC; the views Writer gives when one source's changes
// are accepted and the others rejected, the comments, the synoptic table and the summary.
#include "TestData.hpp"

#include "basetext/BaseText.hpp"
#include "i18n/Messages.hpp"
#include "markup/Markup.hpp"
#include "merge/Merge.hpp"
#include "merge/MergeReport.hpp"
#include "model/Views.hpp"
#include "recognition/Recognizer.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

using namespace pa;

namespace {

// Base paragraph indices in Resolution 11 (Hammamet, 2016).
constexpr std::size_t kNumberLine = 0, kHistory = 2, kPreamble = 3, kConsideringC = 7,
                      kObserving = 14, kLastItem = 19;

const BaseResolution &resolution11() {
    static const BaseText base = [] {
        BaseText b;
        const Document doc = test::corpusModel("res11-hammamet-2016.docx");
        b.add(doc, recognize(doc), "res11-hammamet-2016.docx");
        return b;
    }();
    const BaseResolution *r = base.find("11");
    REQUIRE(r != nullptr);
    return *r;
}

std::vector<std::string> baseTexts() {
    std::vector<std::string> out;
    for (const Paragraph &p : resolution11().paragraphs)
        out.push_back(p.text(View::Original));
    return out;
}

std::string replaced(std::string text, const std::string &from, const std::string &to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// The base's texts revised for New Delhi, 2024, as every MOD for WTSA-24 has them.
std::vector<std::string> revised() {
    std::vector<std::string> t = baseTexts();
    t[kNumberLine] = replaced(t[kNumberLine], "Hammamet, 2016", "New Delhi, 2024");
    t[kHistory] = replaced(t[kHistory], "Hammamet, 2016)", "Hammamet, 2016; New Delhi, 2024)");
    t[kPreamble] = replaced(t[kPreamble], "Hammamet, 2016", "New Delhi, 2024");
    return t;
}

merge::Source source(const std::string &name, const std::vector<std::string> &texts,
                     const std::string &symbol = "MOD") {
    merge::Source s;
    s.name = name;
    s.file = name + ".docx";
    s.symbol = symbol;
    s.language = "en";
    if (symbol == "MOD")
        for (const std::string &t : texts)
            s.proposed.push_back(plainParagraph(t, "Standard"));
    return s;
}

const std::string kAtu = "ATU/35A3/1", kEur = "EUR/41A1/1", kApt = "APT/12/1", kArb = "ARB/5A2/1",
                  kRcc = "RCC/8/1";

std::vector<merge::Source> contributions() {
    std::vector<std::string> atu = revised();
    atu[kObserving] = replaced(atu[kObserving], "the efficient use", "the optimal use");
    std::vector<std::string> eur = revised();
    eur[kObserving] = replaced(eur[kObserving], "the efficient use", "the sustainable use");
    eur[kLastItem] = replaced(eur[kLastItem], "both organizations.", "both organizations;");
    eur.push_back("3\tto report to the Council on the results of this collaboration.");
    std::vector<std::string> apt = baseTexts();
    apt.erase(apt.begin() + static_cast<long>(kConsideringC));
    apt[kConsideringC - 1] = replaced(apt[kConsideringC - 1], "sectors;", "sectors,");
    return {source(kAtu, atu), source(kEur, eur), source(kApt, apt), source(kArb, {}, "SUP"),
            source(kRcc, {}, "NOC")};
}

std::vector<std::string> withEnd(std::vector<std::string> texts) {
    texts.push_back("");
    return texts;
}

std::vector<std::string> proposedOf(const merge::Source &s) {
    std::vector<std::string> out;
    for (const Paragraph &p : s.proposed)
        out.push_back(p.text(View::Proposed));
    return out;
}

std::vector<std::string> authorsOf(const std::vector<Paragraph> &paragraphs) {
    std::vector<std::string> out;
    for (const markup::RedlineSpan &r : markup::redlineSpans(paragraphs))
        if (std::find(out.begin(), out.end(), r.author) == out.end())
            out.push_back(r.author);
    return out;
}

} // namespace

TEST_CASE("reject all gives the base; one source's changes alone give its text", "[merge]") {
    const auto sources = contributions();
    const merge::MergeResult r = merge::merge(resolution11(), sources);
    CHECK(markup::textsInView(r.paragraphs, View::Original) == withEnd(baseTexts()));
    for (std::size_t s = 0; s < 3; ++s) {
        INFO(sources[s].name);
        CHECK(merge::textsWithOnly(r.paragraphs, sources[s].name) ==
              withEnd(proposedOf(sources[s])));
    }
    // SUP and NOC change nothing in the draft: with only their changes, it is the base.
    CHECK(merge::textsWithOnly(r.paragraphs, kArb) == withEnd(baseTexts()));
}

TEST_CASE("two sources revising for the same assembly make one change naming both", "[merge]") {
    const merge::MergeResult r = merge::merge(resolution11(), contributions());
    const Paragraph &number = r.paragraphs[kNumberLine];
    REQUIRE(number.runs.size() == 4);
    CHECK(number.runs[0].text == "RESOLUTION 11 (Rev. ");
    CHECK(number.runs[1].text == "Hammamet, 2016");
    CHECK(number.runs[1].change->kind == ChangeKind::Deletion);
    CHECK(number.runs[1].change->author == kAtu + ", " + kEur);
    CHECK(number.runs[2].text == "New Delhi, 2024");
    CHECK(number.runs[2].change->author == kAtu + ", " + kEur);
    std::size_t revisionAgreements = 0;
    for (const merge::Agreement &a : r.agreements)
        if (a.baseParagraph && (*a.baseParagraph == kNumberLine || *a.baseParagraph == kHistory ||
                                *a.baseParagraph == kPreamble)) {
            CHECK(a.sources == std::vector<std::string>{kAtu, kEur});
            ++revisionAgreements;
        }
    CHECK(revisionAgreements == 3);
    // ATU, EUR, both, APT: one colour each in Manage Changes.
    const auto authors = authorsOf(r.paragraphs);
    CHECK(std::find(authors.begin(), authors.end(), kAtu + ", " + kEur) != authors.end());
    CHECK(std::find(authors.begin(), authors.end(), kApt) != authors.end());
}

TEST_CASE("two sources changing one phrase differently: both alternatives and a comment",
          "[merge]") {
    const merge::MergeResult r = merge::merge(resolution11(), contributions());
    REQUIRE(r.conflicts.size() == 1);
    const merge::Conflict &c = r.conflicts.front();
    CHECK(c.baseParagraph == kObserving);
    CHECK(c.base == "efficient");
    REQUIRE(c.alternatives.size() == 2);
    CHECK(c.alternatives[0].sources == std::vector<std::string>{kAtu});
    CHECK(c.alternatives[0].text == "optimal");
    CHECK(c.alternatives[1].sources == std::vector<std::string>{kEur});
    CHECK(c.alternatives[1].text == "sustainable");
    const std::string marked = r.paragraphs[c.paragraph].text(View::Marked);
    CHECK(marked.find("efficientoptimalsustainable use") != std::string::npos);
    // The comment covers the deleted word and both insertions.
    const auto comment =
        std::find_if(r.comments.begin(), r.comments.end(),
                     [&](const merge::Comment &m) { return m.paragraph == c.paragraph; });
    REQUIRE(comment != r.comments.end());
    CHECK(comment->length == std::string("efficientoptimalsustainable").size());
    CHECK(comment->text.find(kAtu + ": \u201Coptimal\u201D") != std::string::npos);
    CHECK(comment->text.find(kEur + ": \u201Csustainable\u201D") != std::string::npos);
}

TEST_CASE("an added item and a deleted item are whole-paragraph changes of their source",
          "[merge]") {
    const merge::MergeResult r = merge::merge(resolution11(), contributions());
    // EUR's item 3 comes after the last base paragraph, before the closing empty paragraph.
    const std::size_t added = r.paragraphs.size() - 2;
    CHECK_FALSE(r.baseOf[added].has_value());
    CHECK(r.paragraphs[added].text(View::Marked) ==
          "3\tto report to the Council on the results of this collaboration.");
    REQUIRE(r.paragraphs[added].mark);
    CHECK(r.paragraphs[added].mark->kind == ChangeKind::Insertion);
    CHECK(r.paragraphs[added].mark->author == kEur);
    // APT's deleted item c): text and mark under one deletion by APT.
    const Paragraph &deleted = r.paragraphs[kConsideringC];
    CHECK(r.baseOf[kConsideringC] == kConsideringC);
    REQUIRE(deleted.mark);
    CHECK(deleted.mark->author == kApt);
    CHECK(deleted.absentIn(View::Proposed));
    const auto spans = markup::redlineSpans(r.paragraphs);
    CHECK(std::count_if(spans.begin(), spans.end(), [&](const markup::RedlineSpan &s) {
              return s.paragraph == kConsideringC && s.throughParagraphEnd && s.start == 0;
          }) == 1);
}

TEST_CASE("SUP is a comment at the number line and NOC is listed, neither is merged", "[merge]") {
    const merge::MergeResult r = merge::merge(resolution11(), contributions());
    CHECK(r.suppressions == std::vector<std::string>{kArb});
    CHECK(r.noChanges == std::vector<std::string>{kRcc});
    REQUIRE_FALSE(r.comments.empty());
    CHECK(r.comments.front().paragraph == kNumberLine);
    CHECK(r.comments.front().text.find("SUP " + kArb + ": suppress Resolution 11") !=
          std::string::npos);
    for (const markup::RedlineSpan &s : markup::redlineSpans(r.paragraphs)) {
        const auto names = merge::sourcesOf(s.author);
        CHECK(std::find(names.begin(), names.end(), kArb) == names.end());
        CHECK(std::find(names.begin(), names.end(), kRcc) == names.end());
    }
}

TEST_CASE("the synoptic table: a row per paragraph, each source's cell its own text", "[merge]") {
    const auto sources = contributions();
    const merge::MergeResult r = merge::merge(resolution11(), sources);
    const merge::Synoptic &t = r.synoptic;
    CHECK(t.header ==
          std::vector<std::string>{"Base", kAtu, kEur, kApt, "SUP " + kArb, "NOC " + kRcc});
    REQUIRE(t.rows.size() == r.paragraphs.size() - 1);
    for (std::size_t s = 0; s < 3; ++s) {
        INFO(sources[s].name);
        // Each source's column, accepted and read down, is its proposed text (a deleted
        // paragraph leaves an empty cell, an added one is only in its sources' column).
        std::vector<std::string> column;
        for (const merge::SynopticRow &row : t.rows) {
            const std::string text = row.cells[1 + s].text(View::Proposed);
            if (!text.empty())
                column.push_back(text);
            for (const Run &run : row.cells[1 + s].runs)
                if (run.change)
                    CHECK(run.change->author == sources[s].name);
        }
        CHECK(column == proposedOf(sources[s]));
    }
    for (const merge::SynopticRow &row : t.rows) {
        CHECK(row.cells[4].text(View::Proposed).empty()); // SUP: all struck
        CHECK(row.cells[5].text(View::Proposed) == row.cells[0].text(View::Original)); // NOC
        CHECK(row.cells[0].text(View::Original) ==
              (row.baseParagraph ? baseTexts()[*row.baseParagraph] : ""));
    }
}

TEST_CASE("the summary says who changes what, where they agree and conflict", "[merge]") {
    const merge::MergeResult r = merge::merge(resolution11(), contributions());
    const auto json =
        merge::mergeJson("11", r, {{"USA-1.docx", "no MOD, SUP or NOC of Resolution 11"}});
    CHECK(json["sources"][0]["changedParagraphs"].get<std::vector<std::size_t>>() ==
          std::vector<std::size_t>{kNumberLine, kHistory, kPreamble, kObserving});
    CHECK(json["sources"][1]["addedParagraphs"] == 1);
    CHECK(json["sources"][2]["deletedParagraphs"] == 1);
    CHECK(json["conflicts"].size() == 1);
    CHECK(json["skipped"][0]["file"] == "USA-1.docx");
    const std::string text = merge::mergeText(json);
    CHECK(text.find("ATU/35A3/1 (MOD, ATU/35A3/1.docx): changes base paragraphs 1, 3, 4, 15\n") !=
          std::string::npos);
    CHECK(text.find("ARB/5A2/1 (SUP, ARB/5A2/1.docx): suppresses Resolution 11") !=
          std::string::npos);
    CHECK(text.find(
              "conflict, paragraph 15: base \u201Cefficient\u201D; ATU/35A3/1 \u201Coptimal\u201D; "
              "EUR/41A1/1 \u201Csustainable\u201D\n") != std::string::npos);
    CHECK(text.find("skipped USA-1.docx: no MOD, SUP or NOC of Resolution 11\n") !=
          std::string::npos);
}

// The lines of a text.
std::vector<std::string> linesOf(const std::string &text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

TEST_CASE("the merge report and merge's refusals are written in each UI language",
          "[merge][i18n]") {
    const Messages en =
        Messages::load(std::filesystem::path(PA_SOURCE_DIR) / "extension" / "messages", "en");
    // Every shape of line: changes, adds, deletes whole, SUP, NOC, a skipped file (with words of
    // its own), agreements of each kind, a conflict with a base and one on an added paragraph.
    std::vector<std::string> a = revised(), b = revised(), c = baseTexts();
    a[kObserving] = replaced(a[kObserving], "the efficient use", "the optimal use");
    b[kObserving] = replaced(b[kObserving], "the efficient use", "the sustainable use");
    a.push_back("3\tto report yearly.");
    b.push_back("3\tto publish a joint report.");
    b.push_back("4\tto publish it widely.");
    c.erase(c.begin() + static_cast<long>(kConsideringC));
    c.erase(c.begin() + static_cast<long>(kConsideringC));
    c.erase(c.begin() + static_cast<long>(kConsideringC));
    const merge::MergeResult r =
        merge::merge(resolution11(), {source(kAtu, a), source(kEur, b), source(kApt, c),
                                      source(kArb, {}, "SUP"), source(kRcc, {}, "NOC")});
    const std::string english = merge::mergeText(merge::mergeJson(
        "11", r,
        {{"USA-1.docx", "no MOD, SUP or NOC of Resolution 11"},
         {"USA-2.docx", "no MOD, SUP or NOC of Resolution 11 (it proposes on Resolutions 12, 13)"},
         {"USA-3.docx", "its MOD of Resolution 11 has no proposal number"}}));
    for (const char *shape :
         {": changes base paragraphs ", ": adds 2 paragraphs", ": deletes 3 whole",
          ": suppresses Resolution 11", ": no change", "agree, paragraph 1: ", ": insert \u201C",
          "conflict, paragraph 15: base", "(added): ", "merged draft: insertions "})
        CHECK(english.find(shape) != std::string::npos);
    CHECK(en.fromTemplatesByLine("merge.text.", english) == english);

    // English words of the report that no translation keeps.
    // ("insert" and "conflict" alone are French and Spanish words too.)
    const std::vector<std::string> words = {
        "changes", "adds ",     "deletes",    "whole",      "suppresses",    "skipped",
        "agree",   "conflict,", "paragraph ", "paragraphs", "insert \u201C", "delete",
        "merged",  "no MOD",    "proposes",   "proposal",   "comments",      "listed"};
    std::map<std::string, std::string> written;
    for (const std::string language : {"fr", "es", "ru", "ar", "zh-CN"}) {
        const Messages messages = Messages::load(
            std::filesystem::path(PA_SOURCE_DIR) / "extension" / "messages", language);
        const std::vector<std::string> lines = linesOf(english),
                                       shown = linesOf(
                                           messages.fromTemplatesByLine("merge.text.", english));
        REQUIRE(shown.size() == lines.size());
        for (std::size_t i = 0; i < lines.size(); ++i) {
            INFO(language << ": " << lines[i] << " -> " << shown[i]);
            CHECK(shown[i] != lines[i]);
            for (const std::string &w : words)
                CHECK(shown[i].find(w) == std::string::npos);
        }
        written[language] = messages.fromTemplatesByLine("merge.text.", english);
    }
    // The count takes its own language's form, not English's: Russian "few" for 2 and 3.
    CHECK(written["ru"].find("ATU/35A3/1 (MOD, ATU/35A3/1.docx): добавляет 1 абзац\n") !=
          std::string::npos);
    CHECK(written["ru"].find("EUR/41A1/1 (MOD, EUR/41A1/1.docx): добавляет 2 абзаца\n") !=
          std::string::npos);
    CHECK(written["ar"].find("EUR/41A1/1 (MOD, EUR/41A1/1.docx): يضيف فقرتين\n") !=
          std::string::npos);
    CHECK(written["fr"].find("conflit, paragraphe 15 : base « efficient » ; ATU/35A3/1 "
                             "\u201Coptimal\u201D; EUR/41A1/1 \u201Csustainable\u201D\n") !=
          std::string::npos);
    CHECK(written["zh-CN"].find(
              "USA-2.docx：没有第11号决议的 MOD、SUP 或 NOC（其建议针对第12, 13号决议）") !=
          std::string::npos);

    // Merge's refusals: the English the merger gives, one line per skipped file.
    const Messages ru =
        Messages::load(std::filesystem::path(PA_SOURCE_DIR) / "extension" / "messages", "ru");
    auto french = source("FRA/3/1", revised());
    french.language = "fr";
    std::string refusal;
    try {
        merge::merge(resolution11(), {source(kAtu, revised()), french});
    } catch (const merge::MergeRefused &e) {
        refusal = e.what();
    }
    CHECK(
        ru.fromTemplatesByLine("merge.text.", refusal) ==
        "FRA/3/1 (FRA/3/1.docx) написан на языке «французский», а базовый текст Резолюции 11 — на "
        "языке «английский»: объединяйте вклады с базовым текстом на их языке.");
    CHECK(ru.fromTemplatesByLine(
              "merge.text.", "None of the contributions has a MOD, SUP or NOC of Resolution 11.\n"
                             "skipped a.docx: no MOD, SUP or NOC of Resolution 11") ==
          "Ни в одном из вкладов нет MOD, SUP или NOC Резолюции 11.\n"
          "пропущен a.docx: нет MOD, SUP или NOC Резолюции 11");
    for (const auto &[count, form] : std::vector<std::pair<int, std::string>>{
             {1, "резолюция"}, {3, "резолюции"}, {5, "резолюций"}, {21, "резолюция"}})
        CHECK(ru.fromTemplates("refuse.", "Resolution 12 is not in the base text (it holds " +
                                              std::to_string(count) + " resolution" +
                                              (count == 1 ? "" : "s") + ").") ==
              "Резолюции 12 нет в базовом тексте (в нём " + std::to_string(count) + " " + form +
                  ").");
}

TEST_CASE("an item both sources add after an item whose end they change, inside the resolution",
          "[merge]") {
    // As a Word MOD has it: item c)'s final "," becomes ";" and an item d) follows it.
    std::vector<std::string> a = revised();
    const std::string itemC = a[kConsideringC];
    a[kConsideringC] = itemC.substr(0, itemC.size() - 1) + "\u00A7";
    a.insert(a.begin() + static_cast<long>(kConsideringC) + 1, "d)\tthat a new item follows;");
    std::vector<std::string> b = a;
    b[kObserving + 1] = replaced(b[kObserving + 1], "the efficient use", "the sustainable use");
    const merge::MergeResult r = merge::merge(resolution11(), {source(kAtu, a), source(kEur, b)});
    CHECK(markup::textsInView(r.paragraphs, View::Original) == withEnd(baseTexts()));
    CHECK(merge::textsWithOnly(r.paragraphs, kAtu) == withEnd(a));
    CHECK(merge::textsWithOnly(r.paragraphs, kEur) == withEnd(b));
    // In Writer: the insertion ending item c) and the added item after it, both by ATU and EUR,
    // are dated apart, or Writer would fuse them with c)'s paragraph break, and rejecting all
    // would join c) with the paragraph after the added item.
    const auto spans = markup::redlineSpans(r.paragraphs);
    const auto ending = std::find_if(spans.begin(), spans.end(), [&](const auto &s) {
        return s.paragraph == kConsideringC && s.kind == ChangeKind::Insertion;
    });
    REQUIRE(ending != spans.end());
    REQUIRE(ending + 1 != spans.end());
    CHECK(ending->author == kAtu + ", " + kEur);
    CHECK((ending + 1)->paragraph == kConsideringC + 1);
    CHECK((ending + 1)->throughParagraphEnd);
    CHECK((ending + 1)->stamp != ending->stamp);
}

TEST_CASE("sources adding different items at one place conflict; the same item is one", "[merge]") {
    std::vector<std::string> a = baseTexts(), b = baseTexts(), c = baseTexts();
    a.push_back("3\tto report yearly.");
    b.push_back("3\tto report yearly.");
    c.push_back("3\tto publish a joint report.");
    const merge::MergeResult r =
        merge::merge(resolution11(), {source(kAtu, a), source(kEur, b), source(kApt, c)});
    REQUIRE(r.paragraphs.size() == baseTexts().size() + 3);
    CHECK(r.paragraphs[r.paragraphs.size() - 3].mark->author == kAtu + ", " + kEur);
    CHECK(r.paragraphs[r.paragraphs.size() - 2].mark->author == kApt);
    REQUIRE(r.conflicts.size() == 1);
    CHECK_FALSE(r.conflicts[0].baseParagraph.has_value());
    CHECK(r.conflicts[0].alternatives.size() == 2);
    for (const auto &[name, texts] : {std::pair{kAtu, a}, {kEur, b}, {kApt, c}})
        CHECK(merge::textsWithOnly(r.paragraphs, name) == withEnd(texts));
}

TEST_CASE("mixing languages, a proposal number twice, or no source is refused", "[merge]") {
    auto french = source("FRA/3/1", revised());
    french.language = "fr";
    CHECK_THROWS_WITH(merge::merge(resolution11(), {source(kAtu, revised()), french}),
                      Catch::Contains("FRA/3/1 (FRA/3/1.docx) is written in French and the base of "
                                      "Resolution 11 in English"));
    CHECK_THROWS_WITH(
        merge::merge(resolution11(), {source(kAtu, revised()), source(kAtu, revised())}),
        Catch::Contains("the same proposal ATU/35A3/1"));
    CHECK_THROWS_AS(merge::merge(resolution11(), {}), merge::MergeRefused);
}

TEST_CASE("the corpus MOD ATU/35A3/1 is found as a source; the base is not one",
          "[merge][corpus]") {
    const Document doc = test::corpusModel("ATU-35A3-mod-res11.docx");
    const Recognition rec = recognize(doc);
    std::string why;
    const auto found = merge::findSource(doc, rec, "11", "ATU-35A3-mod-res11.docx", why);
    REQUIRE(found);
    CHECK(found->name == "ATU/35A3/1");
    CHECK(found->symbol == "MOD");
    CHECK(found->language == "en");
    CHECK(found->proposed.front().text(View::Proposed) == "RESOLUTION 11 (Rev. New Delhi, 2024)");
    CHECK_FALSE(merge::findSource(doc, rec, "12", "x.docx", why));
    CHECK(why == "no MOD, SUP or NOC of Resolution 12 (it proposes on Resolution 11)");

    const Document base = test::corpusModel("res11-hammamet-2016.docx");
    CHECK_FALSE(merge::findSource(base, recognize(base), "11", "base.docx", why));
    CHECK(why == "no MOD, SUP or NOC of Resolution 11");

    // Merged alone with the base, the corpus MOD gives its own text back.
    const merge::MergeResult r = merge::merge(resolution11(), {*found});
    CHECK(merge::textsWithOnly(r.paragraphs, "ATU/35A3/1") == withEnd(proposedOf(*found)));
    CHECK(markup::textsInView(r.paragraphs, View::Original) == withEnd(baseTexts()));
}

TEST_CASE("contributions in French merge with a French base; Spanish is refused there", "[merge]") {
    BaseResolution base;
    base.number = "11";
    const std::vector<std::pair<Role, std::string>> lines = {
        {Role::ResolutionNumber, "RÉSOLUTION 11 (Rév. Hammamet, 2016)"},
        {Role::ResolutionTitle, "Collaboration avec le Conseil d'exploitation postale"},
        {Role::Call, "considérant"},
        {Role::LetteredItem, "a)\tque les deux organisations collaborent depuis longtemps;"},
        {Role::Call, "décide"},
        {Role::NumberedItem, "1\tde poursuivre cette collaboration."}};
    for (const auto &[role, text] : lines) {
        base.paragraphs.push_back(plainParagraph(text, "Standard"));
        base.roles.push_back(role);
    }
    CHECK(merge::languageCode(base.paragraphs, base.roles) == "fr");
    auto texts = [&] {
        std::vector<std::string> out;
        for (const auto &l : lines)
            out.push_back(l.second);
        return out;
    };
    std::vector<std::string> b = texts(), f = texts();
    b[0] = "RÉSOLUTION 11 (Rév. New Delhi, 2024)";
    f[0] = b[0];
    b[3] = "a)\tque les deux organisations collaborent étroitement;";
    f[5] = "1\tde renforcer cette collaboration.";
    auto belgium = source("B/20/1", b), france = source("F/7A2/1", f);
    belgium.language = france.language = "fr";
    const merge::MergeResult r = merge::merge(base, {belgium, france});
    CHECK(merge::textsWithOnly(r.paragraphs, "B/20/1") == withEnd(b));
    CHECK(merge::textsWithOnly(r.paragraphs, "F/7A2/1") == withEnd(f));
    REQUIRE(r.agreements.size() == 1);
    CHECK(r.agreements[0].inserted == "New Delhi, 2024");
    CHECK(r.conflicts.empty());
    // What the merge writes into the documents is French too.
    CHECK(r.synoptic.heading == "R\u00E9solution 11 : les propositions c\u00F4te \u00E0 c\u00F4te");
    CHECK(r.synoptic.header == std::vector<std::string>{"Base", "B/20/1", "F/7A2/1"});
    CHECK_FALSE(r.rightToLeft);
    auto other = f;
    other[3] = "a)\tque les deux organisations collaborent activement;";
    auto sup = source("S/1/1", {}, "SUP");
    sup.language = "fr";
    auto third = source("C/2/1", other);
    third.language = "fr";
    const merge::MergeResult r2 = merge::merge(base, {belgium, third, sup});
    REQUIRE(r2.comments.size() == 2);
    CHECK(r2.comments[0].text == "SUP S/1/1 : supprimer la R\u00E9solution 11");
    CHECK(r2.comments[1].text.rfind("Les sources diff\u00E8rent ici. Base : \u201C", 0) == 0);

    auto spain = source("E/4/1", texts());
    spain.language = "es";
    CHECK_THROWS_WITH(merge::merge(base, {belgium, spain}),
                      Catch::Contains("E/4/1 (E/4/1.docx) is written in Spanish and the base of "
                                      "Resolution 11 in French"));
}
