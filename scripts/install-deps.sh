#!/usr/bin/env bash
# Installs the Debian 12 packages Proposal Assistant needs to build, run and test
# (works on a minimal system with no compiler; uses sudo when not root).
set -euo pipefail
packages=(
  # build
  cmake g++ make pkg-config zip
  # the C++ files are checked against .clang-format (scripts/check-format.sh) and .clang-tidy
  # (scripts/check-tidy.sh)
  clang-format clang-tidy
  # LibreOffice: the SDK to build against, Writer to run the extension in
  libreoffice-dev libreoffice-writer
  # the office's own UI in the other ITU languages: without its language pack the office does
  # not take a UI language, and the extension follows the office (tests/integration/test_ui_languages.py)
  libreoffice-l10n-fr libreoffice-l10n-es libreoffice-l10n-ru libreoffice-l10n-ar libreoffice-l10n-zh-cn
  # the core's unit tests and libFuzzer targets under ASan/UBSan (scripts/test-sanitize.sh):
  # clang, its sanitizer and libFuzzer runtimes, llvm-symbolizer for readable stacks
  clang-14 libclang-rt-14-dev llvm-14
  # libraries of the core and its tests
  libicu-dev nlohmann-json3-dev libdtl-dev catch2
  # Boost: string algorithms (headers) in the core, Program_options for the CLI's command line
  libboost-dev libboost-program-options-dev
  # integration tests drive the office from Python
  python3 python3-uno
  # the Validate dialog test runs a visible office on a private X server
  xvfb
  # the deck's mouse test clicks a finding and Fix with the real pointer (test_proposals_deck.py)
  xdotool
  # fonts the ITU styles name (Times New Roman metrics)
  fonts-liberation
)
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
