#include "BlockWriter.hpp"

#include "EditSession.hpp"
#include "FindingActions.hpp"
#include "LongText.hpp"
#include "UnoStrings.hpp"
#include "markup/Markup.hpp"
#include "office/Cursors.hpp"
#include "office/Properties.hpp"
#include "office/Strings.hpp"
#include "styles/ItuStyles.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/util/DateTime.hpp>

#include <ctime>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno::edit {
namespace {

// The one place the block's text goes into the document: the cursor's text replaced by the
// joined paragraphs ('\r' between them).
void replaceText(const Reference<css::text::XTextCursor> &cursor, const std::string &joined) {
    setLongString(cursor, toOUString(joined));
}

} // namespace

WrittenBlock writeBlock(const Reference<css::text::XTextRange> &from,
                        const Reference<css::text::XTextRange> &to, const proposals::Block &block,
                        StyleWriter &ituStyles, const std::string &author, bool afterParagraph) {
    const Reference<css::text::XText> text = from->getText();
    try {
        if (Reference<css::text::XTextRangeCompare>(text, UNO_QUERY_THROW)
                ->compareRegionStarts(from, to) < 0)
            refuse("The text to replace ends before it starts.");
    } catch (const css::lang::IllegalArgumentException &) {
        refuse("The text to replace is not in one stretch of text (it runs across a table, "
               "frame or section boundary), so it was left as it is.");
    }
    Reference<css::text::XTextCursor> cursor = text->createTextCursorByRange(from->getStart());
    cursor->gotoRange(to->getEnd(), true);
    std::string joined;
    std::vector<std::string> marked;
    for (const Paragraph &p : block.paragraphs) {
        marked.push_back(p.text(View::Marked));
        joined += (marked.size() == 1 && !afterParagraph ? "" : "\r") + marked.back();
    }
    replaceText(cursor, joined);

    // The cursor now spans the written text: its paragraphs are the block's (after the one it
    // follows), found without reading the document again.
    WrittenBlock written;
    Reference<css::container::XEnumeration> found =
        Reference<css::container::XEnumerationAccess>(cursor, UNO_QUERY_THROW)->createEnumeration();
    while (found->hasMoreElements()) {
        Reference<css::beans::XPropertySet> paragraph(found->nextElement(), UNO_QUERY);
        if (afterParagraph && !written.before.is())
            written.before = paragraph;
        else
            written.paragraphs.push_back(paragraph);
    }
    bool same = written.paragraphs.size() == block.paragraphs.size();
    for (std::size_t i = 0; same && i < marked.size(); ++i)
        same = written.paragraphs[i].is() &&
               toUtf8(Reference<css::text::XTextRange>(written.paragraphs[i], UNO_QUERY_THROW)
                          ->getString()) == marked[i];
    if (!same)
        throw css::uno::RuntimeException("the written paragraphs were not found where they were "
                                         "written",
                                         Reference<css::uno::XInterface>());
    for (std::size_t i = 0; i < block.paragraphs.size(); ++i) {
        // An ITU style is created when the document lacks it; another style only if present.
        // A paragraph that has its style already is left alone: setting it again would drop
        // the paragraph's own formatting.
        const OUString target = ituStyles.target(block.paragraphs[i].style);
        OUString current;
        if (target.isEmpty() ||
            ((written.paragraphs[i]->getPropertyValue("ParaStyleName") >>= current) &&
             current == target))
            continue;
        written.paragraphs[i]->setPropertyValue("ParaStyleName", Any(target));
    }

    markSpans(
        text,
        [&](std::size_t i) {
            return Reference<css::text::XTextRange>(written.paragraphs[i], UNO_QUERY_THROW)
                ->getStart();
        },
        markup::redlineSpans(block.paragraphs), author);
    return written;
}

void markSpans(const Reference<css::text::XText> &text,
               const std::function<Reference<css::text::XTextRange>(std::size_t)> &startOf,
               const std::vector<markup::RedlineSpan> &spans, const std::string &author) {
    const css::util::DateTime dates[2] = {office::utcNow(),
                                          office::utcNow(markup::kRedlineStampMinutes)};
    for (const markup::RedlineSpan &span : spans) {
        Reference<css::text::XTextCursor> c =
            text->createTextCursorByRange(startOf(span.paragraph));
        moveRight(c, span.start, false);
        moveRight(c, span.length, true);
        if (span.throughParagraphEnd)
            c->goRight(1, true);
        office::markChange(c, span.kind == ChangeKind::Insertion,
                           toOUString(author.empty() ? span.author : author), dates[span.stamp]);
    }
}

std::vector<Reference<css::text::XTextRange>> rangesOf(const WrittenBlock &written) {
    std::vector<Reference<css::text::XTextRange>> starts;
    for (const auto &p : written.paragraphs)
        starts.push_back(Reference<css::text::XTextRange>(p, UNO_QUERY_THROW)->getStart());
    return starts;
}

} // namespace pa::uno::edit
