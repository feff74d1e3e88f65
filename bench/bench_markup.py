# Mark Up Against Base on a 2,000-word resolution with 50 scattered word edits, in a real office
# through the ProposalEditor service; prints the in-process timings (median of runs), no pass/fail.
import argparse
import json
import os
import shutil
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                "integration"))
import uno  # noqa: E402
from pa_office import Office, close, paragraphs  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rdb = os.path.join(os.path.dirname(os.path.abspath(args.oxt)), "proposal-assistant.rdb")

    office = Office("bench-markup", args.work)
    try:
        office.start()
        office.install_extension(args.oxt)
        office.local.getValueByName(
            "/singletons/com.sun.star.reflection.theTypeDescriptionManager").insert(
                uno.systemPathToFileUrl(rdb))
        editor = office.ctx.ServiceManager.createInstanceWithContext(
            "org.itu.proposalassistant.ProposalEditor", office.ctx)

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
            base.append("%d\t%s" % (n, items[n % len(items)]))
            n += 1
        words = sum(len(t.split()) for t in base)
        # 50 edits spread over the body: one word replaced in every k-th paragraph.
        edited = list(base)
        body = list(range(5, len(edited)))
        for e in range(50):
            i = body[(e * len(body)) // 50]
            parts = edited[i].split(" ")
            parts[(e * 7) % len(parts)] = "amended%d" % e if len(parts) > 1 else parts[0]
            edited[i] = " ".join(parts)

        base_path = os.path.join(office.dir, "bench-base.odt")
        doc = office.new_writer()
        doc.getText().setString("\r".join(base))
        office.save(doc, base_path)
        close(doc)

        doc = office.new_writer()
        doc.getText().setString("\r".join(edited))
        timings = []
        for _ in range(args.runs):
            result = json.loads(editor.markUp(doc, (base_path,), json.dumps(
                {"source": "ATU", "document": "35", "addendum": "3",
                 "assembly": "New Delhi, 2024"})))
            timings.append(result["timings"])
            changes = result["markedUp"][0]
            doc.getUndoManager().undo()
        close(doc)
        med = {k: statistics.median(t[k] for t in timings) for k in timings[0]}
        print("markup: %d words, %d paragraphs, 50 edits -> %d insertions, %d deletions"
              % (words, len(base), changes["insertions"], changes["deletions"]))
        print("markup: in-process median of %d runs: diff %.1f ms, diff + writing into Writer "
              "%.1f ms (read + recognise %.1f ms, base from cache %.1f ms)"
              % (args.runs, med["diffMs"], med["editMs"], med["readMs"], med["baseMs"]))
    finally:
        office.cleanup()
        shutil.rmtree(os.path.join(args.work), ignore_errors=True)


if __name__ == "__main__":
    main()
