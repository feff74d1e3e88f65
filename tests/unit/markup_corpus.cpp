// Mark Up Against Base on the corpus: Resolution 11 (Hammamet, 2016) -> (New Delhi, 2024), and
// the edits of the ATU proposal MOD ATU/35A3/1 re-marked against the corpus base.
#include "markup_support.hpp"

#include "basetext/BaseText.hpp"
#include "recognition/Recognizer.hpp"
#include "revision/RevisionLines.hpp"

#include <algorithm>

using namespace pa;
using namespace pa::test;

namespace {

const char *const kNewDelhi = "New Delhi, 2024";

// Resolution 11 from its number line (paragraph 5 of the published text, after the FOREWORD).
Texts hammamet() {
    return loadTexts("res11-hammamet-2016", 5);
}
// The 2024 text from its title (paragraph 5: the published text has lost its number line).
Texts newDelhi() {
    return loadTexts("res11-new-delhi-2024", 5);
}

markup::MarkupOptions options(std::string assembly = {}) {
    markup::MarkupOptions o;
    o.change.author = "ATU";
    o.change.date = "2024-06-01T09:00:00";
    o.assembly = std::move(assembly);
    return o;
}

std::size_t indexOfSource(const markup::MarkupResult &r, std::size_t before, std::size_t after) {
    for (std::size_t k = 0; k < r.sources.size(); ++k)
        if (r.sources[k].before == before && r.sources[k].after == after)
            return k;
    FAIL("no marked paragraph shows base " << before << " / edited " << after);
    return 0;
}

} // namespace

TEST_CASE("Resolution 11: Hammamet 2016 marked up to New Delhi 2024 as published",
          "[markup][corpus]") {
    const Texts base = hammamet();
    const Texts edited = newDelhi();
    const auto result = markup::markUp(base.paragraphs, base.roles, edited.paragraphs, options());
    checkInvariant(result, base.paragraphs, edited.paragraphs);

    // The published 2024 text has no number line: it is deleted whole, mark included.
    CHECK(render(result.paragraphs[0]) == "[-RESOLUTION 11 (Rev. Hammamet, 2016)-]\xC2\xB6-");
    // The preamble is changed the way domain §2 shows it, not word by word.
    const std::size_t preamble = indexOfSource(result, 3, 2);
    CHECK(render(result.paragraphs[preamble]) ==
          "The World Telecommunication Standardization Assembly ([-Hammamet, 2016-]{+New\xC2\xA0"
          "Delhi, 2024+}),");
    // A one-word-scale change inside an item stays small.
    const std::size_t itemC = indexOfSource(result, 7, 6);
    CHECK(render(result.paragraphs[itemC]) ==
          "c)\tthe usefulness of examining jointly the implications of any new {+ITU "
          "Telecommunication "
          "Standardization Sector (ITU\xE2\x80\x91T) +}Recommendations or modifications to current "
          "{+ITU\xE2\x80\x91T +}Recommendations made in this connection,");
    // The new call and its item are inserted whole, with their ITU styles.
    const std::size_t call = indexOfSource(result, diff::ParagraphPair::npos, 18);
    CHECK(result.paragraphs[call].style == "Call");
    CHECK(
        render(result.paragraphs[call]) ==
        "{+instructs study groups of the ITU Telecommunication Standardization Sector+}\xC2\xB6+");
    CHECK(result.paragraphs[call + 1].style == "Standard");
    CHECK(result.paragraphs[call + 1].mark->kind == ChangeKind::Insertion);
    // Item 2 is edited in place; item 3, appended, borrows item 2's paragraph mark.
    const std::size_t item2 = indexOfSource(result, 19, 22);
    CHECK(result.paragraphs[item2].mark->kind == ChangeKind::Insertion);
    CHECK(
        render(result.paragraphs[item2])
            .rfind("2\tto consult with UPU on the establishment of a joint working group between ",
                   0) == 0);
    CHECK(
        render(result.paragraphs.back()) ==
        "{+3\tto support the organization of any events and activities related to enhancing the "
        "efficiency "
        "and effectiveness of postal services through new and emerging telecommunications/ICTs.+}");
    // Unchanged paragraphs carry no change at all.
    CHECK_FALSE(
        result.paragraphs[indexOfSource(result, 4, 3)].hasTrackedChanges()); // "considering"
    CHECK(result.paragraphs[indexOfSource(result, 4, 3)].style == "Call");
}

TEST_CASE("Resolution 11 with its number line, for WTSA-24", "[markup][corpus]") {
    const Texts base = hammamet();
    Texts edited = newDelhi();
    edited.paragraphs.insert(edited.paragraphs.begin(),
                             plainParagraph("RESOLUTION 11 (Rev. New Delhi, 2024)", "ResNo"));
    const auto result =
        markup::markUp(base.paragraphs, base.roles, edited.paragraphs, options(kNewDelhi));
    checkInvariant(result, base.paragraphs, edited.paragraphs);
    CHECK(render(result.paragraphs[0]) ==
          "RESOLUTION 11 (Rev. [-Hammamet, 2016-]{+New Delhi, 2024+})");
    CHECK(result.paragraphs[0].style == "ResNo");
}

TEST_CASE("an unedited base for WTSA-24: only the three revision lines change",
          "[markup][corpus]") {
    const Texts base = hammamet();
    const auto result =
        markup::markUp(base.paragraphs, base.roles, base.paragraphs, options(kNewDelhi));
    checkInvariant(result, base.paragraphs);
    REQUIRE(result.paragraphs.size() == base.paragraphs.size());
    CHECK(render(result.paragraphs[0]) ==
          "RESOLUTION 11 (Rev. [-Hammamet, 2016-]{+New Delhi, 2024+})");
    CHECK(render(result.paragraphs[2]) ==
          "(Malaga-Torremolinos, 1984; Helsinki, 1993; Geneva, 1996; Montreal, "
          "2000;\nFlorianópolis, 2004; "
          "Johannesburg, 2008; Dubai, 2012; Hammamet, 2016{+; New Delhi, 2024+})");
    CHECK(render(result.paragraphs[3]) == "The World Telecommunication Standardization Assembly "
                                          "([-Hammamet, 2016-]{+New Delhi, 2024+}),");
    CHECK(result.insertions == 3);
    CHECK(result.deletions == 2);
    for (std::size_t i = 4; i < result.paragraphs.size(); ++i)
        CHECK_FALSE(result.paragraphs[i].hasTrackedChanges());
    // Accept-all names the new assembly in all three lines.
    CHECK(result.proposed[0] == "RESOLUTION 11 (Rev. New Delhi, 2024)");
    CHECK(revision::lineAssembly(revision::LineKind::History, result.proposed[2]) ==
          std::string(kNewDelhi));
    CHECK(revision::lineAssembly(revision::LineKind::Preamble, result.proposed[3]) ==
          std::string(kNewDelhi));
}

TEST_CASE("the ATU proposal's edits re-marked against the corpus base",
          "[markup][corpus][basetext]") {
    // The base as the extension reads it: recognised, into BaseText.
    const Document baseDoc = corpusModel("res11-hammamet-2016.docx");
    BaseText baseText;
    REQUIRE(baseText.add(baseDoc, recognize(baseDoc), "res11-hammamet-2016.docx") == 1);
    const BaseResolution *base = baseText.find("11");
    REQUIRE(base != nullptr);

    // The author's text: the proposal's Resolution 11 with every change accepted.
    const Document proposal = corpusModel("ATU-35A3-mod-res11.docx");
    const Recognition rec = recognize(proposal);
    REQUIRE(rec.structure.resolutions.size() == 1);
    const Resolution &r = rec.structure.resolutions[0];
    const std::vector<Paragraph> resolution(
        proposal.paragraphs.begin() + static_cast<std::ptrdiff_t>(r.first),
        proposal.paragraphs.begin() + static_cast<std::ptrdiff_t>(r.last) + 1);
    std::vector<Paragraph> edited;
    for (markup::ViewParagraph &v : markup::paragraphsInView(resolution, View::Proposed))
        edited.push_back(std::move(v.paragraph));
    // The proposal was made against this very base: its own reject-all view is the base.
    CHECK(markup::textsInView(resolution, View::Original) ==
          textsOf(base->paragraphs, View::Original));

    const auto result = markup::markUp(*base, edited, options(kNewDelhi));
    checkInvariant(result, base->paragraphs, edited);
    CHECK(render(result.paragraphs[0]) ==
          "RESOLUTION 11 (Rev. [-Hammamet, 2016-]{+New Delhi, 2024+})");
    // The proposal deletes its last numbered item: a whole-paragraph deletion, which at the end
    // of the resolution takes the paragraph mark of the item before it.
    const auto deleted = std::count_if(
        result.sources.begin(), result.sources.end(),
        [](const diff::ParagraphPair &s) { return s.after == diff::ParagraphPair::npos; });
    CHECK(deleted == 1);
    const Paragraph &last = result.paragraphs.back();
    CHECK(result.sources.back().after == diff::ParagraphPair::npos);
    CHECK(last.text(View::Proposed).empty());
    CHECK(last.text(View::Original).rfind("2\tto consult with UPU", 0) == 0);
    REQUIRE(result.paragraphs[result.paragraphs.size() - 2].mark);
    CHECK(result.paragraphs[result.paragraphs.size() - 2].mark->kind == ChangeKind::Deletion);
}
