// The plans the editing commands carry out: what a command writes (blocks of paragraphs with
// their styles and roles), with which settings, and where. Decided here, without an office;
// the UNO layer (uno/ProposeCommand, uno/MarkupCommand, uno/RenumberCommand) only applies them.
#pragma once

#include "model/Document.hpp"
#include "model/Role.hpp"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace pa::proposals {

// The settings one command uses: the caller's over the document's contribution settings, over
// what the document's own proposal lines say (see Settings.hpp).
struct EditSettings {
    std::string source, document, addendum, assembly, author, language;
    std::string number; // the resolution a text without number line is (Mark Up only)
    // "ATU/35A3": SOURCE/DOC[Aaddendum], what every proposal number of the document starts with.
    std::string prefix() const {
        return source + "/" + document + (addendum.empty() ? "" : "A" + addendum);
    }
};

// Paragraphs to write, each with its style (Paragraph::style) and the role it will have.
struct Block {
    std::vector<Paragraph> paragraphs;
    std::vector<Role> roles;
    void add(Paragraph p, Role role) {
        paragraphs.push_back(std::move(p));
        roles.push_back(role);
    }
};

// Paragraphs first..first+count-1 of a reading replaced by a block (count 0: the block is
// inserted before paragraph `first`, after paragraph first-1).
struct Replacement {
    std::size_t first = 0;
    std::size_t count = 0;
    const Block *block = nullptr;
};

// A written stretch, in the paragraph numbering of the document as it is after all edits.
struct Written {
    std::size_t first = 0;
    std::size_t count = 0;
};

} // namespace pa::proposals
