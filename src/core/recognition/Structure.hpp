// What recognition finds above the paragraph level: proposals, resolutions, calls and items.
// Paragraph positions are indices into Document::paragraphs.
#pragma once

#include "model/Role.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace pa {

// SOURCE/DOC[Aaddendum]/SEQ, e.g. ATU/35A3/1 (domain §1). Fields are empty when absent.
struct ProposalNumber {
    std::string source;         // "ATU", "USA", "B"
    std::string document;       // "35", or a placeholder such as "XX"
    std::string addendum;       // "3", empty when the document has no addendum
    std::string sequence;       // "1"
    std::string text() const;   // "ATU/35A3/1"
    std::string prefix() const; // "ATU/35A3"
};

enum class CallKind { Preamble, Operative };

// How a list of items is labelled; a level's items share one kind.
enum class ListKind { None, Number, Letter, Roman, Bullet, Dash };

// An item of a call (level 0) or a sub-item of one (level 1, 2 ...: domain §2, "levels below an
// item"). Each level's labels run in their own sequence, restarting under each parent.
struct Item {
    std::size_t paragraph = 0;
    Role role =
        Role::Body;    // LetteredItem, NumberedItem, BulletItem (every sub-item) or Body (no label)
    std::string label; // "a)", "1", "•", "–" as typed (or Writer's list label); "" for Body
    std::size_t level = 0; // 0: an item of the call; 1: a sub-item of one; 2: a sub-item of that
    std::optional<std::size_t>
        parent; // index in its list (Call::items, Clause::items) of the item it hangs under
    ListKind kind =
        ListKind::None; // the kind of its level's list: "i)" is Roman or Letter by place
};

// Rules-type resolutions and annexes: a section heading ("SECTION 2 – Study groups", or a
// Heading style) or a dotted clause ("1.1\tThe assembly ...") with what it holds. Body text of
// the resolution, not items of a call: the numbers run in their own sequence per region.
struct Clause {
    std::size_t paragraph = 0;
    bool section = false;            // a section heading
    std::vector<std::size_t> number; // {1, 1} for "1.1"; a section's number {2}; empty: none read
    std::string label;               // "1.1" as typed; "" for a section heading
    std::size_t region = 0;          // 0: the resolution's body; k: its k-th annex
    std::vector<Item> items;         // its own sub-items a), b) (level 1 and below)
    std::vector<std::size_t> body;   // its unlabelled paragraphs
};

struct Call {
    std::size_t paragraph = 0;
    CallKind kind = CallKind::Preamble;
    std::string text; // normalized, e.g. "instructs the Director of the ..."
    std::vector<Item> items;
    bool holdsSections =
        false; // its items are followed by sections or clauses (they introduce them)
};

struct Resolution {
    std::size_t first = 0; // first paragraph of the resolution (its number line when present)
    std::size_t last = 0;  // last paragraph, inclusive
    std::optional<std::size_t> numberLine, title, history, preamble;
    std::string number;    // "11"; empty for a draft new resolution or a missing number line
    bool draftNew = false; // DRAFT NEW RESOLUTION [SRC-n]
    std::string draftTag;  // "ATU-1" for a draft new resolution
    std::vector<Call> calls;
    std::vector<std::size_t> annexHeadings;
    std::vector<Clause> clauses; // sections and clauses, in order
};

struct Proposal {
    std::size_t header = 0; // the proposal line's paragraph
    std::size_t last = 0;   // last paragraph that belongs to the proposal, inclusive
    std::string symbol;     // "MOD", "(MOD)", "ADD", "SUP", "NOC", "ADD*", "SUP*"; "" if unknown
    std::string numberText; // what follows the tab, normalized
    std::optional<ProposalNumber> number;  // parsed, when numberText is well formed
    std::optional<std::size_t> reasons;    // its Reasons paragraph
    std::optional<std::size_t> resolution; // index into Structure::resolutions
};

struct Structure {
    std::vector<Proposal> proposals;
    std::vector<Resolution> resolutions;
    std::size_t callCount() const;
    std::size_t itemCount() const;
};

} // namespace pa
