// Paragraph alignment, then per paragraph either the revision-line edit, a word diff, or a
// whole-paragraph insertion/deletion; paragraph marks placed so both views come out exact.
#include "markup/Markup.hpp"

#include "recognition/Patterns.hpp"
#include "revision/RevisionLines.hpp"
#include "styles/ItuStyles.hpp"
#include "text/Text.hpp"

#include <optional>
#include <stdexcept>

namespace pa::markup {
namespace {

using diff::ParagraphPair;
using revision::LineKind;

constexpr std::size_t npos = ParagraphPair::npos;

std::optional<LineKind> lineKindOfRole(Role role) {
    switch (role) {
    case Role::ResolutionNumber: return LineKind::Number;
    case Role::ResolutionHistory: return LineKind::History;
    case Role::Preamble: return LineKind::Preamble;
    default: return std::nullopt;
    }
}

// Without roles, a revision line is known by its shape alone.
std::optional<LineKind> lineKindOfText(std::string_view text) {
    if (auto n = revision::parseNumberLine(text); n && !n->draftNew)
        return LineKind::Number;
    if (revision::parseHistoryLine(text))
        return LineKind::History;
    if (revision::parsePreamble(text))
        return LineKind::Preamble;
    return std::nullopt;
}

TrackedChange changeOf(const TrackedChange &tmpl, ChangeKind kind) {
    TrackedChange c = tmpl;
    c.kind = kind;
    return c;
}

// The role of an inserted paragraph when recognition gave none: its item label, a call
// phrase, or the role its own style implies; else body text.
std::pair<Role, std::string> inferRole(const Paragraph &p, std::string_view text) {
    if (auto item = patterns::parseItemLabel(text))
        return {item->role, item->label};
    if (patterns::matchCall(text))
        return {Role::Call, {}};
    if (auto role = roleForStyle(p.style))
        return {*role, {}};
    return {Role::Body, {}};
}

// ITU styles by their programmatic name ("Res_No" read from a Word file is written "ResNo"),
// so the UNO layer only ever sets names that its style writer creates.
std::string canonicalStyle(const std::string &style) {
    if (const StyleSpec *spec = findStyleSpec(style))
        return std::string(spec->name);
    return style;
}

std::string insertedStyle(const Paragraph &p, std::string_view text, std::optional<Role> given) {
    std::pair<Role, std::string> role = inferRole(p, text);
    if (given)
        role.first = *given;
    if (auto style = styleForRole(role.first, role.second))
        return *style;
    return p.style.empty() ? std::string(kDefaultParagraphStyle) : p.style;
}

} // namespace

MarkupResult markUp(const std::vector<Paragraph> &base, const std::vector<Role> &baseRoles,
                    const std::vector<Paragraph> &edited, const MarkupOptions &options) {
    if (base.empty() || edited.empty())
        throw std::invalid_argument("mark-up needs a base resolution and an edited one, both non-empty");
    const bool haveBaseRoles = baseRoles.size() == base.size();
    const bool haveEditedRoles = options.editedRoles.size() == edited.size();

    std::vector<std::string> baseText, editedText;
    for (const Paragraph &p : base)
        baseText.push_back(p.text(View::Original));
    for (const Paragraph &p : edited)
        editedText.push_back(p.text(View::Proposed));

    std::vector<ParagraphPair> pairs = diff::alignParagraphs(baseText, editedText);

    auto baseKind = [&](std::size_t i) -> std::optional<LineKind> {
        return haveBaseRoles ? lineKindOfRole(baseRoles[i]) : lineKindOfText(baseText[i]);
    };
    std::vector<std::optional<std::size_t>> baseOf(edited.size());
    for (const ParagraphPair &pair : pairs)
        if (pair.before != npos && pair.after != npos)
            baseOf[pair.after] = pair.before;

    // The author's text with the revision lines naming the new assembly.
    MarkupResult result;
    result.proposed = editedText;
    std::vector<std::optional<LineKind>> editedKind(edited.size());
    for (std::size_t j = 0; j < edited.size(); ++j) {
        if (haveEditedRoles)
            editedKind[j] = lineKindOfRole(options.editedRoles[j]);
        else if (baseOf[j])
            editedKind[j] = baseKind(*baseOf[j]);
        else
            editedKind[j] = lineKindOfText(editedText[j]);
        if (!options.assembly.empty() && editedKind[j])
            if (auto ops = revision::reviseOps(*editedKind[j], editedText[j], options.assembly))
                result.proposed[j] = revision::acceptedText(*ops);
    }

    // Paragraph marks must come out right in both views. After the last paragraph present in
    // both texts there is no following paragraph to absorb a whole insertion or deletion
    // through its own mark, so a trailing block holding both gets its last deletion and its
    // first insertion made into one replaced paragraph; a trailing block of one kind borrows
    // the mark of the paragraph before it (see below).
    std::vector<bool> replaced(pairs.size(), false);
    {
        std::size_t lastBoth = npos;
        for (std::size_t k = 0; k < pairs.size(); ++k)
            if (pairs[k].before != npos && pairs[k].after != npos)
                lastBoth = k;
        const std::size_t from = lastBoth == npos ? 0 : lastBoth + 1;
        std::vector<ParagraphPair> deleted, inserted;
        for (std::size_t k = from; k < pairs.size(); ++k)
            (pairs[k].after == npos ? deleted : inserted).push_back(pairs[k]);
        if (!deleted.empty() && !inserted.empty()) {
            pairs.resize(from);
            replaced.assign(from, false);
            for (std::size_t k = 0; k + 1 < deleted.size(); ++k) {
                pairs.push_back(deleted[k]);
                replaced.push_back(false);
            }
            pairs.push_back(ParagraphPair{deleted.back().before, inserted.front().after});
            replaced.push_back(true);
            for (std::size_t k = 1; k < inserted.size(); ++k) {
                pairs.push_back(inserted[k]);
                replaced.push_back(false);
            }
        }
    }

    const TrackedChange insertion = changeOf(options.change, ChangeKind::Insertion);
    const TrackedChange deletion = changeOf(options.change, ChangeKind::Deletion);
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        const ParagraphPair pair = pairs[k];
        Paragraph out;
        if (pair.before != npos && pair.after != npos) {
            const Paragraph &b = base[pair.before];
            const std::string &before = baseText[pair.before];
            const std::string &after = result.proposed[pair.after];
            std::vector<diff::Op> ops;
            if (replaced[k]) {
                // A forced pairing of unrelated paragraphs reads best as one replacement.
                if (!before.empty())
                    ops.push_back(diff::Op{diff::OpKind::Delete, before, 0, 0});
                if (!after.empty())
                    ops.push_back(diff::Op{diff::OpKind::Insert, after, before.size(), 0});
                out.style = insertedStyle(edited[pair.after], after,
                                          haveEditedRoles ? std::optional<Role>(options.editedRoles[pair.after])
                                                          : std::nullopt);
            } else {
                // A revision line changed only in its assembly is shown as domain §2 has it
                // ("Rev. ~~Hammamet, 2016~~ New Delhi, 2024"), not as a word diff.
                if (const auto kind = baseKind(pair.before)) {
                    std::optional<std::string> assembly = options.assembly;
                    if (assembly->empty())
                        assembly = revision::lineAssembly(*kind, after);
                    if (assembly)
                        if (auto revised = revision::reviseOps(*kind, before, *assembly);
                            revised && revision::acceptedText(*revised) == after)
                            ops = std::move(*revised);
                }
                if (ops.empty() && before != after)
                    ops = diff::diffWords(before, after);
                if (ops.empty() && !before.empty())
                    ops.push_back(diff::Op{diff::OpKind::Equal, before, 0, 0});
                out.style = b.style;
                out.styleDisplay = b.styleDisplay;
            }
            out.runs = revision::runsFromOps(ops, options.change);
        } else if (pair.after == npos) {
            const Paragraph &b = base[pair.before];
            out.style = b.style;
            out.styleDisplay = b.styleDisplay;
            if (!baseText[pair.before].empty())
                out.runs.push_back(Run{baseText[pair.before], deletion});
            out.mark = deletion;
        } else {
            const std::string &after = result.proposed[pair.after];
            out.style = insertedStyle(edited[pair.after], after,
                                      haveEditedRoles ? std::optional<Role>(options.editedRoles[pair.after])
                                                      : std::nullopt);
            if (!after.empty())
                out.runs.push_back(Run{after, insertion});
            out.mark = insertion;
        }
        out.style = canonicalStyle(out.style);
        if (findStyleSpec(out.style))
            out.styleDisplay = std::string(findStyleSpec(out.style)->displayName);
        result.paragraphs.push_back(std::move(out));
        result.sources.push_back(pair);
    }

    // A trailing block of whole insertions (or deletions) has nothing after it to join: the
    // paragraph before the block carries the change on its mark instead, and the block's last
    // paragraph keeps a plain mark (it ends where the base's last paragraph ended).
    if (!result.paragraphs.empty() && result.paragraphs.back().mark) {
        const ChangeKind kind = result.paragraphs.back().mark->kind;
        std::size_t first = result.paragraphs.size() - 1;
        while (first > 0 && result.paragraphs[first - 1].mark && result.paragraphs[first - 1].mark->kind == kind)
            --first;
        // The block always follows a paragraph present in both texts (both are non-empty and a
        // mixed trailing block was merged above), so first > 0.
        if (first > 0) {
            result.paragraphs[first - 1].mark = kind == ChangeKind::Insertion ? insertion : deletion;
            result.paragraphs.back().mark.reset();
        }
    }

    for (const Paragraph &p : result.paragraphs) {
        for (const Run &r : p.runs) {
            result.insertions += r.inserted();
            result.deletions += r.deleted();
        }
        if (p.mark)
            (p.mark->kind == ChangeKind::Insertion ? result.insertions : result.deletions) += 1;
    }
    return result;
}

MarkupResult markUp(const BaseResolution &base, const std::vector<Paragraph> &edited,
                    const MarkupOptions &options) {
    return markUp(base.paragraphs, base.roles, edited, options);
}

std::vector<RedlineSpan> redlineSpans(const std::vector<Paragraph> &paragraphs) {
    std::vector<RedlineSpan> spans;
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs[i];
        std::size_t offset = 0;
        for (const Run &r : p.runs) {
            const std::size_t length = text::utf16Length(r.text);
            if (r.change && length > 0)
                spans.push_back(RedlineSpan{i, offset, length, r.change->kind, false});
            offset += length;
        }
        if (!p.mark)
            continue;
        const bool extendsLast = !spans.empty() && spans.back().paragraph == i &&
                                 spans.back().start + spans.back().length == offset &&
                                 spans.back().kind == p.mark->kind;
        if (extendsLast)
            spans.back().throughParagraphEnd = true;
        else
            spans.push_back(RedlineSpan{i, offset, 0, p.mark->kind, true});
    }
    return spans;
}

} // namespace pa::markup
