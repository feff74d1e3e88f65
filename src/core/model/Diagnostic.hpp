// What validation finds: a rule id of domain §3, a severity, the paragraph and UTF-16 range it
// points at, a message for the delegate, and (only where a small change surely helps) a Fix.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pa {

enum class Severity { Error, Warning, Info };
std::string_view severityName(Severity severity); // "error", "warning", "info"

// The checks of domain §3, in the order of its table.
enum class Rule {
    ProposalHeaderFormat,
    ProposalNumberSequence,
    ProposalNumberDuplicate,
    ProposalNumberPrefix,
    ProposalNumberDocument,
    MissingReasons,
    UnknownTarget,
    BaseNotCompared,
    AddNumberClash,
    UntrackedChange,
    BaseMismatch,
    RevisionInconsistent,
    ModWithoutChanges,
    TrackedChangeOutsideMod,
    ItemSequence,
    Punctuation,
    Style,
};

// The stable machine name: "proposal-header-format", ..., "style".
std::string_view ruleId(Rule rule);
std::optional<Rule> ruleFromId(std::string_view id);
const std::vector<Rule> &allRules();
// Rules that compare with the base text; validation skips them when there is no base.
bool ruleNeedsBase(Rule rule);

// One replacement in a paragraph's marked text (UTF-16 range, as Writer counts). A tracked
// edit is made with change tracking on, so the delegate's document keeps showing it.
struct TextEdit {
    std::size_t paragraph = 0;
    std::size_t start = 0;
    std::size_t end = 0;
    std::string replacement;
    bool tracked = false;
};

// A small sure repair, shaped like a clang fix-it: made only by the named factories below, so
// every fix in circulation is one the UNO layer knows how to apply (as one undo step).
class Fix {
  public:
    enum class Kind {
        RenumberProposals, // edits: the sequence numbers of proposal lines, untracked
        ReletterItems,     // edits: item labels under one call, tracked
        AddReasons,        // insert paragraph `text` in style `style` after `paragraph`
        ApplyStyle,        // set paragraph style `style` on `paragraph`
        AcceptChanges,     // edits, untracked: a tracked insertion rewritten as plain text, a
                           // tracked deletion removed
    };

    static Fix renumberProposals(std::vector<TextEdit> edits);
    static Fix reletterItems(std::vector<TextEdit> edits);
    static Fix addReasons(std::size_t afterParagraph, std::string placeholder, std::string style);
    static Fix applyStyle(std::size_t paragraph, std::string style);
    static Fix acceptChanges(std::vector<TextEdit> edits);

    Kind kind() const { return kind_; }
    const std::string &description() const { return description_; }
    const std::vector<TextEdit> &edits() const { return edits_; }
    std::size_t paragraph() const { return paragraph_; }
    const std::string &text() const { return text_; }
    const std::string &style() const { return style_; }

  private:
    Fix(Kind kind, std::string description) : kind_(kind), description_(std::move(description)) {}
    Kind kind_;
    std::string description_;
    std::vector<TextEdit> edits_;
    std::size_t paragraph_ = 0;
    std::string text_;
    std::string style_;
};

// What follows from a finding, as clang's notes: shown with it, never counted on its own.
struct Note {
    std::string message;
    std::size_t paragraph = 0; // as Diagnostic's
    std::size_t start = 0;
    std::size_t end = 0;
};

struct Diagnostic {
    Rule rule = Rule::Style;
    Severity severity = Severity::Error;
    std::size_t paragraph = 0; // index into Document::paragraphs
    std::size_t start = 0;     // UTF-16 code units into the paragraph's marked text
    std::size_t end = 0;       // exclusive
    std::string message;
    std::optional<Fix> fix;
    std::vector<Note> notes; // the consequences of this one mistake, in document order
};

} // namespace pa
