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

bool isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
}
bool isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
}

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

std::optional<Role> roleOfShape(LabelShape shape) {
    switch (shape) {
    case LabelShape::Number:
        return Role::NumberedItem;
    case LabelShape::Letter:
    case LabelShape::Roman:
        return Role::LetteredItem;
    case LabelShape::Bullet:
    case LabelShape::Dash:
        return Role::BulletItem;
    case LabelShape::Clause:
        return Role::Body;
    }
    return std::nullopt;
}

std::optional<ItemLabel> classifyLabel(std::string_view label) {
    if (label.empty() || label.size() > 16)
        return std::nullopt;
    const auto key = labelKey(label);
    if (!key)
        return std::nullopt;
    return ItemLabel{*roleOfShape(key->shape), std::string(label), key->shape};
}

// The code points of s.
std::vector<UChar32> codePoints(std::string_view s) {
    std::vector<UChar32> out;
    for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
        UChar32 c = 0;
        U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
        out.push_back(c);
    }
    return out;
}

} // namespace

std::string romanNumeral(std::size_t n) {
    static const std::pair<std::size_t, const char *> kDigits[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string out;
    for (const auto &[value, digits] : kDigits)
        for (; n >= value; n -= value)
            out += digits;
    return out;
}

bool isRomanNumeral(std::string_view key) {
    for (std::size_t n = 1; n <= 39; ++n)
        if (romanNumeral(n) == key)
            return true;
    return false;
}

std::optional<LabelKey> labelKey(std::string_view label) {
    const std::string raw(text::trim(text::normalize(label)));
    if (raw.empty())
        return std::nullopt;
    static constexpr std::string_view kDashes[] = {"\xE2\x80\x93", "\xE2\x80\x94", "-"};
    static constexpr std::string_view kBullets[] = {"\xE2\x80\xA2",
                                                    "\xC2\xB7",
                                                    "\xE2\x96\xAA",
                                                    "o",
                                                    "*",
                                                    "\xE2\x97\x8B",
                                                    "\xE2\x96\xBA",
                                                    "\xEF\x82\xA7",
                                                    "\xEF\x82\xB7",
                                                    "\xE2\x97\x8F",
                                                    "\xE2\x96\xA0"};
    for (std::string_view d : kDashes)
        if (raw == d)
            return LabelKey{LabelShape::Dash, std::string(raw)};
    for (std::string_view b : kBullets)
        if (raw == b)
            return LabelKey{LabelShape::Bullet, std::string(raw)};
    // Full-width parentheses and Arabic-Indic digits read as their ASCII forms.
    const std::string f = text::fold(raw);
    std::string_view l = f;
    const bool opened = !l.empty() && l.front() == '(';
    if (opened)
        l.remove_prefix(1);
    const bool closed = !l.empty() && l.back() == ')';
    const bool dotted = !l.empty() && l.back() == '.';
    if (closed || dotted)
        l.remove_suffix(1);
    if (l.empty() || (opened && !closed))
        return std::nullopt;
    // 1, 1., 1), (1), 1.1, 2.3.1
    if (std::all_of(l.begin(), l.end(), [](char c) { return isAsciiDigit(c) || c == '.'; })) {
        const std::vector<std::size_t> parts = clauseNumber(l);
        if (parts.empty())
            return std::nullopt;
        return LabelKey{parts.size() > 1 ? LabelShape::Clause : LabelShape::Number, std::string(l)};
    }
    // a), (a), A), iv), أ), б): letters need their parenthesis.
    if (!closed)
        return std::nullopt;
    const std::vector<UChar32> letters = codePoints(l);
    if (letters.size() > 4 ||
        !std::all_of(letters.begin(), letters.end(), [](UChar32 c) { return u_isalpha(c); }))
        return std::nullopt;
    const std::vector<UChar32> rawLetters = codePoints(raw);
    LabelKey key{LabelShape::Letter, std::string(l)};
    for (UChar32 c : rawLetters)
        if (u_isalpha(c)) {
            key.upper = u_isupper(c);
            break;
        }
    const bool same =
        std::all_of(letters.begin(), letters.end(), [&](UChar32 c) { return c == letters[0]; });
    if (isRomanNumeral(key.key)) {
        if (letters.size() == 1)
            key.mayBeRoman = true;
        else
            key.shape = LabelShape::Roman;
    } else if (!same) {
        return std::nullopt; // "abc)" is a word, not a label
    }
    return key;
}

std::optional<LetterPosition> letterPosition(std::string_view key, const Lexicon *preferred) {
    const std::vector<UChar32> cps = codePoints(key);
    if (cps.empty() || !std::all_of(cps.begin(), cps.end(), [&](UChar32 c) { return c == cps[0]; }))
        return std::nullopt;
    const std::string one(key.substr(0, key.size() / cps.size()));
    const auto find = [&](const Lexicon &lex) -> std::optional<LetterPosition> {
        for (const std::vector<std::string> *lettering : {&lex.letters, &lex.alternativeLetters})
            for (std::size_t i = 0; i < lettering->size(); ++i)
                if (text::fold((*lettering)[i]) == one)
                    return LetterPosition{lettering, (cps.size() - 1) * lettering->size() + i};
        return std::nullopt;
    };
    if (preferred)
        if (auto found = find(*preferred))
            return found;
    for (const Lexicon &lex : lexicons())
        if (auto found = find(lex))
            return found;
    return std::nullopt;
}

std::string letterAt(const std::vector<std::string> &lettering, std::size_t position) {
    if (lettering.empty())
        return {};
    std::string out;
    for (std::size_t n = position / lettering.size() + 1; n > 0; --n)
        out += lettering[position % lettering.size()];
    return out;
}

std::vector<std::size_t> clauseNumber(std::string_view key) {
    std::vector<std::size_t> parts;
    std::size_t value = 0;
    bool digits = false;
    for (char c : key) {
        if (isAsciiDigit(c)) {
            if (value > 100000)
                return {};
            value = value * 10 + std::size_t(c - '0');
            digits = true;
        } else if (c == '.' && digits) {
            parts.push_back(value);
            value = 0;
            digits = false;
        } else {
            return {};
        }
    }
    if (!digits)
        return {};
    parts.push_back(value);
    return parts;
}

std::optional<std::size_t> sectionHeading(std::string_view text) {
    bool complete = false;
    const std::string n = text::normalizePrefix(text, 201, complete);
    if (!complete || n.size() > 200)
        return std::nullopt;
    const std::string f = text::fold(n);
    // The number, then the end, a tab, or a dash, colon or full stop before the title.
    const auto readNumber = [](std::string_view rest) -> std::optional<std::size_t> {
        std::size_t i = 0;
        while (i < rest.size() && (isAsciiDigit(rest[i]) || isAsciiLower(rest[i])))
            ++i;
        const std::string_view token = rest.substr(0, i);
        if (token.empty() || token.size() > 6)
            return std::nullopt;
        std::size_t number = 0;
        if (const auto parts = clauseNumber(token); parts.size() == 1)
            number = parts[0];
        else
            for (std::size_t k = 1; k <= 39; ++k)
                if (romanNumeral(k) == token)
                    number = k;
        if (number == 0 && token.size() > 1)
            return std::nullopt;
        std::string_view after = rest.substr(i);
        if (!after.empty() && after.front() == '.')
            after.remove_prefix(1);
        after = text::trim(after);
        if (!after.empty() && !text::startsWith(after, "\xE2\x80\x93") &&
            !text::startsWith(after, "\xE2\x80\x94") && after.front() != '-' &&
            after.front() != ':' && rest.substr(i).find('\t') == std::string_view::npos)
            return std::nullopt;
        return number;
    };
    for (const Lexicon &lex : lexicons()) {
        for (const std::string &phrase : lex.section) {
            const auto at = phrase.find("{n}");
            if (at == std::string::npos) {
                if (!text::startsWith(f, phrase) || f.size() <= phrase.size() ||
                    (f[phrase.size()] != ' ' && f[phrase.size()] != '\t'))
                    continue;
                if (const auto number =
                        readNumber(text::trim(std::string_view(f).substr(phrase.size()))))
                    return number;
            } else {
                const std::string_view head = std::string_view(phrase).substr(0, at);
                const std::string_view tail = std::string_view(phrase).substr(at + 3);
                if (!text::startsWith(f, head))
                    continue;
                std::size_t i = head.size(), value = 0;
                while (i < f.size() && isAsciiDigit(f[i]))
                    value = value * 10 + std::size_t(f[i++] - '0');
                if (i == head.size() || !text::startsWith(std::string_view(f).substr(i), tail))
                    continue;
                return value;
            }
        }
    }
    return std::nullopt;
}

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
    if (!isProposalSource(source))
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

bool isProposalSource(std::string_view source) {
    return !source.empty() && source.size() <= 5 &&
           std::all_of(source.begin(), source.end(), isAsciiUpper);
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
    if (!numberLike &&
        !(line.tabSeparated && symbol == upperSymbol && line.numberText.size() <= 40))
        return std::nullopt;
    line.number = parseProposalNumber(line.numberText);
    return line;
}

bool isHistoryLine(std::string_view text) {
    return revision::parseHistoryLine(text).has_value();
}

bool isPreamble(std::string_view text) {
    return revision::parsePreamble(text).has_value();
}

std::optional<CallKind> matchCall(std::string_view text) {
    bool complete = false;
    const std::string n = text::normalizePrefix(text, 251, complete); // longer: no call
    if (!complete || n.empty() || n.size() > 250 || n.find('\t') != std::string::npos)
        return std::nullopt;
    // Folding drops marks: a paragraph of only a right-to-left mark or tatweel folds to nothing.
    std::string f = text::fold(n);
    if (f.empty() || f.back() == '.' || f.back() == ';')
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
    // Only the first characters can hold a label and its tab.
    bool complete = false;
    const std::string n = text::normalizePrefix(text, 24, complete);
    const auto tab = n.find('\t');
    if (tab != std::string::npos && tab > 0 && tab <= 16)
        if (auto item = classifyLabel(std::string_view(n).substr(0, tab)))
            return item;
    // Pasted text may have lost its tab: only the unmistakable "a) " form is taken then.
    const auto space = n.find(' ');
    if (space != std::string::npos && space > 1 && space <= 5 && n[space - 1] == ')' && n[0] != '(')
        if (auto item = classifyLabel(std::string_view(n).substr(0, space));
            item && item->shape == LabelShape::Letter &&
            codePoints(labelKey(item->label)->key).size() == 1)
            return item;
    return std::nullopt;
}

std::optional<ItemLabel> itemFromListLabel(std::string_view listLabel) {
    const std::string label(text::trim(text::normalize(listLabel)));
    if (auto item = classifyLabel(label))
        return item;
    if (!label.empty())
        return ItemLabel{Role::BulletItem, label, LabelShape::Bullet};
    return std::nullopt;
}

std::optional<ReasonsText> parseReasons(std::string_view text) {
    const std::string f = text::fold(text);
    std::optional<ReasonsText> out;
    std::size_t best = 0;
    for (const Lexicon &lex : lexicons()) {
        const std::string_view p = longestPrefix(f, lex.reasons);
        if (p.size() <= best)
            continue;
        best = p.size();
        out = ReasonsText{&lex, false, {}};
    }
    if (!out)
        return std::nullopt;
    std::string_view rest = text::trim(std::string_view(f).substr(best));
    if (text::startsWith(rest, ":")) { // a full-width colon is folded to ':'
        out->colon = true;
        rest.remove_prefix(1);
    }
    out->body = std::string(text::trim(rest));
    return out;
}

std::string reasonsBody(std::string_view text) {
    if (auto reasons = parseReasons(text))
        return std::move(reasons->body);
    return std::string(text::trim(text::fold(text)));
}

bool isReasons(std::string_view text) {
    // The label and its colon lie within the first characters.
    std::size_t cut = std::min<std::size_t>(text.size(), 80);
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        ++cut;
    const auto reasons = parseReasons(text.substr(0, cut));
    return reasons && reasons->colon;
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
