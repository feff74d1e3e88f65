#include "model/Role.hpp"

#include <array>
#include <utility>

namespace pa {
namespace {
constexpr std::array<std::pair<Role, std::string_view>, 14> kNames{{
    {Role::Other, "other"},
    {Role::ProposalHeader, "proposal-header"},
    {Role::ResolutionNumber, "resolution-number"},
    {Role::ResolutionTitle, "resolution-title"},
    {Role::ResolutionHistory, "resolution-history"},
    {Role::Preamble, "preamble"},
    {Role::Call, "call"},
    {Role::LetteredItem, "lettered-item"},
    {Role::NumberedItem, "numbered-item"},
    {Role::BulletItem, "bullet-item"},
    {Role::Body, "body"},
    {Role::AnnexHeading, "annex-heading"},
    {Role::AnnexTitle, "annex-title"},
    {Role::Reasons, "reasons"},
}};
} // namespace

std::string_view roleName(Role role) {
    for (const auto &[r, name] : kNames)
        if (r == role)
            return name;
    return "other";
}

std::optional<Role> roleFromName(std::string_view name) {
    for (const auto &[r, n] : kNames)
        if (n == name)
            return r;
    return std::nullopt;
}

} // namespace pa
