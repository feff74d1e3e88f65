// The ITU paragraph styles: which style each role carries, how a missing style is created,
// and how a style name found in a document maps back to a role. The one table of styles.
#pragma once

#include "model/Role.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pa {

enum class Alignment { Left, Center, Justify };

// Formatting of an ITU style when the extension has to create it (lengths in 1/100 mm,
// sizes in points). Every ITU style inherits Writer's default paragraph style.
struct StyleSpec {
    std::string_view name;        // programmatic name, e.g. "ResNo"
    std::string_view displayName; // the name Word's ITU template shows, e.g. "Res_No"
    double fontSize = 12.0;
    bool bold = false;
    bool italic = false;
    bool capitals = false; // shown in capitals whatever the typed case
    bool keepWithNext = false;
    Alignment alignment = Alignment::Left;
    int spaceBefore = 0;     // 1/100 mm
    int spaceAfter = 0;      // 1/100 mm
    int leftIndent = 0;      // 1/100 mm
    int firstLineIndent = 0; // 1/100 mm, negative for a hanging indent
};

constexpr std::string_view kItuFontName = "Times New Roman";
// Writer's programmatic name of the default paragraph style ("Normal" in Word).
constexpr std::string_view kDefaultParagraphStyle = "Standard";

// Every ITU style the extension may create, in creation order.
const std::vector<StyleSpec> &ituStyles();
const StyleSpec *findStyleSpec(std::string_view name);

// The style a paragraph of this role should carry, given its text for bullet depth
// ("–" bullets go one level deeper than "•"); nullopt for Role::Other (left alone).
std::optional<std::string> styleForRole(Role role, std::string_view label = {});

// The role a paragraph style implies, matching ITU ids and display names case-insensitively
// and ignoring '_', '-' and spaces ("ResNo", "Res_No", "resno"); nullopt for styles that
// say nothing (Standard, Normal, Text Body, ...).
std::optional<Role> roleForStyle(std::string_view styleName);

// True when styleName is an acceptable name for the style `expected` (id or display name).
bool styleMatches(std::string_view styleName, std::string_view expected);

} // namespace pa
