// The words of proposals and resolutions, per language: calls, headings, "Reasons", cover
// phrases. The one table of words: recognition and validation read it, nothing else spells
// these words. Adding a language means adding one entry to lexicon/Lexicon.cpp.
#pragma once

#include <string_view>
#include <vector>

namespace pa {

struct Lexicon {
    std::string_view language; // BCP 47: "en", "fr", "es", "ru", "ar", "zh"
    // All phrases are in case-folded form (see text::fold) and matched against folded text.
    std::vector<std::string_view> resolution;   // "resolution": starts a number line
    std::vector<std::string_view> draftNew;     // "draft new resolution"
    std::vector<std::string_view> revision;     // "rev.": marks a revised resolution
    std::vector<std::string_view> preambleCalls; // take lettered items: "considering", ...
    std::vector<std::string_view> operativeCalls; // take numbered items: "resolves", ...
    std::vector<std::string_view> reasons;      // "reasons" (followed by ':' in the text)
    std::vector<std::string_view> annex;        // "annex", "appendix", "attachment"
    std::vector<std::string_view> assemblies;   // preamble openings: "the world telecommunication standardization assembly"
    std::vector<std::string_view> addendum;     // cover: "addendum"
    std::vector<std::string_view> document;     // cover: "document"
    // Written, never matched (so not folded): the title Propose New Resolution puts in, selected,
    // for the author to type over.
    std::string_view titlePrompt;
};

// Every language the engine knows; recognition accepts the words of any of them.
const std::vector<Lexicon> &lexicons();

// Proposal action symbols (domain §1): the same Latin letters in every language.
const std::vector<std::string_view> &proposalSymbols();

} // namespace pa
