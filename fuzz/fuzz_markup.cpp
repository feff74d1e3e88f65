// libFuzzer target: Mark Up Against Base with its promise checked on every input: accepting
// all of the mark-up gives the edited text, rejecting all of it gives the base, paragraph by
// paragraph, to the byte (a violation aborts: a finding).
//
// Input: one options byte (bits 0-2 the assembly to name, bit 3 base roles from recognition,
// bit 4 edited roles from recognition), then a FuzzDocument. Without a '\0' the base is that
// document with its changes rejected and the edited text the same with them accepted (the
// seeds are the MODs of the test documents); with one, the base is the part before it and the
// edited text the part after (the test documents' base and edited resolutions).
#include "FuzzDocument.hpp"

#include "markup/Markup.hpp"
#include "model/Views.hpp"
#include "recognition/Recognizer.hpp"
#include "text/Text.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

// The plain paragraphs of a fuzzed document in one view (at least one: there must be a
// resolution to mark up).
std::vector<pa::Paragraph> inView(const pa::Document &document, pa::View view) {
    std::vector<pa::Paragraph> out;
    for (pa::markup::ViewParagraph &v : pa::markup::paragraphsInView(document.paragraphs, view)) {
        PA_FUZZ_CHECK(!v.paragraph.hasTrackedChanges());
        out.push_back(std::move(v.paragraph));
    }
    if (out.empty())
        out.push_back(pa::plainParagraph(""));
    return out;
}

std::vector<std::string> texts(const std::vector<pa::Paragraph> &paragraphs) {
    std::vector<std::string> out;
    for (const pa::Paragraph &p : paragraphs)
        out.push_back(p.text(pa::View::Proposed));
    return out;
}

std::vector<pa::Role> rolesOf(const std::vector<pa::Paragraph> &paragraphs) {
    pa::Document document;
    document.paragraphs = paragraphs;
    return pa::recognize(document).roles;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size == 0)
        return 0;
    const unsigned options = data[0];
    const auto [first, second] = pa::fuzz::splitTwo(pa::fuzz::asText(data + 1, size - 1));
    const pa::Document one = pa::fuzz::fuzzDocument(first);
    const std::vector<pa::Paragraph> base = inView(one, pa::View::Original);
    const std::vector<pa::Paragraph> edited =
        second ? inView(pa::fuzz::fuzzDocument(*second), pa::View::Proposed)
               : inView(one, pa::View::Proposed);

    pa::markup::MarkupOptions markupOptions;
    markupOptions.change = pa::TrackedChange{pa::ChangeKind::Insertion, "Fuzz", "2024-05-02"};
    markupOptions.assembly = pa::fuzz::kFuzzAssemblies[options & 0x07];
    const std::vector<pa::Role> baseRoles =
        (options & 0x08) ? rolesOf(base) : std::vector<pa::Role>{};
    if (options & 0x10)
        markupOptions.editedRoles = rolesOf(edited);

    const pa::markup::MarkupResult result =
        pa::markup::markUp(base, baseRoles, edited, markupOptions);

    // Reject all: the base. Accept all: what the result says it proposes, which is the edited
    // text itself when no assembly is to be named.
    PA_FUZZ_CHECK(pa::markup::textsInView(result.paragraphs, pa::View::Original) == texts(base));
    PA_FUZZ_CHECK(pa::markup::textsInView(result.paragraphs, pa::View::Proposed) ==
                  result.proposed);
    PA_FUZZ_CHECK(result.proposed.size() == edited.size());
    if (markupOptions.assembly.empty())
        PA_FUZZ_CHECK(result.proposed == texts(edited));
    PA_FUZZ_CHECK(result.sources.size() == result.paragraphs.size());
    PA_FUZZ_CHECK(!result.paragraphs.empty() && !result.paragraphs.back().mark);

    // What Writer is told to mark lies inside the marked paragraphs.
    for (const pa::markup::RedlineSpan &span : pa::markup::redlineSpans(result.paragraphs)) {
        PA_FUZZ_CHECK(span.paragraph < result.paragraphs.size());
        const std::string marked = result.paragraphs[span.paragraph].text(pa::View::Marked);
        PA_FUZZ_CHECK(span.start + span.length <= pa::text::utf16Length(marked));
    }
    return 0;
}
