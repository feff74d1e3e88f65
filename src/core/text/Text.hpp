// Unicode text helpers shared by recognition, diffing and validation. Text is UTF-8 in the
// model; Writer counts characters in UTF-16 code units, so positions shown to Writer or in
// reports are converted with utf16Length.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pa::text {

// Maps the characters that vary between copies of the same text to one form: no-break and
// other spaces to ' ', U+2011 and other hyphens to '-', manual line breaks ('\n', U+2028) to
// ' ', runs of spaces to one; trims both ends. Tabs are kept: they end item labels.
std::string normalize(std::string_view s);

// The start of normalize(s), at least `minBytes` long when normalize(s) is: normalize() only
// ever appends, so it can stop early. `complete` tells whether all of s was read (the result
// is then normalize(s) itself). For tests that look only at a text's first characters.
std::string normalizePrefix(std::string_view s, std::size_t minBytes, bool &complete);

// trim(normalize(s)).empty(), without building the string.
bool isBlank(std::string_view s);

// normalize(), then the forms that do not matter when words are compared, in every ITU
// language: Unicode NFKC case folding (ICU: capitals, full-width forms such as （ ） ； ：,
// ligatures), Arabic vowel marks and tatweel dropped, Arabic-Indic digits as ASCII digits, and the
// Arabic and CJK comma, semicolon and full stop (، ؛ 、 。) as their ASCII forms.
std::string fold(std::string_view s);

// fold(s) together with where each of its bytes came from in s, so that a match in the folded
// text can point at the raw characters Writer holds.
struct Folded {
    std::string text;
    std::size_t rawSize = 0;
    std::vector<std::size_t> rawBeginOf, rawEndOf; // per byte of text: its code point in s
    // The raw byte range of folded bytes [begin, end) (begin < end), or of an empty one at begin.
    std::size_t rawBegin(std::size_t begin) const {
        return begin < rawBeginOf.size() ? rawBeginOf[begin] : rawSize;
    }
    std::size_t rawEnd(std::size_t end) const { return end == 0 ? rawBegin(0) : rawEndOf[end - 1]; }
};
Folded foldWithOffsets(std::string_view s);

// Letters in upper case (ICU, locale-independent).
std::string upper(std::string_view s);

// s with its first code point in title case (ICU, locale-independent: "résolution" ->
// "Résolution", "проект" -> "Проект", "ǆ" -> "ǅ"), the rest as it is. Scripts without case
// (Arabic, Chinese) and text that is not valid UTF-8 at its start come back unchanged. The one
// way the engine capitalises a word.
std::string capitalized(std::string_view s);

// Number of UTF-16 code units in the UTF-8 text s (Writer's character count).
std::size_t utf16Length(std::string_view s);

// Byte offset in s of the UTF-16 position pos (clamped to s.size()).
std::size_t byteOffsetOfUtf16(std::string_view s, std::size_t pos);

std::u16string toUtf16(std::string_view s);
std::string toUtf8(std::u16string_view s);

// Whether c belongs to a script written without spaces between words (Chinese, Japanese): a
// phrase there may run straight into the next word.
bool writtenWithoutSpaces(char32_t c);

bool startsWith(std::string_view s, std::string_view prefix);
std::string_view trim(std::string_view s);

} // namespace pa::text
