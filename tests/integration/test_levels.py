# Item levels, sections and clauses in several languages (issue 15, with issue 9's items): Word-made
# documents written by level_documents.py, read by the real CLI in a real office: every paragraph
# gets its role and level, a correct text gives no finding, and each seeded mistake one finding.
import json
import os
import re
import shutil
import unittest

import pa_harness as h
import level_documents as docs


class LevelsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = h.work_dir("levels")
        cls.addClassCleanup(shutil.rmtree, cls.dir, ignore_errors=True)
        cls.profile = os.path.join(cls.dir, "cli-profile")
        cls.paths = {}
        for name, (paragraphs, rtl, _) in docs.GOOD.items():
            cls.paths[name] = os.path.join(cls.dir, name + ".docx")
            docs.write_docx(cls.paths[name], paragraphs, rtl)
        for name, (paragraphs, rtl, _, _) in docs.SEEDED.items():
            cls.paths[name] = os.path.join(cls.dir, name + ".docx")
            docs.write_docx(cls.paths[name], paragraphs, rtl)
        # Seed 003 (a real Arab States MOD of Resolution 7) pasted as plain text, one paragraph a line.
        seed = os.path.join(os.path.dirname(h.CORPUS), "texts", "seed-003-ARB-36A2-mod-res7.txt")
        with open(seed, encoding="utf-8") as f:
            lines = [re.sub(r"\[bookmark: [^\]]*\]", "", l.rstrip("\n")) for l in f if l.strip()]
        cls.paths["seed-003"] = os.path.join(cls.dir, "seed-003.docx")
        docs.write_docx(cls.paths["seed-003"], [("Normal", l) for l in lines])
        good = [cls.paths[n] for n in docs.GOOD]
        cls.structure = h.run_cli(["structure", "--json"] + good, cls.profile)
        cls.check = h.run_cli(["check", "--json"] + sorted(cls.paths.values()), cls.profile)
        cls.structures = {r["file"]: r for r in json.loads(cls.structure.stdout)} if cls.structure.returncode == 0 else {}
        cls.findings = {r["file"]: r["diagnostics"] for r in json.loads(cls.check.stdout)} \
            if cls.check.returncode in (0, 1) else {}

    def test_every_paragraph_gets_its_role(self):
        self.assertEqual(self.structure.returncode, 0, self.structure.stderr)
        for name, (_, _, roles) in docs.GOOD.items():
            with self.subTest(document=name):
                got = [p["role"] for p in self.structures[self.paths[name]]["paragraphs"]]
                self.assertEqual(got, roles)

    def test_levels_and_parents(self):
        paragraphs = self.structures[self.paths["subitems"]]["paragraphs"]
        for index, level in docs.SUBITEMS_LEVELS.items():
            self.assertEqual(paragraphs[index]["level"], level, paragraphs[index])
        self.assertEqual(paragraphs[6]["parent"], 5)
        self.assertEqual(paragraphs[15]["parent"], 14)
        self.assertEqual(paragraphs[6]["list"], "roman")
        rules = self.structures[self.paths["rules"]]["paragraphs"]
        self.assertEqual(rules[7]["section"], "1")
        self.assertEqual(rules[12]["clause"], "1.2.1")
        self.assertEqual(rules[10]["parent"], 9, "a clause's sub-item hangs under its clause")

    def test_correct_texts_give_no_finding(self):
        self.assertIn(self.check.returncode, (0, 1), self.check.stderr)
        for name in docs.GOOD:
            with self.subTest(document=name):
                self.assertEqual(self.findings[self.paths[name]], [])

    def test_one_finding_per_seeded_mistake(self):
        for name, (_, _, rule, paragraph) in docs.SEEDED.items():
            with self.subTest(document=name):
                found = self.findings[self.paths[name]]
                self.assertEqual([(d["rule"], d["paragraph"]) for d in found], [(rule, paragraph)], found)

    def test_the_skipped_roman_numeral_has_its_note_and_one_fix(self):
        found = self.findings[self.paths["skipped-roman"]][0]
        self.assertIn("skips from 'i)' to 'iii)'", found["message"])
        self.assertEqual(len(found["notes"]), 1)
        self.assertEqual(found["notes"][0]["paragraph"], 8)
        self.assertIn("fix", found)

    def test_seed_003_two_mistakes_are_two_findings(self):
        found = [d for d in self.findings[self.paths["seed-003"]] if d["rule"] == "item-sequence"]
        self.assertEqual(len(found), 2, json.dumps(found, indent=1))
        self.assertIn("restarts at 'b)' after 'c)'", found[0]["message"])
        self.assertEqual(len(found[0]["notes"]), 7)
        self.assertIn("repeats '1' after '1'", found[1]["message"])
        self.assertEqual(len(found[1]["notes"]), 9)

    def test_rules_type_headings_keep_their_style(self):
        out = os.path.join(self.dir, "rules-styled.docx")
        run = h.run_cli(["apply-styles", self.paths["rules"], "-o", out], self.profile)
        self.assertEqual(run.returncode, 0, run.stderr)
        styled = h.run_cli(["structure", "--json", out], self.profile)
        paragraphs = json.loads(styled.stdout)["paragraphs"]
        self.assertEqual(h.style_key(paragraphs[7]["style"]), "heading1")
        self.assertEqual(h.style_key(paragraphs[13]["style"]), "heading1")


if __name__ == "__main__":
    unittest.main(verbosity=2)
