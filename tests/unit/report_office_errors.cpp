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

TEST_CASE("office messages in plain words, one line", "[report]") {
    CHECK(plainOfficeMessage("SfxBaseModel::impl_store <file:///x/out.odt> failed: 0x507(Error "
                             "Area:Io Class:Access Code:7) at ./sfx2/source/doc/sfxbasemodel.cxx:"
                             "3207 at ./sfx2/source/doc/sfxbasemodel.cxx:1775",
                             "x") == "permission denied");
    CHECK(plainOfficeMessage("SfxBaseModel::handleLoadError: 0x0x4b0b at ./sfx2/x.cxx:1", "x") ==
          "it is protected by a password");
    CHECK(plainOfficeMessage("ProposalEditor.markUp: the written paragraphs were not found "
                             "where they were written",
                             "x") ==
          "the written paragraphs were not found where they were written");
    CHECK(plainOfficeMessage("SwXText::insertString: illegal argument at "
                             "./sw/source/core/unocore/unotext.cxx:1234\nat ./sw/b.cxx:2",
                             "x") == "illegal argument");
    CHECK(plainOfficeMessage("Binary URP bridge disposed during call at "
                             "./binaryurp/source/bridge.cxx:611",
                             "x") == "Binary URP bridge disposed during call");
    CHECK(plainOfficeMessage("\n  first line\nsecond line", "x") == "first line");
    CHECK(plainOfficeMessage(" at ./sw/source/a.cxx:1", "the office failed") ==
          "the office failed");
    CHECK(plainOfficeMessage("Resolution 11 is not in the base text.", "x") ==
          "Resolution 11 is not in the base text.");
    CHECK(plainOfficeMessage("", "unknown") == "unknown");
}

TEST_CASE("a file name in front of a message stays", "[report]") {
    CHECK(plainOfficeMessage("report.docx: the document is empty", "x") ==
          "report.docx: the document is empty");
    CHECK(plainOfficeMessage("e.g. a resolution", "x") == "e.g. a resolution");
}
