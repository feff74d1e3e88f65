// The command line of proposal-assistant: commands, options, and the usage text.
#include "Options.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>

namespace pa::cli {

const char *usageText() {
    return "usage: proposal-assistant structure [--json] [--timings] FILE...\n"
           "       proposal-assistant apply-styles [--timings] FILE -o OUT\n"
           "       proposal-assistant check [--base FILE]... [--assembly ASSEMBLY] [--json]\n"
           "                                [--timings] FILE...\n"
           "       proposal-assistant markup --base FILE [--base FILE]... [--assembly ASSEMBLY]\n"
           "                                 [--json] FILE -o OUT\n"
           "       proposal-assistant merge --base FILE [--base FILE]... --resolution N\n"
           "                                [--synoptic OUT2] [--json] CONTRIBUTION... -o OUT\n"
           "       proposal-assistant --help | --version\n"
           "\n"
           "Runs the Proposal Assistant engine in a headless LibreOffice that it starts and "
           "stops.\n"
           "\n"
           "  structure       print the role of every paragraph of each FILE (.docx, .odt, .doc)\n"
           "                  text: INDEX  ROLE  STYLE  TEXT (first 60 characters), and a\n"
           "                  line \"== FILE\" before each file when there are several\n"
           "                  --json: one object {\"file\", \"paragraphs\", \"summary\"} for one "
           "FILE,\n"
           "                  an array of such objects for several FILEs (files that cannot\n"
           "                  be opened are left out of it and reported on stderr)\n"
           "  apply-styles    Recognize Structure as the menu does, then save to OUT in the\n"
           "                  format its extension names (.docx, .odt, .doc)\n"
           "  check           validate each FILE against the base texts (Proposals > Validate):\n"
           "                  one line per finding FILE:PARAGRAPH:COLUMN: SEVERITY: MESSAGE\n"
           "                  [RULE-ID], then a count line per FILE\n"
           "                  --json: one object {\"file\", \"diagnostics\"} for one FILE, an\n"
           "                  array of such objects for several FILEs\n"
           "                  exit status 0 no error, 1 errors found, 2 a FILE or a base\n"
           "                  file could not be read (the others are still checked)\n"
           "  markup          Mark Up Against Base for every resolution of FILE that differs\n"
           "                  from its base and has no tracked change: the base text plus\n"
           "                  tracked changes (accept all = FILE's text, reject all = the\n"
           "                  base), revision lines naming the assembly, a MOD proposal line\n"
           "                  where the resolution has none; saved to OUT (.docx, .odt, .doc)\n"
           "                  one line per resolution; --json: the summary object\n"
           "  merge           Merge Proposals: from each CONTRIBUTION its MOD (or SUP, NOC) of\n"
           "                  resolution N; OUT is the base resolution with every source's\n"
           "                  changes as tracked changes whose author is the source's proposal\n"
           "                  number (\"ATU/35A3/1\"; one change naming all the sources that\n"
           "                  make it), a comment where sources conflict and at the number line\n"
           "                  for SUP and NOC; --synoptic OUT2 saves the synoptic table (base |\n"
           "                  each source); prints which paragraphs each source changes, where\n"
           "                  they agree and conflict (--json: the summary object); exit status\n"
           "                  2 when no CONTRIBUTION or no base gives anything\n"
           "\n"
           "options:\n"
           "  --json          JSON output (structure, check)\n"
           "  --base FILE     check, markup: a base text (the resolutions in force), repeatable;\n"
           "                  without one check skips the rules that compare with the base\n"
           "  --assembly A    check, markup: the assembly MOD proposals revise for, e.g. \"New "
           "Delhi,\n"
           "                  2024\" (default: the document's \"Proposal Assembly\" property)\n"
           "  --timings       print to stderr the milliseconds measured inside the office:\n"
           "                  read into the model, recognise (check: load the base, validate),\n"
           "                  and the bare UNO paragraph walk\n"
           "  --resolution N  merge: the resolution whose proposals to merge, e.g. 11\n"
           "  --synoptic OUT2 merge: also save the synoptic table (.docx, .odt, .doc)\n"
           "  -o, --output OUT    where apply-styles, markup and merge save\n"
           "  --profile DIR   the LibreOffice profile to prepare and reuse (default: a profile\n"
           "                  per extension build under "
           "${XDG_CACHE_HOME:-~/.cache}/proposal-assistant;\n"
           "                  also $PROPOSAL_ASSISTANT_PROFILE). Never your own LibreOffice "
           "profile.\n"
           "  --oxt FILE      the extension package to install (default: proposal-assistant.oxt\n"
           "                  next to this program)\n"
           "\n"
           "exit status: 0 success, 1 the office or the engine failed, 2 a FILE could not be\n"
           "opened (the other FILEs are still processed), 64 usage error\n";
}

std::string filterForOutput(const std::string &path) {
    auto dot = path.find_last_of('.');
    auto slash = path.find_last_of('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return {};
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == "docx")
        return "MS Word 2007 XML";
    if (ext == "odt")
        return "writer8";
    if (ext == "doc")
        return "MS Word 97";
    return {};
}

Options parseOptions(int argc, char **argv) {
    Options o;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty())
        throw UsageError("no command given");

    bool haveCommand = false;
    bool optionsEnded = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        // Both "--opt VALUE" and "--opt=VALUE".
        auto value = [&](const std::string &name) -> std::string {
            if (a.size() > name.size() && a.compare(0, name.size() + 1, name + "=") == 0)
                return a.substr(name.size() + 1);
            if (i + 1 >= args.size())
                throw UsageError(name + " needs a value");
            return args[++i];
        };
        auto is = [&](const std::string &name) {
            return a == name || a.compare(0, name.size() + 1, name + "=") == 0;
        };
        if (!optionsEnded && a == "--") {
            optionsEnded = true;
        } else if (!optionsEnded && (a == "-h" || a == "--help")) {
            o.command = Command::Help;
            return o;
        } else if (!optionsEnded && a == "--version") {
            o.command = Command::Version;
            return o;
        } else if (!optionsEnded && a == "--json") {
            o.json = true;
        } else if (!optionsEnded && a == "--timings") {
            o.timings = true;
        } else if (!optionsEnded && (a == "-o" || is("--output"))) {
            o.output = a == "-o" ? value("-o") : value("--output");
        } else if (!optionsEnded && is("--profile")) {
            o.profileDir = value("--profile");
        } else if (!optionsEnded && is("--oxt")) {
            o.oxt = value("--oxt");
        } else if (!optionsEnded && is("--base")) {
            o.bases.push_back(value("--base"));
        } else if (!optionsEnded && is("--assembly")) {
            o.assembly = value("--assembly");
        } else if (!optionsEnded && is("--resolution")) {
            o.resolution = value("--resolution");
        } else if (!optionsEnded && is("--synoptic")) {
            o.synoptic = value("--synoptic");
        } else if (!optionsEnded && a.size() > 1 && a[0] == '-') {
            throw UsageError("unknown option " + a);
        } else if (!haveCommand) {
            if (a == "structure")
                o.command = Command::Structure;
            else if (a == "apply-styles")
                o.command = Command::ApplyStyles;
            else if (a == "check")
                o.command = Command::Check;
            else if (a == "markup")
                o.command = Command::Markup;
            else if (a == "merge")
                o.command = Command::Merge;
            else
                throw UsageError("unknown command " + a);
            haveCommand = true;
        } else {
            o.files.push_back(a);
        }
    }
    if (!haveCommand)
        throw UsageError("no command given");
    if (o.files.empty())
        throw UsageError("no FILE given");
    if (o.command == Command::Structure && !o.output.empty())
        throw UsageError("structure does not write files: -o is for apply-styles");
    if (o.command != Command::Check && o.command != Command::Markup &&
        o.command != Command::Merge && (!o.bases.empty() || !o.assembly.empty()))
        throw UsageError("--base and --assembly are for check and markup");
    if (o.command != Command::Merge && (!o.resolution.empty() || !o.synoptic.empty()))
        throw UsageError("--resolution and --synoptic are for merge");
    if (o.command == Command::Merge) {
        if (o.bases.empty())
            throw UsageError("merge needs at least one --base FILE");
        if (!o.assembly.empty())
            throw UsageError(
                "merge takes the contributions as they are: --assembly is for check and markup");
        if (o.resolution.empty())
            throw UsageError("merge needs --resolution N, the resolution whose proposals to merge");
        if (o.output.empty())
            throw UsageError("merge needs -o OUT");
        o.outputFilter = filterForOutput(o.output);
        if (o.outputFilter.empty())
            throw UsageError("cannot tell the format of " + o.output +
                             ": its extension must be .docx, .odt or .doc");
        if (!o.synoptic.empty()) {
            o.synopticFilter = filterForOutput(o.synoptic);
            if (o.synopticFilter.empty())
                throw UsageError("cannot tell the format of " + o.synoptic +
                                 ": its extension must be .docx, .odt or .doc");
            std::error_code ec;
            if (o.synoptic == o.output || std::filesystem::equivalent(o.synoptic, o.output, ec))
                throw UsageError("--synoptic OUT2 and -o OUT must be two files");
        }
        for (const std::string &file : o.files) {
            std::error_code ec;
            if (std::filesystem::equivalent(file, o.output, ec) ||
                (!o.synoptic.empty() && std::filesystem::equivalent(file, o.synoptic, ec)))
                throw UsageError("OUT must be a new file, not the contribution " + file);
        }
    }
    if (o.command == Command::Markup) {
        if (o.files.size() != 1)
            throw UsageError("markup takes exactly one FILE");
        if (o.bases.empty())
            throw UsageError("markup needs at least one --base FILE");
        if (o.output.empty())
            throw UsageError("markup needs -o OUT");
        o.outputFilter = filterForOutput(o.output);
        if (o.outputFilter.empty())
            throw UsageError("cannot tell the format of " + o.output +
                             ": its extension must be .docx, .odt or .doc");
        std::error_code ec;
        if (std::filesystem::equivalent(o.files.front(), o.output, ec))
            throw UsageError("OUT must be a new file, not FILE itself");
    }
    if (o.command == Command::Check && !o.output.empty())
        throw UsageError("check does not write files: -o is for apply-styles");
    if (o.command == Command::ApplyStyles) {
        if (o.files.size() != 1)
            throw UsageError("apply-styles takes exactly one FILE");
        if (o.output.empty())
            throw UsageError("apply-styles needs -o OUT");
        o.outputFilter = filterForOutput(o.output);
        if (o.outputFilter.empty())
            throw UsageError("cannot tell the format of " + o.output +
                             ": its extension must be .docx, .odt or .doc");
        if (o.json)
            throw UsageError("--json is for structure");
        // The source stays open while OUT is written: an ODF package may still be read from.
        std::error_code ec;
        if (std::filesystem::equivalent(o.files.front(), o.output, ec))
            throw UsageError("OUT must be a new file, not FILE itself");
    }
    if (o.profileDir.empty()) {
        if (const char *env = std::getenv("PROPOSAL_ASSISTANT_PROFILE"); env && *env)
            o.profileDir = env;
    }
    return o;
}

} // namespace pa::cli
