// The command line of proposal-assistant: commands, options, and the help, with
// Boost.Program_options (typed values; -oOUT, -o OUT, --output=OUT and --output OUT alike).
#include "Options.hpp"

#include <boost/algorithm/string/case_conv.hpp>
#include <boost/algorithm/string/join.hpp>
#include <boost/algorithm/string/replace.hpp>
#include <boost/program_options.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace po = boost::program_options;

namespace pa::cli {

namespace {

struct CommandInfo {
    Command command;
    const char *name;
    const char *synopsis;             // after "proposal-assistant "
    const char *summary;              // one line in the whole usage
    const char *about;                // the command's own help
    std::vector<std::string> options; // the command's options (see addOption), general ones aside
};

const std::vector<CommandInfo> &commands() {
    static const std::vector<CommandInfo> table = {
        {Command::Structure,
         "structure",
         "structure [--json] [--timings] FILE...",
         "print the role of every paragraph of each FILE",
         "Prints the role of every paragraph of each FILE (.docx, .odt, .doc).\n"
         "text: INDEX  ROLE  STYLE  TEXT (first 60 characters), and a line \"== FILE\"\n"
         "before each file when there are several.\n"
         "--json: one object {\"file\", \"paragraphs\", \"summary\"} for one FILE, an array\n"
         "of such objects for several FILEs (files that cannot be opened are left out\n"
         "of it and reported on stderr).\n",
         {"json", "timings"}},
        {Command::ApplyStyles,
         "apply-styles",
         "apply-styles [--timings] FILE -o OUT",
         "Recognize Structure as the menu does, save to OUT",
         "Recognize Structure as the menu does, then save to OUT in the format its\n"
         "extension names (.docx, .odt, .doc). OUT must be a new file, not FILE.\n",
         {"output", "timings"}},
        {Command::Check,
         "check",
         "check [--base FILE]... [--assembly ASSEMBLY]\n"
         "[--json] [--timings] FILE...",
         "validate each FILE against the base texts (Proposals > Validate)",
         "Validates each FILE against the base texts (Proposals > Validate): one line\n"
         "per finding FILE:PARAGRAPH:COLUMN: SEVERITY: MESSAGE [RULE-ID], then a count\n"
         "line per FILE.\n"
         "--json: one object {\"file\", \"diagnostics\"} for one FILE, an array of such\n"
         "objects for several FILEs.\n"
         "exit status 0 no error, 1 errors found, 2 a FILE or a base file could not be\n"
         "read (the others are still checked).\n",
         {"base", "assembly", "json", "timings"}},
        {Command::Markup,
         "markup",
         "markup --base FILE [--base FILE]... [--assembly ASSEMBLY] [--json]\n"
         "FILE -o OUT",
         "Mark Up Against Base: FILE's resolutions as tracked changes of the base",
         "Mark Up Against Base for every resolution of FILE that differs from its base\n"
         "and has no tracked change: the base text plus tracked changes (accept all =\n"
         "FILE's text, reject all = the base), revision lines naming the assembly, a\n"
         "MOD proposal line where the resolution has none; saved to OUT (.docx, .odt,\n"
         ".doc). One line per resolution; --json: the summary object.\n",
         {"base", "assembly", "json", "output", "timings"}},
        {Command::Merge,
         "merge",
         "merge --base FILE [--base FILE]... --resolution N\n"
         "[--synoptic OUT2] [--json] CONTRIBUTION... -o OUT",
         "Merge Proposals: the contributions' proposals on resolution N in one draft",
         "Merge Proposals: from each CONTRIBUTION its MOD (or SUP, NOC) of resolution N;\n"
         "OUT is the base resolution with every source's changes as tracked changes\n"
         "whose author is the source's proposal number (\"ATU/35A3/1\"; one change naming\n"
         "all the sources that make it), a comment where sources conflict and at the\n"
         "number line for SUP and NOC; --synoptic OUT2 saves the synoptic table (base |\n"
         "each source). Prints which paragraphs each source changes, where they agree\n"
         "and conflict (--json: the summary object); exit status 2 when no\n"
         "CONTRIBUTION or no base gives anything.\n",
         {"base", "resolution", "synoptic", "json", "output", "timings"}},
    };
    return table;
}

const CommandInfo *findCommand(const std::string &name) {
    for (const CommandInfo &info : commands())
        if (name == info.name)
            return &info;
    return nullptr;
}

const CommandInfo &infoOf(Command command) {
    for (const CommandInfo &info : commands())
        if (info.command == command)
            return info;
    return commands().front();
}

// One command option, by name, with its typed value stored straight into Options.
void addOption(po::options_description &description, const std::string &name, Options &o) {
    auto add = description.add_options();
    if (name == "json")
        add("json", po::bool_switch(&o.json), "JSON output");
    else if (name == "timings")
        add("timings", po::bool_switch(&o.timings),
            "print to stderr the milliseconds measured inside the office: read into the model,"
            " recognise (check: load the base, validate), and the bare UNO paragraph walk");
    else if (name == "output")
        add("output,o", po::value(&o.output)->value_name("OUT"),
            "where to save (.docx, .odt, .doc): a new file");
    else if (name == "base")
        add("base", po::value(&o.bases)->value_name("FILE"),
            "a base text (the resolutions in force), repeatable; without one check skips the"
            " rules that compare with the base");
    else if (name == "assembly")
        add("assembly", po::value(&o.assembly)->value_name("ASSEMBLY"),
            "the assembly MOD proposals revise for, e.g. \"New Delhi, 2024\" (default: the"
            " document's \"Proposal Assembly\" property)");
    else if (name == "resolution")
        add("resolution", po::value(&o.resolution)->value_name("N"),
            "the resolution whose proposals to merge, e.g. 11");
    else if (name == "synoptic")
        add("synoptic", po::value(&o.synoptic)->value_name("OUT2"),
            "also save the synoptic table (.docx, .odt, .doc)");
}

void addGeneralOptions(po::options_description &description, Options &o) {
    description.add_options()("help,h", "this help; after a command, that command's help")(
        "version", "print the version")(
        "profile", po::value(&o.profileDir)->value_name("DIR"),
        "the LibreOffice profile to prepare and reuse (default: a profile per extension build"
        " under ${XDG_CACHE_HOME:-~/.cache}/proposal-assistant; also"
        " $PROPOSAL_ASSISTANT_PROFILE). Never your own LibreOffice profile.")(
        "oxt", po::value(&o.oxt)->value_name("FILE"),
        "the extension package to install (default: proposal-assistant.oxt next to this"
        " program)");
}

// Every option of every command: the command line is parsed once against all of them (the
// general options may stand before the command), then checked against the command's own.
const std::vector<std::string> &allCommandOptions() {
    static const std::vector<std::string> names = {"json",     "timings",    "output",  "base",
                                                   "assembly", "resolution", "synoptic"};
    return names;
}

std::string spelling(const std::string &name) {
    return name == "output" ? "-o/--output" : "--" + name;
}

// "--base is for check, markup and merge"
std::string whichCommandsTake(const std::string &option) {
    std::vector<std::string> names;
    for (const CommandInfo &info : commands())
        if (std::find(info.options.begin(), info.options.end(), option) != info.options.end())
            names.emplace_back(info.name);
    std::string list = boost::algorithm::join(names, ", ");
    if (const auto comma = list.rfind(", "); comma != std::string::npos)
        list.replace(comma, 2, " and ");
    return spelling(option) + " is for " + list;
}

const char *const generalCaption = "general options";
constexpr unsigned lineLength = 80;

std::string outputFilterOrThrow(const std::string &path) {
    std::string filter = filterForOutput(path);
    if (filter.empty())
        throw UsageError("cannot tell the format of " + path +
                         ": its extension must be .docx, .odt or .doc");
    return filter;
}

// What the command needs beyond its options' types: how many FILEs, which outputs, and that
// an output does not overwrite an input.
void checkCommand(Options &o) {
    if (o.files.empty())
        throw UsageError("no FILE given");
    if (o.command == Command::Merge) {
        if (o.bases.empty())
            throw UsageError("merge needs at least one --base FILE");
        if (o.resolution.empty())
            throw UsageError("merge needs --resolution N, the resolution whose proposals to merge");
        if (o.output.empty())
            throw UsageError("merge needs -o OUT");
        o.outputFilter = outputFilterOrThrow(o.output);
        if (!o.synoptic.empty()) {
            o.synopticFilter = outputFilterOrThrow(o.synoptic);
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
    if (o.command == Command::Markup || o.command == Command::ApplyStyles) {
        const std::string name = infoOf(o.command).name;
        if (o.files.size() != 1)
            throw UsageError(name + " takes exactly one FILE");
        if (o.command == Command::Markup && o.bases.empty())
            throw UsageError("markup needs at least one --base FILE");
        if (o.output.empty())
            throw UsageError(name + " needs -o OUT");
        o.outputFilter = outputFilterOrThrow(o.output);
        // The source stays open while OUT is written: an ODF package may still be read from.
        std::error_code ec;
        if (std::filesystem::equivalent(o.files.front(), o.output, ec))
            throw UsageError("OUT must be a new file, not FILE itself");
    }
}

} // namespace

std::string helpText(Command command) {
    Options unused;
    std::ostringstream out;
    po::options_description general(generalCaption, lineLength, lineLength / 2);
    addGeneralOptions(general, unused);
    if (command != Command::Help && command != Command::Version) {
        const CommandInfo &info = infoOf(command);
        const std::string usage = "usage: proposal-assistant ";
        out << usage
            << boost::algorithm::replace_all_copy(std::string(info.synopsis), "\n",
                                                  "\n" + std::string(usage.size(), ' '))
            << "\n\n"
            << info.about << "\n";
        po::options_description own(std::string("options of ") + info.name, lineLength,
                                    lineLength / 2);
        for (const std::string &name : info.options)
            addOption(own, name, unused);
        out << own << "\n" << general;
        return out.str();
    }
    out << "usage: proposal-assistant COMMAND [OPTION]... FILE...\n"
           "       proposal-assistant COMMAND --help\n"
           "       proposal-assistant --help | --version\n"
           "\n"
           "Runs the Proposal Assistant engine in a headless LibreOffice that it starts and "
           "stops.\n\ncommands:\n";
    for (const CommandInfo &info : commands()) {
        std::string name = info.name;
        name.resize(15, ' ');
        out << "  " << name << info.summary << "\n";
    }
    out << "\n";
    po::options_description all("options (each command takes some: COMMAND --help)", lineLength,
                                lineLength / 2);
    for (const std::string &name : allCommandOptions())
        addOption(all, name, unused);
    out << all << "\n"
        << general << "\n"
        << "exit status: 0 success, 1 the office or the engine failed, 2 a FILE could not be\n"
           "opened (the other FILEs are still processed), 64 usage error\n";
    return out.str();
}

std::string usageErrorLine(const UsageError &error) {
    const std::string help = error.command.empty()
                                 ? std::string("proposal-assistant --help")
                                 : "proposal-assistant " + error.command + " --help";
    return "proposal-assistant: " + std::string(error.what()) + " (usage: " + help + ")";
}

std::string filterForOutput(const std::string &path) {
    const std::string ext =
        boost::algorithm::to_lower_copy(std::filesystem::path(path).extension().string());
    if (ext == ".docx")
        return "MS Word 2007 XML";
    if (ext == ".odt")
        return "writer8";
    if (ext == ".doc")
        return "MS Word 97";
    return {};
}

Options parseOptions(int argc, char **argv) {
    Options o;
    if (argc < 2)
        throw UsageError("no command given");

    po::options_description visible;
    addGeneralOptions(visible, o);
    for (const std::string &name : allCommandOptions())
        addOption(visible, name, o);
    std::string commandName;
    std::vector<std::string> files;
    po::options_description hidden;
    hidden.add_options()("command", po::value(&commandName))("file", po::value(&files));
    po::options_description every;
    every.add(visible).add(hidden);
    po::positional_options_description positional;
    positional.add("command", 1).add("file", -1);

    po::variables_map given;
    try {
        // No guessing: --res is not --resolution.
        const int style =
            po::command_line_style::default_style & ~po::command_line_style::allow_guessing;
        po::store(po::command_line_parser(argc, argv)
                      .options(every)
                      .positional(positional)
                      .style(style)
                      .run(),
                  given);
        po::notify(given);
    } catch (const po::error &e) {
        // The command, when the line names one, for "see COMMAND --help".
        std::string name;
        for (int i = 1; i < argc && name.empty(); ++i)
            if (findCommand(argv[i]))
                name = argv[i];
        throw UsageError(e.what(), name);
    }

    const CommandInfo *info = commandName.empty() ? nullptr : findCommand(commandName);
    if (given.count("help")) {
        o.command = Command::Help;
        o.helpFor = info ? info->command : Command::Help;
        return o;
    }
    if (given.count("version")) {
        o.command = Command::Version;
        return o;
    }
    if (commandName.empty())
        throw UsageError("no command given");
    if (!info)
        throw UsageError("unknown command " + commandName);
    o.command = info->command;
    o.files = files;
    try {
        for (const std::string &name : allCommandOptions())
            if (given.count(name) && !given[name].defaulted() &&
                std::find(info->options.begin(), info->options.end(), name) == info->options.end())
                throw UsageError(whichCommandsTake(name) + ", not " + info->name);
        checkCommand(o);
    } catch (const UsageError &e) {
        throw UsageError(e.what(), info->name);
    }
    if (o.profileDir.empty()) {
        if (const char *env = std::getenv("PROPOSAL_ASSISTANT_PROFILE"); env && *env)
            o.profileDir = env;
    }
    return o;
}

} // namespace pa::cli
