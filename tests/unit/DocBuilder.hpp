// Builds pa::Documents for tests from compact lines: "Style|text" (no "Style|": Standard),
// "[+inserted+]" and "[-deleted-]" for tracked runs, a final "[-¶-]" / "[+¶+]" for the mark.
#pragma once

#include "basetext/BaseText.hpp"
#include "model/Document.hpp"
#include "recognition/Recognizer.hpp"

#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pa::test {

inline TrackedChange testChange(ChangeKind kind) {
    return TrackedChange{kind, "Test", "2024-01-01T00:00:00"};
}

inline Paragraph paragraphFrom(std::string_view line) {
    Paragraph p;
    p.style = "Standard";
    const std::size_t bar = line.find('|');
    if (bar != std::string_view::npos && bar <= 40 &&
        line.substr(0, bar).find_first_of("\t[") == std::string_view::npos) {
        p.style = std::string(line.substr(0, bar));
        line.remove_prefix(bar + 1);
    }
    p.styleDisplay = p.style;
    static constexpr std::string_view kMark = "\xC2\xB6"; // ¶
    std::string plain;
    const auto flush = [&] {
        if (!plain.empty())
            p.runs.push_back(Run{plain, std::nullopt});
        plain.clear();
    };
    while (!line.empty()) {
        const bool ins = line.substr(0, 2) == "[+", del = line.substr(0, 2) == "[-";
        const std::size_t close = ins   ? line.find("+]", 2)
                                  : del ? line.find("-]", 2)
                                        : std::string_view::npos;
        if (close == std::string_view::npos) {
            plain += line.front();
            line.remove_prefix(1);
            continue;
        }
        flush();
        const std::string_view inner = line.substr(2, close - 2);
        const ChangeKind kind = ins ? ChangeKind::Insertion : ChangeKind::Deletion;
        if (inner == kMark)
            p.mark = testChange(kind);
        else
            p.runs.push_back(Run{std::string(inner), testChange(kind)});
        line.remove_prefix(close + 2);
    }
    flush();
    return p;
}

inline Document documentFrom(const std::vector<std::string> &lines) {
    Document d;
    for (const std::string &l : lines)
        d.paragraphs.push_back(paragraphFrom(l));
    return d;
}

// A fixture file: one paragraph per line, "\n" (backslash, n) for a manual line break.
inline Document loadDocument(const std::string &relativePath) {
    const std::string path = std::string(PA_TEST_DATA) + "/" + relativePath;
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        std::string text;
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == 'n') {
                text += '\n';
                ++i;
            } else {
                text += line[i];
            }
        }
        lines.push_back(text);
    }
    return documentFrom(lines);
}

// A base text made of one document, recognised; `unnumberedAs` numbers a resolution that lost
// its number line.
inline BaseText baseFrom(const Document &document, const std::string &name,
                         const std::string &unnumberedAs = {}) {
    BaseText base;
    base.add(document, recognize(document), name, unnumberedAs);
    return base;
}

} // namespace pa::test
