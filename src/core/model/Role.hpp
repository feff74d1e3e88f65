// The roles a paragraph can play (domain §2), with their machine names.
#pragma once

#include <optional>
#include <string_view>

namespace pa {

enum class Role {
    Other,
    ProposalHeader,
    ResolutionNumber,
    ResolutionTitle,
    ResolutionHistory,
    Preamble,
    Call,
    LetteredItem,
    NumberedItem,
    BulletItem,
    Body,
    AnnexHeading,
    AnnexTitle,
    Reasons,
};

// "proposal-header", "lettered-item", ... exactly as in domain §2 and the corpus labels.
std::string_view roleName(Role role);
std::optional<Role> roleFromName(std::string_view name);

inline bool isItem(Role r) {
    return r == Role::LetteredItem || r == Role::NumberedItem || r == Role::BulletItem;
}

} // namespace pa
