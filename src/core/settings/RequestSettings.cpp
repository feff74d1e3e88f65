#include "settings/RequestSettings.hpp"

#include "model/Diagnostic.hpp"
#include "text/Text.hpp"

#include <nlohmann/json.hpp>

namespace pa::settings {
namespace {

// "a number", "an array": a JSON value's kind as a message says it.
std::string kindOf(const nlohmann::json &v) {
    switch (v.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return "a number";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::array:
        return "an array";
    case nlohmann::json::value_t::object:
        return "an object";
    default:
        return "a " + std::string(v.type_name());
    }
}

// nlohmann's message without its "[json.exception.parse_error.101] " tag, on one line.
std::string oneLine(std::string message) {
    if (!message.empty() && message.front() == '[') {
        const std::size_t close = message.find("] ");
        if (close != std::string::npos)
            message.erase(0, close + 2);
    }
    for (char &c : message)
        if (c == '\n' || c == '\r')
            c = ' ';
    return message;
}

void readString(const nlohmann::json &j, const char *key, std::optional<std::string> &out) {
    const auto it = j.find(key);
    if (it == j.end())
        return;
    if (!it->is_string())
        throw SettingsError(std::string("The setting \"") + key + "\" must be a string, not " +
                            kindOf(*it));
    out = it->get<std::string>();
}

} // namespace

RequestSettings parseRequestSettings(std::string_view json) {
    RequestSettings s;
    if (text::trim(json).empty())
        return s;
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception &e) {
        throw SettingsError("The settings are not valid JSON: " + oneLine(e.what()));
    }
    if (!j.is_object())
        throw SettingsError("The settings must be a JSON object, not " + kindOf(j));
    readString(j, "source", s.source);
    readString(j, "document", s.document);
    readString(j, "addendum", s.addendum);
    readString(j, "assembly", s.assembly);
    readString(j, "language", s.language);
    readString(j, "author", s.author);
    readString(j, "number", s.number);
    readString(j, "resolution", s.resolution);
    if (const auto it = j.find("ignoredRules"); it != j.end()) {
        if (!it->is_array())
            throw SettingsError("The setting \"ignoredRules\" must be an array of rule ids, not " +
                                kindOf(*it));
        std::set<std::string> rules;
        for (const auto &rule : *it) {
            if (!rule.is_string())
                throw SettingsError("The setting \"ignoredRules\" must hold rule ids, not " +
                                    kindOf(rule));
            const std::string id = rule.get<std::string>();
            if (!ruleFromId(id))
                throw SettingsError(R"(The setting "ignoredRules" names ")" + id +
                                    R"(", which is not a rule id)");
            rules.insert(id);
        }
        s.ignoredRules = std::move(rules);
    }
    return s;
}

} // namespace pa::settings
