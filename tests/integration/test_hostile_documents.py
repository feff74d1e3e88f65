# Every Proposals menu command, dispatched as the menu does in a real office, over documents
# whose resolutions stand where Writer's text is not plain: table cells, 20 nested tables, frames,
# sections, headers, footnotes and fields inside items; plus an empty document and one of images
# only. The office must be alive after each command; a command that refuses (or is cancelled)
# leaves the document exactly as it was, and one that succeeds is one undo step that gives the
# document back. A 1,000,000-character paragraph goes through the same engine calls on a bare
# model (a frame would first spend about a minute on its layout).
import base64
import hashlib
import json
import os
import shutil
import time
import unittest
from xml.sax.saxutils import escape

import uno
from com.sun.star.text.TextContentAnchorType import AS_CHARACTER, AT_PARAGRAPH

import pa_harness as h

BASE_ODT = os.path.join(h.CORPUS, "base", "res11-hammamet-2016.odt")
RDB = os.path.join(os.path.dirname(h.OXT), "proposal-assistant.rdb")
SETTINGS = json.dumps({"source": "ATU", "document": "35", "addendum": "3",
                       "assembly": "New Delhi, 2024", "author": "Test Delegate"})
MENU = [("RecognizeStructure", {}), ("Validate", {}),
        ("ProposeModification", {"Number": "11"}), ("ProposeSuppression", {"Number": "11"}),
        ("ProposeNoChange", {"Number": "11"}), ("ProposeNewResolution", {}),
        ("RenumberProposals", {}), ("MarkUpAgainstBase", {}), ("ContributionSettings", {}),
        ("ChooseBaseFiles", {}), ("ShowProposalsDeck", {}),
        # The hostile document merged with itself: the merge writes new documents only.
        ("MergeProposals", {"Number": "11", "Synoptic": True, "Hidden": True,
                            "Contributions": "the document"})]
# Read through the engine on a bare model only (a frame would spend minutes on their layout).
LONG = ("million-characters.odt", "astral-plane.odt")
# What a message to the user must never show: the office's codes, its source files.
INTERNAL = r"0x[0-9a-fA-F]{3}|\.[ch]xx:\d|Error Area|ErrCode"
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def walk_paragraphs(text, out):
    """Paragraphs of a text, table cells and nested tables descended into."""
    enum = text.createEnumeration()
    while enum.hasMoreElements():
        element = enum.nextElement()
        if element.supportsService("com.sun.star.text.TextTable"):
            for name in element.getCellNames():
                walk_paragraphs(element.getCellByName(name), out)
        elif element.supportsService("com.sun.star.text.Paragraph"):
            out.append(element)
    return out


def snapshot(doc):
    """What a command could change: every paragraph's style and text (body, cells, frames,
    header), the tracked changes, the footnotes and the frames."""
    texts = [doc.getText()] + [doc.getTextFrames().getByIndex(i)
                               for i in range(doc.getTextFrames().getCount())]
    style = doc.getStyleFamilies().getByName("PageStyles").getByName("Standard")
    if style.HeaderIsOn:
        texts.append(style.HeaderText)
    state = []
    for text in texts:
        state.append([(p.ParaStyleName, p.getString()) for p in walk_paragraphs(text, [])])
    redlines = []
    enum = doc.getRedlines().createEnumeration()
    while enum.hasMoreElements():
        r = enum.nextElement()
        if r.getString():  # Writer's undo leaves collapsed, empty ones behind
            redlines.append((r.RedlineType, r.getString()))
    return {"paragraphs": state, "redlines": redlines,
            "footnotes": doc.getFootnotes().getCount(), "frames": doc.getTextFrames().getCount(),
            "images": doc.getGraphicObjects().getCount()}


def digest(doc):
    """A snapshot short enough to compare (a failed comparison of megabytes takes minutes)."""
    return hashlib.sha256(repr(snapshot(doc)).encode()).hexdigest()


class HostileDocumentsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = h.work_dir("hostile")
        cls.addClassCleanup(shutil.rmtree, cls.dir, ignore_errors=True)
        cls.office = h.Office("hostile")
        cls.addClassCleanup(cls.office.cleanup)
        cls.office.start()
        cls.office.install_extension()
        base = cls.office.load(BASE_ODT, read_only=True)
        lines = [t for _, t in h.paragraphs(base)]
        h.close(base)
        resolution = lines[next(i for i, t in enumerate(lines) if t.startswith("RESOLUTION 11")):]
        # Edited without tracking, as Mark Up expects: the title changed.
        resolution[1] += " and its members"
        cls.resolution = resolution
        cls.inputs = cls.make_inputs()

    @classmethod
    def make_inputs(cls):
        o, d, lines = cls.office, cls.dir, cls.resolution
        joined = "\r".join(lines)
        paths = {}

        def writer(name, fill):
            doc = o.new_writer()
            try:
                fill(doc)
                paths[name] = os.path.join(d, name)
                o.save(doc, paths[name])
            finally:
                h.close(doc)

        def table(doc, text, rows, cols=1):
            t = doc.createInstance("com.sun.star.text.TextTable")
            t.initialize(rows, cols)
            text.insertTextContent(text.getEnd(), t, False)
            return t

        def cells(doc):  # the document: one part of the resolution in each cell
            t = table(doc, doc.Text, len(lines))
            for name, line in zip(t.getCellNames(), lines):
                t.getCellByName(name).setString(line)
        writer("resolution-in-cells.odt", cells)

        def proposals(doc):  # proposals in cells and after the table, numbered wrong
            rows = ["MOD\tATU/35A3/3"] + lines + ["Reasons:\tAs ATU/35A3/3 says."]
            t = table(doc, doc.Text, len(rows))
            for name, line in zip(t.getCellNames(), rows):
                t.getCellByName(name).setString(line)
            doc.Text.insertString(doc.Text.getEnd(), "SUP\tATU/35A3/7\r" + lines[0], False)
        writer("proposals-in-cells.odt", proposals)

        def one_cell(doc):
            table(doc, doc.Text, 1).getCellByName("A1").setString(joined)
        writer("resolution-in-one-cell.odt", one_cell)

        def nested(doc):  # 20 levels of tables, the resolution in the innermost cell
            text = doc.Text
            for level in range(20):
                t = table(doc, text, 2, 2)
                t.getCellByName("B2").setString("level %d" % level)
                text = t.getCellByName("A1")
            text.setString(joined)
        writer("nested-tables.odt", nested)

        def half_table(doc):  # a resolution that runs from the body into a table
            doc.Text.setString("\r".join(lines[:4]))
            t = table(doc, doc.Text, 1)
            t.getCellByName("A1").setString("\r".join(lines[4:]))
        writer("resolution-into-table.odt", half_table)

        def frames(doc):
            doc.Text.setString(joined)
            frame = doc.createInstance("com.sun.star.text.TextFrame")
            frame.AnchorType = AT_PARAGRAPH
            doc.Text.insertTextContent(doc.Text.getStart(), frame, False)
            frame.setString(joined)  # a whole resolution in the frame
            inline = doc.createInstance("com.sun.star.text.TextFrame")
            inline.AnchorType = AS_CHARACTER
            item = h.body(doc)[8]
            doc.Text.insertTextContent(item.getEnd(), inline, False)
            inline.setString("a frame in an item")
        writer("frames.odt", frames)

        def sections(doc):
            doc.Text.setString("Introduction\r" + joined)
            paragraphs = h.body(doc)
            whole = doc.createInstance("com.sun.star.text.TextSection")
            cursor = doc.Text.createTextCursorByRange(paragraphs[1].getStart())
            cursor.gotoRange(paragraphs[-1].getEnd(), True)
            doc.Text.insertTextContent(cursor, whole, True)
            half = doc.createInstance("com.sun.star.text.TextSection")
            cursor = doc.Text.createTextCursorByRange(paragraphs[6].getStart())
            cursor.gotoRange(paragraphs[9].getEnd(), True)
            doc.Text.insertTextContent(cursor, half, True)
        writer("sections.odt", sections)

        def footnotes_and_fields(doc):
            doc.Text.setString(joined)
            paragraphs = h.body(doc)
            for index in (6, 8):
                note = doc.createInstance("com.sun.star.text.Footnote")
                doc.Text.insertTextContent(paragraphs[index].getEnd(), note, False)
                note.setString("A footnote of the item.")
                field = doc.createInstance("com.sun.star.text.TextField.PageNumber")
                doc.Text.insertTextContent(paragraphs[index].getEnd(), field, False)
            comment = doc.createInstance("com.sun.star.text.TextField.Annotation")
            comment.Content = "a comment"
            doc.Text.insertTextContent(paragraphs[2].getStart(), comment, False)
            bookmark = doc.createInstance("com.sun.star.text.Bookmark")
            bookmark.Name = "number"
            doc.Text.insertTextContent(paragraphs[0].getStart(), bookmark, False)
        writer("footnotes-and-fields.odt", footnotes_and_fields)

        def header(doc):
            doc.Text.setString("Introduction")
            style = doc.getStyleFamilies().getByName("PageStyles").getByName("Standard")
            style.HeaderIsOn = True
            style.HeaderText.setString(joined)
        writer("resolution-in-header.odt", header)

        writer("empty.odt", lambda doc: None)

        image_path = os.path.join(d, "dot.png")
        with open(image_path, "wb") as f:
            f.write(PNG)

        def images(doc):
            provider = o.ctx.ServiceManager.createInstanceWithContext(
                "com.sun.star.graphic.GraphicProvider", o.ctx)
            for _ in range(3):
                image = doc.createInstance("com.sun.star.text.TextGraphicObject")
                image.Graphic = provider.queryGraphic(
                    (h.prop("URL", uno.systemPathToFileUrl(image_path)),))
                image.AnchorType = AS_CHARACTER
                doc.Text.insertTextContent(doc.Text.getEnd(), image, False)
        writer("only-images.odt", images)

        # Written by hand: through the office, 1 MB of text costs about 40 s of layout.
        words = "considering that the assembly resolves to instruct the Director; "
        big = cls.big = (words * (1000000 // len(words) + 1))[:1000000]
        paths["million-characters.odt"] = os.path.join(d, "million-characters.odt")
        h.write_odf(paths["million-characters.odt"], "text",
                    "<office:text><text:p>RESOLUTION 11 (Rev. Hammamet, 2016)</text:p>"
                    "<text:p>considering</text:p><text:p>a)\t%s</text:p></office:text>"
                    % escape(big))
        # 80,000 UTF-16 units of surrogate pairs: one of the pieces' ends falls inside a pair.
        cls.astral = "\U0001F600" * 40000
        paths["astral-plane.odt"] = os.path.join(d, "astral-plane.odt")
        h.write_odf(paths["astral-plane.odt"], "text",
                    "<office:text><text:p>RESOLUTION 11 (Rev. Hammamet, 2016)</text:p>"
                    "<text:p>considering</text:p><text:p>a)\t%s</text:p></office:text>"
                    % cls.astral)
        return paths

    def cursor_into(self, doc):
        """The view cursor in the first paragraph that says "considering", wherever it is."""
        for paragraph in walk_paragraphs(doc.getText(), []):
            if paragraph.getString().startswith("considering"):
                doc.getCurrentController().getViewCursor().gotoRange(paragraph.getStart(), False)
                return

    def run_command(self, doc, command, arguments, path=None):
        args = [h.prop("Settings", SETTINGS),
                h.prop("BaseFiles", uno.Any("[]string", (uno.systemPathToFileUrl(BASE_ODT),)))]
        for k, v in arguments.items():
            if v == "the document":
                v = uno.Any("[]string", (uno.systemPathToFileUrl(path),))
            args.append(h.prop(k, v))
        components = self.components()
        event = self.office.dispatch(doc, "vnd.itu.proposalassistant:" + command, args)
        for opened in self.components():  # the merged draft and its synoptic table
            if not any(opened == known for known in components):
                h.close(opened)
        return event.State, json.loads(event.Result) if event.Result else {}

    def components(self):
        found, enum = [], self.office.desktop.getComponents().createEnumeration()
        while enum.hasMoreElements():
            found.append(enum.nextElement())
        return found

    def test_every_menu_command_on_every_hostile_document(self):
        for name in sorted(n for n in self.inputs if n not in LONG):
            for command, arguments in MENU:
                with self.subTest(input=name, command=command):
                    doc = self.office.load(self.inputs[name])
                    try:
                        self.cursor_into(doc)
                        undo = doc.getUndoManager()
                        before = snapshot(doc)
                        state, result = self.run_command(doc, command, arguments,
                                                         self.inputs[name])
                        self.assertTrue(self.office.alive(), "the office died")
                        steps = len(undo.getAllUndoActionTitles())
                        if state != 1 or "error" in result or "cancelled" in result:
                            # A refusal says why in one line of words and changes nothing.
                            if "error" in result:
                                self.assertNotIn("\n", result["error"].strip())
                                self.assertNotRegex(result["error"], INTERNAL)
                            self.assertEqual(snapshot(doc), before, result)
                            self.assertEqual(steps, 0, result)
                        elif steps:
                            self.assertEqual(steps, 1, undo.getAllUndoActionTitles())
                            undo.undo()
                            after = snapshot(doc)
                            if command in ("ProposeModification", "MarkUpAgainstBase"):
                                # They leave change recording on for the author's edits, and
                                # Writer then records its own undo as tracked changes.
                                after["redlines"] = before["redlines"]
                            self.assertEqual(after, before, "undo gives it back")
                        else:
                            self.assertEqual(snapshot(doc), before, "no undo step, no change")
                    finally:
                        h.close(doc)

    def test_fixes_of_findings_in_hostile_documents(self):
        checker = self.office.extension_service("org.itu.proposalassistant.ProposalChecker", RDB)
        applied = []
        for name in sorted(n for n in self.inputs if n not in LONG):
            with self.subTest(input=name):
                doc = self.office.load(self.inputs[name])
                try:
                    undo = doc.getUndoManager()
                    result = json.loads(checker.check(doc, (BASE_ODT,), SETTINGS))
                    for _ in range(6):  # each fix, then the check after it
                        fixable = [i for i, d in enumerate(result["diagnostics"]) if "fix" in d]
                        if not fixable:
                            break
                        before, steps = digest(doc), len(undo.getAllUndoActionTitles())
                        try:
                            result = json.loads(checker.applyFix(doc, (BASE_ODT,), SETTINGS,
                                                                 fixable[0]))
                            applied.append(result["applied"])
                            self.assertEqual(len(undo.getAllUndoActionTitles()), steps + 1)
                        except Exception as refused:
                            self.assertEqual(digest(doc), before, refused)
                            break
                        self.assertTrue(self.office.alive())
                finally:
                    h.close(doc)
        self.assertTrue(applied, "some fix was applied")

    def test_resolutions_in_tables_are_marked_up_or_left_as_they_are(self):
        doc = self.office.load(self.inputs["resolution-in-one-cell.odt"])
        editor = self.office.extension_service("org.itu.proposalassistant.ProposalEditor", RDB)
        try:
            result = json.loads(editor.markUp(doc, (BASE_ODT,), SETTINGS))
            self.assertEqual([m["number"] for m in result["markedUp"]], ["11"])
            cell = walk_paragraphs(doc.getText(), [])
            self.assertEqual(cell[0].getString(), "MOD\tATU/35A3/1")
            self.assertTrue(doc.getRedlines().createEnumeration().hasMoreElements())
        finally:
            h.close(doc)
        for name in ("resolution-in-cells.odt", "resolution-into-table.odt", "footnotes-and-fields.odt"):
            with self.subTest(input=name):
                doc = self.office.load(self.inputs[name])
                try:
                    before = snapshot(doc)
                    result = json.loads(editor.markUp(doc, (BASE_ODT,), SETTINGS))
                    self.assertEqual(result["markedUp"], [])
                    self.assertEqual(len(result["skipped"]), 1, result)
                    self.assertEqual(snapshot(doc), before)
                finally:
                    h.close(doc)

    def test_cli_markup_of_tables(self):
        profile = os.path.join(self.dir, "cli-profile")
        for name in ("resolution-in-cells.odt", "nested-tables.odt", "resolution-in-one-cell.odt"):
            with self.subTest(input=name):
                out = os.path.join(self.dir, name + ".out.odt")
                run = h.run_cli(["markup", "--base", BASE_ODT, self.inputs[name], "-o", out], profile)
                self.assertEqual(run.returncode, 0, run.stderr)
                self.assertTrue(os.path.getsize(out) > 0)
                self.assertNotIn("stopped", run.stderr)

    def test_million_character_paragraph_through_the_engine(self):
        doc = self.office.load_model(self.inputs["million-characters.odt"])
        try:
            engine = self.office.extension_service("org.itu.proposalassistant.ProposalEngine", RDB)
            checker = self.office.extension_service("org.itu.proposalassistant.ProposalChecker", RDB)
            editor = self.office.extension_service("org.itu.proposalassistant.ProposalEditor", RDB)
            self.assertEqual(json.loads(engine.recognize(doc))["summary"]["resolutions"], 1)
            json.loads(engine.applyStyles(doc))
            json.loads(checker.check(doc, (BASE_ODT,), SETTINGS))
            json.loads(editor.renumberProposals(doc, SETTINGS))
            # Written in pieces of at most 32,767 UTF-16 units: Writer's setString selects
            # what it wrote with a 16-bit count.
            started = time.monotonic()
            result = json.loads(editor.markUp(doc, (BASE_ODT,), SETTINGS))
            print("\nmarkUp of the 1 MB paragraph on a bare model: %.1f s"
                  % (time.monotonic() - started))
            self.assertEqual([m["number"] for m in result["markedUp"]], ["11"], result)
            self.assertEqual(result["skipped"], [])
            texts = [p.getString() for p in h.body(doc)]
            self.assertIn(self.big, max(texts, key=len), "the paragraph is all there")
            self.assertTrue(doc.getRedlines().createEnumeration().hasMoreElements())
            # Fix: each fixable finding of the marked-up 1 MB resolution, or a refusal that
            # changes nothing.
            report = json.loads(checker.check(doc, (BASE_ODT,), SETTINGS))
            for _ in range(3):
                fixable = [i for i, d in enumerate(report["diagnostics"]) if "fix" in d]
                if not fixable:
                    break
                before = digest(doc)
                try:
                    report = json.loads(checker.applyFix(doc, (BASE_ODT,), SETTINGS, fixable[0]))
                except Exception as refused:
                    self.assertNotRegex(str(refused), INTERNAL)
                    self.assertEqual(digest(doc), before, refused)
                    break
            before = digest(doc)
            with self.assertRaises(Exception):  # no view: no cursor to write at
                editor.proposeNewResolution(doc, SETTINGS)
            self.assertEqual(digest(doc), before)
            self.assertTrue(self.office.alive())
        finally:
            h.close(doc)

    # Writer's goRight counts characters, the engine UTF-16 units: a surrogate pair is one of
    # the first and two of the second (office::moveRight counts them). Before, past the first
    # character outside the Basic Multilingual Plane every offset landed too far.
    def test_long_paragraph_of_surrogate_pairs_is_written_whole(self):
        doc = self.office.load_model(self.inputs["astral-plane.odt"])
        try:
            editor = self.office.extension_service("org.itu.proposalassistant.ProposalEditor", RDB)
            result = json.loads(editor.markUp(doc, (BASE_ODT,), SETTINGS))
            self.assertEqual([m["number"] for m in result["markedUp"]], ["11"], result)
            self.assertIn(self.astral, max((p.getString() for p in h.body(doc)), key=len))
        finally:
            h.close(doc)

    def test_characters_outside_the_bmp_keep_their_tracked_changes_in_place(self):
        """An item that gains a CJK Extension B character and an emoji, and a word changed after
        them: accept-all gives the edited item, reject-all the base item, to the character."""
        base = self.office.load(BASE_ODT, read_only=True)
        try:
            lines = [p.getString() for p in h.body(base)]
        finally:
            h.close(base)
        lines = lines[next(i for i, t in enumerate(lines) if t.startswith("RESOLUTION 11 ")):]
        item = next(i for i, t in enumerate(lines) if t.startswith("a)\t"))
        words = lines[item][3:].split(" ")
        edited = list(lines)
        edited[item] = ("a)\t\U00020000\U0001F600 " + " ".join(words[:4]) + " changed "
                        + " ".join(words[5:]))
        path = os.path.join(self.dir, "astral-item.odt")
        h.write_odf(path, "text", "<office:text>%s</office:text>" % "".join(
            "<text:p>%s</text:p>" % escape(t).replace("\t", "<text:tab/>") for t in edited))
        editor = self.office.extension_service("org.itu.proposalassistant.ProposalEditor", RDB)
        doc = self.office.load(path)
        try:
            result = json.loads(editor.markUp(doc, (BASE_ODT,), SETTINGS))
            self.assertEqual([m["number"] for m in result["markedUp"]], ["11"], result)
            self.office.dispatch(doc, ".uno:AcceptAllTrackedChanges")
            accepted = [p.getString() for p in h.body(doc)]
            doc.getUndoManager().undo()
            self.office.dispatch(doc, ".uno:RejectAllTrackedChanges")
            rejected = [p.getString() for p in h.body(doc)]
            self.assertIn(edited[item], accepted)
            self.assertIn(lines[item], rejected)
            self.assertNotIn(edited[item], rejected)
        finally:
            h.close(doc)

    def test_million_character_paragraph_through_the_cli(self):
        profile = os.path.join(self.dir, "cli-profile")
        out = os.path.join(self.dir, "million-characters.out.odt")
        started = time.monotonic()
        run = h.run_cli(["markup", "--base", BASE_ODT, self.inputs["million-characters.odt"],
                         "-o", out], profile, timeout=600)
        print("\nCLI markup of the 1 MB paragraph: %.1f s" % (time.monotonic() - started))
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertNotIn("skipped", run.stderr + run.stdout)
        doc = self.office.load_model(out)
        try:
            texts = [p.getString() for p in h.body(doc)]
            self.assertIn(self.big, max(texts, key=len))
            self.assertTrue(doc.getRedlines().createEnumeration().hasMoreElements())
        finally:
            h.close(doc)
        # The marked-up 1 MB proposal merged (with the synoptic table) as a contribution.
        merged, synoptic = out + ".merged.odt", out + ".synoptic.odt"
        started = time.monotonic()
        run = h.run_cli(["merge", "--base", BASE_ODT, "--resolution", "11", "--json", out,
                         "-o", merged, "--synoptic", synoptic], profile, timeout=600)
        print("CLI merge of the 1 MB proposal: %.1f s" % (time.monotonic() - started))
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertNotRegex(run.stderr, INTERNAL)
        doc = self.office.load_model(merged)
        try:
            self.assertIn(self.big, max((p.getString() for p in h.body(doc)), key=len))
        finally:
            h.close(doc)


if __name__ == "__main__":
    unittest.main(verbosity=2)
