// Unicode text helpers shared by recognition, diffing and validation. Text is UTF-8 in the
// model; Writer counts characters in UTF-16 code units, so positions shown to Writer or in
// reports are converted with utf16Length.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

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

// normalize(), then Unicode case folding (ICU), for case-insensitive comparison.
std::string fold(std::string_view s);

// Letters in upper case (ICU, locale-independent).
std::string upper(std::string_view s);

// Number of UTF-16 code units in the UTF-8 text s (Writer's character count).
std::size_t utf16Length(std::string_view s);

// Byte offset in s of the UTF-16 position pos (clamped to s.size()).
std::size_t byteOffsetOfUtf16(std::string_view s, std::size_t pos);

std::u16string toUtf16(std::string_view s);
std::string toUtf8(std::u16string_view s);

bool startsWith(std::string_view s, std::string_view prefix);
std::string_view trim(std::string_view s);

} // namespace pa::text
