// Findings in the UI language: the validator writes English, and the message tables' templates
// (extension/messages, "finding." and "part.") give each finding of the base, change and style
// checks in French, Russian, Arabic and Chinese, quoting the document's words as they stand.
#include "DocBuilder.hpp"

#include "i18n/Messages.hpp"
#include "validation/Validator.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

using namespace pa;

namespace {

const std::filesystem::path kMessages =
    std::filesystem::path(PA_SOURCE_DIR) / "extension" / "messages";

std::vector<std::string> baseLines() {
    return {
        "ResNo|RESOLUTION 11 (Rev. Hammamet, 2016)",
        "Restitle|Collaboration with the Postal Operations Council",
        "Resref|(Malaga-Torremolinos, 1984; Hammamet, 2016)",
        "Normalaftertitle|The World Telecommunication Standardization Assembly (Hammamet, 2016),",
        "Call|considering",
        "a)\tthat postal services matter;",
        "b)\tthat traffic grows,",
        "Call|resolves",
        "1\tto collaborate with the Postal Operations Council;",
        "2\tto report to the Council.",
    };
}

// A MOD of the base for New Delhi, 2024, with the given replacements (index -> line).
std::vector<std::string> mod(const std::vector<std::pair<std::size_t, std::string>> &changes,
                             const std::string &symbol = "MOD") {
    std::vector<std::string> lines = {
        "Addendum 3 to\nDocument 35-E",
        "Proposal|" + symbol + "\tATU/35A3/1",
        "ResNo|RESOLUTION 11 (Rev. [-Hammamet, 2016-][+New Delhi, 2024+])",
        "Restitle|Collaboration with the Postal Operations Council",
        "Resref|(Malaga-Torremolinos, 1984; Hammamet, 2016[+; New Delhi, 2024+])",
        "Normalaftertitle|The World Telecommunication Standardization Assembly ([-Hammamet, "
        "2016-][+New Delhi, 2024+]),",
        "Call|considering",
        "a)\tthat postal services matter;",
        "b)\tthat traffic grows,",
        "Call|resolves",
        "1\tto collaborate with the Postal Operations Council;",
        "2\tto report to the Council.",
        "Reasons|Reasons:\tTo bring the collaboration up to date.",
    };
    for (const auto &[i, line] : changes)
        lines.at(i) = line;
    return lines;
}

std::vector<Diagnostic> findings(const std::vector<std::string> &lines) {
    static const Document baseDocument = test::documentFrom(baseLines());
    static const BaseText base = test::baseFrom(baseDocument, "base-res11");
    const Document document = test::documentFrom(lines);
    ValidationSettings settings;
    settings.assembly = "New Delhi, 2024";
    return validate(document, recognize(document), &base, settings);
}

// Documents with one or more findings of each rule these tables cover.
std::vector<std::vector<std::string>> samples() {
    return {
        mod({{8, "b)\tthat networks grow,"}}),                      // untracked, replaced
        mod({{7, "a)\tthat postal services really matter;"}}),      // untracked, inserted
        mod({{10, "1\tto collaborate with the Council;"}}),         // untracked, deleted
        mod({{7, "a)\tthat postal [-letters-] services matter;"}}), // base-mismatch
        mod({{4, "Resref|(Malaga-Torremolinos, 1984; Hammamet, 2016[+; New Delhi, 2023+])"}}),
        mod({{6, "Standard|considering"},
             {3, "Standard|Collaboration with the Postal Operations Council"}}),
        mod({{2, "ResNo|RESOLUTION 11 (Rev. Hammamet, 2016)"},
             {4, "Resref|(Malaga-Torremolinos, 1984; Hammamet, 2016)"},
             {5, "Normalaftertitle|The World Telecommunication Standardization Assembly (Hammamet, "
                 "2016),"}}),
        mod({{2, "ResNo|RESOLUTION 11 (Rev. Hammamet, 2016)"},
             {4, "Resref|(Malaga-Torremolinos, 1984; Hammamet, 2016)"},
             {5, "Normalaftertitle|The World Telecommunication Standardization Assembly (Hammamet, "
                 "2016),"},
             {10, "1\tto collaborate with the Postal Operations Council[+ and its committees+];"}},
            "NOC"),
    };
}

bool covered(Rule rule) {
    switch (rule) {
    case Rule::UntrackedChange:
    case Rule::BaseMismatch:
    case Rule::RevisionInconsistent:
    case Rule::ModWithoutChanges:
    case Rule::TrackedChangeOutsideMod:
    case Rule::Style:
        return true;
    default:
        return false;
    }
}

} // namespace

TEST_CASE("every finding of the base, change and style checks is written in each UI language",
          "[i18n]") {
    std::set<Rule> seen;
    for (const std::string language : {"fr", "es", "ru", "ar", "zh-CN"}) {
        const Messages messages = Messages::load(kMessages, language);
        for (const auto &lines : samples())
            for (const Diagnostic &d : findings(lines)) {
                if (!covered(d.rule))
                    continue;
                seen.insert(d.rule);
                INFO(language << ": " << d.message);
                const std::string shown = messages.finding(ruleId(d.rule), d.message);
                CHECK(shown != d.message);
                // No English words of the checks left: they are all in the templates.
                for (const char *english :
                     {" is not ", "tracked", " names ", " has the ", " where "})
                    CHECK(shown.find(english) == std::string::npos);
            }
    }
    CHECK(seen == std::set<Rule>{Rule::UntrackedChange, Rule::BaseMismatch,
                                 Rule::RevisionInconsistent, Rule::ModWithoutChanges,
                                 Rule::TrackedChangeOutsideMod, Rule::Style});
}

TEST_CASE("a translated finding quotes the document's words as they stand", "[i18n]") {
    const Messages fr = Messages::load(kMessages, "fr");
    const auto replaced = findings(mod({{8, "b)\tthat networks grow,"}}));
    REQUIRE(replaced.size() == 1);
    CHECK(fr.finding(ruleId(replaced[0].rule), replaced[0].message) ==
          "Resolution 11, considering b) : le texte porte « networks grow » là où la base porte « "
          "traffic grows », et "
          "cette modification n'est pas suivie");
    const auto styled = findings(mod({{6, "Standard|considering"}}));
    REQUIRE(styled.size() == 1);
    CHECK(Messages::load(kMessages, "ru").finding(ruleId(styled[0].rule), styled[0].message) ==
          "Resolution 11, considering: у этой части (вводное слово) стиль абзаца «Standard», а в "
          "документах МСЭ "
          "используется «Call»");
    // English stays as the checks wrote it.
    const Messages en = Messages::load(kMessages, "en-US");
    CHECK(en.finding(ruleId(styled[0].rule), styled[0].message) == styled[0].message);
}

TEST_CASE("a mistake in a list and the labels that follow from it are written in each UI language",
          "[i18n]") {
    // a), c), d), e): the lettering skips once, and the items after it follow from it.
    std::vector<std::string> lines = mod({{8, "c)\tthat traffic grows,"}});
    lines.insert(lines.begin() + 9, {"d)\tthat letters travel,", "e)\tthat parcels travel,"});
    const std::vector<Diagnostic> found = findings(lines);
    std::vector<const Diagnostic *> sequence;
    for (const Diagnostic &d : found)
        if (d.rule == Rule::ItemSequence)
            sequence.push_back(&d);
    REQUIRE(sequence.size() == 1);
    REQUIRE(sequence[0]->notes.size() == 2);
    // The clause check's words, as it writes them (ItemChecks: clauses of a resolution).
    const std::string clause = "Resolution 11, resolves: clause 3 does not follow clause 1; it "
                               "should be 2, and 2 clauses after it follow from it";
    for (const std::string language : {"fr", "es", "ru", "ar", "zh-CN"}) {
        const Messages messages = Messages::load(kMessages, language);
        INFO(language << ": " << sequence[0]->message);
        const std::string shown = messages.finding("item-sequence", sequence[0]->message);
        for (const char *english : {"lettering", "should", "follow", "after it"})
            CHECK(shown.find(english) == std::string::npos);
        for (const Note &note : sequence[0]->notes) {
            const std::string written = messages.fromTemplates("note.", note.message);
            CHECK(written.find("follows") == std::string::npos);
            CHECK(written.find("should") == std::string::npos);
        }
        const std::string clauses = messages.finding("item-sequence", clause);
        for (const char *english : {"does not", "should", "follow", "after it"})
            CHECK(clauses.find(english) == std::string::npos);
    }
    CHECK(Messages::load(kMessages, "fr").finding("item-sequence", clause) ==
          "Resolution 11, resolves : la clause 3 ne suit pas la clause 1 ; elle devrait être 2, et "
          "2 clauses suivantes en découlent");
}

namespace {

// A contribution "Addendum 3 to Document 35" whose proposals carry the given numbers, each a
// SUP of Resolution 11 with its Reasons.
std::vector<std::string> numbered(const std::vector<std::string> &numbers) {
    std::vector<std::string> lines = {"Addendum 3 to\nDocument 35-E"};
    for (const std::string &number : numbers)
        lines.insert(lines.end(),
                     {"Proposal|SUP\t" + number, "ResNo|RESOLUTION 11 (Rev. Hammamet, 2016)",
                      "Reasons|Reasons:\tNo longer needed."});
    return lines;
}

} // namespace

TEST_CASE("proposal-number findings, the proposals that follow from them and their notes are "
          "written in each UI language",
          "[i18n]") {
    std::vector<Diagnostic> found;
    for (const auto &numbers : std::vector<std::vector<std::string>>{
             {"ATU/35A3/1", "ATU/35A3/3", "ATU/35A3/4", "ATU/35A3/5"}, // sequence, 2 follow
             {"ATU/35A3/1", "ATU/35A3/1", "ATU/35A3/2"},               // duplicate, 1 follows
             {"ATU/35A3/1", "ATU/35A3/2", "ATU/35A3/3", "EUR/35A3/4",
              "EUR/35A3/5"},                             // prefix, 1 follows
             {"ATU/36A3/1", "ATU/36A3/2", "ATU/36A3/3"}, // document, 2 follow
             {"ATU/35/1"}})                              // no addendum
        for (Diagnostic &d : findings(numbered(numbers)))
            found.push_back(std::move(d));
    std::map<Rule, std::size_t> withNotes;
    for (const Diagnostic &d : found)
        if (!d.notes.empty())
            ++withNotes[d.rule];
    REQUIRE(withNotes[Rule::ProposalNumberSequence] == 1);
    REQUIRE(withNotes[Rule::ProposalNumberDuplicate] == 1);
    REQUIRE(withNotes[Rule::ProposalNumberPrefix] == 1);
    REQUIRE(withNotes[Rule::ProposalNumberDocument] == 1);
    const auto isNumberRule = [](Rule r) {
        return r == Rule::ProposalNumberSequence || r == Rule::ProposalNumberDuplicate ||
               r == Rule::ProposalNumberPrefix || r == Rule::ProposalNumberDocument;
    };
    for (const std::string language : {"fr", "es", "ru", "ar", "zh-CN"}) {
        const Messages messages = Messages::load(kMessages, language);
        const bool otherScript = language == "ru" || language == "ar" || language == "zh-CN";
        std::vector<const char *> english = {"Proposal ", "later",  "follow", "should",
                                             "cover",     "starts", "names"};
        if (otherScript)
            english.insert(english.end(), {"Document", "Addendum", "addendum"});
        for (const Diagnostic &d : found) {
            if (!isNumberRule(d.rule))
                continue;
            const std::string shown = messages.finding(ruleId(d.rule), d.message);
            INFO(language << ": " << d.message << "\n -> " << shown);
            for (const char *word : english)
                CHECK(shown.find(word) == std::string::npos);
            for (const Note &note : d.notes) {
                const std::string written = messages.fromTemplates("note.", note.message);
                INFO("note: " << note.message << "\n -> " << written);
                for (const char *word : english)
                    CHECK(written.find(word) == std::string::npos);
            }
        }
    }
    const Messages fr = Messages::load(kMessages, "fr");
    for (const Diagnostic &d : found)
        if (d.rule == Rule::ProposalNumberDocument && !d.notes.empty()) {
            CHECK(fr.finding(ruleId(d.rule), d.message) ==
                  "La proposition ATU/36A3/1 indique Document 36, Addendum 3, mais la page de "
                  "couverture indique Addendum 3 au Document 35 ; 2 propositions suivantes en "
                  "découlent (elles indiquent le même document)");
            CHECK(Messages::load(kMessages, "ru").fromTemplates("note.", d.notes[0].message) ==
                  "В предложении ATU/36A3/2 указано: Документ 36, Дополнительный документ 3, а "
                  "на титульной странице: Дополнительный документ 3 к Документу 35");
        }
}
