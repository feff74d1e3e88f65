// The tool's own LibreOffice profile: chosen (cache, --profile, $PROPOSAL_ASSISTANT_PROFILE),
// locked for one run at a time, seeded to skip the first-start self-test, and holding the
// extension installed from one exact .oxt, so it is reused until the .oxt changes.
#pragma once

#include <stdexcept>
#include <string>

namespace pa::cli {

class Office;

struct ProfileError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A short hex digest of the .oxt's bytes: the key of the prepared profile.
std::string packageDigest(const std::string &oxtPath);

// ${XDG_CACHE_HOME:-$HOME/.cache}/proposal-assistant/profile-DIGEST
std::string defaultProfileDir(const std::string &digest);

class Profile {
  public:
    // Creates dir if needed and locks it, waiting while another run holds it (one office per
    // profile). Refuses a non-empty folder this tool did not make: it may be a real profile.
    Profile(std::string dir, std::string digest);
    ~Profile();
    Profile(const Profile &) = delete;
    Profile &operator=(const Profile &) = delete;

    const std::string &dir() const { return dir_; }
    std::string logFile() const { return dir_ + "/office.log"; }

    // True when this profile holds the extension of the .oxt with our digest.
    bool prepared() const;
    // Empties the profile (keeping the lock) and seeds registrymodifications.xcu.
    void reset();
    // Records that the extension of our digest is installed and works.
    void markPrepared();
    // Removes other cached profile-* folders that no run is using (older builds of the .oxt).
    void pruneSiblings() const;

  private:
    std::string dir_;
    std::string digest_;
    int lockFd_ = -1;
};

// Installs the .oxt for the profile's user through the running office's ExtensionManager,
// approving every question it asks. The office must be restarted before the extension works.
void installExtension(Office &office, const std::string &oxtPath);

} // namespace pa::cli
