// The office library's conversions, shared by the UNO component and the CLI: UTF-8 <-> OUString
// (every script, surrogate pairs, lone surrogates), file URLs and paths, dates, properties.
#include "office/Properties.hpp"
#include "office/Strings.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace pa;
using rtl::OUString;

TEST_CASE("UTF-8 and OUString round trip in every script", "[office][strings]") {
    const std::string samples[] = {
        "",
        "Resolution 11 (Rev. Hammamet, 2016)",
        "Résolution 11 – Addéndum",
        "Дополнительный документ 3 к Документу 35-R",
        "الإضافة 3 للوثيقة 35",
        "文件35的补遗3",
        "emoji \xF0\x9F\x93\x84 beyond the BMP",
        std::string("tab\tand\nnewline and NUL \0 inside", 30),
    };
    for (const std::string &s : samples) {
        INFO(s);
        const OUString u = office::toOUString(s);
        CHECK(office::toUtf8(u) == s);
        std::string appended = "prefix:";
        office::appendUtf8(appended, u);
        CHECK(appended == "prefix:" + s);
    }
    // Characters beyond the BMP are one surrogate pair in UTF-16.
    CHECK(office::toOUString("\xF0\x9F\x93\x84").getLength() == 2);
    CHECK(office::toOUString("文件").getLength() == 2);
}

TEST_CASE("a lone surrogate becomes U+FFFD", "[office][strings]") {
    const sal_Unicode lone[] = {u'a', 0xD83D, u'b', 0xDC04};
    std::string out;
    office::appendUtf8(out, OUString(lone, 4));
    CHECK(out == "a\xEF\xBF\xBD"
                 "b\xEF\xBF\xBD");
}

TEST_CASE("file URLs and paths", "[office][strings]") {
    CHECK(office::toUtf8(office::fileUrl("/tmp/a b.docx")) == "file:///tmp/a%20b.docx");
    const office::FileLocation fromUrl = office::locateFile("file:///tmp/a%20b.docx");
    CHECK(fromUrl.path == "/tmp/a b.docx");
    const office::FileLocation fromPath = office::locateFile("/tmp/Résolution.docx");
    CHECK(fromPath.path == "/tmp/Résolution.docx");
    CHECK(office::toUtf8(fromPath.url).rfind("file:///tmp/R", 0) == 0);
    // A relative path is made absolute against the working directory.
    char cwd[4096];
    REQUIRE(getcwd(cwd, sizeof cwd));
    CHECK(office::locateFile("x.docx").path == std::string(cwd) + "/x.docx");
    CHECK_THROWS(office::locateFile("file://server/share/x.docx"));
}

TEST_CASE("dates and properties", "[office][strings]") {
    css::util::DateTime dt;
    CHECK(office::isoDateTime(dt).empty());
    dt.Year = 2024;
    dt.Month = 5;
    dt.Day = 17;
    dt.Hours = 10;
    dt.Minutes = 42;
    dt.IsUTC = true;
    CHECK(office::isoDateTime(dt) == "2024-05-17T10:42:00Z");

    const auto values =
        office::properties({office::property("FilterName", css::uno::Any(OUString("writer8"))),
                            office::property("Hidden", css::uno::Any(true))});
    REQUIRE(values.getLength() == 2);
    CHECK(values[1].Name == "Hidden");
    CHECK(office::stringProperty(values, "FilterName") == "writer8");
    CHECK(office::stringProperty(values, "Hidden").empty()); // not a string
    CHECK(office::stringProperty(css::uno::Any(values), "FilterName") == "writer8");
    CHECK(office::stringProperty(css::uno::Any(), "FilterName").empty());
}
