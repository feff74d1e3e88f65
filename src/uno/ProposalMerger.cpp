// Merge Proposals in the office: contributions and base read in-process, merged by the core
// (merge/Merge.hpp), then each plan written into its document in one go: the whole text set
// once, the document read back once, styles, tracked changes and comments put on by offset.
#include "ProposalMerger.hpp"

#include "BaseLibrary.hpp"
#include "BlockWriter.hpp"
#include "DocumentReader.hpp"
#include "EditSession.hpp"
#include "LongText.hpp"
#include "StyleWriter.hpp"
#include "UnoStrings.hpp"
#include "markup/Markup.hpp"
#include "merge/Merge.hpp"
#include "merge/MergeReport.hpp"
#include "office/Cursors.hpp"
#include "office/EditGuards.hpp"
#include "office/Properties.hpp"
#include "proposals/BaseLookup.hpp"
#include "report/Timing.hpp"
#include "settings/RequestSettings.hpp"
#include "styles/ItuStyles.hpp"
#include "text/Text.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/WritingMode2.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <cppuhelper/supportsservice.hxx>
#include <nlohmann/json.hpp>

#include <ctime>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno {
namespace {

using edit::refuse;

// A paragraph's style: an ITU style (created when the document lacks it), else an existing one.
void setStyle(const Reference<css::beans::XPropertySet> &paragraph, const std::string &style,
              StyleWriter &itu) {
    if (const OUString target = itu.target(style); !target.isEmpty())
        paragraph->setPropertyValue("ParaStyleName", Any(target));
}

// Right to left as the sources' Arabic paragraphs are (Word writes w:bidi on each paragraph);
// a left-to-right text keeps the style's direction.
void setDirection(const Reference<css::beans::XPropertySet> &paragraph, bool rightToLeft) {
    if (rightToLeft)
        paragraph->setPropertyValue("WritingMode", Any(css::text::WritingMode2::RL_TB));
}

constexpr const char *kCommentAuthor = "Proposal Assistant";

// The merged draft replaces the document's text: one setString, one read back to find the
// paragraphs, then styles, tracked changes and comments by offset (comments last and from
// the end, since each adds an anchor character).
void writeMerged(const Reference<css::text::XTextDocument> &document,
                 const merge::MergeResult &plan) {
    office::UndoContext undo(document, "Merge Proposals");
    office::ControllerLock lock(document);
    office::ChangeRecording recording(document, false);
    const Reference<css::text::XText> text = document->getText();
    std::string joined;
    std::vector<std::string> marked;
    for (const Paragraph &p : plan.paragraphs) {
        marked.push_back(p.text(View::Marked));
        joined += (marked.size() == 1 ? "" : "\r") + marked.back();
    }
    text->setString(OUString()); // tables and sections go too
    setLongString(text->createTextCursor(), toOUString(joined));

    const ReadDocument read = readDocument(document);
    if (read.model.paragraphs.size() != plan.paragraphs.size())
        throw css::uno::RuntimeException(
            toOUString("the merged draft has " + std::to_string(read.model.paragraphs.size()) +
                       " paragraphs after writing, not " + std::to_string(plan.paragraphs.size())),
            Reference<css::uno::XInterface>());
    StyleWriter itu(document);
    itu.setRightToLeft(plan.rightToLeft);
    std::vector<Reference<css::text::XTextRange>> starts;
    for (std::size_t i = 0; i < plan.paragraphs.size(); ++i) {
        if (read.model.paragraphs[i].text(View::Marked) != marked[i])
            throw css::uno::RuntimeException(
                toOUString("paragraph " + std::to_string(i + 1) +
                           " of the merged draft was not written as planned"),
                Reference<css::uno::XInterface>());
        setStyle(read.paragraphProperties[i], plan.paragraphs[i].style, itu);
        setDirection(read.paragraphProperties[i], plan.rightToLeft);
        starts.push_back(read.paragraphRange(i)->getStart());
    }
    edit::markSpans(
        text, [&](std::size_t i) { return starts[i]; }, markup::redlineSpans(plan.paragraphs));
    const css::util::DateTime date = office::utcNow();
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    for (auto it = plan.comments.rbegin(); it != plan.comments.rend(); ++it) {
        Reference<css::beans::XPropertySet> field(
            factory->createInstance("com.sun.star.text.textfield.Annotation"), UNO_QUERY_THROW);
        field->setPropertyValue("Author", Any(OUString::createFromAscii(kCommentAuthor)));
        field->setPropertyValue("Content", Any(toOUString(it->text)));
        field->setPropertyValue("DateTimeValue", Any(date));
        Reference<css::text::XTextCursor> c = text->createTextCursorByRange(starts[it->paragraph]);
        office::moveRight(c, it->start, false);
        office::moveRight(c, it->length, true);
        // With a selection, the comment covers those words (absorb keeps them: an annotation
        // range, not a replacement).
        text->insertTextContent(Reference<css::text::XTextRange>(c, UNO_QUERY_THROW),
                                Reference<css::text::XTextContent>(field, UNO_QUERY_THROW),
                                it->length > 0);
    }
}

// Landscape pages for a table of many columns.
void landscape(const Reference<css::text::XTextDocument> &document) {
    Reference<css::style::XStyleFamiliesSupplier> supplier(document, UNO_QUERY_THROW);
    Reference<css::container::XNameAccess> pages(
        supplier->getStyleFamilies()->getByName("PageStyles"), UNO_QUERY_THROW);
    if (!pages->hasByName("Standard"))
        return;
    Reference<css::beans::XPropertySet> page(pages->getByName("Standard"), UNO_QUERY_THROW);
    bool isLandscape = false;
    page->getPropertyValue("IsLandscape") >>= isLandscape;
    if (isLandscape)
        return;
    sal_Int32 width = 0, height = 0;
    page->getPropertyValue("Width") >>= width;
    page->getPropertyValue("Height") >>= height;
    page->setPropertyValue("IsLandscape", Any(true));
    page->setPropertyValue("Width", Any(std::max(width, height)));
    page->setPropertyValue("Height", Any(std::min(width, height)));
}

// The synoptic table replaces the document's text: a heading line, then a table of one header
// row (Base, each source) and one row per paragraph, each source's cell showing its changes
// as tracked changes whose author is the source.
void writeSynoptic(const Reference<css::text::XTextDocument> &document,
                   const merge::MergeResult &plan) {
    office::UndoContext undo(document, "Merge Proposals: synoptic table");
    office::ControllerLock lock(document);
    office::ChangeRecording recording(document, false);
    const merge::Synoptic &table = plan.synoptic;
    const Reference<css::text::XText> text = document->getText();
    text->setString(toOUString(table.heading));
    setDirection(Reference<css::beans::XPropertySet>(text->createTextCursor(), UNO_QUERY_THROW),
                 plan.rightToLeft);
    if (table.header.size() > 3)
        landscape(document);
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    Reference<css::text::XTextTable> grid(factory->createInstance("com.sun.star.text.TextTable"),
                                          UNO_QUERY_THROW);
    grid->initialize(static_cast<sal_Int32>(table.rows.size() + 1),
                     static_cast<sal_Int32>(table.header.size()));
    text->insertTextContent(text->getEnd(),
                            Reference<css::text::XTextContent>(grid, UNO_QUERY_THROW), false);
    Reference<css::beans::XPropertySet>(grid, UNO_QUERY_THROW)
        ->setPropertyValue("RepeatHeadline", Any(true));
    Reference<css::table::XCellRange> cells(grid, UNO_QUERY_THROW);
    StyleWriter itu(document);
    itu.setRightToLeft(plan.rightToLeft);
    auto cellText = [&](std::size_t column, std::size_t row) {
        return Reference<css::text::XText>(
            cells->getCellByPosition(static_cast<sal_Int32>(column), static_cast<sal_Int32>(row)),
            UNO_QUERY_THROW);
    };
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        const Reference<css::text::XText> cell = cellText(c, 0);
        cell->setString(toOUString(table.header[c]));
        Reference<css::text::XTextCursor> all = cell->createTextCursor();
        all->gotoEnd(true);
        Reference<css::beans::XPropertySet>(all, UNO_QUERY_THROW)
            ->setPropertyValue("CharWeight", Any(float(150))); // css::awt::FontWeight::BOLD
        setDirection(Reference<css::beans::XPropertySet>(all, UNO_QUERY_THROW), plan.rightToLeft);
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        for (std::size_t c = 0; c < table.rows[r].cells.size(); ++c) {
            const Paragraph &p = table.rows[r].cells[c];
            const Reference<css::text::XText> cell = cellText(c, r + 1);
            cell->setString(toOUString(p.text(View::Marked)));
            Reference<css::text::XTextCursor> all = cell->createTextCursor();
            all->gotoEnd(true);
            setStyle(Reference<css::beans::XPropertySet>(all, UNO_QUERY_THROW), p.style, itu);
            setDirection(Reference<css::beans::XPropertySet>(all, UNO_QUERY_THROW),
                         plan.rightToLeft);
            edit::markSpans(
                cell, [&](std::size_t) { return cell->getStart(); }, markup::redlineSpans({p}));
        }
}

} // namespace

ProposalMerger::ProposalMerger(const Reference<css::uno::XComponentContext> &context)
    : context_(context) {}

OUString ProposalMerger::merge(const Reference<css::text::XTextDocument> &merged,
                               const Reference<css::text::XTextDocument> &synoptic,
                               const Sequence<OUString> &contributions,
                               const Sequence<OUString> &baseFiles, const OUString &settingsJson) {
    try {
        if (!merged.is())
            refuse("No document to write the merged draft into.");
        settings::RequestSettings settings;
        try {
            settings = settings::parseRequestSettings(toUtf8(settingsJson));
        } catch (const settings::SettingsError &e) {
            refuse(e.what());
        }
        const std::string number = text::normalize(settings.resolution.value_or(""));
        if (number.empty())
            refuse("Name the resolution whose proposals to merge (\"resolution\": \"11\").");
        if (contributions.getLength() == 0)
            refuse("No contribution to merge: name the contributions that propose on Resolution " +
                   number + ".");
        if (baseFiles.getLength() == 0)
            refuse(std::string(kNoBaseFileChosen));

        Clock::time_point t = Clock::now();
        BaseLibrary library(context_);
        std::vector<BaseProblem> problems;
        const BaseText &base = library.load(office::toUtf8(baseFiles), problems);
        if (!problems.empty())
            refuse(describeBaseProblems(problems));
        const proposals::BaseLookup found = proposals::lookupBase(base, number);
        if (!found.resolution)
            refuse(found.refusal);
        const BaseResolution *resolution = found.resolution;

        std::vector<merge::Source> sources;
        std::vector<merge::Skipped> skipped;
        for (const OUString &c : contributions) {
            const std::string file = toUtf8(c);
            try {
                const ReadFile read = readTextFile(context_, file);
                std::string why;
                if (auto found =
                        merge::findSource(read.document, read.recognition, number, file, why))
                    sources.push_back(std::move(*found));
                else
                    skipped.push_back({file, why});
            } catch (const std::runtime_error &e) {
                skipped.push_back({file, e.what()});
            }
        }
        if (sources.empty()) {
            // One line per file, as in the report, so that each is written in the UI language.
            std::string message =
                "None of the contributions has a MOD, SUP or NOC of Resolution " + number + ".";
            for (const merge::Skipped &s : skipped)
                message += "\nskipped " + s.file + ": " + s.reason;
            refuse(message);
        }
        const double readMs = millisecondsSince(t);

        t = Clock::now();
        merge::MergeResult result;
        try {
            result = merge::merge(*resolution, sources);
        } catch (const merge::MergeRefused &e) {
            refuse(e.what());
        }
        const double mergeMs = millisecondsSince(t);

        t = Clock::now();
        writeMerged(merged, result);
        const double writeMs = millisecondsSince(t);
        double synopticMs = 0;
        if (synoptic.is()) {
            t = Clock::now();
            writeSynoptic(synoptic, result);
            synopticMs = millisecondsSince(t);
        }
        nlohmann::ordered_json summary = merge::mergeJson(resolution->number, result, skipped);
        summary["timings"] = {{"readMs", readMs},
                              {"mergeMs", mergeMs},
                              {"writeMs", writeMs},
                              {"synopticMs", synopticMs}};
        return toOUString(summary.dump());
    } catch (...) {
        rethrowAsUno("ProposalMerger.merge", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalMerger::getImplementationName() {
    return OUString::createFromAscii(kMergerImplementation);
}

sal_Bool ProposalMerger::supportsService(const OUString &name) {
    return cppu::supportsService(this, name);
}

Sequence<OUString> ProposalMerger::getSupportedServiceNames() {
    Sequence<OUString> names(1);
    names[0] = OUString::createFromAscii(kMergerService);
    return names;
}

} // namespace pa::uno
