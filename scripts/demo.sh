#!/usr/bin/env bash
# The main job on the bundled sample: install what is needed, build, package the .oxt, and
# print the structure of a real proposal (MOD ATU/35A3/1). With a display, also opens the
# sample in Writer with the extension installed in a throwaway profile.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
sample=tests/data/corpus/proposals/ATU-35A3-mod-res11.docx
build/proposal-assistant structure "$sample"
if [ -n "${DISPLAY:-}" ]; then
  profile=$(mktemp -d "${TMPDIR:-/tmp}/proposal-assistant-demo.XXXXXX")
  echo "Opening $sample in Writer (throwaway profile $profile): see the Proposals menu."
  build/proposal-assistant open --profile "$profile" "$sample"
fi
