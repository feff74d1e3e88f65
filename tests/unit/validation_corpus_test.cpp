// The corpus must validate clean: the base texts as documents, and MOD ATU/35A3/1 (its 16
// tracked changes rebuilt from the .odt in tests/data/texts) against Hammamet 2016.
#include "DocBuilder.hpp"

#include "model/ModelJson.hpp"
#include "report/DiagnosticsReport.hpp"
#include "text/Text.hpp"
#include "validation/Validator.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

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

TEST_CASE("corpus proposal against the wrong base shows where it started from",
          "[validation][corpus]") {
    // The 2024 text is not what ATU modified: its deletions name text that base does not have.
    // The seed lacks the number line: the base is added as Resolution 11 by name.
    const Document base = test::loadDocument("texts/res11-new-delhi-2024.txt");
    const BaseText baseText = test::baseFrom(base, "res11-new-delhi-2024", "11");
    REQUIRE(baseText.find("11") != nullptr);
    const Document proposal = test::loadDocument("texts/ATU-35A3-mod-res11.txt");
    const auto all = validate(proposal, recognize(proposal), &baseText, ValidationSettings{});
    const auto mismatch = std::find_if(all.begin(), all.end(), [](const Diagnostic &d) {
        return d.rule == Rule::BaseMismatch && d.paragraph == 14;
    });
    REQUIRE(mismatch != all.end());
    INFO(diagnosticsText("ATU-35A3-mod-res11", all));
    CHECK(mismatch->message.find("'Hammamet, 2016'") != std::string::npos);
    CHECK(std::any_of(all.begin(), all.end(),
                      [](const Diagnostic &d) { return d.rule == Rule::UntrackedChange; }));
}

namespace {
Document modelOf(const std::string &name) {
    std::ifstream in(std::string(PA_TEST_DATA) + "/models/" + name + ".model.json");
    REQUIRE(in);
    return documentFromJson(nlohmann::json::parse(in));
}
} // namespace

TEST_CASE("corpus documents as Writer read them validate without error", "[validation][corpus]") {
    // tests/data/models: the model the UNO reader built from the real .docx and .odt files.
    for (const char *baseName : {"res11-hammamet-2016.docx", "res11-hammamet-2016.odt"}) {
        const Document base = modelOf(baseName);
        const BaseText baseText = test::baseFrom(base, baseName);
        REQUIRE(baseText.find("11") != nullptr);
        ValidationSettings settings;
        settings.assembly = "New Delhi, 2024";
        const auto asDocument = validate(base, recognize(base), &baseText, settings);
        INFO(diagnosticsText(baseName, asDocument));
        CHECK(asDocument.empty());
        for (const char *proposalName : {"ATU-35A3-mod-res11.docx", "ATU-35A3-mod-res11.odt"}) {
            const Document proposal = modelOf(proposalName);
            const auto all = validate(proposal, recognize(proposal), &baseText, settings);
            INFO(proposalName << " against " << baseName << "\n"
                              << diagnosticsText(proposalName, all));
            CHECK(errorsOf(all).empty());
            // What may remain: the punctuation of the item left last, the single item's label,
            // and the style of the Reasons paragraph that the deleted item's mark took over.
            for (const Diagnostic &d : all)
                CHECK((d.rule == Rule::Punctuation || d.rule == Rule::ItemSequence ||
                       d.rule == Rule::Style));
        }
    }
}

TEST_CASE("the pasted copy of the proposal shows its untracked changes word by word",
          "[validation][corpus]") {
    // unstyled/ATU-35A3-mod-res11-merged: the MOD pasted as plain text, deletions and insertions
    // run together and nothing tracked.
    const Document base = modelOf("res11-hammamet-2016.docx");
    const BaseText baseText = test::baseFrom(base, "res11-hammamet-2016");
    const Document pasted = modelOf("ATU-35A3-mod-res11-merged.docx");
    ValidationSettings settings;
    settings.assembly = "New Delhi, 2024";
    const auto all = validate(pasted, recognize(pasted), &baseText, settings);
    INFO(diagnosticsText("merged", all));
    const auto selected = [&](const Diagnostic &d) {
        const std::u16string t =
            text::toUtf16(pasted.paragraphs.at(d.paragraph).text(View::Marked));
        return text::toUtf8(t.substr(d.start, d.end - d.start));
    };
    std::vector<std::string> recognizing;
    for (const Diagnostic &d : all)
        if (d.rule == Rule::UntrackedChange && d.paragraph == 17)
            recognizing.push_back(selected(d));
    CHECK(recognizing == std::vector<std::string>{"deployment and", "digital infrastructure"});
    CHECK(std::count_if(all.begin(), all.end(), [](const Diagnostic &d) {
              return d.rule == Rule::ModWithoutChanges;
          }) == 1);
    CHECK(std::count_if(all.begin(), all.end(),
                        [](const Diagnostic &d) { return d.rule == Rule::MissingReasons; }) == 1);
}
