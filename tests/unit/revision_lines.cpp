// RevisionLines: number, history and preamble lines parsed, and revised for a new assembly
// exactly as domain §2 shows a MOD's three tracked edits.
#include "revision/RevisionLines.hpp"

#include <catch2/catch.hpp>

using namespace pa;
using namespace pa::revision;

namespace {

const char *const kNbsp = "\xC2\xA0";

// "text" with [-deleted-] and {+inserted+} parts, for compact expectations.
std::string marked(const std::vector<diff::Op> &ops) {
    std::string out;
    for (const diff::Op &op : ops) {
        if (op.kind == diff::OpKind::Delete)
            out += "[-" + op.text + "-]";
        else if (op.kind == diff::OpKind::Insert)
            out += "{+" + op.text + "+}";
        else
            out += op.text;
    }
    return out;
}

std::string sliceOf(std::string_view text, Span span) {
    return std::string(text.substr(span.begin, span.end - span.begin));
}

} // namespace

TEST_CASE("number lines: number and revision", "[revision]") {
    const std::string text = "RESOLUTION 11 (Rev. Hammamet, 2016)";
    const auto line = parseNumberLine(text);
    REQUIRE(line);
    CHECK(line->number == "11");
    CHECK(line->revised);
    CHECK_FALSE(line->draftNew);
    CHECK(line->revisionAssembly == "Hammamet, 2016");
    REQUIRE(line->assembly);
    CHECK(sliceOf(text, *line->assembly) == "Hammamet, 2016");
    REQUIRE(line->group);
    CHECK(sliceOf(text, *line->group) == "(Rev. Hammamet, 2016)");
}

TEST_CASE("number lines as users type them", "[revision]") {
    SECTION("lower case, no-break spaces, a manual line break") {
        const std::string text =
            std::string("resolution") + kNbsp + "57\n(rev." + kNbsp + "Hammamet, 2016)";
        const auto line = parseNumberLine(text);
        REQUIRE(line);
        CHECK(line->number == "57");
        CHECK(line->revised);
        CHECK(line->revisionAssembly == "Hammamet, 2016");
    }
    SECTION("a non-breaking hyphen in the assembly") {
        const auto line =
            parseNumberLine("RESOLUTION 1 (Rev. Malaga\xE2\x80\x91Torremolinos, 1984)");
        REQUIRE(line);
        CHECK(line->revisionAssembly == "Malaga-Torremolinos, 1984");
    }
    SECTION("never revised") {
        const auto line = parseNumberLine("RESOLUTION 98 (Hammamet, 2016)");
        REQUIRE(line);
        CHECK_FALSE(line->revised);
        CHECK(line->revisionAssembly == "Hammamet, 2016");
    }
    SECTION("no parenthesis, a suffixed number") {
        const auto line = parseNumberLine("Resolution 18bis");
        REQUIRE(line);
        CHECK(line->number == "18bis");
        CHECK_FALSE(line->group);
        CHECK(line->revisionAssembly.empty());
    }
    SECTION("Rev. glued to the assembly, as in WRC texts") {
        const auto line = parseNumberLine("RESOLUTION 18 (Rev.WRC-15)");
        REQUIRE(line);
        CHECK(line->revised);
        CHECK(line->revisionAssembly == "WRC-15");
    }
    SECTION("French") {
        const auto line = parseNumberLine("RÉSOLUTION 11 (Rév. Hammamet, 2016)");
        REQUIRE(line);
        CHECK(line->number == "11");
        CHECK(line->revised);
        CHECK(line->revisionAssembly == "Hammamet, 2016");
    }
    SECTION("draft new resolution") {
        const auto line = parseNumberLine("DRAFT NEW RESOLUTION [ATU-1] (New Delhi, 2024)");
        REQUIRE(line);
        CHECK(line->draftNew);
        CHECK(line->number.empty());
        CHECK(line->draftTag == "ATU-1");
        CHECK(line->revisionAssembly == "New Delhi, 2024");
        CHECK_FALSE(parseNumberLine("draft new resolution [EUR-2]")->revised);
    }
}

TEST_CASE("sentences that mention a resolution are no number lines", "[revision]") {
    CHECK_FALSE(parseNumberLine("Resolution 11 is relevant here"));
    CHECK_FALSE(parseNumberLine("RESOLUTION"));
    CHECK_FALSE(parseNumberLine("RESOLUTION eleven (Hammamet, 2016)"));
    CHECK_FALSE(parseNumberLine("RESOLUTION 11 (Rev. Hammamet, 2016) and more"));
    CHECK_FALSE(
        parseNumberLine("The approval of ITU-T Recommendations is covered by WTSA Resolution 1."));
    CHECK_FALSE(parseNumberLine(""));
}

TEST_CASE("history lines", "[revision]") {
    const std::string text =
        std::string("(Malaga-Torremolinos, 1984; Helsinki, 1993; Geneva, 1996; Montreal, 2000;\n"
                    "Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012; Hammamet,") +
        kNbsp + "2016)";
    const auto line = parseHistoryLine(text);
    REQUIRE(line);
    REQUIRE(line->assemblies.size() == 8);
    CHECK(line->assemblies.front() == "Malaga-Torremolinos, 1984");
    CHECK(line->assemblies[4] == "Florianópolis, 2004");
    CHECK(line->assemblies.back() == "Hammamet, 2016");
    CHECK(sliceOf(text, line->spans.back()) == std::string("Hammamet,") + kNbsp + "2016");
    CHECK(line->closing == text.size() - 1);
    CHECK(*lineAssembly(LineKind::History, text) == std::string("Hammamet,") + kNbsp + "2016");

    CHECK_FALSE(parseHistoryLine("(ITU)"));
    CHECK_FALSE(parseHistoryLine("(; Hammamet, 2016)"));
    CHECK_FALSE(parseHistoryLine("considering"));
    CHECK_FALSE(parseHistoryLine("(Hammamet, 2016) and more"));
}

TEST_CASE("preambles", "[revision]") {
    const std::string text =
        "The World Telecommunication Standardization Assembly (Hammamet, 2016),";
    const auto line = parsePreamble(text);
    REQUIRE(line);
    CHECK(line->assembly == "Hammamet, 2016");
    CHECK(sliceOf(text, line->span) == "Hammamet, 2016");
    CHECK(parsePreamble("the plenipotentiary conference of the International Telecommunication "
                        "Union (Busan, 2014),")
              ->assembly == "Busan, 2014");
    CHECK_FALSE(parsePreamble("The World Telecommunication Standardization Assembly (WTSA), which "
                              "meets every four years"));
    CHECK_FALSE(parsePreamble("that the Assembly (Hammamet, 2016) decided"));
}

TEST_CASE("the three lines revised for New Delhi, 2024", "[revision]") {
    const std::string assembly = "New Delhi, 2024";
    SECTION("number line") {
        const auto ops =
            reviseOps(LineKind::Number, "RESOLUTION 11 (Rev. Hammamet, 2016)", assembly);
        REQUIRE(ops);
        CHECK(marked(*ops) == "RESOLUTION 11 (Rev. [-Hammamet, 2016-]{+New Delhi, 2024+})");
        CHECK(acceptedText(*ops) == "RESOLUTION 11 (Rev. New Delhi, 2024)");
        CHECK(rejectedText(*ops) == "RESOLUTION 11 (Rev. Hammamet, 2016)");
    }
    SECTION("history line") {
        const std::string history = "(Malaga-Torremolinos, 1984;\nDubai, 2012; Hammamet, 2016)";
        const auto ops = reviseOps(LineKind::History, history, assembly);
        REQUIRE(ops);
        CHECK(marked(*ops) ==
              "(Malaga-Torremolinos, 1984;\nDubai, 2012; Hammamet, 2016{+; New Delhi, 2024+})");
    }
    SECTION("preamble") {
        const auto ops = reviseOps(
            LineKind::Preamble,
            "The World Telecommunication Standardization Assembly (Hammamet, 2016),", assembly);
        REQUIRE(ops);
        CHECK(marked(*ops) == "The World Telecommunication Standardization Assembly ([-Hammamet, "
                              "2016-]{+New Delhi, 2024+}),");
    }
    SECTION("offsets point into both texts") {
        const std::string before = "RESOLUTION 11 (Rev. Hammamet, 2016)";
        const auto ops = reviseOps(LineKind::Number, before, assembly);
        const std::string after = acceptedText(*ops);
        for (const diff::Op &op : *ops) {
            if (op.kind != diff::OpKind::Insert)
                CHECK(before.substr(op.beforeOffset, op.text.size()) == op.text);
            if (op.kind != diff::OpKind::Delete)
                CHECK(after.substr(op.afterOffset, op.text.size()) == op.text);
        }
    }
}

TEST_CASE("revising lines in the other cases", "[revision]") {
    const std::string assembly = "New Delhi, 2024";
    CHECK(marked(*reviseOps(LineKind::Number, "RESOLUTION 98 (Hammamet, 2016)", assembly)) ==
          "RESOLUTION 98 ([-Hammamet, 2016-]{+Rev. New Delhi, 2024+})");
    CHECK(marked(*reviseOps(LineKind::Number, "RESOLUTION 98", assembly)) ==
          "RESOLUTION 98{+ (Rev. New Delhi, 2024)+}");
    CHECK(
        marked(*reviseOps(LineKind::Number, "RÉSOLUTION 98 (Hammamet, 2016)", "New Delhi, 2024")) ==
        "RÉSOLUTION 98 ([-Hammamet, 2016-]{+Rév. New Delhi, 2024+})");
    // Already naming the assembly (spelt with a no-break space): nothing to change.
    const std::string current = std::string("RESOLUTION 11 (Rev. New") + kNbsp + "Delhi, 2024)";
    const auto same = reviseOps(LineKind::Number, current, assembly);
    REQUIRE(same);
    REQUIRE(same->size() == 1);
    CHECK(same->front().kind == diff::OpKind::Equal);
    CHECK(reviseOps(LineKind::History, "(Hammamet, 2016; New Delhi, 2024)", assembly)->size() == 1);
    // Not lines of the kind, or a draft new resolution (no revision to update).
    CHECK_FALSE(reviseOps(LineKind::Number, "considering", assembly));
    CHECK_FALSE(reviseOps(LineKind::Number, "DRAFT NEW RESOLUTION [ATU-1]", assembly));
    CHECK_FALSE(reviseOps(LineKind::History, "considering", assembly));
    CHECK_FALSE(reviseOps(LineKind::Preamble, "considering", assembly));
}

TEST_CASE("a revised line as a paragraph with tracked changes", "[revision]") {
    TrackedChange change;
    change.author = "ATU";
    change.date = "2024-06-01T10:00:00";
    const auto p = revisedLine(LineKind::Number,
                               plainParagraph("RESOLUTION 11 (Rev. Hammamet, 2016)", "ResNo"),
                               "New Delhi, 2024", change);
    REQUIRE(p);
    CHECK(p->style == "ResNo");
    REQUIRE(p->runs.size() == 4);
    CHECK(p->runs[0].text == "RESOLUTION 11 (Rev. ");
    CHECK_FALSE(p->runs[0].change);
    CHECK(p->runs[1].deleted());
    CHECK(p->runs[1].text == "Hammamet, 2016");
    CHECK(p->runs[1].change->author == "ATU");
    CHECK(p->runs[2].inserted());
    CHECK(p->runs[2].text == "New Delhi, 2024");
    CHECK(p->runs[2].change->date == "2024-06-01T10:00:00");
    CHECK(p->runs[3].text == ")");
    CHECK(p->text(View::Original) == "RESOLUTION 11 (Rev. Hammamet, 2016)");
    CHECK(p->text(View::Proposed) == "RESOLUTION 11 (Rev. New Delhi, 2024)");
    CHECK_FALSE(p->mark);
}

TEST_CASE("assemblies compare as the same one across spellings", "[revision]") {
    CHECK(sameAssembly("New Delhi, 2024", std::string("new") + kNbsp + "delhi,  2024"));
    CHECK_FALSE(sameAssembly("New Delhi, 2024", "Hammamet, 2016"));
}
