// The six ITU languages (../shared/domain/languages.md): number lines, revision lines, calls,
// Reasons, cover lines and assemblies read in each, and MOD revision lines written in each.
#include "lexicon/Assemblies.hpp"
#include "lexicon/Lexicon.hpp"
#include "recognition/Cover.hpp"
#include "recognition/Patterns.hpp"
#include "revision/RevisionLines.hpp"
#include "text/Text.hpp"

#include <catch2/catch.hpp>

using namespace pa;
using namespace pa::revision;

namespace {

std::string slice(std::string_view text, const std::optional<Span> &span) {
    return span ? std::string(text.substr(span->begin, span->end - span->begin))
                : std::string("<none>");
}

// The line as it reads once the revision for `assembly` is accepted.
std::string revised(LineKind kind, std::string_view text, std::string_view assembly) {
    const auto ops = reviseOps(kind, text, assembly);
    return ops ? acceptedText(*ops) : std::string("<not a line>");
}

} // namespace

TEST_CASE("six language tables are loaded, English first", "[languages]") {
    std::vector<std::string> codes;
    for (const Lexicon &l : lexicons())
        codes.push_back(l.language);
    CHECK(codes.front() == "en");
    for (const char *code : {"en", "fr", "es", "ru", "ar", "zh"})
        CHECK(std::find(codes.begin(), codes.end(), code) != codes.end());
    CHECK(lexiconFor("zh-CN").language == "zh");
    CHECK(lexiconFor("ar-EG").rightToLeft);
    CHECK(lexiconFor("xx").language == "en");
    CHECK(lexiconFor("ar").letters.at(2) == "\xD8\xAC"); // ج: abjad order a, b, j
}

TEST_CASE("number lines in six languages", "[languages]") {
    struct Case {
        std::string text, number, assembly;
        bool revised;
    };
    const Case cases[] = {
        {"RESOLUTION 11 (Rev. Hammamet, 2016)", "11", "Hammamet, 2016", true},
        {"RÉSOLUTION 11 (Rév. Hammamet, 2016)", "11", "Hammamet, 2016", true},
        {"RESOLUCIÓN 11 (Rev. Hammamet, 2016)", "11", "Hammamet, 2016", true},
        {"РЕЗОЛЮЦИЯ 11 (Пересм. Хаммамет, 2016 г.)", "11", "Хаммамет, 2016 г.", true},
        {"القرار 11 (المراجَع في الحمامات، 2016)", "11", "الحمامات، 2016", true},
        {"القرار 11 (المراجع في الحمامات، 2016)", "11", "الحمامات، 2016",
         true}, // without the fatha
        {"第11号决议（2016年，哈马马特，修订版）", "11", "2016年，哈马马特", true},
        {"第 64 号决议（2016年，哈马马特）", "64", "2016年，哈马马特", false},
        {"резолюция 57 (Хаммамет, 2016 г.)", "57", "Хаммамет, 2016 г.", false},
        {"القرار ١٨ (المراجَع في دبي، 2012)", "18", "دبي، 2012", true}, // Arabic-Indic digits
    };
    for (const Case &c : cases) {
        CAPTURE(c.text);
        const auto line = parseNumberLine(c.text);
        REQUIRE(line);
        CHECK(line->number == c.number);
        CHECK(line->revised == c.revised);
        CHECK(line->revisionAssembly == c.assembly);
        CHECK(slice(c.text, line->assembly) == c.assembly);
    }
    // Sentences that mention a resolution are no number lines.
    CHECK_FALSE(parseNumberLine("Резолюция 11 касается сотрудничества."));
    CHECK_FALSE(parseNumberLine("第11号决议规定的工作"));
    CHECK_FALSE(parseNumberLine("القرار 11 بشأن التعاون مع البريد"));
}

TEST_CASE("draft new resolutions in six languages", "[languages]") {
    for (const char *text :
         {"DRAFT NEW RESOLUTION [ATU-1]", "PROJET DE NOUVELLE RÉSOLUTION [ATU-1]",
          "PROYECTO DE NUEVA RESOLUCIÓN [ATU-1]", "ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ [ATU-1]",
          "مشروع قرار جديد [ATU-1]", "新决议草案[ATU-1]"}) {
        CAPTURE(text);
        const auto line = parseNumberLine(text);
        REQUIRE(line);
        CHECK(line->draftNew);
        CHECK(line->draftTag == "ATU-1");
        CHECK(line->number.empty());
    }
    CHECK(lexiconFor("zh").draftNewLineFor("ATU-1") == "新决议草案[ATU-1]");
    CHECK(lexiconFor("fr").draftNewLineFor("EUR-2") == "PROJET DE NOUVELLE RÉSOLUTION [EUR-2]");
}

TEST_CASE("history lines and preambles in six languages", "[languages]") {
    const auto zh =
        parseHistoryLine("（1984年，马拉加-托雷莫利诺斯；1996年，日内瓦；2016年，哈马马特）");
    REQUIRE(zh);
    CHECK(zh->assemblies == std::vector<std::string>{"1984年，马拉加-托雷莫利诺斯",
                                                     "1996年，日内瓦", "2016年，哈马马特"});
    const auto ar = parseHistoryLine("(مالقة-طوريمولينوس، 1984؛ جنيف، 1996؛ الحمامات، 2016)");
    REQUIRE(ar);
    CHECK(ar->assemblies.size() == 3);
    CHECK(ar->assemblies.back() == "الحمامات، 2016");
    const auto ru =
        parseHistoryLine("(Малага-Торремолинос, 1984 г.; Женева, 1996 г.; Хаммамет, 2016 г.)");
    REQUIRE(ru);
    CHECK(ru->assemblies.back() == "Хаммамет, 2016 г.");

    const std::pair<const char *, const char *> preambles[] = {
        {"Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016 г.),",
         "Хаммамет, 2016 г."},
        {"إن الجمعية العالمية لتقييس الاتصالات (الحمامات، 2016)،", "الحمامات، 2016"},
        {"世界电信标准化全会（2016年，哈马马特），", "2016年，哈马马特"},
        {"L'Assemblée mondiale de normalisation des télécommunications (Hammamet, 2016),",
         "Hammamet, 2016"},
    };
    for (const auto &[text, assembly] : preambles) {
        CAPTURE(text);
        const auto line = parsePreamble(text);
        REQUIRE(line);
        CHECK(line->assembly == assembly);
    }
}

TEST_CASE("assemblies are one in every language and short name", "[languages]") {
    CHECK(assemblies::same("New Delhi, 2024", "Нью-Дели, 2024 г."));
    CHECK(assemblies::same("New Delhi, 2024", "نيودلهي، 2024"));
    CHECK(assemblies::same("New Delhi, 2024", "2024年，新德里"));
    CHECK(assemblies::same("WTSA-24", "Nueva Delhi, 2024"));
    CHECK(assemblies::same("New\xC2\xA0"
                           "Delhi, 2024",
                           "new delhi, 2024"));
    CHECK_FALSE(assemblies::same("New Delhi, 2024", "Hammamet, 2016"));
    CHECK_FALSE(assemblies::same("Dubai, 2012", "Dubai, 2014"));
    CHECK(assemblies::localized("WTSA-24", lexiconFor("ru")) == "Нью-Дели, 2024 г.");
    CHECK(assemblies::localized("New Delhi, 2024", lexiconFor("zh")) == "2024年，新德里");
    CHECK(assemblies::localized("New Delhi, 2024", lexiconFor("ar")) == "نيودلهي، 2024");
    CHECK(assemblies::localized("New Delhi, 2024", lexiconFor("es")) == "Nueva Delhi, 2024");
    // An assembly the table does not know stays as the user gave it.
    CHECK(assemblies::localized("Atlantis, 2031", lexiconFor("fr")) == "Atlantis, 2031");
    const auto meeting = assemblies::identify("Женева, 2022 г.");
    REQUIRE(meeting);
    CHECK(meeting->id == "WTSA-20");
}

TEST_CASE("MOD revision lines are written in the line's language", "[languages]") {
    CHECK(revised(LineKind::Number, "РЕЗОЛЮЦИЯ 11 (Пересм. Хаммамет, 2016 г.)",
                  "New Delhi, 2024") == "РЕЗОЛЮЦИЯ 11 (Пересм. Нью-Дели, 2024 г.)");
    CHECK(revised(LineKind::Number, "القرار 11 (المراجَع في الحمامات، 2016)", "New Delhi, 2024") ==
          "القرار 11 (المراجَع في نيودلهي، 2024)");
    CHECK(revised(LineKind::Number, "第11号决议（2016年，哈马马特，修订版）", "WTSA-24") ==
          "第11号决议（2024年，新德里，修订版）");
    // A first revision adds the language's own "Rev." where it stands.
    CHECK(revised(LineKind::Number, "第64号决议（2016年，哈马马特）", "New Delhi, 2024") ==
          "第64号决议（2024年，新德里，修订版）");
    CHECK(revised(LineKind::Number, "RÉSOLUTION 64 (Hammamet, 2016)", "New Delhi, 2024") ==
          "RÉSOLUTION 64 (Rév. New Delhi, 2024)");
    CHECK(revised(LineKind::History, "(Малага-Торремолинос, 1984 г.; Хаммамет, 2016 г.)",
                  "New Delhi, 2024") ==
          "(Малага-Торремолинос, 1984 г.; Хаммамет, 2016 г.; Нью-Дели, 2024 г.)");
    CHECK(revised(LineKind::History, "（1984年，马拉加-托雷莫利诺斯；2016年，哈马马特）",
                  "New Delhi, 2024") ==
          "（1984年，马拉加-托雷莫利诺斯；2016年，哈马马特；2024年，新德里）");
    CHECK(revised(LineKind::History, "(مالقة-طوريمولينوس، 1984؛ الحمامات، 2016)",
                  "New Delhi, 2024") == "(مالقة-طوريمولينوس، 1984؛ الحمامات، 2016؛ نيودلهي، 2024)");
    CHECK(revised(LineKind::Preamble, "世界电信标准化全会（2016年，哈马马特），",
                  "New Delhi, 2024") == "世界电信标准化全会（2024年，新德里），");
    CHECK(
        revised(LineKind::Preamble,
                "La Asamblea Mundial de Normalización de las Telecomunicaciones (Hammamet, 2016),",
                "New Delhi, 2024") ==
        "La Asamblea Mundial de Normalización de las Telecomunicaciones (Nueva Delhi, 2024),");
    // Hammamet is spelt alike in English, French and Spanish: a history line alone cannot tell
    // which, and the assembly is kept as the user typed it.
    CHECK(revised(LineKind::History, "(Hammamet, 2016)", "New Delhi, 2024") ==
          "(Hammamet, 2016; New Delhi, 2024)");
}

TEST_CASE("calls, Reasons and annexes in six languages", "[languages]") {
    using patterns::matchCall;
    CHECK(matchCall("учитывая") == CallKind::Preamble);
    CHECK(matchCall("поручает Директору Бюро стандартизации электросвязи") == CallKind::Operative);
    CHECK(matchCall("إذ تضع في اعتبارها") == CallKind::Preamble);
    CHECK(matchCall("وإذ تسلّم") == CallKind::Preamble);
    CHECK(matchCall("تكلف مدير مكتب تقييس الاتصالات") == CallKind::Operative);
    CHECK(matchCall("考虑到") == CallKind::Preamble);
    CHECK(matchCall("责成电信标准化局主任") == CallKind::Operative);
    CHECK(matchCall("做出决议，") == CallKind::Operative);
    CHECK_FALSE(matchCall("учитывая, что это важно;"));
    for (const char *reasons :
         {"Reasons:", "Motifs:", "Motivos:\tnone", "Основания:", "الأسباب:", "理由：", "理由："})
        CHECK(patterns::isReasons(reasons));
    CHECK_FALSE(patterns::isReasons("Основания для изменения"));
    for (const char *annex : {"ПРИЛОЖЕНИЕ", "الملحق", "附件", "附件1", "ANEXO 2"})
        CHECK(patterns::isAnnexHeading(annex));
    CHECK(lexiconFor("zh").reasonsLabel() == "理由：");
    CHECK(lexiconFor("ru").resolutionName("11") == "Резолюция 11");
    CHECK(lexiconFor("zh").resolutionName("11") == "第11号决议");
}

TEST_CASE("cover lines in six languages", "[languages]") {
    struct Case {
        const char *text, *document, *addendum;
    };
    const Case cases[] = {
        {"Addendum 3 to Document 35-E", "35", "3"},
        {"Addendum 3 au Document 35-F", "35", "3"},
        {"Addéndum 3 al Documento 35-S", "35", "3"},
        {"Дополнительный документ 3 к Документу 35-R", "35", "3"},
        {"الإضافة 3 للوثيقة 35", "35", "3"},
        {"文件35的补遗3", "35", "3"},
        {"Document 56-E", "56", ""},
    };
    for (const Case &c : cases) {
        CAPTURE(c.text);
        const auto line = parseCoverLine(c.text);
        REQUIRE(line);
        CHECK(line->document == c.document);
        CHECK(line->addendum == c.addendum);
    }
    CHECK_FALSE(parseCoverLine("This document proposes changes"));
}
