// Which settings an editing command uses: each one from the caller when given, else from the
// contribution settings the document keeps, else from its first numbered proposal line; the
// placeholders a draft carries ("XX") when nothing names the source or the document.
#pragma once

#include "proposals/Plan.hpp"
#include "recognition/Structure.hpp"

#include <map>
#include <string>

namespace pa::proposals {

// The contribution settings the document keeps in its properties (empty when absent).
struct StoredSettings {
    std::string source, document, addendum, assembly, language;
};

// given: the caller's string settings by key ("source", "document", "addendum", "assembly",
// "language", "author", "number"); a key given, even empty, wins. documentLanguage: the
// language the document's own words tell. The author is left empty when the caller gives
// none: the office's user name goes there.
EditSettings chooseSettings(const std::map<std::string, std::string> &given,
                            const StoredSettings &stored, const Structure &structure,
                            const std::string &documentLanguage);

} // namespace pa::proposals
