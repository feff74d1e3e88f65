// Proposal lines numbered 1..N in document order, with every mention of a renumbered proposal
// in the text following it; for Renumber Proposals also every line's SOURCE/DOC/A and the draft
// new resolutions' tags [SRC-n]. Computed from one reading: the UNO layer rewrites the lines
// and then applies the edits, whose offsets hold because only proposal lines were rewritten.
#pragma once

#include "model/Diagnostic.hpp"
#include "model/Document.hpp"
#include "recognition/Structure.hpp"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace pa::proposals {

struct LineRewrite {
    std::size_t paragraph = 0;
    std::string text; // "MOD\tATU/35A3/2": the whole new text of the proposal line
};

struct RenumberPlan {
    std::vector<LineRewrite> lines;                             // rewritten first
    std::vector<TextEdit> edits;                                // then applied at once
    std::size_t proposals = 0;                                  // proposals in the document
    std::size_t mentions = 0;                                   // mentions of proposal numbers
    std::vector<std::pair<std::string, std::string>> draftTags; // (old, new), document order
};

// Every proposal line numbered 1..N; a line that does not follow the SOURCE/DOC/A pattern
// (every line, with wholePrefix) gets `prefix`. A line carrying the author's own tracked edit,
// or one holding an object (holdsObjects, per paragraph; may be empty) is left as it is. A
// line without a known symbol is written as MOD.
RenumberPlan numberProposals(const Document &document, const Structure &structure,
                             const std::vector<bool> &holdsObjects, const std::string &prefix,
                             bool wholePrefix = false);

// Renumber Proposals: numberProposals with every line taking `prefix`, and the draft new
// resolutions' tags renumbered per source with their mentions (outside the proposal lines).
RenumberPlan renumberDocument(const Document &document, const Structure &structure,
                              const std::vector<bool> &holdsObjects, const std::string &prefix);

} // namespace pa::proposals
