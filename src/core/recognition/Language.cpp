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

namespace {

// The folded opening of each paragraph of [first, last] whose role has words (empty for the
// others): folded once, read for every lexicon.
std::vector<std::string> foldedOpenings(const std::vector<Paragraph> &paragraphs,
                                        const std::vector<Role> &roles, std::size_t first,
                                        std::size_t last) {
    std::vector<std::string> out;
    for (std::size_t i = first; i <= last && i < paragraphs.size() && i < roles.size(); ++i) {
        const Role role = roles[i];
        const bool hasWords = role == Role::Call || role == Role::ResolutionNumber ||
                              role == Role::Reasons || role == Role::Preamble;
        out.push_back(hasWords ? text::fold(paragraphs[i].text(View::Proposed).substr(0, 300))
                               : std::string());
    }
    return out;
}

// How many of paragraphs [first, last] say `lex`'s words where their role has words.
std::size_t hitsOf(const Lexicon &lex, const std::vector<std::string> &openings,
                   const std::vector<Role> &roles, std::size_t first) {
    std::size_t hits = 0;
    for (std::size_t k = 0; k < openings.size(); ++k) {
        const Role role = roles[first + k];
        const std::string &folded = openings[k];
        const bool says =
            (role == Role::Call && (startsWithAny(folded, lex.preambleCalls) ||
                                    startsWithAny(folded, lex.operativeCalls))) ||
            (role == Role::ResolutionNumber &&
             (startsWithAny(folded, lex.numberLine) || startsWithAny(folded, lex.draftNew))) ||
            (role == Role::Reasons && startsWithAny(folded, lex.reasons)) ||
            (role == Role::Preamble && startsWithAny(folded, lex.assemblies));
        hits += says ? 1 : 0;
    }
    return hits;
}

const Lexicon *mostUsed(const std::vector<Paragraph> &paragraphs, const std::vector<Role> &roles,
                        std::size_t first, std::size_t last) {
    // On a tie the first in the tables' order wins (English first): "RESOLUTION 11" alone is
    // English and French spelling alike, and reads the same in either.
    const std::vector<std::string> openings = foldedOpenings(paragraphs, roles, first, last);
    const Lexicon *best = nullptr;
    std::size_t bestHits = 0;
    for (const Lexicon &lex : lexicons()) {
        const std::size_t hits = hitsOf(lex, openings, roles, first);
        if (hits > bestHits) {
            best = &lex;
            bestHits = hits;
        }
    }
    return best;
}

} // namespace

const Lexicon *languageOf(const std::vector<Paragraph> &paragraphs,
                          const std::vector<Role> &roles) {
    return paragraphs.empty() ? nullptr : mostUsed(paragraphs, roles, 0, paragraphs.size() - 1);
}

const Lexicon *languageOf(const Document &document, const Recognition &recognition,
                          std::size_t first, std::size_t last) {
    return mostUsed(document.paragraphs, recognition.roles, first, last);
}

const Lexicon &documentLanguage(const Document &document, const Recognition &recognition) {
    if (document.paragraphs.empty())
        return lexicons().front();
    const Lexicon *l = languageOf(document, recognition, 0, document.paragraphs.size() - 1);
    return l ? *l : lexicons().front();
}

} // namespace pa
