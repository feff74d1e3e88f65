#include "proposals/Settings.hpp"

#include <optional>

namespace pa::proposals {

EditSettings chooseSettings(const std::map<std::string, std::string> &given,
                            const StoredSettings &stored, const Structure &structure,
                            const std::string &documentLanguage) {
    std::optional<ProposalNumber> existing;
    for (const Proposal &p : structure.proposals)
        if (p.number) {
            existing = p.number;
            break;
        }
    auto pick = [&](const char *key, const std::string &fromDocument,
                    const std::string &fromProposals) {
        if (const auto found = given.find(key); found != given.end())
            return found->second;
        return !fromDocument.empty() ? fromDocument : fromProposals;
    };
    EditSettings s;
    s.source = pick("source", stored.source, existing ? existing->source : "");
    s.document = pick("document", stored.document, existing ? existing->document : "");
    s.addendum = pick("addendum", stored.addendum, existing ? existing->addendum : "");
    s.assembly = pick("assembly", stored.assembly, "");
    // Without a language setting, the document's own words tell it (English when none do).
    s.language = pick("language", stored.language, documentLanguage);
    s.author = pick("author", "", "");
    s.number = pick("number", "", "");
    if (s.source.empty())
        s.source = "XX"; // the placeholder a draft carries until the delegation is named
    if (s.document.empty())
        s.document = "XX";
    return s;
}

} // namespace pa::proposals
