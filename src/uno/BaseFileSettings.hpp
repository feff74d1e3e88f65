// The base files the Proposals commands read the resolutions in force from. They are kept in the
// extension's configuration (/org.itu.proposalassistant.Settings/BaseFiles, file URLs) and chosen
// with a file picker: the first time a command needs them, from Proposals > Choose Base Files, or
// on the Tools > Options page. When none is chosen, the sample base the .oxt carries stands in.
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <string>
#include <vector>

namespace pa::uno {

// The file URLs as the user chose them; empty when none is chosen.
css::uno::Sequence<rtl::OUString>
configuredBaseFiles(const css::uno::Reference<css::uno::XComponentContext> &context);

// Keeps the choice in the user's profile (an empty list: back to the sample base).
void storeBaseFiles(const css::uno::Reference<css::uno::XComponentContext> &context,
                    const css::uno::Sequence<rtl::OUString> &files);

// A file picker for .docx, .odt and .doc, several files at once; the chosen file URLs, or an
// empty list when cancelled (always, in a headless office).
css::uno::Sequence<rtl::OUString>
pickBaseFiles(const css::uno::Reference<css::uno::XComponentContext> &context);

// The files the commands read: the configured ones, else the sample base (isSample says which).
std::vector<std::string>
proposalBaseFiles(const css::uno::Reference<css::uno::XComponentContext> &context,
                  bool *isSample = nullptr);

} // namespace pa::uno
