// The plans of the editing commands (src/core/proposals), decided without an office: block
// skeletons in several languages, where a new proposal goes, which resolutions Mark Up acts
// on, base lookup by history and title, renumbering, and where written paragraphs land.
#include "DocBuilder.hpp"
#include "TestData.hpp"

#include "lexicon/Lexicon.hpp"
#include "proposals/BaseLookup.hpp"
#include "proposals/EditedLayout.hpp"
#include "proposals/InsertionPoint.hpp"
#include "proposals/MarkupJobs.hpp"
#include "proposals/RenumberPlan.hpp"
#include "proposals/Settings.hpp"
#include "proposals/Skeleton.hpp"
#include "proposals/Summary.hpp"
#include "recognition/Recognizer.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace pa;
using namespace pa::proposals;
using pa::test::documentFrom;

namespace {

const BaseText &hammamet() {
    static const BaseText base = [] {
        BaseText b;
        const Document doc = test::corpusModel("res11-hammamet-2016.docx");
        b.add(doc, recognize(doc), "res11-hammamet-2016.docx");
        return b;
    }();
    return base;
}

const BaseResolution &res11() {
    return *hammamet().find("11");
}

EditSettings settingsIn(const std::string &language, const std::string &assembly = {}) {
    EditSettings s;
    s.source = "ATU";
    s.document = "35";
    s.addendum = "3";
    s.language = language;
    s.assembly = assembly;
    s.author = "Tester";
    return s;
}

std::vector<std::string> texts(const Block &block) {
    std::vector<std::string> out;
    for (const Paragraph &p : block.paragraphs)
        out.push_back(p.text());
    return out;
}

bool anyTracked(const Block &block) {
    for (const Paragraph &p : block.paragraphs)
        if (p.hasTrackedChanges())
            return true;
    return false;
}

// A base resolution made by hand, in no language of its own.
BaseResolution handBase(const std::string &language) {
    BaseResolution r;
    r.number = "5";
    r.language = language;
    r.paragraphs = {plainParagraph("RÉSOLUTION 5", "ResNo"), plainParagraph("Titre", "Restitle"),
                    plainParagraph("considérant", "Call")};
    r.roles = {Role::ResolutionNumber, Role::ResolutionTitle, Role::Call};
    return r;
}

} // namespace

TEST_CASE("skeleton: MOD carries the whole base with its revision lines tracked", "[proposals]") {
    const ProposalSkeleton mod =
        existingResolutionBlock("MOD", res11(), settingsIn("en", "New Delhi, 2024"));
    REQUIRE(mod.result);
    REQUIRE(mod.block.paragraphs.size() == res11().paragraphs.size() + 2);
    CHECK(mod.block.paragraphs.front().text() == "MOD\tATU/35A3/1");
    CHECK(mod.block.paragraphs.front().style == "Proposal");
    CHECK(mod.block.roles.front() == Role::ProposalHeader);
    CHECK(mod.block.paragraphs.back().text() == "Reasons:\t");
    CHECK(mod.block.paragraphs.back().style == "Reasons");
    CHECK(mod.block.roles.back() == Role::Reasons);
    CHECK(mod.result->insertions > 0);
    CHECK(mod.result->deletions > 0);
    CHECK(mod.block.paragraphs[1].text(View::Proposed) == "RESOLUTION 11 (Rev. New Delhi, 2024)");
    CHECK(mod.block.paragraphs[1].text(View::Original) == "RESOLUTION 11 (Rev. Hammamet, 2016)");
    for (const Run &run : mod.block.paragraphs[1].runs)
        if (run.change)
            CHECK(run.change->author == "Tester");
}

TEST_CASE("skeleton: SUP and NOC carry the number line and title, untracked", "[proposals]") {
    for (const char *symbol : {"SUP", "NOC"}) {
        DYNAMIC_SECTION(symbol) {
            const ProposalSkeleton skeleton =
                existingResolutionBlock(symbol, res11(), settingsIn("en", "New Delhi, 2024"));
            CHECK_FALSE(skeleton.result);
            const std::vector<std::string> lines = texts(skeleton.block);
            REQUIRE(lines.size() == 4);
            CHECK(lines[0] == std::string(symbol) + "\tATU/35A3/1");
            CHECK(lines[1] == "RESOLUTION 11 (Rev. Hammamet, 2016)");
            CHECK(skeleton.block.roles[1] == Role::ResolutionNumber);
            CHECK(skeleton.block.roles[2] == Role::ResolutionTitle);
            CHECK(lines[3] == "Reasons:\t");
            CHECK_FALSE(anyTracked(skeleton.block));
        }
    }
}

TEST_CASE("skeleton: Reasons in the base's language, else the document's", "[proposals]") {
    // The English base wins over a French document.
    CHECK(
        existingResolutionBlock("NOC", res11(), settingsIn("fr")).block.paragraphs.back().text() ==
        "Reasons:\t");
    const BaseResolution unknown = handBase("");
    CHECK(
        existingResolutionBlock("SUP", unknown, settingsIn("fr")).block.paragraphs.back().text() ==
        "Motifs:\t");
    CHECK(
        existingResolutionBlock("SUP", unknown, settingsIn("zh")).block.paragraphs.back().text() ==
        "\xE7\x90\x86\xE7\x94\xB1\xEF\xBC\x9A\t"); // 理由：
    CHECK(
        existingResolutionBlock("SUP", unknown, settingsIn("ar")).block.paragraphs.back().text() ==
        "\xD8\xA7\xD9\x84\xD8\xA3\xD8\xB3\xD8\xA8\xD8\xA7\xD8\xA8:\t"); // الأسباب:
    CHECK(existingResolutionBlock("SUP", handBase("fr"), settingsIn("en"))
              .block.paragraphs.back()
              .text() == "Motifs:\t");
    // Mark Up's block: a proposal line and Reasons only when asked for.
    markup::MarkupResult result;
    result.paragraphs = {plainParagraph("RESOLUTION 11", "ResNo")};
    CHECK(texts(markedUpBlock(result, false, "ATU/35A3", "fr")) ==
          std::vector<std::string>{"RESOLUTION 11"});
    CHECK(texts(markedUpBlock(result, true, "ATU/35A3", "fr")) ==
          std::vector<std::string>{"MOD\tATU/35A3/1", "RESOLUTION 11", "Motifs:\t"});
}

TEST_CASE("skeleton: a draft new resolution in English, French, Arabic and Chinese",
          "[proposals]") {
    const Structure none;
    for (const char *language : {"en", "fr", "ar", "zh", "es", "ru"}) {
        DYNAMIC_SECTION(language) {
            const Lexicon &lexicon = lexiconFor(language);
            const NewResolutionSkeleton add =
                newResolutionBlock(none, settingsIn(language, "New Delhi, 2024"));
            REQUIRE(add.refusal.empty());
            CHECK(add.tag == "ATU-1");
            const std::vector<std::string> lines = texts(add.block);
            REQUIRE(lines.size() == 10);
            CHECK(lines[0] == "ADD\tATU/35A3/1");
            CHECK(lines[1] == lexicon.draftNewLineFor("ATU-1"));
            CHECK(add.block.paragraphs[1].style == "ResNo");
            CHECK(add.titleParagraph == 3);
            CHECK(lines[3] == lexicon.written.titlePrompt);
            CHECK(add.block.roles[3] == Role::ResolutionTitle);
            CHECK(lines[4].rfind(lexicon.written.preamble, 0) == 0);
            CHECK(lines[5] == lexicon.preambleCalls.front());
            CHECK(lines[6] == lexicon.letters.front() + ")\t");
            CHECK(lines[7] == lexicon.operativeCalls.front());
            CHECK(lines[8] == "1\t");
            CHECK(lines[9] == lexicon.reasonsLabel() + "\t");
            CHECK(add.block.roles == std::vector<Role>{Role::ProposalHeader, Role::ResolutionNumber,
                                                       Role::ResolutionHistory,
                                                       Role::ResolutionTitle, Role::Preamble,
                                                       Role::Call, Role::LetteredItem, Role::Call,
                                                       Role::NumberedItem, Role::Reasons});
            CHECK_FALSE(anyTracked(add.block));
            const std::string lang = language;
            if (lang == "zh") {
                CHECK(lines[2].rfind("\xEF\xBC\x88", 0) == 0);                 // （
                CHECK(lines[4].substr(lines[4].size() - 3) == "\xEF\xBC\x8C"); // ，
                CHECK(lines[1].find(" [") == std::string::npos);
            } else if (lang == "ar") {
                CHECK(lines[2].front() == '(');
                CHECK(lines[4].substr(lines[4].size() - 2) == "\xD8\x8C"); // ،
            } else {
                CHECK(lines[2].front() == '(');
                CHECK(lines[2].back() == ')');
                CHECK(lines[4].back() == ',');
            }
        }
    }
    SECTION("refused without an assembly") {
        const NewResolutionSkeleton add = newResolutionBlock(none, settingsIn("en"));
        CHECK_FALSE(add.refusal.empty());
        CHECK(add.block.paragraphs.empty());
    }
}

TEST_CASE("skeleton: the next draft tag follows the source's highest", "[proposals]") {
    Structure s;
    Resolution a, b, c;
    a.draftNew = b.draftNew = c.draftNew = true;
    a.draftTag = "ATU-1";
    b.draftTag = "ATU-4";
    c.draftTag = "EUR-7";
    s.resolutions = {a, b, c};
    CHECK(nextDraftTag(s, "ATU") == "ATU-5");
    CHECK(nextDraftTag(s, "EUR") == "EUR-8");
    CHECK(nextDraftTag(s, "USA") == "USA-1");
    CHECK(newResolutionBlock(s, settingsIn("en", "New Delhi, 2024")).tag == "ATU-5");
}

TEST_CASE("insertion point: after the proposal the cursor is in, else at the cursor",
          "[proposals]") {
    const Document doc = documentFrom({
        "Introduction",                              // 0
        "Proposal|MOD\tATU/35A3/1",                  // 1
        "ResNo|RESOLUTION 11 (Rev. Hammamet, 2016)", // 2
        "Restitle|Title",                            // 3
        "Reasons|Reasons:\tBecause.",                // 4
        "",                                          // 5
        "Proposal|SUP\tATU/35A3/2",                  // 6
        "ResNo|RESOLUTION 12 (Rev. Hammamet, 2016)", // 7
        "Restitle|Title",                            // 8
        "Proposal|NOC\tATU/35A3/3",                  // 9
        "ResNo|RESOLUTION 13",                       // 10
    });
    Structure s;
    Proposal p1, p2, p3;
    p1.header = 1;
    p1.last = 3;
    p1.reasons = 4; // beyond last: the proposal ends with it
    p2.header = 6;
    p2.last = 8; // no Reasons: it ends before the next proposal line
    p3.header = 9;
    p3.last = 10;
    s.proposals = {p1, p2, p3};
    Resolution r;
    r.first = 2;
    r.last = 3;
    s.resolutions = {r};

    const auto at = [&](std::optional<std::size_t> cursor) {
        const InsertionPlan plan = insertionPoint(doc, s, cursor);
        REQUIRE(plan.refusal.empty());
        REQUIRE(plan.point);
        return *plan.point;
    };
    SECTION("inside another proposal's resolution: after its Reasons") {
        for (std::size_t cursor : {1u, 2u, 3u, 4u}) {
            const InsertionPoint p = at(cursor);
            CHECK(p.paragraph == 4);
            CHECK(p.afterParagraph);
            CHECK(p.index == 5);
        }
    }
    SECTION("in a proposal without Reasons: before the next proposal line") {
        const InsertionPoint p = at(7);
        CHECK(p.paragraph == 8);
        CHECK(p.afterParagraph);
        CHECK(p.index == 9);
    }
    SECTION("at the end of the document") {
        const InsertionPoint p = at(10);
        CHECK(p.paragraph == 10);
        CHECK(p.afterParagraph);
        CHECK(p.index == 11);
    }
    SECTION("an empty paragraph outside proposals is written over") {
        const InsertionPoint p = at(5);
        CHECK(p.paragraph == 5);
        CHECK_FALSE(p.afterParagraph);
        CHECK(p.index == 5);
    }
    SECTION("a paragraph with text outside proposals: after it") {
        const InsertionPoint p = at(0);
        CHECK(p.paragraph == 0);
        CHECK(p.afterParagraph);
        CHECK(p.index == 1);
    }
    SECTION("no cursor in the body text: refused") {
        const InsertionPlan plan = insertionPoint(doc, s, std::nullopt);
        CHECK_FALSE(plan.point);
        CHECK_FALSE(plan.refusal.empty());
    }
}

namespace {

// Resolution 11 as the base has it (0..n-1), then a draft new resolution, Resolution 99, a
// copy of 11 that lost its number line with one word changed, and an 11 with tracked changes.
struct JobsFixture {
    Document doc;
    Structure s;
    std::size_t n = 0;
    JobsFixture() {
        for (const Paragraph &p : res11().paragraphs)
            doc.paragraphs.push_back(plainParagraph(p.text(View::Original), p.style));
        n = doc.paragraphs.size();
        Resolution same;
        same.first = 0;
        same.last = n - 1;
        same.number = "11";
        const std::vector<std::string> more = {"ResNo|DRAFT NEW RESOLUTION [ATU-1]",
                                               "Restitle|New", // n, n+1
                                               "ResNo|RESOLUTION 99",
                                               "Restitle|Unknown", // n+2, n+3
                                               "Restitle|" + res11().title,
                                               "Call|considering anew", // n+4, n+5
                                               "ResNo|RESOLUTION 11",
                                               "Call|[+resolves+]"}; // n+6, n+7
        for (const Paragraph &p : documentFrom(more).paragraphs)
            doc.paragraphs.push_back(p);
        Resolution draft, unknown, untitled, tracked;
        draft.first = n;
        draft.last = n + 1;
        draft.draftNew = true;
        draft.draftTag = "ATU-1";
        unknown.first = n + 2;
        unknown.last = n + 3;
        unknown.number = "99";
        untitled.first = n + 4;
        untitled.last = n + 5;
        untitled.title = n + 4;
        tracked.first = n + 6;
        tracked.last = n + 7;
        tracked.number = "11";
        s.resolutions = {same, draft, unknown, untitled, tracked};
    }
};

std::vector<std::string> reasons(const MarkupJobs &jobs) {
    std::vector<std::string> out;
    for (const SkippedResolution &s : jobs.skipped)
        out.push_back(s.number + ": " + s.reason);
    return out;
}

} // namespace

TEST_CASE("markup jobs: the whole document, and why resolutions are left", "[proposals]") {
    const JobsFixture f;
    SECTION("without an assembly a resolution same as its base is left") {
        const MarkupJobs jobs =
            markupJobs(f.doc, f.s, hammamet(), settingsIn("en"), {}, Scope::Document);
        CHECK(jobs.refusal.empty());
        REQUIRE(jobs.jobs.size() == 1);
        CHECK(jobs.jobs[0].resolution == 3); // found by its title
        CHECK(jobs.jobs[0].base == &res11());
        CHECK(jobs.jobs[0].addProposalLine);
        CHECK(reasons(jobs) ==
              std::vector<std::string>{"11: same as the base", "ATU-1: draft new resolution",
                                       "99: not in the base text", "11: has tracked changes"});
    }
    SECTION("with an assembly it is marked up; a proposal of its own means no line added") {
        Structure s = f.s;
        Proposal p;
        p.resolution = 0;
        s.proposals = {p};
        const MarkupJobs jobs = markupJobs(
            f.doc, s, hammamet(), settingsIn("en", "New Delhi, 2024"), {}, Scope::Document);
        REQUIRE(jobs.jobs.size() == 2);
        CHECK(jobs.jobs[0].resolution == 0);
        CHECK_FALSE(jobs.jobs[0].addProposalLine);
        CHECK(jobs.jobs[1].addProposalLine);
    }
    SECTION("what cannot be rewritten is left, with the reason") {
        RewriteLimits limits;
        limits.stretch.assign(f.doc.paragraphs.size(), 0);
        limits.holdsObjects.assign(f.doc.paragraphs.size(), false);
        limits.stretch[f.n - 1] = 1; // Resolution 11 ends in a table
        limits.holdsObjects[f.n + 5] = true;
        const MarkupJobs jobs = markupJobs(
            f.doc, f.s, hammamet(), settingsIn("en", "New Delhi, 2024"), limits, Scope::Document);
        CHECK(jobs.jobs.empty());
        const std::vector<std::string> why = reasons(jobs);
        REQUIRE(why.size() == 5);
        CHECK(why[0] == "11: it runs across table cells or around a table");
        CHECK(why[3].rfind("11: it holds a footnote", 0) == 0);
    }
    SECTION("a text without number line named by the settings") {
        EditSettings settings = settingsIn("en");
        settings.number = "11";
        Structure s = f.s;
        s.resolutions[3].title.reset();
        const MarkupJobs jobs = markupJobs(f.doc, s, hammamet(), settings, {}, Scope::Document);
        REQUIRE(jobs.jobs.size() == 1);
        CHECK(jobs.jobs[0].resolution == 3);
    }
}

TEST_CASE("markup jobs: at the cursor, a reason to leave is a refusal", "[proposals]") {
    const JobsFixture f;
    const EditSettings settings = settingsIn("en", "New Delhi, 2024");
    const auto at = [&](std::optional<std::size_t> cursor) {
        return markupJobs(f.doc, f.s, hammamet(), settings, {}, Scope::Cursor, cursor);
    };
    const MarkupJobs one = at(2);
    CHECK(one.refusal.empty());
    REQUIRE(one.jobs.size() == 1);
    CHECK(one.jobs[0].resolution == 0);
    CHECK_FALSE(one.jobs[0].addProposalLine); // at the cursor no proposal line is added
    CHECK(at(f.n + 2).refusal == "Resolution 99 is not in the base text.");
    CHECK(at(f.n + 6).refusal.find("already has tracked changes") != std::string::npos);
    CHECK(at(std::nullopt).refusal.rfind("The cursor is not inside a resolution", 0) == 0);
    const MarkupJobs draft = at(f.n);
    CHECK(draft.refusal.empty());
    CHECK(draft.jobs.empty());
    CHECK(reasons(draft) == std::vector<std::string>{"ATU-1: draft new resolution"});
}

TEST_CASE("base lookup by number, history and title", "[proposals]") {
    CHECK(lookupBase(hammamet(), "11").resolution == &res11());
    const BaseLookup missing = lookupBase(hammamet(), "12");
    CHECK(missing.resolution == nullptr);
    CHECK(missing.refusal == "Resolution 12 is not in the base text (it holds 1 resolution).");

    std::string history;
    for (std::size_t i = 0; i < res11().paragraphs.size(); ++i)
        if (res11().roles[i] == Role::ResolutionHistory)
            history = res11().paragraphs[i].text(View::Original);
    REQUIRE(history.size() > 2);
    REQUIRE(history.back() == ')');
    const std::string continued = history.substr(0, history.size() - 1) + "; New Delhi, 2024)";
    const Document doc = documentFrom({"Restitle|Another title", "Resref|" + continued,
                                       "Restitle|" + res11().title, "Resref|(Kyoto, 1994)"});
    Resolution byHistory;
    byHistory.title = 0;
    byHistory.history = 1;
    CHECK(baseByHistoryOrTitle(hammamet(), doc, byHistory) == &res11());
    Resolution byTitle;
    byTitle.title = 2;
    byTitle.history = 3; // a history the base does not continue: the title decides
    CHECK(baseByHistoryOrTitle(hammamet(), doc, byTitle) == &res11());
    Resolution neither;
    neither.title = 0;
    neither.history = 3;
    CHECK(baseByHistoryOrTitle(hammamet(), doc, neither) == nullptr);
}

TEST_CASE("renumber plan: lines, mentions, prefixes and draft tags", "[proposals]") {
    const Document doc = documentFrom({
        "Proposal|MOD\tATU/35A3/2",                       // 0
        "Reasons|Reasons:\tAs ATU/35A3/2 says; [ATU-3].", // 1
        "Proposal|SUP\tATU/35A3/1",                       // 2
        "Reasons|Reasons:\tOld.",                         // 3
        "Proposal|ADD\tATU/35A3/3",                       // 4
        "ResNo|DRAFT NEW RESOLUTION [ATU-3]",             // 5
        "Reasons|Reasons:\tNew.",                         // 6
    });
    const Recognition recognition = recognize(doc);
    REQUIRE(recognition.structure.proposals.size() == 3);

    SECTION("the sequence only; mentions follow") {
        const RenumberPlan plan = numberProposals(doc, recognition.structure, {}, "EUR/XX");
        CHECK(plan.proposals == 3);
        REQUIRE(plan.lines.size() == 2);
        CHECK(plan.lines[0].paragraph == 0);
        CHECK(plan.lines[0].text == "MOD\tATU/35A3/1");
        CHECK(plan.lines[1].paragraph == 2);
        CHECK(plan.lines[1].text == "SUP\tATU/35A3/2");
        CHECK(plan.mentions == 1);
        REQUIRE(plan.edits.size() == 1);
        CHECK(plan.edits[0].paragraph == 1);
        CHECK(plan.edits[0].replacement == "ATU/35A3/1");
        CHECK(plan.draftTags.empty());
    }
    SECTION("a line holding an object is left as it is") {
        std::vector<bool> holds(doc.paragraphs.size(), false);
        holds[2] = true;
        const RenumberPlan plan = numberProposals(doc, recognition.structure, holds, "EUR/XX");
        REQUIRE(plan.lines.size() == 1);
        CHECK(plan.lines[0].paragraph == 0);
    }
    SECTION("Renumber Proposals: every line takes the prefix; draft tags follow") {
        const RenumberPlan plan = renumberDocument(doc, recognition.structure, {}, "EUR/XX");
        REQUIRE(plan.lines.size() == 3);
        CHECK(plan.lines[0].text == "MOD\tEUR/XX/1");
        CHECK(plan.lines[1].text == "SUP\tEUR/XX/2");
        CHECK(plan.lines[2].text == "ADD\tEUR/XX/3");
        REQUIRE(plan.draftTags.size() == 1);
        CHECK(plan.draftTags[0] == std::make_pair(std::string("ATU-3"), std::string("ATU-1")));
        // "ATU/35A3/2" in the Reasons follows, then both "[ATU-3]" become "[ATU-1]".
        CHECK(plan.mentions == 1);
        REQUIRE(plan.edits.size() == 3);
        CHECK(plan.edits[0].replacement == "EUR/XX/1");
        CHECK(plan.edits[1].replacement == "[ATU-1]");
        CHECK(plan.edits[2].replacement == "[ATU-1]");
        const nlohmann::json summary = renumberSummary(plan, "EUR/XX");
        CHECK(summary["proposals"] == 3);
        CHECK(summary["draftTags"][0]["to"] == "ATU-1");
    }
}

TEST_CASE("edited layout: where written paragraphs land after replacements", "[proposals]") {
    Document read = documentFrom({"p0", "p1", "p2", "p3", "p4"});
    read.paragraphs[3].inTable = true;
    Block three, one, last;
    for (const char *t : {"a", "b", "c"})
        three.add(plainParagraph(t), Role::Body);
    one.add(plainParagraph("x"), Role::Body);
    last.add(plainParagraph("z"), Role::Body);
    // p1..p2 replaced by a, b, c; x inserted before p4 (after p3, in a table); z at the end.
    const EditedLayout layout = editedLayout(read, {{1, 2, &three}, {4, 0, &one}, {5, 0, &last}});
    std::vector<std::string> got;
    for (const Paragraph &p : layout.model.paragraphs)
        got.push_back(p.text());
    CHECK(got == std::vector<std::string>{"p0", "a", "b", "c", "p3", "x", "p4", "z"});
    REQUIRE(layout.written.size() == 3);
    CHECK(layout.written[0].first == 1);
    CHECK(layout.written[0].count == 3);
    CHECK(layout.written[1].first == 5);
    CHECK(layout.written[1].count == 1);
    CHECK(layout.written[2].first == 7);
    REQUIRE(layout.before.size() == 3);
    CHECK(layout.before[0] == std::optional<std::size_t>(0));
    CHECK(layout.before[1] == std::optional<std::size_t>(4));
    CHECK(layout.before[2] == std::optional<std::size_t>(6));
    REQUIRE(layout.placed.size() == 8);
    CHECK_FALSE(layout.placed[4].replacement);
    CHECK(layout.placed[4].from == 3);
    CHECK(layout.placed[2].replacement == std::optional<std::size_t>(0));
    CHECK(layout.placed[2].from == 1);
    CHECK(layout.placed[2].host == 1);
    CHECK(layout.placed[5].host == 3);
    CHECK(layout.model.paragraphs[5].inTable); // x lies in the table cell of p3
    CHECK_FALSE(layout.model.paragraphs[1].inTable);
    CHECK(layout.placed[7].host == 4);

    SECTION("a block at the very start follows no paragraph") {
        const EditedLayout first = editedLayout(read, {{0, 1, &one}});
        CHECK_FALSE(first.before[0]);
        CHECK(first.model.paragraphs.size() == 5);
        CHECK(first.model.paragraphs[0].text() == "x");
    }
    SECTION("the written subset keeps roles and item labels") {
        Recognition recognition;
        recognition.roles.assign(layout.model.paragraphs.size(), Role::Other);
        recognition.roles[2] = Role::LetteredItem;
        Resolution r;
        Call call;
        Item item;
        item.paragraph = 2;
        item.label = "b)";
        call.items = {item};
        r.calls = {call};
        recognition.structure.resolutions = {r};
        const WrittenSubset subset = writtenSubset(layout.model, recognition, layout.written);
        CHECK(subset.paragraphs == std::vector<std::size_t>{1, 2, 3, 5, 7});
        REQUIRE(subset.recognition.roles.size() == 5);
        CHECK(subset.recognition.roles[1] == Role::LetteredItem);
        REQUIRE(subset.recognition.structure.resolutions.size() == 1);
        REQUIRE(subset.recognition.structure.resolutions[0].calls.size() == 1);
        CHECK(subset.recognition.structure.resolutions[0].calls[0].items[0].paragraph == 1);
        CHECK(subset.recognition.structure.resolutions[0].calls[0].items[0].label == "b)");
    }
}

TEST_CASE("settings: the caller's, else the document's, else the proposal lines'", "[proposals]") {
    const Document doc = documentFrom({"Proposal|MOD\tATU/35A3/1", "Reasons|Reasons:\t"});
    const Structure structure = recognize(doc).structure;
    StoredSettings stored;
    stored.document = "40";
    stored.assembly = "New Delhi, 2024";
    settings::RequestSettings given;
    given.addendum = "";
    given.author = "Me";
    const EditSettings s = chooseSettings(given, stored, contributionNumbers(doc, structure), "fr");
    CHECK(s.source == "ATU");  // from the proposal line
    CHECK(s.document == "40"); // from the document's settings
    CHECK(s.addendum.empty()); // given empty: it wins
    CHECK(s.prefix() == "ATU/40");
    CHECK(s.assembly == "New Delhi, 2024");
    CHECK(s.language == "fr");
    CHECK(s.author == "Me");
    const EditSettings none = chooseSettings({}, {}, {}, "en");
    // A placeholder number line leaves the document and addendum to the cover.
    const Document covered =
        documentFrom({"Other|Addendum 3 to Document 35-E", "Proposal|MOD\tATU/XX/1"});
    const EditSettings fromCover =
        chooseSettings({}, {}, contributionNumbers(covered, recognize(covered).structure), "en");
    CHECK(fromCover.prefix() == "ATU/35A3");
    CHECK(none.prefix() == "XX/XX");
    CHECK(none.author.empty());
}

TEST_CASE("summaries: proposals of a paragraph, rules not run, base list order", "[proposals]") {
    Structure s;
    Proposal p;
    p.header = 2;
    p.last = 4;
    p.symbol = "MOD";
    p.numberText = "ATU/35A3/1";
    s.proposals = {p};
    CHECK_FALSE(proposalAt(s, 1));
    CHECK(proposalAt(s, 4) == std::optional<std::size_t>(0));
    CHECK(proposalList(s)[0]["number"] == "ATU/35A3/1");
    CHECK(rulesNotRun(true, {}).empty());
    const nlohmann::json skipped = rulesNotRun(false, {});
    REQUIRE_FALSE(skipped.empty());
    CHECK(rulesNotRun(false, {skipped[0].get<std::string>()}).size() == skipped.size() - 1);
    const nlohmann::json list = resolutionList(hammamet());
    REQUIRE(list.size() == 1);
    CHECK(list[0]["number"] == "11");
    CHECK(list[0]["revision"] == "Hammamet, 2016");
    const nlohmann::json summary = proposeSummary("SUP", "11", nullptr, 2, 7, 4);
    CHECK(summary["paragraph"] == 7);
    CHECK_FALSE(summary.contains("insertions"));
}

TEST_CASE("markup job: the block written and the paragraphs not the author's", "[proposals]") {
    const JobsFixture f;
    const EditSettings settings = settingsIn("fr", "New Delhi, 2024");
    const MarkupJobs jobs = markupJobs(f.doc, f.s, hammamet(), settings, {}, Scope::Document);
    REQUIRE(jobs.jobs.size() == 2);
    std::vector<Role> roles(f.doc.paragraphs.size(), Role::Body);
    std::copy(res11().roles.begin(), res11().roles.end(), roles.begin());
    SECTION("a resolution as in the base: only its revision lines are rewritten") {
        const JobMarkup same = markUpJob(f.doc, roles, f.s, jobs.jobs[0], settings);
        CHECK(same.block.paragraphs.front().text().rfind("MOD\tATU/35A3/1", 0) == 0);
        CHECK(same.block.paragraphs.back().text() == "Reasons:\t"); // the base is English
        REQUIRE(same.rewritten.size() == same.result.paragraphs.size());
        CHECK(same.rewritten.front()); // the number line now names New Delhi
        CHECK(same.result.insertions > 0);
    }
    SECTION("a text without number line: its edit marked up") {
        const JobMarkup untitled = markUpJob(f.doc, roles, f.s, jobs.jobs[1], settings);
        CHECK(untitled.block.paragraphs.size() == untitled.result.paragraphs.size() + 2);
        CHECK(untitled.result.insertions > 0);
        CHECK(untitled.result.deletions > 0);
    }
}
