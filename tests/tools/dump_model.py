#!/usr/bin/python3
"""Dumps Writer documents into the engine's model JSON (src/core/model/ModelJson.hpp) so the
core's unit tests run on the corpus without an office. Regenerate the fixtures with
  tests/tools/dump_model.py OUTDIR FILE...
It starts its own headless office on a throwaway profile and stops it by PID."""
import json, os, subprocess, sys, tempfile, time
import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p


def iso(dt):
    if dt is None or dt.Year == 0:
        return ""
    return "%04d-%02d-%02dT%02d:%02d:%02d" % (dt.Year, dt.Month, dt.Day, dt.Hours, dt.Minutes, dt.Seconds)


def read(doc):
    styles = doc.StyleFamilies.getByName("ParagraphStyles")
    display = {}
    paragraphs = []
    state = {"open": None}

    def walk_text(text, in_table):
        e = text.createEnumeration()
        while e.hasMoreElements():
            el = e.nextElement()
            if el.supportsService("com.sun.star.text.TextTable"):
                for name in el.getCellNames():
                    walk_text(el.getCellByName(name), True)
                continue
            if not el.supportsService("com.sun.star.text.Paragraph"):
                continue
            style = el.ParaStyleName
            if style not in display:
                display[style] = styles.getByName(style).DisplayName if styles.hasByName(style) else style
            runs = []
            pe = el.createEnumeration()
            while pe.hasMoreElements():
                portion = pe.nextElement()
                kind = portion.TextPortionType
                if kind == "Redline":
                    rtype = portion.RedlineType
                    if rtype not in ("Insert", "Delete"):
                        continue
                    if portion.IsStart:
                        state["open"] = {"kind": "insert" if rtype == "Insert" else "delete",
                                         "author": portion.RedlineAuthor, "date": iso(portion.RedlineDateTime)}
                    else:
                        state["open"] = None
                    continue
                if kind in ("Text", "TextField"):
                    s = portion.getString()
                    if not s:
                        continue
                    run = {"text": s}
                    if state["open"]:
                        run["change"] = dict(state["open"])
                    if runs and runs[-1].get("change") == run.get("change"):
                        runs[-1]["text"] += s
                    else:
                        runs.append(run)
            para = {"style": style, "styleDisplay": display[style], "listLabel": el.ListLabelString or "",
                    "inTable": in_table, "runs": runs}
            if state["open"]:
                para["mark"] = dict(state["open"])
            paragraphs.append(para)

    walk_text(doc.Text, False)
    return {"paragraphs": paragraphs}


def main():
    outdir, files = sys.argv[1], sys.argv[2:]
    profile = tempfile.mkdtemp(prefix="pa-dump-")
    pipe = "pa-dump-%d" % os.getpid()
    args = ["/usr/lib/libreoffice/program/soffice.bin", "--headless", "--invisible", "--norestore", "--nologo",
            "--nodefault", "-env:UserInstallation=file://" + profile, "--accept=pipe,name=%s;urp;" % pipe]
    office = subprocess.Popen(args)
    if office.wait(timeout=60) == 81:  # a fresh profile asks for one restart
        office = subprocess.Popen(args)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(150):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.1)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    try:
        for f in files:
            url = uno.systemPathToFileUrl(os.path.abspath(f))
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True)))
            model = read(doc)
            doc.close(True)
            out = os.path.join(outdir, os.path.basename(f) + ".model.json")
            with open(out, "w", encoding="utf-8") as fh:
                json.dump(model, fh, ensure_ascii=False, indent=1)
            print(out, len(model["paragraphs"]), "paragraphs")
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=10)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
