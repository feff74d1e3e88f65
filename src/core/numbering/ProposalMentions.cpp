#include "numbering/ProposalMentions.hpp"

#include "text/Text.hpp"

#include <algorithm>
#include <cctype>

namespace pa {
namespace {

// A number ends where neither a letter, a digit nor a slash continues it.
bool continuesNumber(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '/';
}

// Byte offsets of the whole-number occurrences of `number` in `text`.
std::vector<std::size_t> occurrences(const std::string &text, const std::string &number) {
    std::vector<std::size_t> found;
    if (number.empty())
        return found; // "" is found everywhere and would never move on
    for (std::size_t at = text.find(number); at != std::string::npos;
         at = text.find(number, at + number.size())) {
        const std::size_t end = at + number.size();
        if ((at == 0 || !continuesNumber(text[at - 1])) &&
            (end == text.size() || !continuesNumber(text[end])))
            found.push_back(at);
    }
    return found;
}

} // namespace

std::vector<TextEdit>
proposalMentionEdits(const Document &document, const std::vector<std::size_t> &headers,
                     const std::vector<std::pair<std::string, std::string>> &renamed) {
    std::vector<TextEdit> edits;
    // A number two proposal lines share says nothing about which one a mention meant.
    std::vector<std::pair<std::string, std::string>> followed;
    for (const auto &[from, to] : renamed) {
        std::size_t lines = 0;
        for (std::size_t h : headers)
            if (h < document.paragraphs.size() &&
                !occurrences(document.paragraphs[h].text(View::Marked), from).empty())
                ++lines;
        if (!from.empty() && from != to && lines <= 1)
            followed.emplace_back(from, to);
    }
    if (followed.empty())
        return edits;
    for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
        const Paragraph &paragraph = document.paragraphs[i];
        if (std::find(headers.begin(), headers.end(), i) != headers.end() ||
            paragraph.hasTrackedChanges())
            continue;
        const std::string text = paragraph.text(View::Marked);
        for (const auto &[from, to] : followed)
            for (std::size_t at : occurrences(text, from))
                edits.push_back(
                    TextEdit{i, text::utf16Length(std::string_view(text).substr(0, at)),
                             text::utf16Length(std::string_view(text).substr(0, at + from.size())),
                             to, false});
    }
    return edits;
}

} // namespace pa
