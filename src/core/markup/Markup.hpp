// Mark Up Against Base: turns an author's edited resolution into the base text plus tracked
// changes, so that accept-all gives the author's text and reject-all gives the base text.
//
// How the UNO layer applies a MarkupResult (one undo step, change recording OFF while writing):
//  1. Replace the resolution's paragraphs by result.paragraphs, in order: for each, write its
//     marked text (Paragraph::text(View::Marked): deleted and inserted text both present, a
//     manual line break as '\n' -> ControlCharacter::LINE_BREAK, tabs as typed) and set its
//     ParaStyleName to paragraph.style unless it has it already. Whole inserted or deleted
//     paragraphs, and the parts of a split or joined one, are ordinary paragraphs of the marked
//     text. (Written whole because makeRedline is not undoable: undo must remove the text the
//     changes sit on. Mark Up Against Base then gives the author's direct character formatting
//     back to the author's characters, uno/MarkupWriter.)
//  2. For every RedlineSpan of redlineSpans(result.paragraphs) (UTF-16 offsets, as Writer
//     counts): put a cursor at the start of paragraph `paragraph`, goRight(start), then
//     goRight(length, true); when throughParagraphEnd, goRight(1, true) once more so the
//     selection takes the paragraph break. Call XRedline::makeRedline("Insert" or "Delete",
//     {RedlineAuthor, RedlineDateTime}) on that range. makeRedline does not change the text,
//     so the spans stay valid in any order.
//  3. Turn RecordChanges on, so the author's later edits are tracked too.
// Writer's own accept-all / reject-all then give result.proposed / the base texts, paragraph by
// paragraph (paragraphsInView in model/Views.hpp computes the same views without an office;
// checked against LibreOffice 7.4, texts and styles, for whole-paragraph insertions and
// deletions in the middle and at the end). Known office limit: after a save and reload
// (.docx or .odt) a paragraph deleted whole and the paragraph after it share one style.
// Propose Modification (MOD) is markUp(base, base.paragraphs, {author, assembly}): the base
// with only the three revision lines changed.
#pragma once

#include "basetext/BaseText.hpp"
#include "diff/WordDiff.hpp"
#include "model/Document.hpp"
#include "model/Role.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace pa::markup {

struct MarkupOptions {
    // Author and date of every tracked change made (its kind is set per change).
    TrackedChange change;
    // The assembly the proposal is for, e.g. "New Delhi, 2024": the number line, history line
    // and preamble of the edited text are made to name it (as tracked changes of the base
    // lines) if the author has not done so. Empty: the revision lines are taken as typed.
    std::string assembly;
    // The role of each edited paragraph, when recognition has run on it (same size as the
    // edited paragraphs); empty: inserted paragraphs get a role from their text.
    std::vector<Role> editedRoles;
};

struct MarkupResult {
    // The paragraphs to write, base and edited merged, with runs under Insertion/Deletion and,
    // for a paragraph inserted or deleted whole, the paragraph mark under the change too.
    std::vector<Paragraph> paragraphs;
    // For each of `paragraphs`: the base paragraph and the edited paragraph it shows (npos:
    // none; both set for a kept or edited paragraph).
    std::vector<diff::ParagraphPair> sources;
    // What accept-all gives, one text per edited paragraph: the author's text, with the
    // revision lines naming options.assembly when one was given.
    std::vector<std::string> proposed;
    std::size_t insertions = 0; // tracked insertions made (runs and paragraph marks)
    std::size_t deletions = 0;  // tracked deletions made (runs and paragraph marks)
};

// base: the base resolution's paragraphs (read in their original view) with one role each
// (baseRoles may be empty: the revision lines are then found by their text). edited: the
// author's paragraphs, read in their proposed view (plain text expected). Both must hold at
// least one paragraph (std::invalid_argument otherwise): there is no resolution to mark up.
// Paragraphs are aligned by what they share (diff::alignParagraphGroups: edited, grown, split,
// joined, inserted, deleted) and changed word by word inside, so the tracked changes delete
// about what the smallest word diff deletes. Paired paragraphs keep the base's style; inserted
// ones get the ITU style of their role. ITU styles are written by their programmatic name
// ("ResNo", never "Res_No").
MarkupResult markUp(const std::vector<Paragraph> &base, const std::vector<Role> &baseRoles,
                    const std::vector<Paragraph> &edited, const MarkupOptions &options);
MarkupResult markUp(const BaseResolution &base, const std::vector<Paragraph> &edited,
                    const MarkupOptions &options);

// A stretch of one marked paragraph to put under a tracked change in Writer.
struct RedlineSpan {
    std::size_t paragraph = 0; // index into the marked paragraphs
    std::size_t start = 0;     // UTF-16 offset in the paragraph's marked text
    std::size_t length = 0;    // UTF-16 code units (0 for only the paragraph mark)
    ChangeKind kind = ChangeKind::Insertion;
    std::string author;               // the change's author (Mark Up's are all the user's)
    bool throughParagraphEnd = false; // the span takes the paragraph break too
    // Which of two dates, kRedlineStampMinutes apart, the change is recorded at (0: the first).
    // Writer fuses an insertion that starts a paragraph with one by the same author, dated
    // within a minute, that ends the paragraph before, and the fused change takes the
    // paragraph break between them: rejecting it would join the two paragraphs. Such a span
    // gets the other date than the span before it.
    int stamp = 0;
};
constexpr int kRedlineStampMinutes = 2;

// The spans of every tracked run and paragraph mark, in document order; a mark under the
// same change (kind and author) as the paragraph's last run extends that run's span.
std::vector<RedlineSpan> redlineSpans(const std::vector<Paragraph> &paragraphs);

} // namespace pa::markup
