// proposal-assistant: the Proposal Assistant engine from the command line, run in a headless
// LibreOffice on the tool's own prepared profile (see Options.cpp for the commands).
#include "Commands.hpp"
#include "Office.hpp"
#include "Options.hpp"
#include "Profile.hpp"
#include "office/Strings.hpp"
#include "report/OfficeErrors.hpp"
#include "report/Timing.hpp"

#include <chrono>
#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace pa::cli;

namespace {

std::string executableDir() {
    std::error_code ec;
    fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string(".") : self.parent_path().string();
}

// Our type registry: built next to the executable; else the copy inside the installed .oxt.
std::string findTypesRdb(const std::string &exeDir, const Profile &profile) {
    std::string beside = exeDir + "/proposal-assistant.rdb";
    if (fs::exists(beside))
        return beside;
    std::error_code ec;
    const fs::path packages = fs::path(profile.dir()) / "user/uno_packages/cache/uno_packages";
    for (auto it = fs::recursive_directory_iterator(packages, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->path().filename() == "proposal-assistant.rdb")
            return it->path().string();
    }
    throw OfficeError("the type registry proposal-assistant.rdb is neither next to the program (" +
                      beside + ") nor in the installed extension");
}

// A fresh install: empty the profile, install the .oxt through an office, stop that office
// (an extension only works after a restart).
void prepareProfile(const LocalUno &uno, Profile &profile, const std::string &oxt, bool cached) {
    std::cerr << "proposal-assistant: preparing the LibreOffice profile " << profile.dir()
              << " (once per build of the extension)\n";
    profile.reset();
    Office installer(uno, profile.dir(), profile.logFile());
    installer.start();
    installExtension(installer, oxt);
    installer.stop();
    if (cached)
        profile.pruneSiblings();
}

int run(const Options &options) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::string exeDir = executableDir();
    const std::string oxt = options.oxt.empty() ? exeDir + "/proposal-assistant.oxt" : options.oxt;
    if (!fs::is_regular_file(oxt))
        throw ProfileError("the extension package " + oxt +
                           " does not exist: build it (make oxt) or pass --oxt FILE");

    const std::string digest = packageDigest(oxt);
    const bool cached = options.profileDir.empty();
    Profile profile(cached ? defaultProfileDir(digest) : options.profileDir, digest);

    LocalUno uno;
    bool fresh = false;
    if (!profile.prepared()) {
        prepareProfile(uno, profile, oxt, cached);
        fresh = true;
    }
    uno.addTypes(findTypesRdb(exeDir, profile));

    Office office(uno, profile.dir(), profile.logFile());
    office.start();
    try {
        createEngine(office);
    } catch (const OfficeError &) {
        if (fresh)
            throw;
        // A reused profile that lost the extension (damaged, or edited by hand): once more.
        office.stop();
        prepareProfile(uno, profile, oxt, cached);
        office.start();
        createEngine(office);
    }
    profile.markPrepared();
    if (options.timings)
        std::cerr << "timings office: start " << static_cast<long>(office.startMs()) << " ms\n";

    int status = options.command == Command::Structure ? runStructure(office, options)
                 : options.command == Command::Check   ? runCheck(office, options)
                 : options.command == Command::Markup  ? runMarkup(office, options)
                 : options.command == Command::Merge   ? runMerge(office, options)
                                                       : runApplyStyles(office, options);
    office.stop();
    if (options.timings) {
        std::cerr << "timings total: " << static_cast<long>(pa::millisecondsSince(t0)) << " ms\n";
    }
    return status;
}

} // namespace

int main(int argc, char **argv) {
    Options options;
    try {
        options = parseOptions(argc, argv);
    } catch (const UsageError &e) {
        std::cerr << usageErrorLine(e) << "\n";
        return 64;
    }
    if (options.command == Command::Help) {
        std::cout << helpText(options.helpFor);
        return 0;
    }
    if (options.command == Command::Version) {
        std::cout << "proposal-assistant " << PA_VERSION << "\n";
        return 0;
    }
    installSignalHandlers();
    try {
        return run(options);
    } catch (const OfficeError &e) {
        std::cerr << "proposal-assistant: " << e.what() << "\n";
    } catch (const ProfileError &e) {
        std::cerr << "proposal-assistant: " << e.what() << "\n";
    } catch (const css::uno::Exception &e) {
        std::cerr << "proposal-assistant: LibreOffice: "
                  << pa::plainOfficeMessage(pa::office::toUtf8(e.Message), "it stopped") << "\n";
    } catch (const std::exception &e) {
        std::cerr << "proposal-assistant: " << e.what() << "\n";
    }
    return 1;
}
