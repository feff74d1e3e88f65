// Shared by the check modules (not part of the validation API): texts of a view mapped back to
// the marked text, so every finding points at the right characters, and the check context.
#pragma once

#include "basetext/BaseText.hpp"
#include "lexicon/Lexicon.hpp"
#include "model/Diagnostic.hpp"
#include "model/Document.hpp"
#include "recognition/Recognizer.hpp"
#include "validation/Validator.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pa::validation {

// A text derived from a paragraph (a view, normalized, folded) with, for each byte, the byte
// offset in the paragraph's marked text it came from; marked[text.size()] is the end position.
// stop[i] is where the marked character behind byte i ends (a normalized no-break space is one
// byte standing for two).
struct MappedText {
    std::string text;
    std::vector<std::size_t> marked;
    std::vector<std::size_t> stop;
    // Marked byte range of text[begin, end); an empty range maps to a position.
    std::size_t markedBegin(std::size_t begin) const { return marked[begin]; }
    std::size_t markedEnd(std::size_t begin, std::size_t end) const {
        return end > begin ? stop[end - 1] : marked[begin];
    }
};

MappedText viewText(const Paragraph &paragraph, View view);
// The same text as text::normalize(text) would give, with the map carried through.
MappedText normalized(const MappedText &in);
// normalize(paragraph.text(view)) with its map: what checks compare.
MappedText normalizedView(const Paragraph &paragraph, View view);
// Unicode case folding per character (same map); for finding lexicon words.
MappedText folded(const MappedText &in);

// Per byte of the marked text: does it lie under a tracked deletion?
std::vector<bool> deletedBytes(const Paragraph &paragraph);

// Where a paragraph sits in the recognised structure.
struct Place {
    std::optional<std::size_t> proposal;
    std::optional<std::size_t> resolution;
    std::optional<std::size_t> call;
    std::optional<std::size_t> item;
};

class Context {
  public:
    Context(const Document &document, const Recognition &recognition, const BaseText *base,
            const ValidationSettings &settings);

    const Document &document;
    const Recognition &recognition;
    const BaseText *base;
    const ValidationSettings &settings;
    const Lexicon &lexicon; // the document's language, judged by its calls

    const Paragraph &paragraph(std::size_t i) const { return document.paragraphs.at(i); }
    Role role(std::size_t i) const;
    const Place &place(std::size_t i) const { return places_.at(i); }

    // "Resolution 11, recognizing a)": where a paragraph is, in a delegate's words.
    std::string locate(std::size_t paragraph) const;
    // The resolution a proposal acts on.
    const Resolution *resolutionOf(const Proposal &proposal) const;
    // One past the last paragraph of proposal i: the next proposal line or the document end.
    std::size_t proposalEnd(std::size_t i) const;
    // The action symbol: Proposal::symbol, else the text before the tab.
    std::string symbolOf(const Proposal &proposal) const;
    // "ATU/35A3/1" or, when malformed, the proposal line as written.
    std::string nameOf(const Proposal &proposal) const;

    // Records a finding on marked byte range [begin, end) of the paragraph; returns its number
    // for note().
    std::size_t report(Rule rule, Severity severity, std::size_t paragraph, std::size_t markedBegin,
                       std::size_t markedEnd, std::string message,
                       std::optional<Fix> fix = std::nullopt);
    // Adds a note (what follows from it) on marked byte range [begin, end) of the paragraph to
    // the finding `finding` returned by report().
    void note(std::size_t finding, std::size_t paragraph, std::size_t markedBegin,
              std::size_t markedEnd, std::string message);
    Diagnostic &finding(std::size_t finding) { return out_.at(finding); }
    // The UTF-16 position of a marked byte offset.
    std::size_t utf16(std::size_t paragraph, std::size_t markedOffset) const;

    std::vector<Diagnostic> take() { return std::move(out_); }

  private:
    std::vector<Place> places_;
    std::vector<Diagnostic> out_;
};

// Symbol classes of domain §1.
bool isModSymbol(std::string_view symbol);       // MOD, (MOD)
bool isAddSymbol(std::string_view symbol);       // ADD, ADD*
bool isUnchangedSymbol(std::string_view symbol); // SUP, SUP*, NOC: no tracked changes either

// "1st", "2nd", "3rd", "11th": a position as a message says it.
std::string ordinal(std::size_t n);

// Shortens a quoted text for a message.
std::string excerpt(std::string_view text, std::size_t maxChars = 60);

// What a MOD, SUP or NOC is compared with: its resolution in the base text, in the
// resolution's language, or why it cannot be compared (never a silent skip).
struct BaseTarget {
    bool applies = false;                   // a MOD, (MOD), SUP or NOC of a resolution in force
    const BaseResolution *target = nullptr; // compared with this
    std::optional<std::size_t> paragraph;   // where a reason not to compare is shown
    std::string whyNot; // set when applies, no target, and not unknown-target's to say
};
BaseTarget baseTargetOf(const Context &context, const Proposal &proposal);

// The check modules, one per concern.
void checkProposals(Context &context);   // header format, numbers, cover, reasons
void checkChanges(Context &context);     // mod-without-changes, outside-mod, revision lines
void checkAgainstBase(Context &context); // unknown-target, add-number-clash, untracked, mismatch
void checkItems(Context &context);       // item-sequence, punctuation
void checkStyles(Context &context);      // style

} // namespace pa::validation
