// Each grammar has one home in the core; these are the cases where its former copies disagreed:
// a five-letter source (recognised, then reported as malformed), cover lines in the six
// languages (read one way by the commands and another by validation), capitals of non-Latin
// text, Reasons with labels in other languages, settings of the wrong type (ignored by one
// service, refused by another), and the resolution number of a base file's name.
#include "DocBuilder.hpp"

#include "basetext/BaseText.hpp"
#include "recognition/Cover.hpp"
#include "recognition/Patterns.hpp"
#include "recognition/Recognizer.hpp"
#include "settings/RequestSettings.hpp"
#include "text/Text.hpp"
#include "validation/Validator.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace pa;

namespace {

std::vector<Diagnostic> findings(const std::vector<std::string> &lines, Rule rule) {
    const Document document = test::documentFrom(lines);
    ValidationSettings settings;
    settings.assembly = "New Delhi, 2024";
    std::vector<Diagnostic> out;
    for (Diagnostic &d : validate(document, recognize(document), nullptr, settings))
        if (d.rule == rule)
            out.push_back(std::move(d));
    return out;
}

std::vector<std::string> contribution(const std::string &cover, const std::string &number) {
    return {cover, "Proposal|MOD\t" + number, "ResNo|RESOLUTION 11 (Rev. New Delhi, 2024)",
            "Restitle|Collaboration with the Postal Operations Council",
            "Reasons|Reasons:\tTo bring the collaboration up to date."};
}

} // namespace

TEST_CASE("a five-letter source is a proposal number, and a well-formed one",
          "[grammar][patterns]") {
    const auto number = patterns::parseProposalNumber("ABCDE/35A3/1");
    REQUIRE(number);
    CHECK(number->source == "ABCDE");
    CHECK(number->document == "35");
    CHECK(number->addendum == "3");
    CHECK_FALSE(patterns::parseProposalNumber("ABCDEF/35A3/1")); // six letters: no source
    CHECK_FALSE(patterns::parseProposalNumber("Abcde/35A3/1"));  // sources are capitals
    CHECK(patterns::isProposalSource("B"));
    CHECK(patterns::isProposalSource("ABCDE"));
    CHECK_FALSE(patterns::isProposalSource("ABCDEF"));
    CHECK_FALSE(patterns::isProposalSource(""));
    CHECK_FALSE(patterns::isProposalSource("AT1"));

    // Recognised as a proposal, and validation does not call the same line malformed.
    const auto lines = contribution("Addendum 3 to Document 35-E", "ABCDE/35A3/1");
    const Document document = test::documentFrom(lines);
    const Recognition recognition = recognize(document);
    REQUIRE(recognition.structure.proposals.size() == 1);
    REQUIRE(recognition.structure.proposals[0].number);
    CHECK(recognition.structure.proposals[0].number->source == "ABCDE");
    CHECK(findings(lines, Rule::ProposalHeaderFormat).empty());
    CHECK(findings(lines, Rule::ProposalNumberDocument).empty());
}

TEST_CASE("cover lines in the six languages give the same numbers to every reader",
          "[grammar][cover]") {
    struct Case {
        const char *language;
        std::string cover;
    };
    const Case cases[] = {
        {"en", "Addendum 3 to Document 35-E"},
        {"fr", "Addendum 3 au Document 35-F"},
        {"es", "Addéndum 3 al Documento 35-S"},
        {"ru", "Дополнительный документ 3 к Документу 35-R"},
        {"ar", "الإضافة 3 للوثيقة 35-A"},
        {"zh", "文件35的补遗3"},
    };
    for (const Case &c : cases) {
        INFO(c.language << ": " << c.cover);
        const auto line = parseCoverLine(c.cover);
        REQUIRE(line);
        CHECK(line->document == "35");
        CHECK(line->addendum == "3");
        REQUIRE(line->lexicon);
        CHECK(line->lexicon->language == c.language);

        // The settings dialog's defaults and validation read the same cover: a placeholder
        // document in the proposal line leaves the cover's numbers.
        const Document draft = test::documentFrom(contribution(c.cover, "ATU/XXA3/1"));
        const ContributionNumbers fromCover =
            contributionNumbers(draft, recognize(draft).structure);
        CHECK(fromCover.source == "ATU");
        CHECK(fromCover.document == "35");
        CHECK(fromCover.addendum == "3");

        // A proposal number that agrees with the cover is no finding in any language; one that
        // names another document is.
        CHECK(findings(contribution(c.cover, "ATU/35A3/1"), Rule::ProposalNumberDocument).empty());
        CHECK(findings(contribution(c.cover, "ATU/36A3/1"), Rule::ProposalNumberDocument).size() ==
              1);
    }
    // The proposal line's own numbers come first.
    const Document written = test::documentFrom(contribution("Document 12-E", "EUR/40A1/1"));
    const ContributionNumbers fromLine = contributionNumbers(written, recognize(written).structure);
    CHECK(fromLine.source == "EUR");
    CHECK(fromLine.document == "40");
    CHECK(fromLine.addendum == "1");
    // Nothing said: nothing found.
    const Document bare = test::documentFrom({"Some text"});
    const ContributionNumbers none = contributionNumbers(bare, recognize(bare).structure);
    CHECK(none.source.empty());
    CHECK(none.document.empty());
}

TEST_CASE("capitalising a word, in any script", "[grammar][text]") {
    CHECK(text::capitalized("resolution 11") == "Resolution 11");
    CHECK(text::capitalized("résolution") == "Résolution");
    CHECK(text::capitalized("élément") == "Élément");
    CHECK(text::capitalized("проект новой резолюции") == "Проект новой резолюции");
    CHECK(text::capitalized("ψήφισμα") == "Ψήφισμα");
    CHECK(text::capitalized("ǆungla") == "ǅungla"); // title case, not upper case
    // Scripts without case are left as they are.
    CHECK(text::capitalized("مشروع قرار جديد") == "مشروع قرار جديد");
    CHECK(text::capitalized("新决议草案") == "新决议草案");
    CHECK(text::capitalized("") == "");
    CHECK(text::capitalized("1 resolves") == "1 resolves");
    CHECK(text::capitalized("\x80oops") == "\x80oops"); // not UTF-8 at its start
    // The lexicon's names and validation's names capitalise the same way.
    CHECK(lexiconFor("ru").resolutionName("11") == "Резолюция 11");
    CHECK(lexiconFor("fr").resolutionName("11") == "Résolution 11");
}

TEST_CASE("the Reasons paragraph: label, colon and body in every language", "[grammar][patterns]") {
    CHECK(patterns::isReasons("Reasons:\tTo bring it up to date."));
    CHECK(patterns::isReasons("Motifs:\tMise à jour."));
    CHECK(patterns::isReasons("理由："));
    CHECK_FALSE(patterns::isReasons("Reasonsxyz: no label"));
    CHECK_FALSE(patterns::isReasons("Reasons why the text changes"));

    const auto fr = patterns::parseReasons("Motifs :\tMise à jour.");
    REQUIRE(fr);
    REQUIRE(fr->lexicon);
    CHECK(fr->lexicon->language == "fr");
    CHECK(fr->colon);
    CHECK(fr->body == "mise à jour.");

    CHECK(patterns::reasonsBody("Reasons:\t").empty());
    CHECK(patterns::reasonsBody("Reasons").empty());
    CHECK(patterns::reasonsBody("Motivos:").empty());
    CHECK(patterns::reasonsBody("Основания:  ").empty());
    CHECK(patterns::reasonsBody("理由：") == "");
    CHECK_FALSE(patterns::reasonsBody("Reasons:\tIts purpose is fulfilled.").empty());
    // A word that only begins like the label is no label: the paragraph is not empty.
    CHECK(patterns::reasonsBody("Reasonsxyz") == "reasonsxyz");

    // Validation asks the same question: an empty Reasons in French is one warning.
    auto lines = contribution("Addendum 3 to Document 35-E", "ATU/35A3/1");
    lines.back() = "Reasons|Motifs:\t";
    const auto empty = findings(lines, Rule::MissingReasons);
    REQUIRE(empty.size() == 1);
    CHECK(empty[0].severity == Severity::Warning);
    lines.back() = "Reasons|Motifs:\tMise à jour.";
    CHECK(findings(lines, Rule::MissingReasons).empty());
}

TEST_CASE("request settings: one strict reader with one-line errors", "[grammar][settings]") {
    using settings::parseRequestSettings;
    using settings::SettingsError;

    const auto s = parseRequestSettings(
        R"({"source": "ATU", "document": "35", "addendum": "3", "assembly": "New Delhi, 2024",
            "ignoredRules": ["missing-reasons"], "something": 1})");
    CHECK(s.source == std::optional<std::string>("ATU"));
    CHECK(s.document == std::optional<std::string>("35"));
    CHECK(s.addendum == std::optional<std::string>("3"));
    CHECK(s.assembly == std::optional<std::string>("New Delhi, 2024"));
    CHECK_FALSE(s.language);
    REQUIRE(s.ignoredRules);
    CHECK(s.ignoredRules->count("missing-reasons") == 1);

    const auto none = parseRequestSettings("  ");
    CHECK_FALSE(none.source);
    CHECK_FALSE(none.ignoredRules);
    CHECK_FALSE(parseRequestSettings("{}").assembly);
    // An empty string is a value: "no assembly", not "not given".
    CHECK(parseRequestSettings(R"({"assembly": ""})").assembly == std::optional<std::string>(""));

    const auto message = [](const std::string &json) {
        try {
            parseRequestSettings(json);
        } catch (const SettingsError &e) {
            return std::string(e.what());
        }
        return std::string("(accepted)");
    };
    CHECK(message(R"({"source": 5})") == "The setting \"source\" must be a string, not a number");
    CHECK(message(R"({"assembly": null})") ==
          "The setting \"assembly\" must be a string, not null");
    CHECK(message(R"({"resolution": ["11"]})") ==
          "The setting \"resolution\" must be a string, not an array");
    CHECK(message(R"({"ignoredRules": "missing-reasons"})") ==
          "The setting \"ignoredRules\" must be an array of rule ids, not a string");
    CHECK(message(R"({"ignoredRules": [1]})") ==
          "The setting \"ignoredRules\" must hold rule ids, not a number");
    CHECK(message(R"({"ignoredRules": ["no-such-rule"]})") ==
          "The setting \"ignoredRules\" names \"no-such-rule\", which is not a rule id");
    CHECK(message("[1, 2]") == "The settings must be a JSON object, not an array");
    const std::string bad = message("{\"source\": \n");
    CHECK(bad.rfind("The settings are not valid JSON: ", 0) == 0);
    CHECK(bad.find('\n') == std::string::npos);
    CHECK(bad.find("[json.exception") == std::string::npos);
}

TEST_CASE("the resolution number of a base file's name", "[grammar][basetext]") {
    CHECK(resolutionNumberFromFileName("/bases/res11-new-delhi-2024.docx") == "11");
    CHECK(resolutionNumberFromFileName("Resolution 18bis.odt") == "18bis");
    CHECK(resolutionNumberFromFileName("file:///tmp/RES%2022TER.docx") == "22ter");
    CHECK(resolutionNumberFromFileName("/res11/compilation.docx").empty()); // the name only
    CHECK(resolutionNumberFromFileName("address-2024.docx").empty());
}
