#include "recognition/Language.hpp"

#include "text/Text.hpp"

#include <algorithm>

namespace pa {
namespace {

bool startsWithAny(const std::string &folded, const std::vector<std::string> &phrases) {
    for (const std::string &p : phrases) {
        const std::string_view head =
            std::string_view(p).substr(0, p.find('{')); // "第{n}号决议" -> "第"
        if (!head.empty() && text::startsWith(folded, head))
            return true;
    }
    return false;
}

} // namespace

const Lexicon *languageOf(const Document &document, const Recognition &recognition,
                          std::size_t first, std::size_t last) {
    const std::vector<Lexicon> &all = lexicons();
    std::vector<std::size_t> hits(all.size(), 0);
    for (std::size_t i = first;
         i <= last && i < document.paragraphs.size() && i < recognition.roles.size(); ++i) {
        const Role role = recognition.roles[i];
        if (role != Role::Call && role != Role::ResolutionNumber && role != Role::Reasons &&
            role != Role::Preamble)
            continue;
        const std::string folded =
            text::fold(document.paragraphs[i].text(View::Proposed).substr(0, 300));
        for (std::size_t l = 0; l < all.size(); ++l) {
            const Lexicon &lex = all[l];
            const bool says =
                (role == Role::Call && (startsWithAny(folded, lex.preambleCalls) ||
                                        startsWithAny(folded, lex.operativeCalls))) ||
                (role == Role::ResolutionNumber &&
                 (startsWithAny(folded, lex.numberLine) || startsWithAny(folded, lex.draftNew))) ||
                (role == Role::Reasons && startsWithAny(folded, lex.reasons)) ||
                (role == Role::Preamble && startsWithAny(folded, lex.assemblies));
            if (says)
                ++hits[l];
        }
    }
    const auto best = std::max_element(hits.begin(), hits.end());
    return *best == 0 ? nullptr : &all[std::size_t(best - hits.begin())];
}

const Lexicon &documentLanguage(const Document &document, const Recognition &recognition) {
    if (document.paragraphs.empty())
        return lexicons().front();
    const Lexicon *l = languageOf(document, recognition, 0, document.paragraphs.size() - 1);
    return l ? *l : lexicons().front();
}

} // namespace pa
