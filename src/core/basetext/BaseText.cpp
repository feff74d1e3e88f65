// Base resolutions by number: the recognised resolutions of a base document, in their
// original view, numbered from their number line (or a name the caller gives).
#include "basetext/BaseText.hpp"

#include "model/Views.hpp"
#include "recognition/Language.hpp"
#include "revision/RevisionLines.hpp"
#include "text/Text.hpp"

#include <regex>

namespace pa {

std::size_t BaseText::add(const Document &document, const Recognition &recognition,
                          const std::string &sourceName, const std::string &unnumberedAs) {
    std::size_t added = 0;
    bool nameTaken = false;
    const std::vector<Resolution> &all = recognition.structure.resolutions;
    for (const Resolution &r : all) {
        if (r.draftNew || r.last >= document.paragraphs.size() || r.first > r.last)
            continue; // a draft new resolution is not in force: nothing can be based on it
        auto textOf = [&](std::optional<std::size_t> i) {
            return i && *i < document.paragraphs.size()
                       ? document.paragraphs[*i].text(View::Original)
                       : std::string();
        };

        std::optional<revision::NumberLine> numberLine;
        if (r.numberLine)
            numberLine = revision::parseNumberLine(textOf(r.numberLine));
        std::string number = numberLine ? numberLine->number : r.number;
        if (number.empty())
            number = r.number;
        if (number.empty()) {
            // A published text without its number line (the corpus's New Delhi 2024 file):
            // nothing in the file says which resolution it is, so only the caller can. With
            // several such resolutions in one file only the first can take that name.
            if (unnumberedAs.empty() || nameTaken)
                continue;
            number = unnumberedAs;
            nameTaken = true;
        }

        BaseResolution base;
        base.number = number;
        base.source = sourceName;
        if (numberLine && numberLine->assembly)
            base.revision = numberLine->revisionAssembly;
        else if (auto history =
                     revision::lineAssembly(revision::LineKind::History, textOf(r.history)))
            base.revision = text::normalize(*history);
        else if (auto preamble =
                     revision::lineAssembly(revision::LineKind::Preamble, textOf(r.preamble)))
            base.revision = text::normalize(*preamble);
        base.title = text::normalize(textOf(r.title));
        if (const Lexicon *language = languageOf(document, recognition, r.first, r.last))
            base.language = language->language;

        // A base with tracked changes is read as it was before them (reject all): a paragraph
        // inserted whole disappears, one deleted whole stays.
        const std::vector<Paragraph> slice(
            document.paragraphs.begin() + static_cast<std::ptrdiff_t>(r.first),
            document.paragraphs.begin() + static_cast<std::ptrdiff_t>(r.last) + 1);
        for (markup::ViewParagraph &v : markup::paragraphsInView(slice, View::Original)) {
            const std::size_t index = r.first + v.source;
            base.roles.push_back(index < recognition.roles.size() ? recognition.roles[index]
                                                                  : Role::Other);
            base.paragraphs.push_back(std::move(v.paragraph));
        }
        byNumberAndLanguage_[{number, base.language}] = base;
        byNumber_[number] = std::move(base);
        ++added;
    }
    return added;
}

const BaseResolution *BaseText::find(const std::string &number, const std::string &language) const {
    for (const std::string &n : {number, text::fold(number)})
        if (const auto it = byNumberAndLanguage_.find({n, language});
            it != byNumberAndLanguage_.end())
            return &it->second;
    return nullptr;
}

const BaseResolution *BaseText::find(const std::string &number) const {
    const auto it = byNumber_.find(number);
    if (it != byNumber_.end())
        return &it->second;
    // Numbers are kept as the number line has them, folded ("18bis"); accept "18BIS" too.
    const auto folded = byNumber_.find(text::fold(number));
    return folded == byNumber_.end() ? nullptr : &folded->second;
}

std::string resolutionNumberFromFileName(std::string_view pathOrUrl) {
    const std::size_t slash = pathOrUrl.find_last_of('/');
    const std::string name(slash == std::string_view::npos ? pathOrUrl
                                                           : pathOrUrl.substr(slash + 1));
    static const std::regex pattern(
        "(?:^|[^A-Za-z])res(?:olution)?(?:[ _-]|%20)*([0-9]+)(bis|ter)?", std::regex::icase);
    std::smatch m;
    if (!std::regex_search(name, m, pattern))
        return {};
    std::string suffix = m[2].str();
    for (char &c : suffix)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return m[1].str() + suffix;
}

} // namespace pa
