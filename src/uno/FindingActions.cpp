// Selecting a finding's words, applying its fix through the Writer API, and "Ignore rule".
#include "FindingActions.hpp"

#include "ContributionSettings.hpp"
#include "LongText.hpp"
#include "StyleWriter.hpp"
#include "UnoStrings.hpp"
#include "office/Cursors.hpp"
#include "office/EditGuards.hpp"
#include "validation/Validator.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno {
namespace {

[[noreturn]] void badArgument(const std::string &why) {
    throw css::lang::IllegalArgumentException(toOUString(why), Reference<css::uno::XInterface>(),
                                              0);
}

// A new paragraph after `paragraph` holding `text` in the ITU style `style`.
void insertParagraphAfter(const Reference<css::text::XTextDocument> &document,
                          const ReadDocument &read, std::size_t paragraph, const std::string &text,
                          const std::string &style) {
    const Reference<css::text::XTextRange> range = read.paragraphRange(paragraph);
    const Reference<css::text::XText> owner = range->getText();
    office::ChangeRecording recording(document, false);
    // The cursor ends up at the start of the new paragraph. (Writer splits a paragraph by moving
    // its front part to a new node, so the old paragraph object would name the new one.)
    const Reference<css::text::XTextCursor> cursor =
        owner->createTextCursorByRange(range->getEnd());
    const Reference<css::text::XTextRange> at(cursor, UNO_QUERY_THROW);
    owner->insertControlCharacter(at, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    setLongString(cursor, toOUString(text));
    Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
        ->setPropertyValue("ParaStyleName", Any(StyleWriter(document).resolve(style)));
}

} // namespace

void moveRight(const Reference<css::text::XTextCursor> &cursor, std::size_t count, bool expand) {
    if (!office::moveRight(cursor, count, expand))
        badArgument("the range runs past the end of its paragraph");
}

Reference<css::text::XTextCursor> findingCursor(const ReadDocument &read, std::size_t paragraph,
                                                std::size_t start, std::size_t end) {
    if (paragraph >= read.model.paragraphs.size())
        badArgument("paragraph " + std::to_string(paragraph) + " does not exist");
    if (start > end)
        badArgument("the range ends before it starts");
    const Reference<css::text::XTextRange> range = read.paragraphRange(paragraph);
    Reference<css::text::XTextCursor> cursor =
        range->getText()->createTextCursorByRange(range->getStart());
    // Footnote anchors and fields count differently in Writer than in the model.
    const std::size_t from = read.writerOffset(paragraph, start);
    const std::size_t to = std::max(from, read.writerOffset(paragraph, end, start < end));
    moveRight(cursor, from, false);
    moveRight(cursor, to - from, true);
    return cursor;
}

// Last first: a tracked replacement keeps the old text in the paragraph.
void applyEdits(const Reference<css::text::XTextDocument> &document, const ReadDocument &read,
                std::vector<TextEdit> edits) {
    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.paragraph != b.paragraph ? a.paragraph > b.paragraph : a.start > b.start;
    });
    for (const TextEdit &edit : edits) {
        office::ChangeRecording recording(document, edit.tracked);
        findingCursor(read, edit.paragraph, edit.start, edit.end)
            ->setString(toOUString(edit.replacement));
    }
}

bool selectWords(const Reference<css::frame::XController> &controller, const ReadDocument &read,
                 std::size_t paragraph, std::size_t start, std::size_t end) {
    Reference<css::view::XSelectionSupplier> selection(controller, UNO_QUERY);
    if (!selection.is())
        return false;
    return selection->select(Any(findingCursor(read, paragraph, start, end)));
}

bool selectFindingWords(const Reference<css::frame::XController> &controller,
                        const ReadDocument &read, const Diagnostic &d) {
    const Reference<css::text::XTextCursor> words =
        findingCursor(read, d.paragraph, d.start, d.end);
    if (toUtf8(words->getString()) != findingWords(read.model, d))
        return false;
    Reference<css::view::XSelectionSupplier> selection(controller, UNO_QUERY);
    return selection.is() && selection->select(Any(words));
}

void applyFix(const Reference<css::text::XTextDocument> &document, const ReadDocument &read,
              const Fix &fix, const OUString &undoTitle) {
    office::UndoContext undo(document, undoTitle);
    switch (fix.kind()) {
    case Fix::Kind::RenumberProposals:
    case Fix::Kind::ReletterItems:
    case Fix::Kind::AcceptChanges:
        applyEdits(document, read, fix.edits());
        break;
    case Fix::Kind::AddReasons:
        insertParagraphAfter(document, read, fix.paragraph(), fix.text(), fix.style());
        break;
    case Fix::Kind::ApplyStyle:
        if (fix.paragraph() >= read.paragraphProperties.size())
            badArgument("paragraph " + std::to_string(fix.paragraph()) + " does not exist");
        read.paragraphProperties[fix.paragraph()]->setPropertyValue(
            "ParaStyleName", Any(StyleWriter(document).resolve(fix.style())));
        break;
    }
}

bool ignoreRule(const Reference<css::text::XTextDocument> &document, const std::string &rule) {
    if (!ruleFromId(rule))
        badArgument("\"" + rule + "\" is not a rule id");
    const Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    ContributionSettings settings = readContributionSettings(model);
    if (!settings.ignoredRules.insert(rule).second)
        return false;
    writeContributionSettings(model, settings);
    return true;
}

bool stopIgnoringRule(const Reference<css::text::XTextDocument> &document,
                      const std::string &rule) {
    const Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    ContributionSettings settings = readContributionSettings(model);
    if (settings.ignoredRules.erase(rule) == 0)
        return false;
    writeContributionSettings(model, settings);
    return true;
}

} // namespace pa::uno
