#include "office/Cursors.hpp"

#include "office/Properties.hpp"

#include <com/sun/star/text/XRedline.hpp>

#include <rtl/character.hxx>
#include <rtl/ustring.hxx>

#include <algorithm>

namespace pa::office {

namespace {

bool pairAt(const rtl::OUString &s, sal_Int32 i) {
    return i + 1 < s.getLength() && rtl::isHighSurrogate(s[i]) && rtl::isLowSurrogate(s[i + 1]);
}

} // namespace

bool moveRight(const css::uno::Reference<css::text::XTextCursor> &cursor, std::size_t count,
               bool expand) {
    if (count == 0)
        return true;
    // Writer's goRight counts characters, and a character outside the Basic Multilingual Plane
    // (emoji, CJK Extension B) is two UTF-16 units, the engine's measure. A probe reads the
    // text ahead first; where it holds no surrogate pair, units and characters agree and the
    // cursor moves as it always did (fields and footnote anchors, whose text differs from
    // their one character, keep their counting); where it does, the characters are counted.
    const css::uno::Reference<css::text::XTextCursor> probe =
        cursor->getText()->createTextCursorByRange(cursor->getEnd());
    std::size_t remaining = count;
    while (remaining > 0) {
        const sal_Int16 step = static_cast<sal_Int16>(std::min<std::size_t>(remaining, 0x7fff));
        probe->collapseToEnd();
        const bool moved = probe->goRight(step, true);
        const rtl::OUString ahead = probe->getString();
        bool pairs = false;
        for (sal_Int32 i = 0; i < ahead.getLength() && !pairs; ++i)
            pairs = pairAt(ahead, i);
        if (!pairs) {
            if (!cursor->goRight(step, expand))
                return false;
            remaining -= static_cast<std::size_t>(step);
            continue;
        }
        // Characters that make up `step` units (a pair cut in two counts whole).
        sal_Int32 units = 0;
        sal_Int16 characters = 0;
        while (units < ahead.getLength() && static_cast<std::size_t>(units) < remaining) {
            units += pairAt(ahead, units) ? 2 : 1;
            ++characters;
        }
        if (static_cast<std::size_t>(units) < remaining && !moved)
            return false; // the text ends before the range does
        if (!cursor->goRight(characters, expand))
            return false;
        remaining -= std::min<std::size_t>(remaining, static_cast<std::size_t>(units));
        probe->gotoRange(cursor->getEnd(), false);
    }
    return true;
}

void markChange(const css::uno::Reference<css::text::XTextCursor> &cursor, bool insertion,
                const rtl::OUString &author, const css::util::DateTime &date) {
    css::uno::Reference<css::text::XRedline>(cursor, css::uno::UNO_QUERY_THROW)
        ->makeRedline(insertion ? rtl::OUString("Insert") : rtl::OUString("Delete"),
                      properties({property("RedlineAuthor", css::uno::Any(author)),
                                  property("RedlineDateTime", css::uno::Any(date))}));
}

} // namespace pa::office
