// The office's error codes turned into words, never shown as codes or source paths.
#include "report/OfficeErrors.hpp"

#include <catch2/catch.hpp>

using namespace pa;

TEST_CASE("office error codes in words", "[report]") {
    const std::string store = "SfxBaseModel::impl_store <file:///x/out.odt> failed: "
                              "0x507(Error Area:Io Class:Access Code:7) at ./sfx2/source/doc/"
                              "sfxbasemodel.cxx:3207";
    CHECK(officeErrorCode(0, store) == std::optional<std::uint32_t>(0x507));
    CHECK(officeErrorWords(officeErrorCode(0, store), "x") == "permission denied");
    const std::string load = "SfxBaseModel::handleLoadError: 0x0x4b0b at ./sfx2/source/doc/x.cxx:1";
    CHECK(officeErrorWords(officeErrorCode(0, load), "x") == "it is protected by a password");
    CHECK(officeErrorWords(officeErrorCode(19211, ""), "x") == "it is protected by a password");
    CHECK(officeErrorWords(officeErrorCode(0, "no code here"), "cannot read it") ==
          "cannot read it");
    CHECK(officeErrorWords(officeErrorCode(0x301, ""), "x") == "no such file or folder");
    CHECK(officeErrorWords(officeErrorCode(0xb0b, ""), "unknown") == "unknown");
}
