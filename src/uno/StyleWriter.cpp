// Finding, creating and setting ITU paragraph styles through the Writer API.
#include "StyleWriter.hpp"

#include "UnoStrings.hpp"
#include "recognition/Language.hpp"
#include "recognition/TargetStyles.hpp"
#include "styles/ItuStyles.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/style/CaseMap.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/WritingMode2.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <unordered_map>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno {

StyleWriter::StyleWriter(const Reference<css::text::XTextDocument> &document)
    : factory_(document, UNO_QUERY_THROW) {
    Reference<css::style::XStyleFamiliesSupplier> families(document, UNO_QUERY_THROW);
    families->getStyleFamilies()->getByName("ParagraphStyles") >>= paragraphStyles_;
    if (!paragraphStyles_.is())
        throw css::uno::RuntimeException("The document has no paragraph styles to work with.",
                                         Reference<css::uno::XInterface>());
    for (const OUString &name : paragraphStyles_->getElementNames()) {
        std::string display = toUtf8(name);
        Reference<css::beans::XPropertySet> style(paragraphStyles_->getByName(name), UNO_QUERY);
        OUString shown;
        if (style.is() && (style->getPropertyValue("DisplayName") >>= shown))
            display = toUtf8(shown);
        existing_.emplace_back(name, std::move(display));
    }
}

OUString StyleWriter::resolve(const std::string &ituName) {
    if (auto found = resolved_.find(ituName); found != resolved_.end())
        return found->second;
    OUString name;
    const OUString exact = toOUString(ituName);
    if (paragraphStyles_->hasByName(exact)) {
        name = exact;
    } else {
        // A Word-made document holds "Res_No" where Writer's ITU name is "ResNo": use it.
        for (const auto &[existingName, display] : existing_)
            if (styleMatches(toUtf8(existingName), ituName) || styleMatches(display, ituName)) {
                name = existingName;
                break;
            }
        if (name.isEmpty())
            name = create(ituName);
    }
    resolved_.emplace(ituName, name);
    return name;
}

OUString StyleWriter::target(const std::string &style) {
    if (findStyleSpec(style))
        return resolve(style);
    if (!style.empty() && paragraphStyles_->hasByName(toOUString(style)))
        return toOUString(style);
    return {};
}

OUString StyleWriter::create(const std::string &ituName) {
    const StyleSpec *spec = findStyleSpec(ituName);
    if (!spec)
        throw css::uno::RuntimeException(
            toOUString("No definition of the ITU paragraph style \"" + ituName + "\""),
            Reference<css::uno::XInterface>());
    const OUString name = toOUString(spec->name);
    // Items are in the Default Paragraph Style (Word's Normal), which ITU documents set in Times
    // New Roman: left in Writer's own default font they would not match the styles made here.
    // A font the document chose itself (a Word-made Normal) is kept.
    if (created_.empty() && paragraphStyles_->hasByName(toOUString(kDefaultParagraphStyle))) {
        Reference<css::beans::XPropertySet> normal(
            paragraphStyles_->getByName(toOUString(kDefaultParagraphStyle)), UNO_QUERY);
        OUString font;
        if (normal.is() && (normal->getPropertyValue("CharFontName") >>= font) &&
            font == "Liberation Serif")
            normal->setPropertyValue("CharFontName", Any(toOUString(kItuFontName)));
    }
    Reference<css::style::XStyle> style(
        factory_->createInstance("com.sun.star.style.ParagraphStyle"), UNO_QUERY_THROW);
    // A style takes its properties only once it belongs to the document.
    paragraphStyles_->insertByName(name, Any(style));
    style->setParentStyle(toOUString(kDefaultParagraphStyle));

    Reference<css::beans::XPropertySet> props(style, UNO_QUERY_THROW);
    props->setPropertyValue("CharFontName", Any(toOUString(kItuFontName)));
    props->setPropertyValue("CharHeight", Any(static_cast<float>(spec->fontSize)));
    props->setPropertyValue(
        "CharWeight", Any(spec->bold ? css::awt::FontWeight::BOLD : css::awt::FontWeight::NORMAL));
    props->setPropertyValue(
        "CharPosture", Any(spec->italic ? css::awt::FontSlant_ITALIC : css::awt::FontSlant_NONE));
    props->setPropertyValue("CharCaseMap", Any(spec->capitals ? css::style::CaseMap::UPPERCASE
                                                              : css::style::CaseMap::NONE));
    props->setPropertyValue("ParaKeepTogether", Any(spec->keepWithNext));
    css::style::ParagraphAdjust adjust = css::style::ParagraphAdjust_LEFT;
    if (spec->alignment == Alignment::Center)
        adjust = css::style::ParagraphAdjust_CENTER;
    else if (spec->alignment == Alignment::Justify)
        adjust = css::style::ParagraphAdjust_BLOCK;
    props->setPropertyValue("ParaAdjust", Any(static_cast<sal_Int16>(adjust)));
    props->setPropertyValue("ParaTopMargin", Any(static_cast<sal_Int32>(spec->spaceBefore)));
    props->setPropertyValue("ParaBottomMargin", Any(static_cast<sal_Int32>(spec->spaceAfter)));
    props->setPropertyValue("ParaLeftMargin", Any(static_cast<sal_Int32>(spec->leftIndent)));
    if (rightToLeft_)
        props->setPropertyValue("WritingMode", Any(css::text::WritingMode2::RL_TB));
    props->setPropertyValue("ParaFirstLineIndent",
                            Any(static_cast<sal_Int32>(spec->firstLineIndent)));

    created_.emplace_back(spec->name);
    existing_.emplace_back(name, std::string(spec->name));
    return name;
}

std::size_t StyleWriter::apply(const ReadDocument &read, const Recognition &recognition) {
    rightToLeft_ = documentLanguage(read.model, recognition).rightToLeft;
    const std::vector<std::optional<std::string>> targets = targetStyles(read.model, recognition);
    std::size_t styled = 0;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const Paragraph &paragraph = read.model.paragraphs[i];
        const std::optional<std::string> &target = targets[i];
        if (!target || styleMatches(paragraph.style, *target) ||
            styleMatches(paragraph.styleDisplay, *target))
            continue;
        read.paragraphProperties[i]->setPropertyValue("ParaStyleName", Any(resolve(*target)));
        ++styled;
    }
    return styled;
}

} // namespace pa::uno
