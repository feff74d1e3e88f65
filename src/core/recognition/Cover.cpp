#include "recognition/Cover.hpp"

#include "text/Text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace pa {
namespace {

constexpr std::size_t kMaxCoverBytes = 1000;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// A cover pattern ("addendum {add} to document {doc}", folded) at f[at]: spaces optional, a
// placeholder reads a number (the document's may carry "-E" or "(Rev.1)" after it).
bool matchPattern(std::string_view f, std::size_t at, std::string_view pattern, CoverLine &out) {
    std::size_t k = at;
    for (std::size_t p = 0; p < pattern.size();) {
        if (pattern[p] == ' ') {
            ++p;
            continue;
        }
        while (k < f.size() && f[k] == ' ')
            ++k;
        if (pattern[p] == '{') {
            const std::size_t close = pattern.find('}', p);
            const std::string_view name = pattern.substr(p + 1, close - p - 1);
            const std::size_t begin = k;
            while (k < f.size() && isDigit(f[k]))
                ++k;
            if (k == begin || (k < f.size() && f[k] >= 'a' && f[k] <= 'z'))
                return false;
            (name == "doc" ? out.document : out.addendum) = std::string(f.substr(begin, k - begin));
            p = close + 1;
            continue;
        }
        if (k >= f.size() || f[k] != pattern[p])
            return false;
        ++k, ++p;
    }
    return true;
}

// Where a word may begin: the start, or after a character that is no letter or digit; in
// Chinese text anywhere.
bool wordStart(std::string_view f, std::size_t at) {
    if (at == 0)
        return true;
    if ((static_cast<unsigned char>(f[at]) & 0xC0) == 0x80)
        return false;
    int32_t i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_PREV(f.data(), 0, i, c);
    return c < 0 || !u_isalnum(c) || text::writtenWithoutSpaces(static_cast<char32_t>(c));
}

} // namespace

std::optional<CoverLine> parseCoverLine(std::string_view text) {
    if (text.size() > kMaxCoverBytes)
        return std::nullopt;
    const std::string f = text::fold(text);
    std::optional<CoverLine> best;
    const auto score = [](const CoverLine &l) {
        return int(!l.document.empty()) + int(!l.addendum.empty());
    };
    for (std::size_t at = 0; at < f.size(); ++at) {
        if (!wordStart(f, at))
            continue;
        for (const Lexicon &lex : lexicons())
            for (const std::string &pattern : lex.cover) {
                CoverLine line;
                line.lexicon = &lex;
                if (matchPattern(f, at, pattern, line) && (!best || score(line) > score(*best)))
                    best = line;
            }
        if (best && score(*best) == 2)
            return best;
    }
    return best;
}

std::optional<CoverLine> findCoverLine(const Document &document, std::size_t before,
                                       std::size_t limit) {
    // A cover may set "Addendum 3 to" and "Document 35-E" in two paragraphs (or table cells).
    std::optional<CoverLine> found;
    for (std::size_t i = 0; i < before && i < limit && i < document.paragraphs.size(); ++i) {
        const auto line = parseCoverLine(document.paragraphs[i].text(View::Proposed));
        if (!line)
            continue;
        if (!found) {
            found = line;
            continue;
        }
        if (found->document.empty())
            found->document = line->document;
        if (found->addendum.empty())
            found->addendum = line->addendum;
    }
    if (found && found->document.empty())
        return std::nullopt; // an addendum of no document tells nothing
    return found;
}

ContributionNumbers contributionNumbers(const Document &document, const Structure &structure) {
    ContributionNumbers out;
    for (const Proposal &p : structure.proposals)
        if (p.number) {
            out.source = p.number->source;
            if (!p.number->document.empty() && p.number->document.find('X') == std::string::npos) {
                out.document = p.number->document;
                out.addendum = p.number->addendum;
            }
            break;
        }
    if (out.document.empty()) {
        const std::size_t before = structure.proposals.empty() ? document.paragraphs.size()
                                                               : structure.proposals.front().header;
        if (const auto cover = findCoverLine(document, before)) {
            out.document = cover->document;
            out.addendum = cover->addendum;
        }
    }
    return out;
}

} // namespace pa
