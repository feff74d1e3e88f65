#!/usr/bin/env bash
# The core under AddressSanitizer and UndefinedBehaviorSanitizer: configures build-sanitize/
# with clang 14 (-fsanitize=address,undefined, no recovery: the first finding fails; no office),
# builds the core, its unit tests and the libFuzzer targets (fuzz/), then runs the unit tests
# and each fuzz target for PA_FUZZ_SECONDS seconds (default 10) from its seed corpus.
# Called by scripts/test.sh; extra arguments go to ctest (e.g. -L fuzz, -LE fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${PA_FUZZ_SECONDS:-10}
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 "${launcher[@]}" \
  -DPA_WITH_OFFICE=OFF -DPA_FUZZ=ON -DPA_FUZZ_SECONDS="$seconds" >/dev/null
cmake --build build-sanitize -j"$(nproc)"
symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer
if [ -x "$symbolizer" ]; then export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$symbolizer}; fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir build-sanitize --output-on-failure -j"$(nproc)" "$@"
