// Helpers of the mark-up tests: resolution texts from tests/data/texts, a compact rendering of
// marked paragraphs, and the accept-all / reject-all invariant.
#pragma once

#include "TestData.hpp"

#include "markup/Markup.hpp"
#include "model/Role.hpp"
#include "model/Views.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace pa::test {

// A text of tests/data/texts: paragraphs with style and role, from paragraph `from` on.
struct Texts {
    std::vector<Paragraph> paragraphs;
    std::vector<Role> roles;
};

inline Texts loadTexts(const std::string &name, std::size_t from = 0) {
    const auto json = readJson("texts/" + name + ".json");
    Texts out;
    std::size_t k = 0;
    for (const auto &p : json.at("paragraphs")) {
        if (k++ < from)
            continue;
        out.paragraphs.push_back(
            plainParagraph(p.at("text").get<std::string>(), p.at("style").get<std::string>()));
        const auto role =
            p.contains("role") ? roleFromName(p.at("role").get<std::string>()) : std::nullopt;
        out.roles.push_back(role.value_or(Role::Body));
    }
    return out;
}

inline std::vector<std::string> textsOf(const std::vector<Paragraph> &paragraphs, View view) {
    std::vector<std::string> out;
    for (const Paragraph &p : paragraphs)
        out.push_back(p.text(view));
    return out;
}

// "text [-deleted-]{+inserted+}", and "¶-" / "¶+" for a deleted / inserted paragraph mark.
inline std::string render(const Paragraph &p) {
    std::string out;
    for (const Run &r : p.runs) {
        if (r.deleted())
            out += "[-" + r.text + "-]";
        else if (r.inserted())
            out += "{+" + r.text + "+}";
        else
            out += r.text;
    }
    if (p.mark)
        out += p.mark->kind == ChangeKind::Insertion ? "\xC2\xB6+" : "\xC2\xB6-";
    return out;
}

// The promise of Mark Up Against Base: reject-all gives the base, accept-all the proposed
// text, paragraph by paragraph, to the character.
inline void checkInvariant(const markup::MarkupResult &result, const std::vector<Paragraph> &base) {
    const std::vector<std::string> original =
        markup::textsInView(result.paragraphs, View::Original);
    const std::vector<std::string> proposed =
        markup::textsInView(result.paragraphs, View::Proposed);
    const std::vector<std::string> baseTexts = textsOf(base, View::Original);
    REQUIRE(original.size() == baseTexts.size());
    for (std::size_t i = 0; i < baseTexts.size(); ++i) {
        INFO("base paragraph " << i);
        CHECK(original[i] == baseTexts[i]);
    }
    REQUIRE(proposed.size() == result.proposed.size());
    for (std::size_t j = 0; j < proposed.size(); ++j) {
        INFO("edited paragraph " << j);
        CHECK(proposed[j] == result.proposed[j]);
    }
    REQUIRE(result.sources.size() == result.paragraphs.size());
    // The last paragraph ends where the base's last paragraph ended: never a tracked mark.
    CHECK_FALSE(result.paragraphs.back().mark);
}

inline void checkInvariant(const markup::MarkupResult &result, const std::vector<Paragraph> &base,
                           const std::vector<Paragraph> &edited) {
    checkInvariant(result, base);
    CHECK(result.proposed == textsOf(edited, View::Proposed));
}

} // namespace pa::test
