#include "office/Cursors.hpp"

#include <algorithm>

namespace pa::office {

bool moveRight(const css::uno::Reference<css::text::XTextCursor> &cursor, std::size_t count,
               bool expand) {
    while (count > 0) {
        const sal_Int16 step = static_cast<sal_Int16>(std::min<std::size_t>(count, 0x7fff));
        if (!cursor->goRight(step, expand))
            return false;
        count -= static_cast<std::size_t>(step);
    }
    return true;
}

} // namespace pa::office
