// The library's entry points: one constructor function per implementation, named in
// extension/proposal-assistant.components (constructor registration, environment gcc3).
#include "BaseFilesOptions.hpp"
#include "ProposalChecker.hpp"
#include "ProposalEditor.hpp"
#include "ProposalEngine.hpp"
#include "ProposalMerger.hpp"
#include "ProposalsPanel.hpp"
#include "ProtocolHandler.hpp"

#include "UnoStrings.hpp"

#include <cppuhelper/weak.hxx>

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface *
org_itu_proposalassistant_ProposalEngine_get_implementation(
    css::uno::XComponentContext *, const css::uno::Sequence<css::uno::Any> &) {
    try {
        return cppu::acquire(new pa::uno::ProposalEngine());
    } catch (...) {
        pa::uno::rethrowAsUno("creating the ProposalEngine", nullptr);
    }
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface *
org_itu_proposalassistant_ProtocolHandler_get_implementation(
    css::uno::XComponentContext *context, const css::uno::Sequence<css::uno::Any> &) {
    try {
        return cppu::acquire(new pa::uno::ProtocolHandler(context));
    } catch (...) {
        pa::uno::rethrowAsUno("creating the ProtocolHandler", nullptr);
    }
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface *
org_itu_proposalassistant_ProposalChecker_get_implementation(
    css::uno::XComponentContext *context, const css::uno::Sequence<css::uno::Any> &) {
    try {
        return cppu::acquire(new pa::uno::ProposalChecker(context));
    } catch (...) {
        pa::uno::rethrowAsUno("creating the ProposalChecker", nullptr);
    }
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface *
org_itu_proposalassistant_ProposalEditor_get_implementation(
    css::uno::XComponentContext *context, const css::uno::Sequence<css::uno::Any> &) {
    try {
        return cppu::acquire(new pa::uno::ProposalEditor(context));
    } catch (...) {
        pa::uno::rethrowAsUno("creating the ProposalEditor", nullptr);
    }
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface *
org_itu_proposalassistant_BaseFilesOptions_get_implementation(
    css::uno::XComponentContext *context, const css::uno::Sequence<css::uno::Any> &) {
    try {
        return cppu::acquire(new pa::uno::BaseFilesOptions(context));
    } catch (...) {
        pa::uno::rethrowAsUno("creating the BaseFilesOptions page handler", nullptr);
    }
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface *
org_itu_proposalassistant_ProposalMerger_get_implementation(
    css::uno::XComponentContext *context, const css::uno::Sequence<css::uno::Any> &) {
    try {
        return cppu::acquire(new pa::uno::ProposalMerger(context));
    } catch (...) {
        pa::uno::rethrowAsUno("creating the ProposalMerger", nullptr);
    }
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface *
org_itu_proposalassistant_ProposalsPanelFactory_get_implementation(
    css::uno::XComponentContext *context, const css::uno::Sequence<css::uno::Any> &) {
    try {
        return cppu::acquire(new pa::uno::ProposalsPanelFactory(context));
    } catch (...) {
        pa::uno::rethrowAsUno("creating the Proposals panel factory", nullptr);
    }
}
