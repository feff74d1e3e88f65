// The fuzz targets' common input format: bytes -> a model Document (paragraphs, styles,
// tracked changes), so that the seeds written by make_corpus.py stay readable and a mutation of
// one byte changes one thing.
//
//   input     := paragraph ('\n' paragraph)*
//   paragraph := header [ '\x01' listLabel '\x01' ] text
//   header    := one byte: bits 0-3 the style (kFuzzStyles), bits 4-5 the paragraph mark
//                (1 inserted, 2 deleted), bit 6 the paragraph is in a table
//   text      := UTF-8 (not checked: invalid bytes are fuzzed too), where "[+" starts an
//                insertion, "[-" a deletion, "[=" plain text again, "[#" switches the author of
//                the changes that follow; '\r' is a manual line break ('\n' in the model)
//
// Two documents in one input (markup, validate, diff) are separated by the first '\0'.
#pragma once

#include "model/Document.hpp"

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace pa::fuzz {

// Index = header & 0x0F. ITU ids, display names, Writer's and Word's defaults, an unknown one.
inline constexpr const char *kFuzzStyles[16] = {
    "Standard", "Normal",    "Proposal", "ResNo",           "Res_No",  "Restitle",
    "Resref",   "Call",      "enumlev1", "enumlev2",        "AnnexNo", "Annextitle",
    "Reasons",  "Heading 1", "",         "Normalaftertitle"};

// Index = options & 0x07: the assembly a mark-up or a check is for. None, a name in English,
// Russian and Chinese, a short name, an earlier and an unknown assembly.
inline constexpr const char *kFuzzAssemblies[8] = {
    "",
    "New Delhi, 2024",
    "WTSA-24",
    "Hammamet, 2016",
    "\xD0\x9D\xD1\x8C\xD1\x8E-\xD0\x94\xD0\xB5\xD0\xBB\xD0\xB8, 2024 \xD0\xB3.",
    "2024\xE5\xB9\xB4\xEF\xBC\x8C\xE6\x96\xB0\xE5\xBE\xB7\xE9\x87\x8C",
    "Geneva, 2028",
    ""};

inline std::string_view asText(const std::uint8_t *data, std::size_t size) {
    return {reinterpret_cast<const char *>(data), size};
}

// The two parts of an input around its first '\0'; the second is nullopt without one.
inline std::pair<std::string_view, std::optional<std::string_view>> splitTwo(std::string_view in) {
    const std::size_t zero = in.find('\0');
    if (zero == std::string_view::npos)
        return {in, std::nullopt};
    return {in.substr(0, zero), in.substr(zero + 1)};
}

inline Paragraph fuzzParagraph(std::string_view line) {
    Paragraph p;
    unsigned header = 0;
    if (!line.empty()) {
        header = static_cast<unsigned char>(line.front());
        line.remove_prefix(1);
    }
    p.style = kFuzzStyles[header & 0x0F];
    p.styleDisplay = p.style;
    const char *const authors[] = {"Fuzz", "Other"};
    int author = 0;
    const char *const date = "2024-05-02T08:30:00";
    switch ((header >> 4) & 0x03) {
    case 1:
        p.mark = TrackedChange{ChangeKind::Insertion, authors[0], date};
        break;
    case 2:
        p.mark = TrackedChange{ChangeKind::Deletion, authors[0], date};
        break;
    default:
        break;
    }
    p.inTable = (header & 0x40) != 0;
    if (line.size() >= 2 && line.front() == '\x01') {
        const std::size_t close = line.find('\x01', 1);
        if (close != std::string_view::npos) {
            p.listLabel = std::string(line.substr(1, close - 1));
            line.remove_prefix(close + 1);
        }
    }
    std::optional<TrackedChange> change;
    std::string text;
    const auto flush = [&] {
        if (!text.empty())
            p.runs.push_back(Run{std::move(text), change});
        text.clear();
    };
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '[' && i + 1 < line.size()) {
            const char k = line[i + 1];
            if (k == '+' || k == '-' || k == '=' || k == '#') {
                flush();
                if (k == '#')
                    author ^= 1;
                else if (k == '=')
                    change.reset();
                else
                    change = TrackedChange{k == '+' ? ChangeKind::Insertion : ChangeKind::Deletion,
                                           authors[author], date};
                ++i;
                continue;
            }
        }
        text += c == '\r' ? '\n' : c;
    }
    flush();
    return p;
}

// Every line of the input is a paragraph (an empty input is one empty paragraph).
inline Document fuzzDocument(std::string_view input) {
    Document document;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= input.size(); ++i)
        if (i == input.size() || input[i] == '\n') {
            document.paragraphs.push_back(fuzzParagraph(input.substr(start, i - start)));
            start = i + 1;
        }
    return document;
}

// The lines of a text, split at '\n'.
inline std::vector<std::string> fuzzLines(std::string_view input) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= input.size(); ++i)
        if (i == input.size() || input[i] == '\n') {
            lines.emplace_back(input.substr(start, i - start));
            start = i + 1;
        }
    return lines;
}

// A finding: print what was violated and abort (libFuzzer saves the input as crash-*).
[[noreturn]] inline void fail(const char *what) {
    __builtin_printf("fuzz invariant violated: %s\n", what);
    __builtin_trap();
}
#define PA_FUZZ_CHECK(cond)                                                                        \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::pa::fuzz::fail(#cond);                                                               \
    } while (false)

} // namespace pa::fuzz
