# Edited resolutions for the mark-up tests and benchmark: a delegate's kinds of edit applied to
# the paragraphs of a resolution, the smallest word diff of two texts, and the characters a
# document's tracked changes delete and insert, as a real office counts them.
import difflib
import re
import unicodedata

from pa_office import body

# ---- editing a document's paragraphs as an author does --------------------------------------


def edit_paragraph(doc, index, new):
    """Turns paragraph `index` into `new` with the smallest middle replacement (recorded when
    the document records changes)."""
    paragraph = body(doc)[index]
    old = paragraph.getString()
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    cursor = paragraph.getText().createTextCursorByRange(paragraph.getStart())
    cursor.goRight(start, False)
    cursor.goRight(len(old) - start - end, True)
    cursor.setString(new[start:len(new) - end])


def apply_paragraphs(doc, first, current, wanted):
    """Edits paragraphs first.. (now `current`) into `wanted` as an author would: paragraphs
    changed in place, inserted after their predecessor, deleted with their mark."""
    ops = difflib.SequenceMatcher(a=current, b=wanted, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in reversed(ops):  # from the end: indices before stay valid
        if tag == "equal":
            continue
        common = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for k in range(common):
            edit_paragraph(doc, first + i1 + k, wanted[j1 + k])
        if j2 - j1 > common:  # insert the rest after paragraph i1+common-1
            anchor = body(doc)[first + i1 + common - 1]
            cursor = anchor.getText().createTextCursorByRange(anchor.getEnd())
            for line in wanted[j1 + common:j2]:
                anchor.getText().insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
                anchor.getText().insertString(cursor, line, False)
        for k in reversed(range(i1 + common, i2)):  # delete the rest, marks included
            paragraphs = body(doc)
            paragraph = paragraphs[first + k]
            cursor = paragraph.getText().createTextCursorByRange(paragraph.getStart())
            cursor.gotoRange(paragraph.getEnd(), True)
            if not cursor.goRight(1, True):  # the last paragraph: the mark before it goes
                cursor = paragraph.getText().createTextCursorByRange(
                    paragraphs[first + k - 1].getEnd())
                cursor.gotoRange(paragraph.getEnd(), True)
            cursor.setString("")


# ---- kinds of edit of Resolution 11 (Hammamet, 2016), from its number line -------------------

def _at(lines, prefix, after=0):
    return next(i for i in range(after, len(lines)) if lines[i].startswith(prefix))


def _replace(lines, index, old, new):
    assert old in lines[index], (old, lines[index])
    lines[index] = lines[index].replace(old, new, 1)


def words_changed(base):
    e = list(base)
    _replace(e, _at(e, "1\tto encourage"), "assist", "support")
    recognizing = _at(e, "recognizing")
    _replace(e, _at(e, "a)\t", recognizing), "high-speed traffic", "digital infrastructure")
    _replace(e, _at(e, "that it is necessary"), "the efficient use", "the optimal use")
    return e


def clause_added(base):
    e = list(base)
    _replace(e, _at(e, "1\tto encourage"), "organs;",
             "organs particularly through facilitating participation of ITU officials in relevant POC "
             "meetings and of UPU officials in relevant ITU-T meetings, to consult with UPU on the "
             "establishment of a joint working group between ITU and UPU on standards collaboration to "
             "facilitate work on standardization of emerging technologies based on the areas of common "
             "interests such as ICT economic and policy issues, environment and circular economy, "
             "electronic services and security, digital financial services, smart cities and "
             "communities, artificial intelligence, blockchain, applications of metaverse as well as "
             "disaster risk management;")
    return e


def item_inserted(base):
    e = list(base)
    c = _at(e, "c)\t")
    e[c] = "d)" + e[c][2:]
    e.insert(c, "c)\tthat new and emerging telecommunications/ICTs offer opportunities for postal "
                "services, in particular for financial inclusion;")
    return e


def words_at_a_paragraph_break(base):
    """Words added at the very end of the item before "resolves" and at the start of the call
    itself: two insertions either side of a paragraph break that stays, which Writer fuses, break
    included, when they are dated alike (rejecting all would then join the two paragraphs)."""
    e = list(base)
    call = e.index("resolves")
    e[call - 1] = e[call - 1] + " in all regions"
    e[call] = "further resolves"
    return e


def item_deleted(base):
    e = list(base)
    b = _at(e, "b)\t")
    del e[b]
    e[b] = "b)" + e[b][2:]
    return e


def items_reordered(base):
    e = list(base)
    recognizing = _at(e, "recognizing")
    a, b = _at(e, "a)\t", recognizing), _at(e, "b)\t", recognizing)
    e[a], e[b] = "a)" + base[b][2:], "b)" + base[a][2:]
    return e


def split_and_joined(base):
    e = list(base)
    r = _at(e, "that the relevant study groups")
    head, tail = e[r].split(", in particular by ", 1)
    e[r:r + 1] = [head + ";", "that they investigate in particular " + tail]
    one = _at(e, "1\tto encourage")
    e[one:one + 2] = [e[one][:-1] + ", and " + e[one + 1][len("2\t"):]]
    return e


def revision_lines(base):
    e = list(base)
    _replace(e, 0, "Hammamet, 2016", "New Delhi, 2024")
    history = _at(e, "(Malaga")
    _replace(e, history, "Hammamet, 2016)", "Hammamet, 2016; New Delhi, 2024)")
    _replace(e, _at(e, "The World Telecommunication"), "(Hammamet, 2016)", "(New Delhi, 2024)")
    return e


KINDS = [
    ("words changed", words_changed),
    ("clause added", clause_added),
    ("item inserted", item_inserted),
    ("item deleted", item_deleted),
    ("words at a paragraph break", words_at_a_paragraph_break),
    ("items reordered", items_reordered),
    ("split and joined", split_and_joined),
    ("revision lines", revision_lines),
]

# ---- the smallest word diff ------------------------------------------------------------------

PARAGRAPH_BREAK = "\x1e"


def _word(ch):
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def tokens(text):
    """Words (inner apostrophes and hyphens kept), single punctuation marks, runs of spaces,
    tabs and paragraph breaks one by one: as the extension's word diff tokenizes."""
    out, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        j = i + 1
        if _word(ch):
            while j < n and (_word(text[j]) or (text[j] in "'\u2019-\u2010\u2011" and j + 1 < n
                                                 and _word(text[j + 1]))):
                j += 1
        elif ch.isspace() and ch not in "\t" + PARAGRAPH_BREAK:
            while j < n and text[j].isspace() and text[j] not in "\t" + PARAGRAPH_BREAK:
                j += 1
        out.append(text[i:j])
        i = j
    return out


# Domain §2 writes the assembly of a revision line as one change ("Rev. ~~Hammamet, 2016~~ New
# Delhi, 2024"), where a word diff keeps the ", " between the two words it replaces.
ASSEMBLIES = ("Hammamet, 2016", "New Delhi, 2024", "New\u00a0Delhi, 2024")


def _tokens_keeping(text, phrases):
    if not phrases:
        return tokens(text)
    out = []
    for piece in re.split("(%s)" % "|".join(map(re.escape, phrases)), text):
        out.extend([piece] if piece in phrases else tokens(piece))
    return out


def minimal_word_diff(base, edited, phrases=()):
    """(deleted, inserted) characters of the word diff of the paragraphs `base` -> `edited` that
    keeps the most characters in order: the least any word-level mark-up can delete and
    insert. A paragraph mark counts one character. `phrases` are changed whole, as one token."""
    a = _tokens_keeping(PARAGRAPH_BREAK.join(base), phrases)
    b = _tokens_keeping(PARAGRAPH_BREAK.join(edited), phrases)
    total_a, total_b = sum(map(len, a)), sum(map(len, b))
    pre = 0
    while pre < min(len(a), len(b)) and a[pre] == b[pre]:
        pre += 1
    suf = 0
    while suf < min(len(a), len(b)) - pre and a[-1 - suf] == b[-1 - suf]:
        suf += 1
    common = sum(map(len, a[:pre])) + sum(map(len, a[len(a) - suf:]))
    ma, mb = a[pre:len(a) - suf], b[pre:len(b) - suf]
    prev = [0] * (len(mb) + 1)
    for x in ma:
        cur = [0] * (len(mb) + 1)
        w = len(x)
        for j, y in enumerate(mb, 1):
            cur[j] = prev[j - 1] + w if x == y else (prev[j] if prev[j] > cur[j - 1] else cur[j - 1])
        prev = cur
    common += prev[-1]
    return total_a - common, total_b - common


# ---- what a document's tracked changes delete and insert --------------------------------------

def texts(doc, first=0):
    return [p.getString() for p in body(doc)][first:]


def tracked_characters(office, doc, first=0):
    """(deleted, inserted, accepted texts, rejected texts) of paragraphs first.. of a document
    with tracked changes, a paragraph mark counting one character. Leaves the document as it
    was (accept-all is undone before reject-all, and reject-all after)."""
    marked = len("\n".join(texts(doc, first)))
    office.dispatch(doc, ".uno:AcceptAllTrackedChanges")
    accepted = texts(doc, first)
    doc.getUndoManager().undo()
    office.dispatch(doc, ".uno:RejectAllTrackedChanges")
    rejected = texts(doc, first)
    doc.getUndoManager().undo()
    return (marked - len("\n".join(accepted)), marked - len("\n".join(rejected)), accepted,
            rejected)

