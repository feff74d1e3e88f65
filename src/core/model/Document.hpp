// The plain document model every part of the engine works on: paragraphs of text runs with
// their tracked changes, read once from Writer (or built by tests) and never tied to UNO.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace pa {

enum class ChangeKind { Insertion, Deletion };

// A tracked change as Writer records it: kind, author and date (ISO 8601, may be empty).
struct TrackedChange {
    ChangeKind kind = ChangeKind::Insertion;
    std::string author;
    std::string date;
};

// A stretch of a paragraph's text (UTF-8) under at most one tracked change.
struct Run {
    std::string text;
    std::optional<TrackedChange> change;

    bool inserted() const { return change && change->kind == ChangeKind::Insertion; }
    bool deleted() const { return change && change->kind == ChangeKind::Deletion; }
};

// The three views of domain §3: original = reject all, proposed = accept all,
// marked = every character as it stands in the document (what Writer's getString returns).
enum class View { Original, Proposed, Marked };

struct Paragraph {
    std::string style;        // programmatic paragraph style name, e.g. "ResNo", "Standard"
    std::string styleDisplay; // the name Writer shows, e.g. "Res_No"; may equal style or be empty
    std::vector<Run> runs;
    // The paragraph mark itself under a tracked change: a deleted mark joins this paragraph
    // to the next when the change is accepted; an inserted one splits them when rejected.
    std::optional<TrackedChange> mark;
    std::string listLabel; // label drawn by Writer numbering ("a)", "1."), not part of the text
    bool inTable = false;  // the paragraph sits in a table cell

    std::string text(View view = View::Marked) const;
    bool hasTrackedChanges() const;
    // True when nothing of the paragraph is left in the view: every run and the mark are
    // deleted (Proposed) or inserted (Original).
    bool absentIn(View view) const;
};

struct Document {
    std::vector<Paragraph> paragraphs;
    bool hasTrackedChanges() const;
};

// Builds a paragraph from text with no tracked change (tests, generated text).
Paragraph plainParagraph(std::string text, std::string style = "Standard");

} // namespace pa
