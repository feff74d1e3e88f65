// Context-free readings of one paragraph's text: is it a proposal line, a number line, a
// history line, a preamble, a call, an item label, Reasons, an annex heading? The recogniser
// combines these with the paragraph's style and position; the validator reuses them.
// All functions take text as it stands (they normalize it themselves) and use the lexicon.
//
// No regular expressions (std::regex or Boost.Regex with ICU), on purpose: the words matched are
// data (the lexicon's phrases in six languages, longest first), read on ICU-folded text, and a
// phrase ends where phraseEndsAt says (before punctuation or a space, after a '.', anywhere in
// Chinese, not inside a word with diacritics): a regex would be assembled from escaped data at
// run time and \b cannot say that. The hand-written scans are short, allocation-free and give
// the offsets the validator reports.
#pragma once

#include "lexicon/Lexicon.hpp"
#include "model/Role.hpp"
#include "recognition/Structure.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pa::patterns {

// "MOD\tATU/35A3/1": the symbol as typed, whether a tab separates it from the number, the
// number text, and the number parsed when it is SOURCE/DOC[An]/SEQ. Accepts any case and a
// space instead of the tab, so that a malformed line is still found (and reported).
struct ProposalLine {
    std::string symbol;       // as typed: "MOD", "(MOD)", "mod"
    bool knownSymbol = false; // symbol is exactly one of proposalSymbols()
    bool tabSeparated = false;
    std::string numberText; // "ATU/35A3/1"
    std::optional<ProposalNumber> number;
};
std::optional<ProposalLine> parseProposalLine(std::string_view text);
// SOURCE/DOC[An]/SEQ: SOURCE as isProposalSource, DOC and the addendum digits or a placeholder
// of X's ("XX"), SEQ 1 to 4 digits. The one grammar of a proposal number.
std::optional<ProposalNumber> parseProposalNumber(std::string_view text);
// A source symbol proposals are numbered with: 1 to 5 capital letters A-Z ("B", "ATU", "EUR",
// "IAP"), a placeholder "XX" included.
bool isProposalSource(std::string_view source);

// Number lines ("RESOLUTION 11 (Rev. Hammamet, 2016)") are parsed by revision::parseNumberLine.

// "(Malaga-Torremolinos, 1984; ...; Hammamet, 2016)" (revision::parseHistoryLine).
bool isHistoryLine(std::string_view text);

// "The World Telecommunication Standardization Assembly (Hammamet, 2016),"
// (revision::parsePreamble)
bool isPreamble(std::string_view text);

// "considering", "instructs the Director of ...": the call's kind.
std::optional<CallKind> matchCall(std::string_view text);

// What a label says by its shape alone. A single letter that is also a roman digit ("i)", "v)")
// is a Letter that may be roman: only its place and its run tell (recognition's levels).
enum class LabelShape { Number, Letter, Roman, Bullet, Dash, Clause };
struct LabelKey {
    LabelShape shape = LabelShape::Number;
    std::string key;         // "a", "iv", "12", "أ", "1.2": letters folded, digits ASCII
    bool upper = false;      // "A)", "IV)"
    bool mayBeRoman = false; // a one-letter Letter that is also a roman numeral
};
// The key of a label as typed ("a)", "(iv)", "١", "（b）", "•", "1.1"); nullopt for no label.
std::optional<LabelKey> labelKey(std::string_view label);

// "iv" for 4; isRomanNumeral("iv") (lower case, 1 to 39).
std::string romanNumeral(std::size_t n);
bool isRomanNumeral(std::string_view key);

// Where a letter key stands in a lettering of the lexicons (Latin, abjad, Cyrillic), the
// preferred language's letterings first. Doubled letters continue a lettering ("aa" after "z").
struct LetterPosition {
    const std::vector<std::string> *lettering = nullptr;
    std::size_t position = 0;
};
std::optional<LetterPosition> letterPosition(std::string_view key,
                                             const Lexicon *preferred = nullptr);
// The letter at `position` of a lettering, doubled past its end.
std::string letterAt(const std::vector<std::string> &lettering, std::size_t position);

// "1.2.3" -> {1, 2, 3}; empty when the text is no dotted number.
std::vector<std::size_t> clauseNumber(std::string_view key);

// An item label typed before a tab: "a)\t", "1\t", "•\t", "–\t", "أ)\t", "١\t"; a dotted
// clause number "1.1\t" too, whose role is Body (clauses are body text, domain §2).
struct ItemLabel {
    Role role = Role::Body;
    std::string label;
    LabelShape shape = LabelShape::Number;
};
std::optional<ItemLabel> parseItemLabel(std::string_view text);
// The role implied by a label that Writer's numbering draws ("a)", "1.", "•").
std::optional<ItemLabel> itemFromListLabel(std::string_view listLabel);

// A section heading of a rules-type resolution or an annex ("SECTION 2 – Study groups",
// "第2节"): its number, 0 when it has none that reads as a number.
std::optional<std::size_t> sectionHeading(std::string_view text);

// A Reasons paragraph read: its label in any language of the lexicon ("Reasons", "Motifs",
// "理由", the longest that begins the text as whole words), whether a colon (full-width too)
// follows it, and what is written after label and colon, folded and trimmed ("" when the
// paragraph holds nothing but the label). nullopt when the text does not begin with a label.
// The one grammar of the Reasons paragraph: recognition, validation and the editor use it.
struct ReasonsText {
    const Lexicon *lexicon = nullptr;
    bool colon = false;
    std::string body;
};
std::optional<ReasonsText> parseReasons(std::string_view text);

// What a Reasons paragraph says after its label and colon, folded and trimmed: "" for a
// paragraph that holds only the label (and punctuation); the whole text, folded and trimmed,
// when it has no label.
std::string reasonsBody(std::string_view text);

// "Reasons:" (any language of the lexicon), possibly followed by a tab and the reasons.
bool isReasons(std::string_view text);

// "ANNEX", "Annex 1 (to Resolution 1 ...)", "APPENDIX A".
bool isAnnexHeading(std::string_view text);

} // namespace pa::patterns
