// Context-free readings of one paragraph's text: is it a proposal line, a number line, a
// history line, a preamble, a call, an item label, Reasons, an annex heading? The recogniser
// combines these with the paragraph's style and position; the validator reuses them.
// All functions take text as it stands (they normalize it themselves) and use the lexicon.
#pragma once

#include "recognition/Role.hpp"
#include "recognition/Structure.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pa::patterns {

// "MOD\tATU/35A3/1": the symbol as typed, whether a tab separates it from the number, the
// number text, and the number parsed when it is SOURCE/DOC[An]/SEQ. Accepts any case and a
// space instead of the tab, so that a malformed line is still found (and reported).
struct ProposalLine {
    std::string symbol;     // as typed: "MOD", "(MOD)", "mod"
    bool knownSymbol = false; // symbol is exactly one of proposalSymbols()
    bool tabSeparated = false;
    std::string numberText; // "ATU/35A3/1"
    std::optional<ProposalNumber> number;
};
std::optional<ProposalLine> parseProposalLine(std::string_view text);
std::optional<ProposalNumber> parseProposalNumber(std::string_view text);

// Number lines ("RESOLUTION 11 (Rev. Hammamet, 2016)") are parsed by revision::parseNumberLine.

// "(Malaga-Torremolinos, 1984; ...; Hammamet, 2016)" (revision::parseHistoryLine).
bool isHistoryLine(std::string_view text);

// "The World Telecommunication Standardization Assembly (Hammamet, 2016)," (revision::parsePreamble)
bool isPreamble(std::string_view text);

// "considering", "instructs the Director of ...": the call's kind.
std::optional<CallKind> matchCall(std::string_view text);

// An item label typed before a tab: "a)\t", "1\t", "•\t", "–\t". labelLength is in bytes of
// the normalized text. Body when the text has no label.
struct ItemLabel {
    Role role = Role::Body;
    std::string label;
};
std::optional<ItemLabel> parseItemLabel(std::string_view text);
// The role implied by a label that Writer's numbering draws ("a)", "1.", "•").
std::optional<ItemLabel> itemFromListLabel(std::string_view listLabel);

// "Reasons:" (any language of the lexicon), possibly followed by a tab and the reasons.
bool isReasons(std::string_view text);

// "ANNEX", "Annex 1 (to Resolution 1 ...)", "APPENDIX A".
bool isAnnexHeading(std::string_view text);

} // namespace pa::patterns
