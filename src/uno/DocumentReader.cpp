// One in-process walk over a Writer document: paragraphs (tables descended in cell order), their
// styles and list labels, and text portions with the tracked changes that cover them.
#include "DocumentReader.hpp"

#include "Progress.hpp"
#include "UnoStrings.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/container/XContentEnumerationAccess.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/TextContentAnchorType.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/util/DateTime.hpp>

#include <algorithm>
#include <unordered_map>
#include <utility>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno {
namespace {

namespace beans = css::beans;
namespace container = css::container;
namespace text = css::text;

Reference<text::XText> mainText(const Reference<text::XTextDocument> &document) {
    if (!document.is())
        throw css::lang::IllegalArgumentException(
            "Proposal Assistant works on Writer text documents; no document was given.",
            Reference<css::uno::XInterface>(), 0);
    Reference<text::XText> body = document->getText();
    if (!body.is())
        throw css::lang::IllegalArgumentException(
            "Proposal Assistant works on Writer text documents; this document has no main text.",
            Reference<css::uno::XInterface>(), 0);
    return body;
}

struct OUStringHash {
    std::size_t operator()(const OUString &s) const {
        return static_cast<std::size_t>(s.hashCode());
    }
};

// Cell names in the table's own order (row by row, merged cells included).
Sequence<OUString> cellNames(const Reference<text::XTextTable> &table) {
    return table->getCellNames();
}

class Reader {
  public:
    Reader(const Reference<text::XTextDocument> &document, Progress *progress)
        : document_(document), progress_(progress) {
        Reference<css::style::XStyleFamiliesSupplier> families(document, UNO_QUERY);
        if (families.is()) {
            Reference<container::XNameAccess> all = families->getStyleFamilies();
            if (all.is() && all->hasByName("ParagraphStyles"))
                all->getByName("ParagraphStyles") >>= paragraphStyles_;
        }
    }

    ReadDocument read(const Reference<text::XText> &body) {
        const std::size_t expected = expectedParagraphs();
        expected_ = expected;
        out_.model.paragraphs.reserve(expected);
        out_.paragraphProperties.reserve(expected);
        out_.stretch.reserve(expected);
        out_.holdsObjects.reserve(expected);
        walk(Reference<container::XEnumerationAccess>(body, UNO_QUERY_THROW), false);
        return std::move(out_);
    }

  private:
    struct StyleNames {
        std::string name, display;
    };
    // A tracked change opened by a Redline portion and not yet closed; Writer identifies each
    // redline by a string so that nested or adjacent ones close the right way.
    struct OpenChange {
        OUString id;
        TrackedChange change;
        std::size_t serial; // tells runs of two different changes apart
    };

    // The paragraph count the file's statistics give, with some room: only a hint to reserve
    // the model once. Growing it instead copies it into fresh memory again and again, and
    // first touches of memory are slow in the office (a page fault costs tens of µs here).
    std::size_t expectedParagraphs() const {
        constexpr std::size_t kDefault = 256, kMost = 1 << 20;
        try {
            Reference<css::document::XDocumentPropertiesSupplier> supplier(document_, UNO_QUERY);
            if (!supplier.is())
                return kDefault;
            Reference<css::document::XDocumentProperties> properties =
                supplier->getDocumentProperties();
            if (!properties.is())
                return kDefault;
            for (const beans::NamedValue &v : properties->getDocumentStatistics()) {
                sal_Int32 count = 0;
                if (v.Name == "ParagraphCount" && (v.Value >>= count) && count > 0)
                    return std::min(kMost, static_cast<std::size_t>(count) * 9 / 8 + kDefault);
            }
        } catch (const css::uno::Exception &) {
            // No statistics: the model grows as it is read.
        }
        return kDefault;
    }

    // Every text, and the paragraphs after a table in it, start a new stretch.
    void walk(const Reference<container::XEnumerationAccess> &textAccess, bool inTable) {
        ++stretch_;
        Reference<container::XEnumeration> elements = textAccess->createEnumeration();
        while (elements->hasMoreElements()) {
            const Any element = elements->nextElement();
            Reference<text::XTextTable> table(element, UNO_QUERY);
            if (table.is()) {
                readTable(table);
                ++stretch_;
            } else {
                readParagraph(element, inTable);
            }
        }
    }

    void readTable(const Reference<text::XTextTable> &table) {
        for (const OUString &name : cellNames(table)) {
            Reference<container::XEnumerationAccess> cellText(table->getCellByName(name),
                                                              UNO_QUERY);
            if (cellText.is())
                walk(cellText, true);
        }
    }

    void readParagraph(const Any &element, bool inTable) {
        Reference<beans::XPropertySet> props(element, UNO_QUERY);
        Reference<container::XEnumerationAccess> portionAccess(element, UNO_QUERY);
        if (!props.is() || !portionAccess.is())
            return; // not a paragraph (no other kind of content is enumerated in a text)
        Paragraph paragraph;
        paragraph.inTable = inTable;

        // Two single reads beat one getPropertyValues: that needs an XMultiPropertySet query
        // and a sequence (measured on 5,000 paragraphs: 1.08x against 1.20x the bare walk).
        OUString styleName, listLabel;
        props->getPropertyValue("ParaStyleName") >>= styleName;
        props->getPropertyValue("ListLabelString") >>= listLabel;
        const StyleNames &names = styleNames(styleName);
        paragraph.style = names.name;
        paragraph.styleDisplay = names.display;
        if (!listLabel.isEmpty())
            paragraph.listLabel = toUtf8(listLabel);

        std::size_t runSerial = openSerial();
        bool runStarted = false;
        bool objects = false;
        std::size_t length = 0; // UTF-16 units of the model's text so far
        std::vector<ReadDocument::Shift> shifts;
        std::vector<std::size_t> openAnnotations; // shifts of comments not yet closed here
        Reference<container::XEnumeration> portions = portionAccess->createEnumeration();
        while (portions->hasMoreElements()) {
            Reference<text::XTextRange> portion;
            portions->nextElement() >>= portion;
            Reference<beans::XPropertySet> portionProps(portion, UNO_QUERY);
            if (!portionProps.is())
                continue;
            OUString type;
            portionProps->getPropertyValue("TextPortionType") >>= type;
            if (type == "Text" || type == "TextField") {
                const OUString piece = portion->getString();
                if (type == "TextField") {
                    // Writer counts the field as one character, the model its shown text.
                    objects = true;
                    shifts.push_back({length + static_cast<std::size_t>(piece.getLength()),
                                      1 - static_cast<long>(piece.getLength()), false});
                }
                if (piece.isEmpty())
                    continue;
                const std::size_t serial = openSerial();
                if (!runStarted || serial != runSerial) {
                    Run run;
                    if (!open_.empty())
                        run.change = open_.back().change;
                    paragraph.runs.push_back(std::move(run));
                    runSerial = serial;
                    runStarted = true;
                }
                appendUtf8(paragraph.runs.back().text, piece);
                length += static_cast<std::size_t>(piece.getLength());
            } else if (type == "Redline") {
                readRedline(portionProps);
            } else if (type == "Footnote") {
                objects = true;
                shifts.push_back({length, 1, true}); // its anchor; the model leaves out its label
            } else if (type == "Annotation") {
                objects = true;
                openAnnotations.push_back(shifts.size());
                shifts.push_back({length, 1, true}); // a comment without range has one anchor
            } else if (type == "AnnotationEnd") {
                // A comment with a range: its anchor character is at the end, none at the start.
                objects = true;
                if (!openAnnotations.empty()) {
                    shifts[openAnnotations.back()].delta = 0;
                    openAnnotations.pop_back();
                }
                shifts.push_back({length, 1, true});
            } else if (type == "Frame") {
                objects = true;
                if (anchoredAsCharacter(portion))
                    shifts.push_back({length, 1, true});
            } else if (type != "Bookmark" && type != "SoftPageBreak" && type != "ReferenceMark" &&
                       type != "DocumentIndexMark" && type != "Ruby") {
                objects = true; // metadata, content controls, ...: kept away from rewrites
            }
        }
        if (!open_.empty())
            paragraph.mark = open_.back().change;

        shifts.erase(std::remove_if(shifts.begin(), shifts.end(),
                                    [](const ReadDocument::Shift &s) { return s.delta == 0; }),
                     shifts.end());
        if (!shifts.empty())
            out_.shifts.emplace(out_.model.paragraphs.size(), std::move(shifts));
        out_.model.paragraphs.push_back(std::move(paragraph));
        out_.paragraphProperties.push_back(std::move(props));
        out_.stretch.push_back(stretch_);
        out_.holdsObjects.push_back(objects);
        if (progress_ && out_.stretch.size() % 256 == 0)
            progress_->at(out_.stretch.size(), std::max(expected_, out_.stretch.size()));
    }

    // A frame or image in the text's flow takes a character; one anchored to a character or
    // the paragraph takes none.
    static bool anchoredAsCharacter(const Reference<text::XTextRange> &portion) {
        try {
            Reference<container::XContentEnumerationAccess> access(portion, UNO_QUERY);
            if (!access.is())
                return false;
            Reference<container::XEnumeration> contents =
                access->createContentEnumeration("com.sun.star.text.TextContent");
            while (contents.is() && contents->hasMoreElements()) {
                Reference<beans::XPropertySet> content(contents->nextElement(), UNO_QUERY);
                text::TextContentAnchorType anchor;
                if (content.is() && (content->getPropertyValue("AnchorType") >>= anchor))
                    return anchor == text::TextContentAnchorType_AS_CHARACTER;
            }
        } catch (const css::uno::Exception &) {
        }
        return false;
    }

    // Opens or closes an insertion or deletion; format-only and table redlines say nothing
    // about text and are ignored, as are collapsed ones (they cover no character). Redline
    // portions answer their own properties only one by one (getPropertyValues gives void for
    // RedlineType, RedlineAuthor, ...), so an end portion reads just what closing needs.
    void readRedline(const Reference<beans::XPropertySet> &props) {
        bool isStart = false;
        props->getPropertyValue("IsStart") >>= isStart;
        OUString id;
        if (!isStart) {
            if (open_.empty())
                return;
            props->getPropertyValue("RedlineIdentifier") >>= id;
            for (auto it = open_.rbegin(); it != open_.rend(); ++it)
                if (it->id == id) {
                    open_.erase(std::next(it).base());
                    break;
                }
            return;
        }
        OUString redlineType;
        props->getPropertyValue("RedlineType") >>= redlineType;
        ChangeKind kind;
        if (redlineType == "Insert")
            kind = ChangeKind::Insertion;
        else if (redlineType == "Delete")
            kind = ChangeKind::Deletion;
        else
            return;
        bool isCollapsed = false;
        props->getPropertyValue("IsCollapsed") >>= isCollapsed;
        if (isCollapsed)
            return;
        props->getPropertyValue("RedlineIdentifier") >>= id;
        OpenChange change;
        change.id = id;
        change.change.kind = kind;
        OUString author;
        props->getPropertyValue("RedlineAuthor") >>= author;
        change.change.author = toUtf8(author);
        css::util::DateTime date;
        if (props->getPropertyValue("RedlineDateTime") >>= date)
            change.change.date = isoDateTime(date);
        change.serial = ++serialCounter_;
        open_.push_back(std::move(change));
    }

    std::size_t openSerial() const { return open_.empty() ? 0 : open_.back().serial; }

    const StyleNames &styleNames(const OUString &styleName) {
        auto found = styleCache_.find(styleName);
        if (found != styleCache_.end())
            return found->second;
        StyleNames names;
        names.name = toUtf8(styleName);
        names.display = names.name;
        try {
            Reference<beans::XPropertySet> style;
            if (paragraphStyles_.is() && paragraphStyles_->hasByName(styleName) &&
                (paragraphStyles_->getByName(styleName) >>= style) && style.is()) {
                OUString display;
                if (style->getPropertyValue("DisplayName") >>= display)
                    names.display = toUtf8(display);
            }
        } catch (const css::uno::Exception &) {
            // A style that cannot tell its display name is still read under its own name.
        }
        return styleCache_.emplace(styleName, std::move(names)).first->second;
    }

    ReadDocument out_;
    Reference<text::XTextDocument> document_;
    Reference<container::XNameAccess> paragraphStyles_;
    std::unordered_map<OUString, StyleNames, OUStringHash> styleCache_;
    std::vector<OpenChange> open_;
    std::size_t serialCounter_ = 0;
    std::uint32_t stretch_ = 0;
    Progress *progress_ = nullptr;
    std::size_t expected_ = 0;
};

std::size_t bareWalkText(const Reference<container::XEnumerationAccess> &textAccess) {
    std::size_t characters = 0;
    Reference<container::XEnumeration> elements = textAccess->createEnumeration();
    while (elements->hasMoreElements()) {
        const Any element = elements->nextElement();
        Reference<text::XTextTable> table(element, UNO_QUERY);
        if (table.is()) {
            for (const OUString &name : cellNames(table)) {
                Reference<container::XEnumerationAccess> cell(table->getCellByName(name),
                                                              UNO_QUERY);
                if (cell.is())
                    characters += bareWalkText(cell);
            }
            continue;
        }
        Reference<beans::XPropertySet> paragraph(element, UNO_QUERY);
        Reference<container::XEnumerationAccess> portionAccess(element, UNO_QUERY);
        if (!paragraph.is() || !portionAccess.is())
            continue;
        OUString style;
        paragraph->getPropertyValue("ParaStyleName") >>= style;
        characters += static_cast<std::size_t>(style.getLength());
        Reference<container::XEnumeration> portions = portionAccess->createEnumeration();
        while (portions->hasMoreElements()) {
            Reference<text::XTextRange> portion;
            portions->nextElement() >>= portion;
            Reference<beans::XPropertySet> props(portion, UNO_QUERY);
            if (!props.is())
                continue;
            OUString type;
            props->getPropertyValue("TextPortionType") >>= type;
            if (type == "Text")
                characters += static_cast<std::size_t>(portion->getString().getLength());
        }
    }
    return characters;
}

} // namespace

std::size_t ReadDocument::writerOffset(std::size_t index, std::size_t offset, bool rangeEnd) const {
    const auto found = shifts.find(index);
    if (found == shifts.end())
        return offset;
    long delta = 0;
    for (const Shift &s : found->second)
        if (s.at < offset || (s.at == offset && !(rangeEnd && s.anchor)))
            delta += s.delta;
    return static_cast<std::size_t>(std::max(0L, static_cast<long>(offset) + delta));
}

bool ReadDocument::oneStretch(std::size_t first, std::size_t last) const {
    return first <= last && last < stretch.size() && stretch[first] == stretch[last];
}

Reference<text::XTextRange> ReadDocument::paragraphRange(std::size_t index) const {
    return Reference<text::XTextRange>(paragraphProperties.at(index), UNO_QUERY_THROW);
}

ReadDocument readDocument(const Reference<text::XTextDocument> &document, Progress *progress) {
    const Reference<text::XText> body = mainText(document);
    return Reader(document, progress).read(body);
}

std::size_t bareWalk(const Reference<text::XTextDocument> &document) {
    const Reference<text::XText> body = mainText(document);
    return bareWalkText(Reference<container::XEnumerationAccess>(body, UNO_QUERY_THROW));
}

} // namespace pa::uno
