// What the user does with a validation finding in Writer: see its words selected, apply its
// fix (one undo step), or silence its rule for the document. Shared by the dialog and the API.
#pragma once

#include "DocumentReader.hpp"
#include "model/Diagnostic.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <string>
#include <vector>

namespace pa::uno {

// Moves the cursor `count` characters right (goRight takes 16 bits: a long paragraph is walked
// in steps); throws IllegalArgumentException when the text ends first.
void moveRight(const css::uno::Reference<css::text::XTextCursor> &cursor, std::size_t count,
               bool expand);

// A cursor over characters [start, end) (UTF-16 units of the marked text) of a paragraph read
// by readDocument(); throws IllegalArgumentException when the range is not in the paragraph.
css::uno::Reference<css::text::XTextCursor>
findingCursor(const ReadDocument &read, std::size_t paragraph, std::size_t start, std::size_t end);

// Replaces the edits' ranges in the paragraphs read by readDocument(), last first so that the
// earlier offsets still hold; each edit tracked or not as it says.
void applyEdits(const css::uno::Reference<css::text::XTextDocument> &document,
                const ReadDocument &read, std::vector<TextEdit> edits);

// Selects the finding's words in the controller's view; false when the controller cannot
// select (no view, e.g. a document loaded without one).
bool selectWords(const css::uno::Reference<css::frame::XController> &controller,
                 const ReadDocument &read, std::size_t paragraph, std::size_t start,
                 std::size_t end);

// Selects the finding's words, as the check read them: false when the text there changed since
// (the caller says so and offers to check again). Throws when the range is gone altogether.
bool selectFindingWords(const css::uno::Reference<css::frame::XController> &controller,
                        const ReadDocument &read, const Diagnostic &diagnostic);

// Applies the fix to the document the paragraphs were read from, as one undo step titled
// `undoTitle` (the fix's description in the UI language: undoTitleOf). Relettering is recorded
// as a tracked change, the rest is not, whatever the document's own recording setting, which
// is restored afterwards.
void applyFix(const css::uno::Reference<css::text::XTextDocument> &document,
              const ReadDocument &read, const Fix &fix, const rtl::OUString &undoTitle);

// Adds the rule id to the rules the document ignores (its contribution settings); false when
// the document already ignored it.
bool ignoreRule(const css::uno::Reference<css::text::XTextDocument> &document,
                const std::string &rule);

// Stop ignoring: removes the rule id from the rules the document ignores; false when the
// document did not ignore it.
bool stopIgnoringRule(const css::uno::Reference<css::text::XTextDocument> &document,
                      const std::string &rule);

} // namespace pa::uno
