// The levels of a call's items (domain §2): items of the call, their sub-items, and a second
// level below those. A label alone does not tell its level ("i)" is the ninth letter or the
// first roman numeral): its place does (after an item that ends with ':', or set in a deeper
// enumlev style) and so does its run (i), ii), iii) ...).
#pragma once

#include "lexicon/Lexicon.hpp"
#include "recognition/Patterns.hpp"
#include "recognition/Structure.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace pa {

struct LevelInput {
    std::string label;       // as typed; "" for an unlabelled paragraph
    bool introduces = false; // its text ends with ':' (in any language): a list follows
    int styleDepth = 0;      // 1 in enumlev1, 2 in enumlev2, 0 otherwise
};

struct LevelOutput {
    std::size_t level = 0;
    std::optional<std::size_t> parent; // index into the inputs
    ListKind kind = ListKind::None;
};

// Levels of one list of paragraphs (a call's items), in order. `preferred` is the language whose
// lettering is tried first (abjad in an Arabic text).
std::vector<LevelOutput> assignLevels(const std::vector<LevelInput> &inputs,
                                      const Lexicon *preferred);

// The key expected at `position` (0-based) of a list of `kind` whose first label is `first`:
// "c" for the third letter of a Latin list, "ج" of an abjad one, "iii", "3"; "" for bullets.
std::string expectedKey(ListKind kind, const patterns::LabelKey &first, std::size_t position,
                        const Lexicon *preferred);

// Whether text (as typed) ends with a colon, full width or not, before closing quotes.
bool endsWithColon(std::string_view text);

} // namespace pa
