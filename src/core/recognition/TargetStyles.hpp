// The ITU style every paragraph should carry, decided once for Recognize Structure (which
// applies it) and the validator's style rule (which checks it).
#pragma once

#include "model/Document.hpp"
#include "recognition/Recognizer.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pa {

// One entry per paragraph; nullopt for a paragraph left alone (role Other).
// A paragraph deleted whole (text and mark) takes the style of the paragraph after it: on
// accept-all the two become one, and LibreOffice 7.4's .docx export writes the deleted
// paragraph's style onto its successor, so any other choice loses the successor's style
// (a "Reasons" paragraph after a deleted last item comes back as "Normal").
std::vector<std::optional<std::string>> targetStyles(const Document &document,
                                                     const Recognition &recognition);

} // namespace pa
