# The CLI's own LibreOffice profile: where it lives (cache, $PROPOSAL_ASSISTANT_PROFILE), reused
# while the .oxt is unchanged, prepared again when it changes, and the user's real LibreOffice
# profile never created or touched.
import json
import os
import re
import shutil
import subprocess
import unittest

import pa_harness as h

PREPARING = "preparing the LibreOffice profile"


class CliProfileTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = h.work_dir("cli-profile")
        cls.addClassCleanup(shutil.rmtree, cls.dir, ignore_errors=True)
        cls.document = os.path.join(h.CORPUS, "base", "res11-hammamet-2016.docx")

    def cli(self, args, home, **env_extra):
        """The CLI with a private HOME (and so a private default cache), no --profile."""
        env = {k: v for k, v in os.environ.items()
               if k not in ("XDG_CACHE_HOME", "PROPOSAL_ASSISTANT_PROFILE")}
        env["HOME"] = home
        env.update(env_extra)
        return subprocess.run([h.CLI] + args, capture_output=True, text=True, env=env,
                              timeout=h.scaled(300))

    def test_default_profile_in_cache_is_reused(self):
        home = os.path.join(self.dir, "home-cache")
        os.makedirs(home)
        first = self.cli(["structure", "--oxt", h.OXT, self.document], home)
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertIn(PREPARING, first.stderr)
        cache = os.path.join(home, ".cache", "proposal-assistant")
        profiles = os.listdir(cache)
        self.assertEqual(len(profiles), 1)
        self.assertRegex(profiles[0], r"^profile-[0-9a-f]{16}$")
        second = self.cli(["structure", "--oxt", h.OXT, self.document], home)
        self.assertEqual(second.returncode, 0, second.stderr)
        self.assertNotIn(PREPARING, second.stderr)
        self.assertEqual(second.stdout, first.stdout)
        # The user's own LibreOffice profile is never created.
        self.assertFalse(os.path.exists(os.path.join(home, ".config", "libreoffice")))

    def test_xdg_cache_home_and_environment_override(self):
        home = os.path.join(self.dir, "home-env")
        os.makedirs(home)
        xdg = os.path.join(self.dir, "xdg")
        run = self.cli(["structure", "--oxt", h.OXT, self.document], home, XDG_CACHE_HOME=xdg)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(len(os.listdir(os.path.join(xdg, "proposal-assistant"))), 1)
        chosen = os.path.join(self.dir, "chosen-profile")
        run = self.cli(["structure", "--oxt", h.OXT, self.document], home,
                       PROPOSAL_ASSISTANT_PROFILE=chosen)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn(chosen, run.stderr)
        self.assertTrue(os.path.exists(os.path.join(chosen, "proposal-assistant-profile")))
        # Not the cache (the office's dconf layer may still create ~/.cache/dconf).
        self.assertFalse(os.path.exists(os.path.join(home, ".cache", "proposal-assistant")))
        self.assertFalse(os.path.exists(os.path.join(home, ".config", "libreoffice")))

    def test_changed_package_is_installed_again(self):
        oxt = os.path.join(self.dir, "changing.oxt")
        shutil.copyfile(h.OXT, oxt)
        profile = os.path.join(self.dir, "changing-profile")
        runs = []
        for change in (False, False, True, False):
            if change:  # a different .oxt: one more file inside
                extra = os.path.join(self.dir, "CHANGED.txt")
                with open(extra, "w") as f:
                    f.write("a rebuilt extension\n")
                subprocess.run(["zip", "-q", "-j", oxt, extra], check=True)
            run = subprocess.run([h.CLI, "--profile", profile, "--oxt", oxt, "structure",
                                  self.document], capture_output=True, text=True, timeout=h.scaled(300))
            self.assertEqual(run.returncode, 0, run.stderr)
            runs.append(PREPARING in run.stderr)
        self.assertEqual(runs, [True, False, True, False])
        with open(os.path.join(profile, "proposal-assistant-profile")) as f:
            self.assertRegex(f.read().strip(), r"^[0-9a-f]{16}$")

    def test_types_from_the_installed_package_when_not_beside_the_program(self):
        # An installed copy of the tool: the program and the .oxt, no proposal-assistant.rdb.
        bin_dir = os.path.join(self.dir, "bin")
        os.makedirs(bin_dir)
        shutil.copy2(h.CLI, os.path.join(bin_dir, "proposal-assistant"))
        shutil.copy2(h.OXT, os.path.join(bin_dir, "proposal-assistant.oxt"))
        self.assertFalse(os.path.exists(os.path.join(bin_dir, "proposal-assistant.rdb")))
        run = subprocess.run([os.path.join(bin_dir, "proposal-assistant"), "--profile",
                              os.path.join(self.dir, "bin-profile"), "structure", "--json",
                              self.document], capture_output=True, text=True, timeout=h.scaled(300))
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(json.loads(run.stdout)["file"], self.document)

    def test_missing_package_is_a_clear_error(self):
        run = subprocess.run([h.CLI, "--profile", os.path.join(self.dir, "unused"), "--oxt",
                              os.path.join(self.dir, "no-such.oxt"), "structure", self.document],
                             capture_output=True, text=True, timeout=h.scaled(60))
        self.assertEqual(run.returncode, 1)
        self.assertTrue(re.search(r"no-such\.oxt does not exist", run.stderr), run.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
