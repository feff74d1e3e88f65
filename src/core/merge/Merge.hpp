// Merge Proposals: the proposals of several sources (MOD, SUP, NOC) on one resolution, as one
// merged draft (the base plus every source's changes as tracked changes whose author is the
// source's proposal number) and a synoptic table (base | each source), with a summary of where
// the sources agree and conflict. No UNO: the UNO layer writes the plans this module makes.
//
// The merged draft is built per base paragraph from every source's word edits of it (the word
// diff of the base paragraph against the source's proposed paragraph): the base text is cut at
// every edit's ends; each piece is deleted by the sources whose edits cover it (one deletion,
// author "ATU/35A3/1, EUR/41A1/1" when several do) and each inserted text stands at the end of
// its edit, one insertion per distinct text, naming every source that inserts it. So accepting
// the changes that name one source and rejecting the others gives exactly that source's text,
// conflicts or not; rejecting all gives the base. Paragraphs a source adds are inserted
// paragraphs (text and mark); a paragraph a source deletes has its text and mark deleted.
#pragma once

#include "basetext/BaseText.hpp"
#include "model/Document.hpp"
#include "recognition/Recognizer.hpp"

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace pa::merge {

// One contribution's proposal on the resolution.
struct Source {
    std::string name;     // the proposal number, "ATU/35A3/1": the author of its changes
    std::string file;     // where it came from, for messages
    std::string symbol;   // "MOD" (also "(MOD)"), "SUP" or "NOC"
    std::string language; // "en", "fr", ...: judged from its words; empty when nothing tells
    // MOD: the resolution's paragraphs as the source proposes them (accept all, plain runs).
    std::vector<Paragraph> proposed;
};

// Why a contribution gives no proposal on the resolution, for the user.
struct Skipped {
    std::string file;
    std::string reason;
};

// The MOD (or (MOD), SUP, NOC) of resolution `number` in a recognised contribution; nullopt
// with `why` set when it has none (or only an ADD, or a proposal line without a number).
std::optional<Source> findSource(const Document &document, const Recognition &recognition,
                                 const std::string &number, const std::string &file,
                                 std::string &why);

// The code of recognition/Language's languageOf for the paragraphs ("en", "fr", ...); empty
// when no word tells.
std::string languageCode(const std::vector<Paragraph> &paragraphs, const std::vector<Role> &roles);

// A comment (annotation) on the merged draft: on `length` UTF-16 units of paragraph
// `paragraph`'s marked text from `start` (length 0: at that point).
struct Comment {
    std::size_t paragraph = 0;
    std::size_t start = 0;
    std::size_t length = 0;
    std::string text;
};

// One source's text for a conflicting place.
struct Alternative {
    std::vector<std::string> sources; // those proposing this text, in the order given
    std::string text;
};

// Where sources change the same words differently (or add different paragraphs at one place).
struct Conflict {
    std::size_t paragraph = 0;                // in the merged draft
    std::optional<std::size_t> baseParagraph; // in the base resolution; none: added paragraphs
    std::string base;                         // the base words in question ("" for an addition)
    std::vector<Alternative> alternatives;
};

// The same change proposed by several sources.
struct Agreement {
    std::size_t paragraph = 0; // in the merged draft
    std::optional<std::size_t> baseParagraph;
    std::vector<std::string> sources;
    std::string deleted;  // base words the change deletes
    std::string inserted; // words it inserts (a whole added paragraph: its text)
};

struct SourceSummary {
    std::string name, file, symbol;
    std::vector<std::size_t> changedParagraphs; // base paragraphs it edits or deletes
    std::size_t addedParagraphs = 0;
    std::size_t deletedParagraphs = 0;
    std::size_t insertions = 0; // its own tracked changes, as its own mark-up would count them
    std::size_t deletions = 0;
};

// The synoptic table: one row per paragraph of the merged draft, columns base | each source.
struct SynopticRow {
    std::optional<std::size_t> baseParagraph; // none: a paragraph some source adds
    // cells[0] the base paragraph (plain), cells[1 + s] source s's version of it: the base
    // with that source's changes only, as tracked runs whose author is the source.
    std::vector<Paragraph> cells;
};
struct Synoptic {
    std::string heading;             // "Resolution 11: the proposals side by side"
    std::vector<std::string> header; // "Base", then each source's name (in the base's language)
    std::vector<SynopticRow> rows;
};

struct MergeResult {
    // The merged draft: the resolution followed by one empty paragraph (it takes the marks of
    // paragraphs added or deleted at the end). Runs and marks under tracked changes whose
    // author is the sources' names joined by ", "; put in Writer as Mark Up's are
    // (markup::redlineSpans, each span with its author).
    std::vector<Paragraph> paragraphs;
    std::vector<std::optional<std::size_t>> baseOf; // per merged paragraph: its base paragraph
    std::vector<Comment> comments;
    Synoptic synoptic;
    std::vector<SourceSummary> sources; // in the order given
    std::vector<Agreement> agreements;
    std::vector<Conflict> conflicts;
    std::vector<std::string> suppressions; // SUP sources
    std::vector<std::string> noChanges;    // NOC sources
    std::size_t insertions = 0;            // tracked changes of the merged draft (runs and marks)
    std::size_t deletions = 0;
    // The base's language is written right to left (Arabic): so are the draft and the table.
    bool rightToLeft = false;
};

// A merge that cannot be made (no source, two sources with one proposal number, languages
// mixed): the message is for the user.
struct MergeRefused : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// base: the base resolution in its original view with its roles. sources: in the order the
// user gave them. The base's and the sources' languages must agree (MergeRefused otherwise).
MergeResult merge(const BaseResolution &base, const std::vector<Source> &sources);

// The sources named in a tracked change's author ("ATU/35A3/1, EUR/41A1/1").
std::vector<std::string> sourcesOf(const std::string &author);

// The paragraphs with only `source`'s changes accepted and every other change rejected, as
// plain paragraphs (paragraph marks applied): what Manage Changes gives when the changes
// naming the source are accepted and the others rejected.
std::vector<std::string> textsWithOnly(const std::vector<Paragraph> &paragraphs,
                                       const std::string &source);

} // namespace pa::merge
