# Merge Proposals in a real office: contributions made here through the extension's own
# Propose Modification / Suppression / No Change on the corpus base, then edited with change
# recording on, as a delegate does, and saved as .docx; merged by the ProposalMerger service,
# the menu command and the CLI. Checked with Writer's own accept and reject: reject all gives
# the base; accepting one source's changes and rejecting the others gives that source's text;
# the merged draft survives a .docx round trip; the synoptic table's cells against the sources.
import json
import os
import shutil
import unittest

import uno

import pa_harness as h
from pa_harness import body

BASE = os.path.join(h.CORPUS, "base", "res11-hammamet-2016.docx")
RDB = os.path.join(os.path.dirname(h.OXT), "proposal-assistant.rdb")
SETTINGS = {"assembly": "New Delhi, 2024", "author": "Test Delegate"}

ATU, EUR, APT, ARB, RCC = "ATU/35A3/1", "EUR/41A1/1", "APT/12/1", "ARB/5A2/1", "RCC/8/1"
EFFICIENT = "the efficient use of their resources"
NEW_ITEM = "3\tto report to the Council on the results of this collaboration."


def texts(doc):
    return [t for _, t in h.paragraphs(doc)]


def settings(source, document, addendum=""):
    return json.dumps(dict(SETTINGS, source=source, document=document, addendum=addendum))


def index_of(lines, prefix, start=0):
    return next(i for i in range(start, len(lines)) if lines[i].startswith(prefix))


def edit_paragraph(doc, index, old_words, new_words):
    """Replaces words in paragraph `index` (tracked when the document records changes)."""
    paragraph = body(doc)[index]
    at = paragraph.getString().index(old_words)
    cursor = paragraph.getText().createTextCursorByRange(paragraph.getStart())
    cursor.goRight(at, False)
    cursor.goRight(len(old_words), True)
    cursor.setString(new_words)


def insert_after(doc, index, line):
    anchor = body(doc)[index]
    cursor = anchor.getText().createTextCursorByRange(anchor.getEnd())
    anchor.getText().insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
    anchor.getText().insertString(cursor, line, False)


def delete_paragraph(doc, index):
    """The paragraph, its mark included."""
    paragraph = body(doc)[index]
    cursor = paragraph.getText().createTextCursorByRange(paragraph.getStart())
    cursor.gotoRange(paragraph.getEnd(), True)
    cursor.goRight(1, True)
    cursor.setString("")


def redlines(doc):
    """[(author, type)] of every tracked change, in the document's order."""
    out = []
    enum = doc.getRedlines().createEnumeration()
    while enum.hasMoreElements():
        r = enum.nextElement()
        out.append((r.RedlineAuthor, r.RedlineType))
    return out


class MergeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = h.work_dir("merge")
        cls.addClassCleanup(shutil.rmtree, cls.dir, ignore_errors=True)
        cls.office = h.Office("merge")
        cls.addClassCleanup(cls.office.cleanup)
        cls.office.start()
        cls.office.install_extension()
        cls.editor = cls.office.extension_service("org.itu.proposalassistant.ProposalEditor", RDB)
        cls.merger = cls.office.extension_service("org.itu.proposalassistant.ProposalMerger", RDB)
        base = cls.office.load(BASE, read_only=True)
        lines = texts(base)
        cls.base_resolution = lines[index_of(lines, "RESOLUTION 11"):]
        h.close(base)
        cls.contributions, cls.proposed = cls.make_contributions()

    # ---- the contributions, as the sources would send them ----
    @classmethod
    def contribution(cls, name, make):
        """A new document with one proposal made by the extension, edited by `make(doc, first)`
        with recording on (first: the index of the number line), saved as NAME.docx. Returns
        the path and the resolution's text as the source proposes it (accept all)."""
        doc = cls.office.new_writer()
        try:
            make(doc)
            path = os.path.join(cls.dir, name + ".docx")
            cls.office.save(doc, path)
        finally:
            h.close(doc)
        doc = cls.office.load(path)
        try:
            cls.office.dispatch(doc, ".uno:AcceptAllTrackedChanges")
            lines = texts(doc)
        finally:
            h.close(doc)
        first = index_of(lines, "RESOLUTION 11")
        return path, lines[first:index_of(lines, "Reasons", first)]

    @classmethod
    def make_contributions(cls):
        def mod(source, document, addendum, edits):
            def make(doc):
                cls.editor.proposeModification(doc, "11", (BASE,), settings(source, document, addendum))
                lines = texts(doc)
                edits(doc, lines, index_of(lines, "RESOLUTION 11"))
            return make

        def atu(doc, lines, first):
            edit_paragraph(doc, index_of(lines, "that it is necessary", first), "efficient", "optimal")

        def eur(doc, lines, first):
            edit_paragraph(doc, index_of(lines, "that it is necessary", first), "efficient", "sustainable")
            last = index_of(lines, "2\tto consult", first)
            edit_paragraph(doc, last, "organizations.", "organizations;")
            insert_after(doc, last, NEW_ITEM)

        def apt(doc, lines, first):
            b = index_of(lines, "b)\tthat postal", first)
            edit_paragraph(doc, b, "sectors;", "sectors,")
            delete_paragraph(doc, index_of(lines, "c)\tthe usefulness", first))

        paths, proposed = [], {}
        for name, make in ((ATU, mod("ATU", "35", "3", atu)), (EUR, mod("EUR", "41", "1", eur)),
                           (APT, mod("APT", "12", "", apt))):
            path, text = cls.contribution(name.replace("/", "-"), make)
            paths.append(path)
            proposed[name] = text
        path, _ = cls.contribution("ARB-5A2-1", lambda doc: cls.editor.proposeSuppression(
            doc, "11", (BASE,), settings("ARB", "5", "2")))
        paths.append(path)
        path, _ = cls.contribution("RCC-8-1", lambda doc: cls.editor.proposeNoChange(
            doc, "11", (BASE,), settings("RCC", "8")))
        paths.append(path)
        return paths, proposed

    # ---- Writer's accept and reject ----
    def accept_only(self, doc, source):
        """Accepts every tracked change whose author names `source` and rejects the others, one
        by one with Writer's Accept / Reject on a selection of exactly that change, first
        change first (so no change before it is left to be caught by the selection)."""
        remaining = len(redlines(doc))
        view = doc.getCurrentController().getViewCursor()
        while remaining:
            first = doc.getRedlines().createEnumeration().nextElement()
            names = first.RedlineAuthor.split(", ")
            view.gotoRange(first.RedlineStart, False)
            view.gotoRange(first.RedlineEnd, True)
            self.office.dispatch(doc, ".uno:AcceptTrackedChange" if source in names
                                 else ".uno:RejectTrackedChange")
            now = len(redlines(doc))
            self.assertEqual(now, remaining - 1, "one change accepted or rejected at a time")
            remaining = now
        return texts(doc)

    def merge(self, contributions=None, synoptic=True):
        merged = self.office.new_writer()
        table = self.office.new_writer() if synoptic else None
        summary = json.loads(self.merger.merge(merged, table, tuple(contributions or self.contributions),
                                               (BASE,), json.dumps({"resolution": "11"})))
        return merged, table, summary

    @staticmethod
    def resolution(lines):
        """The resolution's paragraphs: the trailing empty paragraph dropped."""
        while lines and lines[-1] == "":
            lines = lines[:-1]
        return lines

    # ---- tests ----
    def test_merged_draft_invariants_after_a_docx_round_trip(self):
        merged, table, summary = self.merge(synoptic=False)
        saved = os.path.join(self.dir, "merged.docx")
        try:
            self.assertEqual([s["name"] for s in summary["sources"]], [ATU, EUR, APT, ARB, RCC])
            self.assertEqual(summary["suppressions"], [ARB])
            self.assertEqual(summary["noChanges"], [RCC])
            authors = {a for a, _ in redlines(merged)}
            # Same revision lines in three sources: one change naming all three.
            self.assertIn(", ".join([ATU, EUR, APT]), authors)
            self.assertTrue({ATU, EUR, APT} <= authors, authors)
            self.assertFalse(any(ARB in a or RCC in a for a in authors))
            self.assertEqual(len(summary["conflicts"]), 1)
            conflict = summary["conflicts"][0]
            self.assertEqual(conflict["base"], "efficient")
            self.assertEqual([(a["sources"], a["text"]) for a in conflict["alternatives"]],
                             [([ATU], "optimal"), ([EUR], "sustainable")])
            self.assertEqual(len(h.paragraphs(merged)), len(self.base_resolution) + 2)
            self.assertEqual(merged.getUndoManager().getAllUndoActionTitles(), ("Merge Proposals",),
                             "one undo step")
            self.office.save(merged, saved)
        finally:
            h.close(merged)

        # The comments travel with the file: the SUP/NOC note at the number line, the conflict.
        reloaded = self.office.load(saved)
        try:
            notes = []
            enum = reloaded.getTextFields().createEnumeration()
            while enum.hasMoreElements():
                field = enum.nextElement()
                if field.supportsService("com.sun.star.text.textfield.Annotation"):
                    notes.append(field.Content)
            self.assertTrue(any("SUP %s: suppress Resolution 11" % ARB in n and "NOC " + RCC in n
                                for n in notes), notes)
            self.assertTrue(any("%s: \u201coptimal\u201d" % ATU in n and
                                "%s: \u201csustainable\u201d" % EUR in n for n in notes), notes)
            self.office.dispatch(reloaded, ".uno:RejectAllTrackedChanges")
            self.assertEqual(self.resolution(texts(reloaded)), self.base_resolution, "reject all = base")
        finally:
            h.close(reloaded)
        for source in (ATU, EUR, APT):
            with self.subTest(source=source):
                reloaded = self.office.load(saved)
                try:
                    self.assertEqual(self.resolution(self.accept_only(reloaded, source)),
                                     self.proposed[source])
                finally:
                    h.close(reloaded)

    def test_synoptic_table_cells_against_the_sources(self):
        merged, table, summary = self.merge()
        try:
            tables = table.getTextTables()
            self.assertEqual(tables.getCount(), 1)
            grid = tables.getByIndex(0)
            columns = grid.getColumns().getCount()
            rows = grid.getRows().getCount()
            self.assertEqual(columns, 6)
            cell = lambda c, r: grid.getCellByPosition(c, r)
            header = [cell(c, 0).getString() for c in range(columns)]
            self.assertEqual(header, ["Base", ATU, EUR, APT, "SUP " + ARB, "NOC " + RCC])
            self.assertEqual(rows - 1, len(self.base_resolution) + 1, "a row per paragraph, the added item too")
            # Every tracked change in a source's column is that source's.
            for c in range(1, 6):
                name = header[c].split(" ")[-1]
                for r in range(1, rows):
                    portions = cell(c, r).createEnumeration().nextElement().createEnumeration()
                    while portions.hasMoreElements():
                        portion = portions.nextElement()
                        if portion.TextPortionType == "Redline":
                            self.assertEqual(portion.RedlineAuthor, name)
            # Tracked changes in table cells, one per run of each source's cell.
            self.assertEqual({a for a, _ in redlines(table)}, {ATU, EUR, APT, ARB})
            self.office.dispatch(table, ".uno:AcceptAllTrackedChanges")
            column = lambda c: [cell(c, r).getString() for r in range(1, rows)]
            for c, name in ((1, ATU), (2, EUR), (3, APT)):
                self.assertEqual([t for t in column(c) if t], self.proposed[name], name)
            self.assertEqual([t for t in column(4) if t], [], "SUP: every paragraph struck")
            self.assertEqual(column(5), column(0), "NOC: the base")
            self.assertEqual([t for t in column(0) if t], self.base_resolution)
        finally:
            h.close(merged)
            h.close(table)

    def test_contributions_without_a_proposal_are_skipped_and_languages_must_agree(self):
        missing = os.path.join(self.dir, "missing.docx")
        merged, _, summary = self.merge([self.contributions[0], BASE, missing], synoptic=False)
        h.close(merged)
        self.assertEqual(summary["skipped"], [{"file": BASE, "reason": "no MOD, SUP or NOC of Resolution 11"},
                                              {"file": missing, "reason": "cannot open: no such file"}])

        french = self.office.new_writer()
        french_path = os.path.join(self.dir, "FRA-3-1.docx")
        try:
            french.getText().setString("\r".join([
                "MOD\tF/3/1", "RÉSOLUTION 11 (Rév. New Delhi, 2024)",
                "Collaboration avec le Conseil d'exploitation postale",
                "L'Assemblée mondiale de normalisation des télécommunications (New Delhi, 2024),",
                "considérant", "a)\tque les deux organisations collaborent;", "décide",
                "1\tde poursuivre cette collaboration.", "Motifs:\t"]))
            self.office.save(french, french_path)
        finally:
            h.close(french)
        target = self.office.new_writer()
        try:
            with self.assertRaises(Exception) as refused:
                self.merger.merge(target, None, (self.contributions[0], french_path), (BASE,),
                                  json.dumps({"resolution": "11"}))
            self.assertIn("F/3/1 (%s) is written in French and the base of Resolution 11 in English"
                          % french_path, refused.exception.Message)
            with self.assertRaises(Exception) as nothing:
                self.merger.merge(target, None, (BASE,), (BASE,), json.dumps({"resolution": "11"}))
            self.assertIn("None of the contributions has a MOD, SUP or NOC of Resolution 11",
                          nothing.exception.Message)
        finally:
            h.close(target)

    def test_menu_command_opens_the_merged_draft(self):
        doc = self.office.new_writer()
        try:
            helper = self.office.ctx.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.DispatchHelper", self.office.ctx)
            before = {id(c) for c in self.office._open_components()}
            args = (h.prop("Contributions", uno.Any("[]string", tuple(self.contributions[:2]))),
                    h.prop("Number", "11"), h.prop("BaseFiles", uno.Any("[]string", (BASE,))),
                    h.prop("Synoptic", True), h.prop("Hidden", True))
            event = helper.executeDispatch(doc.getCurrentController().getFrame(),
                                           "vnd.itu.proposalassistant:MergeProposals", "", 0, args)
            summary = json.loads(event.Result)
            self.assertEqual([s["name"] for s in summary["sources"]], [ATU, EUR])
            opened = [c for c in self.office._open_components()
                      if c.supportsService("com.sun.star.text.TextDocument") and c.getTextTables().getCount() == 0
                      and len(redlines(c)) > 0]
            self.assertTrue(any({a for a, _ in redlines(c)} >= {ATU, EUR} for c in opened))
            for c in list(self.office._open_components()):
                if c != doc and id(c) not in before:
                    h.close(c)
        finally:
            h.close(doc)

    def test_cli_merge_saves_both_documents(self):
        profile = os.path.join(self.dir, "cli-profile")
        out = os.path.join(self.dir, "cli-merged.docx")
        synoptic = os.path.join(self.dir, "cli-synoptic.odt")
        run = h.run_cli(["merge", "--base", BASE, "--resolution", "11", "--json"] + self.contributions +
                        [BASE, "-o", out, "--synoptic", synoptic], profile)
        self.assertEqual(run.returncode, 0, run.stderr)
        summary = json.loads(run.stdout)
        self.assertEqual([s["file"] for s in summary["sources"]], self.contributions)
        self.assertIn("skipped: no MOD, SUP or NOC of Resolution 11", run.stderr)
        doc = self.office.load(out)
        try:
            self.office.dispatch(doc, ".uno:RejectAllTrackedChanges")
            self.assertEqual(self.resolution(texts(doc)), self.base_resolution)
        finally:
            h.close(doc)
        table = self.office.load(synoptic)
        try:
            self.assertEqual(table.getTextTables().getCount(), 1)
        finally:
            h.close(table)

        text = h.run_cli(["merge", "--base", BASE, "--resolution", "11"] + self.contributions[:2] +
                         ["-o", out], profile)
        self.assertEqual(text.returncode, 0, text.stderr)
        self.assertIn("conflict, paragraph 15: base \u201cefficient\u201d; %s \u201coptimal\u201d; "
                      "%s \u201csustainable\u201d" % (ATU, EUR), text.stdout)
        self.assertIn("%s: the merged draft of Resolution 11" % out, text.stdout)
        usage = h.run_cli(["merge", "--base", BASE] + self.contributions + ["-o", out], profile)
        self.assertEqual(usage.returncode, 64)
        self.assertIn("merge needs --resolution N", usage.stderr)
        none = h.run_cli(["merge", "--base", BASE, "--resolution", "11", BASE, "-o", out], profile)
        self.assertEqual(none.returncode, 2)
        self.assertIn("None of the contributions has a MOD, SUP or NOC of Resolution 11", none.stderr)


if __name__ == "__main__":
    unittest.main()
