# Shared harness of the integration tests: a headless LibreOffice on a throwaway profile with the
# real .oxt installed, the real CLI, and the corpus with its labels. Never a real user profile.
import glob
import json
import os
import re
import subprocess
import tempfile

# Exits 77 (a ctest SKIP) when python-uno is missing.
from pa_office import Office as _Office
from pa_office import body, close, deleted_whole, paragraphs, prop, scaled, wait_until, write_odf  # noqa: F401 (the tests use them)


def env_path(name):
    """A path the ctest registration passes in; a missing one is a broken build, not a skip."""
    value = os.environ.get(name)
    if not value:
        raise SystemExit("%s is not set: run this test through ctest" % name)
    return value


CLI = env_path("PA_CLI")
OXT = env_path("PA_OXT")
CORPUS = env_path("PA_CORPUS")
WORK = env_path("PA_TEST_WORK")
for built in (CLI, OXT):
    if not os.path.exists(built):
        raise SystemExit("%s does not exist: build the project (make) before running ctest" % built)


def work_dir(prefix):
    """A fresh folder of the build tree, removed by the caller."""
    os.makedirs(WORK, exist_ok=True)
    return tempfile.mkdtemp(prefix=prefix + "-", dir=WORK)


# ---- corpus -------------------------------------------------------------------------------------

def corpus_documents():
    """Every corpus .docx/.odt with its NAME.labels.json: [(path, labels)] in a stable order."""
    found = []
    for path in sorted(glob.glob(os.path.join(CORPUS, "**", "*.docx"), recursive=True) +
                       glob.glob(os.path.join(CORPUS, "**", "*.odt"), recursive=True)):
        labels = os.path.splitext(path)[0] + ".labels.json"
        if os.path.exists(labels):
            with open(labels, encoding="utf-8") as f:
                found.append((path, json.load(f)))
    found.sort()
    return found


def short_name(path):
    return os.path.relpath(path, CORPUS)


def style_key(name):
    """Style names compare case-insensitively, ignoring '_', '-' and spaces ("Res_No" = "ResNo");
    the labels' "Normal" is Writer's default paragraph style "Standard"."""
    key = re.sub(r"[\s_\-]", "", name or "").lower()
    return "standard" if key in ("normal", "defaultparagraphstyle") else key


# ---- the CLI ------------------------------------------------------------------------------------

def run_cli(args, profile, timeout=300):
    """Runs the real CLI on a given profile folder; returns the CompletedProcess. `timeout` is
    for an idle machine (scaled())."""
    return subprocess.run([CLI, "--profile", profile, "--oxt", OXT] + list(args),
                          capture_output=True, text=True, timeout=scaled(timeout))


# ---- the office ---------------------------------------------------------------------------------

class Office(_Office):
    """The tests' office: its profile in the build tree, the built .oxt."""

    def __init__(self, name, headless=True):
        super().__init__(name, WORK, headless)

    def install_extension(self, oxt=None):
        super().install_extension(oxt or OXT)
