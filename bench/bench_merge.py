# Merge Proposals on a 2,000-word resolution (Resolution 11 grown with items of its own):
# six contributions, each a MOD with 30 changes made
# as tracked changes in Writer (the three revision lines, 9 word changes all six make, 3 words
# changed differently by each, 15 of its own), merged in a real office through the
# ProposalMerger service. Prints the time to merge (in-process and as the caller waits for it,
# median of runs) and the tracked changes of the merged draft against the sum of the sources'
# own. No pass/fail.
import argparse
import json
import os
import shutil
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                "integration"))
import uno  # noqa: E402
from pa_office import Office, body, close, paragraphs  # noqa: E402

SOURCES = ["ATU/35A3/1", "EUR/41A1/1", "APT/12/1", "ARB/5A2/1", "IAP/7A1/1", "RCC/8/1"]


def redline_count(doc):
    enum = doc.getRedlines().createEnumeration()
    n = 0
    while enum.hasMoreElements():
        enum.nextElement()
        n += 1
    return n


def replace_in(doc, index, old, new):
    """Replaces the first `old` in paragraph `index` (tracked: the document records changes)."""
    paragraph = body(doc)[index]
    text = paragraph.getString()
    if old not in text:
        raise ValueError("%r not in paragraph %d: %r" % (old, index, text))
    at = text.index(old)
    cursor = paragraph.getText().createTextCursorByRange(paragraph.getStart())
    cursor.goRight(at, False)
    cursor.goRight(len(old), True)
    cursor.setString(new)


def word_at(text, k):
    words = [w for w in text.split(" ") if w.isalpha() and len(w) > 3 and " %s " % w in text]
    return words[k % len(words)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rdb = os.path.join(os.path.dirname(os.path.abspath(args.oxt)), "proposal-assistant.rdb")

    office = Office("bench-merge", args.work)
    try:
        office.start()
        office.install_extension(args.oxt)
        office.local.getValueByName(
            "/singletons/com.sun.star.reflection.theTypeDescriptionManager").insert(
                uno.systemPathToFileUrl(rdb))
        merger = office.ctx.ServiceManager.createInstanceWithContext(
            "org.itu.proposalassistant.ProposalMerger", office.ctx)

        source = office.load(os.path.join(args.corpus, "base", "res11-hammamet-2016.odt"),
                             read_only=True)
        lines = [t for _, t in paragraphs(source)]
        close(source)
        resolution = lines[next(i for i, t in enumerate(lines) if t.startswith("RESOLUTION")):]
        # Grown to 2,000 words with further numbered items under the last call.
        items = [t.split("\t", 1)[1] for t in resolution if t[:2] in ("1\t", "2\t")]
        base = list(resolution)
        n = 3
        while sum(len(t.split()) for t in base) < 2000:
            # Each item its own: identical items would leave the paragraph alignment free
            # to pair an edited item with a twin.
            base.append("%d\t%s, as far as area %d is concerned;"
                        % (n, items[n % len(items)].rstrip(";.,"), n))
            n += 1
        words = sum(len(t.split()) for t in base)
        base_path = os.path.join(office.dir, "bench-base.odt")
        doc = office.new_writer()
        doc.getText().setString("\r".join(base))
        office.save(doc, base_path)
        close(doc)

        # Paragraphs with words to change: the items and the body after the preamble.
        editable = [i for i in range(5, len(base)) if len(base[i].split()) > 8]
        contributions, own = [], []
        for s, name in enumerate(SOURCES):
            doc = office.new_writer()
            doc.getText().setString("\r".join(["MOD\t" + name] + base + ["Reasons:\tbenchmark"]))
            doc.RecordChanges = True
            replace_in(doc, 1, "Hammamet, 2016", "New Delhi, 2024")
            history = next(i for i, t in enumerate(base) if t.startswith("(Malaga")) + 1
            replace_in(doc, history, "Hammamet, 2016)", "Hammamet, 2016; New Delhi, 2024)")
            preamble = next(i for i, t in enumerate(base) if t.startswith("The World")) + 1
            replace_in(doc, preamble, "Hammamet, 2016", "New Delhi, 2024")
            changes = 3
            for e in range(27):
                if e < 9:  # the same change in every source
                    p, word, new = editable[e * 3], 0, "common%d" % e
                elif e < 12:  # the same word, changed differently by each source
                    p, word, new = editable[e * 3], 1, "own%d%s" % (e, "abcdef"[s])
                else:  # a word of its own
                    p, word, new = editable[(e * 3 + s * 7 + 1) % len(editable)], 2 + s, \
                        "src%s%d" % ("abcdef"[s], e)
                text = body(doc)[p + 1].getString()
                replace_in(doc, p + 1, " " + word_at(text, word) + " ", " " + new + " ")
                changes += 1
            path = os.path.join(office.dir, "contribution-%d.odt" % s)
            office.save(doc, path)
            own.append(redline_count(doc))
            close(doc)
            contributions.append(path)

        timings, waited = [], []
        settings = json.dumps({"resolution": "11"})
        for _ in range(args.runs):
            merged = office.new_writer()
            synoptic = office.new_writer()
            t0 = time.monotonic()
            summary = json.loads(merger.merge(merged, synoptic, tuple(contributions), (base_path,),
                                              settings))
            waited.append((time.monotonic() - t0) * 1000)
            timings.append(summary["timings"])
            merged_changes = redline_count(merged)
            close(merged)
            close(synoptic)
        # The merged draft alone, as the caller waits for it.
        alone = []
        for _ in range(args.runs):
            merged = office.new_writer()
            t0 = time.monotonic()
            merger.merge(merged, None, tuple(contributions), (base_path,), settings)
            alone.append((time.monotonic() - t0) * 1000)
            close(merged)
        med = {k: statistics.median(t[k] for t in timings) for k in timings[0]}
        print("merge: base %d words, %d paragraphs; %d contributions of %d changes each "
              "(%d tracked changes in Writer each: %s)"
              % (words, len(base), len(SOURCES), changes, own[0], ", ".join(map(str, own))))
        print("merge: merged draft %d tracked changes against %d in the sources together (%.0f %%); "
              "%d agreements, %d conflicts, %d comments; synoptic table of %d rows"
              % (merged_changes, sum(own), 100.0 * merged_changes / sum(own),
                 len(summary["agreements"]), len(summary["conflicts"]), summary["comments"],
                 len(base) + 1))
        print("merge: in-process median of %d runs: read the contributions and the base %.0f ms, "
              "merge %.1f ms, write the merged draft %.0f ms, the synoptic table %.0f ms; "
              "the whole call as the caller waits %.0f ms (the merged draft alone %.0f ms)"
              % (args.runs, med["readMs"], med["mergeMs"], med["writeMs"], med["synopticMs"],
                 statistics.median(waited), statistics.median(alone)))
    finally:
        office.cleanup()
        shutil.rmtree(os.path.join(args.work), ignore_errors=True)


if __name__ == "__main__":
    main()
