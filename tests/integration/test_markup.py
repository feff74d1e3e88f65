# Propose Modification, Suppression, No Change and Mark Up Against Base through the extension's
# ProposalEditor service in a real office: accept-all / reject-all invariants, .docx round trip,
# one undo step each, and refusals that leave the document unchanged.
import json
import os
import shutil
import unittest

import uno

import pa_harness as h
from pa_edits import (ASSEMBLIES, KINDS, apply_paragraphs, edit_paragraph, minimal_word_diff,
                      tracked_characters)
from pa_harness import body

BASE_ODT = os.path.join(h.CORPUS, "base", "res11-hammamet-2016.odt")
BASE_DOCX = os.path.join(h.CORPUS, "base", "res11-hammamet-2016.docx")
MERGED = os.path.join(h.CORPUS, "unstyled", "ATU-35A3-mod-res11-merged.docx")
NEW_DELHI = os.path.join(h.CORPUS, "base", "res11-new-delhi-2024.docx")
PROPOSAL = os.path.join(h.CORPUS, "proposals", "ATU-35A3-mod-res11.docx")
RDB = os.path.join(os.path.dirname(h.OXT), "proposal-assistant.rdb")
SETTINGS = json.dumps({"source": "ATU", "document": "35", "addendum": "3",
                       "assembly": "New Delhi, 2024", "author": "Test Delegate"})


def texts(doc):
    return [t for _, t in h.paragraphs(doc)]


def redline_count(doc):
    enum = doc.getRedlines().createEnumeration()
    n = 0
    while enum.hasMoreElements():
        enum.nextElement()
        n += 1
    return n


def put_cursor(doc, index, at_end=False):
    paragraph = body(doc)[index]
    doc.getCurrentController().getViewCursor().gotoRange(
        paragraph.getEnd() if at_end else paragraph.getStart(), False)


def first_index(lines, prefix):
    return next(i for i, t in enumerate(lines) if t.startswith(prefix))


class MarkupTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = h.work_dir("markup")
        cls.addClassCleanup(shutil.rmtree, cls.dir, ignore_errors=True)
        cls.office = h.Office("markup")
        cls.addClassCleanup(cls.office.cleanup)
        cls.office.start()
        cls.office.install_extension()
        cls.editor = cls.office.extension_service("org.itu.proposalassistant.ProposalEditor", RDB)
        base = cls.office.load(BASE_ODT, read_only=True)
        lines = texts(base)
        cls.base_resolution = lines[first_index(lines, "RESOLUTION 11"):]
        h.close(base)

    def accepted(self, doc):
        self.office.dispatch(doc, ".uno:AcceptAllTrackedChanges")
        return texts(doc)

    def rejected(self, doc):
        self.office.dispatch(doc, ".uno:RejectAllTrackedChanges")
        return texts(doc)

    def introduction(self):
        """A new document holding one paragraph, "Introduction", with the cursor at its end:
        where a delegate starts adding proposals."""
        doc = self.office.new_writer()
        doc.getText().setString("Introduction")
        put_cursor(doc, 0, at_end=True)
        return doc

    def copy(self, path):
        target = os.path.join(self.dir, os.path.basename(path))
        shutil.copyfile(path, target)
        return target

    def deleted_per_paragraph(self, doc):
        """The text under tracked deletions in each paragraph of the document."""
        out = []
        deleting = False
        for paragraph in body(doc):
            deleted = ""
            portions = paragraph.createEnumeration()
            while portions.hasMoreElements():
                portion = portions.nextElement()
                if portion.TextPortionType == "Redline":
                    if portion.RedlineType == "Delete":
                        deleting = portion.IsStart
                elif deleting:
                    deleted += portion.getString()
            out.append(deleted)
        return out

    def test_plain_text_atu_proposal_keeps_item_1_base_words(self):
        """The ATU proposal pasted as plain text (tracked changes flattened): item 1 under
        "instructs the Director" is the base item with a long clause added before its ';'."""
        doc = self.office.load(self.copy(MERGED))
        try:
            before = texts(doc)
            first = first_index(before, "RESOLUTION 11")  # the resolution runs to the end
            put_cursor(doc, first + 3)
            summary = json.loads(self.editor.markUpAtCursor(doc, (BASE_DOCX,), "{}"))
            self.assertEqual([m["number"] for m in summary["markedUp"]], ["11"])
            lines = texts(doc)
            item = next(i for i, t in enumerate(lines) if t.startswith("1\tto encourage"))
            self.assertTrue(lines[item].startswith(
                "1\tto encourage and assist this collaboration between the two organs particularly"))
            self.assertEqual(self.deleted_per_paragraph(doc)[item], "", "item 1 keeps its base words")
            deleted, inserted, accepted, rejected = tracked_characters(self.office, doc, first)
            self.assertEqual(accepted, before[first:], "accept all = the author's text")
            self.assertEqual(rejected, self.base_resolution, "reject all = the base")
            least, _ = minimal_word_diff(self.base_resolution, before[first:])
            self.assertLessEqual(deleted, 1.05 * least, "deleted %d, a word diff %d" % (deleted, least))
        finally:
            h.close(doc)

    def resolution_file(self):
        """The base text of Resolution 11 alone (from its number line), as a file."""
        base_path = os.path.join(self.dir, "resolution.odt")
        if os.path.exists(base_path):
            return base_path
        doc = self.office.load(self.copy(BASE_ODT))
        try:
            doc.RecordChanges = False
            paragraphs = body(doc)
            cursor = doc.getText().createTextCursorByRange(paragraphs[0].getStart())
            cursor.gotoRange(paragraphs[first_index(texts(doc), "RESOLUTION 11")].getStart(), True)
            cursor.setString("")
            self.office.save(doc, base_path)
        finally:
            h.close(doc)
        return base_path

    def test_the_authors_formatting_stays_and_deleted_words_take_their_neighbours(self):
        base_path = self.resolution_file()
        wanted = KINDS[0][1](self.base_resolution)  # words changed
        doc = self.office.load(base_path)
        try:
            doc.RecordChanges = False
            apply_paragraphs(doc, 0, self.base_resolution, wanted)
            index = first_index(wanted, "that it is necessary")
            paragraph = body(doc)[index]
            # The author's direct formatting: the paragraph in 14 pt, the new word in bold.
            whole = paragraph.getText().createTextCursorByRange(paragraph.getStart())
            whole.gotoRange(paragraph.getEnd(), True)
            whole.CharHeight = 14.0
            word = paragraph.getText().createTextCursorByRange(paragraph.getStart())
            word.goRight(wanted[index].index("optimal"), False)
            word.goRight(len("optimal"), True)
            word.CharWeight = 150.0  # BOLD
            put_cursor(doc, 0)
            self.editor.markUpAtCursor(doc, (base_path,), "{}")
            paragraph = body(doc)[index]
            self.assertEqual(paragraph.getString(),
                             wanted[index].replace("the optimal use", "the efficientoptimal use"))
            self.assertEqual(paragraph.ParaStyleName, "Standard", "the paragraph keeps its style")
            portions = paragraph.createEnumeration()
            seen = {}
            while portions.hasMoreElements():
                portion = portions.nextElement()
                if portion.TextPortionType == "Text" and portion.getString():
                    seen[portion.getString()] = (portion.CharHeight, portion.CharWeight)
                    self.assertEqual(portion.CharHeight, 14.0, portion.getString())
            self.assertEqual(seen.get("efficient"), (14.0, 100.0),
                             "the deleted word takes the formatting around it")
            self.assertEqual(seen.get("optimal"), (14.0, 150.0), "the author's bold stays")
            self.assertEqual(tracked_characters(self.office, doc)[2:],
                             (wanted, self.base_resolution))
            # One undo gives back the author's text, formatting and all. (Writer's makeRedline
            # is not undoable: empty tracked changes stay behind, as before this mark-up.)
            undo = doc.getUndoManager()
            undo.undo()
            self.assertEqual(texts(doc), wanted)
            word = body(doc)[index].getText().createTextCursorByRange(body(doc)[index].getStart())
            word.goRight(wanted[index].index("optimal"), False)
            word.goRight(len("optimal"), True)
            self.assertEqual((word.CharHeight, word.CharWeight), (14.0, 150.0))
        finally:
            h.close(doc)

    def test_revision_lines_named_for_the_assembly_when_the_author_did_not(self):
        base_path = self.resolution_file()
        wanted = KINDS[0][1](self.base_resolution)  # words changed, revision lines as in 2016
        doc = self.office.load(base_path)
        try:
            doc.RecordChanges = False
            apply_paragraphs(doc, 0, self.base_resolution, wanted)
            put_cursor(doc, 0)
            self.editor.markUpAtCursor(doc, (base_path,), SETTINGS)  # for New Delhi, 2024
            _, _, accepted, rejected = tracked_characters(self.office, doc)
            self.assertEqual(accepted, dict(KINDS)["revision lines"](wanted))
            self.assertEqual(rejected, self.base_resolution)
            self.assertEqual(texts(doc)[0], "RESOLUTION 11 (Rev. Hammamet, 2016New Delhi, 2024)")
        finally:
            h.close(doc)

    def test_every_kind_of_edit_marks_up_as_small_as_a_word_diff(self):
        base_path = self.resolution_file()
        for name, edit in KINDS:
            with self.subTest(edit=name):
                wanted = edit(self.base_resolution)
                doc = self.office.load(base_path)
                try:
                    doc.RecordChanges = False
                    apply_paragraphs(doc, 0, self.base_resolution, wanted)
                    self.assertEqual(texts(doc), wanted)
                    put_cursor(doc, 0)
                    self.editor.markUpAtCursor(doc, (base_path,), "{}")
                    deleted, inserted, accepted, rejected = tracked_characters(self.office, doc)
                    self.assertEqual(accepted, wanted, "accept all = the edited text")
                    self.assertEqual(rejected, self.base_resolution, "reject all = the base")
                    # The revision lines as domain §2 writes them: the assembly replaced whole.
                    least, _ = minimal_word_diff(self.base_resolution, wanted, ASSEMBLIES)
                    # A relettered label is deleted whole ("[-c-]{+d+})"), where a word diff may
                    # keep it by shifting the items: one character per relettered item (one here).
                    labels = 1
                    self.assertLessEqual(deleted, 1.05 * least + labels, "deleted %d, a word diff %d"
                                         % (deleted, least))
                finally:
                    h.close(doc)

    def test_list_base_resolutions(self):
        listed = json.loads(self.editor.listBaseResolutions((BASE_ODT, NEW_DELHI)))
        self.assertEqual(listed["problems"], [])
        self.assertEqual([r["number"] for r in listed["resolutions"]], ["11"])
        # The later file wins; the 2024 text has no number line and is named by its file name.
        self.assertTrue(listed["resolutions"][0]["title"].startswith(
            "Collaboration with the Universal Postal Union"))

    def test_propose_modification_then_atu_edits_give_the_atu_text(self):
        proposal = self.office.load(self.copy(PROPOSAL))  # a read-only one accepts nothing
        wanted_all = self.accepted(proposal)
        h.close(proposal)
        start = first_index(wanted_all, "MOD\t")
        end = first_index(wanted_all[start:], "Reasons") + start
        wanted = wanted_all[start:end]

        doc = self.office.new_writer()
        try:
            undo = doc.getUndoManager()
            summary = json.loads(self.editor.proposeModification(doc, "11", (BASE_ODT,), SETTINGS))
            self.assertEqual(summary["symbol"], "MOD")
            self.assertEqual(len(undo.getAllUndoActionTitles()), 1, "one undo step")
            self.assertTrue(doc.RecordChanges, "change recording is on after MOD")
            styled = h.paragraphs(doc)
            self.assertEqual(styled[0], ("Proposal", "MOD\tATU/35A3/1"))
            self.assertEqual(styled[1][0], "ResNo")
            self.assertEqual(styled[-1], ("Reasons", "Reasons:\t"))
            # Three revision lines as tracked changes: 2 deletions + 3 insertions.
            self.assertEqual((summary["insertions"], summary["deletions"]), (3, 2))
            self.assertEqual(redline_count(doc), 5)
            authors = set()
            enum = doc.getRedlines().createEnumeration()
            while enum.hasMoreElements():
                authors.add(enum.nextElement().RedlineAuthor)
            self.assertEqual(authors, {"Test Delegate"})

            # The author edits with recording on, as Writer leaves it after the command.
            proposed = self.accepted(doc)
            undo.undo()
            apply_paragraphs(doc, 1, proposed[1:-1], wanted[1:])
            result = self.accepted(doc)
            self.assertEqual(result[:-1], wanted)
            undo.undo()
            self.assertEqual(self.rejected(doc)[1:-1], self.base_resolution)
        finally:
            h.close(doc)

    def check_invariant(self, doc, first, edited):
        self.assertEqual(self.accepted(doc)[first:], edited, "accept all = the author's text")
        doc.getUndoManager().undo()
        self.assertEqual(self.rejected(doc)[first:], self.base_resolution,
                         "reject all = the base text")

    def test_mark_up_at_cursor_accept_gives_2024_reject_gives_2016_also_after_docx(self):
        path = self.copy(NEW_DELHI)
        doc = self.office.load(path)
        saved = os.path.join(self.dir, "marked-up.docx")
        try:
            before = texts(doc)
            first = first_index(before, "Collaboration with")
            put_cursor(doc, first + 3)
            undo = doc.getUndoManager()
            steps = len(undo.getAllUndoActionTitles())
            summary = json.loads(self.editor.markUpAtCursor(doc, (BASE_ODT,), "{}"))
            self.assertEqual([m["number"] for m in summary["markedUp"]], ["11"])
            self.assertEqual(len(undo.getAllUndoActionTitles()) - steps, 1, "one undo step")
            self.assertTrue(doc.RecordChanges)
            self.assertEqual(texts(doc)[:first], before[:first], "text before it untouched")
            self.office.save(doc, saved)
            self.check_invariant(doc, first, before[first:])
        finally:
            h.close(doc)
        for view in ("accept", "reject"):
            reloaded = self.office.load(saved)
            try:
                if view == "accept":
                    self.assertEqual(self.accepted(reloaded)[first:], before[first:])
                else:
                    self.assertEqual(self.rejected(reloaded)[first:], self.base_resolution)
            finally:
                h.close(reloaded)

    def test_mark_up_whole_document_adds_the_proposal_line(self):
        doc = self.office.load(self.copy(NEW_DELHI))
        try:
            before = texts(doc)
            first = first_index(before, "Collaboration with")
            summary = json.loads(self.editor.markUp(doc, (BASE_ODT,), SETTINGS))
            self.assertTrue(summary["markedUp"][0]["proposalLineAdded"])
            after = h.paragraphs(doc)
            self.assertEqual(after[first], ("Proposal", "MOD\tATU/35A3/1"))
            self.assertEqual(after[-1], ("Reasons", "Reasons:\t"))
            accepted = self.accepted(doc)
            self.assertEqual(accepted[first + 1:-1], before[first:])
        finally:
            h.close(doc)

    def test_cli_markup(self):
        out = os.path.join(self.dir, "cli-marked.docx")
        profile = os.path.join(self.dir, "cli-profile")
        run = h.run_cli(["markup", "--base", BASE_ODT, "--assembly", "New Delhi, 2024",
                         NEW_DELHI, "-o", out], profile)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("Resolution 11 marked up against its base", run.stdout)
        self.assertIn("MOD proposal line added", run.stdout)
        source = self.office.load(NEW_DELHI, read_only=True)
        before = texts(source)
        h.close(source)
        first = first_index(before, "Collaboration with")
        for view in ("accept", "reject"):
            doc = self.office.load(out)
            try:
                if view == "accept":
                    self.assertEqual(self.accepted(doc)[first + 1:-1], before[first:])
                else:
                    self.assertEqual(self.rejected(doc)[first + 1:-1], self.base_resolution)
            finally:
                h.close(doc)
        missing = h.run_cli(["markup", "--base", os.path.join(self.dir, "none.odt"), NEW_DELHI,
                             "-o", os.path.join(self.dir, "never.docx")], profile)
        self.assertEqual(missing.returncode, 2)
        self.assertIn("none.odt: cannot open: no such file", missing.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.dir, "never.docx")))

    def menu(self, doc, command, **arguments):
        """The command as the Proposals menu dispatches it; arguments stand in for the dialogs
        a headless office cannot show. Returns the command's JSON result."""
        helper = self.office.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", self.office.ctx)
        frame = doc.getCurrentController().getFrame()
        args = tuple(h.prop(k, uno.Any("[]string", v) if isinstance(v, tuple) else v)
                     for k, v in arguments.items())
        result = helper.executeDispatch(frame, "vnd.itu.proposalassistant:" + command, "", 0, args)
        return json.loads(result.Result)

    def test_menu_commands(self):
        # Nothing chosen yet: the sample base the .oxt carries.
        self.assertEqual(tuple(self.office.extension_settings().BaseFiles), ())
        doc = self.office.new_writer()
        try:
            # No source or assembly yet: the settings dialog is asked, and headless it is
            # cancelled at once, so nothing is written.
            self.assertEqual(self.menu(doc, "ProposeModification", Number="11"), {"cancelled": True})
            self.assertEqual(texts(doc), [""])
            self.assertEqual(self.menu(doc, "ContributionSettings"), {"cancelled": True})
            result = self.menu(doc, "ProposeModification", Number="11",
                               Settings=json.dumps({"assembly": "New Delhi, 2024"}))
            self.assertTrue(result.get("sampleBase"), result)
            self.assertEqual(texts(doc)[0], "MOD\tXX/XX/1")
            self.assertTrue(doc.RecordChanges)
            self.assertEqual(redline_count(doc), 5)
        finally:
            h.close(doc)
        # The base files kept in the extension's configuration are used from then on.
        update = self.office.extension_settings(update=True)
        uno.invoke(update, "replaceByName",
                   ("BaseFiles", uno.Any("[]string", (uno.systemPathToFileUrl(BASE_ODT),))))
        update.commitChanges()
        doc = self.office.new_writer()
        try:
            result = self.menu(doc, "ProposeSuppression", Number="11", Settings=SETTINGS)
            self.assertNotIn("sampleBase", result)
            self.assertEqual(texts(doc)[:2], ["SUP\tATU/35A3/1", "RESOLUTION 11 (Rev. Hammamet, 2016)"])
            result = self.menu(doc, "ProposeNoChange", Number="99", Settings=SETTINGS)
            self.assertIn("Resolution 99 is not in the base text", result["error"])
        finally:
            h.close(doc)
        doc = self.office.load(self.copy(NEW_DELHI))
        try:
            before = texts(doc)
            first = first_index(before, "Collaboration with")
            missing = os.path.join(self.dir, "gone.odt")
            put_cursor(doc, first + 5)
            result = self.menu(doc, "MarkUpAgainstBase", BaseFiles=(missing,), Settings="{}")
            self.assertIn(missing + ": cannot open: no such file", result["error"])
            self.assertEqual(texts(doc), before)
            result = self.menu(doc, "MarkUpAgainstBase", Settings="{}")
            self.assertEqual([m["number"] for m in result["markedUp"]], ["11"])
            self.check_invariant(doc, first, before[first:])
        finally:
            h.close(doc)
        # Headless, the file picker is cancelled at once: the choice stays as it was.
        doc = self.office.new_writer()
        try:
            self.assertEqual(self.menu(doc, "ChooseBaseFiles"), {"cancelled": True})
            self.assertEqual(tuple(self.office.extension_settings().BaseFiles), (uno.systemPathToFileUrl(BASE_ODT),))
        finally:
            h.close(doc)

    def propose_plain(self, method, symbol):
        doc = self.introduction()
        try:
            undo = doc.getUndoManager()
            steps = len(undo.getAllUndoActionTitles())
            getattr(self.editor, method)(doc, "11", (BASE_ODT,), SETTINGS)
            self.assertEqual(h.paragraphs(doc), [
                ("Standard", "Introduction"),
                ("Proposal", symbol + "\tATU/35A3/1"),
                ("ResNo", "RESOLUTION 11 (Rev. Hammamet, 2016)"),
                ("Restitle", self.base_resolution[1]),
                ("Reasons", "Reasons:\t")])
            self.assertEqual(redline_count(doc), 0, symbol + " carries no tracked change")
            self.assertFalse(doc.RecordChanges)
            self.assertEqual(len(undo.getAllUndoActionTitles()) - steps, 1)
            # A second proposal before the first: numbered 1, the first becomes 2.
            put_cursor(doc, 0, at_end=True)
            self.editor.proposeNoChange(doc, "11", (BASE_ODT,), SETTINGS)
            lines = [t for t in texts(doc) if t.startswith(("SUP\t", "NOC\t"))]
            self.assertEqual(lines, ["NOC\tATU/35A3/1", symbol + "\tATU/35A3/2"])
            undo.undo()
            undo.undo()
            self.assertEqual(texts(doc), ["Introduction"], "each command undoes in one step")
        finally:
            h.close(doc)

    def test_proposals_survive_a_docx_round_trip(self):
        """MOD, ADD and SUP in one document, saved as .docx and opened again: the same
        paragraphs and styles, the same tracked changes by the same author."""
        def state(doc):
            changes = []
            enum = doc.getRedlines().createEnumeration()
            while enum.hasMoreElements():
                change = enum.nextElement()
                changes.append((change.getPropertyValue("RedlineType"),
                                change.getPropertyValue("RedlineAuthor")))
            return h.paragraphs(doc), sorted(changes)

        doc = self.introduction()
        try:
            self.editor.proposeModification(doc, "11", (BASE_ODT,), SETTINGS)
            put_cursor(doc, len(body(doc)) - 1, at_end=True)
            self.editor.proposeNewResolution(doc, SETTINGS)
            put_cursor(doc, len(body(doc)) - 1, at_end=True)
            self.editor.proposeSuppression(doc, "11", (BASE_ODT,), SETTINGS)
            before = state(doc)
            saved = os.path.join(self.dir, "three-proposals.docx")
            self.office.save(doc, saved)
        finally:
            h.close(doc)
        self.assertEqual(len(before[1]), 5, "the MOD's revision lines are the only tracked changes")
        self.assertEqual({author for _, author in before[1]}, {"Test Delegate"})
        reloaded = self.office.load(saved)
        try:
            self.assertEqual(state(reloaded), before)
            self.assertEqual([t for t in texts(reloaded) if t[:4] in ("MOD\t", "ADD\t", "SUP\t")],
                             ["MOD\tATU/35A3/1", "ADD\tATU/35A3/2", "SUP\tATU/35A3/3"])
        finally:
            h.close(reloaded)

    def test_a_new_proposal_goes_after_the_proposal_the_cursor_is_in(self):
        """Defect 2: with the cursor inside a MOD's resolution, SUP (and the others) come after
        that proposal's Reasons, not into the middle of the resolution."""
        doc = self.introduction()
        try:
            self.editor.proposeModification(doc, "11", (BASE_ODT,), SETTINGS)
            mod = texts(doc)
            reasons = max(i for i, t in enumerate(mod) if t.startswith("Reasons:"))
            put_cursor(doc, first_index(mod, "RESOLUTION 11") + 4, at_end=True)
            self.editor.proposeSuppression(doc, "11", (BASE_ODT,), SETTINGS)
            lines = texts(doc)
            self.assertEqual(lines[:reasons + 1], mod[:reasons + 1], "the MOD is left whole")
            self.assertEqual(lines[reasons + 1], "SUP\tATU/35A3/2")
            put_cursor(doc, 1, at_end=True)  # on the MOD's proposal line
            self.editor.proposeNewResolution(doc, SETTINGS)
            self.assertEqual(texts(doc)[reasons + 1], "ADD\tATU/35A3/2")
        finally:
            h.close(doc)

    def test_skeletons_are_untracked_whatever_the_recording(self):
        """Defect 1: after a MOD recording is on; an ADD, SUP or NOC written next is plain text,
        and recording stays as the author had it."""
        doc = self.introduction()
        try:
            self.editor.proposeModification(doc, "11", (BASE_ODT,), SETTINGS)
            self.assertTrue(doc.RecordChanges)
            mod_changes = redline_count(doc)
            for propose in (lambda: self.editor.proposeNewResolution(doc, SETTINGS),
                            lambda: self.editor.proposeSuppression(doc, "11", (BASE_ODT,), SETTINGS),
                            lambda: self.editor.proposeNoChange(doc, "11", (BASE_ODT,), SETTINGS)):
                put_cursor(doc, len(body(doc)) - 1, at_end=True)
                propose()
                self.assertEqual(redline_count(doc), mod_changes)
                self.assertTrue(doc.RecordChanges)
        finally:
            h.close(doc)

    def test_propose_suppression(self):
        self.propose_plain("proposeSuppression", "SUP")

    def test_propose_no_change(self):
        self.propose_plain("proposeNoChange", "NOC")

    def test_propose_new_resolution(self):
        doc = self.introduction()
        try:
            undo = doc.getUndoManager()
            steps = len(undo.getAllUndoActionTitles())
            result = json.loads(self.editor.proposeNewResolution(doc, SETTINGS))
            self.assertEqual(result["draftTag"], "ATU-1")
            expected = [
                ("Standard", "Introduction"),
                ("Proposal", "ADD\tATU/35A3/1"),
                ("ResNo", "DRAFT NEW RESOLUTION [ATU-1]"),
                ("Resref", "(New Delhi, 2024)"),
                ("Restitle", "[Title of the draft new resolution]"),
                ("Normalaftertitle",
                 "The World Telecommunication Standardization Assembly (New Delhi, 2024),"),
                ("Call", "considering"),
                ("Standard", "a)\t"),
                ("Call", "resolves"),
                ("Standard", "1\t"),
                ("Reasons", "Reasons:\t")]
            self.assertEqual(h.paragraphs(doc), expected)
            # The title prompt is selected: what the author types replaces it.
            selected = doc.getCurrentController().getSelection().getByIndex(0)
            self.assertEqual(selected.getString(), "[Title of the draft new resolution]")
            self.assertEqual(redline_count(doc), 0, "ADD carries no tracked change")
            # Defect 8: the items (Default Paragraph Style) in the ITU styles' font.
            self.assertEqual(body(doc)[7].getPropertyValue("CharFontName"), "Times New Roman")
            self.assertEqual(len(undo.getAllUndoActionTitles()) - steps, 1)
            # A second one after the first: the next free tag of the source.
            put_cursor(doc, len(expected) - 1, at_end=True)
            self.assertEqual(json.loads(self.editor.proposeNewResolution(doc, SETTINGS))["draftTag"],
                             "ATU-2")
            undo.undo()
            self.assertEqual(h.paragraphs(doc), expected, "one undo step")
            undo.undo()
            self.assertEqual(texts(doc), ["Introduction"])
            self.assertRefused(lambda: self.editor.proposeNewResolution(
                doc, json.dumps({"source": "ATU", "assembly": ""})), "The assembly is not set")
        finally:
            h.close(doc)

    def test_renumber_proposals(self):
        doc = self.introduction()
        try:
            self.editor.proposeNewResolution(doc, SETTINGS)  # ADD [ATU-1]
            put_cursor(doc, len(body(doc)) - 1, at_end=True)
            self.editor.proposeNewResolution(doc, SETTINGS)  # ADD [ATU-2]
            put_cursor(doc, len(body(doc)) - 1, at_end=True)
            self.editor.proposeSuppression(doc, "11", (BASE_ODT,), SETTINGS)
            # The author disorders them: a line typed by hand, tags swapped, a reference.
            lines = texts(doc)
            edit_paragraph(doc, lines.index("ADD\tATU/35A3/2"), "ADD\tEUR/XX/7")
            edit_paragraph(doc, lines.index("DRAFT NEW RESOLUTION [ATU-1]"), "DRAFT NEW RESOLUTION [ATU-5]")
            reasons = [i for i, t in enumerate(texts(doc)) if t.startswith("Reasons:")]
            edit_paragraph(doc, reasons[-1], "Reasons:\tDraft new Resolution [ATU-5] covers it.")
            edit_paragraph(doc, reasons[0], "Reasons:\tSee EUR/XX/7, not EUR/XX/70.")
            undo = doc.getUndoManager()
            steps = len(undo.getAllUndoActionTitles())
            before = texts(doc)
            result = json.loads(self.editor.renumberProposals(doc, SETTINGS))
            self.assertEqual(result["proposals"], 3)
            self.assertEqual(result["draftTags"], [{"from": "ATU-5", "to": "ATU-1"}])
            self.assertEqual(result["mentions"], 1)
            after = texts(doc)
            self.assertEqual([t for t in after if t[:4] in ("ADD\t", "SUP\t")],
                             ["ADD\tATU/35A3/1", "ADD\tATU/35A3/2", "SUP\tATU/35A3/3"])
            self.assertIn("DRAFT NEW RESOLUTION [ATU-1]", after)
            self.assertIn("DRAFT NEW RESOLUTION [ATU-2]", after)
            self.assertEqual(after[-1], "Reasons:\tDraft new Resolution [ATU-1] covers it.")
            self.assertIn("Reasons:\tSee ATU/35A3/2, not EUR/XX/70.", after)
            self.assertEqual(len(undo.getAllUndoActionTitles()) - steps, 1)
            undo.undo()
            self.assertEqual(texts(doc), before, "one undo step")
        finally:
            h.close(doc)

    def assertRefused(self, call, *words):
        with self.assertRaises(Exception) as raised:
            call()
        message = raised.exception.Message
        for word in words:
            self.assertIn(word, message)
        return message

    def test_refusals_leave_the_document_unchanged(self):
        doc = self.office.load(self.copy(NEW_DELHI))
        try:
            before = h.paragraphs(doc)
            undo = doc.getUndoManager()
            missing = os.path.join(self.dir, "no-such-base.docx")
            self.assertRefused(lambda: self.editor.proposeModification(doc, "11", (missing,), SETTINGS),
                               missing, "no such file")
            self.assertRefused(lambda: self.editor.proposeModification(doc, "99", (BASE_ODT,), SETTINGS),
                               "Resolution 99 is not in the base text")
            put_cursor(doc, 0)  # the FOREWORD, outside the resolution
            self.assertRefused(lambda: self.editor.markUpAtCursor(doc, (BASE_ODT,), SETTINGS),
                               "not inside a resolution")
            self.assertEqual(h.paragraphs(doc), before)
            self.assertEqual(len(undo.getAllUndoActionTitles()), 0)
            self.assertFalse(doc.isModified())
        finally:
            h.close(doc)


if __name__ == "__main__":
    unittest.main()
