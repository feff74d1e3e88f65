#include "ViewCursor.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include <vector>

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace pa::uno {

Reference<css::text::XTextRange>
viewCursorStart(const Reference<css::text::XTextDocument> &document) {
    const Reference<css::frame::XModel> model(document, UNO_QUERY);
    if (!model.is())
        return {};
    const Reference<css::text::XTextViewCursorSupplier> supplier(model->getCurrentController(),
                                                                 UNO_QUERY);
    if (!supplier.is())
        return {};
    const Reference<css::text::XTextViewCursor> cursor = supplier->getViewCursor();
    return cursor.is() ? cursor->getStart() : Reference<css::text::XTextRange>();
}

std::optional<std::size_t> viewCursorParagraph(const Reference<css::text::XTextDocument> &document,
                                               const ReadDocument &read) {
    const Reference<css::text::XTextRange> cursor = viewCursorStart(document);
    const Reference<css::text::XTextRangeCompare> compare(document->getText(), UNO_QUERY);
    if (!cursor.is() || !compare.is())
        return std::nullopt;
    std::vector<std::size_t> main;
    for (std::size_t i = 0; i < read.model.paragraphs.size(); ++i)
        if (!read.model.paragraphs[i].inTable)
            main.push_back(i);
    // The last main-text paragraph whose start is not after the cursor.
    std::size_t lo = 0, hi = main.size();
    try {
        while (lo < hi) {
            const std::size_t mid = (lo + hi) / 2;
            if (compare->compareRegionStarts(read.paragraphRange(main[mid]), cursor) >= 0)
                lo = mid + 1;
            else
                hi = mid;
        }
    } catch (const css::lang::IllegalArgumentException &) {
        return std::nullopt; // the cursor is not in the main text
    }
    if (lo == 0)
        return std::nullopt;
    return main[lo - 1];
}

} // namespace pa::uno
