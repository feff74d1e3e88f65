// Word-level differences between two texts, as a careful human marks them up: words,
// punctuation and spaces are tokens of their own; a changed word is one deletion next to one
// insertion; the fewest characters changed, and among such scripts the fewest changes.
// Positions are byte offsets into the UTF-8 texts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pa::diff {

// Splits text into tokens: runs of letters/digits (a word, with inner apostrophes and
// hyphens; an elided "l'" or "qu'" ends at its apostrophe), single punctuation characters,
// runs of white space (tab kept as its own token).
std::vector<std::string_view> tokenize(std::string_view text);

// A paragraph break inside a compared text (a paragraph split or two joined): a token of its
// own, one character long, never merged with the spaces around it.
constexpr char kParagraphBreak = '\x1E';

enum class OpKind { Equal, Delete, Insert };

// One stretch of the difference. Delete: `text` is from `before` at beforeOffset;
// Insert: from `after` at afterOffset; Equal: in both. Consecutive ops never share a kind,
// and a replacement is written Delete then Insert.
struct Op {
    OpKind kind = OpKind::Equal;
    std::string text;
    std::size_t beforeOffset = 0;
    std::size_t afterOffset = 0;
};

// The difference that turns `before` into `after`. Texts are compared as given (normalize
// first where no-break spaces or hyphen variants must not count).
std::vector<Op> diffWords(std::string_view before, std::string_view after);

// Pairs the paragraphs of two versions of a text (e.g. a base resolution and its edited copy):
// each entry names a paragraph of `before`, of `after`, or both (a kept or edited paragraph).
// npos marks "none": a paragraph inserted (before == npos) or deleted (after == npos).
struct ParagraphPair {
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::size_t before = npos;
    std::size_t after = npos;
};
std::vector<ParagraphPair> alignParagraphs(const std::vector<std::string> &before,
                                           const std::vector<std::string> &after);

// The same alignment as stretches: paragraphs [base0, base1) of `before` shown by [edited0,
// edited1) of `after`. One and one: a kept or edited paragraph; one and none: deleted; none and
// one: inserted; one and several: a paragraph split; several and one: paragraphs joined.
// In document order; between two kept paragraphs, deletions come before insertions.
struct ParagraphGroup {
    std::size_t base0 = 0, base1 = 0;
    std::size_t edited0 = 0, edited1 = 0;
};
std::vector<ParagraphGroup> alignParagraphGroups(const std::vector<std::string> &before,
                                                 const std::vector<std::string> &after);

} // namespace pa::diff
