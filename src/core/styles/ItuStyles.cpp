#include "styles/ItuStyles.hpp"

#include "text/Text.hpp"

#include <map>
#include <utility>

namespace pa {
namespace {

std::string styleKey(std::string_view name) {
    std::string key;
    for (char c : text::fold(name))
        if (c != '_' && c != '-' && c != ' ')
            key += c;
    return key;
}

// Lengths: 1.4 cm is the ITU first tab stop (794 twips); spacing is the template's 6/12 pt.
const std::vector<StyleSpec> kStyles = {
    //  name             display              size  bold   ital   caps   keep   align before after
    //  left  first
    {"Proposal", "Proposal", 12.0, true, false, false, true, Alignment::Left, 423, 0, 0, 0},
    {"ResNo", "Res_No", 12.0, false, false, true, true, Alignment::Center, 635, 0, 0, 0},
    {"Restitle", "Res_title", 12.0, true, false, false, true, Alignment::Center, 423, 0, 0, 0},
    {"Resref", "Res_ref", 12.0, false, true, false, true, Alignment::Center, 212, 0, 0, 0},
    {"Normalaftertitle", "Normal_after_title", 12.0, false, false, false, false, Alignment::Left,
     635, 0, 0, 0},
    {"Call", "Call", 12.0, false, true, false, true, Alignment::Left, 282, 0, 1400, 0},
    {"enumlev1", "enumlev1", 12.0, false, false, false, false, Alignment::Left, 141, 0, 1400,
     -1400},
    {"enumlev2", "enumlev2", 12.0, false, false, false, false, Alignment::Left, 141, 0, 2100, -700},
    {"AnnexNo", "Annex_No", 12.0, false, false, true, true, Alignment::Center, 635, 0, 0, 0},
    {"Annextitle", "Annex_title", 12.0, true, false, false, true, Alignment::Center, 423, 0, 0, 0},
    {"Reasons", "Reasons", 12.0, false, false, false, false, Alignment::Left, 212, 0, 0, 0},
};

} // namespace

const std::vector<StyleSpec> &ituStyles() {
    return kStyles;
}

namespace {
// The table by the keys of its names and display names, folded once: recognition asks for the
// style of every paragraph several times.
const StyleSpec *specOfKey(const std::string &key) {
    static const std::map<std::string, const StyleSpec *> byKey = [] {
        std::map<std::string, const StyleSpec *> out;
        for (const StyleSpec &s : kStyles) { // the first of the table wins, as in its order
            out.emplace(styleKey(s.name), &s);
            out.emplace(styleKey(s.displayName), &s);
        }
        return out;
    }();
    const auto it = byKey.find(key);
    return it == byKey.end() ? nullptr : it->second;
}
} // namespace

const StyleSpec *findStyleSpec(std::string_view name) {
    return specOfKey(styleKey(name));
}

namespace {
// Which ITU style marks which role; both directions of the mapping read this one table.
// Items and body text carry Writer's default style, which implies no role.
constexpr std::pair<Role, std::string_view> kRoleStyles[] = {
    {Role::ProposalHeader, "Proposal"},   {Role::ResolutionNumber, "ResNo"},
    {Role::ResolutionTitle, "Restitle"},  {Role::ResolutionHistory, "Resref"},
    {Role::Preamble, "Normalaftertitle"}, {Role::Call, "Call"},
    {Role::BulletItem, "enumlev1"},       {Role::BulletItem, "enumlev2"},
    {Role::AnnexHeading, "AnnexNo"},      {Role::AnnexTitle, "Annextitle"},
    {Role::Reasons, "Reasons"},
};
} // namespace

std::optional<std::string> styleForRole(Role role, std::string_view label) {
    switch (role) {
    case Role::Other:
        return std::nullopt;
    case Role::LetteredItem:
    case Role::NumberedItem:
    case Role::Body:
        return std::string(kDefaultParagraphStyle);
    case Role::BulletItem:
        // An en dash or hyphen bullet is the second level under a "•" bullet.
        return std::string(label == "\xE2\x80\x93" || label == "-" ? "enumlev2" : "enumlev1");
    default:
        for (const auto &[r, name] : kRoleStyles)
            if (r == role)
                return std::string(name);
        return std::nullopt;
    }
}

std::optional<Role> roleForStyle(std::string_view styleName) {
    const StyleSpec *spec = findStyleSpec(styleName);
    if (!spec)
        return std::nullopt;
    for (const auto &[r, name] : kRoleStyles)
        if (name == spec->name)
            return r;
    return std::nullopt;
}

bool styleMatches(std::string_view styleName, std::string_view expected) {
    const std::string key = styleKey(styleName);
    if (key == styleKey(expected))
        return true;
    if (const StyleSpec *spec = findStyleSpec(expected))
        return specOfKey(key) == spec;
    // Writer's default paragraph style goes by several names across file formats.
    if (expected == kDefaultParagraphStyle)
        return key == "normal" || key == "defaultparagraphstyle" || key == "default";
    return false;
}

} // namespace pa
