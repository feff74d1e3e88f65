#include "EditInputs.hpp"

#include "ContributionSettings.hpp"
#include "EditSession.hpp"
#include "UnoStrings.hpp"
#include "ViewCursor.hpp"
#include "proposals/BaseLookup.hpp"
#include "proposals/Settings.hpp"
#include "recognition/Language.hpp"
#include "settings/RequestSettings.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace pa::uno::edit {

proposals::EditSettings editSettings(const Reference<css::uno::XComponentContext> &context,
                                     const Reference<css::text::XTextDocument> &document,
                                     const OUString &settingsJson, const Document &model,
                                     const Recognition &recognition) {
    settings::RequestSettings given;
    try {
        given = settings::parseRequestSettings(toUtf8(settingsJson));
    } catch (const settings::SettingsError &e) {
        refuse(e.what());
    }
    const ContributionSettings stored =
        readContributionSettings(Reference<css::frame::XModel>(document, UNO_QUERY));
    proposals::EditSettings s = proposals::chooseSettings(
        given, {stored.source, stored.document, stored.addendum, stored.assembly, stored.language},
        contributionNumbers(model, recognition.structure),
        documentLanguage(model, recognition).language);
    if (s.author.empty())
        s.author = userName(context);
    return s;
}

std::vector<std::string> files(const Sequence<OUString> &baseFiles) {
    return office::toUtf8(baseFiles);
}

const BaseText &loadBase(BaseLibrary &library, const Sequence<OUString> &baseFiles) {
    if (baseFiles.getLength() == 0)
        refuse(std::string(kNoBaseFileChosen));
    std::vector<BaseProblem> problems;
    const BaseText &base = library.load(files(baseFiles), problems);
    if (!problems.empty())
        refuse(describeBaseProblems(problems));
    return base;
}

const BaseResolution &findBase(const BaseText &base, const std::string &number) {
    const proposals::BaseLookup found = proposals::lookupBase(base, number);
    refuseIf(found.refusal);
    return *found.resolution;
}

std::optional<std::size_t> cursorParagraph(const Reference<css::text::XTextDocument> &document,
                                           const ReadDocument &read) {
    if (!viewCursorStart(document).is())
        refuse("The document has no window, so there is no cursor to work at.");
    return viewCursorParagraph(document, read);
}

proposals::RewriteLimits rewriteLimits(const ReadDocument &read) {
    return {read.stretch, read.holdsObjects};
}

} // namespace pa::uno::edit
