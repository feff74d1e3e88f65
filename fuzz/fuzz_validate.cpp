// libFuzzer target: validation of a fuzzed document, recognised, against a base text.
//
// Input: one options byte (bits 0-2 the assembly the MOD must name, bit 3 a rule ignored, bit 4
// the document is its own base when no base follows), then a FuzzDocument (the proposal) and,
// after a '\0', another (the base document). Besides crashes and undefined behaviour: every
// finding, note and fix points into the document (UTF-16 ranges of a paragraph's marked text);
// a finding is found again among the same findings; the reports are written.
#include "FuzzDocument.hpp"

#include "basetext/BaseText.hpp"
#include "recognition/Recognizer.hpp"
#include "report/DiagnosticsReport.hpp"
#include "text/Text.hpp"
#include "validation/Validator.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace {

void checkRange(const std::vector<std::size_t> &lengths, std::size_t paragraph, std::size_t start,
                std::size_t end) {
    PA_FUZZ_CHECK(paragraph < lengths.size());
    PA_FUZZ_CHECK(start <= end && end <= lengths[paragraph]);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size == 0)
        return 0;
    const unsigned options = data[0];
    const auto [first, second] = pa::fuzz::splitTwo(pa::fuzz::asText(data + 1, size - 1));
    const pa::Document document = pa::fuzz::fuzzDocument(first);
    const pa::Recognition recognition = pa::recognize(document);

    pa::BaseText base;
    if (second) {
        const pa::Document baseDocument = pa::fuzz::fuzzDocument(*second);
        base.add(baseDocument, pa::recognize(baseDocument), "fuzz-base", "11");
    } else if (options & 0x10) {
        base.add(document, recognition, "fuzz-self");
    }
    const pa::BaseText *basePointer = base.empty() ? nullptr : &base;

    pa::ValidationSettings settings;
    settings.assembly = pa::fuzz::kFuzzAssemblies[options & 0x07];
    if (options & 0x08)
        settings.ignoredRules.insert("punctuation");
    const std::vector<pa::Diagnostic> diagnostics =
        pa::validate(document, recognition, basePointer, settings);

    std::vector<std::size_t> lengths;
    for (const pa::Paragraph &p : document.paragraphs)
        lengths.push_back(pa::text::utf16Length(p.text(pa::View::Marked)));
    for (const pa::Diagnostic &d : diagnostics) {
        checkRange(lengths, d.paragraph, d.start, d.end);
        for (const pa::Note &n : d.notes)
            checkRange(lengths, n.paragraph, n.start, n.end);
        if (d.fix) {
            for (const pa::TextEdit &e : d.fix->edits())
                checkRange(lengths, e.paragraph, e.start, e.end);
            PA_FUZZ_CHECK(d.fix->paragraph() <= lengths.size());
        }
        (void)pa::findingWords(document, d);
    }
    if (!diagnostics.empty()) {
        for (std::size_t chosen : {std::size_t{0}, diagnostics.size() - 1})
            PA_FUZZ_CHECK(pa::findAgain(document, diagnostics, chosen, document, diagnostics) ==
                          chosen);
    }
    (void)pa::baseCoverage(document, recognition, basePointer).summary();
    (void)pa::diagnosticsReport(diagnostics);
    (void)pa::diagnosticsText("fuzz.docx", diagnostics);
    return 0;
}
