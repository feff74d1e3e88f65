// style (information): a recognised part of a proposal that does not carry its ITU style; the
// fix applies the style (the UNO layer creates it first when the document lacks it).
#include "validation/Checks.hpp"

#include "recognition/TargetStyles.hpp"
#include "styles/ItuStyles.hpp"

namespace pa::validation {
namespace {

// A role as a delegate calls the paragraph.
std::string partName(Role role) {
    switch (role) {
    case Role::ProposalHeader:
        return "proposal line";
    case Role::ResolutionNumber:
        return "number line";
    case Role::ResolutionTitle:
        return "title";
    case Role::ResolutionHistory:
        return "history line";
    case Role::Preamble:
        return "preamble";
    case Role::Call:
        return "call";
    case Role::LetteredItem:
    case Role::NumberedItem:
    case Role::BulletItem:
    case Role::Body:
        return "item";
    case Role::AnnexHeading:
        return "annex heading";
    case Role::AnnexTitle:
        return "annex title";
    case Role::Reasons:
        return "Reasons paragraph";
    case Role::Other:
        break;
    }
    return "paragraph";
}

} // namespace

void checkStyles(Context &ctx) {
    const auto targets = targetStyles(ctx.document, ctx.recognition);
    for (std::size_t i = 0; i < ctx.document.paragraphs.size(); ++i) {
        const Role role = ctx.role(i);
        const Paragraph &p = ctx.paragraph(i);
        // A paragraph deleted whole shows only in the original view; its style is its successor's.
        if (role == Role::Other || p.absentIn(View::Proposed) || !targets[i])
            continue;
        const std::string &expected = *targets[i];
        if (styleMatches(p.style, expected) ||
            (!p.styleDisplay.empty() && styleMatches(p.styleDisplay, expected)))
            continue;
        const std::string part = partName(role);
        const std::string shown = p.styleDisplay.empty() ? p.style : p.styleDisplay;
        const std::string marked = p.text(View::Marked);
        ctx.report(Rule::Style, Severity::Info, i, 0, marked.size(),
                   ctx.locate(i) + ": this " + part + " has the paragraph style '" + shown +
                       "' where ITU documents use '" + expected + "'",
                   Fix::applyStyle(i, expected));
    }
}

} // namespace pa::validation
