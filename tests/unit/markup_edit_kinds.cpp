// Mark Up Against Base as small as a word diff on every kind of edit a delegate makes: an item
// grown around its words, punctuation, splits and joins, moves, relettering, inserted and
// deleted items; each time accept-all gives the edited text and reject-all the base.
#include "markup_support.hpp"

#include "basetext/BaseText.hpp"
#include "diff/WordDiff.hpp"
#include "recognition/Recognizer.hpp"

#include <random>

using namespace pa;
using namespace pa::test;

namespace {

markup::MarkupOptions author() {
    markup::MarkupOptions o;
    o.change.author = "ATU";
    o.change.date = "2024-06-01T09:00:00";
    return o;
}

std::vector<Paragraph> plain(const std::vector<std::string> &texts) {
    std::vector<Paragraph> out;
    for (const std::string &t : texts)
        out.push_back(plainParagraph(t, "Standard"));
    return out;
}

std::size_t chars(const std::string &s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}

// Characters under tracked deletions and insertions, a paragraph mark counting one.
struct Changed {
    std::size_t deleted = 0, inserted = 0;
};

Changed changed(const std::vector<Paragraph> &marked) {
    Changed c;
    for (const Paragraph &p : marked) {
        for (const Run &r : p.runs) {
            if (r.deleted())
                c.deleted += chars(r.text);
            else if (r.inserted())
                c.inserted += chars(r.text);
        }
        if (p.mark)
            (p.mark->kind == ChangeKind::Deletion ? c.deleted : c.inserted) += 1;
    }
    return c;
}

// What the smallest word diff of the whole text changes: the texts joined by paragraph breaks
// (tokens of their own), every word, space and punctuation mark a token.
Changed minimal(const std::vector<std::string> &base, const std::vector<std::string> &edited) {
    auto joined = [](const std::vector<std::string> &texts) {
        std::string out;
        for (std::size_t k = 0; k < texts.size(); ++k)
            out += (k ? std::string(1, diff::kParagraphBreak) : std::string()) + texts[k];
        return out;
    };
    Changed c;
    for (const diff::Op &op : diff::diffWords(joined(base), joined(edited)))
        if (op.kind != diff::OpKind::Equal)
            (op.kind == diff::OpKind::Delete ? c.deleted : c.inserted) += chars(op.text);
    return c;
}

std::vector<std::string> rendered(const markup::MarkupResult &r) {
    std::vector<std::string> out;
    for (const Paragraph &p : r.paragraphs)
        out.push_back(render(p));
    return out;
}

const std::vector<std::string> kInstructs = {
    "instructs the Director of the Telecommunication Standardization Bureau",
    "1\tto encourage and assist this collaboration between the two organs;",
    "2\tto consult with UPU on the establishment of a joint working group between ITU and UPU on "
    "digital "
    "financial services to share lessons learned;",
    "3\tto report to the Council on the results of this collaboration.",
};

} // namespace

TEST_CASE("an item grown to five times its length keeps every base word", "[markup][edits]") {
    const auto base = plain(kInstructs);
    auto edited = base;
    edited[1] = plainParagraph(
        "1\tto encourage and assist this collaboration between the two organs particularly through "
        "facilitating participation of ITU officials in relevant POC meetings and of UPU officials "
        "in relevant "
        "ITU-T meetings, to consult with UPU on the establishment of a joint working group between "
        "ITU and UPU "
        "on standards collaboration to facilitate work on emerging technologies;",
        "Standard");
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    REQUIRE(r.paragraphs.size() == 4);
    CHECK(render(r.paragraphs[1]) ==
          "1\tto encourage and assist this collaboration between the two organs{+ particularly "
          "through "
          "facilitating participation of ITU officials in relevant POC meetings and of UPU "
          "officials in relevant "
          "ITU-T meetings, to consult with UPU on the establishment of a joint working group "
          "between ITU and UPU "
          "on standards collaboration to facilitate work on emerging technologies+};");
    CHECK(r.deletions == 0);
    CHECK(r.insertions == 1);
}

TEST_CASE("punctuation added is one inserted mark", "[markup][edits]") {
    const auto base = plain(kInstructs);
    auto edited = base;
    edited[1] = plainParagraph(
        "1\tto encourage and assist this collaboration between the two organs.;", "Standard");
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    CHECK(render(r.paragraphs[1]) ==
          "1\tto encourage and assist this collaboration between the two organs{+.+};");
    CHECK(r.insertions == 1);
    CHECK(r.deletions == 0);
}

TEST_CASE("a paragraph split in two is one inserted paragraph mark", "[markup][edits]") {
    const std::vector<std::string> base = {
        "considering",
        "a)\tthat postal services are essential to the economy. They rely more and more on "
        "telecommunication networks and services;",
        "b)\tthat both sectors converge,"};
    const std::vector<std::string> edited = {
        "considering", "a)\tthat postal services are essential to the economy;",
        "b)\tthat they rely more and more on telecommunication networks and services;",
        "c)\tthat both sectors converge,"};
    const auto r = markup::markUp(plain(base), {}, plain(edited), author());
    checkInvariant(r, plain(base), plain(edited));
    CHECK(rendered(r) ==
          std::vector<std::string>{
              "considering",
              "a)\tthat postal services are essential to the economy[-.-]{+;+}\xC2\xB6+",
              "{+b)\tthat+} [-They-]{+they+} rely more and more on telecommunication networks and "
              "services;",
              "[-b-]{+c+})\tthat both sectors converge,",
          });
    const Changed c = changed(r.paragraphs);
    const Changed m = minimal(base, edited);
    CHECK(c.deleted == m.deleted);
}

TEST_CASE("two paragraphs joined lose one paragraph mark", "[markup][edits]") {
    const std::vector<std::string> base = {
        "resolves", "1\tto collaborate with the Postal Operations Council committees as necessary;",
        "2\tto do so on a reciprocal basis and with a minimum of formality;", "3\tto report."};
    const std::vector<std::string> edited = {"resolves",
                                             "1\tto collaborate with the Postal Operations Council "
                                             "committees as necessary, on a reciprocal basis "
                                             "and with a minimum of formality;",
                                             "2\tto report."};
    const auto r = markup::markUp(plain(base), {}, plain(edited), author());
    checkInvariant(r, plain(base), plain(edited));
    CHECK(rendered(r) ==
          std::vector<std::string>{
              "resolves",
              "1\tto collaborate with the Postal Operations Council committees as "
              "necessary[-;-]\xC2\xB6-",
              "[-2\tto do so-]{+,+} on a reciprocal basis and with a minimum of formality;",
              "[-3-]{+2+}\tto report.",
          });
}

TEST_CASE("a relettered item changes its label only", "[markup][edits]") {
    const auto base =
        plain({"considering", "a)\tthat x is true;", "b)\tthat y is true;", "c)\tthat z is true,"});
    const auto edited = plain({"considering", "a)\tthat x is true;", "b)\tthat w is new;",
                               "c)\tthat y is true;", "d)\tthat z is true,"});
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    CHECK(rendered(r) == std::vector<std::string>{"considering", "a)\tthat x is true;",
                                                  "{+b)\tthat w is new;+}\xC2\xB6+",
                                                  "[-b-]{+c+})\tthat y is true;",
                                                  "[-c-]{+d+})\tthat z is true,"});
    // The inserted item is one redline: its text and its mark, as Enter pressed in Writer.
    const auto spans = markup::redlineSpans(r.paragraphs);
    REQUIRE(spans.size() == 5);
    CHECK(spans[0].paragraph == 2);
    CHECK(spans[0].throughParagraphEnd);
    CHECK(spans[0].length == chars("b)\tthat w is new;"));
}

TEST_CASE("items moved: the others untouched, the moved one deleted and inserted whole",
          "[markup][edits]") {
    const auto base = plain(kInstructs);
    const auto edited = plain(
        {kInstructs[0], "1\tto report to the Council on the results of this collaboration;",
         "2\tto encourage and assist this collaboration between the two organs;",
         "3\tto consult with UPU on the establishment of a joint working group between ITU and "
         "UPU on digital financial services to share lessons learned."});
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    // The two longer items stay in place (relabelled); the shortest moves.
    std::size_t whole = 0;
    for (const Paragraph &p : r.paragraphs)
        whole += p.mark.has_value();
    CHECK(whole == 2);
    const Changed c = changed(r.paragraphs);
    const Changed m = minimal(
        kInstructs, {kInstructs[0],
                     "1\tto report to the Council on the results of this "
                     "collaboration;",
                     "2\tto encourage and assist this collaboration between the two organs;",
                     "3\tto consult with UPU on the establishment of a joint working group "
                     "between ITU and UPU on digital financial services to share lessons "
                     "learned."});
    CHECK(static_cast<double>(c.deleted) <= 1.05 * static_cast<double>(m.deleted) + 3);
}

TEST_CASE("a paragraph keeps its style, an inserted one gets its role's", "[markup][edits]") {
    std::vector<Paragraph> base = {plainParagraph("considering", "Call"),
                                   plainParagraph("a)\tthat x is true;", "Standard")};
    std::vector<Paragraph> edited = {plainParagraph("considering further", "Standard"),
                                     plainParagraph("a)\tthat x is still true;", "Heading 1")};
    const auto r = markup::markUp(base, {}, edited, author());
    checkInvariant(r, base, edited);
    CHECK(r.paragraphs[0].style == "Call");
    CHECK(r.paragraphs[1].style == "Standard");
    CHECK(render(r.paragraphs[1]) == "a)\tthat x is {+still +}true;");
}

TEST_CASE("the plain-text ATU proposal keeps item 1's base words", "[markup][edits][corpus]") {
    const Document baseDoc = corpusModel("res11-hammamet-2016.docx");
    BaseText baseText;
    REQUIRE(baseText.add(baseDoc, recognize(baseDoc), "res11-hammamet-2016.docx") == 1);
    const BaseResolution *base = baseText.find("11");
    REQUIRE(base != nullptr);

    // The merged copy: tracked changes flattened into plain text, both sides kept.
    const Document proposal = corpusModel("ATU-35A3-mod-res11-merged.docx");
    const Recognition rec = recognize(proposal);
    REQUIRE(rec.structure.resolutions.size() == 1);
    const Resolution &res = rec.structure.resolutions[0];
    const std::vector<Paragraph> edited(
        proposal.paragraphs.begin() + static_cast<std::ptrdiff_t>(res.first),
        proposal.paragraphs.begin() + static_cast<std::ptrdiff_t>(res.last) + 1);
    auto options = author();
    options.editedRoles.assign(rec.roles.begin() + static_cast<std::ptrdiff_t>(res.first),
                               rec.roles.begin() + static_cast<std::ptrdiff_t>(res.last) + 1);
    const auto r = markup::markUp(*base, edited, options);
    checkInvariant(r, base->paragraphs, edited);

    const std::string item1 =
        "1\tto encourage and assist this collaboration between the two organs";
    bool found = false;
    for (const Paragraph &p : r.paragraphs)
        if (p.text(View::Original).rfind(item1, 0) == 0) {
            found = true;
            CHECK(p.runs.front().text.rfind(item1, 0) == 0);
            CHECK_FALSE(p.runs.front().change);
            for (const Run &run : p.runs)
                CHECK_FALSE(run.deleted());
            CHECK_FALSE(p.mark);
        }
    CHECK(found);
    const Changed c = changed(r.paragraphs);
    const Changed m = minimal(textsOf(base->paragraphs, View::Original), r.proposed);
    INFO("deleted " << c.deleted << ", a word diff deletes " << m.deleted);
    CHECK(static_cast<double>(c.deleted) <= 1.05 * static_cast<double>(m.deleted));
}

TEST_CASE("random edits of every kind: both views exact, deletions close to a word diff",
          "[markup][edits]") {
    const std::vector<std::string> items = {
        "that postal services are essential to the economy of every country;",
        "that telecommunication networks carry more and more postal traffic,",
        "to encourage and assist this collaboration between the two organs;",
        "to consult with UPU on the establishment of a joint working group on digital financial "
        "services;",
        "to report to the Council on the results.",
        "the usefulness of examining jointly the implications of any new Recommendations,",
    };
    const std::vector<std::string> words = {"new", "ITU-T", "and", "jointly",
                                            ",",   ";",     ".",   "emerging technologies"};
    std::mt19937 rng(12);
    double worst = 0;
    std::size_t ours = 0, least = 0;
    for (int round = 0; round < 200; ++round) {
        std::vector<std::string> base = {"resolves"};
        const std::size_t n = 2 + rng() % 5;
        for (std::size_t k = 0; k < n; ++k)
            base.push_back(std::to_string(k + 1) + "\t" + items[rng() % items.size()]);
        std::vector<std::string> edited;
        for (std::size_t k = 0; k < base.size(); ++k) {
            std::string t = base[k];
            switch (rng() % 9) {
            case 0:
                continue; // deleted
            case 1:
                edited.push_back(std::to_string(k) + "\t" + items[rng() % items.size()]);
                break; // inserted
            case 2: {  // a word added inside
                std::size_t at = t.find(' ', rng() % t.size());
                if (at == std::string::npos)
                    at = t.size();
                t.insert(at, " " + words[rng() % words.size()]);
                break;
            }
            case 3: { // split at a space
                const std::size_t at = t.find(' ', t.size() / 2);
                if (at != std::string::npos) {
                    edited.push_back(t.substr(0, at));
                    t = t.substr(at + 1);
                }
                break;
            }
            case 4: // joined with the next
                if (k + 1 < base.size()) {
                    t += " " + base[k + 1];
                    ++k;
                }
                break;
            case 5: // moved after the next
                if (k + 1 < base.size()) {
                    edited.push_back(base[k + 1]);
                    ++k;
                }
                break;
            case 6:
                t += " and a long clause added before the end of the item, as delegates often do";
                break;
            default:
                break;
            }
            edited.push_back(t);
        }
        if (edited.empty())
            edited.push_back("resolves");
        INFO("round " << round);
        const auto r = markup::markUp(plain(base), {}, plain(edited), author());
        checkInvariant(r, plain(base), plain(edited));
        const Changed c = changed(r.paragraphs);
        const Changed m = minimal(base, edited);
        if (m.deleted >= 40) {
            worst =
                std::max(worst, static_cast<double>(c.deleted) / static_cast<double>(m.deleted));
            ours += c.deleted;
            least += m.deleted;
        }
    }
    // Short items (sixty characters) moved about: where a word diff keeps a moved item's label
    // and its "that " by shifting the text around it, the mark-up deletes the item whole.
    // Overall 1.054 on this seed; a real resolution's items are longer (see bench/).
    const double overall = static_cast<double>(ours) / static_cast<double>(least);
    INFO("deleted characters against a word diff's: " << overall << " overall, " << worst
                                                      << " at worst");
    CHECK(overall <= 1.06);
    CHECK(worst <= 1.35);
}

TEST_CASE("an item whose ending changed, then an item inserted after it: reject-all keeps the "
          "next call its own paragraph",
          "[markup][edits]") {
    // Resolution 11 of tests/data/languages, res11-base against res11-edited (untracked edits).
    const std::string item2 = "2\tthat this collaboration shall cover new services that use both "
                              "postal and telecommunication networks";
    const std::string instructs =
        "instructs the Director of the Telecommunication Standardization Bureau";
    const std::string instructs1 =
        "1\tto encourage and assist this collaboration between ITU\u2011T and UPU;";
    const std::vector<std::string> base = {
        "resolves",
        "1\tthat the relevant study groups of the ITU Telecommunication Standardization Sector "
        "(ITU\u2011T) shall continue to collaborate with the Postal Operations Council (POC) of "
        "UPU "
        "on matters of common interest;",
        item2 + ",", instructs, instructs1};
    const std::vector<std::string> edited = {
        base[0],
        base[1],
        item2 + ";",
        "3\tthat the results of this collaboration shall be made available to the membership of "
        "both organizations,",
        instructs,
        instructs1};
    const auto r = markup::markUp(plain(base), {}, plain(edited), author());
    checkInvariant(r, plain(base), plain(edited));
    // As Word records Enter pressed after the item: the item's own mark is inserted and the new
    // item keeps the original mark, so ";", the break and the new item are one insertion.
    // (Tracking the new item's mark instead leaves ";" and the new item meeting across an
    // untracked mark: Writer joins them into one redline that takes that mark too, and
    // reject-all then joins item 2 with "instructs ...".)
    CHECK(rendered(r) == std::vector<std::string>{base[0], base[1], item2 + "[-,-]{+;+}\xC2\xB6+",
                                                  "{+" + edited[3] + "+}", instructs, instructs1});
    const auto spans = markup::redlineSpans(r.paragraphs);
    REQUIRE(spans.size() == 3);
    CHECK(spans[0].kind == ChangeKind::Deletion);
    CHECK(spans[1].kind == ChangeKind::Insertion);
    CHECK(spans[1].paragraph == 2);
    CHECK(spans[1].throughParagraphEnd);
    CHECK(spans[2].kind == ChangeKind::Insertion);
    CHECK(spans[2].paragraph == 3);
    CHECK_FALSE(spans[2].throughParagraphEnd);
}
