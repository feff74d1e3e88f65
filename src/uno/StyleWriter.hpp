// Gives recognised paragraphs their ITU paragraph styles: finds each style in the document
// (under its id or the display name a Word template uses) or creates it from pa::ituStyles().
#pragma once

#include "DocumentReader.hpp"
#include "recognition/Recognizer.hpp"

#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <map>
#include <string>
#include <vector>

namespace pa::uno {

class StyleWriter {
  public:
    explicit StyleWriter(const css::uno::Reference<css::text::XTextDocument> &document);

    // Sets the role's style on every paragraph of role other than Other whose style does not
    // already match; paragraphs of role Other and every character of text are left alone.
    // Styles it creates in a right-to-left document (Arabic) are right to left.
    // Returns the number of paragraphs restyled.
    std::size_t apply(const ReadDocument &read, const Recognition &recognition);

    // ITU styles this writer had to create, in creation order.
    const std::vector<std::string> &created() const { return created_; }

    // The name under which the document holds (or now holds) the ITU style `ituName`; a fix
    // that sets one style (Validate's "apply the ITU style") asks for it directly.
    rtl::OUString resolve(const std::string &ituName);

    // The style to give a paragraph meant to carry `style`: an ITU style under the name the
    // document holds it by (created when it lacks it), another style only when the document
    // has it; empty when neither (the paragraph keeps its own).
    rtl::OUString target(const std::string &style);

    // Styles created from now on are right to left (a text written in Arabic); apply() decides
    // this itself from the document's language.
    void setRightToLeft(bool rightToLeft) { rightToLeft_ = rightToLeft; }

  private:
    rtl::OUString create(const std::string &ituName);

    css::uno::Reference<css::lang::XMultiServiceFactory> factory_;
    css::uno::Reference<css::container::XNameContainer> paragraphStyles_;
    // Existing paragraph styles: programmatic name and display name.
    std::vector<std::pair<rtl::OUString, std::string>> existing_;
    std::map<std::string, rtl::OUString> resolved_;
    std::vector<std::string> created_;
    bool rightToLeft_ = false; // create styles right to left: the document's language is
};

} // namespace pa::uno
