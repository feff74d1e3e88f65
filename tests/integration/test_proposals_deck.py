# The Proposals deck of Writer's sidebar as a delegate uses it: a visible office on a private Xvfb
# display, the deck opened from the menu and by Validate, its findings tree driven through the
# accessibility tree (choose a finding, Fix, Fix all of this rule, Ignore rule, Stop ignoring).
import json
import re
import os
import shutil
import subprocess
import unittest

import uno
from com.sun.star.text.TextContentAnchorType import AT_PARAGRAPH

import pa_harness as h
import test_check as cases
from pa_display import Role, VisibleOfficeTest

DECK = "ProposalAssistantDeck"
VALIDATE = "vnd.itu.proposalassistant:Validate"
SELECTED = uno.getConstantByName("com.sun.star.accessibility.AccessibleStateType.SELECTED")
SHOWING = uno.getConstantByName("com.sun.star.accessibility.AccessibleStateType.SHOWING")
ENABLED = uno.getConstantByName("com.sun.star.accessibility.AccessibleStateType.ENABLED")
XDOTOOL = shutil.which("xdotool")
TREE = 65
# Parts of the document window whose trees are large and not the sidebar's.
SKIPPED = (13, 35, 41, 57, 63, 83, 84, 85, 86)


def walk(context, out, depth=0):
    """The accessible contexts under `context`, without the document, menus and toolbars."""
    out.append(context)
    if context.getAccessibleRole() in SKIPPED and depth > 0 or depth > 20:
        return out
    for i in range(context.getAccessibleChildCount()):
        try:
            walk(context.getAccessibleChild(i).getAccessibleContext(), out, depth + 1)
        except Exception:  # a part going away while we look
            pass
    return out


class ProposalsDeckTest(VisibleOfficeTest):
    name = "proposals-deck"

    def open_proposal(self, edit):
        """The corpus proposal, changed by `edit`, in a visible window whose sidebar knows it is
        in Writer (the decks are listed once the window has had the focus)."""
        copy = os.path.join(self.dir, "proposal-%d.docx" % len(os.listdir(self.dir)))
        shutil.copy(cases.PROPOSAL, copy)
        doc = self.office.load(copy)
        self.addCleanup(h.close, doc)
        self.show(doc)
        doc.RecordChanges = False
        edit(doc)
        frame = doc.getCurrentController().getFrame()
        frame.activate()
        frame.getComponentWindow().setFocus()
        sidebar = doc.getCurrentController().getSidebar()
        sidebar.setVisible(True)
        self.assertTrue(self.until(lambda: sidebar.getDecks().hasByName(DECK)), "the deck is not listed")
        return doc

    def deck_active(self, doc):
        decks = doc.getCurrentController().getSidebar().getDecks()
        return decks.hasByName(DECK) and decks.getByName(DECK).isActive()

    def panel(self, doc):
        """The accessible parts of the Findings panel shown (read afresh: the tree is refilled
        after every check), or None while it is not shown."""
        parts = walk(doc.getCurrentController().getFrame().getContainerWindow().getAccessibleContext(), [])
        trees = [p for p in parts if p.getAccessibleRole() == TREE and p.getAccessibleStateSet().contains(SHOWING)]
        if not trees:
            return None
        return walk(trees[0].getAccessibleParent().getAccessibleContext(), [])

    def wait_panel(self, doc, condition=lambda parts: True):
        found = self.until(lambda: (lambda p: p if p and condition(p) else None)(self.panel(doc)))
        self.assertTrue(found, "the Findings panel is not shown as expected: %s; windows %s" % (
            [f[2][:80] for f in self.findings(self.panel(doc))] if self.panel(doc) else None,
            [w.getAccessibleContext().getAccessibleName() for w in self.top_windows("")]))
        return found

    def validate(self, doc):
        event = self.office.dispatch(doc, "vnd.itu.proposalassistant:Validate")
        self.assertEqual(event.State, 1, event.Result)
        report = json.loads(event.Result)
        self.assertTrue(self.until(lambda: self.deck_active(doc)), "Validate did not show the deck")
        summary = report["summary"].split("\n")[0]
        parts = self.wait_panel(doc, lambda p: summary in self.labels(p))
        self.assertEqual(self.top_windows("Validate"), [], "the dialog opened instead of the deck")
        return report, parts

    def labels(self, parts):
        return [p.getAccessibleName() for p in parts if p.getAccessibleRole() == Role.LABEL]

    def tree(self, parts):
        return next(p for p in parts if p.getAccessibleRole() == TREE and p.getAccessibleStateSet().contains(SHOWING))

    def findings(self, parts):
        """[(parent, index in it, name)] of every finding entry of the tree, in order (the
        entries of proposals and notes left out)."""
        out = []

        seen = set()

        def entries(parent, depth=0):
            for i in range(parent.getAccessibleChildCount()):
                entry = parent.getAccessibleChild(i).getAccessibleContext()
                name = entry.getAccessibleName()
                key = (parent.getAccessibleName(), i)
                if name.split(":")[0] in ("error", "warning", "info") and key not in seen:
                    seen.add(key)
                    out.append((parent, i, name))
                if depth < 3:
                    entries(entry, depth + 1)
        entries(self.tree(parts))
        return out

    def choose(self, doc, rule):
        """Chooses the first finding of `rule` in the deck's tree, through the command's
        "Finding" argument (a click on a tree entry cannot be made through the accessibility
        API); returns the finding as the report gives it."""
        report = json.loads(self.office.dispatch(doc, VALIDATE).Result)
        index = next(i for i, f in enumerate(report["diagnostics"]) if f["rule"] == rule)
        event = self.office.dispatch(doc, VALIDATE, Finding=index)
        self.assertEqual(event.State, 1, event.Result)
        return report["diagnostics"][index]

    def button(self, parts, name):
        return next(p for p in parts if p.getAccessibleRole() == Role.PUSH_BUTTON and p.getAccessibleName() == name)

    def press(self, doc, name):
        self.button(self.panel(doc), name).doAccessibleAction(0)

    def fix_all_styles(self, doc):
        """Chooses a style finding and presses Fix all of this rule (the panel runs it on
        Writer's main thread); returns a test of whether its undo step has come."""
        undo = doc.getUndoManager()
        steps = len(undo.getAllUndoActionTitles())
        self.choose(doc, "style")
        self.press(doc, "Fix all of this rule")
        return lambda: len(undo.getAllUndoActionTitles()) > steps

    def selection(self, doc):
        return doc.getCurrentController().getSelection().getByIndex(0).getString()

    def test_menu_entry_opens_the_deck_with_the_findings(self):
        doc = self.open_proposal(lambda d: cases.replace(d, 24, "b)", "c)", tracked=True))
        event = self.office.dispatch(doc, "vnd.itu.proposalassistant:ShowProposalsDeck")
        self.assertEqual(event.State, 1, event.Result)
        report = json.loads(event.Result)
        self.assertTrue(self.until(lambda: self.deck_active(doc)))
        parts = self.wait_panel(doc, lambda p: self.findings(p))
        names = [f[2] for f in self.findings(parts)]
        self.assertEqual(len(names), len(report["diagnostics"]), names)
        for name, finding in zip(names, report["diagnostics"]):
            self.assertEqual(name, "%s: %s [%s]" % (finding["severity"], finding["message"], finding["rule"]))
        self.assertIn("MOD ATU/35A3/1: 1 error, 1 warning, 2 info", [p.getAccessibleName() for p in parts])

    def test_choosing_a_finding_selects_its_words_and_the_panel_resizes(self):
        doc = self.open_proposal(lambda d: (cases.replace(d, 19, "collaborating", "working"),
                                            cases.replace(d, 24, "b)", "c)", tracked=True)))
        report, parts = self.validate(doc)
        names = [f[2] for f in self.findings(parts)]
        for index, finding in enumerate(report["diagnostics"]):
            self.office.dispatch(doc, VALIDATE, Finding=index)
            self.assertEqual(self.selection(doc), finding["words"], names[index])
            detail = "%s [%s]: %s" % (finding["severity"], finding["rule"], finding["message"])
            self.assertTrue([l for l in self.labels(self.panel(doc)) if l.startswith(detail)], detail)
        self.assertIn("working", [f["words"] for f in report["diagnostics"]])
        # The panel follows the sidebar's size: the tree grows with a taller window.
        window = doc.getCurrentController().getFrame().getContainerWindow()
        tree_height = lambda: self.tree(self.panel(doc)).getSize().Height
        before = tree_height()
        size = window.getPosSize()
        window.setPosSize(size.X, size.Y, size.Width, size.Height - 200, 8)
        self.assertTrue(self.until(lambda: tree_height() < before), "the tree did not shrink with the window")

    def summary(self, doc):
        """The panel's first line: the counts of the last check."""
        parts = self.panel(doc)
        found = [l for l in self.labels(parts) if re.match(r"(No problems found|\d+ errors?,)", l)] if parts else []
        return found[0] if found else None

    def test_fix_and_fix_all_are_one_undo_step_each(self):
        doc = self.open_proposal(lambda d: (cases.replace(d, 24, "b)", "c)", tracked=True)))
        report, parts = self.validate(doc)
        self.assertEqual(self.summary(doc), "1 error, 1 warning, 2 info in 1 proposal.")
        undo = doc.getUndoManager()
        steps = len(undo.getAllUndoActionTitles())
        finding = self.choose(doc, "item-sequence")
        self.press(doc, "Fix")
        self.until(lambda: len(undo.getAllUndoActionTitles()) > steps)
        self.assertEqual(len(undo.getAllUndoActionTitles()), steps + 1)
        self.assertEqual(undo.getAllUndoActionTitles()[0], finding["fix"])
        self.assertEqual(cases.body(doc)[24].getString()[:4], "b)b)", "the old label struck, the new one inserted")
        # The panel checked again by itself.
        self.assertTrue(self.until(lambda: self.summary(doc) == "0 errors, 1 warning, 2 info in 1 proposal."),
                        self.summary(doc))

        # Fix all of this rule: every style finding at once, one undo step.
        self.choose(doc, "style")
        steps = len(undo.getAllUndoActionTitles())
        self.press(doc, "Fix all of this rule")
        self.until(lambda: len(undo.getAllUndoActionTitles()) > steps)
        self.assertEqual(len(undo.getAllUndoActionTitles()), steps + 1)
        self.assertEqual(undo.getAllUndoActionTitles()[0], "Fix all: style")
        after = json.loads(self.office.dispatch(doc, VALIDATE).Result)
        self.assertEqual([f for f in after["diagnostics"] if f["rule"] == "style"], [])

    def test_fix_all_in_a_document_with_a_table_a_frame_and_footnotes(self):
        """Fix all (in the deck only, not in the menu) over a hostile document: a footnote in an
        item, a frame anchored in the resolution, a table after it. One undo step, and undo
        gives the document back."""
        def hostile(doc):
            paragraphs = h.body(doc)
            note = doc.createInstance("com.sun.star.text.Footnote")
            doc.Text.insertTextContent(paragraphs[24].getEnd(), note, False)
            note.setString("A footnote of the item.")
            frame = doc.createInstance("com.sun.star.text.TextFrame")
            frame.AnchorType = AT_PARAGRAPH
            doc.Text.insertTextContent(paragraphs[10].getStart(), frame, False)
            frame.setString("a frame in the resolution")
            table = doc.createInstance("com.sun.star.text.TextTable")
            table.initialize(2, 2)
            doc.Text.insertTextContent(doc.Text.getEnd(), table, False)
            table.getCellByName("A1").setString("a table after the proposal")

        def state(doc):
            return (h.paragraphs(doc),
                    doc.getFootnotes().getCount(), doc.getTextFrames().getCount(),
                    doc.getTextTables().getCount())

        doc = self.open_proposal(hostile)
        self.validate(doc)
        before = state(doc)
        undo = doc.getUndoManager()
        self.assertTrue(self.until(self.fix_all_styles(doc), seconds=30))
        self.assertEqual(undo.getAllUndoActionTitles()[0], "Fix all: style")
        after = json.loads(self.office.dispatch(doc, VALIDATE).Result)
        self.assertEqual([f for f in after["diagnostics"] if f["rule"] == "style"], [])
        self.assertEqual(state(doc)[1:], before[1:], "footnote, frame and table kept")
        undo.undo()
        self.assertEqual(state(doc), before, "undo gives it back")
        self.assertTrue(self.office.alive())

    def test_document_closed_while_a_fix_is_checked_again(self):
        """The flake of issue 10 item 7: the panel checks again after Fix all, and the office
        handles events meanwhile; Validate and the closing of the document then disposed the
        panel, and the panel's check went on into its cleared controls (SIGSEGV in
        ProposalsPanel::control, seen in a core dump). The office must keep running."""
        for _ in range(3):
            doc = self.open_proposal(cases.untouched)
            self.validate(doc)
            self.until(self.fix_all_styles(doc), seconds=30)
            # At once, while the panel is checking the fixed document again: Validate shows
            # the deck afresh, and the document is closed.
            self.office.dispatch(doc, VALIDATE)
            h.close(doc)
            self.assertTrue(self.office.alive(), "the office died")

    def test_validate_from_a_uno_thread_while_the_deck_checks_after_fix_all(self):
        """Validate called through the UNO bridge (as a macro or another process calls it) while
        the deck checks again after its own Fix all: the two checks ran at once on the same
        findings, and one ended in bad_alloc behind a message box that blocked the call (seen
        twice in series of integration runs). They now take turns: every call answers with a
        report, no error box opens, and the last report has the fix."""
        for _ in range(3):
            doc = self.open_proposal(cases.untouched)
            self.validate(doc)
            fixed = self.fix_all_styles(doc)
            # Fix all's undo step comes first; the panel's check after it starts right then, and
            # the calls below meet it. (Pressed while a check runs, a button does nothing: had
            # the calls come first, the press could fall inside one of their checks.)
            self.assertTrue(self.until(fixed, seconds=30))
            for _ in range(4):
                event = self.office.dispatch(doc, VALIDATE)
                self.assertEqual(event.State, 1, event.Result)
                self.assertIn("diagnostics", json.loads(event.Result))
            final = json.loads(self.office.dispatch(doc, VALIDATE).Result)
            self.assertEqual([f for f in final["diagnostics"] if f["rule"] == "style"], [])
            self.assertEqual(self.top_windows("Validate"), [], "an error box opened")
            self.assertTrue(self.office.alive())
            h.close(doc)

    def test_ignore_rule_and_stop_ignoring(self):
        doc = self.open_proposal(cases.untouched)
        report, parts = self.validate(doc)
        before = self.summary(doc)
        self.choose(doc, "style")
        self.press(doc, "Ignore rule")
        self.assertTrue(self.until(lambda: ignored_rules(doc) == "style"))
        self.assertTrue(self.until(lambda: self.summary(doc) != before), before)
        def ignored_lists():  # refreshed by the office's main loop, maybe after the summary
            lists = [p for p in self.panel(doc) if p.getAccessibleRole() == Role.LIST]
            return [l for l in lists if [l.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                                         for i in range(l.getAccessibleChildCount())] == ["style"]]
        ignored = self.until(ignored_lists) or ignored_lists()
        self.assertEqual(len(ignored), 1, "the ignored rules are shown")
        ignored[0].selectAccessibleChild(0)
        self.press(doc, "Stop ignoring")
        self.assertTrue(self.until(lambda: ignored_rules(doc) == ""))
        self.assertTrue(self.until(lambda: self.summary(doc) == before), self.summary(doc))
        self.assertTrue(self.office.alive())

    def click_at(self, x, y):
        """A real click of the mouse's first button at (x, y) on the screen, through the X
        server (xdotool on the test's own display)."""
        subprocess.run([XDOTOOL, "mousemove", "--sync", str(x), str(y), "click", "1"],
                       check=True, timeout=h.scaled(30), env=os.environ)

    def click(self, accessible):
        """A click in the middle of `accessible`'s box on the screen."""
        point, size = accessible.getLocationOnScreen(), accessible.getSize()
        self.assertTrue(size.Width > 0 and size.Height > 0, "%s has no size" % accessible.getAccessibleName())
        self.click_at(point.X + size.Width // 2, point.Y + size.Height // 2)

    @unittest.skipUnless(XDOTOOL, "xdotool is not installed")
    def test_a_mouse_click_chooses_a_finding_and_fixes_it(self):
        doc = self.open_proposal(lambda d: cases.replace(d, 24, "b)", "c)", tracked=True))
        report, parts = self.validate(doc)
        finding = next(f for f in report["diagnostics"] if f["rule"] == "item-sequence")
        name = "%s: %s [%s]" % (finding["severity"], finding["message"], finding["rule"])
        # Where the finding's row is. LibreOffice (7.4) gives an entry below the tree's first
        # level a box relative to its parent entry, so the row is found from the tree's own
        # box: its rows are the one proposal's heading (no row for the hidden root), then its
        # findings in order (their notes folded), each as high as an entry.
        self.assertEqual({f["proposal"] for f in report["diagnostics"]}, {0})
        tree = self.tree(parts)
        top = [tree.getAccessibleChild(k).getAccessibleContext().getAccessibleName()
               for k in range(tree.getAccessibleChildCount())]
        self.assertEqual(len(top), 1, top)
        self.assertTrue(top[0].startswith("MOD ATU/35A3/1: "), top)
        in_order = []
        for parent, i, entry_name in self.findings(parts):
            if entry_name not in in_order:
                in_order.append(entry_name)
        self.assertIn(name, in_order)
        entry = next(parent.getAccessibleChild(i).getAccessibleContext()
                     for parent, i, entry_name in self.findings(parts) if entry_name == name)
        row_height = entry.getSize().Height
        box, box_size = tree.getLocationOnScreen(), tree.getSize()
        row = 1 + in_order.index(name)
        self.assertTrue(row_height > 0 and (row + 1) * row_height <= box_size.Height, (row_height, box_size.Height))
        # The words are selected by the click, not left selected from before.
        doc.getCurrentController().select(doc.getText().getStart())
        self.assertEqual(self.selection(doc), "")
        self.click_at(box.X + box_size.Width // 2, box.Y + row * row_height + row_height // 2)
        self.assertTrue(self.until(lambda: self.selection(doc) == finding["words"]),
                        "selected: %r" % self.selection(doc))
        detail = "%s [%s]: %s" % (finding["severity"], finding["rule"], finding["message"])
        self.assertTrue([l for l in self.labels(self.panel(doc)) if l.startswith(detail)], detail)

        undo = doc.getUndoManager()
        steps = len(undo.getAllUndoActionTitles())
        fix = self.until(lambda: (lambda b: b if b.getAccessibleStateSet().contains(ENABLED) else None)(
            self.button(self.panel(doc), "Fix")))
        self.assertIsNotNone(fix, "Fix is not enabled for the chosen finding")
        self.click(fix)
        self.assertTrue(self.until(lambda: len(undo.getAllUndoActionTitles()) > steps), "Fix did nothing")
        self.assertEqual(undo.getAllUndoActionTitles()[0], finding["fix"])
        self.assertEqual(cases.body(doc)[24].getString()[:4], "b)b)", "the old label struck, the new one inserted")
        self.assertTrue(self.office.alive())

    def test_validate_in_dialog_stays_as_the_fallback(self):
        doc = self.open_proposal(cases.untouched)
        event = self.office.dispatch(doc, "vnd.itu.proposalassistant:Validate", InDialog=True)
        self.assertEqual(event.State, 1, event.Result)
        self.assertTrue(self.until(lambda: self.top_windows("Validate")))


def ignored_rules(doc):
    properties = doc.getDocumentProperties().getUserDefinedProperties()
    if not properties.getPropertySetInfo().hasPropertyByName("Proposal Ignored Rules"):
        return ""
    return properties.getPropertyValue("Proposal Ignored Rules")


if __name__ == "__main__":
    unittest.main(verbosity=2)
