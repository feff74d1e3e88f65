// Writes proposals into Writer: paragraphs replaced by one setString, styled, then tracked
// changes made with XRedline::makeRedline as markup/Markup.hpp describes; one undo step each.
#include "ProposalEditor.hpp"
#include "report/Timing.hpp"

#include "BaseLibrary.hpp"
#include "ContributionSettings.hpp"
#include "DocumentReader.hpp"
#include "FindingActions.hpp"
#include "LongText.hpp"
#include "MarkupWriter.hpp"
#include "Progress.hpp"
#include "StyleWriter.hpp"
#include "UnoStrings.hpp"
#include "lexicon/Assemblies.hpp"
#include "lexicon/Lexicon.hpp"
#include "markup/Markup.hpp"
#include "numbering/DraftTags.hpp"
#include "numbering/ProposalMentions.hpp"
#include "recognition/Language.hpp"
#include "recognition/Recognizer.hpp"
#include "revision/RevisionLines.hpp"
#include "styles/ItuStyles.hpp"
#include "text/Text.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XRedline.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/supportsservice.hxx>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <map>
#include <optional>
#include <unordered_map>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno {
namespace {

[[noreturn]] void refuse(const std::string &message) {
    throw css::lang::IllegalArgumentException(toOUString(message),
                                              Reference<css::uno::XInterface>(), 0);
}

// The settings one command uses: the caller's JSON over the document's contribution
// settings, over what the document's own proposal lines say.
struct EditSettings {
    std::string source, document, addendum, assembly, author, language;
    std::string number; // the resolution a text without number line is (Mark Up only)
    std::string prefix() const {
        return source + "/" + document + (addendum.empty() ? "" : "A" + addendum);
    }
};

std::string userName(const Reference<css::uno::XComponentContext> &context) {
    try {
        Reference<css::lang::XMultiServiceFactory> provider(
            context->getServiceManager()->createInstanceWithContext(
                "com.sun.star.configuration.ConfigurationProvider", context),
            UNO_QUERY_THROW);
        css::beans::PropertyValue path;
        path.Name = "nodepath";
        path.Value <<= OUString("/org.openoffice.UserProfile/Data");
        Sequence<Any> args(1);
        args[0] <<= path;
        Reference<css::container::XNameAccess> data(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  args),
            UNO_QUERY_THROW);
        OUString given, surname;
        data->getByName("givenname") >>= given;
        data->getByName("sn") >>= surname;
        const std::string name = text::normalize(toUtf8(given) + " " + toUtf8(surname));
        if (!name.empty())
            return name;
    } catch (const css::uno::Exception &) {
        // No user profile data: the changes carry the extension's name instead.
    }
    return "Proposal Assistant";
}

EditSettings editSettings(const Reference<css::uno::XComponentContext> &context,
                          const Reference<css::text::XTextDocument> &document,
                          const OUString &settingsJson, const Document &model,
                          const Recognition &recognition) {
    const Structure &structure = recognition.structure;
    nlohmann::json given = nlohmann::json::object();
    if (!settingsJson.isEmpty()) {
        try {
            given = nlohmann::json::parse(toUtf8(settingsJson));
        } catch (const nlohmann::json::exception &e) {
            refuse(std::string("The settings are not valid JSON: ") + e.what());
        }
        if (!given.is_object())
            refuse("The settings must be a JSON object");
    }
    const ContributionSettings stored =
        readContributionSettings(Reference<css::frame::XModel>(document, UNO_QUERY));
    std::optional<ProposalNumber> existing;
    for (const Proposal &p : structure.proposals)
        if (p.number) {
            existing = p.number;
            break;
        }
    auto pick = [&](const char *key, const std::string &fromDocument,
                    const std::string &fromProposals) {
        if (given.contains(key) && given[key].is_string())
            return given[key].get<std::string>();
        return !fromDocument.empty() ? fromDocument : fromProposals;
    };
    EditSettings s;
    s.source = pick("source", stored.source, existing ? existing->source : "");
    s.document = pick("document", stored.document, existing ? existing->document : "");
    s.addendum = pick("addendum", stored.addendum, existing ? existing->addendum : "");
    s.assembly = pick("assembly", stored.assembly, "");
    // Without a language setting, the document's own words tell it (English when none do).
    s.language = pick("language", stored.language, documentLanguage(model, recognition).language);
    s.author = pick("author", "", "");
    s.number = pick("number", "", "");
    if (s.source.empty())
        s.source = "XX"; // the placeholder a draft carries until the delegation is named
    if (s.document.empty())
        s.document = "XX";
    if (s.author.empty())
        s.author = userName(context);
    return s;
}

std::vector<std::string> files(const Sequence<OUString> &baseFiles) {
    std::vector<std::string> out;
    for (const OUString &f : baseFiles)
        out.push_back(toUtf8(f));
    return out;
}

// The base text, or a refusal that names every file that gave nothing.
const BaseText &loadBase(BaseLibrary &library, const Sequence<OUString> &baseFiles) {
    if (baseFiles.getLength() == 0)
        refuse("No base file is chosen: name the base documents that hold the resolutions in "
               "force.");
    std::vector<BaseProblem> problems;
    const BaseText &base = library.load(files(baseFiles), problems);
    if (!problems.empty()) {
        std::string message;
        for (const BaseProblem &p : problems)
            message += (message.empty() ? "" : "\n") + std::string("Base file ") + p.file + ": " +
                       p.reason;
        refuse(message);
    }
    return base;
}

const BaseResolution &findBase(const BaseText &base, const std::string &number) {
    const std::string wanted = text::normalize(number);
    if (const BaseResolution *found = base.find(wanted))
        return *found;
    refuse("Resolution " + wanted + " is not in the base text (it holds " +
           std::to_string(base.resolutions().size()) + " resolution" +
           (base.resolutions().size() == 1 ? "" : "s") + ").");
}

// "Reasons:" in the document's language, as the lexicon spells it.
std::string reasonsLabel(const std::string &language) {
    return lexiconFor(language).reasonsLabel();
}

css::util::DateTime now() {
    const std::time_t t = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&t, &utc);
    css::util::DateTime dt;
    dt.Year = static_cast<sal_Int16>(utc.tm_year + 1900);
    dt.Month = static_cast<sal_uInt16>(utc.tm_mon + 1);
    dt.Day = static_cast<sal_uInt16>(utc.tm_mday);
    dt.Hours = static_cast<sal_uInt16>(utc.tm_hour);
    dt.Minutes = static_cast<sal_uInt16>(utc.tm_min);
    dt.Seconds = static_cast<sal_uInt16>(utc.tm_sec);
    dt.IsUTC = true;
    return dt;
}

// One undo step for the whole edit; when the edit fails, what it did so far is undone, so
// the document is left as it was.
class UndoStep {
  public:
    UndoStep(const Reference<css::text::XTextDocument> &document, const OUString &title)
        : title_(title) {
        Reference<css::document::XUndoManagerSupplier> supplier(document, UNO_QUERY);
        if (supplier.is())
            manager_ = supplier->getUndoManager();
        if (manager_.is())
            manager_->enterUndoContext(title);
        model_.set(document, UNO_QUERY);
        if (model_.is())
            model_->lockControllers();
        properties_.set(document, UNO_QUERY);
        if (properties_.is())
            properties_->getPropertyValue("RecordChanges") >>= recording_;
    }
    void done() { done_ = true; }
    ~UndoStep() {
        try {
            if (model_.is())
                model_->unlockControllers();
            if (!done_ && properties_.is())
                properties_->setPropertyValue("RecordChanges", Any(recording_));
            if (!manager_.is())
                return;
            manager_->leaveUndoContext();
            // Only our own step is undone: an empty context leaves no step behind.
            if (!done_ && manager_->isUndoPossible() &&
                manager_->getCurrentUndoActionTitle() == title_)
                manager_->undo();
        } catch (...) {
        }
    }
    UndoStep(const UndoStep &) = delete;
    UndoStep &operator=(const UndoStep &) = delete;

  private:
    OUString title_;
    Reference<css::document::XUndoManager> manager_;
    Reference<css::frame::XModel> model_;
    Reference<css::beans::XPropertySet> properties_;
    bool recording_ = false;
    bool done_ = false;
};

void setRecording(const Reference<css::text::XTextDocument> &document, bool on) {
    Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)
        ->setPropertyValue("RecordChanges", Any(on));
}

bool recording(const Reference<css::text::XTextDocument> &document) {
    bool on = false;
    Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)
        ->getPropertyValue("RecordChanges") >>= on;
    return on;
}

// Paragraphs to write, with the role each will have (for its ITU style).
struct Block {
    std::vector<Paragraph> paragraphs;
    std::vector<Role> roles;
    void add(Paragraph p, Role role) {
        paragraphs.push_back(std::move(p));
        roles.push_back(role);
    }
};

// A written block as it stands in the document: its paragraphs' objects and, when it was
// written after a paragraph, that paragraph's object (Writer splits a paragraph by moving its
// front part to a new node, so the object read before may now name another paragraph).
struct WrittenBlock {
    std::vector<Reference<css::beans::XPropertySet>> paragraphs;
    Reference<css::beans::XPropertySet> before;
};

// Replaces the text from the start of `from` to the end of `to` by the block's paragraphs,
// sets each paragraph's style where the document has it, and puts every tracked run and mark
// under a tracked change. afterParagraph: `from` is the end of a paragraph, and the block
// starts with a paragraph break there. `from` and `to` must lie in one text with no table
// between them: the cursor never crosses a table boundary.
WrittenBlock writeBlock(const Reference<css::text::XTextRange> &from,
                        const Reference<css::text::XTextRange> &to, const Block &block,
                        StyleWriter &ituStyles,
                        const Reference<css::container::XNameAccess> &styles,
                        const std::string &author, bool afterParagraph = false) {
    const Reference<css::text::XText> text = from->getText();
    try {
        if (Reference<css::text::XTextRangeCompare>(text, UNO_QUERY_THROW)
                ->compareRegionStarts(from, to) < 0)
            refuse("The text to replace ends before it starts.");
    } catch (const css::lang::IllegalArgumentException &) {
        refuse("The text to replace is not in one stretch of text (it runs across a table, "
               "frame or section boundary), so it was left as it is.");
    }
    Reference<css::text::XTextCursor> cursor = text->createTextCursorByRange(from->getStart());
    cursor->gotoRange(to->getEnd(), true);
    std::string joined;
    std::vector<std::string> marked;
    for (const Paragraph &p : block.paragraphs) {
        marked.push_back(p.text(View::Marked));
        joined += (marked.size() == 1 && !afterParagraph ? "" : "\r") + marked.back();
    }
    setLongString(cursor, toOUString(joined));

    // The cursor now spans the written text: its paragraphs are the block's (after the one it
    // follows), found without reading the document again.
    WrittenBlock written;
    Reference<css::container::XEnumeration> found =
        Reference<css::container::XEnumerationAccess>(cursor, UNO_QUERY_THROW)->createEnumeration();
    while (found->hasMoreElements()) {
        Reference<css::beans::XPropertySet> paragraph(found->nextElement(), UNO_QUERY);
        if (afterParagraph && !written.before.is())
            written.before = paragraph;
        else
            written.paragraphs.push_back(paragraph);
    }
    bool same = written.paragraphs.size() == block.paragraphs.size();
    for (std::size_t i = 0; same && i < marked.size(); ++i)
        same = written.paragraphs[i].is() &&
               toUtf8(Reference<css::text::XTextRange>(written.paragraphs[i], UNO_QUERY_THROW)
                          ->getString()) == marked[i];
    if (!same)
        throw css::uno::RuntimeException("the written paragraphs were not found where they were "
                                         "written",
                                         Reference<css::uno::XInterface>());
    for (std::size_t i = 0; i < block.paragraphs.size(); ++i) {
        // An ITU style is created when the document lacks it; another style only if present.
        // A paragraph that has its style already is left alone: setting it again would drop
        // the paragraph's own formatting.
        const std::string &style = block.paragraphs[i].style;
        OUString target;
        if (findStyleSpec(style))
            target = ituStyles.resolve(style);
        else if (!style.empty() && styles.is() && styles->hasByName(toOUString(style)))
            target = toOUString(style);
        OUString current;
        if (target.isEmpty() ||
            ((written.paragraphs[i]->getPropertyValue("ParaStyleName") >>= current) &&
             current == target))
            continue;
        written.paragraphs[i]->setPropertyValue("ParaStyleName", Any(target));
    }

    Sequence<css::beans::PropertyValue> redline(2);
    redline[0].Name = "RedlineAuthor";
    redline[0].Value <<= toOUString(author);
    redline[1].Name = "RedlineDateTime";
    redline[1].Value <<= now();
    for (const markup::RedlineSpan &span : markup::redlineSpans(block.paragraphs)) {
        const Reference<css::text::XTextRange> start(written.paragraphs[span.paragraph],
                                                     UNO_QUERY_THROW);
        Reference<css::text::XTextCursor> c = text->createTextCursorByRange(start->getStart());
        moveRight(c, span.start, false);
        moveRight(c, span.length, true);
        if (span.throughParagraphEnd)
            c->goRight(1, true);
        Reference<css::text::XRedline>(c, UNO_QUERY_THROW)
            ->makeRedline(span.kind == ChangeKind::Insertion ? OUString("Insert")
                                                             : OUString("Delete"),
                          redline);
    }
    return written;
}

Reference<css::container::XNameAccess>
paragraphStyles(const Reference<css::text::XTextDocument> &document) {
    Reference<css::style::XStyleFamiliesSupplier> supplier(document, UNO_QUERY_THROW);
    return Reference<css::container::XNameAccess>(
        supplier->getStyleFamilies()->getByName("ParagraphStyles"), UNO_QUERY_THROW);
}

// A written stretch, in the paragraph numbering of the document as it is after all edits.
struct Written {
    std::size_t first = 0;
    std::size_t count = 0;
};

// Paragraphs first..first+count-1 of the reading replaced by a written block (count 0: the
// block was inserted before paragraph `first`).
struct Replacement {
    std::size_t first = 0;
    std::size_t count = 0;
    const Block *block = nullptr;
    WrittenBlock written;
};

// The reading of the document as it is after the replacements (in document order, not
// overlapping), without reading it again: paragraphs not written keep their objects, the
// written ones take the objects the writing found. *written: where each block now stands.
ReadDocument afterEdits(const ReadDocument &read, const std::vector<Replacement> &replacements,
                        std::vector<Written> &written) {
    ReadDocument out;
    const std::size_t size = read.model.paragraphs.size();
    std::size_t next = 0;
    const auto keepUpTo = [&](std::size_t end) {
        for (; next < end && next < size; ++next) {
            if (const auto s = read.shifts.find(next); s != read.shifts.end())
                out.shifts.emplace(out.model.paragraphs.size(), s->second);
            out.model.paragraphs.push_back(read.model.paragraphs[next]);
            out.paragraphProperties.push_back(read.paragraphProperties[next]);
            out.stretch.push_back(read.stretch[next]);
            out.holdsObjects.push_back(read.holdsObjects[next]);
        }
    };
    out.model.paragraphs.reserve(size);
    for (const Replacement &r : replacements) {
        keepUpTo(r.first);
        if (r.written.before.is() && !out.paragraphProperties.empty())
            out.paragraphProperties.back() = r.written.before;
        // The block lies in the text of what it replaced, or of the paragraph it follows.
        const std::size_t host = r.count > 0 ? r.first : r.first - 1;
        written.push_back({out.model.paragraphs.size(), r.block->paragraphs.size()});
        for (std::size_t i = 0; i < r.block->paragraphs.size(); ++i) {
            Paragraph p = r.block->paragraphs[i];
            p.inTable = host < size && read.model.paragraphs[host].inTable;
            out.model.paragraphs.push_back(std::move(p));
            out.paragraphProperties.push_back(r.written.paragraphs[i]);
            out.stretch.push_back(host < size ? read.stretch[host] : 0);
            out.holdsObjects.push_back(false);
        }
        next = r.first + r.count;
    }
    keepUpTo(size);
    return out;
}

// ITU styles for the written paragraphs, created in the document when missing, from the
// recognition of the edited document; nothing outside the written paragraphs is touched.
void styleWritten(StyleWriter &ituStyles, const ReadDocument &edited,
                  const Recognition &recognition, const std::vector<Written> &written) {
    std::unordered_map<std::size_t, const Item *> items;
    for (const Resolution &r : recognition.structure.resolutions)
        for (const Call &call : r.calls)
            for (const Item &item : call.items)
                items.emplace(item.paragraph, &item);
    ReadDocument subset;
    Recognition roles;
    Resolution labels;
    for (const Written &w : written)
        for (std::size_t i = w.first; i < w.first + w.count && i < edited.model.paragraphs.size();
             ++i) {
            if (const auto item = items.find(i); item != items.end()) {
                Call one;
                Item moved = *item->second;
                moved.paragraph = subset.model.paragraphs.size();
                one.items.push_back(moved);
                labels.calls.push_back(one);
            }
            subset.model.paragraphs.push_back(edited.model.paragraphs[i]);
            subset.paragraphProperties.push_back(edited.paragraphProperties[i]);
            roles.roles.push_back(recognition.roles[i]);
        }
    roles.structure.resolutions.push_back(labels);
    ituStyles.apply(subset, roles);
}

// Every proposal line numbered 1..N in document order; a line that does not follow the
// SOURCE/DOC/A pattern (every line, with settingsPrefix) gets the settings' prefix. Mentions of
// a renumbered proposal in the text follow it (counted in *mentions), and `more` edits of other
// paragraphs are applied with them. Works on one reading of the document. Returns the number of
// proposals.
std::size_t numberProposals(const Reference<css::text::XTextDocument> &document,
                            const ReadDocument &read, const Recognition &recognition,
                            const EditSettings &settings, bool settingsPrefix = false,
                            std::size_t *mentions = nullptr, std::vector<TextEdit> more = {}) {
    std::size_t seq = 0;
    std::vector<std::size_t> headers;
    std::vector<std::pair<std::string, std::string>> renamed;
    for (const Proposal &p : recognition.structure.proposals) {
        ++seq;
        headers.push_back(p.header);
        const std::string wanted =
            (p.number && !settingsPrefix ? p.number->prefix() : settings.prefix()) + "/" +
            std::to_string(seq);
        if (p.numberText == wanted)
            continue;
        const Paragraph &line = read.model.paragraphs[p.header];
        if (line.hasTrackedChanges())
            continue; // the author's own tracked edit of the line is left for them to settle
        if (read.holdsObjects[p.header])
            continue; // rewriting the line would lose its footnote, field or frame
        if (p.number)
            renamed.emplace_back(p.numberText, wanted);
        const std::string symbol = p.symbol.empty() ? "MOD" : p.symbol;
        read.paragraphRange(p.header)->setString(toOUString(symbol + "\t" + wanted));
    }
    // Only the proposal lines changed, so the other paragraphs' offsets as read still hold.
    std::vector<TextEdit> edits = proposalMentionEdits(read.model, headers, renamed);
    if (mentions)
        *mentions = edits.size();
    edits.insert(edits.end(), std::make_move_iterator(more.begin()),
                 std::make_move_iterator(more.end()));
    applyEdits(document, read, std::move(edits));
    return seq;
}

// The view cursor's position, as the start of a range in the main text.
Reference<css::text::XTextRange> viewCursor(const Reference<css::text::XTextDocument> &document) {
    Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursorSupplier> supplier(model->getCurrentController(),
                                                           UNO_QUERY);
    if (!supplier.is())
        refuse("The document has no window, so there is no cursor to work at.");
    return supplier->getViewCursor()->getStart();
}

// The index of the main-text paragraph that holds the cursor; nullopt when the cursor is in a
// table, a frame, a header or footer.
std::optional<std::size_t> cursorParagraph(const Reference<css::text::XTextDocument> &document,
                                           const ReadDocument &read) {
    const Reference<css::text::XTextRange> cursor = viewCursor(document);
    Reference<css::text::XTextRangeCompare> compare(document->getText(), UNO_QUERY_THROW);
    std::vector<std::size_t> main;
    for (std::size_t i = 0; i < read.model.paragraphs.size(); ++i)
        if (!read.model.paragraphs[i].inTable)
            main.push_back(i);
    // Largest paragraph whose start is not after the cursor.
    std::size_t lo = 0, hi = main.size();
    try {
        while (lo < hi) {
            const std::size_t mid = (lo + hi) / 2;
            if (compare->compareRegionStarts(read.paragraphRange(main[mid]), cursor) >= 0)
                lo = mid + 1;
            else
                hi = mid;
        }
    } catch (const css::lang::IllegalArgumentException &) {
        return std::nullopt; // the cursor is not in the main text
    }
    if (lo == 0)
        return std::nullopt;
    return main[lo - 1];
}

// Where a new proposal goes: the cursor's paragraph when it is empty, else after it; after the
// proposal the cursor is in, if any.
struct InsertionPoint {
    Reference<css::text::XTextRange> range; // the empty paragraph, or the end of the cursor's
    std::size_t index = 0;                  // the first written paragraph's index
    bool afterParagraph = false;
};

InsertionPoint insertionPoint(const Reference<css::text::XTextDocument> &document,
                              const ReadDocument &read, const Structure &structure) {
    const std::optional<std::size_t> at = cursorParagraph(document, read);
    if (!at)
        refuse("Put the cursor in the body text, where the proposal should go (not in a table, "
               "frame, header or footer).");
    // Inside a proposal (its line, its resolution, its Reasons) the new one goes after that
    // proposal, never into the middle of its resolution.
    for (const Proposal &p : structure.proposals) {
        const std::size_t last = std::max(p.last, p.reasons.value_or(p.last));
        if (p.header <= *at && *at <= last && last < read.model.paragraphs.size())
            return {read.paragraphRange(last)->getEnd(), last + 1, true};
    }
    const Reference<css::text::XTextRange> paragraph = read.paragraphRange(*at);
    if (read.model.paragraphs[*at].text(View::Marked).empty())
        return {paragraph, *at, false};
    return {paragraph->getEnd(), *at + 1, true};
}

// The start of each written paragraph.
std::vector<Reference<css::text::XTextRange>> rangesOf(const WrittenBlock &written) {
    std::vector<Reference<css::text::XTextRange>> starts;
    for (const auto &p : written.paragraphs)
        starts.push_back(Reference<css::text::XTextRange>(p, UNO_QUERY_THROW)->getStart());
    return starts;
}

// After a block is written at the insertion point: ITU styles for it and the proposals
// numbered, from the one reading made before writing. Returns the number of proposals.
std::size_t styleAndNumber(const Reference<css::text::XTextDocument> &document,
                           const ReadDocument &read, const InsertionPoint &point,
                           const Block &block, const WrittenBlock &written, StyleWriter &ituStyles,
                           const EditSettings &settings) {
    std::vector<Written> where;
    const ReadDocument edited =
        afterEdits(read, {{point.index, point.afterParagraph ? 0u : 1u, &block, written}}, where);
    const Recognition recognition = recognize(edited.model);
    styleWritten(ituStyles, edited, recognition, where);
    return numberProposals(document, edited, recognition, settings);
}

Paragraph line(const std::string &text, const std::string &style) {
    return plainParagraph(text, style);
}

nlohmann::json proposalSummary(const std::string &symbol, const std::string &number,
                               const markup::MarkupResult *result, std::size_t proposals) {
    nlohmann::json out = {{"symbol", symbol}, {"number", number}, {"proposals", proposals}};
    if (result) {
        out["insertions"] = result->insertions;
        out["deletions"] = result->deletions;
    }
    return out;
}

} // namespace

ProposalEditor::ProposalEditor(const Reference<css::uno::XComponentContext> &context)
    : context_(context) {}

OUString ProposalEditor::listBaseResolutions(const Sequence<OUString> &baseFiles) {
    try {
        BaseLibrary library(context_);
        std::vector<BaseProblem> problems;
        const BaseText &base = library.load(files(baseFiles), problems);
        nlohmann::json out = {{"resolutions", nlohmann::json::array()},
                              {"problems", nlohmann::json::array()}};
        std::vector<const BaseResolution *> all;
        for (const auto &[number, resolution] : base.resolutions())
            all.push_back(&resolution);
        // In the order a delegate looks for them: 1, 2, ... 10, 11, not 1, 10, 11, 2.
        std::stable_sort(all.begin(), all.end(), [](const auto *a, const auto *b) {
            const long na = std::strtol(a->number.c_str(), nullptr, 10);
            const long nb = std::strtol(b->number.c_str(), nullptr, 10);
            return na != nb ? na < nb : a->number < b->number;
        });
        for (const BaseResolution *r : all)
            out["resolutions"].push_back({{"number", r->number},
                                          {"title", r->title},
                                          {"revision", r->revision},
                                          {"source", r->source}});
        for (const BaseProblem &p : problems)
            out["problems"].push_back({{"file", p.file}, {"reason", p.reason}});
        return toOUString(out.dump());
    } catch (...) {
        rethrowAsUno("ProposalEditor.listBaseResolutions", static_cast<cppu::OWeakObject *>(this));
    }
}

namespace {

enum class Scope { Document, Cursor };

// The base of a resolution that lost its number line: the one whose history the text's
// history continues (a revision appends its assembly), else the one with the same title.
const BaseResolution *baseByHistoryOrTitle(const BaseText &base, const Document &document,
                                           const Resolution &res) {
    auto textOf = [&](std::optional<std::size_t> i) {
        return i ? document.paragraphs[*i].text(View::Proposed) : std::string();
    };
    const std::optional<revision::HistoryLine> history =
        revision::parseHistoryLine(textOf(res.history));
    const BaseResolution *byTitle = nullptr;
    const std::string title = text::fold(textOf(res.title));
    for (const auto &[number, candidate] : base.resolutions()) {
        if (!title.empty() && text::fold(candidate.title) == title)
            byTitle = &candidate;
        if (!history)
            continue;
        for (std::size_t i = 0; i < candidate.paragraphs.size(); ++i) {
            if (candidate.roles[i] != Role::ResolutionHistory)
                continue;
            const std::optional<revision::HistoryLine> own =
                revision::parseHistoryLine(candidate.paragraphs[i].text(View::Original));
            if (!own || own->assemblies.empty() ||
                own->assemblies.size() > history->assemblies.size())
                continue;
            bool continues = true;
            for (std::size_t k = 0; k < own->assemblies.size() && continues; ++k)
                continues = revision::sameAssembly(own->assemblies[k], history->assemblies[k]);
            if (continues)
                return &candidate;
        }
    }
    return byTitle;
}

nlohmann::json markUpResolutions(const Reference<css::uno::XComponentContext> &context,
                                 const Reference<css::text::XTextDocument> &document,
                                 const Sequence<OUString> &baseFiles, const OUString &settingsJson,
                                 Scope scope) {
    if (!document.is())
        refuse("No text document to mark up.");
    const auto since = millisecondsSince;
    Clock::time_point t = Clock::now();
    BaseLibrary library(context);
    const BaseText &base = loadBase(library, baseFiles);
    const double baseMs = since(t);
    t = Clock::now();
    Progress progress(document, "Mark Up Against Base");
    progress.stage(0, 0.4);
    const ReadDocument read = readDocument(document, &progress);
    const Recognition recognition = recognize(read.model);
    const double readMs = since(t);
    double diffMs = 0;
    const Structure &structure = recognition.structure;
    const EditSettings settings =
        editSettings(context, document, settingsJson, read.model, recognition);

    std::vector<std::size_t> chosen;
    if (scope == Scope::Cursor) {
        const std::optional<std::size_t> at = cursorParagraph(document, read);
        for (std::size_t r = 0; at && r < structure.resolutions.size(); ++r)
            if (structure.resolutions[r].first <= *at && *at <= structure.resolutions[r].last)
                chosen.push_back(r);
        if (chosen.empty())
            refuse("The cursor is not inside a resolution: put it in the resolution to mark up.");
    } else {
        for (std::size_t r = 0; r < structure.resolutions.size(); ++r)
            chosen.push_back(r);
    }

    nlohmann::json summary = {{"markedUp", nlohmann::json::array()},
                              {"skipped", nlohmann::json::array()}};
    struct Job {
        std::size_t resolution;
        const BaseResolution *base;
        bool addProposalLine;
    };
    std::vector<Job> jobs;
    for (std::size_t r : chosen) {
        const Resolution &res = structure.resolutions[r];
        const BaseResolution *found = nullptr;
        std::string name = res.number;
        if (res.draftNew) {
            summary["skipped"].push_back(
                {{"number", res.draftTag}, {"reason", "draft new resolution"}});
            continue;
        }
        if (!res.number.empty()) {
            found = base.find(res.number);
        } else if (!settings.number.empty()) {
            found = base.find(settings.number); // the caller names a text without number line
            name = settings.number;
        } else {
            found = baseByHistoryOrTitle(base, read.model, res);
            if (found)
                name = found->number;
        }
        if (!found) {
            if (scope == Scope::Cursor)
                refuse(res.number.empty()
                           ? std::string("This resolution has no number line, and no base "
                                         "resolution has its title.")
                           : "Resolution " + res.number + " is not in the base text.");
            summary["skipped"].push_back({{"number", name}, {"reason", "not in the base text"}});
            continue;
        }
        // Writer cannot move a cursor across a table boundary; a rewrite would lose
        // footnotes, fields and frames. Such a resolution is left as it is.
        std::string cannot;
        if (!read.oneStretch(res.first, res.last))
            cannot = "it runs across table cells or around a table";
        for (std::size_t i = res.first; i <= res.last && cannot.empty(); ++i) {
            if (read.holdsObjects[i])
                cannot = "it holds a footnote, field, comment or frame that its mark-up would lose";
        }
        if (!cannot.empty()) {
            if (scope == Scope::Cursor)
                refuse("Resolution " + name + " was left as it is: " + cannot + ".");
            summary["skipped"].push_back({{"number", name}, {"reason", cannot}});
            continue;
        }
        bool tracked = false;
        std::vector<std::string> edited;
        for (std::size_t i = res.first; i <= res.last; ++i) {
            tracked = tracked || read.model.paragraphs[i].hasTrackedChanges();
            edited.push_back(read.model.paragraphs[i].text(View::Proposed));
        }
        if (tracked) {
            if (scope == Scope::Cursor)
                refuse("Resolution " + name +
                       " already has tracked changes: Mark Up Against Base works on a "
                       "resolution edited without tracking.");
            summary["skipped"].push_back({{"number", name}, {"reason", "has tracked changes"}});
            continue;
        }
        std::vector<std::string> baseTexts;
        for (const Paragraph &p : found->paragraphs)
            baseTexts.push_back(p.text(View::Original));
        if (baseTexts == edited && settings.assembly.empty()) {
            summary["skipped"].push_back({{"number", name}, {"reason", "same as the base"}});
            continue;
        }
        bool hasProposal = false;
        for (const Proposal &p : structure.proposals)
            hasProposal = hasProposal || (p.resolution && *p.resolution == r);
        jobs.push_back({r, found, scope == Scope::Document && !hasProposal});
    }
    if (jobs.empty()) {
        summary["proposals"] = structure.proposals.size();
        return summary;
    }

    const Clock::time_point writeStart = Clock::now();
    UndoStep undo(document, "Mark Up Against Base");
    setRecording(document, false);
    const Reference<css::container::XNameAccess> styles = paragraphStyles(document);
    StyleWriter ituStyles(document);
    markup::MarkupOptions options;
    options.change.author = settings.author;
    options.assembly = settings.assembly;
    // Later resolutions first, so the earlier ones' paragraph objects stay where they were;
    // every edit comes from the one reading above.
    std::vector<Block> blocks(jobs.size());
    std::vector<Replacement> replacements(jobs.size());
    progress.stage(0.4, 0.95);
    for (std::size_t k = jobs.size(); k-- > 0;) {
        progress.at(jobs.size() - 1 - k, jobs.size());
        const Job &job = jobs[k];
        const Resolution &res = structure.resolutions[job.resolution];
        std::vector<Paragraph> edited(read.model.paragraphs.begin() + static_cast<long>(res.first),
                                      read.model.paragraphs.begin() + static_cast<long>(res.last) +
                                          1);
        options.editedRoles.assign(recognition.roles.begin() + static_cast<long>(res.first),
                                   recognition.roles.begin() + static_cast<long>(res.last) + 1);
        const Clock::time_point diffStart = Clock::now();
        const markup::MarkupResult result = markup::markUp(*job.base, edited, options);
        diffMs += since(diffStart);
        Block &block = blocks[k];
        if (job.addProposalLine)
            block.add(line("MOD\t" + settings.prefix() + "/1", "Proposal"), Role::ProposalHeader);
        for (const Paragraph &p : result.paragraphs)
            block.add(p, Role::Body);
        if (job.addProposalLine)
            block.add(line(reasonsLabel(job.base->language.empty() ? settings.language
                                                                   : job.base->language) +
                               "\t",
                           "Reasons"),
                      Role::Reasons);
        // The author's own formatting, read before the resolution is rewritten, comes back on
        // the same characters (see MarkupWriter.hpp).
        const DirectFormatting kept = readDirectFormatting(read, res.first, res.last);
        std::vector<bool> rewrite;
        for (const diff::ParagraphPair &source : result.sources)
            rewrite.push_back(source.after != diff::ParagraphPair::npos &&
                              result.proposed[source.after] !=
                                  edited[source.after].text(View::Proposed));
        replacements[k] = {res.first, res.last - res.first + 1, &block,
                           writeBlock(read.paragraphRange(res.first), read.paragraphRange(res.last),
                                      block, ituStyles, styles, settings.author)};
        std::vector<Reference<css::text::XTextRange>> starts = rangesOf(replacements[k].written);
        if (job.addProposalLine)
            starts.erase(starts.begin());
        restoreDirectFormatting(starts, result.paragraphs, rewrite, kept);
        summary["markedUp"].push_back({{"number", job.base->number},
                                       {"insertions", result.insertions},
                                       {"deletions", result.deletions},
                                       {"proposalLineAdded", job.addProposalLine}});
    }
    progress.stage(0.95, 1);
    progress.at(0, 1);
    const double writeMs = since(writeStart);
    std::vector<Written> written;
    Clock::time_point stage = Clock::now();
    const ReadDocument edited = afterEdits(read, replacements, written);
    const Recognition editedRecognition = recognize(edited.model);
    styleWritten(ituStyles, edited, editedRecognition, written);
    const double styleMs = since(stage);
    stage = Clock::now();
    summary["proposals"] = numberProposals(document, edited, editedRecognition, settings);
    const double numberMs = since(stage);
    setRecording(document, true);
    undo.done();
    // In-process milliseconds: base (from the cache when unchanged), read + recognise, the
    // word diff and markup, and the whole edit (diff included): writing the resolutions,
    // styling them, numbering the proposals.
    summary["timings"] = {{"baseMs", baseMs},    {"readMs", readMs},
                          {"diffMs", diffMs},    {"editMs", since(writeStart)},
                          {"writeMs", writeMs},  {"styleMs", styleMs},
                          {"numberMs", numberMs}};
    return summary;
}

// MOD, SUP and NOC: a proposal line, what the symbol carries, and Reasons, at the cursor.
nlohmann::json propose(const Reference<css::uno::XComponentContext> &context,
                       const Reference<css::text::XTextDocument> &document,
                       const std::string &symbol, const OUString &number,
                       const Sequence<OUString> &baseFiles, const OUString &settingsJson,
                       const OUString &title) {
    if (!document.is())
        refuse("No text document to write the proposal into.");
    BaseLibrary library(context);
    const BaseText &base = loadBase(library, baseFiles);
    const BaseResolution &resolution = findBase(base, toUtf8(number));
    const ReadDocument read = readDocument(document);
    const Recognition recognition = recognize(read.model);
    const EditSettings settings =
        editSettings(context, document, settingsJson, read.model, recognition);
    const bool wasRecording = recording(document);

    Block block;
    block.add(line(symbol + "\t" + settings.prefix() + "/1", "Proposal"), Role::ProposalHeader);
    std::optional<markup::MarkupResult> result;
    if (symbol == "MOD") {
        markup::MarkupOptions options;
        options.change.author = settings.author;
        options.assembly = settings.assembly;
        options.editedRoles = resolution.roles;
        result = markup::markUp(resolution, resolution.paragraphs, options);
        for (const Paragraph &p : result->paragraphs)
            block.add(p, Role::Body);
    } else {
        for (std::size_t i = 0; i < resolution.paragraphs.size(); ++i)
            if (resolution.roles[i] == Role::ResolutionNumber ||
                resolution.roles[i] == Role::ResolutionTitle)
                block.add(resolution.paragraphs[i], resolution.roles[i]);
    }
    // "Reasons:" in the language of the resolution written (the base's), else the document's.
    block.add(
        line(reasonsLabel(resolution.language.empty() ? settings.language : resolution.language) +
                 "\t",
             "Reasons"),
        Role::Reasons);

    UndoStep undo(document, toOUString(toUtf8(title)));
    setRecording(document, false);
    const InsertionPoint point = insertionPoint(document, read, recognition.structure);
    const std::size_t index = point.index;
    StyleWriter ituStyles(document);
    const WrittenBlock written =
        writeBlock(point.range, point.range, block, ituStyles, paragraphStyles(document),
                   settings.author, point.afterParagraph);
    const std::vector<Reference<css::text::XTextRange>> starts = rangesOf(written);
    const std::size_t proposals =
        styleAndNumber(document, read, point, block, written, ituStyles, settings);
    // The cursor goes where the author writes next: in the Reasons, after the label.
    try {
        Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
        Reference<css::text::XTextViewCursorSupplier> supplier(model->getCurrentController(),
                                                               UNO_QUERY);
        if (supplier.is()) {
            Reference<css::text::XParagraphCursor> reasons(
                starts.back()->getText()->createTextCursorByRange(starts.back()), UNO_QUERY_THROW);
            reasons->gotoEndOfParagraph(false);
            supplier->getViewCursor()->gotoRange(reasons->getStart(), false);
        }
    } catch (const css::uno::Exception &) {
        // The text is in place; only the cursor stays where it was.
    }
    // After a MOD the author's edits must be tracked; SUP and NOC carry no tracked change.
    setRecording(document, symbol == "MOD" ? true : wasRecording);
    undo.done();
    nlohmann::json summary =
        proposalSummary(symbol, resolution.number, result ? &*result : nullptr, proposals);
    summary["paragraph"] = index;
    summary["paragraphs"] = block.paragraphs.size();
    return summary;
}

nlohmann::json proposeNew(const Reference<css::uno::XComponentContext> &context,
                          const Reference<css::text::XTextDocument> &document,
                          const OUString &settingsJson) {
    if (!document.is())
        refuse("No text document to write the proposal into.");
    const ReadDocument read = readDocument(document);
    const Recognition recognition = recognize(read.model);
    const EditSettings settings =
        editSettings(context, document, settingsJson, read.model, recognition);
    if (settings.assembly.empty())
        refuse("The assembly is not set (e.g. \"New Delhi, 2024\"): a draft new resolution "
               "names it. Set it in Proposals > Contribution Settings.");
    int next = 0;
    for (const Resolution &r : recognition.structure.resolutions)
        if (r.draftNew && r.draftTag.rfind(settings.source + "-", 0) == 0)
            next = std::max(next, std::atoi(r.draftTag.c_str() + settings.source.size() + 1));
    const std::string tag = settings.source + "-" + std::to_string(next + 1);
    const Lexicon &lexicon = lexiconFor(settings.language);

    Block block;
    block.add(line("ADD\t" + settings.prefix() + "/1", "Proposal"), Role::ProposalHeader);
    const std::string assembly = assemblies::localized(settings.assembly, lexicon);
    const bool fullWidth = lexicon.language == "zh"; // Chinese brackets and commas are full width
    const std::string open = fullWidth ? "\xEF\xBC\x88" : "(",
                      close = fullWidth ? "\xEF\xBC\x89" : ")";
    block.add(line(lexicon.draftNewLineFor(tag), "ResNo"), Role::ResolutionNumber);
    block.add(line(open + assembly + close, "Resref"), Role::ResolutionHistory);
    block.add(line(lexicon.written.titlePrompt, "Restitle"), Role::ResolutionTitle);
    block.add(line(lexicon.written.preamble + (fullWidth ? "" : " ") + open + assembly + close +
                       (fullWidth                  ? "\xEF\xBC\x8C"
                        : lexicon.language == "ar" ? "\xD8\x8C"
                                                   : ","),
                   "Normalaftertitle"),
              Role::Preamble);
    block.add(line(lexicon.preambleCalls.front(), "Call"), Role::Call);
    block.add(line(lexicon.letters.front() + ")\t", "Standard"), Role::LetteredItem);
    block.add(line(lexicon.operativeCalls.front(), "Call"), Role::Call);
    block.add(line("1\t", "Standard"), Role::NumberedItem);
    block.add(line(reasonsLabel(settings.language) + "\t", "Reasons"), Role::Reasons);

    UndoStep undo(document, "Propose New Resolution");
    const bool wasRecording = recording(document);
    setRecording(document, false);
    const InsertionPoint point = insertionPoint(document, read, recognition.structure);
    StyleWriter ituStyles(document);
    const WrittenBlock written =
        writeBlock(point.range, point.range, block, ituStyles, paragraphStyles(document),
                   settings.author, point.afterParagraph);
    const std::vector<Reference<css::text::XTextRange>> starts = rangesOf(written);
    const std::size_t proposals =
        styleAndNumber(document, read, point, block, written, ituStyles, settings);
    // The title prompt selected: the author writes the title first, typing over it.
    try {
        Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
        Reference<css::view::XSelectionSupplier> selection(model->getCurrentController(),
                                                           UNO_QUERY);
        Reference<css::text::XParagraphCursor> title(
            starts[3]->getText()->createTextCursorByRange(starts[3]), UNO_QUERY_THROW);
        title->gotoEndOfParagraph(true);
        if (selection.is())
            selection->select(Any(Reference<css::text::XTextRange>(title, UNO_QUERY_THROW)));
    } catch (const css::uno::Exception &) {
        // No view (a hidden document): nothing to select.
    }
    setRecording(document, wasRecording);
    undo.done();
    return {{"symbol", "ADD"},
            {"draftTag", tag},
            {"proposals", proposals},
            {"paragraph", point.index},
            {"paragraphs", block.paragraphs.size()}};
}

nlohmann::json renumber(const Reference<css::uno::XComponentContext> &context,
                        const Reference<css::text::XTextDocument> &document,
                        const OUString &settingsJson) {
    if (!document.is())
        refuse("No text document to renumber.");
    Progress progress(document, "Renumber Proposals");
    const ReadDocument read = readDocument(document, &progress);
    const Recognition recognition = recognize(read.model);
    EditSettings settings = editSettings(context, document, settingsJson, read.model, recognition);
    UndoStep undo(document, "Renumber Proposals");
    const bool wasRecording = recording(document);
    setRecording(document, false);
    // Every line takes the document's SOURCE/DOC/A, not only the sequence; the draft new
    // resolutions' tags [SRC-n] follow their order, with every mention, from the same reading.
    const std::vector<std::pair<std::string, std::string>> changes =
        draftTagChanges(recognition.structure);
    std::vector<std::size_t> headers;
    for (const Proposal &p : recognition.structure.proposals)
        headers.push_back(p.header);
    std::size_t mentions = 0;
    const std::size_t proposals =
        numberProposals(document, read, recognition, settings, true, &mentions,
                        draftTagEdits(read.model, changes, headers));
    nlohmann::json tags = nlohmann::json::array();
    for (const auto &[from, to] : changes)
        tags.push_back({{"from", from}, {"to", to}});
    setRecording(document, wasRecording);
    undo.done();
    return {{"proposals", proposals},
            {"prefix", settings.prefix()},
            {"mentions", mentions},
            {"draftTags", tags}};
}

} // namespace

OUString ProposalEditor::markUp(const Reference<css::text::XTextDocument> &document,
                                const Sequence<OUString> &baseFiles, const OUString &settingsJson) {
    try {
        return toOUString(
            markUpResolutions(context_, document, baseFiles, settingsJson, Scope::Document).dump());
    } catch (...) {
        rethrowAsUno("ProposalEditor.markUp", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalEditor::markUpAtCursor(const Reference<css::text::XTextDocument> &document,
                                        const Sequence<OUString> &baseFiles,
                                        const OUString &settingsJson) {
    try {
        return toOUString(
            markUpResolutions(context_, document, baseFiles, settingsJson, Scope::Cursor).dump());
    } catch (...) {
        rethrowAsUno("ProposalEditor.markUpAtCursor", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalEditor::proposeModification(const Reference<css::text::XTextDocument> &document,
                                             const OUString &number,
                                             const Sequence<OUString> &baseFiles,
                                             const OUString &settingsJson) {
    try {
        return toOUString(propose(context_, document, "MOD", number, baseFiles, settingsJson,
                                  "Propose Modification")
                              .dump());
    } catch (...) {
        rethrowAsUno("ProposalEditor.proposeModification", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalEditor::proposeSuppression(const Reference<css::text::XTextDocument> &document,
                                            const OUString &number,
                                            const Sequence<OUString> &baseFiles,
                                            const OUString &settingsJson) {
    try {
        return toOUString(propose(context_, document, "SUP", number, baseFiles, settingsJson,
                                  "Propose Suppression")
                              .dump());
    } catch (...) {
        rethrowAsUno("ProposalEditor.proposeSuppression", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalEditor::proposeNoChange(const Reference<css::text::XTextDocument> &document,
                                         const OUString &number,
                                         const Sequence<OUString> &baseFiles,
                                         const OUString &settingsJson) {
    try {
        return toOUString(
            propose(context_, document, "NOC", number, baseFiles, settingsJson, "Propose No Change")
                .dump());
    } catch (...) {
        rethrowAsUno("ProposalEditor.proposeNoChange", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalEditor::proposeNewResolution(const Reference<css::text::XTextDocument> &document,
                                              const OUString &settingsJson) {
    try {
        return toOUString(proposeNew(context_, document, settingsJson).dump());
    } catch (...) {
        rethrowAsUno("ProposalEditor.proposeNewResolution", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalEditor::renumberProposals(const Reference<css::text::XTextDocument> &document,
                                           const OUString &settingsJson) {
    try {
        return toOUString(renumber(context_, document, settingsJson).dump());
    } catch (...) {
        rethrowAsUno("ProposalEditor.renumberProposals", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalEditor::getImplementationName() {
    return OUString::createFromAscii(kEditorImplementation);
}

sal_Bool ProposalEditor::supportsService(const OUString &name) {
    return cppu::supportsService(this, name);
}

Sequence<OUString> ProposalEditor::getSupportedServiceNames() {
    const OUString service = OUString::createFromAscii(kEditorService);
    return Sequence<OUString>(&service, 1);
}

} // namespace pa::uno
