// Loading a document file into the office the way the extension and the CLI both do: deep type
// detection (the bytes, not only the name), the filter and document service it implies, and a
// load into a bare model (no frame, no view, so no layout), hidden, with macros off and links
// not updated. The model is closed when its LoadedDocument goes. What the callers tell the user
// when a step fails is theirs to word.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace pa::office {

// The system's words for an errno value, as the rest of a sentence: "permission denied".
std::string systemErrorWords(int error);

// Why the file at the system path cannot be a document, told before the office is asked (it
// would only report these vaguely): "no such file", "it is a folder", "empty file (0 bytes),
// not a document", or the system's words ("permission denied"). Empty when it can be read.
std::string unreadableFileReason(const std::string &path);

// What the office makes of a file: its type ("writer8", empty when it recognises none), the
// import filter ("MS Word 2007 XML"; the type's preferred filter when detection names none),
// and the document service that filter loads into ("com.sun.star.text.TextDocument"; empty when
// this office has no such filter).
struct DocumentType {
    std::string type;
    std::string filter;
    std::string service;
    // A Writer text or master document.
    bool isText() const;
    // The office could only read its bytes as plain text (its last resort for bytes it cannot
    // place: a damaged .docx lands here).
    bool isPlainText() const { return filter.rfind("Text", 0) == 0; }
};
DocumentType detectDocumentType(const css::uno::Reference<css::uno::XComponentContext> &context,
                                const rtl::OUString &url);

// The office refused to load the file. code is its error code when it gave one; words() says
// what the code means, or the fallback.
struct LoadError : std::runtime_error {
    LoadError(std::optional<std::uint32_t> code, const std::string &filter);
    std::string words(const std::string &fallback) const;
    std::optional<std::uint32_t> code;
};

// A document loaded into a bare model of its document service, closed (or disposed) when this
// goes out of scope or close() is called. Throws LoadError when the office cannot read it,
// and lets RuntimeException (a dying office) through as it is.
class LoadedDocument {
  public:
    LoadedDocument(const css::uno::Reference<css::uno::XComponentContext> &context,
                   const rtl::OUString &url, const DocumentType &type, bool readOnly);
    ~LoadedDocument() { close(); }
    LoadedDocument(const LoadedDocument &) = delete;
    LoadedDocument &operator=(const LoadedDocument &) = delete;

    const css::uno::Reference<css::lang::XComponent> &component() const { return component_; }
    // The text document, or empty when the model is none.
    const css::uno::Reference<css::text::XTextDocument> &text() const { return text_; }
    // Closes the model now; never throws (a document only read that refuses to close is left
    // for the office to discard).
    void close() noexcept;

  private:
    css::uno::Reference<css::lang::XComponent> component_;
    css::uno::Reference<css::text::XTextDocument> text_;
};

} // namespace pa::office
