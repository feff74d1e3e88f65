// A headless LibreOffice for the command-line tool: the local UNO runtime that talks to it, and
// the soffice.bin process itself, started on a given profile and stopped by its PID only.
#include "Office.hpp"
#include "report/OfficeErrors.hpp"
#include "report/Timing.hpp"

#include "office/Strings.hpp"

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/container/XSet.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <rtl/bootstrap.hxx>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace pa::cli {

namespace {

const std::string kProgramDir = PA_LO_PROGRAM_DIR;

// The office this process started, for the signal handler.
volatile sig_atomic_t gOfficePid = 0;

extern "C" void onSignal(int sig) {
    pid_t pid = gOfficePid;
    if (pid > 0)
        kill(pid, SIGKILL);
    // Let the default action end us with the right status.
    signal(sig, SIG_DFL);
    raise(sig);
}

} // namespace

void installSignalHandlers() {
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
        sigaction(sig, &sa, nullptr);
    // An office that dies closes the bridge's pipe: the next write to it must fail (the bridge
    // is disposed, the CLI reports the file and starts another office), not kill the CLI with
    // SIGPIPE (exit -13 in test_cli_restarts_an_office_that_dies on a loaded machine).
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGPIPE, &ignore, nullptr);
}

LocalUno::LocalUno() {
    // The default bootstrap reads the office's unorc; these override it so that the type
    // manager holds the office's types (ours are added later) and the service manager the
    // office's service registry, of which a client only instantiates bridge, connector and
    // URL resolver. The user's own LibreOffice profile is never looked at.
    const std::string programUrl = "file://" + kProgramDir;
    rtl::Bootstrap::set("URE_INTERNAL_LIB_DIR", office::toOUString(programUrl));
    rtl::Bootstrap::set("LO_LIB_DIR", office::toOUString(programUrl));
    rtl::Bootstrap::set("UNO_TYPES", office::toOUString(programUrl + "/types.rdb " + programUrl +
                                                        "/types/offapi.rdb"));
    rtl::Bootstrap::set("UNO_SERVICES", office::toOUString(programUrl + "/services.rdb"));
    try {
        context_ = cppu::defaultBootstrap_InitialComponentContext();
    } catch (const uno::Exception &e) {
        throw OfficeError("cannot start the local UNO runtime: " +
                          plainOfficeMessage(pa::office::toUtf8(e.Message), "no reason given"));
    }
}

void LocalUno::addTypes(const std::string &rdbPath) {
    try {
        Reference<container::XSet> types(
            context_->getValueByName(
                "/singletons/com.sun.star.reflection.theTypeDescriptionManager"),
            UNO_QUERY_THROW);
        types->insert(uno::Any(office::fileUrl(rdbPath)));
    } catch (const uno::Exception &e) {
        throw OfficeError("cannot read the type registry " + rdbPath + ": " +
                          plainOfficeMessage(pa::office::toUtf8(e.Message), "no reason given"));
    }
}

LocalUno::~LocalUno() {
    Reference<lang::XComponent> component(context_, UNO_QUERY);
    context_.clear();
    if (component.is()) {
        try {
            component->dispose();
        } catch (...) {
            // Disposing at exit must not throw; nothing is left to save.
        }
    }
}

Office::Office(const LocalUno &uno, std::string profileDir, std::string logFile)
    : uno_(uno), profileDir_(std::move(profileDir)), logFile_(std::move(logFile)) {
    std::random_device rd;
    pipeName_ = "proposal-assistant-" + std::to_string(getpid()) + "-" + std::to_string(rd());
}

Office::~Office() {
    try {
        stop();
    } catch (...) {
        // A destructor must not throw; stop() already killed what it could.
    }
}

// fork/exec/waitpid by hand, not Boost.Process: the child must set PR_SET_PDEATHSIG between fork
// and exec (the office dies with an interrupted tool), the signal handler kills the office by PID
// from an async-signal-safe context, and exit is polled with waitpid(WNOHANG) against a deadline
// (the office restarts itself with status 81). Boost.Process has no reliable timed wait: its
// author calls wait_for/wait_until broken (boostorg/process#294, #112); they swap the
// process-wide SIGCHLD handler (#347), v2 overrides a caller's SIGCHLD handler (#432), and
// on_exit needs an io_context. More machinery than these forty lines, and less control.
void Office::spawn() {
    const std::string soffice = kProgramDir + "/soffice.bin";
    std::vector<std::string> args = {
        soffice,
        "--headless",
        "--invisible",
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
        "-env:UserInstallation=" + office::toUtf8(office::fileUrl(profileDir_)),
        "--accept=pipe,name=" + pipeName_ + ";urp;StarOffice.ComponentContext",
    };
    std::vector<char *> argv;
    argv.reserve(args.size() + 1);
    for (auto &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0)
        throw OfficeError(std::string("cannot start LibreOffice: fork: ") + std::strerror(errno));
    if (pid == 0) {
        // The office dies with us: an interrupted or crashed tool leaves no office behind.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(127);
        int devnull = open("/dev/null", O_RDONLY);
        if (devnull >= 0)
            dup2(devnull, STDIN_FILENO);
        int log = open(logFile_.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (log < 0)
            log = open("/dev/null", O_WRONLY);
        if (log >= 0) {
            dup2(log, STDOUT_FILENO);
            dup2(log, STDERR_FILENO);
        }
        execv(argv[0], argv.data());
        _exit(127);
    }
    pid_ = pid;
    gOfficePid = pid;
}

bool Office::waitForExit(int timeoutMs, int *status) {
    auto t0 = std::chrono::steady_clock::now();
    for (;;) {
        pid_t r = waitpid(pid_, status, WNOHANG);
        if (r == pid_ || (r < 0 && errno == ECHILD))
            return true;
        if (millisecondsSince(t0) >= timeoutMs)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

void Office::start() {
    if (pid_ > 0)
        return;
    auto resolver = bridge::UnoUrlResolver::create(uno_.context());
    const auto url =
        office::toOUString("uno:pipe,name=" + pipeName_ + ";urp;StarOffice.ComponentContext");
    constexpr int kStartTimeoutMs = 60000;
    int restarts = 0;

    auto t0 = std::chrono::steady_clock::now();
    spawn();
    for (;;) {
        int status = 0;
        pid_t r = waitpid(pid_, &status, WNOHANG);
        if (r == pid_) {
            pid_ = 0;
            gOfficePid = 0;
            // 81: a first start on a profile, or the first after an extension install, asks to
            // be started again (the soffice script does the same).
            if (WIFEXITED(status) && WEXITSTATUS(status) == 81 && restarts < 3) {
                ++restarts;
                t0 = std::chrono::steady_clock::now();
                spawn();
                continue;
            }
            std::string how = WIFEXITED(status)
                                  ? "exited with status " + std::to_string(WEXITSTATUS(status))
                                  : "was killed by signal " + std::to_string(WTERMSIG(status));
            throw OfficeError("LibreOffice " + how + " while starting (log: " + logFile_ + ")");
        }
        try {
            Reference<uno::XInterface> initial = resolver->resolve(url);
            remote_.set(initial, UNO_QUERY_THROW);
            desktop_ = frame::Desktop::create(remote_);
            break;
        } catch (const connection::NoConnectException &) {
            // Not accepting yet.
        } catch (const uno::RuntimeException &) {
            // Accepting, but going away again (the 81 restart): the next waitpid tells.
            remote_.clear();
            desktop_.clear();
        }
        if (millisecondsSince(t0) > kStartTimeoutMs) {
            stop();
            throw OfficeError("LibreOffice did not accept a connection within " +
                              std::to_string(kStartTimeoutMs / 1000) + " s (log: " + logFile_ +
                              ")");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    startMs_ = millisecondsSince(t0);
}

void Office::stop() {
    if (pid_ <= 0)
        return;
    if (desktop_.is()) {
        try {
            desktop_->terminate();
        } catch (const uno::Exception &) {
            // The bridge often goes down before the reply arrives: the office is exiting.
        }
    }
    // Release every proxy into the office before the bridge disappears under it.
    desktop_.clear();
    remote_.clear();

    int status = 0;
    if (!waitForExit(20000, &status)) {
        kill(pid_, SIGTERM);
        if (!waitForExit(3000, &status)) {
            kill(pid_, SIGKILL);
            waitForExit(5000, &status);
        }
    }
    pid_ = 0;
    gOfficePid = 0;
}

} // namespace pa::cli
