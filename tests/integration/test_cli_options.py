# The CLI's command line (Boost.Program_options): help per command, the three spellings of
# -o, and usage errors on one line with exit status 64. No office is started: every case here
# is decided before the CLI starts one.
import os
import shutil
import subprocess
import unittest

import pa_harness as h


class CliOptionsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = h.work_dir("cli-options")
        cls.addClassCleanup(shutil.rmtree, cls.dir, ignore_errors=True)
        cls.doc = os.path.join(h.CORPUS, "base", "res11-hammamet-2016.docx")
        # A profile that must stay unused: nothing here may start an office.
        cls.profile = os.path.join(cls.dir, "never-prepared")

    def cli(self, args):
        return subprocess.run([h.CLI, "--profile", self.profile] + args, capture_output=True,
                              text=True, timeout=60)

    def tearDown(self):
        self.assertFalse(os.path.exists(self.profile), "an office profile was prepared")

    def test_help(self):
        run = self.cli(["--help"])
        self.assertEqual(run.returncode, 0, run.stderr)
        for command in ("structure", "apply-styles", "check", "markup", "merge"):
            self.assertIn(command, run.stdout)
        self.assertIn("COMMAND --help", run.stdout)
        self.assertIn("64 usage error", run.stdout)

    def test_help_per_command(self):
        markup = self.cli(["markup", "--help"])
        self.assertEqual(markup.returncode, 0, markup.stderr)
        self.assertTrue(markup.stdout.startswith("usage: proposal-assistant markup --base FILE"))
        for option in ("--base", "--assembly", "-o [ --output ] OUT", "--json", "--profile"):
            self.assertIn(option, markup.stdout)
        self.assertNotIn("--resolution", markup.stdout)
        structure = self.cli(["structure", "-h"])
        self.assertEqual(structure.returncode, 0, structure.stderr)
        self.assertIn("options of structure", structure.stdout)
        self.assertNotIn("--output", structure.stdout)

    def test_version(self):
        run = self.cli(["--version"])
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertRegex(run.stdout, r"^proposal-assistant \d+\.\d+\.\d+\n$")

    def test_output_spellings(self):
        # OUT with an extension the CLI cannot save to: the usage error names OUT as parsed.
        for args in (["-oout.txt"], ["-o", "out.txt"], ["--output=out.txt"],
                     ["--output", "out.txt"]):
            with self.subTest(args=args):
                run = self.cli(["apply-styles", self.doc] + args)
                self.assertEqual(run.returncode, 64, run.stderr)
                self.assertIn("cannot tell the format of out.txt", run.stderr)

    def test_usage_errors_are_one_line(self):
        cases = {
            (): "no command given",
            ("frobnicate", "x.odt"): "unknown command frobnicate",
            ("structure",): "no FILE given",
            ("structure", "--bogus", "x.odt"): "--bogus",
            ("structure", "x.odt", "-o", "y.odt"): "-o/--output is for apply-styles, markup and merge",
            ("apply-styles", "x.odt", "--json", "-o", "y.odt"): "--json is for",
            ("check", "--resolution", "11", "x.odt"): "--resolution is for merge, not check",
            ("check", "--base"): "--base",
            ("merge", "--base", "b.odt", "c.odt", "-o", "m.odt"): "merge needs --resolution N",
            ("markup", "--base", "b.odt", "x.odt", "y.odt", "-o", "m.odt"):
                "markup takes exactly one FILE",
            ("check", "--res", "11", "x.odt"): "--res",  # no guessing of --resolution
        }
        for args, message in cases.items():
            with self.subTest(args=args):
                run = self.cli(list(args))
                self.assertEqual(run.returncode, 64, run.stderr)
                self.assertEqual(run.stdout, "")
                self.assertEqual(run.stderr.count("\n"), 1, run.stderr)
                self.assertIn(message, run.stderr)
                self.assertIn("usage: proposal-assistant", run.stderr)

    def test_options_before_the_command(self):
        # --profile and --oxt stand before the command in the harness; a command's own options
        # may too, as before.
        run = self.cli(["--json", "apply-styles", self.doc, "-o", "y.odt"])
        self.assertEqual(run.returncode, 64, run.stderr)
        self.assertIn("--json is for", run.stderr)
        self.assertIn("apply-styles --help", run.stderr)


if __name__ == "__main__":
    unittest.main()
