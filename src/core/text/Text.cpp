#include "text/Text.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>

namespace pa::text {
namespace {

// Code points that normalize() rewrites, as UTF-8 byte sequences.
struct Replacement {
    std::string_view from;
    char to;
};
constexpr Replacement kReplacements[] = {
    {"\xC2\xA0", ' '},      // U+00A0 no-break space
    {"\xE2\x80\xAF", ' '},  // U+202F narrow no-break space
    {"\xE2\x80\x87", ' '},  // U+2007 figure space
    {"\xE2\x80\x89", ' '},  // U+2009 thin space
    {"\xE2\x80\xA8", ' '},  // U+2028 line separator
    {"\xE2\x80\x91", '-'},  // U+2011 non-breaking hyphen
    {"\xE2\x80\x90", '-'},  // U+2010 hyphen
    {"\xC2\xAD", '\0'},     // U+00AD soft hyphen: dropped
    {"\xE2\x80\x8B", '\0'}, // U+200B zero width space: dropped
    {"\xEF\xBB\xBF", '\0'}, // U+FEFF byte order mark / zero width no-break space: dropped
};

// The replacement starting at s[i], if any. Every replacement starts with one of three lead
// bytes: the other bytes of Arabic, Cyrillic or Chinese text are not compared ten times each.
const Replacement *replacementAt(std::string_view s, std::size_t i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead != 0xC2 && lead != 0xE2 && lead != 0xEF)
        return nullptr;
    for (const Replacement &r : kReplacements)
        if (s.substr(i, r.from.size()) == r.from)
            return &r;
    return nullptr;
}

} // namespace

std::string normalize(std::string_view s) {
    bool complete = true;
    return normalizePrefix(s, std::string_view::npos, complete);
}

std::string normalizePrefix(std::string_view s, std::size_t minBytes, bool &complete) {
    std::string out;
    out.reserve(std::min(s.size(), minBytes));
    bool pendingSpace = false;
    auto put = [&](char c) {
        if (c == ' ') {
            pendingSpace = !out.empty();
            return;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        out += c;
    };
    std::size_t i = 0;
    for (; i < s.size() && out.size() < minBytes;) {
        const char c = s[i];
        if (c == '\n' || c == '\r' || c == ' ' || c == '\v') {
            put(' ');
            ++i;
            continue;
        }
        if (const Replacement *r = replacementAt(s, i)) {
            if (r->to != '\0')
                put(r->to);
            i += r->from.size();
        } else {
            if (c == '\t') { // a tab is significant: no space collapsing across it
                pendingSpace = false;
                out += '\t';
            } else {
                put(c);
            }
            ++i;
        }
    }
    complete = i == s.size();
    return out;
}

bool isBlank(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c == '\n' || c == '\r' || c == ' ' || c == '\v' || c == '\t') {
            ++i;
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x80)
            return false;
        const Replacement *match = replacementAt(s, i);
        if (!match || match->to == '-')
            return false;
        i += match->from.size();
    }
    return true;
}

namespace {
bool isAscii(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}
} // namespace

namespace {

// What fold() makes of one code point beyond NFKC case folding: nullopt when nothing special.
// Returns "" for a code point to drop.
std::optional<std::string_view> foldSpecial(UChar32 c) {
    if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640)
        return std::string_view(); // Arabic harakat, superscript alef, tatweel
    static constexpr std::string_view kDigits[] = {"0", "1", "2", "3", "4",
                                                   "5", "6", "7", "8", "9"};
    if (c >= 0x0660 && c <= 0x0669)
        return kDigits[c - 0x0660]; // Arabic-Indic digits
    if (c >= 0x06F0 && c <= 0x06F9)
        return kDigits[c - 0x06F0]; // Extended Arabic-Indic (Persian, Urdu) digits
    switch (c) {
    case 0x060C: // Arabic comma
    case 0x3001: // ideographic comma
        return std::string_view(",");
    case 0x061B: // Arabic semicolon
        return std::string_view(";");
    case 0x061F: // Arabic question mark
        return std::string_view("?");
    case 0x3002: // ideographic full stop
        return std::string_view(".");
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
        return std::string_view("-");
    case 0x00AD: // soft hyphen
    case 0x200B: // zero width space
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
    case 0xFEFF: // byte order mark
        return std::string_view();
    default:
        return std::nullopt;
    }
}

bool isFoldSpace(UChar32 c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\v' || c == 0x00A0 || c == 0x202F ||
           c == 0x2007 || c == 0x2009 || c == 0x2028 || c == 0x3000 ||
           (c > 0x7F && u_isUWhiteSpace(c));
}

} // namespace

namespace {

// fold() wants the text alone: the offsets (two vectors as long as the text) only when asked.
Folded foldText(std::string_view s, bool withOffsets) {
    Folded out;
    out.rawSize = s.size();
    out.text.reserve(s.size());
    if (withOffsets) {
        out.rawBeginOf.reserve(s.size());
        out.rawEndOf.reserve(s.size());
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    // normalize()'s white space: runs collapse to one space, none at either end nor before a tab.
    bool pendingSpace = false;
    std::size_t spaceBegin = 0, spaceEnd = 0;
    auto put = [&](std::string_view bytes, std::size_t b, std::size_t e) {
        if (bytes.empty())
            return;
        if (pendingSpace && bytes != "\t") {
            out.text += ' ';
            if (withOffsets) {
                out.rawBeginOf.push_back(spaceBegin);
                out.rawEndOf.push_back(spaceEnd);
            }
        }
        pendingSpace = false;
        out.text += bytes;
        for (std::size_t k = 0; withOffsets && k < bytes.size(); ++k) {
            out.rawBeginOf.push_back(b);
            out.rawEndOf.push_back(e);
        }
    };
    const auto size = static_cast<int32_t>(s.size());
    std::string folded;
    for (int32_t i = 0; i < size;) {
        const auto b = static_cast<std::size_t>(i);
        UChar32 c = 0;
        U8_NEXT(s.data(), i, size, c);
        const auto e = static_cast<std::size_t>(i);
        if (c < 0) { // invalid UTF-8: kept byte for byte
            put(s.substr(b, e - b), b, e);
            continue;
        }
        if (c < 0x80 && c != ' ' && c != '\n' && c != '\r' && c != '\v') {
            const char ch =
                (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
            put(std::string_view(&ch, 1), b, e);
            continue;
        }
        if (isFoldSpace(c)) {
            if (!out.text.empty()) {
                if (!pendingSpace)
                    spaceBegin = b;
                pendingSpace = true;
                spaceEnd = e;
            }
            continue;
        }
        if (const auto special = foldSpecial(c)) {
            put(*special, b, e);
            continue;
        }
        icu::UnicodeString u(c);
        if (U_SUCCESS(status))
            u = nfkcCasefold->normalize(u, status);
        folded.clear();
        u.toUTF8String(folded);
        // A compatibility form may expand to spaces ("U+3000") or to what foldSpecial maps.
        for (std::size_t k = 0; k < folded.size();) {
            if (folded[k] == ' ') {
                if (!out.text.empty()) {
                    if (!pendingSpace)
                        spaceBegin = b;
                    pendingSpace = true;
                    spaceEnd = e;
                }
                ++k;
                continue;
            }
            const std::size_t start = k;
            ++k;
            while (k < folded.size() && (static_cast<unsigned char>(folded[k]) & 0xC0) == 0x80)
                ++k;
            put(std::string_view(folded).substr(start, k - start), b, e);
        }
        status = U_ZERO_ERROR;
    }
    return out;
}

} // namespace

Folded foldWithOffsets(std::string_view s) {
    return foldText(s, true);
}

std::string fold(std::string_view s) {
    std::string n = normalize(s);
    // Most text is ASCII, where folding is just A-Z to a-z: no ICU round trip.
    if (isAscii(n)) {
        for (char &c : n)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        return n;
    }
    return foldText(n, false).text;
}

std::string upper(std::string_view s) {
    if (isAscii(s)) { // root-locale upper casing of ASCII is a-z to A-Z
        std::string out(s);
        for (char &c : out)
            if (c >= 'a' && c <= 'z')
                c = static_cast<char>(c - 'a' + 'A');
        return out;
    }
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    u.toUpper(icu::Locale::getRoot());
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::string capitalized(std::string_view s) {
    int32_t end = 0;
    UChar32 first = 0;
    U8_NEXT(s.data(), end, static_cast<int32_t>(s.size()), first);
    if (first < 0)
        return std::string(s);
    const UChar32 title = u_totitle(first);
    if (title == first)
        return std::string(s);
    std::string out;
    char buffer[U8_MAX_LENGTH];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buffer, n, U8_MAX_LENGTH, title, error);
    if (error)
        return std::string(s);
    out.append(buffer, static_cast<std::size_t>(n));
    out.append(s.substr(static_cast<std::size_t>(end)));
    return out;
}

std::size_t utf16Length(std::string_view s) {
    std::size_t n = 0;
    for (const char byte : s) {
        const auto c = static_cast<unsigned char>(byte);
        if ((c & 0xC0) == 0x80)
            continue; // continuation byte
        n += c >= 0xF0 ? 2 : 1;
    }
    return n;
}

std::size_t byteOffsetOfUtf16(std::string_view s, std::size_t pos) {
    std::size_t units = 0;
    std::size_t i = 0;
    while (i < s.size() && units < pos) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        units += c >= 0xF0 ? 2 : 1;
        i += len;
    }
    return std::min(i, s.size());
}

std::u16string toUtf16(std::string_view s) {
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    return std::u16string(u.getBuffer(), u.getBuffer() + u.length());
}

std::string toUtf8(std::u16string_view s) {
    icu::UnicodeString u(s.data(), static_cast<int32_t>(s.size()));
    std::string out;
    u.toUTF8String(out);
    return out;
}

bool writtenWithoutSpaces(char32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
    return U_SUCCESS(status) &&
           (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA);
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

std::string_view trim(std::string_view s) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

} // namespace pa::text
