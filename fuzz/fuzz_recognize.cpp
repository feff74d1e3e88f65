// libFuzzer target: a document made of the fuzzed input's lines (the first byte of a line picks
// its style, "[+", "[-" open tracked runs) goes through recognition, validation-free numbering
// (proposal mentions, draft tags) and the office-error parser. Any crash, leak or undefined
// behaviour is a finding.
#include "model/Document.hpp"
#include "numbering/DraftTags.hpp"
#include "numbering/ProposalMentions.hpp"
#include "recognition/Recognizer.hpp"
#include "report/OfficeErrors.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

constexpr const char *kStyles[] = {"Standard", "ResNo",           "Restitle", "Resref",
                                   "Call",     "Proposal",        "Reasons",  "enumlev1",
                                   "AnnexNo",  "Normalaftertitle"};

pa::Paragraph paragraphOf(std::string_view line, std::size_t serial) {
    pa::Paragraph p;
    if (!line.empty()) {
        p.style = kStyles[static_cast<unsigned char>(line.front()) % std::size(kStyles)];
        line.remove_prefix(1);
    }
    p.styleDisplay = p.style;
    // "[+" and "[-" switch the runs that follow to a tracked insertion or deletion.
    std::optional<pa::TrackedChange> change;
    std::size_t from = 0;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        if (line[i] != '[' || (line[i + 1] != '+' && line[i + 1] != '-'))
            continue;
        if (i > from)
            p.runs.push_back(pa::Run{std::string(line.substr(from, i - from)), change});
        change = pa::TrackedChange{line[i + 1] == '+' ? pa::ChangeKind::Insertion
                                                      : pa::ChangeKind::Deletion,
                                   "Fuzz", std::to_string(serial)};
        from = i + 2;
        ++i;
    }
    if (from < line.size())
        p.runs.push_back(pa::Run{std::string(line.substr(from)), change});
    return p;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    pa::Document document;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= input.size(); ++i)
        if (i == input.size() || input[i] == '\n') {
            document.paragraphs.push_back(paragraphOf(input.substr(start, i - start), i));
            start = i + 1;
        }
    const pa::Recognition recognition = pa::recognize(document);
    std::vector<std::size_t> headers;
    std::vector<std::pair<std::string, std::string>> renamed;
    for (const pa::Proposal &p : recognition.structure.proposals) {
        headers.push_back(p.header);
        renamed.emplace_back(p.numberText, "X/1/" + std::to_string(headers.size()));
    }
    const auto mentions = pa::proposalMentionEdits(document, headers, renamed);
    const auto tags =
        pa::draftTagEdits(document, pa::draftTagChanges(recognition.structure), headers);
    for (const pa::TextEdit &e : mentions)
        if (e.start > e.end || e.paragraph >= document.paragraphs.size())
            __builtin_trap();
    for (const pa::TextEdit &e : tags)
        if (e.start > e.end || e.paragraph >= document.paragraphs.size())
            __builtin_trap();
    (void)pa::officeErrorWords(pa::officeErrorCode(0, input), "");
    return 0;
}
