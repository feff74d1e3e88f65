// The corpus must validate clean: the base texts as documents, and MOD ATU/35A3/1 (its 16
// tracked changes rebuilt from the .odt in tests/data/texts) against Hammamet 2016.
#include "DocBuilder.hpp"

#include "report/DiagnosticsReport.hpp"
#include "validation/Validator.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace pa;

namespace {
std::vector<Diagnostic> errorsOf(const std::vector<Diagnostic> &all) {
    std::vector<Diagnostic> out;
    for (const Diagnostic &d : all)
        if (d.severity == Severity::Error)
            out.push_back(d);
    return out;
}
} // namespace

TEST_CASE("corpus proposal validates without error against its base", "[validation][corpus]") {
    const Document base = test::loadDocument("texts/res11-hammamet-2016.txt");
    const BaseText baseText = test::baseFrom(base, "res11-hammamet-2016");
    const Document proposal = test::loadDocument("texts/ATU-35A3-mod-res11.txt");
    ValidationSettings settings;
    settings.assembly = "New Delhi, 2024";
    const auto all = validate(proposal, recognize(proposal), &baseText, settings);
    INFO(diagnosticsText("ATU-35A3-mod-res11", all));
    CHECK(errorsOf(all).empty());
}

TEST_CASE("corpus base texts validate without error as documents", "[validation][corpus]") {
    for (const char *name : {"res11-hammamet-2016", "res11-new-delhi-2024"}) {
        const Document document = test::loadDocument(std::string("texts/") + name + ".txt");
        const Recognition recognition = recognize(document);
        const BaseText base = test::baseFrom(document, name);
        ValidationSettings settings;
        settings.assembly = "New Delhi, 2024";
        for (const BaseText *b : {static_cast<const BaseText *>(nullptr), &base}) {
            const auto all = validate(document, recognition, b, settings);
            INFO(diagnosticsText(name, all));
            CHECK(all.empty());
        }
    }
}

TEST_CASE("corpus proposal against the wrong base shows where it started from", "[validation][corpus]") {
    // The 2024 text is not what ATU modified: its deletions name text that base does not have.
    // The seed lacks the number line; it is put back so that the base is found by number.
    Document base = test::loadDocument("texts/res11-new-delhi-2024.txt");
    base.paragraphs.insert(base.paragraphs.begin() + 5,
                           test::paragraphFrom("ResNo|RESOLUTION 11 (Rev. New Delhi, 2024)"));
    const BaseText baseText = test::baseFrom(base, "res11-new-delhi-2024");
    REQUIRE(baseText.find("11") != nullptr);
    const Document proposal = test::loadDocument("texts/ATU-35A3-mod-res11.txt");
    const auto all = validate(proposal, recognize(proposal), &baseText, ValidationSettings{});
    const auto mismatch = std::find_if(all.begin(), all.end(), [](const Diagnostic &d) {
        return d.rule == Rule::BaseMismatch && d.paragraph == 14;
    });
    REQUIRE(mismatch != all.end());
    INFO(diagnosticsText("ATU-35A3-mod-res11", all));
    CHECK(mismatch->message.find("'Hammamet, 2016'") != std::string::npos);
    CHECK(std::any_of(all.begin(), all.end(), [](const Diagnostic &d) { return d.rule == Rule::UntrackedChange; }));
}
