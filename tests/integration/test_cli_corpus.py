# Every corpus document through the real CLI (`structure --json`) with the real extension on a
# profile the CLI prepares itself: the role of every paragraph equals its label.
import json
import shutil
import unittest

import pa_harness as h


class CliCorpusTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = h.work_dir("cli-corpus")
        cls.addClassCleanup(shutil.rmtree, cls.dir, ignore_errors=True)
        cls.profile = cls.dir + "/profile"
        cls.documents = h.corpus_documents()
        # One CLI run for all documents: one office start, the profile prepared on the way.
        cls.corpus_run = h.run_cli(["structure", "--json"] + [p for p, _ in cls.documents], cls.profile)

    def test_corpus_is_present(self):
        self.assertGreaterEqual(len(self.documents), 7, "corpus documents with labels")

    def test_cli_succeeds(self):
        self.assertEqual(self.corpus_run.returncode, 0, self.corpus_run.stderr)

    def test_roles_equal_labels(self):
        self.assertEqual(self.corpus_run.returncode, 0, self.corpus_run.stderr)
        results = json.loads(self.corpus_run.stdout)
        self.assertIsInstance(results, list, "several FILEs give a JSON array")
        by_file = {r["file"]: r for r in results}
        for path, labels in self.documents:
            with self.subTest(document=h.short_name(path)):
                self.assertIn(path, by_file)
                got = by_file[path]["paragraphs"]
                self.assertEqual([p["index"] for p in got], list(range(len(got))))
                self.assertEqual(len(got), len(labels), "paragraph count")
                wrong = ["%d: %s, label %s (%r)" % (i, p["role"], l["role"], l["text"][:40])
                         for i, (p, l) in enumerate(zip(got, labels)) if p["role"] != l["role"]]
                self.assertEqual(wrong, [], "paragraphs whose role differs from the label")

    def test_single_file_gives_one_object(self):
        path, labels = self.documents[0]
        run = h.run_cli(["structure", "--json", path], self.profile)
        self.assertEqual(run.returncode, 0, run.stderr)
        result = json.loads(run.stdout)
        self.assertIsInstance(result, dict)
        self.assertEqual(result["file"], path)
        self.assertEqual(len(result["paragraphs"]), len(labels))
        for p in result["paragraphs"]:
            self.assertLessEqual({"index", "role", "style", "text"}, set(p), p)

    def test_text_mode_one_line_per_paragraph(self):
        path, labels = self.documents[0]
        run = h.run_cli(["structure", path], self.profile)
        self.assertEqual(run.returncode, 0, run.stderr)
        lines = run.stdout.splitlines()
        self.assertEqual(len(lines), len(labels))
        for i, line in enumerate(lines):
            fields = line.split()
            self.assertEqual(fields[0], str(i))
            # INDEX  ROLE  STYLE  TEXT: the role column holds a machine name.
            self.assertRegex(fields[1], r"^[a-z]+(-[a-z]+)*$", line)

    def test_timings_on_stderr(self):
        path, _ = self.documents[0]
        run = h.run_cli(["structure", "--timings", path], self.profile)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertRegex(run.stderr, r"read [0-9.]+ ms, recognise [0-9.]+ ms, bare walk [0-9.]+ ms")


if __name__ == "__main__":
    unittest.main(verbosity=2)
