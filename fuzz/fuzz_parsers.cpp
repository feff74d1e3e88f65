// libFuzzer target: every context-free parser of one paragraph's text, in all six languages
// (the seeds are paragraphs of the test documents of tests/data/languages): proposal line and
// number, number line, history line, preamble, calls, item labels, section and annex headings,
// Reasons, the cover line, the revision of each line for an assembly, and text normalization.
// Besides crashes and undefined behaviour, every span a parser returns must lie in the text,
// and a revision must keep the line as it was when rejected.
#include "FuzzDocument.hpp"

#include "lexicon/Assemblies.hpp"
#include "recognition/Cover.hpp"
#include "recognition/Patterns.hpp"
#include "revision/RevisionLines.hpp"
#include "text/Text.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

// The assembly a revision names, picked by the input's length: Latin, Cyrillic, Arabic,
// Chinese and a name no table knows.
constexpr std::string_view kAssemblies[] = {"New Delhi, 2024",
                                            "\xD0\x9D\xD1\x8C\xD1\x8E-"
                                            "\xD0\x94\xD0\xB5\xD0\xBB\xD0\xB8, "
                                            "2024 \xD0\xB3.",
                                            "Hammamet, 2016", "WTSA-24", "Geneva"};

void checkSpan(const pa::revision::Span &span, std::string_view text) {
    PA_FUZZ_CHECK(span.begin <= span.end && span.end <= text.size());
}

void revisionLines(std::string_view text) {
    using namespace pa::revision;
    if (const auto n = parseNumberLine(text)) {
        if (n->assembly)
            checkSpan(*n->assembly, text);
        if (n->group)
            checkSpan(*n->group, text);
    }
    (void)numberLineLanguage(text);
    if (const auto h = parseHistoryLine(text)) {
        PA_FUZZ_CHECK(h->spans.size() == h->assemblies.size());
        for (const Span &s : h->spans)
            checkSpan(s, text);
        PA_FUZZ_CHECK(h->closing < text.size());
    }
    if (const auto p = parsePreamble(text))
        checkSpan(p->span, text);
    const std::string_view assembly = kAssemblies[text.size() % std::size(kAssemblies)];
    for (LineKind kind : {LineKind::Number, LineKind::History, LineKind::Preamble}) {
        (void)lineAssembly(kind, text);
        if (const auto ops = reviseOps(kind, text, assembly)) {
            // The ops rewrite the line: rejecting them gives it back.
            PA_FUZZ_CHECK(rejectedText(*ops) == text);
            (void)acceptedText(*ops);
            (void)runsFromOps(*ops, pa::TrackedChange{});
        }
    }
}

void patterns(std::string_view text) {
    using namespace pa::patterns;
    (void)parseProposalLine(text);
    (void)parseProposalNumber(text);
    (void)isHistoryLine(text);
    (void)isPreamble(text);
    (void)matchCall(text);
    if (const auto key = labelKey(text)) {
        if (key->shape == LabelShape::Letter)
            (void)letterPosition(key->key);
        (void)isRomanNumeral(key->key);
        (void)clauseNumber(key->key);
    }
    (void)parseItemLabel(text);
    (void)itemFromListLabel(text);
    (void)sectionHeading(text);
    (void)isReasons(text);
    (void)isAnnexHeading(text);
    (void)clauseNumber(text);
    (void)letterPosition(text);
    (void)pa::parseCoverLine(text);
}

void normalization(std::string_view text) {
    (void)pa::text::normalize(text);
    (void)pa::text::isBlank(text);
    const pa::text::Folded folded = pa::text::foldWithOffsets(text);
    PA_FUZZ_CHECK(folded.rawSize == text.size());
    PA_FUZZ_CHECK(folded.rawBeginOf.size() == folded.text.size());
    PA_FUZZ_CHECK(folded.rawEndOf.size() == folded.text.size());
    for (std::size_t i = 0; i < folded.text.size(); ++i)
        PA_FUZZ_CHECK(folded.rawBeginOf[i] <= folded.rawEndOf[i] &&
                      folded.rawEndOf[i] <= text.size());
    (void)pa::text::upper(text);
    const std::size_t units = pa::text::utf16Length(text);
    PA_FUZZ_CHECK(pa::text::byteOffsetOfUtf16(text, units) <= text.size());
    (void)pa::text::toUtf8(pa::text::toUtf16(text));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const std::string_view input = pa::fuzz::asText(data, size);
    // A '\0' splits two assembly names to compare; the parsers read the first part.
    const auto [text, other] = pa::fuzz::splitTwo(input);
    patterns(text);
    revisionLines(text);
    normalization(text);
    if (other) {
        (void)pa::revision::sameAssembly(text, *other);
        (void)pa::assemblies::identify(*other);
        (void)pa::assemblies::spellingLanguages(*other);
        (void)pa::assemblies::localized(*other,
                                        pa::lexicons()[text.size() % pa::lexicons().size()]);
    }
    return 0;
}
