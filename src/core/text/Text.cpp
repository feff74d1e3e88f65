#include "text/Text.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace pa::text {
namespace {

// Code points that normalize() rewrites, as UTF-8 byte sequences.
struct Replacement {
    std::string_view from;
    char to;
};
constexpr Replacement kReplacements[] = {
    {"\xC2\xA0", ' '},     // U+00A0 no-break space
    {"\xE2\x80\xAF", ' '}, // U+202F narrow no-break space
    {"\xE2\x80\x87", ' '}, // U+2007 figure space
    {"\xE2\x80\x89", ' '}, // U+2009 thin space
    {"\xE2\x80\xA8", ' '}, // U+2028 line separator
    {"\xE2\x80\x91", '-'}, // U+2011 non-breaking hyphen
    {"\xE2\x80\x90", '-'}, // U+2010 hyphen
    {"\xC2\xAD", '\0'},    // U+00AD soft hyphen: dropped
    {"\xE2\x80\x8B", '\0'}, // U+200B zero width space: dropped
    {"\xEF\xBB\xBF", '\0'}, // U+FEFF byte order mark / zero width no-break space: dropped
};

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
        bool replaced = false;
        if (static_cast<unsigned char>(c) >= 0x80) {
            for (const Replacement &r : kReplacements) {
                if (s.substr(i, r.from.size()) == r.from) {
                    if (r.to != '\0')
                        put(r.to);
                    i += r.from.size();
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced) {
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
        const Replacement *match = nullptr;
        for (const Replacement &r : kReplacements)
            if (s.substr(i, r.from.size()) == r.from) {
                match = &r;
                break;
            }
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

std::string fold(std::string_view s) {
    std::string n = normalize(s);
    // Most text is ASCII, where full case folding is just A-Z to a-z: no ICU round trip.
    if (isAscii(n)) {
        for (char &c : n)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        return n;
    }
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(n);
    u.foldCase();
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::string upper(std::string_view s) {
    if (isAscii(s)) { // root-locale upper casing of ASCII is a-z to A-Z
        std::string out(s);
        for (char &c : out)
            if (c >= 'a' && c <= 'z')
                c = static_cast<char>(c - 'a' + 'A');
        return out;
    }
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    u.toUpper(icu::Locale::getRoot());
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::size_t utf16Length(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
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
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    return std::u16string(u.getBuffer(), u.getBuffer() + u.length());
}

std::string toUtf8(std::u16string_view s) {
    icu::UnicodeString u(s.data(), static_cast<int32_t>(s.size()));
    std::string out;
    u.toUTF8String(out);
    return out;
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
