// The words of proposals and resolutions, per language: number lines, calls, headings,
// "Reasons", cover phrases, item labels and endings. The one table of words: every part of the
// engine reads it, nothing else spells these words. Each language is a data file in
// lexicon/languages/ (<code>.json), compiled into the engine and loaded on first use: correcting
// a term or adding a language needs no C++.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pa {

struct Lexicon {
    std::string language;       // BCP 47 primary tag: "en", "fr", "es", "ru", "ar", "zh"
    std::string name;           // the language's own name: "Français"
    std::string englishName;    // "French": how an English message names it
    std::string documentLetter; // the letter after an ITU document number: E F S R A C
    bool rightToLeft = false;

    // Matched: every phrase in text::fold form, compared with folded text.
    std::vector<std::string> numberLine;     // "resolution {n}", "第{n}号决议"
    std::vector<std::string> draftNew;       // "draft new resolution"
    std::vector<std::string> revision;       // "rev. {a}", "{a},修订版"
    std::vector<std::string> preambleCalls;  // take lettered items: "considering", ...
    std::vector<std::string> operativeCalls; // take numbered items: "resolves", ...
    std::vector<std::string> reasons;        // "reasons" (followed by ':' in the text)
    std::vector<std::string> annex;          // "annex", "appendix"
    std::vector<std::string>
        assemblies; // preamble openings: "the world telecommunication standardization assembly"
    std::vector<std::string> cover;   // "addendum {add} to document {doc}", "document {doc}"
    std::vector<std::string> section; // section headings: "section", "第{n}节"

    // As written, in order: item letters ("a", "b", ...; Arabic "أ", "ب", ...) and the endings
    // of an item, of the last item of a call, of the resolution's last item, and of an item that
    // introduces sub-items.
    std::vector<std::string> letters;
    std::vector<std::string> alternativeLetters; // another lettering in use (Cyrillic in Russian)
    std::vector<std::string> itemEnd, lastItemOfCallEnd, lastItemEnd, introducingEnd;

    // Written into documents: the first entry of each list as the data file spells it.
    struct Written {
        std::string numberLine;   // "RESOLUTION {n}"
        std::string draftNew;     // "DRAFT NEW RESOLUTION"
        std::string revision;     // "Rev. {a}"
        std::string reasons;      // "Reasons"
        std::string preamble;     // "The World Telecommunication Standardization Assembly"
        std::string assemblyName; // "{venue}, {year}"
        std::string titlePrompt;  // "[Title of the draft new resolution]"
    } written;

    // What Merge Proposals writes into the merged draft and the synoptic table.
    struct MergeWords {
        std::string sourcesAddDifferent; // a comment: "Sources add different paragraphs here:"
        std::string sourcesDiffer;       // "Sources differ here. Base: {base}"
        std::string suppress;            // "SUP {name}: suppress Resolution {n}"
        std::string noChange;            // "NOC {name}: no change to Resolution {n}"
        std::string synopticHeading;     // "Resolution {n}: the proposals side by side"
        std::string base;                // the synoptic table's first column: "Base"
    } merge;

    // "RESOLUTION 11" / "第11号决议", as a number line writes it.
    std::string numberLineFor(std::string_view number) const;
    // "DRAFT NEW RESOLUTION [ATU-1]"
    std::string draftNewLineFor(std::string_view tag) const;
    // "Reasons:" / "理由：": the label that opens a Reasons paragraph.
    std::string reasonsLabel() const;
    // "Resolution 11" / "Резолюция 11" / "第11号决议": how a message names a resolution.
    std::string resolutionName(std::string_view number) const;
};

// Every language the engine knows, English first; recognition accepts the words of any of them.
const std::vector<Lexicon> &lexicons();

// The lexicon of a language tag ("fr", "fr-CH", "zh-CN", "ar-EG"); nullptr when none.
const Lexicon *findLexicon(std::string_view languageTag);
// findLexicon, English when it finds none.
const Lexicon &lexiconFor(std::string_view languageTag);

// Replaces every "{name}" in pattern by value.
std::string fillPlaceholder(std::string_view pattern, std::string_view name,
                            std::string_view value);

// Proposal action symbols (domain §1): the same Latin letters in every language.
const std::vector<std::string_view> &proposalSymbols();

} // namespace pa
