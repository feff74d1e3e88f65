# Issue 9, end to end in the six ITU languages: Word-made documents of tests/data/languages (made
# by make_documents.py, committed) through the real CLI: every paragraph's role, `check` against
# the base of the same language (clean proposals clean, each seeded defect found with its rule id
# and paragraph, findings naming the resolution by its number), and `markup --base` whose
# accept-all / reject-all views are the edited text and the base (Arabic staying right to left);
# MOD, ADD, SUP and NOC written by the ProposalEditor commands in each language, then validated;
# Merge Proposals of four sources on the base of each language.
# Plus: the committed documents are exactly what the generator writes.
import importlib.util
import json
import os
import re
import shutil
import unittest
import zipfile

import pa_harness as h

# Cases that fail because of engine gaps (a language not yet read, or a fault of the engine seen in
# every language): (language, document, check) -> what the engine gives today. Each is run as an expected failure; when the engine catches up the case passes, unittest
# reports an "unexpected success" and the run fails: remove the entry then. Never add an entry to
# hide a fault of the documents or of the test.
LANGUAGE_GAPS = {
}

LANGUAGES_DIR = os.path.join(os.path.dirname(h.CORPUS), "languages")
ASSEMBLY = "New Delhi, 2024"
LANGUAGES = ["en", "fr", "es", "ru", "ar", "zh"]
RL_TB = 1  # com.sun.star.text.WritingMode2.RL_TB
# The synoptic table's first column, as each language's lexicon names the base text.
SYNOPTIC_BASE = {"en": "Base", "fr": "Base", "es": "Base", "ru": "Базовый текст", "ar": "النص الأساسي",
                 "zh": "基础文本"}
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")

RDB = os.path.join(os.path.dirname(h.OXT), "proposal-assistant.rdb")
with open(os.path.join(LANGUAGES_DIR, "manifest.json"), encoding="utf-8") as _f:
    MANIFEST = json.load(_f)


def path_of(name):
    return os.path.join(LANGUAGES_DIR, name)


def labels_of(name):
    with open(path_of(name)[:-len(".docx")] + ".labels.json", encoding="utf-8") as f:
        return json.load(f)


def documents(kinds=None):
    return [n for n, e in sorted(MANIFEST.items()) if kinds is None or e["kind"] in kinds]


def renumbered(path, copy, number):
    """A copy of a Word-made contribution whose proposal number is `number` instead of ATU/35A3/1."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                assert data.count(b"ATU/35A3/1") == 1, path
                data = data.replace(b"ATU/35A3/1", number.encode())
            out.writestr(item, data)


def texts(doc):
    return [t for _, t in h.paragraphs(doc)]


def load_generator():
    spec = importlib.util.spec_from_file_location("make_documents", path_of("make_documents.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATOR = load_generator()


class GeneratedDocumentsTest(unittest.TestCase):
    """The committed documents are what make_documents.py writes today (part by part: zlib may
    compress differently elsewhere)."""

    def test_committed_files_equal_the_generator_output(self):
        generated = GENERATOR.generate()
        for rel, content in sorted(generated.items()):
            with self.subTest(file=rel):
                path = path_of(rel)
                self.assertTrue(os.path.exists(path), "run tests/data/languages/make_documents.py and commit")
                if isinstance(content, list):
                    with zipfile.ZipFile(path) as z:
                        self.assertEqual(z.namelist(), [n for n, _ in content])
                        for name, data in content:
                            self.assertEqual(z.read(name), data, name)
                else:
                    with open(path, "rb") as f:
                        self.assertEqual(f.read(), content)
        committed = {os.path.relpath(os.path.join(d, f), LANGUAGES_DIR)
                     for d, _, files in os.walk(LANGUAGES_DIR) for f in files
                     if f.endswith((".docx", ".json"))}
        self.assertEqual(sorted(committed - set(generated)), [], "files the generator no longer writes")

    def test_every_language_has_every_document(self):
        for lang in LANGUAGES:
            self.assertEqual(sorted(n.split("/")[1] for n in MANIFEST if n.startswith(lang + "/")),
                             ["add.docx", "mod-base-mismatch.docx", "mod-item-sequence.docx",
                              "mod-title-history-joined.docx", "mod-untracked-change.docx", "mod.docx",
                              "noc.docx", "res11-base-joined.docx", "res11-base.docx", "res11-edited.docx",
                              "sup.docx"])


class LanguagesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = h.work_dir("languages")
        cls.addClassCleanup(shutil.rmtree, cls.dir, ignore_errors=True)
        cls.profile = os.path.join(cls.dir, "cli-profile")
        # One CLI run for structure, one check and one markup per language: few office starts.
        cls.structure_run = h.run_cli(["structure", "--json"] + [path_of(n) for n in documents()], cls.profile)
        cls.structure = {}
        if cls.structure_run.returncode == 0:
            cls.structure = {r["file"]: r["paragraphs"] for r in json.loads(cls.structure_run.stdout)}
        cls.check_runs, cls.findings = {}, {}
        by_base = {}
        for name in documents({"mod", "add", "sup", "noc"}):
            by_base.setdefault(name.split("/")[0] + "/" + MANIFEST[name]["base"], []).append(name)
        for base, proposals in sorted(by_base.items()):
            run = h.run_cli(["check", "--json", "--base", path_of(base), "--assembly", ASSEMBLY] +
                            [path_of(n) for n in proposals], cls.profile)
            for name in proposals:
                cls.check_runs[name] = run
            if run.returncode in (0, 1):
                results = json.loads(run.stdout)
                for result in results if isinstance(results, list) else [results]:  # one file: an object
                    cls.findings[result["file"]] = result["diagnostics"]
        cls.markup_runs = {}
        for name in documents({"edited"}):
            out = os.path.join(cls.dir, name.replace("/", "-"))
            run = h.run_cli(["markup", "--base", path_of(name.split("/")[0] + "/" + MANIFEST[name]["base"]),
                             "--assembly", ASSEMBLY, path_of(name), "-o", out], cls.profile)
            cls.markup_runs[name] = (run, out)
        cls.office = None
        cls.commands = None
        cls.merges = None

    @classmethod
    def start_office(cls):
        if cls.office is None:
            cls.office = h.Office("languages")
            cls.addClassCleanup(cls.office.cleanup)
            cls.office.start()
            cls.office.install_extension()
        return cls.office

    @classmethod
    def written_by_commands(cls):
        """Per language: a contribution whose cover is in that language, then MOD, ADD, SUP and
        NOC of Resolution 11 written by the ProposalEditor's commands, saved as .docx, and the
        CLI's check of it against the base of that language."""
        if cls.commands is None:
            office = cls.start_office()
            editor = office.extension_service("org.itu.proposalassistant.ProposalEditor", RDB)
            cls.commands = {}
            for lang in LANGUAGES:
                base = path_of(lang + "/res11-base.docx")
                settings = json.dumps({"source": "ATU", "document": "35", "addendum": "3",
                                       "assembly": ASSEMBLY, "author": "Test Delegate"})
                doc = office.new_writer()
                try:
                    text = doc.getText()
                    for i, line in enumerate(GENERATOR.LANGUAGES[lang]["cover"]):
                        cursor = text.createTextCursor()
                        cursor.gotoEnd(False)
                        if i:
                            text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
                        text.insertString(cursor, line.replace("\n", " "), False)
                    for command in ("proposeModification", "proposeNewResolution", "proposeSuppression",
                                    "proposeNoChange"):
                        last = h.body(doc)[-1]
                        doc.getCurrentController().getViewCursor().gotoRange(last.getEnd(), False)
                        if command == "proposeNewResolution":
                            editor.proposeNewResolution(doc, settings)
                        else:
                            getattr(editor, command)(doc, "11", (base,), settings)
                    saved = os.path.join(cls.dir, "commands-%s.docx" % lang)
                    office.save(doc, saved)
                finally:
                    h.close(doc)
                run = h.run_cli(["check", "--json", "--base", base, "--assembly", ASSEMBLY, saved], cls.profile)
                cls.commands[lang] = (saved, run)
        return cls.commands

    @classmethod
    def merged_by_language(cls):
        """Per language: Merge Proposals (the CLI) of four Word-made sources on the base of that
        language: the clean MOD (ATU/35A3/1), the MOD with a word changed untracked under another
        number (EUR/41A1/1: it agrees with ATU and changes one word more), a SUP and a NOC, each
        renamed as another region's contribution."""
        if cls.merges is None:
            cls.merges = {}
            for lang in LANGUAGES:
                sources = []
                for document, number in (("mod", None), ("mod-untracked-change", "EUR/41A1/1"),
                                         ("sup", "ARB/5A2/1"), ("noc", "RCC/8/1")):
                    path = path_of("%s/%s.docx" % (lang, document))
                    if number:
                        copy = os.path.join(cls.dir, "%s-%s.docx" % (lang, number.split("/")[0]))
                        renumbered(path, copy, number)
                        path = copy
                    sources.append(path)
                out = os.path.join(cls.dir, "merged-%s.docx" % lang)
                synoptic = os.path.join(cls.dir, "synoptic-%s.docx" % lang)
                run = h.run_cli(["merge", "--json", "--base", path_of(lang + "/res11-base.docx"), "--resolution",
                                 "11"] + sources + ["-o", out, "--synoptic", synoptic], cls.profile)
                cls.merges[lang] = (run, out, sources, synoptic)
        return cls.merges

    def read_texts(self, path, view=None, writing_modes=False):
        """The paragraphs' texts (or WritingMode values) of a copy of `path`, after accepting or
        rejecting all tracked changes when `view` says so."""
        office = self.start_office()
        copy = os.path.join(self.dir, "open-" + os.path.basename(os.path.dirname(path)) + "-" +
                            os.path.basename(path))
        shutil.copyfile(path, copy)
        doc = office.load(copy)
        try:
            if view == "accept":
                office.dispatch(doc, ".uno:AcceptAllTrackedChanges")
            elif view == "reject":
                office.dispatch(doc, ".uno:RejectAllTrackedChanges")
            if writing_modes:
                return [p.WritingMode for p in h.body(doc)]
            return texts(doc)
        finally:
            h.close(doc)

    def test_cli_runs_succeed(self):
        self.assertEqual(self.structure_run.returncode, 0, self.structure_run.stderr)
        for name, run in self.check_runs.items():
            with self.subTest(document=name):
                self.assertIn(run.returncode, (0, 1), run.stderr)

    # -- the checks, one test method per (language, document, check) -------------------------------

    def check_roles(self, name):
        self.assertIn(path_of(name), self.structure, self.structure_run.stderr)
        got = self.structure[path_of(name)]
        labels = labels_of(name)
        self.assertEqual(len(got), len(labels), "paragraph count: %s" % [p["text"][:30] for p in got])
        wrong = ["%d: %s, label %s (%r)" % (i, p["role"], l["role"], l["text"][:40])
                 for i, (p, l) in enumerate(zip(got, labels)) if p["role"] != l["role"]]
        self.assertEqual(wrong, [], "paragraphs whose role differs from the label")

    def diagnostics(self, name):
        self.assertIn(path_of(name), self.findings, self.check_runs[name].stderr)
        return self.findings[path_of(name)]

    def check_styles(self, name):
        """The Word-made styles are read as written: ITU styles by id or display name, and Normal
        under its localized id ("a" in Russian, Arabic and Chinese Word) as the default style."""
        self.assertIn(path_of(name), self.structure, self.structure_run.stderr)
        got = self.structure[path_of(name)]
        wrong = ["%d: %s, label %s" % (i, p["style"], l["style"])
                 for i, (p, l) in enumerate(zip(got, labels_of(name)))
                 if h.style_key(p["style"]) != h.style_key(l["style"])]
        self.assertEqual(wrong, [])

    def check_clean(self, name):
        errors = [d for d in self.diagnostics(name) if d["severity"] == "error"]
        self.assertEqual(errors, [], json.dumps(errors, ensure_ascii=False, indent=1))

    def check_quiet(self, name):
        """A clean proposal, correctly punctuated in its language, gives no warning either."""
        warnings = [d for d in self.diagnostics(name) if d["severity"] == "warning"]
        self.assertEqual(warnings, [], json.dumps(warnings, ensure_ascii=False, indent=1))

    def check_found(self, name):
        """Exactly the seeded errors, each at its paragraph."""
        found = self.diagnostics(name)
        expected = MANIFEST[name]["expected"]
        dump = json.dumps(found, ensure_ascii=False, indent=1)
        self.assertEqual(sorted({d["rule"] for d in found if d["severity"] == "error"}),
                         sorted({e["rule"] for e in expected}), dump)
        for e in expected:
            self.assertIn(e["paragraph"], [d["paragraph"] for d in found if d["rule"] == e["rule"]], dump)

    def check_names_number(self, name):
        """Findings name Resolution 11 by its number, never a bare "Resolution"."""
        found = self.diagnostics(name)
        self.assertTrue(found, "no finding at all")
        for d in found:
            self.assertRegex(d["message"], r"(?<![0-9])(11|١١)(?![0-9])", d)
            self.assertNotRegex(d["message"], r"Resolution(?! ?(11|١١))", d)

    def check_markup(self, name, view):
        run, out = self.markup_runs[name]
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        marked = self.read_texts(out, view)
        self.assertTrue(marked[0].startswith("MOD\t"), marked[0])
        if view == "accept":
            self.assertEqual(marked[1:-1], self.read_texts(path_of(name)))
        else:
            self.assertEqual(marked[1:-1], self.read_texts(path_of(name.split("/")[0] + "/" +
                                                                      MANIFEST[name]["base"])))

    def check_markup_right_to_left(self, name):
        """Arabic paragraphs keep their direction through Mark Up, the added ones included."""
        run, out = self.markup_runs[name]
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertEqual(set(self.read_texts(path_of(name), writing_modes=True)), {RL_TB}, "the source")
        modes = self.read_texts(out, writing_modes=True)
        self.assertEqual([i for i, m in enumerate(modes) if m != RL_TB], [], "paragraphs not right to left")

    def check_commands_written(self, name):
        """MOD, ADD, SUP and NOC written by the commands speak the document's language: the MOD's
        revision lines and the draft new resolution read as ITU writes them (the clean MOD's
        proposed text), and every Reasons label is the language's."""
        lang = name.split("/")[0]
        saved, _ = self.written_by_commands()[lang]
        lines = self.read_texts(saved, "accept")
        L = GENERATOR.LANGUAGES[lang]
        revision = [GENERATOR.accepted(text) for _, _, text in L["resolution"]]
        mod = lines.index("MOD\tATU/35A3/1")
        add = lines.index("ADD\tATU/35A3/2")
        label = L["mod_reasons"].split("\t")[0]
        # The commands leave each Reasons empty: "LABEL\t".
        reasons = [t[:-1] for t in lines[mod:] if re.fullmatch(r"[^\t]+[:：]\t", t)]
        # Every difference in one message: the engine's to-do in full.
        wrong = [(what, got, wanted) for what, got, wanted in [
            ("number line", lines[mod + 1], revision[0]),
            ("history line", lines[mod + 3], revision[2]),
            ("preamble", lines[mod + 4], revision[3]),
            ("draft new resolution", lines[add + 1], L["add"][0][1]),
            ("Reasons labels of MOD, ADD, SUP, NOC", reasons, [label] * 4)] if got != wanted]
        self.assertEqual(wrong, [], "\n".join("%s: %r, not %r" % w for w in wrong))

    def check_commands_clean(self, name):
        """What the commands wrote, saved as .docx, gives no error against the base."""
        saved, run = self.written_by_commands()[name.split("/")[0]]
        self.assertIn(run.returncode, (0, 1), run.stderr)
        errors = [d for d in json.loads(run.stdout)["diagnostics"] if d["severity"] == "error"]
        self.assertEqual(errors, [], json.dumps(errors, ensure_ascii=False, indent=1))

    def check_merge(self, name):
        """The merged draft's reject-all view is the base, its accept-all view the EUR source's
        proposed text (ATU's changes are all in it); the summary names each source and the
        changes both MOD sources make as agreements."""
        lang = name.split("/")[0]
        run, out, sources, synoptic = self.merged_by_language()[lang]
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        summary = json.loads(run.stdout)
        self.assertEqual([(s["name"], s["symbol"]) for s in summary["sources"]],
                         [("ATU/35A3/1", "MOD"), ("EUR/41A1/1", "MOD"), ("ARB/5A2/1", "SUP"), ("RCC/8/1", "NOC")])
        self.assertEqual((summary["skipped"], summary["conflicts"]), ([], []))
        agreed = [a for a in summary["agreements"] if a["sources"] == ["ATU/35A3/1", "EUR/41A1/1"]]
        self.assertEqual(len(agreed), len(summary["agreements"]))
        self.assertGreaterEqual(len(agreed), 4)  # number line, history line, preamble, the inserted item
        base = self.read_texts(path_of(name))
        self.assertEqual(self.read_texts(out, "reject")[:-1], base)
        head = len(GENERATOR.LANGUAGES[lang]["cover"]) + 1
        self.assertEqual(self.read_texts(out, "accept")[:-1], self.read_texts(sources[1], "accept")[head:-1])
        # The synoptic table: base and four sources side by side; right to left in Arabic.
        table_doc = self.start_office().load(synoptic)
        try:
            self.assertEqual(table_doc.getTextTables().getCount(), 1)
            table = table_doc.getTextTables().getByIndex(0)
            self.assertEqual(table.getColumns().getCount(), 5)
            # Its heading and first column in the resolution's language, not the UI's.
            self.assertEqual(table.getCellByName("A1").getString(), SYNOPTIC_BASE[lang])
            first = table_doc.getText().createEnumeration().nextElement().getString()
            self.assertRegex(first, r"(11|١١)")
            self.assertEqual(bool(LATIN_WORD.search(first)), lang in ("en", "fr", "es"), first)
            cell_modes = set()
            for name in table.getCellNames():
                paragraphs = table.getCellByName(name).getText().createEnumeration()
                while paragraphs.hasMoreElements():
                    cell_modes.add(paragraphs.nextElement().WritingMode)
        finally:
            h.close(table_doc)
        if lang == "ar":
            modes = self.read_texts(out, writing_modes=True)[:-1]
            self.assertEqual([i for i, m in enumerate(modes) if m != RL_TB], [], "paragraphs not right to left")
            self.assertEqual(cell_modes, {RL_TB}, "the synoptic table's cells")
        else:
            self.assertNotIn(RL_TB, cell_modes)

    def check_markup_accept(self, name):
        self.check_markup(name, "accept")

    def check_markup_reject(self, name):
        self.check_markup(name, "reject")


CHECKS_BY_KIND = {
    "base": ["roles"],
    "edited": ["roles", "markup_accept", "markup_reject"],
    "mod": ["roles", "clean", "quiet"],
    "add": ["roles", "clean", "quiet"],
    "sup": ["roles", "clean", "quiet"],
    "noc": ["roles", "clean", "quiet"],
}


def add_case(name, check):
    lang, document = name.split("/")
    document = document[:-len(".docx")]

    def case(self):
        getattr(self, "check_" + check)(name)

    case.__doc__ = "%s %s: %s" % (lang, document, check)
    if (lang, document, check) in LANGUAGE_GAPS:
        case = unittest.expectedFailure(case)
    setattr(LanguagesTest, "test_%s__%s__%s" % (check, lang, re.sub(r"\W", "_", document)), case)


for _name, _entry in sorted(MANIFEST.items()):
    _checks = list(CHECKS_BY_KIND[_entry["kind"]])
    if _entry.get("expected"):  # a seeded copy of the MOD
        _checks = ["roles", "found", "names_number"]
    _checks.insert(1, "styles")
    if _name.endswith("/res11-base.docx"):
        _checks += ["commands_written", "commands_clean", "merge"]
    if _entry["kind"] == "edited" and _entry["language"] == "ar":
        _checks.append("markup_right_to_left")
    for _check in _checks:
        add_case(_name, _check)

_unknown = [k for k in LANGUAGE_GAPS if not hasattr(
    LanguagesTest, "test_%s__%s__%s" % (k[2], k[0], re.sub(r"\W", "_", k[1])))]
if _unknown:
    raise SystemExit("LANGUAGE_GAPS names cases that do not exist: %s" % _unknown)


if __name__ == "__main__":
    unittest.main(verbosity=2)
