// What recognition finds above the paragraph level: proposals, resolutions, calls and items.
// Paragraph positions are indices into Document::paragraphs.
#pragma once

#include "recognition/Role.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace pa {

// SOURCE/DOC[Aaddendum]/SEQ, e.g. ATU/35A3/1 (domain §1). Fields are empty when absent.
struct ProposalNumber {
    std::string source;   // "ATU", "USA", "B"
    std::string document; // "35", or a placeholder such as "XX"
    std::string addendum; // "3", empty when the document has no addendum
    std::string sequence; // "1"
    std::string text() const; // "ATU/35A3/1"
    std::string prefix() const; // "ATU/35A3"
};

enum class CallKind { Preamble, Operative };

struct Item {
    std::size_t paragraph = 0;
    Role role = Role::Body;  // LetteredItem, NumberedItem, BulletItem or Body (no label)
    std::string label;       // "a)", "1", "•", "–" as typed (or Writer's list label); "" for Body
};

struct Call {
    std::size_t paragraph = 0;
    CallKind kind = CallKind::Preamble;
    std::string text; // normalized, e.g. "instructs the Director of the ..."
    std::vector<Item> items;
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
};

struct Proposal {
    std::size_t header = 0; // the proposal line's paragraph
    std::size_t last = 0;   // last paragraph that belongs to the proposal, inclusive
    std::string symbol;     // "MOD", "(MOD)", "ADD", "SUP", "NOC", "ADD*", "SUP*"; "" if unknown
    std::string numberText; // what follows the tab, normalized
    std::optional<ProposalNumber> number; // parsed, when numberText is well formed
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
