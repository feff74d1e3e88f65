// The base text inside the office: base documents opened hidden and read-only, recognised into
// resolutions by number, and kept (process-wide) until a file's modification time or size changes.
#pragma once

#include "basetext/BaseText.hpp"

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace pa::uno {

// A base file that gave nothing: which file, and why ("cannot open: no such file",
// "holds no resolution").
struct BaseProblem {
    std::string file;
    std::string reason;
};

// The words of a command's refusal when no base file is chosen, and when files gave nothing (a
// line each: "Base file F: reason"); the "refuse." templates of the UI languages match them.
constexpr std::string_view kNoBaseFileChosen =
    "No base file is chosen: name the base documents that hold the resolutions in force.";
std::string describeBaseProblems(const std::vector<BaseProblem> &problems);

class BaseLibrary {
  public:
    explicit BaseLibrary(css::uno::Reference<css::uno::XComponentContext> context);

    // Each file (a file URL or a system path) is opened without a frame, hidden, read-only,
    // macros never run, read and recognised; a file read before and unchanged since is taken
    // from the cache. A resolution without a number line is named from the file name
    // ("res11-new-delhi-2024.docx" -> "11"). Files that give nothing are reported in
    // `problems`; the others are in the returned base text (a later file wins for a number
    // given twice). The reference stays valid until the next load() on this object.
    const BaseText &load(const std::vector<std::string> &files, std::vector<BaseProblem> &problems);

  private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    BaseText text_;
};

// A text document (file URL or system path) opened hidden and read-only as a base file is, read
// and recognised, then closed. Throws std::runtime_error whose message says why it gave nothing
// ("cannot open: no such file"). Not cached: contributions are read once.
struct ReadFile {
    Document document;
    Recognition recognition;
};
ReadFile readTextFile(const css::uno::Reference<css::uno::XComponentContext> &context,
                      const std::string &file);

} // namespace pa::uno
