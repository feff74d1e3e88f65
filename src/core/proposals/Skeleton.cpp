#include "proposals/Skeleton.hpp"

#include "lexicon/Assemblies.hpp"
#include "lexicon/Lexicon.hpp"

#include <algorithm>
#include <cstdlib>

namespace pa::proposals {

Paragraph proposalLine(const std::string &symbol, const std::string &prefix) {
    return plainParagraph(symbol + "\t" + prefix + "/1", "Proposal");
}

Paragraph reasonsLine(const std::string &language) {
    return plainParagraph(lexiconFor(language).reasonsLabel() + "\t", "Reasons");
}

std::string reasonsLanguage(const BaseResolution &base, const EditSettings &settings) {
    return base.language.empty() ? settings.language : base.language;
}

ProposalSkeleton existingResolutionBlock(const std::string &symbol, const BaseResolution &base,
                                         const EditSettings &settings) {
    ProposalSkeleton out;
    out.block.add(proposalLine(symbol, settings.prefix()), Role::ProposalHeader);
    if (symbol == "MOD") {
        markup::MarkupOptions options;
        options.change.author = settings.author;
        options.assembly = settings.assembly;
        options.editedRoles = base.roles;
        out.result = markup::markUp(base, base.paragraphs, options);
        for (const Paragraph &p : out.result->paragraphs)
            out.block.add(p, Role::Body);
    } else {
        for (std::size_t i = 0; i < base.paragraphs.size(); ++i)
            if (base.roles[i] == Role::ResolutionNumber || base.roles[i] == Role::ResolutionTitle)
                out.block.add(base.paragraphs[i], base.roles[i]);
    }
    // "Reasons:" in the language of the resolution written (the base's), else the document's.
    out.block.add(reasonsLine(reasonsLanguage(base, settings)), Role::Reasons);
    return out;
}

std::string nextDraftTag(const Structure &structure, const std::string &source) {
    int next = 0;
    for (const Resolution &r : structure.resolutions)
        if (r.draftNew && r.draftTag.rfind(source + "-", 0) == 0)
            next = std::max(next, std::atoi(r.draftTag.c_str() + source.size() + 1));
    return source + "-" + std::to_string(next + 1);
}

NewResolutionSkeleton newResolutionBlock(const Structure &structure, const EditSettings &settings) {
    NewResolutionSkeleton out;
    if (settings.assembly.empty()) {
        out.refusal = "The assembly is not set (e.g. \"New Delhi, 2024\"): a draft new resolution "
                      "names it. Set it in Proposals > Contribution Settings.";
        return out;
    }
    out.tag = nextDraftTag(structure, settings.source);
    const Lexicon &lexicon = lexiconFor(settings.language);
    const auto line = [](const std::string &text, const std::string &style) {
        return plainParagraph(text, style);
    };
    Block &block = out.block;
    block.add(proposalLine("ADD", settings.prefix()), Role::ProposalHeader);
    const std::string assembly = assemblies::localized(settings.assembly, lexicon);
    const bool fullWidth = lexicon.language == "zh"; // Chinese brackets and commas are full width
    const std::string open = fullWidth ? "\xEF\xBC\x88" : "(",
                      close = fullWidth ? "\xEF\xBC\x89" : ")";
    block.add(line(lexicon.draftNewLineFor(out.tag), "ResNo"), Role::ResolutionNumber);
    block.add(line(open + assembly + close, "Resref"), Role::ResolutionHistory);
    out.titleParagraph = block.paragraphs.size();
    block.add(line(lexicon.written.titlePrompt, "Restitle"), Role::ResolutionTitle);
    block.add(line(lexicon.written.preamble + (fullWidth ? "" : " ") + open + assembly + close +
                       (fullWidth                  ? "\xEF\xBC\x8C"
                        : lexicon.language == "ar" ? "\xD8\x8C"
                                                   : ","),
                   "Normalaftertitle"),
              Role::Preamble);
    block.add(line(lexicon.preambleCalls.front(), "Call"), Role::Call);
    block.add(line(lexicon.letters.front() + ")\t", "Standard"), Role::LetteredItem);
    block.add(line(lexicon.operativeCalls.front(), "Call"), Role::Call);
    block.add(line("1\t", "Standard"), Role::NumberedItem);
    block.add(reasonsLine(settings.language), Role::Reasons);
    return out;
}

Block markedUpBlock(const markup::MarkupResult &result, bool addProposalLine,
                    const std::string &prefix, const std::string &reasonsLanguage) {
    Block block;
    if (addProposalLine)
        block.add(proposalLine("MOD", prefix), Role::ProposalHeader);
    for (const Paragraph &p : result.paragraphs)
        block.add(p, Role::Body);
    if (addProposalLine)
        block.add(reasonsLine(reasonsLanguage), Role::Reasons);
    return block;
}

} // namespace pa::proposals
