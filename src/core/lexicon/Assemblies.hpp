// ITU assemblies and conferences by venue and year, in the six languages (the table is
// lexicon/languages/assemblies.json): "New Delhi, 2024", "WTSA-24", "Нью-Дели, 2024 г." and
// "2024年，新德里" are one assembly, and a revision line is written in its document's language.
#pragma once

#include "lexicon/Lexicon.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace pa::assemblies {

// A meeting the table knows: where and when.
struct Meeting {
    std::string venue; // the table's venue id: "new-delhi"
    int year = 0;
    std::string id; // "WTSA-24" when the table lists an assembly there that year, else ""
};

// What `text` names, read in any of the six languages: a short name ("WTSA-24"), or a venue and
// a year as a revision line writes them. nullopt when the table does not know it.
std::optional<Meeting> identify(std::string_view text);

// How a document in `lexicon`'s language names the meeting: "Нью-Дели, 2024 г.".
std::string nameIn(const Meeting &meeting, const Lexicon &lexicon);

// `text` (as the user gave it: "New Delhi, 2024", "WTSA-24") as a document in `lexicon`'s
// language writes it; an assembly the table does not know is kept as given.
std::string localized(std::string_view text, const Lexicon &lexicon);

// The languages whose spelling of a venue and year `text` is (several when they spell it alike:
// "Hammamet, 2016" is English, French and Spanish); empty when unknown.
std::vector<const Lexicon *> spellingLanguages(std::string_view text);

// Two names of one assembly: equal when folded, or the same venue and year in any languages.
bool same(std::string_view a, std::string_view b);

} // namespace pa::assemblies
