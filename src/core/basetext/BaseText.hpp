// The base text: the resolutions in force, read from one or more base documents and found by
// number. A proposal is checked and marked up against these.
#pragma once

#include "model/Document.hpp"
#include "recognition/Recognizer.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pa {

struct BaseResolution {
    std::string number;   // "11"
    std::string source;   // the base file it came from, for messages
    std::string revision; // assembly of its latest revision: "Hammamet, 2016" (may be empty)
    std::string language; // "en", "ru", ...: the language of its words ("" when none tells)
    std::string title;    // normalized title text
    std::vector<Paragraph> paragraphs; // the resolution's paragraphs, number line to last
    std::vector<Role> roles;           // role of each of those paragraphs
};

class BaseText {
  public:
    // Adds every resolution of a recognised base document; returns how many were found (0:
    // the caller tells the user the file holds no resolution). A later file wins for a number
    // given twice. A resolution without a number line (a published text that lost it) has no
    // number of its own: it is added as `unnumberedAs` when the caller names it (e.g. from the
    // file name or the user's choice), else skipped. Draft new resolutions are skipped.
    std::size_t add(const Document &document, const Recognition &recognition,
                    const std::string &sourceName, const std::string &unnumberedAs = {});
    // The resolution of that number (the last file given wins), in any language.
    const BaseResolution *find(const std::string &number) const;
    // The resolution of that number in that language (a base may hold several languages);
    // nullptr when the base has it in no such language.
    const BaseResolution *find(const std::string &number, const std::string &language) const;
    const std::map<std::string, BaseResolution> &resolutions() const { return byNumber_; }
    bool empty() const { return byNumber_.empty(); }

  private:
    std::map<std::string, BaseResolution> byNumber_;
    std::map<std::pair<std::string, std::string>, BaseResolution> byNumberAndLanguage_;
};

// The resolution number a base file's name gives ("res11-new-delhi-2024.docx", "Resolution
// 18bis.odt", "RES%2011.docx" -> "11", "18bis", "11"); empty when the name holds none. A path or
// a URL: only the last segment is read. The number BaseText::add gives a text without number
// line.
std::string resolutionNumberFromFileName(std::string_view pathOrUrl);

} // namespace pa
