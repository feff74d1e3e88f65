// Word diff: the alignment of interned tokens that keeps the most characters (an exact dynamic
// programme, dtl's O(NP) script past a size); paragraph alignment by what paragraphs share in
// order.
#include "diff/WordDiff.hpp"

#include "text/Text.hpp"

#include <dtl/dtl.hpp>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>

namespace pa::diff {
namespace {

enum class CharClass { Word, Ideograph, Space, Tab, Other };

CharClass classify(UChar32 c) {
    if (c == '\t')
        return CharClass::Tab;
    if (c == kParagraphBreak)
        return CharClass::Other;
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

// An elided article or pronoun ("l'", "d'", "qu'", Italian "dell'"): glued to the next word by
// its apostrophe, yet a word of its own, so that "l'utilité" -> "l'intérêt" changes one word
// and keeps "l'" rather than replacing the whole.
bool isElided(std::string_view word) {
    if (word.empty() || word.size() > 6)
        return false;
    std::string lower;
    for (char c : word) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
        lower += static_cast<char>(c | 0x20);
    }
    if (lower.size() == 1)
        return lower != "o"; // "O'Brien" is a name, not an elision
    // qu', jusqu', lorsqu', puisqu', quoiqu', presqu', quelqu'
    if (lower.size() >= 2 && lower.compare(lower.size() - 2, 2, "qu") == 0)
        return true;
    static constexpr std::string_view italian[] = {"dell", "nell", "all",  "dall",  "sull",
                                                   "coll", "pell", "un",   "quest", "quell",
                                                   "tutt", "sant", "bell", "anch"};
    return std::find(std::begin(italian), std::end(italian), lower) != std::end(italian);
}

bool isApostrophe(UChar32 c) {
    return c == '\'' || c == 0x2019;
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

// Characters (code points) of a token: what a reader counts as deleted or inserted.
std::uint32_t charCount(std::string_view token) {
    std::uint32_t n = 0;
    for (unsigned char c : token)
        n += (c & 0xC0) != 0x80;
    return n;
}

// Past this many cells the exact alignment would take too much memory: dtl's shortest edit
// script (fewest tokens changed) is used on the rest instead.
constexpr std::size_t kMaxCells = 1u << 21;

// Paragraph counts (before x after) up to which two texts are aligned whole.
constexpr std::size_t kAlignWhole = std::size_t{400} * 400;

// The alignment of two token sequences that keeps the most characters in order (weights: the
// characters of each token), and among those the fewest change blocks. Ties keep a token
// first, then delete, then insert: a change comes after the space before it.
std::vector<Segment> keepMost(const std::vector<int> &a, const std::vector<int> &b,
                              const std::vector<std::uint32_t> &wa,
                              const std::vector<std::uint32_t> &wb,
                              const std::function<bool(int)> &leadsWithSpace = {}) {
    std::vector<Segment> out;
    auto extend = [&](bool equal, std::size_t da, std::size_t db) {
        if (da == 0 && db == 0)
            return;
        if (out.empty() || out.back().equal != equal) {
            const std::size_t a0 = out.empty() ? 0 : out.back().a1;
            const std::size_t b0 = out.empty() ? 0 : out.back().b1;
            out.push_back(Segment{equal, a0, a0, b0, b0});
        }
        out.back().a1 += da;
        out.back().b1 += db;
    };
    const std::size_t n = a.size(), m = b.size();
    std::size_t pre = 0;
    while (pre < n && pre < m && a[pre] == b[pre])
        ++pre;
    std::size_t suf = 0;
    while (suf < n - pre && suf < m - pre && a[n - 1 - suf] == b[m - 1 - suf])
        ++suf;
    // A kept space before the kept end goes to the middle, where ties put a change after the
    // space before it: "current {+ITU-T +}Recommendations", not "current{+ ITU-T+} ...".
    while (suf > 0 && leadsWithSpace && leadsWithSpace(a[n - suf]))
        --suf;
    extend(true, pre, pre);
    const std::size_t ra = n - pre - suf, rb = m - pre - suf;
    if (ra == 0 || rb == 0) {
        extend(false, ra, rb);
    } else if ((ra + 1) * (rb + 1) > kMaxCells) {
        const std::vector<int> ma(a.begin() + static_cast<std::ptrdiff_t>(pre),
                                  a.end() - static_cast<std::ptrdiff_t>(suf));
        const std::vector<int> mb(b.begin() + static_cast<std::ptrdiff_t>(pre),
                                  b.end() - static_cast<std::ptrdiff_t>(suf));
        dtl::Diff<int, std::vector<int>> d(ma, mb);
        d.compose();
        for (const auto &[elem, info] : d.getSes().getSequence()) {
            (void)elem;
            switch (info.type) {
            case dtl::SES_COMMON:
                extend(true, 1, 1);
                break;
            case dtl::SES_DELETE:
                extend(false, 1, 0);
                break;
            case dtl::SES_ADD:
                extend(false, 0, 1);
                break;
            }
        }
    } else {
        // cost[s][i][j]: least cost of aligning the rest from (i, j), s = 1 inside a change
        // block. A changed character costs kChar, opening a block 1.
        constexpr std::int64_t kChar = 1 << 20;
        const std::size_t w = rb + 1;
        std::vector<std::int64_t> c0((ra + 1) * w), c1((ra + 1) * w);
        auto A = [&](std::size_t i) { return a[pre + i]; };
        auto B = [&](std::size_t j) { return b[pre + j]; };
        for (std::size_t i = ra + 1; i-- > 0;)
            for (std::size_t j = rb + 1; j-- > 0;) {
                if (i == ra && j == rb) {
                    c0[i * w + j] = c1[i * w + j] = 0;
                    continue;
                }
                std::int64_t open = INT64_MAX, inside = INT64_MAX;
                if (i < ra) {
                    const std::int64_t d = kChar * wa[pre + i] + c1[(i + 1) * w + j];
                    open = std::min(open, d + 1);
                    inside = std::min(inside, d);
                }
                if (i < ra && j < rb && A(i) == B(j)) {
                    open = std::min(open, c0[(i + 1) * w + j + 1]);
                    inside = std::min(inside, c0[(i + 1) * w + j + 1]);
                }
                if (j < rb) {
                    const std::int64_t d = kChar * wb[pre + j] + c1[i * w + j + 1];
                    open = std::min(open, d + 1);
                    inside = std::min(inside, d);
                }
                c0[i * w + j] = open;
                c1[i * w + j] = inside;
            }
        std::size_t i = 0, j = 0;
        bool inBlock = false;
        while (i < ra || j < rb) {
            const std::int64_t here = (inBlock ? c1 : c0)[i * w + j];
            const std::int64_t opening = inBlock ? 0 : 1;
            if (i < ra && j < rb && A(i) == B(j) && c0[(i + 1) * w + j + 1] == here) {
                extend(true, 1, 1);
                ++i, ++j;
                inBlock = false;
            } else if (i < ra && kChar * wa[pre + i] + c1[(i + 1) * w + j] + opening == here) {
                extend(false, 1, 0);
                ++i;
                inBlock = true;
            } else {
                extend(false, 0, 1);
                ++j;
                inBlock = true;
            }
        }
    }
    extend(true, suf, suf);
    return out;
}

// The non-space tokens of a paragraph in order, with their characters.
struct WordBag {
    std::vector<int> ids;
    std::vector<std::uint32_t> lengths;
    std::vector<std::pair<int, std::uint32_t>> sorted; // (id, length) sorted, for the bound
    std::size_t total = 0;                             // sum of lengths
};

WordBag wordBag(std::string_view text, Interner &interner) {
    WordBag bag;
    for (std::string_view t : tokenize(text)) {
        if (isSpaceToken(t) || t == "\t")
            continue;
        bag.ids.push_back(interner.id(t));
        bag.lengths.push_back(charCount(t));
        bag.total += bag.lengths.back();
    }
    for (std::size_t k = 0; k < bag.ids.size(); ++k)
        bag.sorted.emplace_back(bag.ids[k], bag.lengths[k]);
    std::sort(bag.sorted.begin(), bag.sorted.end());
    return bag;
}

// Characters of the tokens two paragraphs have in common, order aside: never below what
// they share in order, so it rules out most pairs without aligning them.
std::size_t commonBound(const WordBag &x, const WordBag &y) {
    std::size_t common = 0;
    auto i = x.sorted.begin(), j = y.sorted.begin();
    while (i != x.sorted.end() && j != y.sorted.end()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            common += i->second;
            ++i, ++j;
        }
    }
    return common;
}

// What two paragraphs share in order: characters, and the longest run of consecutive tokens.
struct Shared {
    std::size_t chars = 0;
    std::size_t longestRun = 0;
};

Shared shared(const WordBag &x, const WordBag &y) {
    Shared s;
    for (const Segment &seg : keepMost(x.ids, y.ids, x.lengths, y.lengths))
        if (seg.equal) {
            for (std::size_t k = seg.a0; k < seg.a1; ++k)
                s.chars += x.lengths[k];
            s.longestRun = std::max(s.longestRun, seg.a1 - seg.a0);
        }
    return s;
}

std::size_t sharedOpening(const WordBag &x, const WordBag &y) {
    std::size_t k = 0;
    while (k < x.ids.size() && k < y.ids.size() && x.ids[k] == y.ids[k])
        ++k;
    return k;
}

// Two paragraphs are one paragraph edited when most of the shorter one is in the longer, in
// order, however much the longer one adds (an item grown to five times its length), and what
// they share is more than a word or two of the longer one's: a run of words, or a fair share.
// An item rewritten after the same opening words ("to consult with UPU on ...") keeps a
// quarter. Returns the characters shared, or nothing when they are not one paragraph.
constexpr double kMostOfShorter = 0.5;
constexpr double kRewrittenAfterOpening = 0.25;
constexpr std::size_t kOpeningWords = 4;
constexpr std::size_t kRunWords = 3;
constexpr double kShareOfLonger = 0.3;

std::optional<std::size_t> sameParagraph(const WordBag &x, const WordBag &y) {
    if (x.total == 0 || y.total == 0) {
        if (x.total == 0 && y.total == 0)
            return 0;
        return std::nullopt;
    }
    const double shorter = static_cast<double>(std::min(x.total, y.total));
    const double longer = static_cast<double>(std::max(x.total, y.total));
    const bool opening = sharedOpening(x, y) >= kOpeningWords;
    const double floor = (opening ? kRewrittenAfterOpening : kMostOfShorter) * shorter;
    if (static_cast<double>(commonBound(x, y)) < floor)
        return std::nullopt;
    const Shared s = shared(x, y);
    const double chars = static_cast<double>(s.chars);
    if (chars < floor)
        return std::nullopt;
    // A paragraph of a word or two grown longer ("considering" -> "considering further")
    // opens the longer one.
    const bool grownFromShort = sharedOpening(x, y) == std::min(x.ids.size(), y.ids.size());
    if (s.longestRun < kRunWords && chars < kShareOfLonger * longer && !grownFromShort)
        return std::nullopt;
    return s.chars;
}

// The characters a paragraph split (or join) keeps: one side against the parts of the other
// with a paragraph break between them, provided each part keeps half of itself.
std::optional<std::size_t>
sameParagraphs(const WordBag &one, const std::vector<const WordBag *> &parts, bool partsAreBase) {
    std::vector<int> ids;
    std::vector<std::uint32_t> lengths;
    std::vector<std::size_t> partOf;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        if (p > 0) {
            ids.push_back(-1); // the break: no word has this id
            lengths.push_back(1);
            partOf.push_back(parts.size());
        }
        for (std::size_t k = 0; k < parts[p]->ids.size(); ++k) {
            ids.push_back(parts[p]->ids[k]);
            lengths.push_back(parts[p]->lengths[k]);
            partOf.push_back(p);
        }
    }
    std::vector<std::size_t> kept(parts.size() + 1, 0);
    const std::vector<Segment> segs = partsAreBase ? keepMost(ids, one.ids, lengths, one.lengths)
                                                   : keepMost(one.ids, ids, one.lengths, lengths);
    std::size_t total = 0;
    for (const Segment &seg : segs)
        if (seg.equal)
            for (std::size_t k = 0; k < seg.a1 - seg.a0; ++k) {
                const std::size_t at = partsAreBase ? seg.a0 + k : seg.b0 + k;
                kept[partOf[at]] += lengths[at];
                total += lengths[at];
            }
    for (std::size_t p = 0; p < parts.size(); ++p)
        if (static_cast<double>(kept[p]) < kMostOfShorter * static_cast<double>(parts[p]->total))
            return std::nullopt;
    return total;
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
                    const bool elision = isApostrophe(next.c) && isElided(text.substr(i, end - i));
                    end = next.end;
                    if (elision)
                        break; // the apostrophe ends the elided word
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
    std::vector<std::uint32_t> wa, wb;
    for (std::string_view t : ta) {
        a.push_back(interner.id(t));
        wa.push_back(charCount(t));
    }
    for (std::string_view t : tb) {
        b.push_back(interner.id(t));
        wb.push_back(charCount(t));
    }

    // No readability merging: a space kept between two replaced words stays kept ("[-a-]{+x+}
    // [-b-]{+y+}"), as a word diff has it; swallowing it would delete a space no one removed.
    std::vector<bool> spaceId;
    for (std::size_t k = 0; k < ta.size(); ++k) {
        if (static_cast<std::size_t>(a[k]) >= spaceId.size())
            spaceId.resize(static_cast<std::size_t>(a[k]) + 1, false);
        spaceId[static_cast<std::size_t>(a[k])] = isSpaceToken(ta[k]);
    }
    auto leadsWithSpace = [&](int id) {
        return static_cast<std::size_t>(id) < spaceId.size() &&
               spaceId[static_cast<std::size_t>(id)];
    };
    const std::vector<Segment> merged = keepMost(a, b, wa, wb, leadsWithSpace);

    auto offsetA = [&](std::size_t k) {
        return k < ta.size() ? static_cast<std::size_t>(ta[k].data() - before.data())
                             : before.size();
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

std::vector<ParagraphGroup> alignParagraphGroups(const std::vector<std::string> &before,
                                                 const std::vector<std::string> &after) {
    // 1. For long texts, paragraphs found unchanged, once each side (same anchor key), are
    // matched first,
    // keeping the most text in order: a long item moved counts for more than a short one. A
    // text found more than once (empty paragraphs, a repeated item) is left to step 2.
    Interner keys;
    std::vector<std::string> keyA, keyB;
    for (const std::string &p : before)
        keyA.push_back(anchorKey(p));
    for (const std::string &p : after)
        keyB.push_back(anchorKey(p));
    std::vector<int> a, b;
    std::vector<std::uint32_t> wa, wb;
    for (const std::string &k : keyA)
        a.push_back(keys.id(k));
    for (const std::string &k : keyB)
        b.push_back(keys.id(k));
    std::unordered_map<int, std::pair<int, int>> seen; // id -> (count in before, in after)
    for (int id : a)
        ++seen[id].first;
    for (int id : b)
        ++seen[id].second;
    // Ids never equal to one of the other side stand for texts that are not anchors.
    int unique = -1;
    for (std::size_t i = 0; i < a.size(); ++i) {
        wa.push_back(charCount(keyA[i]) + 1);
        if (seen[a[i]] != std::pair<int, int>{1, 1})
            a[i] = unique--;
    }
    for (std::size_t j = 0; j < b.size(); ++j) {
        wb.push_back(charCount(keyB[j]) + 1);
        if (seen[b[j]] != std::pair<int, int>{1, 1})
            b[j] = unique--;
    }

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

    std::vector<ParagraphGroup> out;
    // 2. Between two anchors (or over the whole text): edited paragraphs paired in order, and
    // paragraphs split or joined, so as to keep the most characters; only one paragraph edited may
    // pair (sameParagraph). What stays unpaired is deleted (listed first) or inserted.
    constexpr std::size_t kMaxParts = 3;
    auto alignGap = [&](std::size_t i0, std::size_t i1, std::size_t j0, std::size_t j1) {
        const std::size_t n = i1 - i0, m = j1 - j0;
        std::vector<ParagraphGroup> matched;
        if (n > 0 && m > 0) {
            ensureBags();
            constexpr long kNone = -1;
            std::vector<long> pair(n * m, kNone);
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = 0; j < m; ++j)
                    if (auto c = sameParagraph(bagA[i0 + i], bagB[j0 + j]))
                        pair[i * m + j] = static_cast<long>(*c);
            // split[(i * m + j) * kMaxParts + k]: base i as edited j..j+k (k >= 1 more parts);
            // join: base i..i+k as edited j. One part at least is the paragraph edited, and
            // every part keeps half of itself (sameParagraphs).
            std::vector<long> split(n * m * kMaxParts, kNone), join(n * m * kMaxParts, kNone);
            auto inside = [](const WordBag &part, const WordBag &whole) {
                return 2 * commonBound(part, whole) >= part.total;
            };
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = 0; j < m; ++j) {
                    std::vector<const WordBag *> parts{&bagB[j0 + j]};
                    bool pairs = pair[i * m + j] != kNone;
                    for (std::size_t k = 1;
                         k < kMaxParts && j + k < m && inside(bagB[j0 + j + k - 1], bagA[i0 + i]) &&
                         inside(bagB[j0 + j + k], bagA[i0 + i]);
                         ++k) {
                        parts.push_back(&bagB[j0 + j + k]);
                        pairs = pairs || pair[i * m + j + k] != kNone;
                        if (pairs)
                            if (auto c = sameParagraphs(bagA[i0 + i], parts, false))
                                split[(i * m + j) * kMaxParts + k] = static_cast<long>(*c);
                    }
                    std::vector<const WordBag *> joined{&bagA[i0 + i]};
                    pairs = pair[i * m + j] != kNone;
                    for (std::size_t k = 1;
                         k < kMaxParts && i + k < n && inside(bagA[i0 + i + k - 1], bagB[j0 + j]) &&
                         inside(bagA[i0 + i + k], bagB[j0 + j]);
                         ++k) {
                        joined.push_back(&bagA[i0 + i + k]);
                        pairs = pairs || pair[(i + k) * m + j] != kNone;
                        if (pairs)
                            if (auto c = sameParagraphs(bagB[j0 + j], joined, true))
                                join[(i * m + j) * kMaxParts + k] = static_cast<long>(*c);
                    }
                }
            // Scores doubled, a split or join one less: on a tie, a pair and a whole paragraph.
            std::vector<long> best((n + 1) * (m + 1), 0);
            auto at = [&](std::size_t i, std::size_t j) -> long & { return best[i * (m + 1) + j]; };
            auto moves = [&](std::size_t i, std::size_t j, auto &&visit) {
                if (pair[i * m + j] != kNone && visit(2 * pair[i * m + j] + at(i + 1, j + 1), 1, 1))
                    return;
                for (std::size_t k = 1; k < kMaxParts; ++k) {
                    const long s = split[(i * m + j) * kMaxParts + k];
                    if (s != kNone && j + k < m &&
                        visit(2 * s - 1 + at(i + 1, j + k + 1), 1, k + 1))
                        return;
                    const long t = join[(i * m + j) * kMaxParts + k];
                    if (t != kNone && i + k < n &&
                        visit(2 * t - 1 + at(i + k + 1, j + 1), k + 1, 1))
                        return;
                }
            };
            for (std::size_t i = n; i-- > 0;)
                for (std::size_t j = m; j-- > 0;) {
                    long v = std::max(at(i + 1, j), at(i, j + 1));
                    moves(i, j, [&](long score, std::size_t, std::size_t) {
                        v = std::max(v, score);
                        return false;
                    });
                    at(i, j) = v;
                }
            std::size_t i = 0, j = 0;
            while (i < n && j < m) {
                bool moved = false;
                moves(i, j, [&](long score, std::size_t di, std::size_t dj) {
                    if (score != at(i, j))
                        return false;
                    matched.push_back(ParagraphGroup{i0 + i, i0 + i + di, j0 + j, j0 + j + dj});
                    i += di, j += dj;
                    moved = true;
                    return true;
                });
                if (moved)
                    continue;
                if (at(i, j) == at(i + 1, j))
                    ++i;
                else
                    ++j;
            }
        }
        std::size_t i = i0, j = j0;
        auto flush = [&](std::size_t iEnd, std::size_t jEnd) {
            for (; i < iEnd; ++i)
                out.push_back(ParagraphGroup{i, i + 1, j, j});
            for (; j < jEnd; ++j)
                out.push_back(ParagraphGroup{i, i, j, j + 1});
        };
        for (const ParagraphGroup &g : matched) {
            flush(g.base0, g.edited0);
            out.push_back(g);
            i = g.base1, j = g.edited1;
        }
        flush(i1, j1);
    };

    // A resolution is aligned whole, so that no paragraph found unchanged (a short item that
    // moved) keeps a longer edited one from its base; only very long texts are cut at anchors.
    if (before.size() * after.size() <= kAlignWhole) {
        alignGap(0, before.size(), 0, after.size());
        return out;
    }
    for (const Segment &s : keepMost(a, b, wa, wb)) {
        if (!s.equal) {
            alignGap(s.a0, s.a1, s.b0, s.b1);
            continue;
        }
        for (std::size_t k = 0; k < s.a1 - s.a0; ++k)
            out.push_back(ParagraphGroup{s.a0 + k, s.a0 + k + 1, s.b0 + k, s.b0 + k + 1});
    }
    return out;
}

std::vector<ParagraphPair> alignParagraphs(const std::vector<std::string> &before,
                                           const std::vector<std::string> &after) {
    // A split pairs the base paragraph with its first part, the other parts are inserted; a
    // join pairs the edited paragraph with the first base part, the others are deleted.
    std::vector<ParagraphPair> out;
    for (const ParagraphGroup &g : alignParagraphGroups(before, after)) {
        if (g.base1 > g.base0 && g.edited1 > g.edited0)
            out.push_back(ParagraphPair{g.base0, g.edited0});
        for (std::size_t i = g.base0 + (g.edited1 > g.edited0 ? 1 : 0); i < g.base1; ++i)
            out.push_back(ParagraphPair{i, ParagraphPair::npos});
        for (std::size_t j = g.edited0 + (g.base1 > g.base0 ? 1 : 0); j < g.edited1; ++j)
            out.push_back(ParagraphPair{ParagraphPair::npos, j});
    }
    return out;
}

} // namespace pa::diff
