// The message tables of the six UI languages (extension/messages) and the dialogs' string
// resources (dialogs/*.properties): complete in every language, with the fields and plural
// forms each needs; lookups fall back to English; findings and fixes are matched by template.
#include "i18n/Messages.hpp"
#include "model/Diagnostic.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/strenum.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <set>

using namespace pa;
namespace fs = std::filesystem;

namespace {

const fs::path kMessages = fs::path(PA_SOURCE_DIR) / "extension" / "messages";
const fs::path kDialogs = fs::path(PA_SOURCE_DIR) / "dialogs";
const std::vector<std::string> kTranslations = {"fr", "es", "ru", "ar", "zh-CN"};

nlohmann::json readJson(const fs::path &file) {
    std::ifstream in(file);
    REQUIRE(in);
    return nlohmann::json::parse(in);
}

std::set<std::string> fieldsOf(const nlohmann::json &value) {
    std::set<std::string> out;
    if (value.is_string())
        for (const std::string &f : messageFields(value.get<std::string>()))
            out.insert(f);
    else
        for (const auto &[category, text] : value.items())
            for (const std::string &f : messageFields(text.get<std::string>()))
                out.insert(f);
    return out;
}

std::set<std::string> pluralCategories(const std::string &language) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(
        icu::PluralRules::forLocale(icu::Locale::forLanguageTag(language, status), status));
    std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(status));
    REQUIRE(U_SUCCESS(status));
    std::set<std::string> out;
    while (const icu::UnicodeString *k = keywords->snext(status)) {
        std::string s;
        k->toUTF8String(s);
        out.insert(s);
    }
    return out;
}

// The text of a dialog's string resource: key=value lines, \uXXXX escapes.
std::map<std::string, std::string> readProperties(const fs::path &file) {
    std::ifstream in(file);
    REQUIRE(in);
    std::map<std::string, std::string> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        const auto eq = line.find('=');
        REQUIRE(eq != std::string::npos);
        out[line.substr(0, eq)] = line.substr(eq + 1);
    }
    return out;
}

} // namespace

TEST_CASE("every translation has every English message, with no field English lacks", "[i18n]") {
    const nlohmann::json english = readJson(kMessages / "en.json");
    for (const std::string &language : kTranslations) {
        INFO(language);
        const nlohmann::json own = readJson(kMessages / (language + ".json"));
        for (const auto &[key, value] : english.items()) {
            if (key.front() == '_') // a note to the translator, in its own words
                continue;
            INFO(key);
            REQUIRE(own.contains(key));
            CHECK(own[key].is_string() == value.is_string());
            const std::set<std::string> ownFields = fieldsOf(own[key]);
            const std::set<std::string> englishFields = fieldsOf(value);
            for (const std::string &f : ownFields)
                CHECK(englishFields.count(f) == 1);
        }
        for (const auto &[key, value] : own.items()) {
            INFO(key);
            CHECK(english.contains(key));
        }
    }
}

TEST_CASE("a count's message has every plural form its language's rules ask for", "[i18n]") {
    for (const std::string &language :
         std::vector<std::string>{"en", "fr", "es", "ru", "ar", "zh-CN"}) {
        INFO(language);
        const nlohmann::json table = readJson(kMessages / (language + ".json"));
        const std::set<std::string> needed = pluralCategories(language);
        for (const auto &[key, value] : table.items()) {
            if (!value.is_object())
                continue;
            INFO(key);
            for (const std::string &category : needed) {
                // French and Spanish "many" is for a million and up, written like "other".
                if (category == "many" && (language == "fr" || language == "es"))
                    continue;
                CHECK(value.contains(category));
            }
        }
    }
}

TEST_CASE("the UI locale picks the language's file, English stands in for the rest", "[i18n]") {
    CHECK(Messages::fileFor(kMessages, "fr") == "fr");
    CHECK(Messages::fileFor(kMessages, "fr-FR") == "fr");
    CHECK(Messages::fileFor(kMessages, "fr_CA") == "fr");
    CHECK(Messages::fileFor(kMessages, "zh-CN") == "zh-CN");
    CHECK(Messages::fileFor(kMessages, "ru-RU") == "ru");
    CHECK(Messages::fileFor(kMessages, "en-US") == "en");
    CHECK(Messages::fileFor(kMessages, "de-DE").empty());

    CHECK(Messages::load(kMessages, "de-DE").text("command.Validate") == "Validate");
    CHECK(Messages::load(kMessages, "fr-FR").text("command.Validate") == "Valider");
    CHECK(Messages::load(kMessages, "ar").language() == "ar");
    CHECK(
        Messages::load(fs::path(PA_SOURCE_DIR) / "no-such-folder", "fr").text("command.Validate") ==
        "command.Validate");
}

TEST_CASE("fields are filled, counts take their language's plural form", "[i18n]") {
    const Messages en = Messages::load(kMessages, "en-US");
    CHECK(en.plural("count.mentions", 1) == "1 mention of them");
    CHECK(en.plural("count.mentions", 3) == "3 mentions of them");
    CHECK(en.text("recognize.listEntry", {{"number", "12"}, {"text", "resolves"}}) ==
          "Paragraph 12: resolves");

    const Messages ru = Messages::load(kMessages, "ru");
    CHECK(ru.plural("count.proposals", 1) == "1 предложение");
    CHECK(ru.plural("count.proposals", 3) == "3 предложения");
    CHECK(ru.plural("count.proposals", 5) == "5 предложений");
    CHECK(ru.plural("count.proposals", 21) == "21 предложение");

    const Messages ar = Messages::load(kMessages, "ar");
    CHECK(ar.plural("count.proposals", 2) == "مقترحان");
    CHECK(ar.plural("count.proposals", 3) == "3 مقترحات");
    CHECK(ar.plural("count.proposals", 11) == "11 مقترحاً");

    const Messages zh = Messages::load(kMessages, "zh-CN");
    CHECK(zh.plural("count.proposals", 1) == "1 项提案");
}

TEST_CASE("a translation lacking a message shows the English one", "[i18n]") {
    const fs::path folder = fs::temp_directory_path() / "pa-messages-fallback";
    fs::create_directories(folder);
    std::ofstream(folder / "en.json")
        << R"({"a": "English {x}", "b": {"one": "{count} thing", "other": "{count} things"}})";
    std::ofstream(folder / "fr.json") << R"({"a": "Français {x}"})";
    const Messages fr = Messages::load(folder, "fr-BE");
    CHECK(fr.text("a", {{"x", "1"}}) == "Français 1");
    CHECK(fr.plural("b", 2) == "2 things");
    CHECK(fr.text("missing") == "missing");
    fs::remove_all(folder);
}

TEST_CASE("fixes and findings are translated through their English templates", "[i18n]") {
    const Messages fr = Messages::load(kMessages, "fr");
    // Every fix the core makes is matched by a template, so none stays English by accident.
    for (const Fix &fix :
         {Fix::renumberProposals({}), Fix::reletterItems({}),
          Fix::addReasons(0, "Reasons:\t", "Reasons"), Fix::applyStyle(0, "ResNo")}) {
        INFO(fix.description());
        CHECK(fr.fromTemplates("fix.", fix.description()) != fix.description());
    }
    CHECK(fr.fromTemplates("fix.", Fix::applyStyle(0, "ResNo").description()) ==
          "Appliquer le style de paragraphe « ResNo »");
    // The editor's refusals (ProposalEditor) are written from the "refuse." templates.
    CHECK(Messages::load(kMessages, "ru")
              .fromTemplates("refuse.", "Resolution 12 is not in the base text.") ==
          "Резолюции 12 нет в базовом тексте.");

    const fs::path folder = fs::temp_directory_path() / "pa-messages-findings";
    fs::create_directories(folder);
    std::ofstream(folder / "en.json")
        << R"({"finding.style.1": "{where}: this {part} has the style '{style}'."})";
    std::ofstream(folder / "fr.json")
        << R"({"finding.style.1": "{where} : ce {part} a le style « {style} »."})";
    const Messages own = Messages::load(folder, "fr");
    CHECK(own.finding("style", "Resolution 11: this title has the style 'Normal'.") ==
          "Resolution 11 : ce title a le style « Normal ».");
    CHECK(own.finding("style", "something else") == "something else");
    CHECK(own.finding("punctuation", "Resolution 11: this title has the style 'Normal'.") ==
          "Resolution 11: this title has the style 'Normal'.");
    fs::remove_all(folder);
}

TEST_CASE("every dialog string an .xdl names is in every language's resource", "[i18n]") {
    const std::regex reference("&amp;([0-9]+\\.[A-Za-z.]+)");
    std::size_t dialogs = 0;
    for (const auto &entry : fs::directory_iterator(kDialogs)) {
        if (entry.path().extension() != ".xdl")
            continue;
        ++dialogs;
        const std::string name = entry.path().stem().string();
        INFO(name);
        std::ifstream in(entry.path());
        const std::string xdl((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
        std::set<std::string> keys;
        for (auto it = std::sregex_iterator(xdl.begin(), xdl.end(), reference);
             it != std::sregex_iterator(); ++it)
            keys.insert((*it)[1].str());
        CHECK_FALSE(keys.empty());
        // Without the .default file the provider has no language for a UI it lacks.
        CHECK(fs::exists(kDialogs / (name + "_en_US.default")));
        for (const char *language : {"en_US", "fr", "es", "ru", "ar", "zh_CN"}) {
            INFO(language);
            const auto strings =
                readProperties(kDialogs / (name + "_" + std::string(language) + ".properties"));
            for (const std::string &key : keys) {
                INFO(key);
                REQUIRE(strings.count(key) == 1);
                CHECK_FALSE(strings.at(key).empty());
                // ISO 8859-1 files: anything else must be a \u escape.
                for (unsigned char c : strings.at(key))
                    CHECK(c < 0x80);
            }
        }
    }
    CHECK(dialogs >= 5);
}

TEST_CASE("of the templates that match, the most specific one writes the message", "[i18n]") {
    const fs::path folder = fs::temp_directory_path() / "pa-messages-specific";
    fs::create_directories(folder);
    // The general template's key sorts first: before, it took every message of the rule.
    std::ofstream(folder / "en.json") << R"({
        "finding.item-sequence.1": "{where}: {what}",
        "finding.item-sequence.2": "{where}: clause {label} does not follow clause {previous}",
        "finding.item-sequence.3": "{where}: clause {label} is the first clause"})";
    std::ofstream(folder / "fr.json") << R"({
        "finding.item-sequence.1": "{where} : {what}",
        "finding.item-sequence.2": "{where} : la clause {label} ne suit pas la clause {previous}",
        "finding.item-sequence.3": "{where} : la clause {label} est la première"})";
    const Messages fr = Messages::load(folder, "fr");
    CHECK(fr.finding("item-sequence", "Resolution 11: clause 3 does not follow clause 1") ==
          "Resolution 11 : la clause 3 ne suit pas la clause 1");
    CHECK(fr.finding("item-sequence", "Resolution 11: clause 2 is the first clause") ==
          "Resolution 11 : la clause 2 est la première");
    CHECK(fr.finding("item-sequence", "Resolution 11: something else") ==
          "Resolution 11 : something else");
    fs::remove_all(folder);
}

TEST_CASE("why a base file or a contribution cannot be read is written in each UI language",
          "[i18n]") {
    // The reasons the base library and the office give (BaseLibrary, office::unreadableFileReason,
    // officeErrorWords), as the four places that show them pass them on.
    const std::vector<std::string> reasons = {
        "holds no resolution",
        "cannot open: no such file",
        "cannot open: it is a folder",
        "cannot open: empty file (0 bytes), not a document",
        "cannot open: not a document LibreOffice recognises",
        "cannot open: not a text document",
        "cannot open: LibreOffice could only read it as plain text",
        "cannot open: it is protected by a password",
        "cannot open: permission denied",
        "cannot read: it is locked by another program",
        "cannot read: no such file or folder",
        "cannot read: LibreOffice could not read it"};
    for (const std::string language : {"fr", "es", "ru", "ar", "zh-CN"}) {
        const Messages messages = Messages::load(kMessages, language);
        for (const std::string &reason : reasons) {
            INFO(language << ": " << reason);
            const std::string shown = messages.fromTemplates("part.", reason);
            CHECK(shown != reason);
            for (const char *english :
                 {"cannot", "file", "folder", "resolution", "read"}) // "document" is French too
                CHECK(shown.find(english) == std::string::npos);
            // Inside the messages that carry them, as far down as a merge's skipped file.
            const std::string refusal =
                messages.fromTemplates("refuse.", "Base file b.docx: " + reason);
            CHECK(refusal.find(shown) != std::string::npos);
            const std::string skipped =
                messages.fromTemplatesByLine("merge.text.", "skipped c.docx: " + reason);
            CHECK(skipped.find(shown) != std::string::npos);
        }
    }
}
