#include "recognition/Structure.hpp"

namespace pa {

std::string ProposalNumber::prefix() const {
    std::string out = source + "/" + document;
    if (!addendum.empty())
        out += "A" + addendum;
    return out;
}

std::string ProposalNumber::text() const {
    return prefix() + "/" + sequence;
}

std::size_t Structure::callCount() const {
    std::size_t n = 0;
    for (const Resolution &r : resolutions)
        n += r.calls.size();
    return n;
}

std::size_t Structure::itemCount() const {
    std::size_t n = 0;
    for (const Resolution &r : resolutions)
        for (const Call &c : r.calls)
            n += c.items.size();
    return n;
}

} // namespace pa
