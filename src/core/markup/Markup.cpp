// Paragraph alignment, then per aligned stretch the revision-line edit, a word diff (paragraph
// breaks as tokens for a split or a join), or a whole-paragraph insertion/deletion, all in one
// stream cut into paragraphs at its marks, so both views come out exact by construction.
#include "markup/Markup.hpp"

#include "lexicon/Assemblies.hpp"
#include "recognition/Language.hpp"

#include "recognition/Patterns.hpp"
#include "revision/RevisionLines.hpp"
#include "styles/ItuStyles.hpp"
#include "text/Text.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace pa::markup {
namespace {

using diff::ParagraphPair;
using revision::LineKind;

constexpr std::size_t npos = ParagraphPair::npos;

std::optional<LineKind> lineKindOfRole(Role role) {
    switch (role) {
    case Role::ResolutionNumber:
        return LineKind::Number;
    case Role::ResolutionHistory:
        return LineKind::History;
    case Role::Preamble:
        return LineKind::Preamble;
    default:
        return std::nullopt;
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

// A stretch of the marked resolution: text, or a paragraph mark, kept, deleted or inserted.
struct Piece {
    diff::OpKind kind = diff::OpKind::Equal;
    std::string text;
    bool mark = false;
};

void addMark(std::vector<Piece> &stream, diff::OpKind kind) {
    stream.push_back(Piece{kind, {}, true});
}

// Text of one kind. With `breaks` (the diff of a split or a join), a paragraph break inside it
// becomes a mark; otherwise the text is taken as it is, whatever characters it holds.
void add(std::vector<Piece> &stream, diff::OpKind kind, std::string_view text,
         bool breaks = false) {
    std::size_t from = 0;
    while (from <= text.size()) {
        const std::size_t brk =
            breaks ? text.find(diff::kParagraphBreak, from) : std::string_view::npos;
        const std::string_view part =
            text.substr(from, brk == std::string_view::npos ? brk : brk - from);
        if (!part.empty()) {
            if (!stream.empty() && !stream.back().mark && stream.back().kind == kind)
                stream.back().text += part;
            else
                stream.push_back(Piece{kind, std::string(part), false});
        }
        if (brk == std::string_view::npos)
            break;
        addMark(stream, kind);
        from = brk + 1;
    }
}

// The stream ends with the mark of the last paragraph, which is the base's last mark: it must
// stay. Paragraphs inserted or deleted whole after the last kept one have no paragraph after
// them to absorb their marks, so: with both, the last deleted and the last inserted paragraph
// share one paragraph (a replacement); with insertions (or deletions) alone, the paragraph
// before them carries the change on its mark, as Writer records Enter pressed at its end.
void endAtBaseEnd(std::vector<Piece> &stream) {
    if (stream.empty() || stream.back().kind == diff::OpKind::Equal) {
        if (!stream.empty())
            stream.pop_back();
        return;
    }
    std::size_t tail = stream.size();
    while (tail > 0 && stream[tail - 1].kind != diff::OpKind::Equal)
        --tail;
    std::optional<std::size_t> lastDeleted, lastInserted;
    for (std::size_t k = tail; k < stream.size(); ++k)
        if (stream[k].mark)
            (stream[k].kind == diff::OpKind::Delete ? lastDeleted : lastInserted) = k;
    if (lastDeleted && lastInserted) {
        stream.erase(stream.begin() +
                     static_cast<std::ptrdiff_t>(std::max(*lastDeleted, *lastInserted)));
        stream.erase(stream.begin() +
                     static_cast<std::ptrdiff_t>(std::min(*lastDeleted, *lastInserted)));
    } else {
        // tail > 0: the paragraph before is kept (its mark is the stream's last equal piece).
        const diff::OpKind kind = lastDeleted ? diff::OpKind::Delete : diff::OpKind::Insert;
        stream.erase(stream.begin() +
                     static_cast<std::ptrdiff_t>(*(lastDeleted ? lastDeleted : lastInserted)));
        if (tail > 0 && stream[tail - 1].mark)
            stream[tail - 1].kind = kind;
    }
}

// Paragraphs inserted whole after a paragraph whose text ends inserted: Writer joins two
// insertions that meet across an untracked paragraph mark into one redline, which then takes
// that mark too, so reject-all would join the paragraph with the one after the insertion. So
// such paragraphs are tracked as Word records Enter pressed at the paragraph's end: its mark
// is inserted and the last inserted paragraph keeps the original mark. Both views are the same
// (only which of the marks is tracked changes), and the insertion is one unbroken stretch.
void insertAfterInsertedEnd(std::vector<Piece> &stream) {
    for (std::size_t m = 1; m < stream.size(); ++m) {
        if (!stream[m].mark || stream[m].kind != diff::OpKind::Equal || stream[m - 1].mark ||
            stream[m - 1].kind != diff::OpKind::Insert)
            continue;
        std::optional<std::size_t> lastMark;
        for (std::size_t k = m + 1; k < stream.size();) {
            std::size_t j = k;
            while (j < stream.size() && !stream[j].mark && stream[j].kind == diff::OpKind::Insert)
                ++j;
            if (j == stream.size() || stream[j].kind != diff::OpKind::Insert)
                break;
            lastMark = j;
            k = j + 1;
        }
        if (lastMark) {
            stream[m].kind = diff::OpKind::Insert;
            stream[*lastMark].kind = diff::OpKind::Equal;
        }
    }
}

} // namespace

MarkupResult markUp(const std::vector<Paragraph> &base, const std::vector<Role> &baseRoles,
                    const std::vector<Paragraph> &edited, const MarkupOptions &options) {
    if (base.empty() || edited.empty())
        throw std::invalid_argument(
            "mark-up needs a base resolution and an edited one, both non-empty");
    const bool haveBaseRoles = baseRoles.size() == base.size();
    const bool haveEditedRoles = options.editedRoles.size() == edited.size();
    // The assembly as the base's language writes it ("Nueva Delhi, 2024" in a Spanish base).
    const Lexicon *language = haveBaseRoles ? languageOf(base, baseRoles) : nullptr;
    const std::string assemblyName = language && !options.assembly.empty()
                                         ? assemblies::localized(options.assembly, *language)
                                         : options.assembly;

    std::vector<std::string> baseText, editedText;
    for (const Paragraph &p : base)
        baseText.push_back(p.text(View::Original));
    for (const Paragraph &p : edited)
        editedText.push_back(p.text(View::Proposed));

    const std::vector<diff::ParagraphGroup> groups =
        diff::alignParagraphGroups(baseText, editedText);

    auto baseKind = [&](std::size_t i) -> std::optional<LineKind> {
        return haveBaseRoles ? lineKindOfRole(baseRoles[i]) : lineKindOfText(baseText[i]);
    };
    std::vector<std::optional<std::size_t>> baseOf(edited.size());
    for (const diff::ParagraphGroup &g : groups)
        if (g.base1 - g.base0 == 1 && g.edited1 - g.edited0 == 1)
            baseOf[g.edited0] = g.base0;

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
        if (!assemblyName.empty() && editedKind[j])
            if (auto ops = revision::reviseOps(*editedKind[j], editedText[j], assemblyName))
                result.proposed[j] = revision::acceptedText(*ops);
    }

    // The whole resolution as one stream of equal, deleted and inserted pieces, each
    // paragraph followed by its mark: both texts are read from it, whatever is cut where.
    std::vector<Piece> stream;
    const std::string brk(1, diff::kParagraphBreak);
    for (const diff::ParagraphGroup &g : groups) {
        const std::size_t nb = g.base1 - g.base0, ne = g.edited1 - g.edited0;
        if (nb == 0) {
            add(stream, diff::OpKind::Insert, result.proposed[g.edited0]);
            addMark(stream, diff::OpKind::Insert);
            continue;
        }
        if (ne == 0) {
            add(stream, diff::OpKind::Delete, baseText[g.base0]);
            addMark(stream, diff::OpKind::Delete);
            continue;
        }
        std::vector<diff::Op> ops;
        bool breaks = false;
        if (nb > 1 || ne > 1) {
            // A paragraph break of a split or join could not be told from the same character
            // typed in the text (U+001E, pasted or fuzzed): such paragraphs are deleted and
            // inserted whole instead.
            bool typed = false;
            for (std::size_t i = g.base0; i < g.base1; ++i)
                typed = typed || baseText[i].find(diff::kParagraphBreak) != std::string::npos;
            for (std::size_t j = g.edited0; j < g.edited1; ++j)
                typed =
                    typed || result.proposed[j].find(diff::kParagraphBreak) != std::string::npos;
            if (typed) {
                for (std::size_t i = g.base0; i < g.base1; ++i) {
                    add(stream, diff::OpKind::Delete, baseText[i]);
                    addMark(stream, diff::OpKind::Delete);
                }
                for (std::size_t j = g.edited0; j < g.edited1; ++j) {
                    add(stream, diff::OpKind::Insert, result.proposed[j]);
                    addMark(stream, diff::OpKind::Insert);
                }
                continue;
            }
        }
        if (nb == 1 && ne == 1) {
            const std::string &before = baseText[g.base0];
            const std::string &after = result.proposed[g.edited0];
            // A revision line changed only in its assembly is shown as domain §2 has it
            // ("Rev. ~~Hammamet, 2016~~ New Delhi, 2024"), not as a word diff.
            if (const auto kind = baseKind(g.base0)) {
                std::optional<std::string> assembly = assemblyName;
                if (assembly->empty())
                    assembly = revision::lineAssembly(*kind, after);
                // Text pasted with its tracked changes flattened ("Hammamet, 2016New Delhi,
                // 2024") names no new assembly: a word diff says what changed.
                const std::optional<std::string> old = revision::lineAssembly(*kind, before);
                if (assembly && old && *assembly != *old &&
                    assembly->find(*old) != std::string::npos)
                    assembly.reset();
                if (assembly)
                    if (auto revised = revision::reviseOps(*kind, before, *assembly);
                        revised && revision::acceptedText(*revised) == after)
                        ops = std::move(*revised);
            }
            if (ops.empty())
                ops = diff::diffWords(before, after);
        } else {
            // A split or a join: the paragraph breaks are tokens of the diff.
            std::string before, after;
            for (std::size_t i = g.base0; i < g.base1; ++i)
                before += (i > g.base0 ? brk : std::string()) + baseText[i];
            for (std::size_t j = g.edited0; j < g.edited1; ++j)
                after += (j > g.edited0 ? brk : std::string()) + result.proposed[j];
            ops = diff::diffWords(before, after);
            breaks = true;
        }
        for (const diff::Op &op : ops)
            add(stream, op.kind, op.text, breaks);
        addMark(stream, diff::OpKind::Equal);
    }
    insertAfterInsertedEnd(stream);
    endAtBaseEnd(stream);

    // Cut into paragraphs at the marks; each is told which base and edited paragraph it shows.
    const TrackedChange insertion = changeOf(options.change, ChangeKind::Insertion);
    const TrackedChange deletion = changeOf(options.change, ChangeKind::Deletion);
    auto changeFor = [&](diff::OpKind kind) -> std::optional<TrackedChange> {
        if (kind == diff::OpKind::Equal)
            return std::nullopt;
        return kind == diff::OpKind::Insert ? insertion : deletion;
    };
    // One paragraph more than there are marks: the last may be empty.
    std::size_t bi = 0, ej = 0;
    for (std::size_t k = 0; k <= stream.size();) {
        Paragraph out;
        bool hasBase = false, hasEdited = false, hasEqual = false;
        std::optional<diff::OpKind> mark;
        diff::OpKind lastKind = diff::OpKind::Equal;
        for (; k < stream.size(); ++k) {
            const Piece &piece = stream[k];
            if (piece.mark) {
                mark = piece.kind;
                ++k;
                break;
            }
            hasBase = hasBase || piece.kind != diff::OpKind::Insert;
            hasEdited = hasEdited || piece.kind != diff::OpKind::Delete;
            hasEqual = hasEqual || piece.kind == diff::OpKind::Equal;
            if (!out.runs.empty() && lastKind == piece.kind)
                out.runs.back().text += piece.text;
            else
                out.runs.push_back(Run{piece.text, changeFor(piece.kind)});
            lastKind = piece.kind;
        }
        // The last paragraph ends with the base's own last mark (not in the stream): it shows
        // the paragraphs its text comes from.
        const diff::OpKind markKind = mark.value_or(diff::OpKind::Equal);
        if (mark || (!hasBase && !hasEdited)) {
            hasBase = hasBase || markKind != diff::OpKind::Insert;
            hasEdited = hasEdited || markKind != diff::OpKind::Delete;
        }
        if (mark && *mark != diff::OpKind::Equal)
            out.mark = *mark == diff::OpKind::Insert ? insertion : deletion;
        const std::size_t b = hasBase ? std::min(bi, base.size() - 1) : npos;
        const std::size_t e = hasEdited ? std::min(ej, edited.size() - 1) : npos;
        // A paragraph keeps its base style; one wholly replaced or inserted is the author's.
        const bool replacedWhole = hasBase && hasEdited && !hasEqual && !out.runs.empty();
        if (b != npos && !replacedWhole) {
            out.style = base[b].style;
            out.styleDisplay = base[b].styleDisplay;
        } else {
            out.style = insertedStyle(edited[e], result.proposed[e],
                                      haveEditedRoles ? std::optional<Role>(options.editedRoles[e])
                                                      : std::nullopt);
        }
        out.style = canonicalStyle(out.style);
        if (findStyleSpec(out.style))
            out.styleDisplay = std::string(findStyleSpec(out.style)->displayName);
        result.paragraphs.push_back(std::move(out));
        result.sources.push_back(ParagraphPair{b, e});
        if (markKind != diff::OpKind::Insert)
            ++bi;
        if (markKind != diff::OpKind::Delete)
            ++ej;
        if (!mark)
            break;
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
                spans.push_back(
                    RedlineSpan{i, offset, length, r.change->kind, r.change->author, false, 0});
            offset += length;
        }
        if (!p.mark)
            continue;
        const bool extendsLast = !spans.empty() && spans.back().paragraph == i &&
                                 spans.back().start + spans.back().length == offset &&
                                 spans.back().kind == p.mark->kind &&
                                 spans.back().author == p.mark->author;
        if (extendsLast)
            spans.back().throughParagraphEnd = true;
        else
            spans.push_back(RedlineSpan{i, offset, 0, p.mark->kind, p.mark->author, true, 0});
    }
    // Dates that keep Writer from fusing insertions across a paragraph break they leave alone.
    for (std::size_t k = 1; k < spans.size(); ++k) {
        const RedlineSpan &before = spans[k - 1];
        RedlineSpan &span = spans[k];
        const bool fusable = span.kind == ChangeKind::Insertion &&
                             before.kind == ChangeKind::Insertion && span.start == 0 &&
                             before.paragraph + 1 == span.paragraph &&
                             !before.throughParagraphEnd && span.author == before.author &&
                             before.start + before.length ==
                                 text::utf16Length(paragraphs[before.paragraph].text(View::Marked));
        span.stamp = fusable ? 1 - before.stamp : 0;
    }
    return spans;
}

} // namespace pa::markup
