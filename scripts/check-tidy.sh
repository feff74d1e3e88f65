#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy) on the core's and the CLI's .cpp files changed relative to the
# merge-base with main (committed or not), and fails on any warning. Where no merge-base can be
# computed (CI's clean checkout, or on main itself) it checks the files of the last commit (in a
# shallow clone of depth 1: every file). --all checks every core and CLI file. Needs
# build/compile_commands.json (a configured build: scripts/build.sh). Run by scripts/test.sh,
# so by CI too.
#   scripts/check-tidy.sh [--all]      PA_BUILD_DIR (default build), PA_TIDY_JOBS (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PA_BUILD_DIR:-build}
jobs=${PA_TIDY_JOBS:-2}
if [ ! -f "$build/compile_commands.json" ]; then
  echo "check-tidy: no $build/compile_commands.json: configure the build first (scripts/build.sh)" >&2
  exit 1
fi
wanted=(':(glob)src/core/**/*.cpp' ':(glob)src/cli/**/*.cpp')

changed() {
  if [ "${1:-}" = "--all" ]; then
    git ls-files -- "${wanted[@]}"
    return
  fi
  local base=""
  for ref in main origin/main; do
    base=$(git merge-base HEAD "$ref" 2>/dev/null) && break
    base=""
  done
  if [ -n "$base" ] && [ "$base" != "$(git rev-parse HEAD)" ]; then
    echo "check-tidy: files changed since the merge-base with main (${base:0:10})" >&2
    git diff --name-only --diff-filter=d "$base" -- "${wanted[@]}"
  else
    echo "check-tidy: files of the last commit, and uncommitted changes" >&2
    { git diff-tree --root --no-commit-id --name-only --diff-filter=d -r HEAD -- "${wanted[@]}"
      git diff --name-only --diff-filter=d HEAD -- "${wanted[@]}"; } | sort -u
  fi
}

mapfile -t files < <(changed "${1:-}")
if [ ${#files[@]} -eq 0 ]; then
  echo "check-tidy: no core or CLI .cpp file to check"
  exit 0
fi
echo "check-tidy: ${#files[@]} file(s): ${files[*]}" >&2
# clang-tidy exits non-zero on any warning (.clang-tidy: WarningsAsErrors '*').
if printf '%s\n' "${files[@]}" | xargs -P "$jobs" -n 1 clang-tidy -p "$build" --quiet; then
  echo "check-tidy: ${#files[@]} file(s) clean"
else
  echo "check-tidy: clang-tidy found problems (see above; .clang-tidy says which checks run)" >&2
  exit 1
fi
