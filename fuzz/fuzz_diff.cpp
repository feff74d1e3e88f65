// libFuzzer target: the word diff of two texts (the input's two parts around its first '\0';
// without one, the input against itself with its first line dropped) and the paragraph
// alignment of their lines. Invariants, checked on every input: the tokens of a text make up
// the text; the ops' Equal and Delete texts make up `before` and their Equal and Insert texts
// `after`, at the offsets they name, and no two neighbouring ops share a kind; the paragraph
// alignment names every paragraph of each side once, in order; the groups tile both sides.
#include "FuzzDocument.hpp"

#include "diff/WordDiff.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

void checkTokens(std::string_view text) {
    std::size_t at = 0;
    for (std::string_view token : pa::diff::tokenize(text)) {
        PA_FUZZ_CHECK(!token.empty());
        PA_FUZZ_CHECK(token.data() == text.data() + at);
        at += token.size();
    }
    PA_FUZZ_CHECK(at == text.size());
}

void checkOps(std::string_view before, std::string_view after) {
    const std::vector<pa::diff::Op> ops = pa::diff::diffWords(before, after);
    std::string rejected, accepted;
    for (std::size_t k = 0; k < ops.size(); ++k) {
        const pa::diff::Op &op = ops[k];
        PA_FUZZ_CHECK(!op.text.empty());
        PA_FUZZ_CHECK(k == 0 || ops[k - 1].kind != op.kind);
        if (op.kind != pa::diff::OpKind::Insert) {
            PA_FUZZ_CHECK(op.beforeOffset == rejected.size());
            PA_FUZZ_CHECK(before.substr(op.beforeOffset, op.text.size()) == op.text);
            rejected += op.text;
        }
        if (op.kind != pa::diff::OpKind::Delete) {
            PA_FUZZ_CHECK(op.afterOffset == accepted.size());
            PA_FUZZ_CHECK(after.substr(op.afterOffset, op.text.size()) == op.text);
            accepted += op.text;
        }
    }
    PA_FUZZ_CHECK(rejected == before);
    PA_FUZZ_CHECK(accepted == after);
}

void checkPairs(const std::vector<std::string> &before, const std::vector<std::string> &after) {
    using pa::diff::ParagraphPair;
    std::size_t nextBefore = 0, nextAfter = 0;
    for (const ParagraphPair &p : pa::diff::alignParagraphs(before, after)) {
        PA_FUZZ_CHECK(p.before != ParagraphPair::npos || p.after != ParagraphPair::npos);
        if (p.before != ParagraphPair::npos)
            PA_FUZZ_CHECK(p.before == nextBefore++);
        if (p.after != ParagraphPair::npos)
            PA_FUZZ_CHECK(p.after == nextAfter++);
    }
    PA_FUZZ_CHECK(nextBefore == before.size() && nextAfter == after.size());
}

void checkGroups(const std::vector<std::string> &before, const std::vector<std::string> &after) {
    std::size_t base = 0, edited = 0;
    for (const pa::diff::ParagraphGroup &g : pa::diff::alignParagraphGroups(before, after)) {
        PA_FUZZ_CHECK(g.base0 == base && g.edited0 == edited);
        PA_FUZZ_CHECK(g.base0 <= g.base1 && g.edited0 <= g.edited1);
        PA_FUZZ_CHECK(g.base1 > g.base0 || g.edited1 > g.edited0);
        // One and one, one and none, none and one, one and several, several and one.
        PA_FUZZ_CHECK(g.base1 - g.base0 <= 1 || g.edited1 - g.edited0 == 1);
        base = g.base1;
        edited = g.edited1;
    }
    PA_FUZZ_CHECK(base == before.size() && edited == after.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const std::string_view input = pa::fuzz::asText(data, size);
    auto [before, after] = pa::fuzz::splitTwo(input);
    if (!after) {
        const std::size_t line = before.find('\n');
        after = line == std::string_view::npos ? std::string_view() : before.substr(line + 1);
    }
    checkTokens(before);
    checkTokens(*after);
    checkOps(before, *after);
    // The paragraph alignment costs the most (every pair of lines may be compared):
    // alignParagraphs is alignParagraphGroups written as pairs, so each input runs one of them.
    if (size % 2 == 0)
        checkPairs(pa::fuzz::fuzzLines(before), pa::fuzz::fuzzLines(*after));
    else
        checkGroups(pa::fuzz::fuzzLines(before), pa::fuzz::fuzzLines(*after));
    return 0;
}
