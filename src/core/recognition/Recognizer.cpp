// Recognition in two passes: roles paragraph by paragraph (style first, then the text read in
// the light of where we are in a resolution's anatomy), then the structure from the roles.
#include "recognition/Recognizer.hpp"

#include "recognition/Language.hpp"
#include "recognition/Levels.hpp"
#include "recognition/Patterns.hpp"
#include "revision/RevisionLines.hpp"
#include "styles/ItuStyles.hpp"
#include "text/Text.hpp"

#include <cctype>

namespace pa {
namespace {

// Where the walk stands in a resolution's anatomy.
enum class Phase {
    Outside,  // cover, introduction, FOREWORD, after Reasons
    Heading,  // after the number line or title: title, history, preamble may follow
    Body,     // after the preamble or the first call
    AnnexHead // after an annex heading: its title may follow
};

// The text recognition reads: the proposed view, or the original for a paragraph the
// proposal deletes whole (its text is still part of the document's anatomy).
std::string readingText(const Paragraph &p) {
    return p.absentIn(View::Proposed) ? p.text(View::Original) : p.text(View::Proposed);
}

// Roles that a text says by itself, wherever it stands.
std::optional<Role> strongTextRole(const std::string &t) {
    if (patterns::parseProposalLine(t))
        return Role::ProposalHeader;
    if (patterns::isReasons(t))
        return Role::Reasons;
    if (revision::parseNumberLine(t))
        return Role::ResolutionNumber;
    return std::nullopt;
}

class RoleWalk {
  public:
    explicit RoleWalk(const Document &doc)
        : doc_(doc), roles_(doc.paragraphs.size(), Role::Other) {}

    std::vector<Role> run() {
        for (std::size_t i = 0; i < doc_.paragraphs.size(); ++i)
            roles_[i] = classify(i);
        return std::move(roles_);
    }

  private:
    Role classify(std::size_t i) {
        const Paragraph &p = doc_.paragraphs[i];
        const std::string t = readingText(p);
        const bool blank = text::isBlank(t);
        const std::optional<Role> styled = styleRole(p);
        if (blank && !styled)
            return Role::Other; // empty paragraphs neither start nor end anything

        // A typed label inside a resolution's body outweighs a heading style: Writer gives a
        // paragraph deleted whole the style of the one it joins (a "Reasons" item in .odt).
        if (phase_ == Phase::Body && (!styled || !isItem(*styled)))
            if (const auto item = patterns::parseItemLabel(t))
                return item->role;
        if (styled)
            return enter(*styled, i);
        if (const auto strong = strongTextRole(t))
            return enter(*strong, i);

        switch (phase_) {
        case Phase::Outside:
            return outside(t, i);
        case Phase::Heading:
            if (patterns::isHistoryLine(t))
                return enter(Role::ResolutionHistory, i);
            if (patterns::isPreamble(t))
                return enter(Role::Preamble, i);
            if (patterns::matchCall(t))
                return enter(Role::Call, i);
            if (!sawTitle_)
                return enter(Role::ResolutionTitle, i);
            return Role::Body;
        case Phase::AnnexHead:
            phase_ = Phase::Body;
            return Role::AnnexTitle;
        case Phase::Body:
            return inBody(p, t, i);
        }
        return Role::Other;
    }

    // A document uses few styles: each (name, display name) pair is looked up once.
    std::optional<Role> styleRole(const Paragraph &p) {
        for (const StyleMemo &m : styleMemo_)
            if (m.style == p.style && m.display == p.styleDisplay)
                return m.role;
        std::optional<Role> role = roleForStyle(p.style);
        if (!role && !p.styleDisplay.empty())
            role = roleForStyle(p.styleDisplay);
        if (styleMemo_.size() < 64)
            styleMemo_.push_back(StyleMemo{p.style, p.styleDisplay, role});
        return role;
    }

    // Outside a resolution only its opening lines start one: a history line right after a
    // would-be title (a base text without its number line), or a lone preamble.
    Role outside(const std::string &t, std::size_t i) {
        if (patterns::isHistoryLine(t) && lastNonBlank_ && roles_[*lastNonBlank_] == Role::Other &&
            looksLikeTitle(*lastNonBlank_)) {
            roles_[*lastNonBlank_] = Role::ResolutionTitle;
            phase_ = Phase::Heading;
            sawTitle_ = true;
            return enter(Role::ResolutionHistory, i);
        }
        if (patterns::isPreamble(t))
            return enter(Role::Preamble, i);
        lastNonBlank_ = i;
        return Role::Other;
    }

    bool looksLikeTitle(std::size_t i) const {
        const std::string t = text::normalize(readingText(doc_.paragraphs[i]));
        return !t.empty() && t.size() <= 400 && t.back() != '.' && t.back() != ':' &&
               t.find('\t') == std::string::npos;
    }

    Role inBody(const Paragraph &p, const std::string &t, std::size_t i) {
        if (const auto item = patterns::parseItemLabel(t))
            return item->role;
        if (!p.listLabel.empty())
            if (const auto item = patterns::itemFromListLabel(p.listLabel))
                return item->role;
        if (patterns::matchCall(t))
            return enter(Role::Call, i);
        if (patterns::isAnnexHeading(t))
            return enter(Role::AnnexHeading, i);
        return Role::Body;
    }

    // Moves the walk on for a paragraph given `role`, and returns the role.
    Role enter(Role role, std::size_t i) {
        lastNonBlank_ = i;
        switch (role) {
        case Role::ProposalHeader:
        case Role::Reasons:
            phase_ = Phase::Outside;
            break;
        case Role::ResolutionNumber:
            phase_ = Phase::Heading;
            sawTitle_ = false;
            break;
        case Role::ResolutionTitle:
            phase_ = Phase::Heading;
            sawTitle_ = true;
            break;
        case Role::ResolutionHistory:
            if (phase_ == Phase::Outside)
                sawTitle_ = false;
            phase_ = Phase::Heading;
            break;
        case Role::Preamble:
        case Role::Call:
            phase_ = Phase::Body;
            break;
        case Role::AnnexHeading:
            phase_ = Phase::AnnexHead;
            break;
        case Role::AnnexTitle:
            phase_ = Phase::Body;
            break;
        default:
            if (phase_ == Phase::Outside && role != Role::Other)
                phase_ = Phase::Body; // a styled item or body starts the anatomy's body
            break;
        }
        return role;
    }

    struct StyleMemo {
        std::string style, display;
        std::optional<Role> role;
    };

    const Document &doc_;
    std::vector<Role> roles_;
    std::vector<StyleMemo> styleMemo_;
    Phase phase_ = Phase::Outside;
    bool sawTitle_ = false;
    std::optional<std::size_t> lastNonBlank_;
};

bool startsResolution(Role r) {
    return r == Role::ResolutionNumber || r == Role::ResolutionTitle ||
           r == Role::ResolutionHistory || r == Role::Preamble;
}

bool insideResolution(Role r) {
    return r != Role::Other && r != Role::ProposalHeader && r != Role::Reasons;
}

std::string itemLabel(const Paragraph &p, Role role) {
    if (role == Role::Body)
        return {};
    if (const auto item = patterns::parseItemLabel(readingText(p)))
        return item->label;
    return std::string(text::trim(text::normalize(p.listLabel)));
}

// "Heading 1", "heading2", "Headingb": the heading styles a section heading may carry.
bool headingStyle(const Paragraph &p) {
    const auto isHeading = [](std::string_view name) {
        std::string key;
        for (char c : name)
            if (c != ' ' && c != '_' && c != '-')
                key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return text::startsWith(key, "heading");
    };
    return isHeading(p.style) || isHeading(p.styleDisplay);
}

int enumlevDepth(const Paragraph &p) {
    for (const std::string *name : {&p.style, &p.styleDisplay}) {
        if (styleMatches(*name, "enumlev1"))
            return 1;
        if (styleMatches(*name, "enumlev2"))
            return 2;
    }
    return 0;
}

// A section heading or a dotted clause opens the sections of a rules-type resolution; inside
// them a plain number ("2\tStudy groups") is a clause too, while "a)" is a clause's sub-item.
std::optional<Clause> clauseAt(const Paragraph &p, std::size_t i, bool inSections) {
    const std::string t = readingText(p);
    const auto label = patterns::parseItemLabel(t);
    Clause c;
    c.paragraph = i;
    if (label && (label->shape == patterns::LabelShape::Clause ||
                  (inSections && label->shape == patterns::LabelShape::Number &&
                   label->label.find_first_of("()") == std::string::npos))) {
        c.label = label->label;
        c.number = patterns::clauseNumber(patterns::labelKey(label->label)->key);
        return c;
    }
    const auto section = patterns::sectionHeading(t);
    if (section || (headingStyle(p) && !text::isBlank(t))) {
        c.section = true;
        if (section && *section > 0)
            c.number = {*section};
        return c;
    }
    return std::nullopt;
}

Item itemAt(std::size_t paragraph, Role role, std::string label) {
    Item item;
    item.paragraph = paragraph;
    item.role = role;
    item.label = std::move(label);
    return item;
}

// Resolutions run from an opening line to the last paragraph before a proposal line, Reasons,
// or the next resolution's number line; trailing empty "other" paragraphs are not theirs.
void buildResolutions(const Document &doc, std::vector<Role> &roles, Recognition &out) {
    Resolution *current = nullptr;
    Call *call = nullptr;
    bool afterAnnex = false;
    bool inSections = false; // after a section heading or clause, until the next call or annex
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const Role r = roles[i];
        const bool opensNew =
            r == Role::ResolutionNumber ||
            (startsResolution(r) && (!current || (r == Role::ResolutionTitle && current->title) ||
                                     (r == Role::Preamble && current->preamble)));
        if (!insideResolution(r)) {
            if (r != Role::Other)
                current = nullptr, call = nullptr;
            continue;
        }
        if (opensNew || !current) {
            out.structure.resolutions.emplace_back();
            current = &out.structure.resolutions.back();
            current->first = i;
            call = nullptr;
            afterAnnex = false;
            inSections = false;
        }
        current->last = i;
        const Paragraph &p = doc.paragraphs[i];
        switch (r) {
        case Role::ResolutionNumber:
            current->numberLine = i;
            if (const auto line = revision::parseNumberLine(readingText(p))) {
                current->number = line->number;
                current->draftNew = line->draftNew;
                current->draftTag = line->draftTag;
            }
            break;
        case Role::ResolutionTitle:
            current->title = i;
            break;
        case Role::ResolutionHistory:
            current->history = i;
            break;
        case Role::Preamble:
            current->preamble = i;
            break;
        case Role::Call: {
            Call c;
            c.paragraph = i;
            c.text = text::normalize(readingText(p));
            c.kind = patterns::matchCall(c.text).value_or(CallKind::Preamble);
            current->calls.push_back(std::move(c));
            call = &current->calls.back();
            inSections = false;
            break;
        }
        case Role::AnnexHeading:
            current->annexHeadings.push_back(i);
            afterAnnex = true;
            call = nullptr;
            inSections = false;
            break;
        case Role::LetteredItem:
        case Role::NumberedItem:
        case Role::BulletItem:
        case Role::Body:
            if (call || afterAnnex) {
                if (auto clause = clauseAt(p, i, inSections)) {
                    clause->region = current->annexHeadings.size();
                    current->clauses.push_back(std::move(*clause));
                    if (call && !afterAnnex)
                        call->holdsSections = true;
                    inSections = true;
                    roles[i] = Role::Body;
                    break;
                }
                if (inSections) {
                    Clause &clause = current->clauses.back();
                    if (r == Role::Body)
                        clause.body.push_back(i);
                    else
                        clause.items.push_back(itemAt(i, Role::Body, itemLabel(p, r)));
                    roles[i] = Role::Body;
                    break;
                }
            }
            if (call && !afterAnnex)
                call->items.push_back(itemAt(i, r, itemLabel(p, r)));
            else if (!afterAnnex && !text::isBlank(p.text(View::Marked)))
                out.unplaced.push_back(i);
            break;
        default:
            break;
        }
    }
}

// Levels of a list of items: sub-items (level 1 and below) are bullet items of their parent.
void assignItemLevels(const Document &doc, std::vector<Item> &items, std::size_t base,
                      const Lexicon *preferred, std::vector<Role> *roles) {
    std::vector<LevelInput> inputs;
    for (const Item &item : items) {
        const Paragraph &p = doc.paragraphs[item.paragraph];
        inputs.push_back(LevelInput{item.label, endsWithColon(readingText(p)), enumlevDepth(p)});
    }
    const std::vector<LevelOutput> levels = assignLevels(inputs, preferred);
    for (std::size_t k = 0; k < items.size(); ++k) {
        items[k].level = base + levels[k].level;
        items[k].parent = levels[k].parent;
        items[k].kind = levels[k].kind;
        if (roles && items[k].level > 0) {
            items[k].role = Role::BulletItem;
            (*roles)[items[k].paragraph] = Role::BulletItem;
        }
    }
}

void assignLevels(const Document &doc, Recognition &out) {
    for (Resolution &r : out.structure.resolutions) {
        const Lexicon *language = languageOf(doc, out, r.first, r.last);
        for (Call &call : r.calls)
            assignItemLevels(doc, call.items, 0, language, &out.roles);
        for (Clause &clause : r.clauses)
            assignItemLevels(doc, clause.items, 1, language, nullptr);
    }
}

void buildProposals(const Document &doc, const std::vector<Role> &roles, Recognition &out) {
    auto &proposals = out.structure.proposals;
    for (std::size_t i = 0; i < roles.size(); ++i) {
        if (roles[i] == Role::ProposalHeader) {
            Proposal proposal;
            proposal.header = proposal.last = i;
            if (const auto line = patterns::parseProposalLine(readingText(doc.paragraphs[i]))) {
                proposal.symbol = line->knownSymbol ? line->symbol : text::upper(line->symbol);
                proposal.numberText = line->numberText;
                proposal.number = line->number;
            }
            proposals.push_back(std::move(proposal));
        } else if (!proposals.empty() && roles[i] == Role::Reasons && !proposals.back().reasons) {
            proposals.back().reasons = i;
            proposals.back().last = i;
        }
    }
    // A proposal owns the first resolution that opens after its line and before the next
    // proposal line; without Reasons it runs to that resolution's end.
    const auto &resolutions = out.structure.resolutions;
    for (std::size_t k = 0; k < proposals.size(); ++k) {
        Proposal &proposal = proposals[k];
        const std::size_t limit = k + 1 < proposals.size() ? proposals[k + 1].header : roles.size();
        for (std::size_t r = 0; r < resolutions.size(); ++r) {
            if (resolutions[r].first > proposal.header && resolutions[r].first < limit) {
                proposal.resolution = r;
                if (!proposal.reasons)
                    proposal.last = resolutions[r].last;
                break;
            }
        }
    }
}

} // namespace

Recognition recognize(const Document &document) {
    Recognition out;
    out.roles = RoleWalk(document).run();
    buildResolutions(document, out.roles, out);
    assignLevels(document, out);
    buildProposals(document, out.roles, out);
    return out;
}

} // namespace pa
