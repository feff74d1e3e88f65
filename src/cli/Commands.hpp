// The tool's commands, run against a started office: structure, apply-styles and check.
#pragma once

#include "Options.hpp"

#include <org/itu/proposalassistant/XProposalEngine.hpp>

namespace pa::cli {

class Office;

// The engine service of the installed extension; throws OfficeError when the office lacks it.
css::uno::Reference<org::itu::proposalassistant::XProposalEngine> createEngine(Office &office);

// Each returns the exit status: 0, or 2 when a FILE could not be opened or read (reported on
// stderr, one line each, the other FILEs still processed), 1 when OUT could not be written.
int runStructure(Office &office, const Options &options);
int runApplyStyles(Office &office, const Options &options);
// check: 0 no error found, 1 errors found, 2 a FILE or a base file could not be read.
int runCheck(Office &office, const Options &options);
// markup: 0 saved, 1 OUT could not be written, 2 FILE or a base file could not be read.
int runMarkup(Office &office, const Options &options);
// merge: 0 saved, 1 OUT or OUT2 could not be written, 2 no contribution or base gave anything.
int runMerge(Office &office, const Options &options);

} // namespace pa::cli
