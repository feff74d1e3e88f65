// Finding the base resolution a text stands for: by its number, or, for a text that lost its
// number line, by its history line (a revision appends its assembly) or, failing that, its
// title.
#pragma once

#include "basetext/BaseText.hpp"
#include "model/Document.hpp"
#include "recognition/Structure.hpp"

#include <string>

namespace pa::proposals {

struct BaseLookup {
    const BaseResolution *resolution = nullptr;
    std::string refusal; // why none was found, for the user (empty when found)
};

// The base resolution of that number (normalised first: "11 " is "11"), or a refusal that
// says how many resolutions the base holds.
BaseLookup lookupBase(const BaseText &base, const std::string &number);

// The base of a resolution that lost its number line: the one whose history the text's
// history continues (it starts with the same assemblies in the same order), else
// the one with the same title (case-folded); nullptr when neither.
const BaseResolution *baseByHistoryOrTitle(const BaseText &base, const Document &document,
                                           const Resolution &res);

} // namespace pa::proposals
