// Revision lines read on the raw text (so offsets point into what Writer holds) with words
// compared case-folded; the words themselves come from the lexicon.
#include "revision/RevisionLines.hpp"

#include "lexicon/Lexicon.hpp"
#include "text/Text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace pa::revision {
namespace {

// A word of a revision line: maximal run of characters that are neither white space nor a
// bracket; each bracket is a token of its own.
struct Token {
    Span span;
    std::string folded;
};

bool isSpace(UChar32 c) {
    if (c < 0x80) // ASCII White_Space is U+0009..U+000D and U+0020: no property lookup
        return c == ' ' || (c >= '\t' && c <= '\r');
    return u_isUWhiteSpace(c);
}
bool isBracket(UChar32 c) { return c == '(' || c == ')' || c == '[' || c == ']'; }

// The first `limit` tokens (all by default): most paragraphs are told apart by their first
// words, and a long paragraph need not be tokenised (and case-folded) to the end for that.
std::vector<Token> tokens(std::string_view s, std::size_t limit = std::string_view::npos) {
    std::vector<Token> out;
    const auto size = static_cast<int32_t>(s.size());
    int32_t i = 0;
    while (i < size && out.size() < limit) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(s.data(), i, size, c);
        if (c >= 0 && isSpace(c))
            continue;
        if (c >= 0 && isBracket(c)) {
            out.push_back(Token{{std::size_t(start), std::size_t(i)}, std::string(1, char(c))});
            continue;
        }
        int32_t end = i;
        while (end < size) {
            int32_t next = end;
            U8_NEXT(s.data(), next, size, c);
            if (c >= 0 && (isSpace(c) || isBracket(c)))
                break;
            end = next;
        }
        i = end;
        const std::string_view raw = s.substr(std::size_t(start), std::size_t(end - start));
        out.push_back(Token{{std::size_t(start), std::size_t(end)}, text::fold(raw)});
    }
    return out;
}

// Number of tokens from `from` that spell `phrase` (a folded phrase of the lexicon, words
// separated by spaces); 0 when they do not.
std::size_t matchPhrase(const std::vector<Token> &ts, std::size_t from, std::string_view phrase) {
    std::size_t k = from;
    while (!phrase.empty()) {
        const std::size_t space = phrase.find(' ');
        const std::string_view word = phrase.substr(0, space);
        if (k >= ts.size() || ts[k].folded != word)
            return 0;
        ++k;
        phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
    }
    return k - from;
}

// The longest phrase of `phrases` at `from`: its length in tokens, 0 for none.
std::size_t matchAny(const std::vector<Token> &ts, std::size_t from,
                     const std::vector<std::string_view> &phrases) {
    std::size_t best = 0;
    for (std::string_view p : phrases)
        best = std::max(best, matchPhrase(ts, from, p));
    return best;
}

std::string normalizedSlice(std::string_view s, Span span) {
    return text::normalize(s.substr(span.begin, span.end - span.begin));
}

bool isNumberToken(std::string_view folded) {
    std::size_t i = 0;
    while (i < folded.size() && folded[i] >= '0' && folded[i] <= '9')
        ++i;
    if (i == 0)
        return false;
    std::size_t letters = 0;
    while (i < folded.size() && folded[i] >= 'a' && folded[i] <= 'z' && letters < 10)
        ++i, ++letters; // "18bis"
    return i == folded.size();
}

bool hasYear(std::string_view s) {
    std::size_t run = 0;
    for (char c : s) {
        run = (c >= '0' && c <= '9') ? run + 1 : 0;
        if (run == 4)
            return true;
    }
    return false;
}

// Index of the ')' that closes the '(' at `open`, or npos.
std::size_t closingParenthesis(const std::vector<Token> &ts, std::size_t open) {
    int depth = 0;
    for (std::size_t k = open; k < ts.size(); ++k) {
        if (ts[k].folded == "(")
            ++depth;
        else if (ts[k].folded == ")" && --depth == 0)
            return k;
    }
    return std::string::npos;
}

// "Rev." as a heading shows it: the lexicon's folded word with its first letter in capitals
// (a language without a word of its own borrows the first language's).
std::string displayRevisionWord(const Lexicon &lexicon) {
    std::string_view word;
    for (const Lexicon *lex : {&lexicon, &lexicons().front()})
        if (word.empty() && !lex->revision.empty())
            word = lex->revision.front();
    if (word.empty())
        return {};
    int32_t end = 0;
    UChar32 c = 0;
    U8_NEXT(word.data(), end, static_cast<int32_t>(word.size()), c);
    return text::upper(word.substr(0, std::size_t(end))) + std::string(word.substr(std::size_t(end)));
}

struct ParsedNumberLine {
    NumberLine line;
    const Lexicon *lexicon = nullptr;
    std::size_t lastTokenEnd = 0; // end of the last token before any parenthesis
};

// Whether `word` is the first word of one of `phrases`.
bool opensPhrase(std::string_view word, const std::vector<std::string_view> &phrases) {
    for (std::string_view p : phrases)
        if (p.substr(0, p.find(' ')) == word)
            return true;
    return false;
}

std::optional<ParsedNumberLine> parseNumberLineWithLexicon(std::string_view text) {
    {
        // Most paragraphs are told by their first word alone: one token, not sixty.
        const std::vector<Token> first = tokens(text, 1);
        if (first.empty())
            return std::nullopt;
        bool opens = false;
        for (const Lexicon &lex : lexicons())
            opens = opens || opensPhrase(first.front().folded, lex.draftNew) ||
                    opensPhrase(first.front().folded, lex.resolution);
        if (!opens)
            return std::nullopt;
    }
    const std::vector<Token> ts = tokens(text, 61); // more than 60: no number line
    if (ts.empty() || ts.size() > 60)
        return std::nullopt;
    for (const Lexicon &lex : lexicons()) {
        ParsedNumberLine parsed;
        parsed.lexicon = &lex;
        NumberLine &line = parsed.line;
        std::size_t k = 0;
        if (const std::size_t n = matchAny(ts, 0, lex.draftNew); n > 0) {
            line.draftNew = true;
            k = n;
            if (k < ts.size() && ts[k].folded == "[") {
                std::size_t close = k + 1;
                while (close < ts.size() && ts[close].folded != "]")
                    ++close;
                if (close == ts.size())
                    return std::nullopt;
                if (close > k + 1)
                    line.draftTag = normalizedSlice(text, {ts[k + 1].span.begin, ts[close - 1].span.end});
                k = close + 1;
            }
        } else if (const std::size_t m = matchAny(ts, 0, lex.resolution); m > 0) {
            k = m;
            if (k >= ts.size() || !isNumberToken(ts[k].folded))
                return std::nullopt;
            line.number = ts[k].folded;
            ++k;
        } else {
            continue;
        }
        parsed.lastTokenEnd = ts[k - 1].span.end;
        if (k == ts.size())
            return parsed;
        if (ts[k].folded != "(")
            return std::nullopt;
        const std::size_t close = closingParenthesis(ts, k);
        if (close == std::string::npos || close + 1 != ts.size())
            return std::nullopt;
        line.group = Span{ts[k].span.begin, ts[close].span.end};
        std::size_t first = k + 1;
        std::size_t assemblyBegin = first < close ? ts[first].span.begin : ts[close].span.begin;
        if (first < close && !line.draftNew) {
            for (std::string_view rev : lex.revision) {
                const std::string &f = ts[first].folded;
                if (f == rev) {
                    line.revised = true;
                    ++first;
                    assemblyBegin = first < close ? ts[first].span.begin : ts[close].span.begin;
                    break;
                }
                if (f.compare(0, rev.size(), rev) == 0) { // "Rev.WRC-15"
                    line.revised = true;
                    assemblyBegin = ts[first].span.begin + rev.size();
                    break;
                }
            }
        }
        if (first < close || assemblyBegin < ts[close].span.begin) {
            line.assembly = Span{assemblyBegin, ts[close - 1].span.end};
            line.revisionAssembly = normalizedSlice(text, *line.assembly);
        }
        return parsed;
    }
    return std::nullopt;
}

} // namespace

std::optional<NumberLine> parseNumberLine(std::string_view text) {
    if (auto parsed = parseNumberLineWithLexicon(text))
        return parsed->line;
    return std::nullopt;
}

std::optional<HistoryLine> parseHistoryLine(std::string_view text) {
    if (const std::vector<Token> first = tokens(text, 1); first.empty() || first.front().folded != "(")
        return std::nullopt;
    const std::vector<Token> ts = tokens(text);
    if (ts.size() < 3 || ts.front().folded != "(" || ts.back().folded != ")")
        return std::nullopt;
    if (closingParenthesis(ts, 0) != ts.size() - 1)
        return std::nullopt;
    HistoryLine line;
    line.closing = ts.back().span.begin;
    bool year = false;
    const std::size_t innerEnd = line.closing;
    std::size_t from = ts[1].span.begin;
    while (from <= innerEnd) {
        std::size_t semi = text.find(';', from);
        if (semi == std::string_view::npos || semi > innerEnd)
            semi = innerEnd;
        // The raw entry without the white space of any kind around it (no-break spaces,
        // line breaks); an empty entry ("(; Hammamet, 2016)") is no history.
        const std::vector<Token> words = tokens(text.substr(from, semi - from));
        if (words.empty())
            return std::nullopt;
        const std::size_t b = from + words.front().span.begin, e = from + words.back().span.end;
        const std::string entry = normalizedSlice(text, {b, e});
        year = year || hasYear(entry);
        line.assemblies.push_back(entry);
        line.spans.push_back(Span{b, e});
        from = semi + 1;
    }
    if (!year)
        return std::nullopt;
    return line;
}

// The most words of any assembly phrase: how many tokens tell whether a preamble opens.
static std::size_t assemblyWords() {
    static const std::size_t most = [] {
        std::size_t n = 0;
        for (const Lexicon &lex : lexicons())
            for (std::string_view phrase : lex.assemblies)
                n = std::max(n, std::size_t(std::count(phrase.begin(), phrase.end(), ' ')) + 1);
        return n;
    }();
    return most;
}

std::optional<PreambleLine> parsePreamble(std::string_view text) {
    bool opening = false;
    const std::vector<Token> head = tokens(text, assemblyWords());
    for (const Lexicon &lex : lexicons())
        opening = opening || matchAny(head, 0, lex.assemblies) > 0;
    if (!opening)
        return std::nullopt;
    const std::vector<Token> ts = tokens(text);
    std::size_t open = 0;
    while (open < ts.size() && ts[open].folded != "(")
        ++open;
    if (open == ts.size())
        return std::nullopt;
    const std::size_t close = closingParenthesis(ts, open);
    if (close == std::string::npos || close == open + 1)
        return std::nullopt;
    PreambleLine line;
    line.span = Span{ts[open + 1].span.begin, ts[close - 1].span.end};
    line.assembly = normalizedSlice(text, line.span);
    if (!hasYear(line.assembly))
        return std::nullopt;
    return line;
}

bool sameAssembly(std::string_view a, std::string_view b) { return text::fold(a) == text::fold(b); }

std::optional<std::string> lineAssembly(LineKind kind, std::string_view text) {
    switch (kind) {
    case LineKind::Number:
        if (auto line = parseNumberLine(text); line && !line->draftNew && line->assembly)
            return std::string(text.substr(line->assembly->begin, line->assembly->end - line->assembly->begin));
        return std::nullopt;
    case LineKind::History:
        if (auto line = parseHistoryLine(text))
            return std::string(text.substr(line->spans.back().begin, line->spans.back().end - line->spans.back().begin));
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
            ops.push_back(Op{OpKind::Equal, std::string(text.substr(before, end - before)), before, after});
            after += end - before;
            before = end;
        }
    };
    auto erase = [&](std::size_t end) {
        if (end > before) {
            ops.push_back(Op{OpKind::Delete, std::string(text.substr(before, end - before)), before, after});
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
        const std::string rev = displayRevisionWord(*parsed->lexicon);
        if (line.revised && line.assembly && sameAssembly(line.revisionAssembly, assembly)) {
            equal(text.size());
        } else if (line.revised && line.assembly) {
            replace(*line.assembly, std::string(assembly));
        } else if (line.assembly) { // first revision: "(Hammamet, 2016)" -> "(Rev. New Delhi, 2024)"
            replace(*line.assembly, rev + " " + std::string(assembly));
        } else if (line.group) { // "(Rev.)" or "()"
            replace(Span{line.group->begin + 1, line.group->end - 1}, rev + " " + std::string(assembly));
        } else {
            equal(parsed->lastTokenEnd);
            insert(" (" + rev + " " + std::string(assembly) + ")");
            equal(text.size());
        }
        return ops;
    }
    case LineKind::History: {
        const auto line = parseHistoryLine(text);
        if (!line)
            return std::nullopt;
        if (!sameAssembly(line->assemblies.back(), assembly)) {
            equal(line->closing);
            insert("; " + std::string(assembly));
        }
        equal(text.size());
        return ops;
    }
    case LineKind::Preamble: {
        const auto line = parsePreamble(text);
        if (!line)
            return std::nullopt;
        if (sameAssembly(line->assembly, assembly))
            equal(text.size());
        else
            replace(line->span, std::string(assembly));
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
            tc->kind = op.kind == diff::OpKind::Insert ? ChangeKind::Insertion : ChangeKind::Deletion;
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

std::optional<Paragraph> revisedLine(LineKind kind, const Paragraph &base, std::string_view assembly,
                                     const TrackedChange &change) {
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
