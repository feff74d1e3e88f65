# The benchmark of growth (not a test): every command of the CLI, and Renumber Proposals through
# the editor service, on compilations of resolutions of about 5,000 and 50,000 paragraphs (each
# resolution edited without tracking, numbered 1..N, with a base that holds every one of them),
# and on a document of 5,000 number lines. Prints milliseconds per 1,000 paragraphs, so that
# growth shows at a glance (linear cost: the same figure at both sizes), and the office's peak
# memory for each run. No pass/fail.
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                "integration"))
import pa_office  # noqa: E402  (exits 77 when python-uno is missing)
import uno  # noqa: E402

def resolution_lines(office, base):
    """The paragraphs of the base text's resolution, from its number line on."""
    doc = office.load(base, read_only=True)
    try:
        texts = [t for _, t in pa_office.paragraphs(doc)]
    finally:
        pa_office.close(doc)
    return texts[next(i for i, t in enumerate(texts) if t.startswith("RESOLUTION 11 ")):]


def odf_paragraphs(texts):
    out = []
    for t in texts:
        t = escape(t).replace("\t", "<text:tab/>").replace("\n", "<text:line-break/>")
        out.append("<text:p>%s</text:p>" % t)
    return "".join(out)


def build_compilation(work, lines, copies):
    """`copies` copies of the base resolution numbered 1..copies (the base) and the same with
    the title changed in every copy (the compilation to mark up), written as ODF by hand:
    putting 2,000 copies together inside an office takes longer than the runs measured."""
    paths = {}
    for name in ("base", "compilation"):
        paragraphs = []
        for n in range(1, copies + 1):
            copy = list(lines)
            copy[0] = copy[0].replace("RESOLUTION 11 ", "RESOLUTION %d " % n, 1)
            if name == "compilation":
                copy[1] += " and its members"
            paragraphs.extend(copy)
        path = os.path.join(work, "scale-%s-%d.odt" % (name, copies))
        pa_office.write_odf(path, "text", "<office:text>%s</office:text>"
                            % odf_paragraphs(paragraphs))
        paths[name] = (path, len(paragraphs))
    return paths


def number_lines(work, count):
    """A document of `count` number lines and nothing else, written without an office."""
    path = os.path.join(work, "scale-number-lines-%d.odt" % count)
    pa_office.write_odf(path, "text", "<office:text>%s</office:text>" % "".join(
        "<text:p>RESOLUTION %d (Rev. Hammamet, 2016)</text:p>" % (i + 1) for i in range(count)))
    return path


def measured(argv):
    """Wall seconds and the peak resident memory (MB) of the command's biggest descendant, the
    office: measured in a fresh Python so the peak is this run's alone."""
    probe = ("import resource, subprocess, sys, time\n"
             "t = time.monotonic()\n"
             "run = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
             "wall = time.monotonic() - t\n"
             "print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0, run.returncode)\n"
             "sys.stderr.write(run.stderr.decode(errors='replace')[-2000:])\n")
    done = subprocess.run([sys.executable, "-c", probe] + argv, capture_output=True, text=True)
    wall, peak, status = done.stdout.split()
    return float(wall), float(peak), int(status), done.stderr


def renumber_in_office(work, oxt, rdb, document):
    """Renumber Proposals through the editor service on a bare model; its in-office seconds."""
    office = pa_office.Office("bench-scale-renumber", work)
    try:
        office.start()
        office.install_extension(oxt)
        editor = office.extension_service("org.itu.proposalassistant.ProposalEditor", rdb)
        doc = office.load_model(document)
        try:
            t = time.monotonic()
            editor.renumberProposals(doc, json.dumps({"source": "ATU", "document": "35"}))
            return time.monotonic() - t
        finally:
            pa_office.close(doc)
    finally:
        office.cleanup()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--work", required=True, help="a folder of the build tree")
    parser.add_argument("--sizes", default="5000,50000", help="paragraphs, comma-separated")
    a = parser.parse_args()
    a.work, a.cli, a.oxt = (os.path.abspath(p) for p in (a.work, a.cli, a.oxt))
    os.makedirs(a.work, exist_ok=True)
    profile = os.path.join(a.work, "profile")
    base = os.path.join(a.corpus, "base", "res11-hammamet-2016.odt")
    rdb = os.path.join(os.path.dirname(os.path.abspath(a.cli)), "proposal-assistant.rdb")
    tmp = tempfile.mkdtemp(prefix="scale-", dir=a.work)
    try:
        office = pa_office.Office("bench-scale", tmp)
        office.start()
        try:
            lines = resolution_lines(office, base)
        finally:
            office.cleanup()
        documents = []
        for size in (int(s) for s in a.sizes.split(",")):
            copies = max(1, size // len(lines))
            paths = build_compilation(tmp, lines, copies)
            documents.append(("compilation of %d resolutions" % copies, paths["compilation"],
                              paths["base"][0]))
            print("generated: %d resolutions, %d paragraphs"
                  % (copies, paths["compilation"][1]), flush=True)
        documents.append(("5,000 number lines", (number_lines(tmp, 5000), 5000), documents[0][2]))

        subprocess.run([a.cli, "--profile", profile, "--oxt", a.oxt, "structure", base],
                       capture_output=True)  # prepares the profile once
        print("%-34s %-13s %9s %13s %10s" % ("document", "command", "seconds", "ms/1,000 par.",
                                            "peak MB"))
        for label, (path, paragraphs), base_path in documents:
            out = os.path.join(tmp, "out.odt")
            commands = [("structure", ["structure", "--json", path]),
                        ("apply-styles", ["apply-styles", path, "-o", out]),
                        ("check", ["check", "--base", base_path, path]),
                        ("markup", ["markup", "--base", base_path, path, "-o", out])]
            for name, args in commands:
                wall, peak, status, err = measured([a.cli, "--profile", profile, "--oxt", a.oxt] +
                                                   args)
                note = "" if status in (0, 1) else "  (exit %d: %s)" % (status, err.strip()[-200:])
                print("%-34s %-13s %9.1f %13.1f %10.0f%s"
                      % (label, name, wall, wall * 1e6 / paragraphs, peak, note), flush=True)
            seconds = renumber_in_office(tmp, a.oxt, rdb, path)
            print("%-34s %-13s %9.1f %13.1f %10s  (in the office, without load)"
                  % (label, "renumber", seconds, seconds * 1e6 / paragraphs, "-"), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("load average: %.2f %.2f %.2f on %d cores" % (os.getloadavg() + (os.cpu_count(),)))


if __name__ == "__main__":
    main()
