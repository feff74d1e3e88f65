// A headless LibreOffice for the command-line tool: the local UNO runtime that talks to it, and
// the soffice.bin process itself, started on a given profile and stopped by its PID only.
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <stdexcept>
#include <string>
#include <sys/types.h>

namespace pa::cli {

// The office could not be started, reached, or asked to do something.
struct OfficeError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// This process's own UNO runtime. It must know the office's types and ours, or a call that
// mentions XProposalEngine tears the bridge down; it is disposed before main returns because
// references left for static destructors crash at exit.
class LocalUno {
  public:
    LocalUno();
    ~LocalUno();
    LocalUno(const LocalUno &) = delete;
    LocalUno &operator=(const LocalUno &) = delete;

    // Adds a type registry (ours) to the local type manager; throws OfficeError.
    void addTypes(const std::string &rdbPath);
    const css::uno::Reference<css::uno::XComponentContext> &context() const { return context_; }

  private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

// One soffice.bin on one profile, reachable over a pipe whose name no other run uses.
class Office {
  public:
    Office(const LocalUno &uno, std::string profileDir, std::string logFile);
    ~Office(); // stops the office if it still runs; never throws
    Office(const Office &) = delete;
    Office &operator=(const Office &) = delete;

    // Starts the process (again after an exit status 81, the office's "restart me") and
    // connects; throws OfficeError when it does not come up.
    void start();
    // Desktop.terminate(), then waits for this PID; kills it only if it lingers.
    void stop();
    void restart() {
        stop();
        start();
    }

    bool running() const { return pid_ > 0; }
    const css::uno::Reference<css::uno::XComponentContext> &context() const { return remote_; }
    const css::uno::Reference<css::frame::XDesktop2> &desktop() const { return desktop_; }
    const std::string &logFile() const { return logFile_; }
    // Milliseconds from the last spawn to a usable connection.
    double startMs() const { return startMs_; }

  private:
    void spawn();
    // waitpid with a deadline; true when the process is gone.
    bool waitForExit(int timeoutMs, int *status);

    const LocalUno &uno_;
    std::string profileDir_;
    std::string logFile_;
    std::string pipeName_;
    pid_t pid_ = 0;
    double startMs_ = 0;
    css::uno::Reference<css::uno::XComponentContext> remote_;
    css::uno::Reference<css::frame::XDesktop2> desktop_;
};

// Makes SIGINT, SIGTERM and SIGHUP kill the office this process started before exiting, so an
// interrupted run leaves no soffice.bin behind.
void installSignalHandlers();

} // namespace pa::cli
