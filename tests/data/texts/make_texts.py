#!/usr/bin/env python3
# Regenerates the DocBuilder texts of this folder from the corpus: the base texts from their seeds
# (styles from the .labels.json), MOD ATU/35A3/1 with its tracked changes from the .odt.
# Usage: make_texts.py SHARED_CORPUS_DIR   (e.g. ../shared/corpus); writes beside this script.
import glob, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET

T = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
def q(n): return '{%s}%s' % (T, n)
def esc(s): return s.replace('\n', '\\n')
HERE = os.path.dirname(os.path.abspath(__file__))

def from_seed(seed, labels, out):
    lines = [re.sub(r'\[bookmark: [^\]]*\]', '', l.rstrip('\n')) for l in open(seed, encoding='utf-8')]
    lines = [l for l in lines if l.strip()]
    res, i = [], 0
    for lab in json.load(open(labels)):
        t = lines[i].strip(' '); i += 1
        # Title and history lines hold a manual line break: the seed has them on two lines.
        if lab['role'] in ('resolution-title', 'resolution-history') and i < len(lines) and \
                (lines[i].startswith('and the') or lines[i].startswith('Florian')):
            t = t.rstrip(' ') + '\n' + lines[i]; i += 1
        assert t.replace('\n', ' ').startswith(lab['text'].replace('\n', ' ')[:30].rstrip()), (t, lab)
        style = 'Standard' if lab['style'] == 'Normal' else lab['style']
        res.append(style + '|' + esc(t.rstrip(' ')))
    assert i == len(lines)
    open(out, 'w', encoding='utf-8').write('\n'.join(res) + '\n')

def from_odt(odt, out):
    root = ET.fromstring(zipfile.ZipFile(odt).read('content.xml'))
    regions = {}
    for r in root.iter(q('changed-region')):
        d = r.find(q('deletion'))
        regions[r.get(q('id'))] = list(d.iter(q('p'))) if d is not None else None
    def wrap(s, st): return '[+' + s + '+]' if st['ins'] else s
    def inline(el, acc, st):
        if el.text: acc.append(wrap(el.text, st))
        for c in el:
            tag = c.tag.split('}')[1]
            if tag == 'tab': acc.append(wrap('\t', st))
            elif tag == 'line-break': acc.append(wrap('\n', st))
            elif tag == 's': acc.append(wrap(' ' * int(c.get(q('c'), '1')), st))
            elif tag == 'change-start': st['ins'] = True
            elif tag == 'change-end': st['ins'] = False
            elif tag == 'change':
                texts = []
                for p in regions[c.get(q('change-id'))]:
                    a = []; inline(p, a, {'ins': False}); texts.append(''.join(a))
                if len(texts) == 1: acc.append('[-' + texts[0] + '-]')
                else: st['pending'] = texts
            elif tag == 'span': inline(c, acc, st)
            elif tag not in ('bookmark', 'soft-page-break', 'bookmark-start', 'bookmark-end'):
                raise Exception(tag)
            if c.tail: acc.append(wrap(c.tail, st))
    res = []
    body = root.find('.//{urn:oasis:names:tc:opendocument:xmlns:office:1.0}text')
    for p in body.findall(q('p')):
        acc, st = [], {'ins': False}
        inline(p, acc, st)
        # A deletion of whole paragraphs at the start of this one: each deleted paragraph comes
        # first with its mark deleted; the last (empty) one is this paragraph's own start.
        for t in st.get('pending', [])[:-1]:
            res.append('Standard|[-' + t + '-][-\u00b6-]')
        res.append(p.get(q('style-name')) + '|' + esc(''.join(acc).replace('+][+', '')))
    open(out, 'w', encoding='utf-8').write('\n'.join(res) + '\n')

corpus = sys.argv[1]
from_seed(glob.glob(corpus + '/seeds/000_*.txt')[0], corpus + '/base/res11-hammamet-2016.labels.json',
          HERE + '/res11-hammamet-2016.txt')
from_seed(glob.glob(corpus + '/seeds/002_*.txt')[0], corpus + '/base/res11-new-delhi-2024.labels.json',
          HERE + '/res11-new-delhi-2024.txt')
from_odt(corpus + '/proposals/ATU-35A3-mod-res11.odt', HERE + '/ATU-35A3-mod-res11.txt')
