// The three revision lines of a resolution (domain §2 "The revision lines of a MOD"): number
// line, history line and preamble, parsed, and rewritten for a new assembly as tracked edits.
// Shared by recognition (number-line parsing), BaseText, Markup and validation.
#pragma once

#include "diff/WordDiff.hpp"
#include "lexicon/Lexicon.hpp"
#include "model/Document.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pa::revision {

// A byte range [begin, end) in the text that was parsed.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// "RESOLUTION 11 (Rev. Hammamet, 2016)", "resolution 57 (Hammamet, 2016)",
// "DRAFT NEW RESOLUTION [ATU-1] (New Delhi, 2024)", "RESOLUTION 18 (Rev.WRC-15)".
struct NumberLine {
    std::string number; // "11"; empty for a draft new resolution
    bool draftNew = false;
    std::string draftTag;         // "ATU-1" inside the brackets of a draft new resolution
    bool revised = false;         // "Rev." present
    std::string revisionAssembly; // normalized: "Hammamet, 2016"; empty when no parenthesis
    std::optional<Span> assembly; // where revisionAssembly stands in the parsed text
    std::optional<Span> group;    // the parenthesis, '(' to ')' inclusive
};

// Accepts the words of every lexicon, any case, no-break spaces, U+2011 and manual line
// breaks. Only a whole line that is a number line parses (a sentence that mentions
// "Resolution 11" does not).
std::optional<NumberLine> parseNumberLine(std::string_view text);
// The language whose words the number line uses; nullptr when text is no number line.
const Lexicon *numberLineLanguage(std::string_view text);

// "(Malaga-Torremolinos, 1984; ...; Hammamet, 2016)": the assemblies in order, normalized.
struct HistoryLine {
    std::vector<std::string> assemblies;
    std::vector<Span> spans; // where each assembly stands in the parsed text
    std::size_t closing = 0; // byte offset of the closing parenthesis
};
std::optional<HistoryLine> parseHistoryLine(std::string_view text);

// "The World Telecommunication Standardization Assembly (Hammamet, 2016),".
struct PreambleLine {
    std::string assembly; // normalized: "Hammamet, 2016"
    Span span;            // where it stands in the parsed text
};
std::optional<PreambleLine> parsePreamble(std::string_view text);

// Two names of the same assembly: equal folded, or one venue and year in any of the six
// languages ("New Delhi, 2024" = "Нью-Дели, 2024 г." = "WTSA-24"): see lexicon/Assemblies.
bool sameAssembly(std::string_view a, std::string_view b);

enum class LineKind { Number, History, Preamble };

// The latest assembly a line names, as typed (no-break spaces kept, so that it can be
// inserted elsewhere unchanged): the number line's revision, the last assembly of the
// history, the preamble's assembly. nullopt when the text is not such a line.
std::optional<std::string> lineAssembly(LineKind kind, std::string_view text);

// The edit that makes a line name `assembly` (as a word diff would describe it, with the
// whole old assembly deleted and the new one inserted beside it):
//   number line: "(Rev. " [del "Hammamet, 2016"] [ins "New Delhi, 2024"] ")"  ("Rev. " is
//                inserted too when the base was never revised; the parenthesis is appended
//                when there is none);
//   history:     [ins "; New Delhi, 2024"] before the closing parenthesis;
//   preamble:    "(" [del "Hammamet, 2016"] [ins "New Delhi, 2024"] "),".
// A line that already names the assembly gives a single Equal op (or none when empty).
// nullopt when the text is not a line of that kind, or is a draft new resolution's number
// line (it has no revision). The inserted text is `assembly` as given, so the caller decides
// on no-break spaces; "Rev." is spelt as the lexicon of the line's language has it, and an
// assembly the table knows is written in the line's language ("New Delhi, 2024" becomes
// "Нью-Дели, 2024 г." in a Russian line).
std::optional<std::vector<diff::Op>> reviseOps(LineKind kind, std::string_view text,
                                               std::string_view assembly);

// The text of ops with every change accepted (Equal + Insert) or rejected (Equal + Delete).
std::string acceptedText(const std::vector<diff::Op> &ops);
std::string rejectedText(const std::vector<diff::Op> &ops);

// Runs for ops: Equal plain, Delete and Insert under `change` with the matching kind;
// neighbouring runs of the same kind are joined.
std::vector<Run> runsFromOps(const std::vector<diff::Op> &ops, const TrackedChange &change);

// The line `base` revised for `assembly` as a paragraph with tracked changes (style kept);
// nullopt as for reviseOps. base is read in its original view.
std::optional<Paragraph> revisedLine(LineKind kind, const Paragraph &base,
                                     std::string_view assembly, const TrackedChange &change);

} // namespace pa::revision
