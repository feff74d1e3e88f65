// Which resolutions Mark Up Against Base acts on, and why the others are left as they are.
// At the cursor: the resolution the cursor is in, and any reason to leave it is a refusal the
// user is told. For the whole document: every resolution; those left are listed with a reason
// (a draft new resolution, not in the base text, cannot be rewritten, already tracked, same as
// the base).
#pragma once

#include "basetext/BaseText.hpp"
#include "markup/Markup.hpp"
#include "model/Document.hpp"
#include "proposals/Plan.hpp"
#include "recognition/Structure.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pa::proposals {

enum class Scope { Document, Cursor };

// What the document's reading says about rewriting its paragraphs (one entry per paragraph):
// the stretch of text each sits in (one cursor spans only paragraphs of one stretch) and
// whether it holds a footnote, field, comment or frame that rewriting it would lose. Empty
// vectors: nothing stands in the way.
struct RewriteLimits {
    std::vector<std::uint32_t> stretch;
    std::vector<bool> holdsObjects;
};

struct MarkupJob {
    std::size_t resolution = 0;           // index into Structure::resolutions
    const BaseResolution *base = nullptr; // what it is marked up against
    bool addProposalLine = false;         // it has no proposal yet: MOD line and Reasons added
};

struct SkippedResolution {
    std::string number; // the resolution's number (a draft's tag)
    std::string reason; // "draft new resolution", "not in the base text", ...
};

struct MarkupJobs {
    std::vector<MarkupJob> jobs; // in document order
    std::vector<SkippedResolution> skipped;
    std::string refusal; // at the cursor: why nothing is marked up (then no jobs)
};

// cursor: the paragraph the cursor is in (Scope::Cursor only; nullopt: not in the main text).
// settings.number names a resolution that lost its number line; settings.assembly set, a
// resolution the same as its base is still marked up (its revision lines change).
MarkupJobs markupJobs(const Document &document, const Structure &structure, const BaseText &base,
                      const EditSettings &settings, const RewriteLimits &limits, Scope scope,
                      std::optional<std::size_t> cursor = std::nullopt);

// One job done: the resolution's paragraphs marked up against its base (author and assembly
// from the settings), the block that replaces them (markedUpBlock), and, per marked-up
// paragraph, whether it is not the author's text (a revision line made to name the new
// assembly): such a paragraph keeps the paragraph's formatting, not the author's character
// formatting (uno/MarkupWriter).
struct JobMarkup {
    markup::MarkupResult result;
    Block block;
    std::vector<bool> rewritten; // per result.paragraphs
};
JobMarkup markUpJob(const Document &document, const std::vector<Role> &roles,
                    const Structure &structure, const MarkupJob &job, const EditSettings &settings);

} // namespace pa::proposals
