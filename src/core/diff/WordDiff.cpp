// Word diff on dtl's O(NP) shortest edit script over interned tokens, then one readability
// rule (a lone space between two changes joins them), and paragraph alignment by similarity.
#include "diff/WordDiff.hpp"

#include "text/Text.hpp"

#include <dtl/dtl.hpp>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_map>

namespace pa::diff {
namespace {

enum class CharClass { Word, Ideograph, Space, Tab, Other };

CharClass classify(UChar32 c) {
    if (c == '\t')
        return CharClass::Tab;
    if (c == '\n' || c == '\r' || u_isUWhiteSpace(c))
        return CharClass::Space;
    if (u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) {
        // Chinese and Japanese are written without spaces: each ideograph is a word of its own,
        // or a changed character would replace a whole sentence.
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        if (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA)
            return CharClass::Ideograph;
        return CharClass::Word;
    }
    return CharClass::Other;
}

// Apostrophes and hyphens that stay inside a word when letters follow: "ITU-T's", "ITU‑T".
bool joinsWord(UChar32 c) {
    return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == 0x2011;
}

struct Decoded {
    UChar32 c;
    std::size_t end; // byte offset after the character
};

Decoded decodeAt(std::string_view s, std::size_t i) {
    int32_t pos = static_cast<int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
    if (c < 0)
        c = 0xFFFD; // malformed byte: a token of its own
    return {c, static_cast<std::size_t>(pos)};
}

bool isSpaceToken(std::string_view token) {
    return !token.empty() && classify(decodeAt(token, 0).c) == CharClass::Space;
}

// A stretch of the edit script in token indices: [a0, a1) of before, [b0, b1) of after.
// Equal when both ranges hold the same tokens, a change otherwise.
struct Segment {
    bool equal = false;
    std::size_t a0 = 0, a1 = 0, b0 = 0, b1 = 0;
};

// Token strings to small integers so dtl compares ints, not strings.
class Interner {
public:
    int id(std::string_view token) {
        const auto [it, added] = ids_.try_emplace(token, static_cast<int>(ids_.size()));
        (void)added;
        return it->second;
    }

private:
    std::unordered_map<std::string_view, int> ids_;
};

// Shortest edit script between two id sequences, as alternating Equal / change segments.
std::vector<Segment> script(const std::vector<int> &a, const std::vector<int> &b) {
    std::vector<Segment> out;
    auto extend = [&](bool equal, std::size_t da, std::size_t db) {
        if (out.empty() || out.back().equal != equal) {
            const std::size_t a0 = out.empty() ? 0 : out.back().a1;
            const std::size_t b0 = out.empty() ? 0 : out.back().b1;
            out.push_back(Segment{equal, a0, a0, b0, b0});
        }
        out.back().a1 += da;
        out.back().b1 += db;
    };
    if (a.empty() || b.empty()) {
        if (!a.empty() || !b.empty())
            extend(false, a.size(), b.size());
        return out;
    }
    dtl::Diff<int, std::vector<int>> d(a, b);
    d.compose();
    for (const auto &[elem, info] : d.getSes().getSequence()) {
        (void)elem;
        switch (info.type) {
        case dtl::SES_COMMON: extend(true, 1, 1); break;
        case dtl::SES_DELETE: extend(false, 1, 0); break;
        case dtl::SES_ADD: extend(false, 0, 1); break;
        }
    }
    return out;
}

// Lengths of the tokens two paragraphs share in order (their longest common subsequence),
// white space not counted, over the total: 1 for the same words, 0 for nothing in common.
struct WordBag {
    std::vector<int> ids;        // non-space tokens in order
    std::vector<std::size_t> lengths;
    std::vector<int> sorted;     // ids sorted, for the cheap upper bound
    std::size_t total = 0;       // sum of lengths
};

WordBag wordBag(std::string_view text, Interner &interner) {
    WordBag bag;
    for (std::string_view t : tokenize(text)) {
        if (isSpaceToken(t) || t == "\t")
            continue;
        bag.ids.push_back(interner.id(t));
        bag.lengths.push_back(t.size());
        bag.total += t.size();
    }
    bag.sorted = bag.ids;
    std::sort(bag.sorted.begin(), bag.sorted.end());
    return bag;
}

// Dice coefficient on the token multisets: never below the in-order similarity, so it
// rules out most pairs without running a diff.
double bagBound(const WordBag &x, const WordBag &y) {
    if (x.ids.empty() && y.ids.empty())
        return 1.0;
    std::size_t common = 0;
    auto i = x.sorted.begin(), j = y.sorted.begin();
    while (i != x.sorted.end() && j != y.sorted.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common, ++i, ++j;
        }
    }
    return 2.0 * static_cast<double>(common) / static_cast<double>(x.ids.size() + y.ids.size());
}

double similarity(const WordBag &x, const WordBag &y) {
    if (x.total == 0 && y.total == 0)
        return 1.0;
    std::size_t common = 0;
    for (const Segment &s : script(x.ids, y.ids))
        if (s.equal)
            for (std::size_t k = s.a0; k < s.a1; ++k)
                common += x.lengths[k];
    return 2.0 * static_cast<double>(common) / static_cast<double>(x.total + y.total);
}

// Paragraphs at least this similar are one paragraph edited, not one deleted and one inserted;
// so are paragraphs that open with the same words ("to consult with UPU ...") and keep a
// fair share of them, as an item rewritten in its second half does.
constexpr double kSameParagraph = 0.5;
constexpr double kSameOpening = 0.25;
constexpr std::size_t kOpeningWords = 4;

std::size_t sharedOpening(const WordBag &x, const WordBag &y) {
    std::size_t k = 0;
    while (k < x.ids.size() && k < y.ids.size() && x.ids[k] == y.ids[k])
        ++k;
    return k;
}

// The pairing score of two paragraphs, 0 when they are not one paragraph edited.
double pairScore(const WordBag &x, const WordBag &y) {
    const double floor = sharedOpening(x, y) >= kOpeningWords ? kSameOpening : kSameParagraph;
    if (bagBound(x, y) < floor)
        return 0.0;
    const double s = similarity(x, y);
    return s >= floor ? s : 0.0;
}

// The text compared to find unchanged paragraphs: normalized, without its item label, so an
// item that was only relettered ("b)" now "c)") still anchors to its base.
std::string anchorKey(std::string_view paragraph) {
    std::string key = text::normalize(paragraph);
    const std::size_t tab = key.find('\t');
    if (tab != std::string::npos && tab > 0 && tab <= 8 && key.find(' ') > tab)
        key.erase(0, tab + 1);
    return key;
}

} // namespace

std::vector<std::string_view> tokenize(std::string_view text) {
    std::vector<std::string_view> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const Decoded first = decodeAt(text, i);
        const CharClass cls = classify(first.c);
        std::size_t end = first.end;
        if (cls == CharClass::Word) {
            while (end < text.size()) {
                const Decoded next = decodeAt(text, end);
                if (classify(next.c) == CharClass::Word) {
                    end = next.end;
                    continue;
                }
                if (joinsWord(next.c) && next.end < text.size() &&
                    classify(decodeAt(text, next.end).c) == CharClass::Word) {
                    end = next.end;
                    continue;
                }
                break;
            }
        } else if (cls == CharClass::Space) {
            while (end < text.size()) {
                const Decoded next = decodeAt(text, end);
                if (classify(next.c) != CharClass::Space)
                    break;
                end = next.end;
            }
        }
        tokens.push_back(text.substr(i, end - i));
        i = end;
    }
    return tokens;
}

std::vector<Op> diffWords(std::string_view before, std::string_view after) {
    const std::vector<std::string_view> ta = tokenize(before);
    const std::vector<std::string_view> tb = tokenize(after);
    Interner interner;
    std::vector<int> a, b;
    a.reserve(ta.size());
    b.reserve(tb.size());
    for (std::string_view t : ta)
        a.push_back(interner.id(t));
    for (std::string_view t : tb)
        b.push_back(interner.id(t));

    // Readability: a single space left equal between two changes is swallowed by them, so
    // "the efficient" -> "to optimize the" is one replacement rather than word soup. Only when
    // the result is a replacement: two pure insertions around a space stay as they are.
    std::vector<Segment> merged;
    for (const Segment &s : script(a, b)) {
        const std::size_t n = merged.size();
        if (!s.equal && n >= 2 && merged[n - 1].equal && !merged[n - 2].equal &&
            merged[n - 1].a1 - merged[n - 1].a0 == 1 && isSpaceToken(ta[merged[n - 1].a0]) &&
            ta[merged[n - 1].a0].find_first_of("\n\r") == std::string_view::npos) {
            const Segment &left = merged[n - 2];
            const bool deletes = left.a1 > left.a0 || s.a1 > s.a0;
            const bool inserts = left.b1 > left.b0 || s.b1 > s.b0;
            if (deletes && inserts) {
                merged[n - 2].a1 = s.a1;
                merged[n - 2].b1 = s.b1;
                merged.pop_back();
                continue;
            }
        }
        merged.push_back(s);
    }

    auto offsetA = [&](std::size_t k) {
        return k < ta.size() ? static_cast<std::size_t>(ta[k].data() - before.data()) : before.size();
    };
    auto offsetB = [&](std::size_t k) {
        return k < tb.size() ? static_cast<std::size_t>(tb[k].data() - after.data()) : after.size();
    };
    std::vector<Op> ops;
    for (const Segment &s : merged) {
        const std::size_t a0 = offsetA(s.a0), a1 = offsetA(s.a1);
        const std::size_t b0 = offsetB(s.b0), b1 = offsetB(s.b1);
        if (s.equal) {
            ops.push_back(Op{OpKind::Equal, std::string(before.substr(a0, a1 - a0)), a0, b0});
            continue;
        }
        if (a1 > a0)
            ops.push_back(Op{OpKind::Delete, std::string(before.substr(a0, a1 - a0)), a0, b0});
        if (b1 > b0)
            ops.push_back(Op{OpKind::Insert, std::string(after.substr(b0, b1 - b0)), a1, b0});
    }
    return ops;
}

std::vector<ParagraphPair> alignParagraphs(const std::vector<std::string> &before,
                                           const std::vector<std::string> &after) {
    // 1. Unchanged paragraphs (same anchor key) are matched by a shortest edit script.
    Interner keys;
    std::vector<std::string> keyA, keyB;
    for (const std::string &p : before)
        keyA.push_back(anchorKey(p));
    for (const std::string &p : after)
        keyB.push_back(anchorKey(p));
    std::vector<int> a, b;
    for (const std::string &k : keyA)
        a.push_back(keys.id(k));
    for (const std::string &k : keyB)
        b.push_back(keys.id(k));

    Interner words;
    std::vector<WordBag> bagA(before.size()), bagB(after.size());
    bool bagsReady = false;
    auto ensureBags = [&] {
        if (bagsReady)
            return;
        for (std::size_t i = 0; i < before.size(); ++i)
            bagA[i] = wordBag(keyA[i], words);
        for (std::size_t j = 0; j < after.size(); ++j)
            bagB[j] = wordBag(keyB[j], words);
        bagsReady = true;
    };

    std::vector<ParagraphPair> out;
    // 2. Between two unchanged paragraphs, pair edited paragraphs in order, maximising the
    // total similarity of the pairs (a small LCS where only similar paragraphs may match);
    // what stays unpaired is deleted (listed first) or inserted.
    auto alignGap = [&](std::size_t i0, std::size_t i1, std::size_t j0, std::size_t j1) {
        const std::size_t n = i1 - i0, m = j1 - j0;
        std::vector<std::pair<std::size_t, std::size_t>> pairs;
        if (n > 0 && m > 0) {
            ensureBags();
            std::vector<double> sim(n * m, 0.0);
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = 0; j < m; ++j)
                    sim[i * m + j] = pairScore(bagA[i0 + i], bagB[j0 + j]);
            std::vector<double> best((n + 1) * (m + 1), 0.0);
            auto at = [&](std::size_t i, std::size_t j) -> double & { return best[i * (m + 1) + j]; };
            for (std::size_t i = n; i-- > 0;)
                for (std::size_t j = m; j-- > 0;) {
                    double v = std::max(at(i + 1, j), at(i, j + 1));
                    if (sim[i * m + j] > 0.0)
                        v = std::max(v, sim[i * m + j] + at(i + 1, j + 1));
                    at(i, j) = v;
                }
            std::size_t i = 0, j = 0;
            while (i < n && j < m) {
                if (sim[i * m + j] > 0.0 && at(i, j) == sim[i * m + j] + at(i + 1, j + 1)) {
                    pairs.emplace_back(i0 + i, j0 + j);
                    ++i, ++j;
                } else if (at(i, j) == at(i + 1, j)) {
                    ++i;
                } else {
                    ++j;
                }
            }
        }
        std::size_t i = i0, j = j0;
        auto flush = [&](std::size_t iEnd, std::size_t jEnd) {
            for (; i < iEnd; ++i)
                out.push_back(ParagraphPair{i, ParagraphPair::npos});
            for (; j < jEnd; ++j)
                out.push_back(ParagraphPair{ParagraphPair::npos, j});
        };
        for (const auto &[pi, pj] : pairs) {
            flush(pi, pj);
            out.push_back(ParagraphPair{pi, pj});
            ++i, ++j;
        }
        flush(i1, j1);
    };

    for (const Segment &s : script(a, b)) {
        if (!s.equal) {
            alignGap(s.a0, s.a1, s.b0, s.b1);
            continue;
        }
        for (std::size_t k = 0; k < s.a1 - s.a0; ++k)
            out.push_back(ParagraphPair{s.a0 + k, s.b0 + k});
    }
    return out;
}

} // namespace pa::diff
