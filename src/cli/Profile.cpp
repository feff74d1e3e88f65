// The tool's own LibreOffice profile: chosen, locked, seeded, and holding the extension of one
// exact .oxt; plus installing that .oxt through a running office.
#include "Profile.hpp"

#include "Office.hpp"
#include "office/Strings.hpp"
#include "report/OfficeErrors.hpp"

#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/task/XAbortChannel.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionApprove.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>
#include <com/sun/star/ucb/XProgressHandler.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <pwd.h>
#include <sstream>
#include <sys/file.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace pa::cli {

namespace {

const char *const kMarker = "proposal-assistant-profile";
const char *const kLock = "proposal-assistant.lock";

std::string readFile(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The office's ooSetupVersion ("7.4"), as its own configuration states it.
std::string officeSetupVersion() {
    const std::string xcd = readFile(PA_LO_PROGRAM_DIR "/../share/registry/main.xcd");
    auto at = xcd.find("oor:name=\"ooSetupVersion\">");
    if (at == std::string::npos)
        return {};
    auto open = xcd.find("<value>", at);
    auto close = xcd.find("</value>", open);
    if (open == std::string::npos || close == std::string::npos || close - open > 40)
        return {};
    return xcd.substr(open + 7, close - open - 7);
}

// Approves whatever installing the extension asks (license, "install for you only?"); a
// question without an approval is an error, which it aborts so that addExtension fails.
class ApprovingHandler : public cppu::WeakImplHelper1<task::XInteractionHandler> {
  public:
    void SAL_CALL handle(const Reference<task::XInteractionRequest> &request) override {
        const auto continuations = request->getContinuations();
        for (const auto &c : continuations) {
            Reference<task::XInteractionApprove> approve(c, UNO_QUERY);
            if (approve.is()) {
                approve->select();
                return;
            }
        }
        for (const auto &c : continuations) {
            Reference<task::XInteractionAbort> abort(c, UNO_QUERY);
            if (abort.is()) {
                abort->select();
                return;
            }
        }
    }
};

class InstallEnvironment
    : public cppu::WeakImplHelper2<ucb::XCommandEnvironment, ucb::XProgressHandler> {
  public:
    Reference<task::XInteractionHandler> SAL_CALL getInteractionHandler() override {
        return new ApprovingHandler;
    }
    Reference<ucb::XProgressHandler> SAL_CALL getProgressHandler() override { return this; }
    void SAL_CALL push(const uno::Any &) override {}
    void SAL_CALL update(const uno::Any &) override {}
    void SAL_CALL pop() override {}
};

} // namespace

std::string packageDigest(const std::string &oxtPath) {
    std::ifstream in(oxtPath, std::ios::binary);
    if (!in)
        throw ProfileError("cannot read the extension package " + oxtPath);
    // FNV-1a, 64 bits: a cache key, not a security measure.
    std::uint64_t h = 1469598103934665603ULL;
    char buf[1 << 16];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        for (std::streamsize i = 0; i < in.gcount(); ++i) {
            h ^= static_cast<unsigned char>(buf[i]);
            h *= 1099511628211ULL;
        }
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

std::string defaultProfileDir(const std::string &digest) {
    std::string cache;
    if (const char *x = std::getenv("XDG_CACHE_HOME"); x && *x == '/') {
        cache = x;
    } else {
        const char *home = std::getenv("HOME");
        if (!home || !*home) {
            const passwd *pw = getpwuid(getuid());
            home = pw ? pw->pw_dir : nullptr;
        }
        if (!home)
            throw ProfileError("no home folder to keep the profile in: use --profile DIR");
        cache = std::string(home) + "/.cache";
    }
    return cache + "/proposal-assistant/profile-" + digest;
}

Profile::Profile(std::string dir, std::string digest)
    : dir_(std::move(dir)), digest_(std::move(digest)) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (!fs::is_directory(dir_))
        throw ProfileError("cannot create the profile folder " + dir_ +
                           (ec ? ": " + ec.message() : std::string()) +
                           " (choose one with --profile DIR or $PROPOSAL_ASSISTANT_PROFILE)");
    dir_ = fs::canonical(dir_).string();

    // A folder with content but no marker is not ours: it could be someone's real profile.
    if (!fs::exists(dir_ + "/" + kMarker)) {
        for (const auto &entry : fs::directory_iterator(dir_)) {
            const auto name = entry.path().filename().string();
            if (name != kLock && name != "office.log")
                throw ProfileError(dir_ +
                                   " is not empty and was not made by proposal-assistant; "
                                   "refusing to use it as a profile (give a new or empty folder)");
        }
    }

    lockFd_ = open((dir_ + "/" + kLock).c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lockFd_ < 0)
        throw ProfileError("cannot lock the profile " + dir_ + ": " + std::strerror(errno));
    if (flock(lockFd_, LOCK_EX | LOCK_NB) != 0) {
        std::cerr << "proposal-assistant: waiting for another run that uses the profile " << dir_
                  << "\n";
        if (flock(lockFd_, LOCK_EX) != 0)
            throw ProfileError("cannot lock the profile " + dir_ + ": " + std::strerror(errno));
    }
    // One run's office log at a time.
    std::ofstream(logFile(), std::ios::trunc);
}

Profile::~Profile() {
    if (lockFd_ >= 0)
        close(lockFd_); // releases the flock
}

bool Profile::prepared() const {
    std::string marker = readFile(dir_ + "/" + kMarker);
    while (!marker.empty() && (marker.back() == '\n' || marker.back() == ' '))
        marker.pop_back();
    return marker == digest_;
}

void Profile::reset() {
    for (const auto &entry : fs::directory_iterator(dir_)) {
        const auto name = entry.path().filename().string();
        if (name == kLock || name == "office.log")
            continue;
        std::error_code ec;
        fs::remove_all(entry.path(), ec);
        if (ec)
            throw ProfileError("cannot empty the profile " + dir_ + ": " + ec.message());
    }
    // Written before anything else so that a half-prepared profile is recognisably ours.
    std::ofstream(dir_ + "/" + kMarker) << "preparing\n";

    // An office that finds its version recorded skips about 3 s of first-start self-tests.
    const std::string version = officeSetupVersion();
    if (version.empty())
        return;
    fs::create_directories(dir_ + "/user");
    std::ofstream xcu(dir_ + "/user/registrymodifications.xcu");
    xcu << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
           "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
           "<item oor:path=\"/org.openoffice.Setup/Product\">"
           "<prop oor:name=\"ooSetupLastVersion\" oor:op=\"fuse\"><value>"
        << version
        << "</value></prop></item>\n"
           "</oor:items>\n";
}

void Profile::markPrepared() {
    std::ofstream(dir_ + "/" + kMarker) << digest_ << "\n";
}

void Profile::pruneSiblings() const {
    const fs::path self(dir_);
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(self.parent_path(), ec)) {
        const auto name = entry.path().filename().string();
        if (entry.path() == self || name.rfind("profile-", 0) != 0 ||
            !fs::exists(entry.path() / kMarker))
            continue;
        int fd = open((entry.path() / kLock).c_str(), O_RDWR | O_CLOEXEC);
        if (fd < 0)
            continue;
        if (flock(fd, LOCK_EX | LOCK_NB) == 0)
            fs::remove_all(entry.path(), ec);
        close(fd);
    }
}

void installExtension(Office &office, const std::string &oxtPath) {
    try {
        Reference<deployment::XExtensionManager> manager =
            deployment::ExtensionManager::get(office.context());
        Reference<ucb::XCommandEnvironment> environment(new InstallEnvironment);
        Reference<deployment::XPackage> package =
            manager->addExtension(office::fileUrl(oxtPath), uno::Sequence<beans::NamedValue>(),
                                  "user", manager->createAbortChannel(), environment);
        if (!package.is())
            throw ProfileError("LibreOffice did not install " + oxtPath);
    } catch (const uno::Exception &e) {
        throw ProfileError("installing " + oxtPath + " failed: " +
                           plainOfficeMessage(pa::office::toUtf8(e.Message), "no reason given"));
    }
}

} // namespace pa::cli
