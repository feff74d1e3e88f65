#include "lexicon/Assemblies.hpp"

#include "lexicon/LanguageFiles.hpp"
#include "text/Text.hpp"

#include <nlohmann/json.hpp>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <vector>

namespace pa::assemblies {
namespace {

// The helpers below take text already folded (text::fold): a name is folded once, not once per
// helper.

// The letters of a folded text, nothing else: "нью-дели, 2024 г." -> "ньюделиг". Punctuation,
// digits and spaces vary between copies of one name; the letters do not.
std::string letters(std::string_view f) {
    std::string out;
    const auto size = static_cast<int32_t>(f.size());
    for (int32_t i = 0; i < size;) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(f.data(), i, size, c);
        if (c >= 0 && u_isalpha(c))
            out.append(f, std::size_t(start), std::size_t(i - start));
    }
    return out;
}

// The four-digit year in a folded text (Arabic-Indic digits are ASCII there), 0 when none or
// several.
int yearOf(std::string_view f) {
    int year = 0, found = 0;
    for (std::size_t i = 0; i < f.size();) {
        std::size_t j = i;
        while (j < f.size() && f[j] >= '0' && f[j] <= '9')
            ++j;
        if (j - i == 4) {
            year = std::stoi(std::string(f.substr(i, 4)));
            ++found;
        }
        i = j == i ? i + 1 : j;
    }
    return found == 1 ? year : 0;
}

struct Table {
    std::map<std::string, std::map<std::string, std::string>>
        venueNames; // venue -> language -> name
    struct Entry {
        std::string id, venue;
        int year = 0;
    };
    std::vector<Entry> entries;
    std::map<std::string, std::string> byShortName; // letters+digits of a short name -> id
    // letters of a venue's name (alone, or in a language's "{venue}, {year}" form) -> venue,
    // and the languages that spell it so.
    std::map<std::string, std::pair<std::string, std::vector<const Lexicon *>>> byLetters;
};

std::string shortKey(std::string_view f) {
    std::string out;
    for (char c : f)
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            static_cast<unsigned char>(c) >= 0x80)
            out += c;
    return out;
}

const Table &table() {
    static const Table t = [] {
        Table out;
        std::string_view data;
        for (const auto &[file, contents] : embedded::languageFiles())
            if (file == "assemblies.json")
                data = contents;
        try {
            const nlohmann::json j = nlohmann::json::parse(data, nullptr, true, true);
            for (const auto &[venue, names] : j.at("venues").items())
                for (const auto &[language, name] : names.items())
                    out.venueNames[venue][language] = name.get<std::string>();
            for (const auto &a : j.at("assemblies")) {
                Table::Entry e{a.at("id").get<std::string>(), a.at("venue").get<std::string>(),
                               a.at("year").get<int>()};
                if (!out.venueNames.count(e.venue))
                    throw std::runtime_error("assembly " + e.id + " names an unknown venue " +
                                             e.venue);
                out.byShortName[shortKey(text::fold(e.id))] = e.id;
                for (const auto &n : a.at("names"))
                    out.byShortName[shortKey(text::fold(n.get<std::string>()))] = e.id;
                out.entries.push_back(std::move(e));
            }
        } catch (const std::exception &e) {
            throw std::runtime_error(std::string("assembly table assemblies.json: ") + e.what());
        }
        for (const auto &[venue, names] : out.venueNames)
            for (const auto &[language, name] : names)
                if (const Lexicon *lex = findLexicon(language))
                    for (const std::string &key :
                         {letters(text::fold(name)),
                          letters(text::fold(fillPlaceholder(
                              fillPlaceholder(lex->written.assemblyName, "venue", name), "year",
                              "2000")))}) {
                        auto &slot = out.byLetters[key];
                        slot.first = venue;
                        if (std::find(slot.second.begin(), slot.second.end(), lex) ==
                            slot.second.end())
                            slot.second.push_back(lex);
                    }
        return out;
    }();
    return t;
}

std::string idAt(const std::string &venue, int year) {
    for (const Table::Entry &e : table().entries)
        if (e.venue == venue && e.year == year)
            return e.id;
    return {};
}

} // namespace

namespace {

std::optional<Meeting> identifyFolded(std::string_view f) {
    const Table &t = table();
    if (const auto it = t.byShortName.find(shortKey(f)); it != t.byShortName.end())
        for (const Table::Entry &e : t.entries)
            if (e.id == it->second)
                return Meeting{e.venue, e.year, e.id};
    const int year = yearOf(f);
    if (year == 0)
        return std::nullopt;
    const auto it = t.byLetters.find(letters(f));
    if (it == t.byLetters.end())
        return std::nullopt;
    return Meeting{it->second.first, year, idAt(it->second.first, year)};
}

std::vector<const Lexicon *> spellingLanguagesFolded(std::string_view f) {
    if (yearOf(f) == 0)
        return {};
    const auto it = table().byLetters.find(letters(f));
    return it == table().byLetters.end() ? std::vector<const Lexicon *>{} : it->second.second;
}

} // namespace

std::optional<Meeting> identify(std::string_view text) {
    return identifyFolded(text::fold(text));
}

std::vector<const Lexicon *> spellingLanguages(std::string_view text) {
    return spellingLanguagesFolded(text::fold(text));
}

std::string nameIn(const Meeting &meeting, const Lexicon &lexicon) {
    const auto &names = table().venueNames.at(meeting.venue);
    auto name = names.find(lexicon.language);
    if (name == names.end())
        name = names.find("en");
    return fillPlaceholder(fillPlaceholder(lexicon.written.assemblyName, "venue", name->second),
                           "year", std::to_string(meeting.year));
}

std::string localized(std::string_view text, const Lexicon &lexicon) {
    // Already spelt in that language: kept as typed (with its no-break spaces).
    const std::string f = text::fold(text);
    const auto langs = spellingLanguagesFolded(f);
    if (std::find(langs.begin(), langs.end(), &lexicon) != langs.end())
        return std::string(text);
    if (const auto meeting = identifyFolded(f))
        return nameIn(*meeting, lexicon);
    return std::string(text);
}

bool same(std::string_view a, std::string_view b) {
    const std::string fa = text::fold(a), fb = text::fold(b);
    if (fa == fb)
        return true;
    const auto ma = identifyFolded(fa), mb = identifyFolded(fb);
    return ma && mb && ma->venue == mb->venue && ma->year == mb->year;
}

} // namespace pa::assemblies
