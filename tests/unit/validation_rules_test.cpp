// Every rule of domain §3 both ways: a document that triggers it (rule, paragraph and the exact
// words selected) and a near-identical one that does not.
#include "DocBuilder.hpp"

#include "report/DiagnosticsReport.hpp"
#include "text/Text.hpp"
#include "validation/Validator.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace pa;

namespace {

// Resolution 11 as in force: the base of the MOD below.
std::vector<std::string> baseLines() {
    return {
        "ResNo|RESOLUTION 11 (Rev. Hammamet, 2016)",
        "Restitle|Collaboration with the Postal Operations Council",
        "Resref|(Malaga-Torremolinos, 1984; Florian\xC3\xB3polis, 2004; Hammamet, 2016)",
        "Normalaftertitle|The World Telecommunication Standardization Assembly (Hammamet, 2016),",
        "Call|considering",
        "a)\tthat postal services matter;",
        "b)\tthat traffic grows,",
        "Call|recognizing",
        "a)\tthe use of high-speed traffic, cybersecurity and mobile telephony;",
        "b)\tthat the changes increased the synergies,",
        "Call|resolves",
        "1\tto collaborate with the Postal Operations Council;",
        "2\tto report to the Council.",
    };
}

// A correct contribution: cover, MOD ATU/35A3/1 of Resolution 11 for New Delhi 2024, Reasons.
// Paragraph indices: 0 cover, 1 proposal line, 2 number line, 3 title, 4 history, 5 preamble,
// 6 considering, 7-8 items, 9 recognizing, 10-11 items, 12 resolves, 13-14 items, 15 Reasons.
std::vector<std::string> modLines() {
    return {
        "Addendum 3 to\nDocument 35-E",
        "Proposal|MOD\tATU/35A3/1",
        "ResNo|RESOLUTION 11 (Rev. [-Hammamet, 2016-][+New Delhi, 2024+])",
        "Restitle|Collaboration with the Postal Operations Council",
        "Resref|(Malaga-Torremolinos, 1984; Florian\xC3\xB3polis, 2004; Hammamet, 2016[+; New "
        "Delhi, 2024+])",
        "Normalaftertitle|The World Telecommunication Standardization Assembly ([-Hammamet, "
        "2016-][+New Delhi, 2024+]),",
        "Call|considering",
        "a)\tthat postal services matter;",
        "b)\tthat traffic grows,",
        "Call|recognizing",
        "a)\tthe use of high-speed traffic, cybersecurity and mobile telephony;",
        "b)\tthat the changes increased the synergies,",
        "Call|resolves",
        "1\tto collaborate with the Postal Operations Council[+ and its committees+];",
        "2\tto report to the Council.",
        "Reasons|Reasons:\tTo bring the collaboration up to date.",
    };
}

// A second proposal for number checks: SUP of Resolution 12 (not in the base).
std::vector<std::string> supLines(const std::string &number) {
    return {
        "Proposal|SUP\t" + number,
        "ResNo|RESOLUTION 12 (Rev. Hammamet, 2016)",
        "Restitle|Something that was done",
        "Reasons|Reasons:\tIts purpose is fulfilled.",
    };
}

std::vector<std::string> with(std::vector<std::string> lines, std::size_t i, std::string line) {
    lines.at(i) = std::move(line);
    return lines;
}

std::vector<std::string> plus(std::vector<std::string> a, const std::vector<std::string> &b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

struct Checked {
    Document document;
    std::vector<Diagnostic> all;

    std::vector<Diagnostic> of(Rule rule) const {
        std::vector<Diagnostic> out;
        std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                     [&](const Diagnostic &d) { return d.rule == rule; });
        return out;
    }
    // The words a finding selects in Writer: its UTF-16 range of the marked text.
    std::string selected(const Diagnostic &d) const {
        const std::u16string t =
            text::toUtf16(document.paragraphs.at(d.paragraph).text(View::Marked));
        REQUIRE(d.end <= t.size());
        return text::toUtf8(t.substr(d.start, d.end - d.start));
    }
    std::string report() const { return diagnosticsText("test", all); }
};

const BaseText &resolution11() {
    static const Document document = test::documentFrom(baseLines());
    static const BaseText base = test::baseFrom(document, "base-res11");
    return base;
}

Checked check(const std::vector<std::string> &lines, bool withBase = true,
              std::string assembly = "New Delhi, 2024") {
    Checked run{test::documentFrom(lines), {}};
    ValidationSettings settings;
    settings.assembly = std::move(assembly);
    run.all = validate(run.document, recognize(run.document), withBase ? &resolution11() : nullptr,
                       settings);
    return run;
}

// The one finding of `rule`, with its paragraph and selected words.
void expectOne(const Checked &run, Rule rule, std::size_t paragraph, const std::string &words) {
    INFO(run.report());
    const auto found = run.of(rule);
    REQUIRE(found.size() == 1);
    CHECK(found[0].paragraph == paragraph);
    CHECK(run.selected(found[0]) == words);
}

void expectNone(const Checked &run, Rule rule) {
    INFO(run.report());
    CHECK(run.of(rule).empty());
}

} // namespace

TEST_CASE("the correct MOD is clean", "[validation][rules]") {
    const Checked run = check(modLines());
    INFO(run.report());
    CHECK(run.all.empty());
}

TEST_CASE("proposal-header-format", "[validation][rules]") {
    const Checked bad = check(with(modLines(), 1, "Proposal|MOD ATU/35A3/1"));
    expectOne(bad, Rule::ProposalHeaderFormat, 1, "MOD ATU/35A3/1");
    CHECK(bad.of(Rule::ProposalHeaderFormat)[0].severity == Severity::Error);
    const Checked unknownSymbol = check(with(modLines(), 1, "Proposal|MODIFY\tATU/35A3/1"));
    expectOne(unknownSymbol, Rule::ProposalHeaderFormat, 1, "MODIFY\tATU/35A3/1");
    expectNone(check(modLines()), Rule::ProposalHeaderFormat);
}

TEST_CASE("proposal-number-sequence", "[validation][rules]") {
    const Checked bad = check(plus(modLines(), supLines("ATU/35A3/3")));
    expectOne(bad, Rule::ProposalNumberSequence, 16, "3");
    const Diagnostic d = bad.of(Rule::ProposalNumberSequence)[0];
    REQUIRE(d.fix);
    CHECK(d.fix->kind() == Fix::Kind::RenumberProposals);
    REQUIRE(d.fix->edits().size() == 1);
    CHECK(d.fix->edits()[0].paragraph == 16);
    CHECK(d.fix->edits()[0].replacement == "2");
    CHECK_FALSE(d.fix->edits()[0].tracked);
    expectNone(check(plus(modLines(), supLines("ATU/35A3/2"))), Rule::ProposalNumberSequence);

    // A mention of the renumbered proposal in running text moves with it.
    const Checked mentioned =
        check(plus(modLines(), with(supLines("ATU/35A3/3"), 3,
                                    "Reasons|Reasons:\tSee also ATU/35A3/3 above.")));
    const Diagnostic m = mentioned.of(Rule::ProposalNumberSequence)[0];
    REQUIRE(m.fix);
    REQUIRE(m.fix->edits().size() == 2);
    CHECK(m.fix->edits()[1].paragraph == 19);
    CHECK(m.fix->edits()[1].start == 18);
    CHECK(m.fix->edits()[1].end == 28);
    CHECK(m.fix->edits()[1].replacement == "ATU/35A3/2");
}

TEST_CASE("proposal-number-duplicate", "[validation][rules]") {
    const Checked bad = check(plus(modLines(), supLines("ATU/35A3/1")));
    expectOne(bad, Rule::ProposalNumberDuplicate, 16, "ATU/35A3/1");
    CHECK(bad.of(Rule::ProposalNumberDuplicate)[0].fix);
    expectNone(check(plus(modLines(), supLines("ATU/35A3/2"))), Rule::ProposalNumberDuplicate);
}

TEST_CASE("proposal-number-prefix", "[validation][rules]") {
    const auto three = [](const std::string &second) {
        return plus(plus(modLines(), supLines(second)),
                    with(supLines("ATU/35A3/3"), 1, "ResNo|RESOLUTION 13"));
    };
    expectOne(check(three("ATU/35A2/2")), Rule::ProposalNumberPrefix, 16, "ATU/35A2");
    expectNone(check(three("ATU/35A3/2")), Rule::ProposalNumberPrefix);
}

TEST_CASE("proposal-number-document", "[validation][rules]") {
    expectOne(check(with(modLines(), 1, "Proposal|MOD\tATU/36A3/1")), Rule::ProposalNumberDocument,
              1, "36A3");
    expectOne(check(with(modLines(), 1, "Proposal|MOD\tATU/35A2/1")), Rule::ProposalNumberDocument,
              1, "35A2");
    expectNone(check(modLines()), Rule::ProposalNumberDocument);
    // A draft's placeholder number is not compared with the cover.
    expectNone(check(with(modLines(), 1, "Proposal|MOD\tATU/XX/1")), Rule::ProposalNumberDocument);
}

TEST_CASE("proposal numbers: a duplicate is one finding, the sequence after it its notes",
          "[validation][rules]") {
    // 1, 1, 2, 3: the second proposal copied the first's number; 2 and 3 are off only because
    // of it. Paragraphs: proposal lines 1, 16, 20, 24.
    const Checked run =
        check(plus(plus(plus(modLines(), supLines("ATU/35A3/1")), supLines("ATU/35A3/2")),
                   with(supLines("ATU/35A3/3"), 1, "ResNo|RESOLUTION 13")),
              false);
    INFO(run.report());
    expectOne(run, Rule::ProposalNumberDuplicate, 16, "ATU/35A3/1");
    expectNone(run, Rule::ProposalNumberSequence);
    const Diagnostic d = run.of(Rule::ProposalNumberDuplicate)[0];
    REQUIRE(d.notes.size() == 2);
    CHECK(d.notes[0].paragraph == 20);
    CHECK(d.notes[1].paragraph == 24);
    CHECK(
        d.notes[0].message ==
        "Proposal ATU/35A3/2 is the 3rd proposal of the document, so its number should end in /3");
    CHECK(d.message.find("2 later proposals follow from it") != std::string::npos);
    // One fix renumbers all three.
    REQUIRE(d.fix);
    CHECK(d.fix->edits().size() == 3);
    CHECK(diagnosticsCount(run.all) == "1 error, 0 warnings, 0 info");
}

TEST_CASE("proposal numbers: a sequence that skips is one finding at the first wrong number",
          "[validation][rules]") {
    // 1, 3, 4: one skip, two numbers off.
    const Checked run = check(plus(plus(modLines(), supLines("ATU/35A3/3")),
                                   with(supLines("ATU/35A3/4"), 1, "ResNo|RESOLUTION 13")));
    expectOne(run, Rule::ProposalNumberSequence, 16, "3");
    const Diagnostic d = run.of(Rule::ProposalNumberSequence)[0];
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].paragraph == 20);
    CHECK(run.selected(Diagnostic{Rule::ProposalNumberSequence,
                                  Severity::Error,
                                  d.notes[0].paragraph,
                                  d.notes[0].start,
                                  d.notes[0].end,
                                  "",
                                  std::nullopt,
                                  {}}) == "4");
    // A number in place again ends the run: 1, 3, 3 would be a duplicate; 1, 3, 3... is not
    // this case. 1, 3, 3, 4 has a skip and a duplicate: two findings.
    const Checked two = check(plus(plus(plus(modLines(), supLines("ATU/35A3/3")),
                                        with(supLines("ATU/35A3/3"), 1, "ResNo|RESOLUTION 13")),
                                   with(supLines("ATU/35A3/4"), 1, "ResNo|RESOLUTION 14")));
    INFO(two.report());
    CHECK(two.of(Rule::ProposalNumberSequence).size() == 1);
    CHECK(two.of(Rule::ProposalNumberDuplicate).size() == 1);
}

TEST_CASE("proposal numbers: one other prefix is one finding, the cover's disagreement its note",
          "[validation][rules]") {
    // ATU/35A3/1, ATU/35A2/2, ATU/35A2/3, ATU/35A3/4, ATU/35A3/5 under "Addendum 3 to Document 35".
    std::vector<std::string> lines = modLines();
    const char *numbers[] = {"ATU/35A2/2", "ATU/35A2/3", "ATU/35A3/4", "ATU/35A3/5"};
    int resolution = 12;
    for (const char *n : numbers)
        lines =
            plus(lines, with(supLines(n), 1, "ResNo|RESOLUTION " + std::to_string(resolution++)));
    const Checked run = check(lines);
    INFO(run.report());
    expectOne(run, Rule::ProposalNumberPrefix, 16, "ATU/35A2");
    expectNone(run, Rule::ProposalNumberDocument);
    const Diagnostic d = run.of(Rule::ProposalNumberPrefix)[0];
    REQUIRE(d.notes.size() == 3); // the 3rd's prefix, and both against the cover
    CHECK(d.notes[0].message == "Proposal ATU/35A2/3 starts with ATU/35A2 too");
    CHECK(d.notes[1].message.find("but the cover says Addendum 3 to Document 35") !=
          std::string::npos);
}

TEST_CASE("proposal numbers: all naming another addendum than the cover is one finding",
          "[validation][rules]") {
    const Checked run =
        check(plus(with(modLines(), 1, "Proposal|MOD\tATU/35A2/1"), supLines("ATU/35A2/2")));
    INFO(run.report());
    expectOne(run, Rule::ProposalNumberDocument, 1, "35A2");
    const Diagnostic d = run.of(Rule::ProposalNumberDocument)[0];
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].paragraph == 16);
}

TEST_CASE("findAgain: of two findings with the same message, the chosen one",
          "[validation][rules]") {
    // Two findings alike but for their place; since the check the user added a paragraph above.
    const Document before = test::documentFrom({"Reasons:\tSee below.", "a)\tthat", "a)\tthat"});
    const Document now =
        test::documentFrom({"Draft", "Reasons:\tSee below.", "a)\tthat", "a)\tthat"});
    const auto finding = [](std::size_t paragraph) {
        Diagnostic d;
        d.rule = Rule::ItemSequence;
        d.paragraph = paragraph;
        d.start = 0;
        d.end = 2;
        d.message = "the same words";
        return d;
    };
    const std::vector<Diagnostic> was = {finding(0), finding(1), finding(2)};
    const std::vector<Diagnostic> is = {finding(1), finding(2), finding(3)};
    CHECK(findAgain(before, was, 2, now, is) == std::optional<std::size_t>(2));
    CHECK(findAgain(before, was, 1, now, is) == std::optional<std::size_t>(1));
    CHECK(findAgain(before, was, 0, now, is) == std::optional<std::size_t>(0));
    // Other words are not the same finding.
    CHECK(findAgain(before, was, 1, now, {finding(1)}) == std::nullopt);
}

TEST_CASE("the ADD skeleton's empty items are placeholders, not findings (defect 10)",
          "[validation][rules]") {
    const std::vector<std::string> add = {
        "Proposal|ADD\tATU/35A3/1",
        "ResNo|DRAFT NEW RESOLUTION [ATU-1]",
        "Resref|(New Delhi, 2024)",
        "Restitle|[Title of the draft new resolution]",
        "Normalaftertitle|The World Telecommunication Standardization Assembly (New Delhi, 2024),",
        "Call|considering",
        "a)\t",
        "Call|resolves",
        "1\t",
        "Reasons|Reasons:\tTo start.",
    };
    const Checked run = check(add, false);
    INFO(run.report());
    expectNone(run, Rule::ItemSequence);
    expectNone(run, Rule::Punctuation);
    // Once the author writes it, a single labelled item is remarked on again.
    const Checked filled = check(with(add, 6, "a)\tthat proposals are written in Writer,"), false);
    INFO(filled.report());
    CHECK(filled.of(Rule::ItemSequence).size() == 1);
}

TEST_CASE("missing-reasons", "[validation][rules]") {
    std::vector<std::string> without = modLines();
    without.pop_back();
    const Checked bad = check(without);
    expectOne(bad, Rule::MissingReasons, 1, "MOD\tATU/35A3/1");
    const Diagnostic d = bad.of(Rule::MissingReasons)[0];
    CHECK(d.severity == Severity::Error);
    REQUIRE(d.fix);
    CHECK(d.fix->kind() == Fix::Kind::AddReasons);
    CHECK(d.fix->paragraph() == 14);
    CHECK(d.fix->text() == "Reasons:\t");
    CHECK(d.fix->style() == "Reasons");

    const Checked empty = check(with(modLines(), 15, "Reasons|Reasons:\t"));
    expectOne(empty, Rule::MissingReasons, 15, "Reasons:\t");
    CHECK(empty.of(Rule::MissingReasons)[0].severity == Severity::Warning);
    expectNone(check(modLines()), Rule::MissingReasons);
}

TEST_CASE("unknown-target", "[validation][rules]") {
    const Checked bad = check(
        with(modLines(), 2, "ResNo|RESOLUTION 12 (Rev. [-Hammamet, 2016-][+New Delhi, 2024+])"));
    expectOne(bad, Rule::UnknownTarget, 2, "12");
    expectNone(check(modLines()), Rule::UnknownTarget);
    // Without a base the rule is skipped.
    expectNone(check(with(modLines(), 2,
                          "ResNo|RESOLUTION 12 (Rev. [-Hammamet, 2016-][+New Delhi, 2024+])"),
                     false),
               Rule::UnknownTarget);
}

TEST_CASE("add-number-clash", "[validation][rules]") {
    const auto addOf = [](const std::string &numberLine) {
        return plus(modLines(),
                    {"Proposal|ADD\tATU/35A3/2", "ResNo|" + numberLine, "Restitle|A new subject",
                     "Normalaftertitle|The World Telecommunication Standardization Assembly (New "
                     "Delhi, 2024),",
                     "Call|resolves", "to do new things.", "Reasons|Reasons:\tNew work."});
    };
    expectOne(check(addOf("RESOLUTION 11 (New Delhi, 2024)")), Rule::AddNumberClash, 17, "11");
    expectNone(check(addOf("DRAFT NEW RESOLUTION [ATU-1] (New Delhi, 2024)")),
               Rule::AddNumberClash);
    expectNone(check(addOf("RESOLUTION 99 (New Delhi, 2024)")), Rule::AddNumberClash);
}

TEST_CASE("untracked-change", "[validation][rules]") {
    // A replaced word: the message names both words.
    const Checked replaced = check(with(
        modLines(), 10, "a)\tthe use of high-speed networks, cybersecurity and mobile telephony;"));
    expectOne(replaced, Rule::UntrackedChange, 10, "networks");
    CHECK(replaced.of(Rule::UntrackedChange)[0].message ==
          "Resolution 11, recognizing a): the text reads 'networks' where the base reads "
          "'traffic', and this "
          "change is not tracked");
    // An inserted phrase, and a deleted one (selected with its neighbours).
    expectOne(check(with(modLines(), 7, "a)\tthat postal services really matter;")),
              Rule::UntrackedChange, 7, "really");
    expectOne(check(with(modLines(), 10,
                         "a)\tthe use of high-speed traffic, cybersecurity and telephony;")),
              Rule::UntrackedChange, 10, "and telephony");
    // A whole paragraph the base does not have.
    expectOne(check([] {
                  auto l = modLines();
                  l.insert(l.begin() + 9, "c)\tthat the new item was pasted without tracking,");
                  l[8] = "b)\tthat traffic grows[-,-][+;+]";
                  return l;
              }()),
              Rule::UntrackedChange, 9, "c)\tthat the new item was pasted without tracking,");
    // The same changes tracked are fine.
    expectNone(check(with(modLines(), 10,
                          "a)\tthe use of high-speed [-traffic-][+networks+], cybersecurity and "
                          "mobile telephony;")),
               Rule::UntrackedChange);
    expectNone(
        check(with(modLines(), 10,
                   "a)\tthe use of high-speed traffic, cybersecurity and [-mobile -]telephony;")),
        Rule::UntrackedChange);
    // No-break spaces, U+2011 and line breaks are not changes.
    expectNone(check(with(modLines(), 10,
                          "a)\tthe use of high\xE2\x80\x91speed\xC2\xA0traffic, cybersecurity\nand "
                          "mobile telephony;")),
               Rule::UntrackedChange);
}

TEST_CASE("untracked-change: labels drawn by list numbering equal typed ones",
          "[validation][rules]") {
    // The base numbers its items with Writer's numbering; the proposal types "a)" and a tab.
    Document baseDocument = test::documentFrom(baseLines());
    for (std::size_t i : {5, 6, 8, 9, 11, 12}) {
        Paragraph &p = baseDocument.paragraphs[i];
        const std::string t = p.runs[0].text;
        p.listLabel = t.substr(0, t.find('\t'));
        p.runs[0].text = t.substr(t.find('\t') + 1);
    }
    BaseText base = test::baseFrom(baseDocument, "numbered base");
    const Document proposal = test::documentFrom(modLines());
    const auto all = validate(proposal, recognize(proposal), &base, ValidationSettings{});
    INFO(diagnosticsText("numbered", all));
    CHECK(all.empty());
}

TEST_CASE("base-mismatch", "[validation][rules]") {
    const Checked bad = check(with(modLines(), 10,
                                   "a)\tthe use of [-high-speed networks-][+digital "
                                   "infrastructure+], cybersecurity and mobile telephony;"));
    INFO(bad.report());
    expectOne(bad, Rule::BaseMismatch, 10, "networks");
    expectNone(bad, Rule::UntrackedChange);
    expectNone(check(with(modLines(), 10,
                          "a)\tthe use of [-high-speed traffic-][+digital infrastructure+], "
                          "cybersecurity and mobile telephony;")),
               Rule::BaseMismatch);
    // The revision lines: the deleted assembly must be the base's.
    expectOne(
        check(with(modLines(), 2, "ResNo|RESOLUTION 11 (Rev. [-Dubai, 2012-][+New Delhi, 2024+])")),
        Rule::BaseMismatch, 2, "Dubai, 2012");
}

TEST_CASE("revision-inconsistent", "[validation][rules]") {
    const auto history = [](const std::string &assembly) {
        return with(
            modLines(), 4,
            "Resref|(Malaga-Torremolinos, 1984; Florian\xC3\xB3polis, 2004; Hammamet, 2016[+; " +
                assembly + "+])");
    };
    // Against the configured assembly, and without one against the other two lines.
    expectOne(check(history("New Delhi, 2023")), Rule::RevisionInconsistent, 4, "New Delhi, 2023");
    expectOne(check(history("New Delhi, 2023"), true, ""), Rule::RevisionInconsistent, 4,
              "New Delhi, 2023");
    // A history line left as it was names the old assembly.
    expectOne(
        check(
            with(modLines(), 4,
                 "Resref|(Malaga-Torremolinos, 1984; Florian\xC3\xB3polis, 2004; Hammamet, 2016)")),
        Rule::RevisionInconsistent, 4, "Hammamet, 2016");
    // The configured assembly is another one: all three lines are wrong.
    CHECK(check(modLines(), true, "Geneva, 2028").of(Rule::RevisionInconsistent).size() == 3);
    expectNone(check(modLines()), Rule::RevisionInconsistent);
    expectNone(check(modLines(), true, ""), Rule::RevisionInconsistent);
    expectNone(check(history("New\xC2\xA0"
                             "Delhi, 2024")),
               Rule::RevisionInconsistent);
}

TEST_CASE("mod-without-changes", "[validation][rules]") {
    std::vector<std::string> plain = baseLines();
    plain.insert(plain.begin(), "Proposal|MOD\tATU/35A3/1");
    plain.insert(plain.begin(), "Addendum 3 to\nDocument 35-E");
    plain.push_back("Reasons|Reasons:\tNothing changed.");
    const Checked bad = check(plain, true, "");
    expectOne(bad, Rule::ModWithoutChanges, 1, "MOD");
    // A tracked change in the Reasons does not change the resolution.
    auto reasonsOnly = plain;
    reasonsOnly.back() = "Reasons|Reasons:\tNothing [+much +]changed.";
    expectOne(check(reasonsOnly, true, ""), Rule::ModWithoutChanges, 1, "MOD");
    expectNone(check(modLines()), Rule::ModWithoutChanges);
    plain[1] = "Proposal|NOC\tATU/35A3/1";
    expectNone(check(plain, true, ""), Rule::ModWithoutChanges);
}

TEST_CASE("tracked-change-outside-mod", "[validation][rules]") {
    std::vector<std::string> noc = baseLines();
    noc.insert(noc.begin(), "Proposal|NOC\tATU/35A3/1");
    noc.insert(noc.begin(), "Addendum 3 to\nDocument 35-E");
    noc.push_back("Reasons|Reasons:\tStill needed.");
    expectNone(check(noc, true, ""), Rule::TrackedChangeOutsideMod);
    noc[13] = "1\tto collaborate with the Postal Operations Council[+ and its committees+];";
    const Checked bad = check(noc, true, "");
    expectOne(bad, Rule::TrackedChangeOutsideMod, 13, " and its committees");
    CHECK(bad.of(Rule::TrackedChangeOutsideMod)[0].message.find("NOC ATU/35A3/1") !=
          std::string::npos);
    // Defect 1: its fix accepts the change, untracked: the inserted words kept as plain text.
    const Diagnostic d = bad.of(Rule::TrackedChangeOutsideMod)[0];
    REQUIRE(d.fix);
    CHECK(d.fix->kind() == Fix::Kind::AcceptChanges);
    REQUIRE(d.fix->edits().size() == 1);
    CHECK(d.fix->edits()[0].replacement == " and its committees");
    CHECK(d.fix->edits()[0].start == d.start);
    CHECK(d.fix->edits()[0].end == d.end);
    CHECK_FALSE(d.fix->edits()[0].tracked);
    noc[13] = "1\tto collaborate with the Postal Operations Council[- and its committees-];";
    const Checked deleted = check(noc, true, "");
    REQUIRE(deleted.of(Rule::TrackedChangeOutsideMod).size() == 1);
    CHECK(deleted.of(Rule::TrackedChangeOutsideMod)[0].fix->edits()[0].replacement.empty());
    expectNone(check(modLines()), Rule::TrackedChangeOutsideMod);
}

TEST_CASE("item-sequence", "[validation][rules]") {
    const Checked bad = check(with(modLines(), 8, "c)\tthat traffic grows,"), false);
    expectOne(bad, Rule::ItemSequence, 8, "c)");
    const Diagnostic d = bad.of(Rule::ItemSequence)[0];
    CHECK(d.severity == Severity::Error);
    REQUIRE(d.fix);
    CHECK(d.fix->kind() == Fix::Kind::ReletterItems);
    REQUIRE(d.fix->edits().size() == 1);
    CHECK(d.fix->edits()[0].replacement == "b)");
    CHECK(d.fix->edits()[0].tracked);
    CHECK(d.fix->edits()[0].start == 0);
    CHECK(d.fix->edits()[0].end == 2);
    // Numbers restart under each call.
    expectOne(check(with(modLines(), 14, "3\tto report to the Council."), false),
              Rule::ItemSequence, 14, "3");
    expectNone(check(modLines(), false), Rule::ItemSequence);
    // Relabelled as a tracked change: the proposed view is right, the original view must be
    // the base's (a) b)), so a wrong original label is found where a base exists.
    expectNone(check(with(modLines(), 8, "[-c)-][+b)+]\tthat traffic grows,"), false),
               Rule::ItemSequence);
    expectOne(check(with(modLines(), 8, "[-c)-][+b)+]\tthat traffic grows,")), Rule::ItemSequence,
              8, "c)");
    expectNone(check(with(modLines(), 8, "[-b)-][+b)+]\tthat traffic grows,")), Rule::ItemSequence);
    // A single item keeps no label (information only).
    auto single = modLines();
    single.erase(single.begin() + 14);
    single[13] = "1\tto collaborate with the Postal Operations Council[+ and its committees+].";
    const Checked one = check(single, false);
    expectOne(one, Rule::ItemSequence, 13, "1");
    CHECK(one.of(Rule::ItemSequence)[0].severity == Severity::Info);
    single[13] = "to collaborate with the Postal Operations Council[+ and its committees+].";
    expectNone(check(single, false), Rule::ItemSequence);
}

TEST_CASE("punctuation", "[validation][rules]") {
    const Checked semicolon = check(with(modLines(), 7, "a)\tthat postal services matter,"), false);
    expectOne(semicolon, Rule::Punctuation, 7, ",");
    CHECK(semicolon.of(Rule::Punctuation)[0].severity == Severity::Warning);
    expectOne(check(with(modLines(), 8, "b)\tthat traffic grows;"), false), Rule::Punctuation, 8,
              ";");
    expectOne(check(with(modLines(), 14, "2\tto report to the Council;"), false), Rule::Punctuation,
              14, ";");
    expectOne(check(with(modLines(), 14, "2\tto report to the Council"), false), Rule::Punctuation,
              14, "l");
    // The proposed view counts: a deleted last item makes the one before it the last.
    expectOne(check(with(modLines(), 14, "[-2\tto report to the Council.-][-\xC2\xB6-]"), false),
              Rule::Punctuation, 13, ";");
    // An item introducing bullets ends with ':'.
    auto bullets = with(modLines(), 13, "1\tto collaborate with:");
    bullets.insert(bullets.begin() + 14, {"enumlev1|\xE2\x80\xA2\tthe Council;",
                                          "enumlev1|\xE2\x80\xA2\tits committees;"});
    expectNone(check(bullets, false), Rule::Punctuation);
    // So does unlabelled text, and a "•" bullet before "–" bullets.
    auto unlabelled = modLines();
    unlabelled.erase(unlabelled.begin() + 13, unlabelled.begin() + 15);
    unlabelled.insert(unlabelled.begin() + 13,
                      {"to collaborate with:", "enumlev1|\xE2\x80\xA2\tthe Council;",
                       "enumlev1|\xE2\x80\xA2\tits committees, namely:",
                       "enumlev2|\xE2\x80\x93\tthe first;", "enumlev2|\xE2\x80\x93\tthe second."});
    expectNone(check(unlabelled, false), Rule::Punctuation);
    expectNone(check(modLines(), false), Rule::Punctuation);
    expectNone(check(with(modLines(), 7, "a)\tthat postal services matter; and"), false),
               Rule::Punctuation);
    // In a MOD against its base, an ending the base already has is the base's, not the proposal's.
    CHECK(check(with(modLines(), 7, "a)\tthat postal services matter,"), false)
              .of(Rule::Punctuation)
              .size() == 1);
    expectOne(check(with(modLines(), 7, "a)\tthat postal services matter[-;-][+,+]")),
              Rule::Punctuation, 7, ",");
    {
        static const Document quirky =
            test::documentFrom(with(baseLines(), 5, "a)\tthat postal services matter,"));
        const BaseText base = test::baseFrom(quirky, "quirky base");
        const Document proposal =
            test::documentFrom(with(modLines(), 7, "a)\tthat postal services matter,"));
        const auto all = validate(proposal, recognize(proposal), &base, ValidationSettings{});
        INFO(diagnosticsText("quirky", all));
        CHECK(all.empty());
        // A proposal that makes an item last without fixing its ending is still told.
        const Document deleting = test::documentFrom(
            with(modLines(), 14, "[-2\tto report to the Council.-][-\xC2\xB6-]"));
        const auto own = validate(deleting, recognize(deleting), &base, ValidationSettings{});
        CHECK(std::count_if(own.begin(), own.end(),
                            [](const Diagnostic &d) { return d.rule == Rule::Punctuation; }) == 1);
    }
    // Two items joined by deleting the mark between them: the first one's end is not an end.
    expectNone(
        check(with(modLines(), 7, "a)\tthat postal services matter[-;-][-\xC2\xB6-]"), false),
        Rule::Punctuation);
}

TEST_CASE("style", "[validation][rules]") {
    const Checked bad = check(with(modLines(), 6, "Standard|considering"));
    expectOne(bad, Rule::Style, 6, "considering");
    const Diagnostic d = bad.of(Rule::Style)[0];
    CHECK(d.severity == Severity::Info);
    REQUIRE(d.fix);
    CHECK(d.fix->kind() == Fix::Kind::ApplyStyle);
    CHECK(d.fix->style() == "Call");
    CHECK(d.fix->paragraph() == 6);
    expectNone(check(modLines()), Rule::Style);
    // Word's display names are the same style.
    expectNone(check(with(modLines(), 2,
                          "Res_No|RESOLUTION 11 (Rev. [-Hammamet, 2016-][+New Delhi, 2024+])")),
               Rule::Style);
}

TEST_CASE("item-sequence: nested lists, roman numerals and capitals are not mistaken",
          "[validation][rules]") {
    const auto resolves = [](std::vector<std::string> items) {
        auto l = modLines();
        l.erase(l.begin() + 13, l.begin() + 15);
        l.insert(l.begin() + 13, items.begin(), items.end());
        return l;
    };
    // 1 > a) > i): each inner list restarts under its outer item.
    expectNone(check(resolves({"1\tto act:", "a)\tfirst;", "b)\tsecond:", "i)\tone;", "ii)\ttwo;",
                               "2\tto report:", "a)\tagain;", "b)\tand again."}),
                     false),
               Rule::ItemSequence);
    // Nine letters reach i) as a letter, not a roman one.
    std::vector<std::string> nine;
    for (char c = 'a'; c <= 'j'; ++c)
        nine.push_back(std::string(1, c) + ")\titem;");
    expectNone(check(resolves(nine), false), Rule::ItemSequence);
    // Capital letters, and multi-level numbers that number sections rather than items.
    expectNone(check(resolves({"A)\tfirst;", "B)\tsecond."}), false), Rule::ItemSequence);
    expectNone(check(resolves({"1.1\tfirst;", "1.2\tsecond."}), false), Rule::ItemSequence);
    // Dotted clauses run in their own sequence: 1.3 after 1.1 is a finding.
    expectOne(check(resolves({"1.1\tfirst;", "1.3\tsecond."}), false), Rule::ItemSequence, 14,
              "1.3");
    // Wrong inside a nested list: the roman list skips ii).
    const Checked bad = check(
        resolves({"1\tto act:", "a)\tfirst:", "i)\tone;", "iii)\ttwo;", "2\tto report."}), false);
    expectOne(bad, Rule::ItemSequence, 16, "iii)");
    CHECK(bad.of(Rule::ItemSequence)[0].fix->edits()[0].replacement == "ii)");
    const Checked capitals = check(resolves({"A)\tfirst;", "C)\tsecond."}), false);
    expectOne(capitals, Rule::ItemSequence, 14, "C)");
    CHECK(capitals.of(Rule::ItemSequence)[0].fix->edits()[0].replacement == "B)");
}

TEST_CASE("item-sequence with Writer's list numbering: no text to select, no fix",
          "[validation][rules]") {
    Document document = test::documentFrom(modLines());
    document.paragraphs[7] = test::paragraphFrom("that postal services matter;");
    document.paragraphs[7].listLabel = "a)";
    document.paragraphs[8] = test::paragraphFrom("that traffic grows,");
    document.paragraphs[8].listLabel = "c)";
    const auto all = validate(document, recognize(document), nullptr, ValidationSettings{});
    const auto it = std::find_if(all.begin(), all.end(),
                                 [](const Diagnostic &d) { return d.rule == Rule::ItemSequence; });
    REQUIRE(it != all.end());
    CHECK(it->paragraph == 8);
    CHECK(it->start == 0);
    CHECK(it->end == 0);
    CHECK_FALSE(it->fix);
}

TEST_CASE("a MOD that inserts, deletes and relabels items as tracked changes is clean",
          "[validation][rules]") {
    // Item inserted as Writer records typing "¶b) ..." at the end of a): a)'s mark is inserted.
    auto atEnd = modLines();
    atEnd[7] = "a)\tthat postal services matter;[+\xC2\xB6+]";
    atEnd.insert(atEnd.begin() + 8, "[+b)\tthat postal services change;+]");
    atEnd[9] = "[-b)-][+c)+]\tthat traffic grows,";
    const Checked first = check(atEnd);
    INFO(first.report());
    CHECK(first.all.empty());
    // Typed "b) ...¶" at the start of the next item: the new paragraph's own mark is inserted.
    auto atStart = modLines();
    atStart.insert(atStart.begin() + 8, "[+b)\tthat postal services change;+][+\xC2\xB6+]");
    atStart[9] = "[-b)-][+c)+]\tthat traffic grows,";
    const Checked second = check(atStart);
    INFO(second.report());
    CHECK(second.all.empty());
    // Deleted last item, the one before it now last: its ';' becomes '.' as a tracked change.
    auto deleted = modLines();
    deleted[13] =
        "1\tto collaborate with the Postal Operations Council[+ and its committees+][-;-][+.+]";
    deleted[14] = "[-2\tto report to the Council.-][-\xC2\xB6-]";
    const Checked third = check(deleted);
    INFO(third.report());
    // The remaining single item keeps its label "1" (information only).
    REQUIRE(third.all.size() == 1);
    CHECK(third.all[0].rule == Rule::ItemSequence);
    CHECK(third.all[0].severity == Severity::Info);
}

TEST_CASE("a contribution of MOD, SUP, NOC and ADD proposals is clean", "[validation][rules]") {
    auto lines = modLines();
    lines = plus(lines, {"Proposal|SUP\tATU/35A3/2", "ResNo|RESOLUTION 11 (Rev. Hammamet, 2016)",
                         "Restitle|Collaboration with the Postal Operations Council",
                         "Reasons|Reasons:\tIts purpose is fulfilled."});
    lines = plus(lines, {"Proposal|NOC\tATU/35A3/3", "ResNo|RESOLUTION 11 (Rev. Hammamet, 2016)",
                         "Restitle|Collaboration with the Postal Operations Council",
                         "Reasons|Reasons:\tStill needed."});
    lines = plus(
        lines,
        {"Proposal|ADD\tATU/35A3/4", "ResNo|DRAFT NEW RESOLUTION [ATU-1]", "Restitle|A new subject",
         "Normalaftertitle|The World Telecommunication Standardization Assembly (New Delhi, 2024),",
         "Call|considering", "a)\tthat one thing;", "b)\tthat another,", "Call|resolves",
         "to do new things.", "Reasons|Reasons:\tNew work."});
    const Checked run = check(lines);
    INFO(run.report());
    CHECK(run.all.empty());
    // The same with the third proposal's Reasons missing: one finding, on that proposal.
    auto without = lines;
    without.erase(without.begin() + 23);
    const Checked missing = check(without);
    expectOne(missing, Rule::MissingReasons, 20, "NOC\tATU/35A3/3");
    CHECK(missing.all.size() == 1);
    CHECK(missing.all[0].fix->paragraph() == 22);
}

TEST_CASE("words come from the document's language", "[validation][rules]") {
    const std::vector<std::string> french = {
        "Addendum 3 au\nDocument 35-F",
        "Proposal|MOD\tATU/35A3/1",
        "ResNo|R\xC3\x89SOLUTION 11 (R\xC3\xA9v. [-Hammamet, 2016-][+New Delhi, 2024+])",
        "Restitle|Collaboration avec l'Union postale universelle",
        "Normalaftertitle|L'Assembl\xC3\xA9"
        "e mondiale de normalisation des t\xC3\xA9l\xC3\xA9"
        "communications ([-Hammamet, 2016-][+New Delhi, 2024+]),",
        "Call|consid\xC3\xA9rant",
        "a)\tque la collaboration est utile;",
        "c)\tque le trafic augmente,",
        "Call|d\xC3\xA9"
        "cide",
        "de poursuivre la collaboration.",
    };
    const Checked run = check(french, false);
    INFO(run.report());
    const auto reasons = run.of(Rule::MissingReasons);
    REQUIRE(reasons.size() == 1);
    CHECK(reasons[0].message ==
          "Proposal ATU/35A3/1 has no 'Motifs:' paragraph saying why it is proposed");
    CHECK(reasons[0].fix->text() == "Motifs:\t");
    const auto items = run.of(Rule::ItemSequence);
    REQUIRE(items.size() == 1);
    CHECK(items[0].message.rfind("R\xC3\xA9solution 11, consid\xC3\xA9rant c): ", 0) == 0);
    // A SUP has no calls: its number line tells the language.
    const Checked sup =
        check({"Proposal|SUP\tATU/35A3/1",
               "ResNo|R\xC3\x89SOLUTION 12 (R\xC3\xA9v. Hammamet, 2016)", "Restitle|Un sujet clos"},
              false);
    REQUIRE(sup.of(Rule::MissingReasons).size() == 1);
    CHECK(sup.of(Rule::MissingReasons)[0].fix->text() == "Motifs:\t");
}

TEST_CASE("base-not-compared: a MOD whose resolution cannot be compared is said, never passed",
          "[validation][rules]") {
    // The number line lost its number: the untracked change below would otherwise pass unseen.
    auto lost =
        with(modLines(), 2, "ResNo|RESOLUTION (Rev. [-Hammamet, 2016-][+New Delhi, 2024+])");
    lost = with(lost, 7, "a)\tthat postal services matter greatly;");
    const Checked run = check(lost);
    INFO(run.report());
    REQUIRE(run.of(Rule::BaseNotCompared).size() == 1);
    CHECK(run.of(Rule::BaseNotCompared)[0].severity == Severity::Error);
    CHECK(run.of(Rule::BaseNotCompared)[0].message.find("cannot be read") != std::string::npos);
    const Document doc = test::documentFrom(lost);
    const BaseCoverage coverage = baseCoverage(doc, recognize(doc), &resolution11());
    CHECK(coverage.proposals == 1);
    CHECK(coverage.compared == 0);
    CHECK(coverage.summary() == "0 of 1 proposal compared with the base");

    // Compared: no such finding, and the count says so.
    expectNone(check(modLines()), Rule::BaseNotCompared);
    const Document good = test::documentFrom(modLines());
    CHECK(baseCoverage(good, recognize(good), &resolution11()).summary() ==
          "1 of 1 proposal compared with the base");
    // Without a base the rule is skipped (the caller says once that no base was given).
    expectNone(check(lost, false), Rule::BaseNotCompared);
}

namespace {

// The same MOD in Russian, Arabic and Chinese: revision lines for New Delhi 2024 in the
// language, one word changed as a tracked change.
struct LanguageCase {
    std::vector<std::string> base, mod;
    std::size_t changedItem; // index in mod of an item to edit without tracking
};

LanguageCase russian() {
    return {
        {"ResNo|РЕЗОЛЮЦИЯ 11 (Пересм. Хаммамет, 2016 г.)",
         "Restitle|Сотрудничество с Советом почтовой эксплуатации",
         "Resref|(Малага-Торремолинос, 1984 г.; Хаммамет, 2016 г.)",
         "Normalaftertitle|Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016 г.),",
         "Call|учитывая", "a)\tчто почтовые услуги важны;", "b)\tчто трафик растет,", "Call|решает",
         "1\tсотрудничать с Советом почтовой эксплуатации;", "2\tпредставить отчет Совету."},
        {"Дополнительный документ 3 к\nДокументу 35-R", "Proposal|MOD\tRCC/35A3/1",
         "ResNo|РЕЗОЛЮЦИЯ 11 (Пересм. [-Хаммамет, 2016 г.-][+Нью-Дели, 2024 г.+])",
         "Restitle|Сотрудничество с Советом почтовой эксплуатации",
         "Resref|(Малага-Торремолинос, 1984 г.; Хаммамет, 2016 г.[+; Нью-Дели, 2024 г.+])",
         "Normalaftertitle|Всемирная ассамблея по стандартизации электросвязи ([-Хаммамет, 2016 "
         "г.-][+Нью-Дели, 2024 г.+]),",
         "Call|учитывая", "a)\tчто почтовые услуги [+очень +]важны;", "b)\tчто трафик растет,",
         "Call|решает", "1\tсотрудничать с Советом почтовой эксплуатации;",
         "2\tпредставить отчет Совету.", "Reasons|Основания:\tОбновить сотрудничество."},
        10};
}

LanguageCase arabic() {
    return {{"ResNo|القرار 11 (المراجَع في الحمامات، 2016)",
             "Restitle|التعاون مع مجلس الاستثمار البريدي",
             "Resref|(مالقة-طوريمولينوس، 1984؛ الحمامات، 2016)",
             "Normalaftertitle|إن الجمعية العالمية لتقييس الاتصالات (الحمامات، 2016)،",
             "Call|إذ تضع في اعتبارها", "أ)\tأن الخدمات البريدية مهمة؛", "ب)\tأن الحركة تتزايد،",
             "Call|تقرر", "1\tالتعاون مع مجلس الاستثمار البريدي؛", "2\tتقديم تقرير إلى المجلس."},
            {"الإضافة 3 للوثيقة 35", "Proposal|MOD\tARB/35A3/1",
             "ResNo|القرار 11 (المراجَع في [-الحمامات، 2016-][+نيودلهي، 2024+])",
             "Restitle|التعاون مع مجلس الاستثمار البريدي",
             "Resref|(مالقة-طوريمولينوس، 1984؛ الحمامات، 2016[+؛ نيودلهي، 2024+])",
             "Normalaftertitle|إن الجمعية العالمية لتقييس الاتصالات ([-الحمامات، 2016-][+نيودلهي، "
             "2024+])،",
             "Call|إذ تضع في اعتبارها", "أ)\tأن الخدمات البريدية [+جداً +]مهمة؛",
             "ب)\tأن الحركة تتزايد،", "Call|تقرر", "1\tالتعاون مع مجلس الاستثمار البريدي؛",
             "2\tتقديم تقرير إلى المجلس.", "Reasons|الأسباب:\tتحديث التعاون."},
            10};
}

LanguageCase chinese() {
    return {{"ResNo|第11号决议（2016年，哈马马特，修订版）",
             "Restitle|与万国邮政联盟邮政经营理事会的协作",
             "Resref|（1984年，马拉加-托雷莫利诺斯；2016年，哈马马特）",
             "Normalaftertitle|世界电信标准化全会（2016年，哈马马特），", "Call|考虑到",
             "a)\t邮政业务重要；", "b)\t通信量在增长，", "Call|做出决议",
             "1\t与邮政经营理事会协作；", "2\t向理事会报告。"},
            {"文件35的补遗3", "Proposal|MOD\tCHN/35A3/1",
             "ResNo|第11号决议（[-2016年，哈马马特-][+2024年，新德里+]，修订版）",
             "Restitle|与万国邮政联盟邮政经营理事会的协作",
             "Resref|（1984年，马拉加-托雷莫利诺斯；2016年，哈马马特[+；2024年，新德里+]）",
             "Normalaftertitle|世界电信标准化全会（[-2016年，哈马马特-][+2024年，新德里+]），",
             "Call|考虑到", "a)\t邮政业务[+非常+]重要；", "b)\t通信量在增长，", "Call|做出决议",
             "1\t与邮政经营理事会协作；", "2\t向理事会报告。", "Reasons|理由：\t更新协作。"},
            10};
}

} // namespace

TEST_CASE("a MOD in Russian, Arabic and Chinese is compared with its base in the same language",
          "[validation][languages]") {
    for (const auto &entry :
         {std::pair{"ru", russian()}, std::pair{"ar", arabic()}, std::pair{"zh", chinese()}}) {
        // Named references, not a structured binding: clang 14 cannot capture one in a lambda.
        const auto &name = entry.first;
        const auto &c = entry.second;
        CAPTURE(name);
        const Document baseDoc = test::documentFrom(c.base);
        const BaseText base = test::baseFrom(baseDoc, "base-" + std::string(name));
        REQUIRE(base.find("11", name));
        const auto run = [&](const std::vector<std::string> &lines, const std::string &assembly) {
            Checked out{test::documentFrom(lines), {}};
            ValidationSettings settings;
            settings.assembly = assembly;
            out.all = validate(out.document, recognize(out.document), &base, settings);
            return out;
        };
        // Clean, with the assembly given in English or as its short name.
        for (const char *assembly : {"New Delhi, 2024", "WTSA-24"}) {
            const Checked clean = run(c.mod, assembly);
            INFO(clean.report());
            CHECK(clean.all.empty());
        }
        const Document modDoc = test::documentFrom(c.mod);
        CHECK(baseCoverage(modDoc, recognize(modDoc), &base).summary() ==
              "1 of 1 proposal compared with the base");
        // One untracked word change is found, in the resolution named by its number.
        std::vector<std::string> edited = c.mod;
        edited[c.changedItem] += "X";
        const Checked untracked = run(edited, "New Delhi, 2024");
        INFO(untracked.report());
        REQUIRE(untracked.of(Rule::UntrackedChange).size() == 1);
        CHECK(untracked.of(Rule::UntrackedChange)[0].message.find("11") != std::string::npos);
        // Another assembly in the revision lines is found.
        const Checked other = run(c.mod, "Hammamet, 2016");
        CHECK(!other.of(Rule::RevisionInconsistent).empty());
        // Against an English base only: said, not passed.
        const Checked english = [&] {
            Checked out{test::documentFrom(c.mod), {}};
            out.all = validate(out.document, recognize(out.document), &resolution11(),
                               ValidationSettings{});
            return out;
        }();
        INFO(english.report());
        REQUIRE(english.of(Rule::BaseNotCompared).size() == 1);
        CHECK(english.of(Rule::BaseNotCompared)[0].message.find("only in English") !=
              std::string::npos);
    }
}

TEST_CASE("base-mismatch: a change after an elided article is the word's, not the article's",
          "[validation][rules]") {
    // French glues "l'" to the next word: "l'[-utilité-][+intérêt+]" keeps "l'" untouched.
    const auto base = [](const std::string &considering) {
        return std::vector<std::string>{
            "ResNo|R\xC3\x89SOLUTION 11 (R\xC3\xA9v. Hammamet, 2016)",
            "Restitle|Collaboration avec le Conseil d'exploitation postale de l'Union postale "
            "universelle",
            "Resref|(Malaga-Torremolinos, 1984; Florian\xC3\xB3polis, 2004; Hammamet, 2016)",
            "Normalaftertitle|L'Assembl\xC3\xA9"
            "e mondiale de normalisation des t\xC3\xA9l\xC3\xA9"
            "communications (Hammamet, 2016),",
            "Call|consid\xC3\xA9rant",
            "a)\tque les administrations postales et de t\xC3\xA9l\xC3\xA9"
            "communication ont un objectif commun;",
            "b)\t" + considering +
                " d'examiner conjointement les incidences des nouveaux services sur les deux "
                "secteurs,",
            "Call|d\xC3\xA9"
            "cide",
            "1\tque les commissions d'\xC3\xA9tudes continuent de collaborer avec le Conseil "
            "d'exploitation postale (CEP) de l'UPU;",
            "2\tque cette collaboration porte sur les nouveaux services.",
        };
    };
    const std::vector<std::string> proposal = {
        "Addendum 3 au\nDocument 35-F",
        "Proposal|MOD\tATU/35A3/1",
        "ResNo|R\xC3\x89SOLUTION 11 (R\xC3\xA9v. [-Hammamet, 2016-][+New Delhi, 2024+])",
        "Restitle|Collaboration avec le Conseil d'exploitation postale de l'Union postale "
        "universelle",
        "Resref|(Malaga-Torremolinos, 1984; Florian\xC3\xB3polis, 2004; Hammamet, 2016[+; New "
        "Delhi, 2024+])",
        "Normalaftertitle|L'Assembl\xC3\xA9"
        "e mondiale de normalisation des t\xC3\xA9l\xC3\xA9"
        "communications ([-Hammamet, 2016-][+New Delhi, 2024+]),",
        "Call|consid\xC3\xA9rant",
        "a)\tque les administrations postales et de t\xC3\xA9l\xC3\xA9"
        "communication ont un objectif commun;",
        "b)\tl'[-utilit\xC3\xA9-][+int\xC3\xA9r\xC3\xAAt+] d'examiner conjointement les incidences "
        "des nouveaux services sur les deux secteurs,",
        "Call|d\xC3\xA9"
        "cide",
        "1\tque les commissions d'\xC3\xA9tudes continuent de collaborer avec le Conseil "
        "d'exploitation postale (CEP) de l'UPU;",
        "2\tque cette collaboration porte sur les nouveaux services.",
        "Reasons|Motifs:\tPr\xC3\xA9"
        "ciser l'objet de la collaboration.",
    };
    const auto against = [&](const std::string &considering) {
        const Document baseDocument = test::documentFrom(base(considering));
        const BaseText baseText = test::baseFrom(baseDocument, "base-res11-fr");
        Checked run{test::documentFrom(proposal), {}};
        ValidationSettings settings;
        settings.assembly = "New Delhi, 2024";
        run.all = validate(run.document, recognize(run.document), &baseText, settings);
        return run;
    };
    const Checked clean = against("l'utilit\xC3\xA9");
    INFO(clean.report());
    CHECK(clean.all.empty());
    const Checked other = against("l'avantage");
    expectOne(other, Rule::BaseMismatch, 8, "utilit\xC3\xA9");
    expectNone(other, Rule::UntrackedChange);
}
