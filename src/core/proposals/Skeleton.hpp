// What a new proposal block holds (domain §1, action symbols): the proposal line, what the
// symbol carries, and the Reasons line in the language of the text written.
//   MOD: the base resolution whole, its three revision lines changed for the assembly as
//        tracked changes (markup::markUp of the base against itself);
//   SUP, NOC: the base's number line and title, no tracked change;
//   ADD: a draft new resolution, DRAFT NEW RESOLUTION [SRC-n], with prompts to type over.
// The proposal line is numbered SOURCE/DOC/1: the numbering that follows writing (RenumberPlan)
// gives it its place.
#pragma once

#include "basetext/BaseText.hpp"
#include "markup/Markup.hpp"
#include "proposals/Plan.hpp"
#include "recognition/Structure.hpp"

#include <optional>
#include <string>

namespace pa::proposals {

// "MOD\tATU/35A3/1", style Proposal.
Paragraph proposalLine(const std::string &symbol, const std::string &prefix);
// "Reasons:\t" as the language's lexicon spells it ("Motifs:\t", "理由：\t"), style Reasons.
Paragraph reasonsLine(const std::string &language);
// The language of a Reasons line under a base resolution: the base's, else the document's.
std::string reasonsLanguage(const BaseResolution &base, const EditSettings &settings);

struct ProposalSkeleton {
    Block block;
    std::optional<markup::MarkupResult> result; // MOD: the markup written (its counts)
};

// MOD, SUP or NOC of a base resolution. Any other symbol is taken as SUP/NOC (number line and
// title only).
ProposalSkeleton existingResolutionBlock(const std::string &symbol, const BaseResolution &base,
                                         const EditSettings &settings);

// The next draft tag of the settings' source: one more than the highest [SRC-n] of the
// document's draft new resolutions ("ATU-1" when there is none).
std::string nextDraftTag(const Structure &structure, const std::string &source);

struct NewResolutionSkeleton {
    Block block;
    std::string tag;                // "ATU-2"
    std::size_t titleParagraph = 0; // the title prompt's index in the block (selected after)
    std::string refusal;            // why none can be written (empty: block is the proposal)
};

// ADD: a draft new resolution in the settings' language: number line with the next tag,
// history and preamble naming the assembly (full-width brackets and comma in Chinese, the
// Arabic comma in Arabic), a title prompt, the first preamble call with item a), the first
// operative call with item 1, and Reasons. Refused when no assembly is set.
NewResolutionSkeleton newResolutionBlock(const Structure &structure, const EditSettings &settings);

// Mark Up Against Base: the marked-up paragraphs of one resolution, with a proposal line
// before and a Reasons line after when the resolution has no proposal of its own.
Block markedUpBlock(const markup::MarkupResult &result, bool addProposalLine,
                    const std::string &prefix, const std::string &reasonsLanguage);

} // namespace pa::proposals
