// The user-visible messages of one UI language, as data a translator corrects without reading
// C++: one JSON file per language in one folder (extension/messages/fr.json), each an object
// of key -> text, where {name} stands for a value filled in at run time and a text that depends
// on a count is an object of CLDR plural categories ({"one": ..., "few": ..., "other": ...}).
// English (en.json) fills whatever a translation lacks.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pa {

class Messages {
  public:
    using Fields = std::map<std::string, std::string>;

    // No table: every lookup gives its key, so a missing file is seen, never a crash.
    Messages();
    // folder/en.json, then the file of uiLocale's language over it: "fr-FR" and "fr" read
    // fr.json, "zh-CN" reads zh-CN.json (else zh.json). A file that cannot be read or parsed
    // is left out (English stays); a missing folder gives the empty table.
    static Messages load(const std::filesystem::path &folder, std::string_view uiLocale);
    // The file load() reads over English for uiLocale, "" when there is none ("en" for English).
    static std::string fileFor(const std::filesystem::path &folder, std::string_view uiLocale);

    // The language whose file was read over English ("fr", "zh-CN"), "en" for English itself.
    const std::string &language() const { return language_; }

    // The text of `key` with its {name} fields filled from `fields`.
    std::string text(std::string_view key, const Fields &fields = {}) const;
    // The text of `key` for `count` things, its plural form chosen by the language's CLDR
    // rules; {count} is the count itself.
    std::string plural(std::string_view key, long long count, Fields fields = {}) const;
    bool has(std::string_view key) const;
    // Every key of the table (English's and the translation's).
    std::vector<std::string> keys() const;

    // A finding of the validator in this language: the English message matched against the
    // templates "finding.<rule>.*" of en.json ({name} matching any text), and written with the
    // same key's template of this language; the English message as it is when none matches.
    std::string finding(std::string_view ruleId, const std::string &englishMessage) const;
    // The same for any English text made from the templates whose keys start with `prefix`
    // ("fix." for the descriptions of fixes).
    // A template that is a count's message ({"one": ..., "other": ...}) gives the form the
    // {count} it matched takes in this language.
    std::string fromTemplates(std::string_view prefix, const std::string &english) const;
    // The same for each line of a text of several (a report, one fact per line).
    std::string fromTemplatesByLine(std::string_view prefix, const std::string &english) const;

  private:
    // The regular expression of each template that has been matched once, by key: compiling
    // them is most of the cost of writing a finding, and the deck writes hundreds per check.
    // Shared by copies of the table; filled under its lock (several threads use one table).
    struct PatternCache;
    std::shared_ptr<PatternCache> patterns_;

    std::string language_ = "en";
    std::map<std::string, std::string, std::less<>> own_;     // "key" or "key#one"
    std::map<std::string, std::string, std::less<>> english_; // same shape, from en.json
    const std::string *lookup(std::string_view key) const;
    std::string fromTemplates(std::string_view prefix, const std::string &english, int depth) const;
};

// The {name} fields of a message text, in their order ("{a} and {b}" -> a, b).
std::vector<std::string> messageFields(std::string_view text);

} // namespace pa
