#include "recognition/Patterns.hpp"

#include "lexicon/Lexicon.hpp"
#include "revision/RevisionLines.hpp"
#include "text/Text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>

namespace pa::patterns {
namespace {

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool isAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Whether a phrase may end right before folded[at]: at the end, before a space, tab or
// punctuation, after a phrase that ends in '.', or anywhere in Chinese (written without spaces).
bool phraseEndsAt(std::string_view folded, std::size_t at, std::string_view phrase) {
    if (at == folded.size() || folded[at] == ' ' || folded[at] == '\t' || phrase.back() == '.')
        return true;
    int32_t i = static_cast<int32_t>(at);
    UChar32 next = 0;
    U8_NEXT(folded.data(), i, static_cast<int32_t>(folded.size()), next);
    if (next >= 0 && !u_isalnum(next) && !u_hasBinaryProperty(next, UCHAR_DIACRITIC))
        return true;
    int32_t j = static_cast<int32_t>(phrase.size());
    UChar32 last = 0;
    U8_PREV(phrase.data(), 0, j, last);
    return last >= 0 && text::writtenWithoutSpaces(static_cast<char32_t>(last));
}

// The phrase of `phrases` that begins `folded` as whole words, longest first; "" if none.
std::string_view longestPrefix(std::string_view folded, const std::vector<std::string> &phrases) {
    std::string_view best;
    for (std::string_view p : phrases) {
        if (p.size() <= best.size() || !text::startsWith(folded, p))
            continue;
        if (phraseEndsAt(folded, p.size(), p))
            best = p;
    }
    return best;
}

// "(...)" spanning all of s, or nullopt.
std::optional<std::string_view> wholeParenthesis(std::string_view s) {
    if (s.size() < 2 || s.front() != '(' || s.back() != ')')
        return std::nullopt;
    return s.substr(1, s.size() - 2);
}

std::optional<Role> classifyLabel(std::string_view label) {
    if (label.empty() || label.size() > 12)
        return std::nullopt;
    static constexpr std::string_view kBullets[] = {"\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94", "-",
                                                    "\xC2\xB7",     "\xE2\x96\xAA", "o",            "*",
                                                    "\xE2\x97\x8B", "\xE2\x96\xBA", "\xEF\x82\xA7", "\xEF\x82\xB7"};
    for (std::string_view b : kBullets)
        if (label == b)
            return Role::BulletItem;
    std::string_view l = label;
    if (l.front() == '(')
        l.remove_prefix(1);
    if (l.size() >= 2 && l.back() == ')' && l.size() <= 4 &&
        std::all_of(l.begin(), l.end() - 1, [](char c) { return isAsciiLower(c) || isAsciiUpper(c); }))
        return Role::LetteredItem;
    // 1, 1., 1), 1.1, 2.3.1
    std::string_view d = label;
    if (!d.empty() && (d.back() == '.' || d.back() == ')'))
        d.remove_suffix(1);
    bool sawDigit = false;
    char prev = '.';
    for (char c : d) {
        if (isAsciiDigit(c)) {
            sawDigit = true;
        } else if (c == '.' && prev != '.') {
        } else {
            return std::nullopt;
        }
        prev = c;
    }
    if (sawDigit && prev != '.')
        return Role::NumberedItem;
    return std::nullopt;
}

} // namespace

std::optional<ProposalNumber> parseProposalNumber(std::string_view text) {
    const std::string n = text::normalize(text);
    std::string_view s = n;
    const auto slash1 = s.find('/');
    const auto slash2 = slash1 == std::string_view::npos ? slash1 : s.find('/', slash1 + 1);
    if (slash2 == std::string_view::npos || s.find('/', slash2 + 1) != std::string_view::npos)
        return std::nullopt;
    ProposalNumber number;
    const std::string_view source = s.substr(0, slash1);
    const std::string_view doc = s.substr(slash1 + 1, slash2 - slash1 - 1);
    const std::string_view seq = s.substr(slash2 + 1);
    if (source.empty() || source.size() > 5 || !std::all_of(source.begin(), source.end(), isAsciiUpper))
        return std::nullopt;
    if (seq.empty() || seq.size() > 4 || !std::all_of(seq.begin(), seq.end(), isAsciiDigit))
        return std::nullopt;
    // DOC is digits or a placeholder of X's; an addendum follows an 'A'.
    auto takeNumberOrPlaceholder = [](std::string_view &rest) {
        std::size_t i = 0;
        if (!rest.empty() && isAsciiDigit(rest[0]))
            while (i < rest.size() && isAsciiDigit(rest[i]))
                ++i;
        else
            while (i < rest.size() && rest[i] == 'X')
                ++i;
        std::string out(rest.substr(0, i));
        rest.remove_prefix(i);
        return out;
    };
    std::string_view rest = doc;
    number.document = takeNumberOrPlaceholder(rest);
    if (number.document.empty())
        return std::nullopt;
    if (!rest.empty()) {
        if (rest[0] != 'A')
            return std::nullopt;
        rest.remove_prefix(1);
        number.addendum = takeNumberOrPlaceholder(rest);
        if (number.addendum.empty() || !rest.empty())
            return std::nullopt;
    }
    number.source = std::string(source);
    number.sequence = std::string(seq);
    return number;
}

std::optional<ProposalLine> parseProposalLine(std::string_view text) {
    const auto &symbols = proposalSymbols();
    {
        // Most paragraphs fail on their first word: look at it alone before normalizing the
        // whole text (a first word longer than the prefix takes the full path below).
        bool complete = false;
        const std::string head = text::normalizePrefix(text, 32, complete);
        const auto sep = head.find_first_of(" \t");
        if (sep != std::string::npos || complete) {
            const std::string upperSymbol = text::upper(std::string_view(head).substr(0, sep));
            if (upperSymbol.empty() ||
                std::find(symbols.begin(), symbols.end(), upperSymbol) == symbols.end())
                return std::nullopt;
        }
    }
    const std::string n = text::normalize(text);
    const auto sep = n.find_first_of(" \t");
    const std::string symbol = n.substr(0, sep);
    if (symbol.empty())
        return std::nullopt;
    const std::string upperSymbol = text::upper(symbol);
    if (std::find(symbols.begin(), symbols.end(), upperSymbol) == symbols.end())
        return std::nullopt;
    ProposalLine line;
    line.symbol = symbol;
    line.knownSymbol = std::find(symbols.begin(), symbols.end(), symbol) != symbols.end();
    if (sep != std::string::npos) {
        const auto numberStart = n.find_first_not_of(" \t", sep);
        line.tabSeparated = n.substr(sep, numberStart - sep).find('\t') != std::string::npos;
        if (numberStart != std::string::npos)
            line.numberText = std::string(text::trim(std::string_view(n).substr(numberStart)));
    }
    // "ADD a sentence" in running text is no proposal line: the number must look like one.
    const bool numberLike = !line.numberText.empty() && line.numberText.size() <= 40 &&
                            line.numberText.find(' ') == std::string::npos &&
                            (line.numberText.find('/') != std::string::npos ||
                             line.numberText.find('-') != std::string::npos);
    if (!numberLike && !(line.tabSeparated && symbol == upperSymbol && line.numberText.size() <= 40))
        return std::nullopt;
    line.number = parseProposalNumber(line.numberText);
    return line;
}

bool isHistoryLine(std::string_view text) { return revision::parseHistoryLine(text).has_value(); }

bool isPreamble(std::string_view text) { return revision::parsePreamble(text).has_value(); }

std::optional<CallKind> matchCall(std::string_view text) {
    bool complete = false;
    const std::string n = text::normalizePrefix(text, 251, complete); // longer: no call
    if (!complete || n.empty() || n.size() > 250 || n.find('\t') != std::string::npos)
        return std::nullopt;
    std::string f = text::fold(n);
    if (f.back() == '.' || f.back() == ';')
        return std::nullopt;
    while (!f.empty() && (f.back() == ',' || f.back() == ':' || f.back() == ' '))
        f.pop_back();
    std::optional<CallKind> kind;
    std::size_t bestLength = 0;
    for (const Lexicon &lex : lexicons()) {
        for (const auto &[phrases, k] : {std::pair{&lex.preambleCalls, CallKind::Preamble},
                                         std::pair{&lex.operativeCalls, CallKind::Operative}}) {
            const std::string_view p = longestPrefix(f, *phrases);
            if (p.size() <= bestLength)
                continue;
            const std::string_view rest = text::trim(std::string_view(f).substr(p.size()));
            // An operative call may name its addressee ("instructs the Director of ..."); a
            // preamble call stands alone or nearly so ("noting with appreciation").
            const std::size_t maxRest = k == CallKind::Operative ? 200 : 40;
            if (rest.size() > maxRest || text::startsWith(rest, "that"))
                continue;
            bestLength = p.size();
            kind = k;
        }
    }
    return kind;
}

std::optional<ItemLabel> parseItemLabel(std::string_view text) {
    // Only the first 13 characters can hold a label and its tab.
    bool complete = false;
    const std::string n = text::normalizePrefix(text, 16, complete);
    const auto tab = n.find('\t');
    if (tab != std::string::npos && tab > 0 && tab <= 12) {
        const std::string label = n.substr(0, tab);
        if (const auto role = classifyLabel(label))
            return ItemLabel{*role, label};
    }
    // Pasted text may have lost its tab: only the unmistakable "a) " form is taken then.
    if (n.size() > 3 && isAsciiLower(n[0]) && n[1] == ')' && n[2] == ' ')
        return ItemLabel{Role::LetteredItem, n.substr(0, 2)};
    return std::nullopt;
}

std::optional<ItemLabel> itemFromListLabel(std::string_view listLabel) {
    const std::string label(text::trim(text::normalize(listLabel)));
    if (const auto role = classifyLabel(label))
        return ItemLabel{*role, label};
    if (!label.empty())
        return ItemLabel{Role::BulletItem, label};
    return std::nullopt;
}

bool isReasons(std::string_view text) {
    const std::string f = text::fold(text.substr(0, 80));
    for (const Lexicon &lex : lexicons()) {
        const std::string_view p = longestPrefix(f, lex.reasons);
        if (p.empty())
            continue;
        const std::string_view rest = text::trim(std::string_view(f).substr(p.size()));
        return text::startsWith(rest, ":"); // a full-width colon is folded to ':'
    }
    return false;
}

bool isAnnexHeading(std::string_view text) {
    bool complete = false;
    const std::string n = text::normalizePrefix(text, 301, complete); // longer: no heading
    if (!complete || n.size() > 300)
        return false;
    const std::string f = text::fold(n);
    for (const Lexicon &lex : lexicons()) {
        const std::string_view p = longestPrefix(f, lex.annex);
        if (p.empty())
            continue;
        std::string_view rest = text::trim(std::string_view(f).substr(p.size()));
        std::size_t i = 0;
        while (i < rest.size() && i < 4 && (isAsciiDigit(rest[i]) || isAsciiLower(rest[i])))
            ++i;
        rest = text::trim(rest.substr(i));
        return rest.empty() || wholeParenthesis(rest).has_value();
    }
    return false;
}

} // namespace pa::patterns
