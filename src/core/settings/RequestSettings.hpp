// The settings a caller hands the engine with a request, as one JSON object (the Settings
// argument of the menu commands, the settings of check(), applyFix(), merge() and of the
// editing calls): every key optional, each of one type. The one reader of that object: strict
// about types, so that {"source": 5} is an error that says so rather than a silent default.
#pragma once

#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

namespace pa::settings {

// Settings that cannot be used; what() is one line that names the key and what it should be.
struct SettingsError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct RequestSettings {
    // Strings: the contribution's numbers and context.
    std::optional<std::string> source;     // "ATU"
    std::optional<std::string> document;   // "35"
    std::optional<std::string> addendum;   // "3"
    std::optional<std::string> assembly;   // "New Delhi, 2024"
    std::optional<std::string> language;   // "en"
    std::optional<std::string> author;     // the name tracked changes carry
    std::optional<std::string> number;     // Mark Up: the resolution a text without number is
    std::optional<std::string> resolution; // Merge: the resolution whose proposals to merge
    // An array of rule ids ("missing-reasons"), every one known.
    std::optional<std::set<std::string>> ignoredRules;
};

// Reads the settings text: "" (or only spaces) is no settings at all. Keys other than those
// above are left to other readers and ignored. Throws SettingsError when the text is not a
// JSON object or a key holds a value of the wrong type.
RequestSettings parseRequestSettings(std::string_view json);

} // namespace pa::settings
