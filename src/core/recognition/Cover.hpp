// The cover's document line, in any of the six languages: "Addendum 3 to Document 35-E",
// "Addendum 3 au Document 35-F", "Дополнительный документ 3 к Документу 35-R", "文件35的补遗3".
// The one grammar of it: validation compares proposal numbers with it, the commands default the
// contribution's document and addendum from it.
#pragma once

#include "lexicon/Lexicon.hpp"
#include "model/Document.hpp"
#include "recognition/Structure.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace pa {

struct CoverLine {
    std::string document; // "35"
    std::string addendum; // "3"; empty when the line names none
    const Lexicon *lexicon = nullptr;
};

// The first cover phrase of any language in text (a paragraph of the cover).
std::optional<CoverLine> parseCoverLine(std::string_view text);

// The cover line among the first `limit` paragraphs before paragraph `before` (the first
// proposal): the first that names an addendum, else the first that names a document.
std::optional<CoverLine> findCoverLine(const Document &document, std::size_t before,
                                       std::size_t limit = 60);

// The contribution's numbers as the document itself gives them: the first numbered proposal
// line's (MOD<tab>ATU/35A3/1: source, and document and addendum unless a placeholder stands for
// the document), else the cover line's before the first proposal (document and addendum). Empty
// fields where the document says nothing. The defaults of the contribution's settings.
struct ContributionNumbers {
    std::string source;   // "ATU"
    std::string document; // "35"
    std::string addendum; // "3"
};
ContributionNumbers contributionNumbers(const Document &document, const Structure &structure);

} // namespace pa
