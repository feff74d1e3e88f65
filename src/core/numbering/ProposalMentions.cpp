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

} // namespace

std::vector<TextEdit>
proposalMentionEdits(const Document &document, const std::vector<std::size_t> &headers,
                     const std::vector<std::pair<std::string, std::string>> &renamed) {
    std::vector<TextEdit> edits;
    if (renamed.empty())
        return edits;
    for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
        const Paragraph &paragraph = document.paragraphs[i];
        if (std::find(headers.begin(), headers.end(), i) != headers.end() ||
            paragraph.hasTrackedChanges())
            continue;
        const std::string text = paragraph.text(View::Marked);
        for (const auto &[from, to] : renamed) {
            if (from.empty() || from == to)
                continue;
            for (std::size_t at = text.find(from); at != std::string::npos;
                 at = text.find(from, at + from.size())) {
                const std::size_t end = at + from.size();
                if ((at > 0 && continuesNumber(text[at - 1])) ||
                    (end < text.size() && continuesNumber(text[end])))
                    continue;
                edits.push_back(TextEdit{i, text::utf16Length(std::string_view(text).substr(0, at)),
                                         text::utf16Length(std::string_view(text).substr(0, end)),
                                         to, false});
            }
        }
    }
    return edits;
}

} // namespace pa
