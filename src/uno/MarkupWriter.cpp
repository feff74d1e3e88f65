// Character formatting read per text portion (direct values only) and set again per range.
#include "MarkupWriter.hpp"

#include "office/Cursors.hpp"
#include "text/Text.hpp"

#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include <algorithm>

namespace pa::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// What an author sets by hand on words of a resolution.
const char *const kCharacterProperties[] = {
    "CharWeight",     "CharPosture",          "CharUnderline", "CharStrikeout",
    "CharHeight",     "CharFontName",         "CharColor",     "CharBackColor",
    "CharEscapement", "CharEscapementHeight", "CharCaseMap"};

Sequence<rtl::OUString> propertyNames() {
    Sequence<rtl::OUString> names(static_cast<sal_Int32>(std::size(kCharacterProperties)));
    for (sal_Int32 k = 0; k < names.getLength(); ++k)
        names[k] = rtl::OUString::createFromAscii(kCharacterProperties[k]);
    return names;
}

// A range of `length` UTF-16 units from `offset` in the paragraph that starts at `start`.
Reference<css::text::XTextCursor> select(const Reference<css::text::XTextRange> &start,
                                         std::size_t offset, std::size_t length) {
    Reference<css::text::XTextCursor> cursor = start->getText()->createTextCursorByRange(start);
    office::moveRight(cursor, offset, false);
    office::moveRight(cursor, length, true);
    return cursor;
}

void apply(const Reference<css::text::XTextCursor> &range, const DirectFormatting::Span &span) {
    const Reference<css::beans::XPropertySet> props(range, UNO_QUERY_THROW);
    for (sal_Int32 k = 0; k < span.names.getLength(); ++k)
        props->setPropertyValue(span.names[k], span.values[k]);
}

} // namespace

namespace {

// The properties of `names` that `object` has set directly, as a span (names and values).
DirectFormatting::Span directValues(const Reference<css::uno::XInterface> &object,
                                    const Sequence<rtl::OUString> &names) {
    DirectFormatting::Span span;
    const Reference<css::beans::XPropertyState> state(object, UNO_QUERY);
    const Reference<css::beans::XPropertySet> props(object, UNO_QUERY);
    if (!state.is() || !props.is())
        return span;
    const Sequence<css::beans::PropertyState> states = state->getPropertyStates(names);
    std::vector<rtl::OUString> direct;
    for (sal_Int32 k = 0; k < names.getLength(); ++k)
        if (states[k] == css::beans::PropertyState_DIRECT_VALUE)
            direct.push_back(names[k]);
    span.names.realloc(static_cast<sal_Int32>(direct.size()));
    span.values.realloc(static_cast<sal_Int32>(direct.size()));
    for (std::size_t k = 0; k < direct.size(); ++k) {
        span.names[static_cast<sal_Int32>(k)] = direct[k];
        span.values[static_cast<sal_Int32>(k)] = props->getPropertyValue(direct[k]);
    }
    return span;
}

} // namespace

DirectFormatting readDirectFormatting(const ReadDocument &read, std::size_t first,
                                      std::size_t last) {
    DirectFormatting out;
    const Sequence<rtl::OUString> names = propertyNames();
    for (std::size_t i = first; i <= last && i < read.model.paragraphs.size(); ++i) {
        const Reference<css::text::XTextRange> paragraph = read.paragraphRange(i);
        const Reference<css::container::XEnumerationAccess> access(paragraph, UNO_QUERY);
        if (!access.is())
            continue;
        // Formatting set on a whole paragraph is the paragraph's own, under its portions'.
        DirectFormatting::Span whole = directValues(paragraph, names);
        whole.paragraph = i - first;
        whole.length = static_cast<std::size_t>(paragraph->getString().getLength());
        if (whole.names.getLength() > 0 && whole.length > 0)
            out.spans.push_back(whole);
        const Reference<css::container::XEnumeration> portions = access->createEnumeration();
        std::size_t offset = 0;
        while (portions->hasMoreElements()) {
            const Reference<css::text::XTextRange> portion(portions->nextElement(), UNO_QUERY);
            if (!portion.is())
                continue;
            const std::size_t length = static_cast<std::size_t>(portion->getString().getLength());
            if (length > 0) {
                DirectFormatting::Span span = directValues(portion, names);
                span.paragraph = i - first;
                span.start = offset;
                span.length = length;
                if (span.names.getLength() > 0)
                    out.spans.push_back(std::move(span));
            }
            offset += length;
        }
    }
    return out;
}

void restoreDirectFormatting(const std::vector<Reference<css::text::XTextRange>> &starts,
                             const std::vector<Paragraph> &marked, const std::vector<bool> &rewrite,
                             const DirectFormatting &kept) {
    if (kept.spans.empty())
        return;
    // Where each run of the marked paragraphs comes from in the author's text.
    struct Piece {
        std::size_t marked, at, length; // marked paragraph, offset in it, length
        std::size_t author, from;       // author paragraph and offset (deleted: its neighbour)
        bool deleted;
    };
    std::vector<Piece> pieces;
    std::size_t author = 0, from = 0;
    for (std::size_t k = 0; k < marked.size() && k < starts.size(); ++k) {
        std::size_t at = 0;
        for (const Run &run : marked[k].runs) {
            const std::size_t length = text::utf16Length(run.text);
            if (!(k < rewrite.size() && rewrite[k]) && length > 0) {
                if (run.deleted())
                    pieces.push_back({k, at, length, author, from > 0 ? from - 1 : 0, true});
                else
                    pieces.push_back({k, at, length, author, from, false});
            }
            at += length;
            if (!run.deleted())
                from += length;
        }
        if (!marked[k].mark || marked[k].mark->kind == ChangeKind::Insertion)
            ++author, from = 0;
    }
    // The written text took the formatting of where it was written: the author's comes back
    // on a clean slate.
    const Sequence<rtl::OUString> names = propertyNames();
    for (std::size_t k = 0; k < marked.size() && k < starts.size(); ++k) {
        const Reference<css::beans::XPropertyState> state(
            select(starts[k], 0, text::utf16Length(marked[k].text(View::Marked))), UNO_QUERY);
        if (state.is())
            for (const rtl::OUString &name : names)
                state->setPropertyToDefault(name);
    }
    for (const DirectFormatting::Span &span : kept.spans)
        for (const Piece &piece : pieces) {
            if (piece.author != span.paragraph)
                continue;
            if (piece.deleted) {
                if (piece.from >= span.start && piece.from < span.start + span.length)
                    apply(select(starts[piece.marked], piece.at, piece.length), span);
                continue;
            }
            const std::size_t begin = std::max(piece.from, span.start);
            const std::size_t end = std::min(piece.from + piece.length, span.start + span.length);
            if (begin < end)
                apply(select(starts[piece.marked], piece.at + (begin - piece.from), end - begin),
                      span);
        }
}

} // namespace pa::uno
