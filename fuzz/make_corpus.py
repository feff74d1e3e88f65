#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (fuzz/corpus/<target>/) from the test documents
checked in: the .docx files of tests/data/languages (six languages) and tests/data/corpus.

Plain Python 3. Each document's paragraphs are read from word/document.xml with their style,
tracked insertions and deletions (runs and paragraph marks), tabs and manual line breaks, and
written in the input format of fuzz/FuzzDocument.hpp:

  one paragraph a line: a header byte (0x80 | style index | mark << 4 | in table << 6; bit 7 is
  set so that the byte is never '\\n' or '\\0'), then the text, "[+" / "[-" / "[=" around tracked
  runs, '\\r' for a manual line break. Two documents in one input are split by '\\0'.

Seeds are kept under each target's -max_len (fuzz/max_len.txt): windows of consecutive paragraphs,
not whole documents. The output is deterministic; run `python3 fuzz/make_corpus.py` after the
test documents change and commit the corpora with it (the old files are removed first).
"""

import hashlib
import pathlib
import re
import shutil
import sys
import xml.etree.ElementTree as ET
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
OUT = ROOT / "fuzz" / "corpus"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Must match kFuzzStyles in FuzzDocument.hpp.
STYLES = ["Standard", "Normal", "Proposal", "ResNo", "Res_No", "Restitle", "Resref", "Call",
          "enumlev1", "enumlev2", "AnnexNo", "Annextitle", "Reasons", "Heading 1", "",
          "Normalaftertitle"]
# target -> largest input (bytes), as the targets are run with -max_len
MAX_LEN = {t: int(n) for t, n in (line.split() for line in
                                  (ROOT / "fuzz" / "max_len.txt").read_text().splitlines() if line)}
PER_TARGET = 120
SHORT = 64  # bytes of text kept per paragraph in document seeds (Para.shortened)
KEEP_WHOLE = {"Proposal", "ResNo", "Res_No", "Resref", "Normalaftertitle"}


def style_index(style_id):
    key = re.sub(r"[_\- ]", "", style_id or "").lower()
    for i, s in enumerate(STYLES):
        if s and re.sub(r"[_\- ]", "", s).lower() == key:
            return i
    return 1 if key in ("normal", "") else 0


class Para:
    def __init__(self):
        self.style = 0
        self.mark = 0  # 1 inserted, 2 deleted
        self.table = False
        self.runs = []  # (kind, text): kind "", "+", "-"

    def encode(self):
        header = 0x80 | self.style | (self.mark << 4) | (0x40 if self.table else 0)
        out = bytearray([header])
        kind = ""
        for k, text in self.runs:
            if k != kind:
                out += ("[" + (k or "=")).encode()
                kind = k
            out += text.replace("\n", "\r").encode("utf-8")
        return bytes(out)

    def shortened(self, limit=SHORT):
        """The paragraph with its text cut after `limit` bytes (at a character), unless it is a
        revision line or a proposal line, whose whole text makes it what it is: short seeds
        hold more paragraphs under -max_len, and structure is in the paragraphs' sequence."""
        if STYLES[self.style] in KEEP_WHOLE:
            return self
        out = Para()
        out.style, out.mark, out.table = self.style, self.mark, self.table
        left = limit
        for k, t in self.runs:
            if left <= 0:
                break
            cut = t.encode("utf-8")[:left].decode("utf-8", "ignore")
            if cut:
                out.runs.append((k, cut))
            left -= len(cut.encode("utf-8"))
        return out

    def view(self, accept):
        return "".join(t for k, t in self.runs if k != ("-" if accept else "+"))


def run_text(r):
    out = []
    for c in r:
        if c.tag in (W + "t", W + "delText"):
            out.append(c.text or "")
        elif c.tag == W + "tab":
            out.append("\t")
        elif c.tag in (W + "br", W + "cr"):
            out.append("\n")
    return "".join(out)


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []

    def walk(node, table):
        for child in node:
            if child.tag == W + "p":
                paras.append(read_p(child, table))
            elif child.tag == W + "tc":
                walk(child, True)
            else:
                walk(child, table)

    def read_p(p, table):
        para = Para()
        para.table = table
        ppr = p.find(W + "pPr")
        if ppr is not None:
            ps = ppr.find(W + "pStyle")
            para.style = style_index(ps.get(W + "val") if ps is not None else "")
            rpr = ppr.find(W + "rPr")
            if rpr is not None:
                para.mark = 1 if rpr.find(W + "ins") is not None else (
                    2 if rpr.find(W + "del") is not None else 0)
        else:
            para.style = style_index("")
        for c in p:
            if c.tag == W + "r":
                para.runs.append(("", run_text(c)))
            elif c.tag in (W + "ins", W + "del"):
                k = "+" if c.tag == W + "ins" else "-"
                for r in c.iter(W + "r"):
                    para.runs.append((k, run_text(r)))
        para.runs = [(k, t) for k, t in para.runs if t]
        return para

    walk(root.find(W + "body"), False)
    return paras


def documents():
    """(name, paragraphs) of every .docx test document, in a stable order."""
    for path in sorted(DATA.glob("languages/*/*.docx")) + sorted(DATA.glob("corpus/*/*.docx")):
        yield str(path.relative_to(DATA)), read_docx(path)


def encode(paras, short=True):
    return b"\n".join((p.shortened() if short else p).encode() for p in paras)


def windows(paras, limit, sizes=(6, 12, 24)):
    """Runs of consecutive paragraphs that fit in limit bytes, at several lengths."""
    for size in sizes:
        step = max(1, size // 2)
        for start in range(0, max(1, len(paras) - size // 2), step):
            chunk = paras[start:start + size]
            while chunk and len(encode(chunk)) > limit:
                chunk = chunk[:-1]
            if chunk:
                yield chunk


def spread(items, n):
    """n items spread evenly over the list (all of them when it is short), duplicates dropped."""
    unique = list(dict.fromkeys(items))
    if len(unique) <= n:
        return unique
    return [unique[i * len(unique) // n] for i in range(n)]


def seeds_parsers(docs):
    texts = []
    for _, paras in docs:
        for p in paras:
            for accept in (False, True):
                t = p.view(accept).encode("utf-8")
                if t.strip() and len(t) <= MAX_LEN["parsers"]:
                    texts.append(t)
    # assembly names to compare ('\0' between them) from the history lines
    pairs = [b"New Delhi, 2024\0WTSA-24", b"Hammamet, 2016\0Hammamet, 2016",
             "Нью-Дели, 2024 г.\0New Delhi, 2024".encode(), "2024年，新德里\0WTSA-24".encode()]
    return spread(texts, PER_TARGET - len(pairs)) + pairs


def seeds_recognize(docs):
    out = []
    for _, paras in docs:
        out += [encode(c) for c in windows(paras, MAX_LEN["recognize"], (8, 20, 40))]
    return spread(out, PER_TARGET)


def by_language(docs, name):
    return {n.split("/")[1]: p for n, p in docs if n.startswith("languages/") and n.endswith(name)}


def seeds_diff(docs):
    out = []
    base, edited = by_language(docs, "/res11-base.docx"), by_language(docs, "/res11-edited.docx")
    for lang in sorted(base):
        b = [p.shortened(96).view(False) for p in base[lang]]
        e = [p.shortened(96).view(True) for p in edited.get(lang, [])]
        for size in (3, 6):
            for start in range(0, len(b), size):
                before = "\n".join(b[start:start + size]).encode()
                after = "\n".join(e[start:start + size]).encode()
                seed = before + b"\0" + after
                if len(seed) <= MAX_LEN["diff"]:
                    out.append(seed)
    for _, paras in docs:  # a tracked paragraph: its original and proposed text
        for p in paras:
            if any(k for k, _ in p.runs):
                seed = p.view(False).encode() + b"\0" + p.view(True).encode()
                if len(seed) <= MAX_LEN["diff"]:
                    out.append(seed)
    return spread(out, PER_TARGET)


def seeds_markup(docs):
    out = []
    # one document with tracked changes: base = reject all, edited = accept all
    for name, paras in docs:
        if "mod" in name:
            for k, c in enumerate(windows(paras, MAX_LEN["markup"] - 1, (6, 12))):
                options = [0x00, 0x01, 0x19, 0x0C][k % 4]
                out.append(bytes([options]) + encode(c))
    # a base and an edited resolution: 0x80-styled paragraphs of each, '\0' between them
    base, edited = by_language(docs, "/res11-base.docx"), by_language(docs, "/res11-edited.docx")
    for lang in sorted(base):
        b, e = base[lang], edited.get(lang, [])
        for size in (4, 8):
            for start in range(0, len(b), size):
                seed = bytes([0x01 if start == 0 else 0x00]) + encode(b[start:start + size]) + \
                    b"\0" + encode(e[start:start + size])
                if len(seed) <= MAX_LEN["markup"]:
                    out.append(seed)
    return spread(out, PER_TARGET)


def seeds_validate(docs):
    out = []
    base = by_language(docs, "/res11-base.docx")
    for name, paras in docs:
        if not name.startswith("languages/") or "res11-" in name:
            continue
        lang = name.split("/")[1]
        header = next((i for i, p in enumerate(paras) if p.style == STYLES.index("Proposal")), 0)
        # the cover with the start of the proposal, and the proposal with its base
        for start, size in ((0, 16), (header, 14), (header, 30)):
            chunk = paras[start:start + size]
            base_part = base.get(lang, [])[:10]
            for with_base in (False, True):
                seed = bytes([0x01 if with_base else 0x10]) + encode(chunk)
                if with_base:
                    seed += b"\0" + encode(base_part)
                while len(seed) > MAX_LEN["validate"] and len(chunk) > 1:
                    chunk = chunk[:-1]
                    seed = bytes([0x01 if with_base else 0x10]) + encode(chunk) + (
                        b"\0" + encode(base_part) if with_base else b"")
                if len(seed) <= MAX_LEN["validate"]:
                    out.append(seed)
    return spread(out, PER_TARGET)


def main():
    docs = list(documents())
    if not docs:
        sys.exit("make_corpus: no test documents under " + str(DATA))
    targets = {"parsers": seeds_parsers, "recognize": seeds_recognize, "diff": seeds_diff,
               "markup": seeds_markup, "validate": seeds_validate}
    for target, make in targets.items():
        folder = OUT / target
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        seeds = make(docs)
        for seed in seeds:
            (folder / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
        print(f"{target}: {len(seeds)} seeds, largest {max(map(len, seeds))} bytes")


if __name__ == "__main__":
    main()
