// Which settings an editing command uses: each one from the caller when given, else from the
// contribution settings the document keeps, else from its first numbered proposal line or its
// cover (recognition/Cover's contributionNumbers, the one reading of them); the placeholders a
// draft carries ("XX") when nothing names the source or the document.
#pragma once

#include "proposals/Plan.hpp"
#include "recognition/Cover.hpp"
#include "settings/RequestSettings.hpp"

#include <string>

namespace pa::proposals {

// The contribution settings the document keeps in its properties (empty when absent).
struct StoredSettings {
    std::string source, document, addendum, assembly, language;
};

// given: the caller's settings (settings::parseRequestSettings); a key given, even empty, wins.
// fromDocument: what the proposal lines or the cover say. documentLanguage: the language the
// document's own words tell. The author is left empty when the caller gives none: the
// office's user name goes there.
EditSettings chooseSettings(const settings::RequestSettings &given, const StoredSettings &stored,
                            const ContributionNumbers &fromDocument,
                            const std::string &documentLanguage);

} // namespace pa::proposals
