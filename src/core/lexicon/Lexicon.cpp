// Loads the language tables compiled in from lexicon/languages/*.json (JSON with // comments).
// A table that does not parse is a build-time mistake: the engine stops with the file and the
// reason, rather than running with a language missing.
#include "lexicon/Lexicon.hpp"

#include "lexicon/LanguageFiles.hpp"
#include "text/Text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>

namespace pa {
namespace {

std::vector<std::string> strings(const nlohmann::json &j, const char *key, bool folded) {
    std::vector<std::string> out;
    if (!j.contains(key))
        return out;
    for (const auto &v : j.at(key)) {
        std::string s = v.get<std::string>();
        out.push_back(folded ? text::fold(s) : s);
    }
    return out;
}

std::string first(const nlohmann::json &j, const char *key) {
    return j.contains(key) && !j.at(key).empty() ? j.at(key).front().get<std::string>()
                                                 : std::string();
}

Lexicon load(std::string_view file, std::string_view data) {
    try {
        const nlohmann::json j =
            nlohmann::json::parse(data, nullptr, true, /*ignore_comments=*/true);
        Lexicon lex;
        lex.language = j.at("language").get<std::string>();
        lex.name = j.at("name").get<std::string>();
        lex.englishName = j.at("englishName").get<std::string>();
        lex.documentLetter = j.at("documentLetter").get<std::string>();
        lex.rightToLeft = j.value("rightToLeft", false);
        lex.numberLine = strings(j, "numberLine", true);
        lex.draftNew = strings(j, "draftNewResolution", true);
        lex.revision = strings(j, "revision", true);
        lex.preambleCalls = strings(j, "preambleCalls", true);
        lex.operativeCalls = strings(j, "operativeCalls", true);
        lex.reasons = strings(j, "reasons", true);
        lex.annex = strings(j, "annex", true);
        lex.assemblies = strings(j, "assemblyPreambles", true);
        lex.cover = strings(j, "cover", true);
        lex.section = strings(j, "section", true);
        lex.letters = strings(j, "letters", false);
        lex.alternativeLetters = strings(j, "alternativeLetters", false);
        lex.itemEnd = strings(j, "itemEnd", false);
        lex.lastItemOfCallEnd = strings(j, "lastItemOfCallEnd", false);
        lex.lastItemEnd = strings(j, "lastItemEnd", false);
        lex.introducingEnd = strings(j, "introducingEnd", false);
        lex.written.numberLine = first(j, "numberLine");
        lex.written.draftNew = first(j, "draftNewResolution");
        lex.written.revision = first(j, "revision");
        lex.written.reasons = first(j, "reasons");
        lex.written.preamble = first(j, "assemblyPreambles");
        lex.written.assemblyName = j.at("assemblyName").get<std::string>();
        lex.written.titlePrompt = j.at("titlePrompt").get<std::string>();
        const nlohmann::json &merge = j.at("merge");
        lex.merge = {merge.at("sourcesAddDifferent").get<std::string>(),
                     merge.at("sourcesDiffer").get<std::string>(),
                     merge.at("suppress").get<std::string>(),
                     merge.at("noChange").get<std::string>(),
                     merge.at("synopticHeading").get<std::string>(),
                     merge.at("base").get<std::string>()};
        if (lex.numberLine.empty() || lex.reasons.empty() || lex.revision.empty())
            throw std::runtime_error("numberLine, reasons and revision need at least one entry");
        return lex;
    } catch (const std::exception &e) {
        throw std::runtime_error("language table " + std::string(file) + ": " + e.what());
    }
}

// The first code point of s in capitals, the rest in lower case: "Resolution".
std::string sentenceCase(std::string_view s) {
    return text::capitalized(text::fold(s));
}

} // namespace

const std::vector<Lexicon> &lexicons() {
    static const std::vector<Lexicon> all = [] {
        std::vector<Lexicon> out;
        for (const auto &[file, data] : embedded::languageFiles())
            if (file != "assemblies.json")
                out.push_back(load(file, data));
        // English first: the language of last resort.
        std::stable_sort(out.begin(), out.end(), [](const Lexicon &a, const Lexicon &b) {
            return (a.language == "en") > (b.language == "en");
        });
        return out;
    }();
    return all;
}

const Lexicon *findLexicon(std::string_view tag) {
    const std::string primary = text::fold(tag.substr(0, tag.find_first_of("-_")));
    for (const Lexicon &l : lexicons())
        if (!primary.empty() && l.language == primary)
            return &l;
    return nullptr;
}

const Lexicon &lexiconFor(std::string_view tag) {
    const Lexicon *l = findLexicon(tag);
    return l ? *l : lexicons().front();
}

std::string fillPlaceholder(std::string_view pattern, std::string_view name,
                            std::string_view value) {
    const std::string key = "{" + std::string(name) + "}";
    std::string out(pattern);
    for (std::size_t at = out.find(key); at != std::string::npos;
         at = out.find(key, at + value.size()))
        out.replace(at, key.size(), value);
    return out;
}

std::string Lexicon::numberLineFor(std::string_view number) const {
    return fillPlaceholder(written.numberLine, "n", number);
}

std::string Lexicon::draftNewLineFor(std::string_view tag) const {
    const bool cjk = language == "zh";
    return written.draftNew + (cjk ? "" : " ") + "[" + std::string(tag) + "]";
}

std::string Lexicon::reasonsLabel() const {
    return written.reasons +
           (language == "zh" ? "\xEF\xBC\x9A" : ":"); // full-width colon in Chinese
}

std::string Lexicon::resolutionName(std::string_view number) const {
    return fillPlaceholder(sentenceCase(written.numberLine), "n", number);
}

const std::vector<std::string_view> &proposalSymbols() {
    static const std::vector<std::string_view> symbols = {"MOD", "(MOD)", "ADD", "SUP",
                                                          "NOC", "ADD*",  "SUP*"};
    return symbols;
}

} // namespace pa
