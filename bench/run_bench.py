# The benchmark (not a test): in-office read / recognise / bare-walk milliseconds on a document
# of about 5,000 paragraphs, and the CLI's end-to-end wall time on one corpus proposal, with the
# prepared profile reused and once cold. Prints figures; no pass/fail.
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                "integration"))
import pa_office  # noqa: E402  (exits 77 when python-uno is missing)
import uno  # noqa: E402
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK  # noqa: E402


def build_big_document(work, resolution, copies):
    """`copies` copies of one resolution in one .odt, put together inside an office: a bare model
    (no view, so no layout) and XDocumentInsertable, one call per copy."""
    office = pa_office.Office("bench-generate", work)
    try:
        office.start()
        smgr = office.ctx.ServiceManager
        doc = smgr.createInstanceWithContext("com.sun.star.text.TextDocument", office.ctx)
        doc.initNew()
        url = uno.systemPathToFileUrl(os.path.abspath(resolution))
        text = doc.getText()
        cursor = text.createTextCursor()
        for i in range(copies):
            cursor.gotoEnd(False)
            if i:
                # Else each copy's first paragraph would merge into the previous one's last.
                text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
                cursor.gotoEnd(False)
            cursor.insertDocumentFromURL(url, ())
        count = 0
        enum = text.createEnumeration()
        while enum.hasMoreElements():
            enum.nextElement()
            count += 1
        path = os.path.join(work, "bench-%d-resolutions.odt" % copies)
        doc.storeToURL(uno.systemPathToFileUrl(path),
                       (pa_office.prop("FilterName", "writer8"), pa_office.prop("Overwrite", True)))
        pa_office.close(doc)
        return path, count
    finally:
        office.cleanup()


def cli(args, profile, cli_path, oxt):
    t0 = time.monotonic()
    run = subprocess.run([cli_path, "--profile", profile, "--oxt", oxt] + args,
                         capture_output=True, text=True)
    wall = time.monotonic() - t0
    if run.returncode != 0:
        raise SystemExit("proposal-assistant %s failed (%d): %s"
                         % (" ".join(args), run.returncode, run.stderr))
    return wall, run.stderr


def timing(stderr, name):
    m = re.search(name + r" ([0-9.]+) ms", stderr)
    return float(m.group(1)) if m else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--work", required=True, help="a folder of the build tree")
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    a = parser.parse_args()
    os.makedirs(a.work, exist_ok=True)
    # Kept between runs: the prepared profile the CLI reuses while the .oxt is unchanged.
    profile = os.path.join(a.work, "profile")
    proposal = os.path.join(a.corpus, "proposals", "ATU-35A3-mod-res11.docx")
    resolution = os.path.join(a.corpus, "base", "res11-hammamet-2016.odt")

    tmp = tempfile.mkdtemp(prefix="generated-", dir=a.work)
    try:
        t0 = time.monotonic()
        big, paragraphs = build_big_document(tmp, resolution, a.copies)
        print("document: %d copies of %s, %d paragraphs, %.0f KB (generated in %.1f s)"
              % (a.copies, os.path.basename(resolution), paragraphs,
                 os.path.getsize(big) / 1024, time.monotonic() - t0))

        cli(["structure", proposal], profile, a.cli, a.oxt)  # prepares the profile if needed
        reads, recognises, walks, loads, big_walls = [], [], [], [], []
        for _ in range(3):
            wall, err = cli(["structure", "--timings", big], profile, a.cli, a.oxt)
            big_walls.append(wall)
            loads.append(timing(err, "office load"))
            reads.append(timing(err, "read"))
            recognises.append(timing(err, "recognise"))
            walks.append(timing(err, "bare walk"))
        read, recognise, walk = (statistics.median(x) for x in (reads, recognises, walks))
        print("in the office (median of 3): read %.1f ms, recognise %.1f ms, bare walk %.1f ms"
              % (read, recognise, walk))
        print("  read + recognise = %.1f ms = %.2f x the bare walk (goal: within 1.5 x)"
              % (read + recognise, (read + recognise) / walk if walk else float("nan")))
        print("  (loading it into the office: %.0f ms; the whole CLI run: %.1f s)"
              % (statistics.median(loads), statistics.median(big_walls)))

        walls = [cli(["structure", "--json", proposal], profile, a.cli, a.oxt)[0]
                 for _ in range(a.runs)]
        print("CLI end to end, %s, prepared profile reused: median %.2f s (min %.2f, max %.2f, "
              "%d runs; goal under 2 s)" % (os.path.basename(proposal), statistics.median(walls),
                                            min(walls), max(walls), a.runs))
        cold_profile = os.path.join(tmp, "cold-profile")
        cold, _ = cli(["structure", "--json", proposal], cold_profile, a.cli, a.oxt)
        print("CLI end to end, cold (new profile: install the .oxt, restart the office): %.2f s"
              % cold)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("load average: %.2f %.2f %.2f on %d cores" % (os.getloadavg() + (os.cpu_count(),)))


if __name__ == "__main__":
    main()
