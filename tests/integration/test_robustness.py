# Inputs that are not proposals, generated through the office: an empty document, one with no
# resolution, one that is only a table, a single 1 MB paragraph, corrupt files and a
# spreadsheet. The CLI and the menu command give a clear message, no crash, the office survives.
import json
import os
import shutil
import signal
import subprocess
import unittest
from xml.sax.saxutils import escape

import pa_harness as h
import uno  # noqa: E402  (after pa_harness: a missing python-uno is a skip)

COMMAND = "vnd.itu.proposalassistant:RecognizeStructure"
MEGABYTE = 1 << 20


class RobustnessTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = h.Office("robust")
        cls.addClassCleanup(cls.office.cleanup)
        cls.office.start()
        cls.office.install_extension()
        cls.dir = h.work_dir("robust-inputs")
        cls.addClassCleanup(shutil.rmtree, cls.dir, ignore_errors=True)
        cls.cli_profile = os.path.join(cls.dir, "cli-profile")
        cls.inputs = cls.make_inputs()

    @classmethod
    def make_inputs(cls):
        o, d = cls.office, cls.dir
        paths = {}

        def writer(name, fill):
            doc = o.new_writer()
            try:
                fill(doc)
                paths[name] = os.path.join(d, name)
                o.save(doc, paths[name])
            finally:
                h.close(doc)

        writer("empty.odt", lambda doc: None)
        writer("empty.docx", lambda doc: None)
        writer("no-resolution.docx", lambda doc: doc.Text.setString(
            "Introduction\rThis contribution reports on the work of the study group.\r"
            "It proposes no change to any resolution."))

        def table(doc):
            t = doc.createInstance("com.sun.star.text.TextTable")
            t.initialize(3, 2)
            doc.Text.insertTextContent(doc.Text.getEnd(), t, False)
            for i, name in enumerate(t.getCellNames()):
                t.getCellByName(name).setString("considering %d" % i)
            # Writer keeps one paragraph after a table; make the table the first element and
            # leave that trailing paragraph empty.
            first = doc.Text.createEnumeration().nextElement()
            if first.supportsService("com.sun.star.text.Paragraph") and not first.getString():
                first.dispose()
        writer("table-only.odt", table)

        # Written as ODF by hand: through the office, setting 1 MB of text takes about 40 s of
        # Writer layout.
        words = "considering that the assembly resolves to instruct the Director; "
        big_text = (words * (MEGABYTE // len(words) + 1))[:MEGABYTE]
        paths["one-megabyte-paragraph.odt"] = os.path.join(d, "one-megabyte-paragraph.odt")
        h.write_odf(paths["one-megabyte-paragraph.odt"], "text",
                    "<office:text><text:p>%s</text:p></office:text>" % escape(big_text))
        cls.big_text_length = len(big_text)

        # A password-protected .odt, stored so by the office itself.
        doc = o.new_writer()
        try:
            doc.Text.setString("RESOLUTION 11 (Rev. Hammamet, 2016)")
            paths["password.odt"] = os.path.join(d, "password.odt")
            doc.storeToURL(uno.systemPathToFileUrl(paths["password.odt"]),
                           (h.prop("FilterName", "writer8"), h.prop("Password", "secret")))
        finally:
            h.close(doc)

        # This machine's office may have no Calc: a spreadsheet is written by hand too.
        paths["spreadsheet.ods"] = os.path.join(d, "spreadsheet.ods")
        h.write_odf(paths["spreadsheet.ods"], "spreadsheet",
                    '<office:spreadsheet><table:table table:name="Sheet1"><table:table-row>'
                    '<table:table-cell office:value-type="string"><text:p>RESOLUTION 11</text:p>'
                    '</table:table-cell></table:table-row></table:table></office:spreadsheet>')

        # A .docx cut short (a broken zip) and an .odt of random bytes.
        with open(os.path.join(h.CORPUS, "proposals", "ATU-35A3-mod-res11.docx"), "rb") as f:
            head = f.read()[:3000]
        paths["truncated.docx"] = os.path.join(d, "truncated.docx")
        with open(paths["truncated.docx"], "wb") as f:
            f.write(head)
        paths["garbage.odt"] = os.path.join(d, "garbage.odt")
        with open(paths["garbage.odt"], "wb") as f:
            f.write(os.urandom(8000))
        paths["missing.docx"] = os.path.join(d, "missing.docx")
        return paths

    VALID = ["empty.odt", "empty.docx", "no-resolution.docx", "table-only.odt",
             "one-megabyte-paragraph.odt"]
    BROKEN = {"truncated.docx": "cannot load|corrupt", "garbage.odt": "cannot load|corrupt",
              # "not a text document" where Calc is installed; else the format is unknown here.
              "spreadsheet.ods": "not a text document|does not recognise|no import filter",
              "missing.docx": "no such file"}

    # ---- the CLI ----

    def test_cli_valid_inputs_give_structure(self):
        for name in self.VALID:
            with self.subTest(input=name):
                run = h.run_cli(["structure", "--json", self.inputs[name]], self.cli_profile)
                self.assertEqual(run.returncode, 0, run.stderr)
                result = json.loads(run.stdout)
                self.assertEqual(result["file"], self.inputs[name])
                roles = {p["role"] for p in result["paragraphs"]}
                # Nothing here is a resolution or a proposal.
                self.assertLessEqual(roles - {"other", "body", "call"}, set(), roles)
                self.assertEqual(result["summary"]["resolutions"], 0)
                self.assertEqual(result["summary"]["proposals"], 0)
                # ... and says so on stderr, naming the file.
                note = "the document is empty" if name.startswith("empty") else \
                    "no resolution and no proposal found"
                self.assertIn("%s: %s" % (self.inputs[name], note), run.stderr)
                if name == "one-megabyte-paragraph.odt":
                    self.assertEqual(len(result["paragraphs"]), 1)
                    self.assertEqual(len(result["paragraphs"][0]["text"]), self.big_text_length)
                if name == "table-only.odt":
                    texts = [p["text"] for p in result["paragraphs"]]
                    self.assertIn("considering 0", texts)

    def test_cli_broken_inputs_named_on_stderr_others_processed(self):
        order = ["truncated.docx", "empty.odt", "garbage.odt", "spreadsheet.ods",
                 "no-resolution.docx", "missing.docx", "one-megabyte-paragraph.odt"]
        run = h.run_cli(["structure", "--json"] + [self.inputs[n] for n in order],
                        self.cli_profile)
        self.assertEqual(run.returncode, 2, run.stderr)
        lines = run.stderr.strip().splitlines()
        for name, why in self.BROKEN.items():
            with self.subTest(input=name):
                mine = [l for l in lines if self.inputs[name] in l]
                self.assertEqual(len(mine), 1, run.stderr)
                self.assertRegex(mine[0], why)
        # The office survived every broken file: the valid ones after them were processed.
        results = json.loads(run.stdout)
        self.assertEqual([r["file"] for r in results],
                         [self.inputs[n] for n in order if n not in self.BROKEN])

    def test_cli_restarts_an_office_that_dies(self):
        """The office is killed while the CLI loads the first FILE: that FILE is reported, the
        CLI starts a new office and processes the others."""
        files = [self.inputs[n] for n in ("one-megabyte-paragraph.odt", "no-resolution.docx",
                                          "empty.odt")]
        cli = subprocess.Popen([h.CLI, "--profile", self.cli_profile, "--oxt", h.OXT,
                                "structure", "--json", "--timings"] + files,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            seen = []
            for line in cli.stderr:  # the office is up once the CLI reports its start time
                seen.append(line)
                if line.startswith("timings office: start"):
                    break
            with open("/proc/%d/task/%d/children" % (cli.pid, cli.pid)) as f:
                office = [int(pid) for pid in f.read().split()]
            self.assertEqual(len(office), 1, "the CLI runs one office: %s" % "".join(seen))
            os.kill(office[0], signal.SIGKILL)  # the CLI's own child, by its PID
            out, err = cli.communicate(timeout=h.scaled(300))
        finally:
            if cli.poll() is None:
                cli.kill()
                cli.wait()
        err = "".join(seen) + err
        self.assertEqual(cli.returncode, 2, err)
        self.assertIn("%s: LibreOffice stopped while processing it" % files[0], err)
        self.assertEqual([r["file"] for r in json.loads(out)], files[1:])

    def test_cli_apply_styles_on_inputs(self):
        for name in self.VALID:
            with self.subTest(input=name):
                out = os.path.join(self.dir, name + ".out.odt")
                run = h.run_cli(["apply-styles", self.inputs[name], "-o", out], self.cli_profile)
                self.assertEqual(run.returncode, 0, run.stderr)
                self.assertTrue(os.path.getsize(out) > 0)
        for name in self.BROKEN:
            with self.subTest(input=name):
                out = os.path.join(self.dir, name + ".out.docx")
                run = h.run_cli(["apply-styles", self.inputs[name], "-o", out], self.cli_profile)
                self.assertEqual(run.returncode, 2, run.stderr)
                self.assertIn(self.inputs[name], run.stderr)
                self.assertFalse(os.path.exists(out))

    def test_cli_usage_errors(self):
        doc = self.inputs["empty.odt"]
        for args in ([], ["frobnicate", doc], ["structure"], ["structure", "--bogus", doc],
                     ["apply-styles", doc], ["apply-styles", doc, "-o", "out.txt"],
                     ["apply-styles", doc, doc, "-o", "out.odt"], ["apply-styles", doc, "-o", doc],
                     ["structure", doc, "-o", "x.odt"]):
            with self.subTest(args=args):
                run = h.run_cli(args, self.cli_profile)
                self.assertEqual(run.returncode, 64, run.stderr)
                self.assertIn("usage:", run.stderr)

    def test_cli_refuses_a_foreign_profile(self):
        foreign = os.path.join(self.dir, "someones-profile")
        os.makedirs(os.path.join(foreign, "user"))
        with open(os.path.join(foreign, "user", "registrymodifications.xcu"), "w") as f:
            f.write("<oor:items/>")
        run = h.run_cli(["structure", self.inputs["empty.odt"]], foreign)
        self.assertEqual(run.returncode, 1)
        self.assertIn("refusing", run.stderr)
        with open(os.path.join(foreign, "user", "registrymodifications.xcu")) as f:
            self.assertEqual(f.read(), "<oor:items/>", "the foreign profile was touched")

    def assertPlainLine(self, stderr, expected):
        """One line that says `expected`, no error code of the office, no source path."""
        lines = [l for l in stderr.splitlines() if l.startswith("proposal-assistant: ") and
                 "preparing the LibreOffice profile" not in l]
        self.assertEqual(len(lines), 1, stderr)
        self.assertIn(expected, lines[0])
        self.assertNotRegex(lines[0], r"0x[0-9a-fA-F]|\.cxx|sfx2|Sfx|Error Area")

    def test_cli_password_protected_file(self):
        path = self.inputs["password.odt"]
        run = h.run_cli(["structure", path], self.cli_profile)
        self.assertEqual(run.returncode, 2, run.stderr)
        self.assertPlainLine(run.stderr, "%s: it is protected by a password" % path)
        out = os.path.join(self.dir, "from-password.odt")
        run = h.run_cli(["apply-styles", path, "-o", out], self.cli_profile)
        self.assertEqual(run.returncode, 2, run.stderr)
        self.assertPlainLine(run.stderr, "it is protected by a password")
        self.assertFalse(os.path.exists(out))

    def test_cli_output_that_cannot_be_written(self):
        source = self.inputs["no-resolution.docx"]
        folder = os.path.join(self.dir, "a-folder.odt")
        os.makedirs(folder, exist_ok=True)
        run = h.run_cli(["apply-styles", source, "-o", folder], self.cli_profile)
        self.assertEqual(run.returncode, 1, run.stderr)
        self.assertPlainLine(run.stderr, "cannot write %s: it is a folder" % folder)
        if os.geteuid() != 0:  # root writes into any folder: only a user is denied
            locked = os.path.join(self.dir, "locked")
            os.makedirs(locked, exist_ok=True)
            os.chmod(locked, 0o555)
            self.addCleanup(os.chmod, locked, 0o755)
            out = os.path.join(locked, "out.odt")
            run = h.run_cli(["apply-styles", source, "-o", out], self.cli_profile)
            self.assertEqual(run.returncode, 1, run.stderr)
            self.assertPlainLine(run.stderr, "cannot write %s: permission denied" % out)
        # A file system that takes no new file: the office's refusal, in words.
        run = h.run_cli(["apply-styles", source, "-o", "/proc/pa-test-out.odt"], self.cli_profile)
        self.assertEqual(run.returncode, 1, run.stderr)
        self.assertPlainLine(run.stderr, "cannot write /proc/pa-test-out.odt: ")

    def test_cli_progress_on_a_terminal_only(self):
        source = self.inputs["no-resolution.docx"]
        piped = h.run_cli(["structure", source], self.cli_profile)
        self.assertEqual(piped.returncode, 0, piped.stderr)
        self.assertNotIn("loading", piped.stderr)
        main, secondary = os.openpty()  # stderr a terminal, stdout still a pipe
        try:
            run = subprocess.run([h.CLI, "--profile", self.cli_profile, "--oxt", h.OXT,
                                  "structure", source], stdout=subprocess.PIPE, stderr=secondary,
                                 timeout=h.scaled(300))
            os.close(secondary)
            secondary = None
            seen = b""
            while True:
                try:
                    chunk = os.read(main, 4096)
                except OSError:  # the terminal is closed once nothing holds its other end
                    break
                if not chunk:
                    break
                seen += chunk
        finally:
            if secondary is not None:
                os.close(secondary)
            os.close(main)
        self.assertEqual(run.returncode, 0)
        text = seen.decode("utf-8", "replace")
        self.assertIn("%s: loading\u2026" % source, text)
        self.assertIn("%s: reading\u2026" % source, text)
        # Cleared before anything else is said: what follows the last clearing is no stage.
        self.assertNotIn("\u2026", text.rsplit("\x1b[K", 1)[1])
        self.assertNotIn(b"loading", run.stdout)

    # ---- the menu command in the office ----

    def test_menu_command_on_inputs(self):
        # Not the 1 MB paragraph: opening it in a frame costs about a minute of Writer layout
        # before the command even runs; the CLI tests above run the same engine call on it.
        for name in [n for n in self.VALID if n != "one-megabyte-paragraph.odt"]:
            with self.subTest(input=name):
                doc = self.office.load(self.inputs[name])
                try:
                    before = h.paragraphs(doc)
                    self.office.dispatch(doc, COMMAND)
                    after = h.paragraphs(doc)
                    self.assertEqual([t for _, t in after], [t for _, t in before])
                    # Nothing is recognised as ITU structure, so no style changes.
                    self.assertEqual(after, before)
                finally:
                    h.close(doc)
                self.assertTrue(self.office.alive())

    def test_office_survives_broken_files(self):
        for name in ("truncated.docx", "garbage.odt"):
            with self.subTest(input=name):
                doc = None
                try:
                    doc = self.office.load(self.inputs[name])
                except Exception:
                    pass  # refusing to load is a fine answer
                finally:
                    h.close(doc)
                self.assertTrue(self.office.alive())


if __name__ == "__main__":
    unittest.main(verbosity=2)
