// Revision lines read on the folded text (text::foldWithOffsets), so that words compare in any
// language and case while offsets still point into what Writer holds; the words and the shapes
// of the lines (number before or after the word, "Rev." before or 修订版 after the assembly)
// come from the lexicon.
#include "revision/RevisionLines.hpp"

#include "lexicon/Assemblies.hpp"
#include "lexicon/Lexicon.hpp"
#include "text/Text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace pa::revision {
namespace {

// Longer paragraphs are no revision lines: they are not folded to be sure.
constexpr std::size_t kMaxLineBytes = 2000;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// The code point that starts at f[at] (f valid UTF-8), and whether it is a letter or digit.
UChar32 codePointAt(std::string_view f, std::size_t at) {
    int32_t i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_NEXT(f.data(), i, static_cast<int32_t>(f.size()), c);
    return c;
}
UChar32 codePointBefore(std::string_view f, std::size_t at) {
    int32_t i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_PREV(f.data(), 0, i, c);
    return c;
}
bool isWordChar(UChar32 c) {
    return c >= 0 && (u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_DIACRITIC));
}
std::size_t skipSpaces(std::string_view f, std::size_t at, std::size_t end) {
    while (at < end && f[at] == ' ')
        ++at;
    return at;
}

// `phrase` (folded) at f[at, end): the characters in order, spaces optional on both sides (so
// "rev.wrc-15" and "第 11 号决议" match); the end of the match in f. A phrase that ends with a
// letter must end a word there, except in scripts written without spaces.
std::optional<std::size_t> matchAt(std::string_view f, std::size_t at, std::size_t end,
                                   std::string_view phrase, bool wholeWord) {
    std::size_t k = at;
    for (const char c : phrase) {
        if (c == ' ')
            continue;
        k = skipSpaces(f, k, end);
        if (k >= end || f[k] != c)
            return std::nullopt;
        ++k;
    }
    if (wholeWord && k < end && !phrase.empty()) {
        const UChar32 last = codePointBefore(phrase, phrase.size());
        const UChar32 next = codePointAt(f, k);
        if (isWordChar(last) && isWordChar(next) &&
            !text::writtenWithoutSpaces(static_cast<char32_t>(last)))
            return std::nullopt;
    }
    return k;
}

// `phrase` ending at f[.., end) (spaces optional as in matchAt): where the match begins.
std::optional<std::size_t> matchBefore(std::string_view f, std::size_t begin, std::size_t end,
                                       std::string_view phrase) {
    std::size_t k = end;
    for (std::size_t p = phrase.size(); p-- > 0;) {
        if (phrase[p] == ' ')
            continue;
        while (k > begin && f[k - 1] == ' ')
            --k;
        if (k <= begin || f[k - 1] != phrase[p])
            return std::nullopt;
        --k;
    }
    return k;
}

std::string normalizedSlice(std::string_view s, Span span) {
    return text::normalize(s.substr(span.begin, span.end - span.begin));
}

bool hasYear(std::string_view folded) {
    std::size_t run = 0;
    for (char c : folded) {
        run = isDigit(c) ? run + 1 : 0;
        if (run == 4)
            return true;
    }
    return false;
}

// Index in f of the ')' that closes the '(' at open, or npos.
std::size_t closingParenthesis(std::string_view f, std::size_t open) {
    int depth = 0;
    for (std::size_t k = open; k < f.size(); ++k) {
        if (f[k] == '(')
            ++depth;
        else if (f[k] == ')' && --depth == 0)
            return k;
    }
    return std::string_view::npos;
}

// A pattern of the lexicon split at its placeholder: "rev. {a}" -> "rev. ", "".
std::pair<std::string_view, std::string_view> around(std::string_view pattern,
                                                     std::string_view placeholder) {
    const std::size_t at = pattern.find(placeholder);
    if (at == std::string_view::npos)
        return {pattern, {}};
    return {pattern.substr(0, at), pattern.substr(at + placeholder.size())};
}

struct ParsedNumberLine {
    NumberLine line;
    const Lexicon *lexicon = nullptr;
    std::size_t lastTokenEnd = 0; // raw end of what stands before the parenthesis
};

// The assembly inside a number line's parenthesis f[begin, end), with or without the revision
// words of `lex`, as folded offsets.
void readRevision(const text::Folded &f, std::size_t begin, std::size_t end, const Lexicon &lex,
                  NumberLine &line) {
    std::size_t b = skipSpaces(f.text, begin, end), e = end;
    while (e > b && f.text[e - 1] == ' ')
        --e;
    for (const std::string &pattern : lex.revision) {
        const auto [pre, post] = around(pattern, "{a}");
        std::size_t ab = b, ae = e;
        if (!text::trim(pre).empty()) {
            const auto m = matchAt(f.text, b, e, text::trim(pre), false);
            if (!m)
                continue;
            ab = skipSpaces(f.text, *m, e);
        }
        if (!text::trim(post).empty()) {
            const auto m = matchBefore(f.text, ab, e, text::trim(post));
            if (!m)
                continue;
            ae = *m;
            while (ae > ab && f.text[ae - 1] == ' ')
                --ae;
        }
        line.revised = true;
        b = ab;
        e = ae;
        break;
    }
    if (b < e)
        line.assembly = Span{f.rawBegin(b), f.rawEnd(e)};
}

std::optional<ParsedNumberLine> parseWith(std::string_view text, const text::Folded &f,
                                          const Lexicon &lex) {
    const std::string_view s = f.text;
    ParsedNumberLine parsed;
    parsed.lexicon = &lex;
    NumberLine &line = parsed.line;
    std::optional<std::size_t> k;
    for (const std::string &phrase : lex.draftNew)
        if ((k = matchAt(s, 0, s.size(), phrase, true)))
            break;
    if (k) {
        line.draftNew = true;
        const std::size_t open = skipSpaces(s, *k, s.size());
        if (open < s.size() && s[open] == '[') {
            const std::size_t close = s.find(']', open);
            if (close == std::string_view::npos)
                return std::nullopt;
            const std::size_t tb = skipSpaces(s, open + 1, close);
            std::size_t te = close;
            while (te > tb && s[te - 1] == ' ')
                --te;
            if (tb < te)
                line.draftTag = normalizedSlice(text, {f.rawBegin(tb), f.rawEnd(te)});
            k = close + 1;
        }
    } else {
        for (const std::string &pattern : lex.numberLine) {
            const auto [pre, post] = around(pattern, "{n}");
            std::optional<std::size_t> at =
                pre.empty() ? std::optional<std::size_t>(0) : matchAt(s, 0, s.size(), pre, false);
            if (!at)
                continue;
            std::size_t n = skipSpaces(s, *at, s.size()), digits = n;
            while (digits < s.size() && isDigit(s[digits]))
                ++digits;
            if (digits == n)
                continue;
            std::size_t numberEnd = digits;
            while (numberEnd < s.size() && numberEnd - digits < 10 && s[numberEnd] >= 'a' &&
                   s[numberEnd] <= 'z')
                ++numberEnd; // "18bis"
            if (post.empty()) {
                if (numberEnd < s.size() && isWordChar(codePointAt(s, numberEnd)))
                    continue;
                k = numberEnd;
            } else if (!(k = matchAt(s, numberEnd, s.size(), post, true))) {
                continue;
            }
            line.number = std::string(s.substr(n, numberEnd - n));
            break;
        }
        if (!k)
            return std::nullopt;
    }
    parsed.lastTokenEnd = f.rawEnd(*k);
    const std::size_t open = skipSpaces(s, *k, s.size());
    if (open == s.size())
        return parsed;
    if (s[open] != '(')
        return std::nullopt;
    const std::size_t close = closingParenthesis(s, open);
    if (close == std::string_view::npos || close + 1 != s.size())
        return std::nullopt;
    line.group = Span{f.rawBegin(open), f.rawEnd(close + 1)};
    if (!line.draftNew)
        readRevision(f, open + 1, close, lex, line);
    else if (skipSpaces(s, open + 1, close) < close)
        line.assembly = Span{f.rawBegin(skipSpaces(s, open + 1, close)), f.rawEnd(close)};
    if (line.assembly) {
        // The raw slice may carry the spaces the folded one skipped: trim them.
        const std::string_view raw =
            text.substr(line.assembly->begin, line.assembly->end - line.assembly->begin);
        line.revisionAssembly = text::normalize(raw);
    }
    return parsed;
}

// The first bytes of text, cut at a character boundary, folded: enough to tell an opening.
text::Folded foldedHead(std::string_view text, std::size_t bytes) {
    std::size_t cut = std::min(text.size(), bytes);
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        ++cut;
    return text::foldWithOffsets(text.substr(0, cut));
}

// Whether folded text opens with the non-space start of one of the phrases (a quick look).
bool opensWith(std::string_view f, const std::vector<std::string> &phrases,
               std::string_view placeholder) {
    for (const std::string &p : phrases) {
        const std::string_view pre = around(p, placeholder).first;
        if (pre.empty() ||
            matchAt(f, 0, f.size(), pre.substr(0, std::min<std::size_t>(pre.size(), 12)), false))
            return true;
    }
    return false;
}

std::optional<ParsedNumberLine> parseNumberLineWithLexicon(std::string_view text) {
    if (text.size() > kMaxLineBytes)
        return std::nullopt;
    {
        // Most paragraphs are told by their first characters alone.
        const text::Folded head = foldedHead(text, 48);
        bool opens = false;
        for (const Lexicon &lex : lexicons())
            opens = opens || opensWith(head.text, lex.draftNew, "") ||
                    opensWith(head.text, lex.numberLine, "{n}");
        if (!opens)
            return std::nullopt;
    }
    const text::Folded f = text::foldWithOffsets(text);
    for (const Lexicon &lex : lexicons())
        if (auto parsed = parseWith(text, f, lex))
            return parsed;
    return std::nullopt;
}

// The lexicon whose assembly preamble opens f, and where the opening ends.
std::optional<std::pair<const Lexicon *, std::size_t>> preambleOpening(std::string_view f) {
    std::optional<std::pair<const Lexicon *, std::size_t>> best;
    for (const Lexicon &lex : lexicons())
        for (const std::string &phrase : lex.assemblies)
            if (const auto m = matchAt(f, 0, f.size(), phrase, true);
                m && (!best || *m > best->second))
                best = std::pair{&lex, *m};
    return best;
}

struct ParsedPreamble {
    PreambleLine line;
    const Lexicon *lexicon = nullptr;
};

std::optional<ParsedPreamble> parsePreambleWithLexicon(std::string_view text) {
    if (text.size() > kMaxLineBytes)
        return std::nullopt;
    const text::Folded f = text::foldWithOffsets(text);
    const auto opening = preambleOpening(f.text);
    if (!opening)
        return std::nullopt;
    const std::size_t open = f.text.find('(', opening->second);
    if (open == std::string::npos)
        return std::nullopt;
    const std::size_t close = closingParenthesis(f.text, open);
    const std::size_t b =
        skipSpaces(f.text, open + 1, close == std::string::npos ? open + 1 : close);
    if (close == std::string::npos || b >= close)
        return std::nullopt;
    std::size_t e = close;
    while (e > b && f.text[e - 1] == ' ')
        --e;
    if (!hasYear(f.text.substr(b, e - b)))
        return std::nullopt;
    ParsedPreamble parsed;
    parsed.lexicon = opening->first;
    parsed.line.span = Span{f.rawBegin(b), f.rawEnd(e)};
    parsed.line.assembly = normalizedSlice(text, parsed.line.span);
    return parsed;
}

// The lexicon in which `assembly` (a revision line's) is to be written for a line in `lex`'s
// language, or, for a line without words of its own (a history line), in the language its
// own entries are spelt in.
std::string localizedFor(std::string_view assembly, const Lexicon *lex,
                         const HistoryLine *history) {
    if (!lex && history && !history->assemblies.empty()) {
        // The languages the last entry is spelt in ("Hammamet, 2016": English, French and
        // Spanish alike). An assembly already spelt in one of them is kept as given; otherwise
        // it is written as they all write it, or kept as given when they differ.
        const auto langs = assemblies::spellingLanguages(history->assemblies.back());
        const auto given = assemblies::spellingLanguages(assembly);
        for (const Lexicon *l : langs)
            if (std::find(given.begin(), given.end(), l) != given.end())
                return std::string(assembly);
        bool alike = !langs.empty();
        for (const Lexicon *l : langs)
            alike = alike && assemblies::localized(assembly, *l) ==
                                 assemblies::localized(assembly, *langs.front());
        if (alike)
            lex = langs.front();
    }
    return lex ? assemblies::localized(assembly, *lex) : std::string(assembly);
}

} // namespace

std::optional<NumberLine> parseNumberLine(std::string_view text) {
    if (auto parsed = parseNumberLineWithLexicon(text))
        return parsed->line;
    return std::nullopt;
}

const Lexicon *numberLineLanguage(std::string_view text) {
    if (auto parsed = parseNumberLineWithLexicon(text))
        return parsed->lexicon;
    return nullptr;
}

std::optional<HistoryLine> parseHistoryLine(std::string_view text) {
    if (text.empty() || text.size() > kMaxLineBytes)
        return std::nullopt;
    {
        const text::Folded head = foldedHead(text, 8);
        if (head.text.empty() || head.text.front() != '(')
            return std::nullopt;
    }
    const text::Folded f = text::foldWithOffsets(text);
    const std::string_view s = f.text;
    if (s.size() < 3 || s.front() != '(' || s.back() != ')' ||
        closingParenthesis(s, 0) != s.size() - 1)
        return std::nullopt;
    HistoryLine line;
    line.closing = f.rawBegin(s.size() - 1);
    bool year = false;
    for (std::size_t from = 1; from < s.size();) {
        std::size_t semi = s.find(';', from);
        if (semi == std::string_view::npos || semi > s.size() - 1)
            semi = s.size() - 1;
        const std::size_t b = skipSpaces(s, from, semi);
        std::size_t e = semi;
        while (e > b && s[e - 1] == ' ')
            --e;
        if (b >= e)
            return std::nullopt; // an empty entry ("(; Hammamet, 2016)") is no history
        year = year || hasYear(s.substr(b, e - b));
        const Span span{f.rawBegin(b), f.rawEnd(e)};
        line.assemblies.push_back(normalizedSlice(text, span));
        line.spans.push_back(span);
        from = semi + 1;
    }
    if (!year)
        return std::nullopt;
    return line;
}

std::optional<PreambleLine> parsePreamble(std::string_view text) {
    if (auto parsed = parsePreambleWithLexicon(text))
        return parsed->line;
    return std::nullopt;
}

bool sameAssembly(std::string_view a, std::string_view b) {
    return assemblies::same(a, b);
}

std::optional<std::string> lineAssembly(LineKind kind, std::string_view text) {
    switch (kind) {
    case LineKind::Number:
        if (auto line = parseNumberLine(text); line && !line->draftNew && line->assembly)
            return std::string(
                text.substr(line->assembly->begin, line->assembly->end - line->assembly->begin));
        return std::nullopt;
    case LineKind::History:
        if (auto line = parseHistoryLine(text))
            return std::string(text.substr(line->spans.back().begin,
                                           line->spans.back().end - line->spans.back().begin));
        return std::nullopt;
    case LineKind::Preamble:
        if (auto line = parsePreamble(text))
            return std::string(text.substr(line->span.begin, line->span.end - line->span.begin));
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<std::vector<diff::Op>> reviseOps(LineKind kind, std::string_view text,
                                               std::string_view assembly) {
    using diff::Op;
    using diff::OpKind;
    std::vector<Op> ops;
    // Builds ops left to right; offsets follow the old text (before) and the new one (after).
    std::size_t before = 0, after = 0;
    auto equal = [&](std::size_t end) {
        if (end > before) {
            ops.push_back(
                Op{OpKind::Equal, std::string(text.substr(before, end - before)), before, after});
            after += end - before;
            before = end;
        }
    };
    auto erase = [&](std::size_t end) {
        if (end > before) {
            ops.push_back(
                Op{OpKind::Delete, std::string(text.substr(before, end - before)), before, after});
            before = end;
        }
    };
    auto insert = [&](std::string s) {
        if (!s.empty()) {
            const std::size_t n = s.size();
            ops.push_back(Op{OpKind::Insert, std::move(s), before, after});
            after += n;
        }
    };
    auto replace = [&](Span span, std::string s) {
        equal(span.begin);
        erase(span.end);
        insert(std::move(s));
        equal(text.size());
    };

    switch (kind) {
    case LineKind::Number: {
        const auto parsed = parseNumberLineWithLexicon(text);
        if (!parsed || parsed->line.draftNew)
            return std::nullopt;
        const NumberLine &line = parsed->line;
        const Lexicon &lex = *parsed->lexicon;
        const std::string name = localizedFor(assembly, &lex, nullptr);
        const std::string revised =
            fillPlaceholder(lex.written.revision, "a", name); // "Rev. New Delhi, 2024"
        if (line.revised && line.assembly && sameAssembly(line.revisionAssembly, name)) {
            equal(text.size());
        } else if (line.revised && line.assembly) {
            replace(*line.assembly, name);
        } else if (line.assembly) { // first revision: "(Hammamet, 2016)" -> "(Rev. New Delhi,
                                    // 2024)"
            replace(*line.assembly, revised);
        } else if (line.group) { // "(Rev.)" or "()": between the brackets, whatever their width
            const std::size_t open = line.group->begin;
            std::size_t inner = open + 1;
            while (inner < text.size() && (static_cast<unsigned char>(text[inner]) & 0xC0) == 0x80)
                ++inner;
            std::size_t closing = line.group->end - 1;
            while (closing > inner && (static_cast<unsigned char>(text[closing]) & 0xC0) == 0x80)
                --closing;
            replace(Span{inner, closing}, revised);
        } else {
            equal(parsed->lastTokenEnd);
            // Chinese sets the parenthesis full width and without a space before it.
            insert(lex.language == "zh" ? "\xEF\xBC\x88" + revised + "\xEF\xBC\x89"
                                        : " (" + revised + ")");
            equal(text.size());
        }
        return ops;
    }
    case LineKind::History: {
        const auto line = parseHistoryLine(text);
        if (!line)
            return std::nullopt;
        const std::string name = localizedFor(assembly, nullptr, &*line);
        if (!sameAssembly(line->assemblies.back(), name)) {
            // The separator the line already uses ("; ", "；", "؛ "), else the usual one.
            const std::size_t n = line->spans.size();
            std::string separator = "; ";
            if (n >= 2)
                separator = std::string(text.substr(
                    line->spans[n - 2].end, line->spans[n - 1].begin - line->spans[n - 2].end));
            else if (text.find("\xEF\xBC\x88") != std::string_view::npos) // a full-width "（"
                separator = "\xEF\xBC\x9B";                               // "；"
            else if (text.find('\xD8') != std::string_view::npos) // Arabic letters (U+0600..U+063F)
                separator = "\xD8\x9B ";                          // "؛ "
            equal(line->closing);
            insert(separator + name);
        }
        equal(text.size());
        return ops;
    }
    case LineKind::Preamble: {
        const auto parsed = parsePreambleWithLexicon(text);
        if (!parsed)
            return std::nullopt;
        const std::string name = localizedFor(assembly, parsed->lexicon, nullptr);
        if (sameAssembly(parsed->line.assembly, name))
            equal(text.size());
        else
            replace(parsed->line.span, name);
        return ops;
    }
    }
    return std::nullopt;
}

std::string acceptedText(const std::vector<diff::Op> &ops) {
    std::string out;
    for (const diff::Op &op : ops)
        if (op.kind != diff::OpKind::Delete)
            out += op.text;
    return out;
}

std::string rejectedText(const std::vector<diff::Op> &ops) {
    std::string out;
    for (const diff::Op &op : ops)
        if (op.kind != diff::OpKind::Insert)
            out += op.text;
    return out;
}

std::vector<Run> runsFromOps(const std::vector<diff::Op> &ops, const TrackedChange &change) {
    std::vector<Run> runs;
    for (const diff::Op &op : ops) {
        if (op.text.empty())
            continue;
        std::optional<TrackedChange> tc;
        if (op.kind != diff::OpKind::Equal) {
            tc = change;
            tc->kind =
                op.kind == diff::OpKind::Insert ? ChangeKind::Insertion : ChangeKind::Deletion;
        }
        const bool sameAsLast = !runs.empty() && runs.back().change.has_value() == tc.has_value() &&
                                (!tc || runs.back().change->kind == tc->kind);
        if (sameAsLast)
            runs.back().text += op.text;
        else
            runs.push_back(Run{op.text, tc});
    }
    return runs;
}

std::optional<Paragraph> revisedLine(LineKind kind, const Paragraph &base,
                                     std::string_view assembly, const TrackedChange &change) {
    const auto ops = reviseOps(kind, base.text(View::Original), assembly);
    if (!ops)
        return std::nullopt;
    Paragraph out;
    out.style = base.style;
    out.styleDisplay = base.styleDisplay;
    out.listLabel = base.listLabel;
    out.inTable = base.inTable;
    out.runs = runsFromOps(*ops, change);
    return out;
}

} // namespace pa::revision
