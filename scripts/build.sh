#!/usr/bin/env bash
# Configures and builds everything into build/: the core, the UNO component,
# build/proposal-assistant.oxt and the command-line tool build/proposal-assistant.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
