// Gives every paragraph a role (domain §2) and builds the structure from the roles.
// Style first (ITU style ids and display names, case-insensitive), then the text.
#pragma once

#include "model/Document.hpp"
#include "model/Role.hpp"
#include "recognition/Structure.hpp"

#include <string>
#include <vector>

namespace pa {

struct Recognition {
    std::vector<Role> roles; // one per paragraph of the document
    Structure structure;
    // Paragraphs inside a resolution that recognition could not place in its anatomy (text
    // between the heading lines and the first call, say): the user is shown these.
    std::vector<std::size_t> unplaced;
};

Recognition recognize(const Document &document);

} // namespace pa
