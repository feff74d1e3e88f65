// Mark Up Against Base on small made-up resolutions: each kind of edit a delegate makes, the
// paragraph marks of whole insertions and deletions, styles, and what Writer is told to mark.
#include "markup_support.hpp"

#include <random>
#include <stdexcept>

using namespace pa;
using namespace pa::test;

namespace {

markup::MarkupOptions author() {
    markup::MarkupOptions o;
    o.change.author = "EUR";
    o.change.date = "2024-05-02T08:30:00";
    return o;
}

std::vector<Paragraph>
paragraphs(const std::vector<std::pair<std::string, std::string>> &styledTexts) {
    std::vector<Paragraph> out;
    for (const auto &[style, text] : styledTexts)
        out.push_back(plainParagraph(text, style));
    return out;
}

// A small resolution body: two calls, lettered and numbered items.
std::vector<Paragraph> baseResolution() {
    return paragraphs({
        {"Call", "considering"},
        {"Standard", "a)\tthat postal services are essential;"},
        {"Standard", "b)\tthat telecommunications support them;"},
        {"Standard", "c)\tthat both sectors converge,"},
        {"Call", "resolves"},
        {"Standard", "1\tto collaborate on services;"},
        {"Standard", "2\tto report to the Council."},
    });
}

std::vector<std::string> rendered(const markup::MarkupResult &r) {
    std::vector<std::string> out;
    for (const Paragraph &p : r.paragraphs)
        out.push_back(render(p));
    return out;
}

} // namespace

TEST_CASE("one changed word: exactly one deletion and one insertion", "[markup]") {
    const auto base = baseResolution();
    auto edited = base;
    edited[5] = plainParagraph("1\tto cooperate on services;", "Standard");
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    CHECK(r.insertions == 1);
    CHECK(r.deletions == 1);
    CHECK(render(r.paragraphs[5]) == "1\tto [-collaborate-]{+cooperate+} on services;");
    REQUIRE(r.paragraphs[5].runs.size() == 4);
    CHECK(r.paragraphs[5].runs[1].change->author == "EUR");
    CHECK(r.paragraphs[5].runs[2].change->date == "2024-05-02T08:30:00");
    for (std::size_t i = 0; i < r.paragraphs.size(); ++i)
        if (i != 5)
            CHECK_FALSE(r.paragraphs[i].hasTrackedChanges());
}

TEST_CASE("a punctuation change is a change of the mark alone", "[markup]") {
    const auto base = baseResolution();
    auto edited = base;
    edited[3] = plainParagraph("c)\tthat both sectors converge;", "Standard");
    edited[6] = plainParagraph("2\tto report to the Council;", "Standard");
    edited.push_back(plainParagraph("3\tto publish the results.", "Standard"));
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    CHECK(render(r.paragraphs[3]) == "c)\tthat both sectors converge[-,-]{+;+}");
    CHECK(render(r.paragraphs[6]) == "2\tto report to the Council[-.-]{+;+}\xC2\xB6+");
    CHECK(render(r.paragraphs[7]) == "{+3\tto publish the results.+}");
}

TEST_CASE("an inserted item is a whole paragraph, later items relettered as changes", "[markup]") {
    const auto base = baseResolution();
    auto edited = base;
    edited.insert(edited.begin() + 2,
                  plainParagraph("b)\tthat artificial intelligence changes both;", "Standard"));
    edited[3] = plainParagraph("c)\tthat telecommunications support them;", "Standard");
    edited[4] = plainParagraph("d)\tthat both sectors converge,", "Standard");
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    CHECK(rendered(r) == std::vector<std::string>{
                             "considering",
                             "a)\tthat postal services are essential;",
                             "{+b)\tthat artificial intelligence changes both;+}\xC2\xB6+",
                             "[-b-]{+c+})\tthat telecommunications support them;",
                             "[-c-]{+d+})\tthat both sectors converge,",
                             "resolves",
                             "1\tto collaborate on services;",
                             "2\tto report to the Council.",
                         });
    CHECK(r.paragraphs[2].style == "Standard");
    CHECK(r.sources[2].before == diff::ParagraphPair::npos);
}

TEST_CASE("a deleted item is a whole paragraph, later items renumbered as changes", "[markup]") {
    auto base = baseResolution();
    base.push_back(plainParagraph("3\tto publish the results.", "Standard"));
    base[6] = plainParagraph("2\tto report to the Council;", "Standard");
    auto edited = base;
    edited.erase(edited.begin() + 5);
    edited[5] = plainParagraph("1\tto report to the Council;", "Standard");
    edited[6] = plainParagraph("2\tto publish the results.", "Standard");
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    CHECK(rendered(r) == std::vector<std::string>{
                             "considering",
                             "a)\tthat postal services are essential;",
                             "b)\tthat telecommunications support them;",
                             "c)\tthat both sectors converge,",
                             "resolves",
                             "[-1\tto collaborate on services;-]\xC2\xB6-",
                             "[-2-]{+1+}\tto report to the Council;",
                             "[-3-]{+2+}\tto publish the results.",
                         });
}

TEST_CASE("a deleted last item takes the mark of the item before it", "[markup]") {
    const auto base = baseResolution();
    auto edited = base;
    edited.pop_back();
    edited[5] = plainParagraph("1\tto collaborate on services.", "Standard");
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    CHECK(render(r.paragraphs[5]) == "1\tto collaborate on services[-;-]{+.+}\xC2\xB6-");
    CHECK(render(r.paragraphs[6]) == "[-2\tto report to the Council.-]");
}

TEST_CASE("unrelated paragraphs at the end become one replaced paragraph", "[markup]") {
    const auto base = baseResolution();
    auto edited = base;
    edited[6] =
        plainParagraph("2\tan entirely new instruction about artificial intelligence;", "Standard");
    edited.push_back(plainParagraph("3\tand another one.", "Standard"));
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    // No paragraph can absorb a whole insertion after the last item: the old item 2 and the
    // new one share one paragraph, the third item borrows its mark.
    CHECK(render(r.paragraphs[6]) ==
          "[-2\tto report to the Council.-]{+2\tan entirely new instruction about "
          "artificial intelligence;+}\xC2\xB6+");
    CHECK(render(r.paragraphs[7]) == "{+3\tand another one.+}");
}

TEST_CASE("empty paragraphs inserted, deleted and kept", "[markup]") {
    const auto base = paragraphs({{"Call", "considering"},
                                  {"Standard", ""},
                                  {"Standard", "a)\tthat x;"},
                                  {"Standard", "b)\tthat y,"}});
    const auto edited = paragraphs({{"Call", "considering"},
                                    {"Standard", "a)\tthat x;"},
                                    {"Standard", ""},
                                    {"Standard", ""},
                                    {"Standard", "b)\tthat y,"},
                                    {"Standard", ""}});
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    const auto all = markup::markUp(base, {}, paragraphs({{"Standard", ""}}), author());
    checkInvariant(all, base);
    CHECK(all.proposed == std::vector<std::string>{""});
    const auto fromEmpty = markup::markUp(paragraphs({{"Standard", ""}}), {}, base, author());
    checkInvariant(fromEmpty, paragraphs({{"Standard", ""}}), base);
}

TEST_CASE("no-break spaces and non-breaking hyphens are kept to the character", "[markup]") {
    const auto base = paragraphs({{"Standard", "that, under No.\xC2\xA0"
                                               "9 of the ITU Constitution, ITU-T and ITU-D,"}});
    const auto edited = paragraphs(
        {{"Standard", "that, under No. 9 of the ITU Constitution, ITU\xE2\x80\x91T and ITU-D,"}});
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    CHECK(render(r.paragraphs[0]) == "that, under No.[-\xC2\xA0-]{+ +}9 of the ITU Constitution, "
                                     "[-ITU-T-]{+ITU\xE2\x80\x91T+} and ITU-D,");
}

TEST_CASE("non-ASCII text: French, Russian, Chinese", "[markup]") {
    const auto base =
        paragraphs({{"Call", "considérant"},
                    {"Standard", "a)\tque l'Union postale universelle (UPU) coopère;"},
                    {"Standard", "b)\tчто почтовые услуги важны;"},
                    {"Standard", "c)\t考虑到邮政服务的重要性，"}});
    const auto edited = paragraphs(
        {{"Call", "considérant"},
         {"Standard", "a)\tque l'Union postale universelle (UPU) collabore étroitement;"},
         {"Standard", "b)\tчто почтовые и электронные услуги важны;"},
         {"Standard", "c)\t考虑到电信服务的重要性，"}});
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    CHECK(render(r.paragraphs[1]) ==
          "a)\tque l'Union postale universelle (UPU) [-coopère-]{+collabore étroitement+};");
    CHECK(render(r.paragraphs[2]) == "b)\tчто почтовые {+и электронные +}услуги важны;");
    CHECK(render(r.paragraphs[3]) == "c)\t考虑到[-邮政-]{+电信+}服务的重要性，");
}

TEST_CASE("inserted paragraphs take the ITU style of their role", "[markup]") {
    const auto base = paragraphs(
        {{"Call", "resolves"}, {"Standard", "1\tto collaborate;"}, {"Standard", "2\tto report."}});
    auto edited = paragraphs(
        {{"Call", "resolves"},
         {"Standard", "1\tto collaborate;"},
         {"Standard", "2\tto report:"},
         {"Standard", "\xE2\x80\xA2\tto the Council;"},
         {"Standard", "\xE2\x80\x93\tto the Members;"},
         {"Standard", "instructs the Director of the Telecommunication Standardization Bureau"},
         {"Standard", "to follow up."}});
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    REQUIRE(r.paragraphs.size() == 7);
    CHECK(r.paragraphs[3].style == "enumlev1");
    CHECK(r.paragraphs[4].style == "enumlev2");
    CHECK(r.paragraphs[5].style == "Call");
    CHECK(r.paragraphs[6].style == "Standard");

    // A Word file's display names come out as the ITU style ids.
    const auto word =
        markup::markUp(paragraphs({{"Res_No", "RESOLUTION 1"}, {"Standard", "x"}}), {},
                       paragraphs({{"Standard", "RESOLUTION 1"}, {"Standard", "y"}}), author());
    CHECK(word.paragraphs[0].style == "ResNo");
    CHECK(word.paragraphs[0].styleDisplay == "Res_No");

    // Roles from recognition win over what the text suggests.
    auto withRoles = author();
    withRoles.editedRoles = {Role::Call,       Role::NumberedItem, Role::NumberedItem,
                             Role::BulletItem, Role::BulletItem,   Role::Call,
                             Role::AnnexTitle};
    const auto r2 = markup::markUp(base, {}, edited, withRoles);
    CHECK(r2.paragraphs[6].style == "Annextitle");
}

TEST_CASE("revision lines found by their text when no roles are given", "[markup]") {
    const auto base =
        paragraphs({{"ResNo", "RESOLUTION 11 (Rev. Hammamet, 2016)"},
                    {"Resref", "(Dubai, 2012; Hammamet, 2016)"},
                    {"Normalaftertitle",
                     "The World Telecommunication Standardization Assembly (Hammamet, 2016),"},
                    {"Call", "considering"}});
    auto options = author();
    options.assembly = "New Delhi, 2024";
    const auto r = markup::markUp(base, {}, base, options);
    checkInvariant(r, base);
    CHECK(rendered(r) == std::vector<std::string>{
                             "RESOLUTION 11 (Rev. [-Hammamet, 2016-]{+New Delhi, 2024+})",
                             "(Dubai, 2012; Hammamet, 2016{+; New Delhi, 2024+})",
                             "The World Telecommunication Standardization Assembly ([-Hammamet, "
                             "2016-]{+New Delhi, 2024+}),",
                             "considering",
                         });
    // The author already wrote the new lines: the same edits, and accept-all is their text.
    const auto edited =
        paragraphs({{"ResNo", "RESOLUTION 11 (Rev. New Delhi, 2024)"},
                    {"Resref", "(Dubai, 2012; Hammamet, 2016; New Delhi, 2024)"},
                    {"Normalaftertitle",
                     "The World Telecommunication Standardization Assembly (New Delhi, 2024),"},
                    {"Call", "considering"}});
    const auto again = markup::markUp(base, {}, edited, options);
    checkInvariant(again, base, edited);
    CHECK(rendered(again) == rendered(r));
}

TEST_CASE("redline spans: UTF-16 offsets and paragraph ends", "[markup]") {
    const auto base =
        paragraphs({{"Standard", "a)\tque l'Union coopère;"}, {"Standard", "b)\tfin."}});
    const auto edited = paragraphs({{"Standard", "a)\tque l'Union \xF0\x9D\x90\x80 coopère bien;"},
                                    {"Standard", "nouveau"},
                                    {"Standard", "b)\tfin."}});
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    const auto spans = markup::redlineSpans(r.paragraphs);
    // "a)\tque l'Union " is 15 UTF-16 units; U+1D400 takes two.
    REQUIRE(spans.size() == 3);
    CHECK(spans[0].paragraph == 0);
    CHECK(spans[0].start == 15);
    CHECK(spans[0].length == 3); // "𝐀 " = 2 + 1
    CHECK(spans[0].kind == ChangeKind::Insertion);
    CHECK_FALSE(spans[0].throughParagraphEnd);
    CHECK(spans[1].start == 25); // after "𝐀 coopère" (15 + 3 + 7)
    CHECK(spans[1].length == 5); // " bien"
    CHECK(spans[2].paragraph == 1);
    CHECK(spans[2].start == 0);
    CHECK(spans[2].length == 7);
    CHECK(spans[2].throughParagraphEnd); // the new paragraph's text and its mark: one redline

    // A deleted empty paragraph is its mark alone.
    const auto r2 =
        markup::markUp(paragraphs({{"Standard", "x"}, {"Standard", ""}, {"Standard", "y"}}), {},
                       paragraphs({{"Standard", "x"}, {"Standard", "y"}}), author());
    const auto spans2 = markup::redlineSpans(r2.paragraphs);
    REQUIRE(spans2.size() == 1);
    CHECK(spans2[0].paragraph == 1);
    CHECK(spans2[0].length == 0);
    CHECK(spans2[0].kind == ChangeKind::Deletion);
    CHECK(spans2[0].throughParagraphEnd);

    // Words added at the end of a paragraph, then a new paragraph after it: Writer would fuse
    // the two insertions, paragraph break between them included, were they dated alike.
    const auto r3 = markup::markUp(
        paragraphs({{"Standard", "a)\tthat it helps,"}, {"Standard", "b)\tthat it ends."}}), {},
        paragraphs({{"Standard", "a)\tthat it helps a great deal,"},
                    {"Standard", "new item"},
                    {"Standard", "b)\tthat it ends."}}),
        author());
    const auto spans3 = markup::redlineSpans(r3.paragraphs);
    REQUIRE(spans3.size() == 2);
    CHECK(spans3[1].paragraph == 1);
    CHECK(spans3[1].start == 0);
    CHECK(spans3[1].throughParagraphEnd);
    // Only where the first insertion reaches the end of its paragraph.
    CHECK((spans3[0].start + spans3[0].length ==
           std::string("a)\tthat it helps a great deal,").size()) ==
          (spans3[1].stamp != spans3[0].stamp));
    CHECK(spans[2].stamp == 0); // " bien" does not end paragraph a)
}

TEST_CASE("an empty base or edited text is refused", "[markup]") {
    CHECK_THROWS_AS(markup::markUp({}, {}, baseResolution(), author()), std::invalid_argument);
    CHECK_THROWS_AS(markup::markUp(baseResolution(), {}, {}, author()), std::invalid_argument);
}

TEST_CASE("the invariant holds on random edits of a resolution", "[markup]") {
    const std::vector<std::string> pool = {"a)\tthat postal services are essential;",
                                           "b)\tthat the Union (ITU) and UPU cooperate,",
                                           "considering",
                                           "resolves",
                                           "",
                                           "1\tto report periodically;",
                                           "2\tto consult with UPU.",
                                           "that, under No.\xC2\xA0"
                                           "9, ITU\xE2\x80\x91T works;",
                                           "considérant que l'UPU coopère,"};
    const std::vector<std::string> words = {"the", "new",      "ITU-T",    ";", ",",
                                            "and", "services", "\xC2\xA0", "é"};
    std::mt19937 rng(2024);
    for (int round = 0; round < 300; ++round) {
        std::vector<Paragraph> base;
        const std::size_t n = 1 + rng() % 8;
        for (std::size_t k = 0; k < n; ++k)
            base.push_back(plainParagraph(pool[rng() % pool.size()]));
        std::vector<Paragraph> edited;
        for (const Paragraph &p : base) {
            const unsigned action = rng() % 6;
            if (action == 0)
                continue; // deleted
            if (action == 1)
                edited.push_back(plainParagraph(pool[rng() % pool.size()])); // inserted
            std::string text = p.text();
            if (action == 2 && !text.empty()) { // a word changed or added
                const std::size_t at = rng() % text.size();
                const std::size_t start =
                    text.rfind(' ', at) == std::string::npos ? 0 : text.rfind(' ', at);
                text.insert(start, " " + words[rng() % words.size()]);
            }
            edited.push_back(plainParagraph(text));
        }
        if (edited.empty())
            edited.push_back(plainParagraph(pool[rng() % pool.size()]));
        INFO("round " << round);
        const auto r = markup::markUp(base, {}, edited, author());
        checkInvariant(r, base, edited);
    }
}
