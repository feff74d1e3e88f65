// Text normalisation and UTF-16 positions: what makes copies of one text compare equal.
#include "text/Text.hpp"

#include <catch2/catch.hpp>

using namespace pa::text;

TEST_CASE("normalize maps spaces, hyphens and line breaks to one form", "[text]") {
    CHECK(normalize("New\xC2\xA0"
                    "Delhi") == "New Delhi");
    CHECK(normalize("ITU\xE2\x80\x91T") == "ITU-T");
    CHECK(normalize("postal\nand telecommunication") == "postal and telecommunication");
    CHECK(normalize("  two   spaces  ") == "two spaces");
    CHECK(normalize("a)\tthat") == "a)\tthat");
    CHECK(normalize("soft\xC2\xADhyphen") == "softhyphen");
    CHECK(normalize("") == "");
}

TEST_CASE("fold compares case-insensitively beyond ASCII", "[text]") {
    CHECK(fold("RESOLUTION") == "resolution");
    CHECK(fold("RÉSOLUTION") == fold("résolution"));
    CHECK(fold("РЕЗОЛЮЦИЯ") == fold("резолюция"));
    CHECK(upper("resolution 57") == "RESOLUTION 57");
}

TEST_CASE("UTF-16 positions as Writer counts characters", "[text]") {
    CHECK(utf16Length("abc") == 3);
    CHECK(utf16Length("Florianópolis") == 13);
    CHECK(utf16Length("\xF0\x9F\x98\x80") == 2); // a character outside the BMP is two units
    const std::string s = "é1\xF0\x9F\x98\x80x";
    CHECK(byteOffsetOfUtf16(s, 0) == 0);
    CHECK(byteOffsetOfUtf16(s, 1) == 2);
    CHECK(byteOffsetOfUtf16(s, 2) == 3);
    CHECK(byteOffsetOfUtf16(s, 4) == 7);
    CHECK(byteOffsetOfUtf16(s, 99) == s.size());
    CHECK(toUtf8(toUtf16("Florianópolis")) == "Florianópolis");
}

// The shortcuts the recogniser takes must give what the full functions give.
TEST_CASE("normalizePrefix, isBlank and ASCII folding agree with the full functions", "[text]") {
    const char *samples[] = {"",
                             " ",
                             "\t",
                             " \xC2\xA0\n\t\xE2\x80\x8B ",
                             "\xE2\x80\x91",
                             "a)\tthat",
                             "a)   \xC2\xA0  b",
                             "  lead  and trail  ",
                             "RESOLUTION 11 (Rev. Hammamet, 2016)",
                             ("soft\xC2\xAD"
                              "hyphen"),
                             "\xC2\xAD\xC2\xAD x",
                             "Mixed\xE2\x80\xA8Line"};
    for (const char *sample : samples) {
        const std::string full = normalize(sample);
        CHECK(isBlank(sample) == trim(full).empty());
        for (std::size_t n = 0; n <= full.size() + 2; ++n) {
            bool complete = false;
            const std::string prefix = normalizePrefix(sample, n, complete);
            CHECK(full.compare(0, prefix.size(), prefix) == 0);
            CHECK((complete ? prefix == full : prefix.size() >= n));
        }
    }
    CHECK(fold("Draft NEW Resolution [ABC-1]") == "draft new resolution [abc-1]");
    CHECK(upper("mod\tx") == "MOD\tX");
    CHECK(upper("stra\xC3\x9F"
                "e") == "STRASSE"); // not ASCII: ICU
}
