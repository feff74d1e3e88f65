// libFuzzer target: recognition on a model built from fuzzed paragraphs (FuzzDocument.hpp:
// styles, tracked changes, list labels, table cells), then what reads the structure: the
// structure report, proposal mentions, draft tags and the office-error parser. Besides crashes
// and undefined behaviour, every paragraph index the structure holds must name a paragraph of
// the document, and every edit a range of one.
#include "FuzzDocument.hpp"

#include "numbering/DraftTags.hpp"
#include "numbering/ProposalMentions.hpp"
#include "recognition/Recognizer.hpp"
#include "report/OfficeErrors.hpp"
#include "report/StructureReport.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace {

void checkStructure(const pa::Document &document, const pa::Recognition &recognition) {
    const std::size_t n = document.paragraphs.size();
    PA_FUZZ_CHECK(recognition.roles.size() == n);
    for (std::size_t u : recognition.unplaced)
        PA_FUZZ_CHECK(u < n);
    for (const pa::Proposal &p : recognition.structure.proposals) {
        PA_FUZZ_CHECK(p.header <= p.last && p.last < n);
        PA_FUZZ_CHECK(!p.reasons || *p.reasons < n);
        PA_FUZZ_CHECK(!p.resolution || *p.resolution < recognition.structure.resolutions.size());
    }
    for (const pa::Resolution &r : recognition.structure.resolutions) {
        PA_FUZZ_CHECK(r.first <= r.last && r.last < n);
        for (const auto &line : {r.numberLine, r.title, r.history, r.preamble})
            PA_FUZZ_CHECK(!line || *line < n);
        for (const pa::Call &c : r.calls) {
            PA_FUZZ_CHECK(c.paragraph < n);
            for (const pa::Item &i : c.items) {
                PA_FUZZ_CHECK(i.paragraph < n);
                PA_FUZZ_CHECK(!i.parent || *i.parent < c.items.size());
            }
        }
        for (std::size_t a : r.annexHeadings)
            PA_FUZZ_CHECK(a < n);
        for (const pa::Clause &c : r.clauses) {
            PA_FUZZ_CHECK(c.paragraph < n);
            for (const pa::Item &i : c.items)
                PA_FUZZ_CHECK(i.paragraph < n);
            for (std::size_t b : c.body)
                PA_FUZZ_CHECK(b < n);
        }
    }
}

void checkEdits(const pa::Document &document, const std::vector<pa::TextEdit> &edits) {
    for (const pa::TextEdit &e : edits) {
        PA_FUZZ_CHECK(e.paragraph < document.paragraphs.size());
        PA_FUZZ_CHECK(e.start <= e.end);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const std::string_view input = pa::fuzz::asText(data, size);
    const pa::Document document = pa::fuzz::fuzzDocument(input);
    const pa::Recognition recognition = pa::recognize(document);
    checkStructure(document, recognition);
    (void)pa::structureReport(document, recognition);
    // (The document's language and cover line are read by validation: fuzz_validate.)

    std::vector<std::size_t> headers;
    std::vector<std::pair<std::string, std::string>> renamed;
    for (const pa::Proposal &p : recognition.structure.proposals) {
        headers.push_back(p.header);
        renamed.emplace_back(p.numberText, "X/1/" + std::to_string(headers.size()));
    }
    checkEdits(document, pa::proposalMentionEdits(document, headers, renamed));
    checkEdits(document,
               pa::draftTagEdits(document, pa::draftTagChanges(recognition.structure), headers));
    (void)pa::officeErrorWords(pa::officeErrorCode(0, input), "");
    return 0;
}
