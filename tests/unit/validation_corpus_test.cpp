// The corpus must validate clean: the base texts as documents, and MOD ATU/35A3/1 (its 16
// tracked changes rebuilt from the .odt in tests/data/texts) against Hammamet 2016.
#include "DocBuilder.hpp"

#include "report/DiagnosticsReport.hpp"
#include "validation/Validator.hpp"

#include <catch2/catch.hpp>

#include <iostream>

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
    std::cout << diagnosticsText("ATU-35A3-mod-res11", all);
    CHECK(errorsOf(all).empty());
}
