// The command line of proposal-assistant: commands, options, and the usage text.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace pa::cli {

enum class Command { Structure, ApplyStyles, Check, Markup, Merge, Help, Version };

struct Options {
    Command command = Command::Help;
    Command helpFor = Command::Help; // COMMAND --help: that command's help; else the whole usage
    bool json = false;
    bool timings = false;
    std::vector<std::string> files;
    std::string output;       // apply-styles, markup -o OUT
    std::string outputFilter; // the office filter OUT's extension names
    std::string profileDir;   // --profile DIR, else $PROPOSAL_ASSISTANT_PROFILE, else the cache
    std::string oxt;          // --oxt FILE, else next to the executable
    std::vector<std::string> bases; // check, markup --base FILE..., the base texts
    std::string assembly;           // check, markup --assembly; empty: each document's own setting
    std::string resolution;         // merge --resolution N
    std::string synoptic;           // merge --synoptic OUT2: where the synoptic table is saved
    std::string synopticFilter;
};

// A command line the tool cannot run: reported on one line, exit status 64.
struct UsageError : std::runtime_error {
    explicit UsageError(const std::string &message, std::string commandName = {})
        : std::runtime_error(message), command(std::move(commandName)) {}
    std::string command; // the command line's command, when it names a known one
};

Options parseOptions(int argc, char **argv);
// The help of one command, or with Command::Help the tool's whole usage.
std::string helpText(Command command);
// The one line main() prints for a UsageError: the message and where to find the help.
std::string usageErrorLine(const UsageError &error);

// The office export filter for a file name's extension (.docx, .odt, .doc), or "" if unknown.
std::string filterForOutput(const std::string &path);

} // namespace pa::cli
