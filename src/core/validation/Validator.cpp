// Runs the check modules and returns their findings in document order, without the rules the
// user ignores and, when there is no base, without the rules that need one.
#include "validation/Validator.hpp"

#include "validation/Checks.hpp"

#include "text/Text.hpp"

#include <algorithm>

namespace pa {
namespace {

// An item holding nothing but its label ("a)<tab>", as Propose New Resolution writes it) is a
// placeholder the author has yet to fill: the item rules' remarks without a fix (a single
// labelled item, its punctuation) would only flag what the extension itself wrote.
bool remarkOnPlaceholder(const Document &document, const Recognition &recognition,
                         const Diagnostic &d) {
    if ((d.rule != Rule::ItemSequence && d.rule != Rule::Punctuation) || d.fix ||
        d.paragraph >= recognition.roles.size() || d.paragraph >= document.paragraphs.size())
        return false;
    const Role role = recognition.roles[d.paragraph];
    if (role != Role::LetteredItem && role != Role::NumberedItem)
        return false;
    const std::string t(text::trim(document.paragraphs[d.paragraph].text(View::Proposed)));
    return !t.empty() && t.size() <= 8 && t.find_first_of(" \t\xC2") == std::string::npos;
}

} // namespace

std::vector<Diagnostic> validate(const Document &document, const Recognition &recognition,
                                 const BaseText *base, const ValidationSettings &settings) {
    validation::Context context(document, recognition, base, settings);
    validation::checkProposals(context);
    validation::checkChanges(context);
    validation::checkAgainstBase(context);
    validation::checkItems(context);
    validation::checkStyles(context);
    std::vector<Diagnostic> out = context.take();
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Diagnostic &d) {
                                 return settings.ignoredRules.count(std::string(ruleId(d.rule))) >
                                            0 ||
                                        (!base && ruleNeedsBase(d.rule)) ||
                                        remarkOnPlaceholder(document, recognition, d);
                             }),
              out.end());
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.paragraph != b.paragraph)
            return a.paragraph < b.paragraph;
        if (a.start != b.start)
            return a.start < b.start;
        return static_cast<int>(a.rule) < static_cast<int>(b.rule);
    });
    return out;
}

std::vector<Rule> rulesSkippedWithoutBase() {
    std::vector<Rule> out;
    for (Rule r : allRules())
        if (ruleNeedsBase(r))
            out.push_back(r);
    return out;
}

std::size_t countSeverity(const std::vector<Diagnostic> &diagnostics, Severity severity) {
    return static_cast<std::size_t>(
        std::count_if(diagnostics.begin(), diagnostics.end(),
                      [&](const Diagnostic &d) { return d.severity == severity; }));
}

std::string findingWords(const Document &document, const Diagnostic &d) {
    const std::u16string marked = text::toUtf16(document.paragraphs.at(d.paragraph).text());
    if (d.start >= marked.size() || d.end <= d.start)
        return {};
    return text::toUtf8(marked.substr(d.start, std::min(d.end, marked.size()) - d.start));
}

std::optional<std::size_t> findAgain(const Document &beforeDocument,
                                     const std::vector<Diagnostic> &before, std::size_t chosen,
                                     const Document &nowDocument,
                                     const std::vector<Diagnostic> &now) {
    if (chosen >= before.size())
        return std::nullopt;
    const Diagnostic &wanted = before[chosen];
    const std::string words = findingWords(beforeDocument, wanted);
    const auto same = [&](const Document &document, const Diagnostic &d) {
        return d.rule == wanted.rule && d.message == wanted.message &&
               findingWords(document, d) == words;
    };
    std::size_t rank = 0;
    for (std::size_t i = 0; i < chosen; ++i)
        if (same(beforeDocument, before[i]))
            ++rank;
    for (std::size_t i = 0; i < now.size(); ++i)
        if (same(nowDocument, now[i]) && rank-- == 0)
            return i;
    return std::nullopt;
}

} // namespace pa
