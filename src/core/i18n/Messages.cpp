// Message tables: JSON per language, {name} fields, ICU plural rules, findings by template.
#include "i18n/Messages.hpp"

#include <nlohmann/json.hpp>
#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <regex>
#include <set>

namespace pa {
namespace {

using Table = std::map<std::string, std::string, std::less<>>;

// Plural forms are kept as "key#category" so that one flat map serves both shapes.
bool readTable(const std::filesystem::path &file, Table &table) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return false;
    try {
        const nlohmann::json json = nlohmann::json::parse(in);
        if (!json.is_object())
            return false;
        for (const auto &[key, value] : json.items()) {
            if (value.is_string())
                table[key] = value.get<std::string>();
            else if (value.is_object())
                for (const auto &[category, text] : value.items())
                    if (text.is_string())
                        table[key + "#" + category] = text.get<std::string>();
        }
        return true;
    } catch (const nlohmann::json::exception &) {
        return false;
    }
}

std::string fill(std::string text, const Messages::Fields &fields) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '{') {
            const std::size_t close = text.find('}', i);
            if (close != std::string::npos) {
                const auto it = fields.find(text.substr(i + 1, close - i - 1));
                if (it != fields.end()) {
                    out += it->second;
                    i = close + 1;
                    continue;
                }
            }
        }
        out += text[i++];
    }
    return out;
}

std::string pluralCategory(const std::string &language, long long count) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(language, status);
    if (U_FAILURE(status))
        return "other";
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(locale, status));
    if (U_FAILURE(status) || !rules)
        return "other";
    std::string category;
    rules->select(static_cast<int32_t>(count)).toUTF8String(category);
    return category;
}

// "{a}, then {b}." -> ^(.+?), then (.+?)\.$ and the names a, b.
std::regex templatePattern(const std::string &text, std::vector<std::string> &names) {
    static const std::string special = R"(\^$.|?*+()[]{})";
    std::string pattern = "^";
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
            const std::size_t close = text.find('}', i);
            if (close != std::string::npos) {
                names.push_back(text.substr(i + 1, close - i - 1));
                pattern += "([\\s\\S]+?)";
                i = close;
                continue;
            }
        }
        if (special.find(text[i]) != std::string::npos)
            pattern += '\\';
        pattern += text[i];
    }
    return std::regex(pattern + "$");
}

} // namespace

struct Messages::PatternCache {
    struct Pattern {
        std::regex regex;
        std::vector<std::string> names;
    };
    std::mutex mutex;
    std::map<std::string, std::shared_ptr<const Pattern>, std::less<>> byKey;

    std::shared_ptr<const Pattern> get(const std::string &key, const std::string &text) {
        std::lock_guard<std::mutex> lock(mutex);
        auto &slot = byKey[key];
        if (!slot) {
            auto pattern = std::make_shared<Pattern>();
            pattern->regex = templatePattern(text, pattern->names);
            slot = std::move(pattern);
        }
        return slot;
    }
};

Messages::Messages() : patterns_(std::make_shared<PatternCache>()) {}

std::string Messages::fileFor(const std::filesystem::path &folder, std::string_view uiLocale) {
    std::string tag(uiLocale);
    for (char &c : tag)
        if (c == '_')
            c = '-';
    std::string language = tag.substr(0, tag.find('-'));
    if (language.empty() || language == "en")
        return "en";
    std::error_code ignored;
    if (tag != language && std::filesystem::exists(folder / (tag + ".json"), ignored))
        return tag;
    if (std::filesystem::exists(folder / (language + ".json"), ignored))
        return language;
    return "";
}

Messages Messages::load(const std::filesystem::path &folder, std::string_view uiLocale) {
    Messages messages;
    readTable(folder / "en.json", messages.english_);
    const std::string file = fileFor(folder, uiLocale);
    if (!file.empty() && file != "en" && readTable(folder / (file + ".json"), messages.own_))
        messages.language_ = file;
    return messages;
}

const std::string *Messages::lookup(std::string_view key) const {
    if (const auto it = own_.find(key); it != own_.end())
        return &it->second;
    if (const auto it = english_.find(key); it != english_.end())
        return &it->second;
    return nullptr;
}

bool Messages::has(std::string_view key) const {
    return lookup(key) || lookup(std::string(key) + "#other");
}

std::vector<std::string> Messages::keys() const {
    std::vector<std::string> out;
    for (const Table *table : {&english_, &own_})
        for (const auto &[key, text] : *table) {
            const std::string name = key.substr(0, key.find('#'));
            if (out.empty() || out.back() != name)
                if (std::find(out.begin(), out.end(), name) == out.end())
                    out.push_back(name);
        }
    return out;
}

std::string Messages::text(std::string_view key, const Fields &fields) const {
    const std::string *text = lookup(key);
    return text ? fill(*text, fields) : std::string(key);
}

std::string Messages::plural(std::string_view key, long long count, Fields fields) const {
    fields.emplace("count", std::to_string(count));
    const std::string base(key);
    // The category of the language whose text is used: a translation's own rules, or English's.
    const bool own = own_.count(base + "#other") > 0;
    const std::string category = pluralCategory(own ? language_ : "en", count);
    const Table &table = own ? own_ : english_;
    for (const std::string &tried : {base + "#" + category, base + "#other"})
        if (const auto it = table.find(tried); it != table.end())
            return fill(it->second, fields);
    return text(key, fields);
}

std::string Messages::finding(std::string_view ruleId, const std::string &englishMessage) const {
    return fromTemplates("finding." + std::string(ruleId) + ".", englishMessage);
}

std::string Messages::fromTemplates(std::string_view prefix,
                                    const std::string &englishMessage) const {
    return fromTemplates(prefix, englishMessage, 0);
}

std::string Messages::fromTemplates(std::string_view prefixView, const std::string &englishMessage,
                                    int depth) const {
    // Fields that hold the checks' own English words (where a finding is, an ordinal, a reason)
    // are themselves written from "part." templates; the others quote the document.
    static const std::set<std::string, std::less<>> kWorded = {
        "where",    "ordinal",    "part",      "because",  "why",          "what",
        "baseName", "numberSays", "coverSays", "language", "baseLanguage", "reason"};
    // English writes the message as it is: its templates give the English back.
    if (own_.empty())
        return englishMessage;
    const std::string prefix(prefixView);
    // Of the templates that match, the most specific: the one whose own words (what is left
    // of it without its {fields}) are the most. "{where}: {what}" matches nearly anything and
    // must not win over "{where}: clause {label} does not follow clause {previous}" because its
    // key sorts first.
    const std::string *best = nullptr;
    std::vector<std::string> bestNames;
    std::smatch bestMatch;
    std::size_t bestWords = 0;
    for (auto it = english_.lower_bound(prefix);
         it != english_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
        const auto pattern = patterns_->get(it->first, it->second);
        const std::vector<std::string> &names = pattern->names;
        std::smatch match;
        if (!std::regex_match(englishMessage, match, pattern->regex))
            continue;
        std::size_t words = it->second.size();
        for (const std::string &name : names)
            words -= std::min(words, name.size() + 2);
        if (best && words <= bestWords)
            continue;
        best = &it->first;
        bestNames = names;
        bestMatch = std::move(match);
        bestWords = words;
    }
    if (!best)
        return englishMessage;
    Fields fields;
    for (std::size_t i = 0; i < bestNames.size(); ++i) {
        std::string value = bestMatch[i + 1].str();
        if (depth < 3 && kWorded.count(bestNames[i]))
            value = fromTemplates("part.", value, depth + 1);
        fields[bestNames[i]] = value;
    }
    // A count's template ("key#one"): the form the count takes in this language, which need
    // not be the form English took (Russian "few" for 3, Chinese "other" for 1).
    if (const std::size_t hash = best->find('#'); hash != std::string::npos)
        if (const auto count = fields.find("count"); count != fields.end()) {
            char *end = nullptr;
            const long long n = std::strtoll(count->second.c_str(), &end, 10);
            if (end && *end == '\0' && end != count->second.c_str())
                return plural(best->substr(0, hash), n, fields);
        }
    return text(*best, fields);
}

std::string Messages::fromTemplatesByLine(std::string_view prefix,
                                          const std::string &englishText) const {
    std::string out;
    std::size_t start = 0;
    while (start <= englishText.size()) {
        const std::size_t end = std::min(englishText.find('\n', start), englishText.size());
        out += fromTemplates(prefix, englishText.substr(start, end - start));
        if (end == englishText.size())
            break;
        out += '\n';
        start = end + 1;
    }
    return out;
}

std::vector<std::string> messageFields(std::string_view text) {
    std::vector<std::string> names;
    for (std::size_t i = text.find('{'); i != std::string_view::npos; i = text.find('{', i + 1)) {
        const std::size_t close = text.find('}', i);
        if (close == std::string_view::npos)
            break;
        names.emplace_back(text.substr(i + 1, close - i - 1));
    }
    return names;
}

} // namespace pa
