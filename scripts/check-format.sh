#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what the project's .clang-format makes of it, naming
# the files (fix with: clang-format -i FILE...). Run by scripts/test.sh, so by CI too.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.hpp' 2>/dev/null || find src tests fuzz -name '*.cpp' -o -name '*.hpp')
unformatted=()
for f in "${files[@]}"; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
done
if [ ${#unformatted[@]} -gt 0 ]; then
  echo "check-format: ${#unformatted[@]} file(s) not formatted with .clang-format: ${unformatted[*]}" >&2
  echo "check-format: run clang-format -i on them" >&2
  exit 1
fi
echo "check-format: ${#files[@]} C++ files formatted"
