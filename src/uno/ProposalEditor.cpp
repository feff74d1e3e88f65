// The editing service: each method reads its inputs, lets the core plan the edit
// (src/core/proposals) and has the UNO side carry it out, one undo step per command:
// ProposeCommand (MOD, SUP, NOC, ADD), MarkupCommand (Mark Up Against Base), RenumberCommand.
#include "ProposalEditor.hpp"

#include "BaseLibrary.hpp"
#include "EditInputs.hpp"
#include "MarkupCommand.hpp"
#include "ProposeCommand.hpp"
#include "RenumberCommand.hpp"
#include "UnoStrings.hpp"
#include "proposals/Summary.hpp"

#include <cppuhelper/supportsservice.hxx>
#include <nlohmann/json.hpp>

using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace pa::uno {

ProposalEditor::ProposalEditor(const Reference<css::uno::XComponentContext> &context)
    : context_(context) {}

OUString ProposalEditor::listBaseResolutions(const Sequence<OUString> &baseFiles) {
    try {
        BaseLibrary library(context_);
        std::vector<BaseProblem> problems;
        const BaseText &base = library.load(edit::files(baseFiles), problems);
        nlohmann::json out = {{"resolutions", proposals::resolutionList(base)},
                              {"problems", nlohmann::json::array()}};
        for (const BaseProblem &p : problems)
            out["problems"].push_back({{"file", p.file}, {"reason", p.reason}});
        return toOUString(out.dump());
    } catch (...) {
        rethrowAsUno("ProposalEditor.listBaseResolutions", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalEditor::markUp(const Reference<css::text::XTextDocument> &document,
                                const Sequence<OUString> &baseFiles, const OUString &settingsJson) {
    try {
        return toOUString(edit::markUpResolutions(context_, document, baseFiles, settingsJson,
                                                  proposals::Scope::Document)
                              .dump());
    } catch (...) {
        rethrowAsUno("ProposalEditor.markUp", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalEditor::markUpAtCursor(const Reference<css::text::XTextDocument> &document,
                                        const Sequence<OUString> &baseFiles,
                                        const OUString &settingsJson) {
    try {
        return toOUString(edit::markUpResolutions(context_, document, baseFiles, settingsJson,
                                                  proposals::Scope::Cursor)
                              .dump());
    } catch (...) {
        rethrowAsUno("ProposalEditor.markUpAtCursor", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalEditor::proposeModification(const Reference<css::text::XTextDocument> &document,
                                             const OUString &number,
                                             const Sequence<OUString> &baseFiles,
                                             const OUString &settingsJson) {
    try {
        return toOUString(edit::propose(context_, document, "MOD", number, baseFiles, settingsJson,
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
        return toOUString(edit::propose(context_, document, "SUP", number, baseFiles, settingsJson,
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
        return toOUString(edit::propose(context_, document, "NOC", number, baseFiles, settingsJson,
                                        "Propose No Change")
                              .dump());
    } catch (...) {
        rethrowAsUno("ProposalEditor.proposeNoChange", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalEditor::proposeNewResolution(const Reference<css::text::XTextDocument> &document,
                                              const OUString &settingsJson) {
    try {
        return toOUString(edit::proposeNew(context_, document, settingsJson).dump());
    } catch (...) {
        rethrowAsUno("ProposalEditor.proposeNewResolution", static_cast<cppu::OWeakObject *>(this));
    }
}

OUString ProposalEditor::renumberProposals(const Reference<css::text::XTextDocument> &document,
                                           const OUString &settingsJson) {
    try {
        return toOUString(edit::renumber(context_, document, settingsJson).dump());
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
