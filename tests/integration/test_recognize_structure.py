# Recognize Structure as the menu runs it (dispatch on the document's frame, headless) and as
# `apply-styles` runs it: text untouched, every recognised paragraph in its ITU style, one undo
# step that restores every original style.
import os
import shutil
import unittest

import pa_harness as h

COMMAND = "vnd.itu.proposalassistant:RecognizeStructure"


class RecognizeStructureTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = h.Office("recognize")
        cls.addClassCleanup(cls.office.cleanup)
        cls.office.start()
        cls.office.install_extension()
        cls.documents = h.corpus_documents()
        cls.out = h.work_dir("recognize-out")
        cls.addClassCleanup(shutil.rmtree, cls.out, ignore_errors=True)
        cls.cli_profile = os.path.join(cls.out, "cli-profile")

    def assertStyled(self, before, after, labels, deleted):
        """Texts identical; recognised paragraphs carry the labels' ITU style; the others keep
        the style they had. A paragraph deleted whole (`deleted`) carries its successor's style:
        LibreOffice's .docx export writes it onto the successor (see recognition/TargetStyles.hpp)."""
        self.assertEqual(len(after), len(before), "paragraph count changed")
        self.assertEqual([t for _, t in after], [t for _, t in before], "text changed")
        self.assertEqual(len(after), len(labels), "paragraph count differs from the labels")
        expected_styles = [label["style"] if label["role"] != "other" else old_style
                           for (old_style, _), label in zip(before, labels)]
        for i in reversed(range(len(expected_styles) - 1)):
            if deleted[i] and labels[i]["role"] != "other":
                expected_styles[i] = expected_styles[i + 1]
        wrong = []
        for i, ((_, text), (new_style, _), label, expected) in enumerate(
                zip(before, after, labels, expected_styles)):
            if h.style_key(new_style) != h.style_key(expected):
                wrong.append("%d %s: %s, expected %s (%r)"
                             % (i, label["role"], new_style, expected, text[:40]))
        self.assertEqual(wrong, [], "paragraphs without their style")

    def test_extension_is_installed(self):
        manager = self.office.ctx.getValueByName(
            "/singletons/com.sun.star.deployment.ExtensionManager")
        ids = [p.getIdentifier().Value
               for p in manager.getDeployedExtensions("user", manager.createAbortChannel(), None)]
        self.assertIn("org.itu.proposalassistant", ids)

    def test_menu_command_styles_and_one_undo_restores(self):
        for path, labels in self.documents:
            with self.subTest(document=h.short_name(path)):
                # Edited in a private copy: the corpus is never locked or touched.
                copy = os.path.join(self.out, "menu-" + os.path.basename(path))
                shutil.copyfile(path, copy)
                doc = self.office.load(copy)
                try:
                    before = h.paragraphs(doc)
                    deleted = h.deleted_whole(doc)
                    undo = doc.getUndoManager()
                    steps_before = len(undo.getAllUndoActionTitles())
                    self.office.dispatch(doc, COMMAND)
                    after = h.paragraphs(doc)
                    self.assertStyled(before, after, labels, deleted)
                    added = len(undo.getAllUndoActionTitles()) - steps_before
                    if after == before:
                        # Already styled: nothing to undo, and at most an empty step.
                        self.assertLessEqual(added, 1)
                    else:
                        self.assertEqual(added, 1, "Recognize Structure is exactly one undo step")
                        undo.undo()
                        self.assertEqual(h.paragraphs(doc), before,
                                         "one undo restores every style (and the text)")
                finally:
                    h.close(doc)
        self.assertTrue(self.office.alive())

    def test_apply_styles_cli_to_docx(self):
        for path, labels in self.documents:
            with self.subTest(document=h.short_name(path)):
                out = os.path.join(self.out, os.path.basename(path) + ".styled.docx")
                run = h.run_cli(["apply-styles", path, "-o", out], self.cli_profile)
                self.assertEqual(run.returncode, 0, run.stderr)
                self.assertTrue(os.path.exists(out))
                original = self.office.load(path, read_only=True)
                try:
                    before = h.paragraphs(original)
                    deleted = h.deleted_whole(original)
                finally:
                    h.close(original)
                styled = self.office.load(out, read_only=True)
                try:
                    self.assertStyled(before, h.paragraphs(styled), labels, deleted)
                finally:
                    h.close(styled)


if __name__ == "__main__":
    unittest.main(verbosity=2)
