#!/usr/bin/env bash
# Every test: installs what is needed, checks the C++ formatting (.clang-format) and the layers of
# the core (scripts/check-layers.py), builds, runs clang-tidy on the changed core and CLI files
# (scripts/check-tidy.sh), then runs the unit tests of the core and the integration tests in a
# real headless LibreOffice (throwaway profiles) under ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-format.sh
scripts/check-layers.py
scripts/build.sh
scripts/check-tidy.sh
ctest --test-dir build --output-on-failure -j2 "$@"
scripts/test-sanitize.sh
