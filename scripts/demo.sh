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
  # A throwaway profile: the CLI installs the extension into it, then Writer opens the sample
  # on it, never on your own LibreOffice profile.
  profile="${TMPDIR:-/tmp}/proposal-assistant-demo-$$"
  build/proposal-assistant structure --profile "$profile" "$sample" >/dev/null
  copy="$profile-sample.docx"
  cp "$sample" "$copy"
  echo "Opening a copy of $sample in Writer (profile $profile): see the Proposals menu."
  /usr/lib/libreoffice/program/soffice -env:UserInstallation="file://$profile" --norestore "$copy"
fi
