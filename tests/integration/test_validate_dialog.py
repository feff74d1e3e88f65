# The Validate dialog, which stands in for the sidebar's Proposals deck where there is none: a
# visible office on a private Xvfb display, the dialog driven through its accessibility tree
# (choose a finding, Fix, Ignore rule).
import json
import os
import shutil
import unittest

import pa_harness as h
import test_check as cases
from pa_display import Role, VisibleOfficeTest, tree


class ValidateDialogTest(VisibleOfficeTest):
    name = "validate-dialog"

    def open_proposal(self, edit):
        """The corpus proposal, changed by `edit`, open in a visible window."""
        copy = os.path.join(self.dir, "proposal-%d.docx" % len(os.listdir(self.dir)))
        shutil.copy(cases.PROPOSAL, copy)
        doc = self.office.load(copy)
        self.addCleanup(h.close, doc)
        self.show(doc)
        doc.RecordChanges = False
        edit(doc)
        return doc

    def open_dialogs(self):
        """Only the dialogs' trees are walked: a document window's is large and changing."""
        found = []
        for i in range(self.toolkit.getTopWindowCount()):
            try:
                window = self.toolkit.getTopWindow(i)
                if window.getAccessibleContext().getAccessibleName() == "Validate":
                    found.append(tree(window, []))
            except Exception:  # a window going away while we look
                pass
        return found

    def dialog(self):
        """The accessible parts of the open Validate dialog, read afresh (the list is refilled
        after every check). A dialog closed with its document may take a moment to go."""
        found = self.until(lambda: (lambda d: d if len(d) == 1 else None)(self.open_dialogs()))
        if not found:
            self.fail("%d Validate dialogs open instead of one" % len(self.open_dialogs()))
        return found[0]

    def test_dialog_goes_with_its_document(self):
        doc = self.open_proposal(cases.untouched)
        self.validate(doc)
        doc.close(True)
        self.until(lambda: not self.open_dialogs())
        self.assertEqual(self.open_dialogs(), [])

    def validate(self, doc):
        """Proposals > Validate in its dialog (the fallback where there is no sidebar); returns
        the dispatch's report and the dialog's accessible parts."""
        event = self.office.dispatch(doc, "vnd.itu.proposalassistant:Validate", InDialog=True)
        self.assertEqual(event.State, 1, event.Result)
        report = json.loads(event.Result)
        parts = self.dialog()
        self.assertEqual(parts[1].getAccessibleName(), report["summary"])
        return report, parts

    def rows(self, parts):
        return [p for p in parts if p.getAccessibleRole() == Role.LIST_ITEM]

    def button(self, parts, name):
        return next(p for p in parts if p.getAccessibleRole() == Role.PUSH_BUTTON and p.getAccessibleName() == name)

    def choose(self, parts, row):
        lists = [p for p in parts if p.getAccessibleRole() == Role.LIST]
        lists[0].selectAccessibleChild(row)

    def selection(self, doc):
        return doc.getCurrentController().getSelection().getByIndex(0).getString()

    def test_choosing_a_finding_selects_its_words(self):
        doc = self.open_proposal(lambda d: (cases.replace(d, 19, "collaborating", "working"),
                                            cases.replace(d, 24, "b)", "c)", tracked=True)))
        report, parts = self.validate(doc)
        rows = [r.getAccessibleName() for r in self.rows(parts)]
        self.assertEqual(rows[0], "MOD ATU/35A3/1 (%d findings)" % len(report["diagnostics"]))
        # Rows follow the report's findings under their proposal's heading.
        for row, finding in enumerate(report["diagnostics"], start=1):
            self.assertTrue(rows[row].strip().endswith("[%s]" % finding["rule"]), rows[row])
            self.choose(parts, row)
            self.assertEqual(self.selection(doc), finding["words"], rows[row])
        self.assertIn("working", [f["words"] for f in report["diagnostics"]])

    def test_fix_is_one_undo_step_and_validates_again(self):
        doc = self.open_proposal(lambda d: cases.replace(d, 24, "b)", "c)", tracked=True))
        report, parts = self.validate(doc)
        row = 1 + next(i for i, f in enumerate(report["diagnostics"]) if f["rule"] == "item-sequence" and "fix" in f)
        self.choose(parts, row)
        undo = doc.getUndoManager()
        steps = len(undo.getAllUndoActionTitles())
        self.button(parts, "Fix").doAccessibleAction(0)
        self.until(lambda: len(undo.getAllUndoActionTitles()) > steps)
        self.assertEqual(len(undo.getAllUndoActionTitles()), steps + 1)
        self.assertEqual(undo.getAllUndoActionTitles()[0], report["diagnostics"][row - 1]["fix"])
        # The dialog checks again after the fix; its list is refreshed by the office's main loop.
        def still_wrong():
            rows = [r.getAccessibleName() for r in self.rows(self.dialog())]
            return [r for r in rows if r.endswith("[item-sequence]") and "error" in r]
        self.until(lambda: not still_wrong())
        self.assertFalse(still_wrong())
        self.assertEqual(cases.body(doc)[24].getString()[:4], "b)b)", "the old label struck, the new one inserted")

    def test_fix_after_an_edit_fixes_the_text_as_it_is_now(self):
        doc = self.open_proposal(lambda d: (cases.replace(d, 19, "collaborating", "working"),
                                            cases.replace(d, 24, "b)", "c)", tracked=True)))
        report, parts = self.validate(doc)
        row_of = {f["rule"]: 1 + i for i, f in reversed(list(enumerate(report["diagnostics"])))}
        # After the check the delegate adds a paragraph above, and words inside considering a).
        doc.getText().insertString(cases.body(doc)[0].getStart(), "Draft\r", False)
        cases.replace(doc, 20, "a)\tthat", "a)\tthat very")
        self.choose(parts, row_of["untracked-change"])
        details = [p.getAccessibleName() for p in self.dialog() if p.getAccessibleRole() == Role.LABEL]
        self.assertIn("The document changed since this check: press Check again.", details)
        self.choose(parts, row_of["item-sequence"])
        self.button(parts, "Fix").doAccessibleAction(0)
        self.until(lambda: cases.body(doc)[25].getString()[:4] == "b)b)")
        self.assertEqual(cases.body(doc)[25].getString()[:4], "b)b)", "the fix found its item one paragraph down")
        def still_wrong():  # the list is refreshed by the office's main loop after the fix
            rows = [r.getAccessibleName() for r in self.rows(self.dialog())]
            return [r for r in rows if "recognizing" in r and r.endswith("[item-sequence]")]
        self.until(lambda: not still_wrong())
        self.assertFalse(still_wrong())

    def test_ignore_rule_then_clean(self):
        doc = self.open_proposal(cases.untouched)
        report, parts = self.validate(doc)
        for rule in ("item-sequence", "punctuation", "style"):
            row = 1 + next(i for i, f in enumerate(report["diagnostics"]) if f["rule"] == rule)
            parts = self.dialog()
            self.choose(parts, row)
            self.button(parts, "Ignore rule").doAccessibleAction(0)
            self.until(lambda: rule in ignored_rules(doc))
            report["diagnostics"] = [f for f in report["diagnostics"] if f["rule"] != rule]
        parts = self.until(lambda: (lambda p: p if not self.rows(p) else None)(self.dialog())) or self.dialog()
        self.assertEqual(self.rows(parts), [])
        self.assertTrue(parts[1].getAccessibleName().startswith("No problems found in 1 proposal."),
                        parts[1].getAccessibleName())
        self.assertEqual(ignored_rules(doc), "item-sequence,punctuation,style")
        self.button(parts, "Close").doAccessibleAction(0)
        self.until(lambda: not self.open_dialogs())
        self.assertEqual(self.open_dialogs(), [])
        self.assertTrue(self.office.alive())


def ignored_rules(doc):
    """The document's "Proposal Ignored Rules" property, "" while it has none."""
    properties = doc.getDocumentProperties().getUserDefinedProperties()
    if not properties.getPropertySetInfo().hasPropertyByName("Proposal Ignored Rules"):
        return ""
    return properties.getPropertyValue("Proposal Ignored Rules")


if __name__ == "__main__":
    unittest.main(verbosity=2)
