// The language a document (or one resolution of it) is written in, told from its own words:
// the calls, number lines and Reasons that recognition found, read with every lexicon.
#pragma once

#include "lexicon/Lexicon.hpp"
#include "model/Document.hpp"
#include "recognition/Recognizer.hpp"

#include <cstddef>

namespace pa {

// The language whose words these paragraphs (with their roles) use most (the first of the
// tables on a tie); nullptr when none tells.
const Lexicon *languageOf(const std::vector<Paragraph> &paragraphs, const std::vector<Role> &roles);

// The language whose words paragraphs [first, last] use most; nullptr when none tells.
const Lexicon *languageOf(const Document &document, const Recognition &recognition,
                          std::size_t first, std::size_t last);

// The language of the whole document; English when nothing tells.
const Lexicon &documentLanguage(const Document &document, const Recognition &recognition);

} // namespace pa
