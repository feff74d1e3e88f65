# Validate (issue 5) in a real office: every rule id both ways through the real CLI (`check
# --json`), the corpus clean, and the checker service's selection, fixes and "Ignore rule".
import json
import os
import re
import shutil
import unittest

import uno

import pa_harness as h
from pa_harness import body

PROPOSAL = os.path.join(h.CORPUS, "proposals", "ATU-35A3-mod-res11.docx")
PROPOSAL_ODT = os.path.join(h.CORPUS, "proposals", "ATU-35A3-mod-res11.odt")
BASE = os.path.join(h.CORPUS, "base", "res11-hammamet-2016.docx")
BASE_TEXTS = [os.path.join(h.CORPUS, "base", name) for name in
              ("res11-hammamet-2016.docx", "res11-hammamet-2016.odt", "res11-new-delhi-2024.docx")]
RDB = os.path.join(os.path.dirname(h.OXT), "proposal-assistant.rdb")
ASSEMBLY = "New Delhi, 2024"


# ---- building documents through the office ------------------------------------------------------

def replace(doc, index, old, new, tracked=False):
    """Replaces the first `old` in paragraph `index` (marked text), recorded or not."""
    paragraph = body(doc)[index]
    position = paragraph.getString().index(old)
    cursor = paragraph.getText().createTextCursorByRange(paragraph.getStart())
    cursor.goRight(position, False)
    cursor.goRight(len(old), True)
    doc.RecordChanges = tracked
    cursor.setString(new)
    doc.RecordChanges = False


def append(doc, paragraphs):
    """Adds (style, text) paragraphs at the end of the document."""
    text = doc.getText()
    for style, content in paragraphs:
        cursor = text.createTextCursor()
        cursor.gotoEnd(False)
        text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
        cursor.gotoEnd(False)
        text.insertString(cursor, content, False)
        cursor.ParaStyleName = style


def insert_before(doc, index, style, content):
    """A new paragraph of `style` before paragraph `index`."""
    paragraph = body(doc)[index]
    text = paragraph.getText()
    cursor = text.createTextCursorByRange(paragraph.getStart())
    text.insertString(cursor, content, False)
    text.insertControlCharacter(cursor, 0, False)
    body(doc)[index].ParaStyleName = style


def delete_paragraph(doc, index):
    paragraphs = body(doc)
    cursor = doc.getText().createTextCursorByRange(paragraphs[index - 1].getEnd())
    cursor.gotoRange(paragraphs[index].getEnd(), True)
    cursor.setString("")


def set_assembly(doc, assembly):
    props = doc.getDocumentProperties().getUserDefinedProperties()
    props.addProperty("Proposal Assembly", 128, assembly)  # REMOVABLE


def sup(number, resolution="12"):
    return [("Proposal", "SUP\t" + number), ("ResNo", "RESOLUTION %s (Rev. Hammamet, 2016)" % resolution),
            ("Restitle", "Something that was done"), ("Reasons", "Reasons:\tIts purpose is fulfilled.")]


def add(number_line):
    return [("Proposal", "ADD\tATU/35A3/2"), ("ResNo", number_line), ("Restitle", "A new subject"),
            ("Normalaftertitle", "The World Telecommunication Standardization Assembly (New Delhi, 2024),"),
            ("Call", "resolves"), ("Standard", "to do new things."), ("Reasons", "Reasons:\tNew work.")]


def from_base(symbol, tracked):
    """The Hammamet base text turned into a proposal `symbol` ATU/35A3/1, with one tracked
    change in a recognizing item or none."""
    def edit(doc):
        insert_before(doc, 5, "Proposal", symbol + "\tATU/35A3/1")
        append(doc, [("Reasons", "Reasons:\tStill needed.")])
        if tracked:
            replace(doc, 15, "the cooperation", "the close cooperation", tracked=True)
    return edit


# Corpus proposal paragraphs: 13 proposal line, 14 number line, 18 considering, 19 considering
# a), 21 considering c) (last, ends ","), 24 recognizing b), 34 Reasons.
def untouched(doc):
    pass


# rule: (edit that triggers it, edit of the near-identical document that does not, words
# selected by the finding or None, source document)
CASES = {
    "proposal-header-format": (lambda d: replace(d, 13, "MOD\t", "MOD "), untouched, "MOD ATU/35A3/1", PROPOSAL),
    "proposal-number-sequence": (lambda d: append(d, sup("ATU/35A3/3")), lambda d: append(d, sup("ATU/35A3/2")),
                                 "3", PROPOSAL),
    "proposal-number-duplicate": (lambda d: append(d, sup("ATU/35A3/1")), lambda d: append(d, sup("ATU/35A3/2")),
                                  "ATU/35A3/1", PROPOSAL),
    "proposal-number-prefix": (lambda d: append(d, sup("ATU/35A2/2") + sup("ATU/35A3/3", "13")),
                               lambda d: append(d, sup("ATU/35A3/2") + sup("ATU/35A3/3", "13")), "ATU/35A2", PROPOSAL),
    "proposal-number-document": (lambda d: replace(d, 13, "35A3", "36A3"), untouched, "36A3", PROPOSAL),
    "missing-reasons": (lambda d: delete_paragraph(d, 34), untouched, "MOD\tATU/35A3/1", PROPOSAL),
    "unknown-target": (lambda d: replace(d, 14, "RESOLUTION 11", "RESOLUTION 12"), untouched, "12", PROPOSAL),
    "add-number-clash": (lambda d: append(d, add("RESOLUTION 11 (New Delhi, 2024)")),
                         lambda d: append(d, add("DRAFT NEW RESOLUTION [ATU-1] (New Delhi, 2024)")), "11", PROPOSAL),
    "untracked-change": (lambda d: replace(d, 19, "collaborating", "working"),
                         lambda d: replace(d, 19, "collaborating", "working", tracked=True), "working", PROPOSAL),
    "base-mismatch": (lambda d: (replace(d, 19, "collaborating", "working"),
                                 replace(d, 19, "working", "cooperating", tracked=True)),
                      lambda d: replace(d, 19, "collaborating", "cooperating", tracked=True), "working", PROPOSAL),
    "revision-inconsistent": (lambda d: set_assembly(d, "Geneva, 2028"), lambda d: set_assembly(d, ASSEMBLY),
                              None, PROPOSAL),
    "mod-without-changes": (from_base("MOD", False), from_base("MOD", True), "MOD", BASE),
    "tracked-change-outside-mod": (from_base("NOC", True), from_base("NOC", False), "the close cooperation",
                                   BASE),
    "item-sequence": (lambda d: replace(d, 24, "b)", "c)", tracked=True), untouched, "c)", PROPOSAL),
    "punctuation": (lambda d: replace(d, 21, "connection,", "connection;", tracked=True), untouched, None, PROPOSAL),
    "style": (lambda d: setattr(body(d)[18], "ParaStyleName", "Standard"), untouched, "considering", PROPOSAL),
}

RULE_IDS = ["proposal-header-format", "proposal-number-sequence", "proposal-number-duplicate",
            "proposal-number-prefix", "proposal-number-document", "missing-reasons", "unknown-target",
            "add-number-clash", "untracked-change", "base-mismatch", "revision-inconsistent",
            "mod-without-changes", "tracked-change-outside-mod", "item-sequence", "punctuation", "style"]


class CheckTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = h.work_dir("check")
        cls.addClassCleanup(shutil.rmtree, cls.dir, ignore_errors=True)
        cls.profile = os.path.join(cls.dir, "cli-profile")
        cls.office = h.Office("check")
        cls.addClassCleanup(cls.office.cleanup)
        cls.office.start()
        cls.office.install_extension()
        cls.checker = cls.office.extension_service("org.itu.proposalassistant.ProposalChecker", RDB)

        # The corpus proposal saved as the cases are: the findings it has of its own (a single
        # labelled item, the ending of the item left last, the Reasons style .docx loses).
        cls.corpus_saved = cls.build("corpus", PROPOSAL, untouched)
        cls.files = {}
        for rule, (trigger, control, _, source) in CASES.items():
            cls.files[(rule, True)] = cls.build(rule + "-bad", source, trigger)
            cls.files[(rule, False)] = cls.build(rule + "-good", source, control)
        # One CLI run for all of them: one office start, the profile prepared on the way.
        cls.rules_run = h.run_cli(["check", "--json", "--base", BASE, cls.corpus_saved] + sorted(cls.files.values()),
                                  cls.profile)
        cls.results = {}
        if cls.rules_run.returncode in (0, 1):
            for result in json.loads(cls.rules_run.stdout):
                cls.results[result["file"]] = result["diagnostics"]

    @classmethod
    def build(cls, name, source, edit):
        copy = os.path.join(cls.dir, "source-" + name + os.path.splitext(source)[1])
        shutil.copy(source, copy)
        doc = cls.office.load(copy)
        try:
            doc.RecordChanges = False
            edit(doc)
            target = os.path.join(cls.dir, name + ".docx")
            cls.office.save(doc, target)
        finally:
            h.close(doc)
        return target

    def check_in_office(self, doc, bases=(BASE,), settings=None):
        return json.loads(self.checker.check(doc, tuple(uno.systemPathToFileUrl(b) for b in bases),
                                             json.dumps(settings or {})))

    def load_copy(self, rule, bad=True):
        path = self.files[(rule, bad)]
        copy = os.path.join(self.dir, "open-%s-%d.docx" % (rule, bad))
        shutil.copy(path, copy)
        doc = self.office.load(copy)
        self.addCleanup(h.close, doc)
        return doc

    # -- the CLI -----------------------------------------------------------------------------------

    def test_every_rule_id_has_a_case(self):
        self.assertEqual(sorted(CASES), sorted(RULE_IDS))

    def test_cli_rules_both_ways(self):
        self.assertEqual(self.rules_run.returncode, 1, self.rules_run.stderr)
        for rule, (_, _, words, _) in CASES.items():
            with self.subTest(rule=rule):
                bad = self.results[self.files[(rule, True)]]
                good = self.results[self.files[(rule, False)]]
                # Findings the source document has of its own are not the case's.
                own = [d for d in self.results[self.corpus_saved] if d["rule"] == rule] \
                    if CASES[rule][3] == PROPOSAL else []
                found = [d for d in bad if d["rule"] == rule and d not in own]
                self.assertTrue(found, "%s not found in %s" % (rule, json.dumps(bad, indent=1)))
                self.assertEqual([d for d in good if d["rule"] == rule and d not in own], [],
                                 "near-identical document")
                for d in bad:
                    self.assertLessEqual(set(d), {"rule", "severity", "paragraph", "start", "end", "message", "fix", "notes"})
                    self.assertIn(d["severity"], ("error", "warning", "info"))
                    self.assertIn(d["rule"], RULE_IDS)
                if words is not None:
                    self.assertIn(words, [self.words_in_file(rule, d) for d in found])

    def words_in_file(self, rule, diagnostic):
        """The words a finding points at, read from the saved document's marked text."""
        if not hasattr(self, "_texts"):
            self._texts = {}
        path = self.files[(rule, True)]
        if path not in self._texts:
            doc = self.office.load(path, read_only=True)
            try:
                self._texts[path] = [t for _, t in h.paragraphs(doc)]
            finally:
                h.close(doc)
        text = self._texts[path][diagnostic["paragraph"]]
        return text[diagnostic["start"]:diagnostic["end"]]  # Python str: no astral characters here

    def test_corpus_proposal_is_clean_against_its_base(self):
        run = h.run_cli(["check", "--base", BASE, "--assembly", ASSEMBLY, PROPOSAL, PROPOSAL_ODT], self.profile)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertNotIn(": error:", run.stdout)
        self.assertIn(PROPOSAL + ": ", run.stdout)
        self.assertNotIn("no base text", run.stdout + run.stderr)

    def test_assembly_option_overrides_the_document(self):
        run = h.run_cli(["check", "--json", "--base", BASE, "--assembly", "Geneva, 2028",
                         self.files[("revision-inconsistent", False)]], self.profile)
        self.assertEqual(run.returncode, 1, run.stderr)
        found = [d for d in json.loads(run.stdout)["diagnostics"] if d["rule"] == "revision-inconsistent"]
        self.assertEqual(len(found), 3, "number line, history line and preamble name New Delhi, 2024")

    def test_base_texts_are_clean_and_skipped_rules_said_once(self):
        run = h.run_cli(["check"] + BASE_TEXTS, self.profile)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertNotIn(": error:", run.stdout)
        self.assertEqual(run.stdout.count("no base text given: unknown-target, add-number-clash, "
                                          "untracked-change, base-mismatch not checked"), 1, run.stdout)
        for path in BASE_TEXTS:
            self.assertRegex(run.stdout, re.escape(path) + r": (no problems found|0 errors, )")

    def test_text_lines_and_count(self):
        path = self.files[("item-sequence", True)]
        run = h.run_cli(["check", "--base", BASE, path], self.profile)
        self.assertEqual(run.returncode, 1, run.stderr)
        lines = run.stdout.splitlines()
        self.assertRegex(lines[-1], "^" + re.escape(path) + r": \d+ errors?, \d+ warnings?, \d+ info$")
        line = re.compile("^" + re.escape(path) + r":(\d+):(\d+): (error|warning|info): .+ \[([a-z-]+)\]$")
        for finding in lines[:-1]:
            self.assertRegex(finding, line)
        self.assertTrue(any(l.endswith("[item-sequence]") for l in lines))

    def test_missing_base_named_and_others_checked(self):
        missing = os.path.join(self.dir, "no-such-base.docx")
        run = h.run_cli(["check", "--json", "--base", missing, "--base", BASE, PROPOSAL, "--assembly", ASSEMBLY],
                        self.profile)
        self.assertEqual(run.returncode, 2, run.stderr)
        self.assertIn(missing, run.stderr)
        self.assertIn("no such file", run.stderr)
        result = json.loads(run.stdout)
        self.assertEqual(result["file"], PROPOSAL)
        self.assertEqual([d for d in result["diagnostics"] if d["severity"] == "error"], [])

    def test_unreadable_file_exit_2_after_the_others(self):
        broken = os.path.join(self.dir, "broken.docx")
        with open(broken, "wb") as f:
            f.write(b"PK\x03\x04 not really a document")
        run = h.run_cli(["check", broken, self.files[("style", True)]], self.profile)
        self.assertEqual(run.returncode, 2, run.stderr)
        self.assertIn(broken, run.stderr)
        self.assertIn("[style]", run.stdout)

    def test_timings(self):
        run = h.run_cli(["check", "--timings", "--base", BASE, PROPOSAL], self.profile)
        self.assertIn(run.returncode, (0, 1), run.stderr)
        self.assertRegex(run.stderr, r"validate [0-9.]+ ms, bare walk [0-9.]+ ms")

    # -- the service in the office: selection, fixes, ignore rule -----------------------------------

    def test_findings_select_their_words(self):
        for rule in ("untracked-change", "base-mismatch", "item-sequence", "proposal-number-document", "style",
                     "tracked-change-outside-mod"):
            with self.subTest(rule=rule):
                doc = self.load_copy(rule)
                result = self.check_in_office(doc)
                found = [d for d in result["diagnostics"] if d["rule"] == rule]
                self.assertTrue(found, result)
                for d in result["diagnostics"]:
                    if d["end"] <= d["start"]:
                        continue
                    self.checker.selectFinding(doc, d["paragraph"], d["start"], d["end"])
                    selected = doc.getCurrentController().getSelection().getByIndex(0).getString()
                    self.assertEqual(selected, d["words"], d)
                self.assertIn(CASES[rule][2], [d["words"] for d in found])

    def undo_titles(self, doc):
        return list(doc.getUndoManager().getAllUndoActionTitles())

    def apply_fix(self, doc, rule):
        result = self.check_in_office(doc)
        index = next(i for i, d in enumerate(result["diagnostics"]) if d["rule"] == rule and "fix" in d)
        before = self.undo_titles(doc)
        after = json.loads(self.checker.applyFix(doc, (uno.systemPathToFileUrl(BASE),), "{}", index))
        self.assertEqual(len(self.undo_titles(doc)), len(before) + 1, "one undo step")
        self.assertEqual(after["applied"], result["diagnostics"][index]["fix"])
        fixed = result["diagnostics"][index]
        self.assertNotIn((fixed["rule"], fixed["message"]),
                         [(d["rule"], d["message"]) for d in after["diagnostics"]], after)
        return after

    def test_fix_reletters_as_tracked_change_in_one_undo_step(self):
        doc = self.load_copy("item-sequence")
        redlines = doc.getRedlines().getCount()
        marked = body(doc)[24].getString()
        after = self.apply_fix(doc, "item-sequence")
        self.assertNotEqual(body(doc)[24].getString(), marked)
        # Made untracked, the new label would show in the original view: an untracked change.
        self.assertEqual([d for d in after["diagnostics"] if d["paragraph"] == 24], [], after)
        self.assertFalse(doc.RecordChanges, "the user's recording setting is restored")
        doc.getUndoManager().undo()
        self.assertEqual(doc.getRedlines().getCount(), redlines)
        self.assertEqual(body(doc)[24].getString(), marked)

    def test_fix_renumbers_untracked(self):
        doc = self.load_copy("proposal-number-sequence")
        doc.RecordChanges = True  # the delegate records; the proposal number is still not tracked
        redlines = doc.getRedlines().getCount()
        self.apply_fix(doc, "proposal-number-sequence")
        self.assertEqual(doc.getRedlines().getCount(), redlines)
        self.assertTrue(doc.RecordChanges)
        self.assertIn("SUP\tATU/35A3/2", [p.getString() for p in body(doc)])

    def test_fix_adds_reasons_placeholder(self):
        doc = self.load_copy("missing-reasons")
        count = len(body(doc))
        self.apply_fix(doc, "missing-reasons")
        paragraphs = body(doc)
        self.assertEqual(len(paragraphs), count + 1)
        reasons = [p for p in paragraphs if p.getString() == "Reasons:\t"]
        self.assertEqual(len(reasons), 1)
        self.assertEqual(reasons[0].ParaStyleName, "Reasons")
        doc.getUndoManager().undo()
        self.assertEqual(len(body(doc)), count)

    def test_fix_applies_itu_style(self):
        doc = self.load_copy("style")
        self.apply_fix(doc, "style")
        self.assertEqual(body(doc)[18].ParaStyleName, "Call")

    def test_validation_does_not_modify(self):
        doc = self.load_copy("untracked-change")
        doc.setModified(False)
        before = [p.getString() for p in body(doc)]
        self.check_in_office(doc)
        self.assertFalse(doc.isModified())
        self.assertEqual([p.getString() for p in body(doc)], before)

    def test_ignore_rule_is_kept_in_the_document(self):
        doc = self.load_copy("style")
        self.assertTrue([d for d in self.check_in_office(doc)["diagnostics"] if d["rule"] == "style"])
        self.checker.ignoreRule(doc, "style")
        self.assertEqual([d for d in self.check_in_office(doc)["diagnostics"] if d["rule"] == "style"], [])
        saved = os.path.join(self.dir, "ignored-style.docx")
        self.office.save(doc, saved)
        reloaded = self.office.load(saved)
        self.addCleanup(h.close, reloaded)
        self.assertEqual([d for d in self.check_in_office(reloaded)["diagnostics"] if d["rule"] == "style"], [])
        run = h.run_cli(["check", "--json", "--base", BASE, saved], self.profile)
        self.assertNotIn('"style"', run.stdout)
        with self.assertRaises(Exception):
            self.checker.ignoreRule(doc, "no-such-rule")

    def test_settings_assembly_and_ignored_rules(self):
        doc = self.load_copy("revision-inconsistent", bad=False)
        self.assertEqual(self.check_in_office(doc)["assembly"], ASSEMBLY, "the document's own assembly")
        other = self.check_in_office(doc, settings={"assembly": "Geneva, 2028"})
        self.assertTrue([d for d in other["diagnostics"] if d["rule"] == "revision-inconsistent"])
        quiet = self.check_in_office(doc, settings={"assembly": "Geneva, 2028",
                                                    "ignoredRules": ["revision-inconsistent"]})
        self.assertEqual([d for d in quiet["diagnostics"] if d["rule"] == "revision-inconsistent"], [])
        self.assertEqual(self.check_in_office(doc, bases=())["skipped"],
                         ["unknown-target", "add-number-clash", "untracked-change", "base-mismatch"])

    # -- the menu: Proposals > Validate -------------------------------------------------------------

    def validate_from_menu(self, doc):
        event = self.office.dispatch(doc, "vnd.itu.proposalassistant:Validate")
        self.assertEqual(event.State, 1, event.Result)  # DispatchResultState.SUCCESS
        return json.loads(event.Result)

    def test_menu_validate_uses_the_shipped_base_and_returns_at_once(self):
        doc = self.load_copy("untracked-change")
        report = self.validate_from_menu(doc)  # a non-modal dialog: the dispatch returns
        self.assertIn("Checked against res11-hammamet-2016.docx (the sample shipped with the extension)",
                      report["summary"])
        self.assertIn("untracked-change", [d["rule"] for d in report["diagnostics"]])
        self.assertRegex(report["summary"], r"^\d+ errors?, \d+ warnings?, \d+ info in 1 proposal\.")
        self.assertTrue(self.office.alive())

    def test_menu_validate_says_clean_plainly(self):
        doc = self.load_copy("revision-inconsistent", bad=False)
        # What the corpus proposal has of its own is not an error; silenced, it is clean.
        for rule in ("item-sequence", "punctuation", "style"):
            self.checker.ignoreRule(doc, rule)
        report = self.validate_from_menu(doc)
        self.assertEqual(report["diagnostics"], [], report)
        self.assertTrue(report["summary"].startswith("No problems found in 1 proposal.\n"), report["summary"])
        self.assertIn("Ignored in this document: item-sequence, punctuation, style.", report["summary"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
