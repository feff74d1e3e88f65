#!/usr/bin/env python3
"""Checks that the folders of the core (src/core/<folder>/) form layers with no cycles.

A file in src/core/<folder>/ may include "<other>/..." only when <other> is the same folder or a
folder below it in LAYERS. Fails, naming file and line, when a folder includes one above it, a
folder that is not in LAYERS (a new folder must be placed in the order deliberately), or a
UNO/LibreOffice header (the core builds and is tested without an office).

Usage: scripts/check-layers.py [SOURCE_DIR]   (default: the repository this script lives in)
"""
import pathlib
import re
import sys

# The layers of the core, lowest first: the one place that says which folder may use which.
# A folder may include only itself and folders to its left. The order is the dependency order
# of the engine: plain text and languages first, then the document model, the language data
# read against it, the building blocks that compare and restyle (diff, revision, styles), the
# recognition of a proposal's structure that uses them, then what is built on recognition
# (base text, markup, numbering, validation, merging, whole proposals) and, last, the reports
# that present all of it. Keeping it a line (not a graph) is what rules out cycles.
LAYERS = [
    "text",
    "i18n",
    "model",
    "settings",
    "lexicon",
    "diff",
    "revision",
    "styles",
    "recognition",
    "basetext",
    "markup",
    "numbering",
    "validation",
    "merge",
    "proposals",
    "report",
]

# Folders held to less than everything below them. settings is read by the whole engine, so it
# stays small: text and model only (not i18n, although i18n is below it in the line).
ONLY = {
    "settings": {"text", "model"},
}

# Headers of the office SDK: none of them belong in the core.
UNO_HEADER = re.compile(r'#\s*include\s*[<"](com/sun/star/|rtl/|osl/|sal/|cppu/|cppuhelper/|uno/)')
CORE_INCLUDE = re.compile(r'#\s*include\s*"([^"/]+)/')


def check(root: pathlib.Path) -> list:
    core = root / "src" / "core"
    rank = {folder: i for i, folder in enumerate(LAYERS)}
    errors = []
    for path in sorted(core.rglob("*")):
        if path.suffix not in (".cpp", ".hpp", ".h") or not path.is_file():
            continue
        relative = path.relative_to(core)
        if len(relative.parts) < 2:
            continue  # files at the top of src/core belong to no layer
        folder = relative.parts[0]
        shown = path.relative_to(root)
        if folder not in rank:
            errors.append(f"{shown}: folder '{folder}' is not in the layer order "
                          f"(add it to LAYERS in scripts/check-layers.py)")
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if UNO_HEADER.search(line):
                errors.append(f"{shown}:{number}: the core includes a UNO/LibreOffice header: "
                              f"{line.strip()}")
                continue
            match = CORE_INCLUDE.match(line.strip())
            if not match:
                continue
            target = match.group(1)
            if target == folder:
                continue
            if target not in rank:
                if (core / target).is_dir():
                    errors.append(f"{shown}:{number}: includes {target}/, a folder not in the "
                                  f"layer order (add it to LAYERS in scripts/check-layers.py)")
                continue  # not a core folder (e.g. a third-party "dtl/...")
            if rank[target] > rank[folder]:
                errors.append(f"{shown}:{number}: {folder}/ includes {target}/, a layer above it")
            elif folder in ONLY and target not in ONLY[folder]:
                allowed = ", ".join(sorted(ONLY[folder]))
                errors.append(f"{shown}:{number}: {folder}/ includes {target}/; "
                              f"{folder}/ may include only {allowed}")
    return errors


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent)
    if not (root / "src" / "core").is_dir():
        print(f"check-layers: no src/core under {root}", file=sys.stderr)
        return 2
    errors = check(root.resolve())
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        print(f"check-layers: {len(errors)} problem(s); the order is LAYERS in "
              f"scripts/check-layers.py", file=sys.stderr)
        return 1
    print(f"check-layers: src/core keeps to the layers {' < '.join(LAYERS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
