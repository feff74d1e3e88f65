#include "proposals/MarkupJobs.hpp"

#include "proposals/BaseLookup.hpp"
#include "proposals/Skeleton.hpp"

namespace pa::proposals {
namespace {

// Why a resolution cannot be rewritten; empty when it can.
std::string cannotRewrite(const Resolution &res, const RewriteLimits &limits) {
    // Writer cannot move a cursor across a table boundary; a rewrite would lose
    // footnotes, fields and frames. Such a resolution is left as it is.
    if (!limits.stretch.empty() && !(res.first <= res.last && res.last < limits.stretch.size() &&
                                     limits.stretch[res.first] == limits.stretch[res.last]))
        return "it runs across table cells or around a table";
    for (std::size_t i = res.first; i <= res.last; ++i) {
        if (i < limits.holdsObjects.size() && limits.holdsObjects[i])
            return "it holds a footnote, field, comment or frame that its mark-up would lose";
    }
    return {};
}

} // namespace

MarkupJobs markupJobs(const Document &document, const Structure &structure, const BaseText &base,
                      const EditSettings &settings, const RewriteLimits &limits, Scope scope,
                      std::optional<std::size_t> cursor) {
    MarkupJobs out;
    std::vector<std::size_t> chosen;
    if (scope == Scope::Cursor) {
        for (std::size_t r = 0; cursor && r < structure.resolutions.size(); ++r)
            if (structure.resolutions[r].first <= *cursor &&
                *cursor <= structure.resolutions[r].last)
                chosen.push_back(r);
        if (chosen.empty()) {
            out.refusal = "The cursor is not inside a resolution: put it in the resolution to "
                          "mark up.";
            return out;
        }
    } else {
        for (std::size_t r = 0; r < structure.resolutions.size(); ++r)
            chosen.push_back(r);
    }
    // At the cursor a reason to leave the resolution is told the user; else it is listed.
    const auto leave = [&](const std::string &refusal, const std::string &number,
                           const std::string &reason) {
        if (scope == Scope::Cursor && !refusal.empty()) {
            out.refusal = refusal;
            out.jobs.clear();
            return true;
        }
        out.skipped.push_back({number, reason});
        return false;
    };
    for (std::size_t r : chosen) {
        const Resolution &res = structure.resolutions[r];
        if (res.draftNew) {
            if (leave("", res.draftTag, "draft new resolution"))
                return out;
            continue;
        }
        const BaseResolution *found = nullptr;
        std::string name = res.number;
        if (!res.number.empty()) {
            found = base.find(res.number);
        } else if (!settings.number.empty()) {
            found = base.find(settings.number); // the caller names a text without number line
            name = settings.number;
        } else {
            found = baseByHistoryOrTitle(base, document, res);
            if (found)
                name = found->number;
        }
        if (!found) {
            if (leave(res.number.empty() ? std::string("This resolution has no number line, and "
                                                       "no base resolution has its title.")
                                         : "Resolution " + res.number + " is not in the base text.",
                      name, "not in the base text"))
                return out;
            continue;
        }
        const std::string cannot = cannotRewrite(res, limits);
        if (!cannot.empty()) {
            if (leave("Resolution " + name + " was left as it is: " + cannot + ".", name, cannot))
                return out;
            continue;
        }
        bool tracked = false;
        std::vector<std::string> edited;
        for (std::size_t i = res.first; i <= res.last; ++i) {
            tracked = tracked || document.paragraphs[i].hasTrackedChanges();
            edited.push_back(document.paragraphs[i].text(View::Proposed));
        }
        if (tracked) {
            if (leave("Resolution " + name +
                          " already has tracked changes: Mark Up Against Base works on a "
                          "resolution edited without tracking.",
                      name, "has tracked changes"))
                return out;
            continue;
        }
        std::vector<std::string> baseTexts;
        for (const Paragraph &p : found->paragraphs)
            baseTexts.push_back(p.text(View::Original));
        if (baseTexts == edited && settings.assembly.empty()) {
            out.skipped.push_back({name, "same as the base"});
            continue;
        }
        bool hasProposal = false;
        for (const Proposal &p : structure.proposals)
            hasProposal = hasProposal || (p.resolution && *p.resolution == r);
        out.jobs.push_back({r, found, scope == Scope::Document && !hasProposal});
    }
    return out;
}

JobMarkup markUpJob(const Document &document, const std::vector<Role> &roles,
                    const Structure &structure, const MarkupJob &job,
                    const EditSettings &settings) {
    const Resolution &res = structure.resolutions[job.resolution];
    const std::vector<Paragraph> edited(document.paragraphs.begin() + static_cast<long>(res.first),
                                        document.paragraphs.begin() + static_cast<long>(res.last) +
                                            1);
    markup::MarkupOptions options;
    options.change.author = settings.author;
    options.assembly = settings.assembly;
    options.editedRoles.assign(roles.begin() + static_cast<long>(res.first),
                               roles.begin() + static_cast<long>(res.last) + 1);
    JobMarkup out;
    out.result = markup::markUp(*job.base, edited, options);
    out.block = markedUpBlock(out.result, job.addProposalLine, settings.prefix(),
                              reasonsLanguage(*job.base, settings));
    for (const diff::ParagraphPair &source : out.result.sources)
        out.rewritten.push_back(source.after != diff::ParagraphPair::npos &&
                                out.result.proposed[source.after] !=
                                    edited[source.after].text(View::Proposed));
    return out;
}

} // namespace pa::proposals
