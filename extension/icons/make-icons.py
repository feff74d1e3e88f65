#!/usr/bin/env python3
# Draws the Proposals toolbar's icons (16 and 26 px PNG) from a few shapes, so that they can be
# redrawn at another size without an image editor. Run from this folder: python3 make-icons.py
import math
import struct
import zlib

INK = (0x3b, 0x4a, 0x5c)     # page lines
BLUE = (0x1f, 0x6f, 0xc4)    # inserted text, as Writer shows tracked insertions
RED = (0xc4, 0x2b, 0x1c)     # deleted text
GREEN = (0x2e, 0x8b, 0x3a)   # a clean check
PAPER = (0xff, 0xff, 0xff)
EDGE = (0x70, 0x7a, 0x86)


def page(s):
    """A sheet with its outline, in the unit square."""
    return [("rect", 0.16, 0.06, 0.84, 0.94, EDGE), ("rect", 0.2, 0.1, 0.8, 0.9, PAPER)]


def lines(s, ys, x0=0.28, x1=0.72, colour=INK):
    return [("rect", x0, y, x1, y + 0.06, colour) for y in ys]


def check():
    return [("line", 0.2, 0.55, 0.42, 0.78, 0.13, GREEN), ("line", 0.42, 0.78, 0.84, 0.24, 0.13, GREEN)]


ICONS = {
    # Validate: a sheet with a check over it.
    "validate": lambda: page(0) + lines(0, [0.2, 0.34, 0.48]) + check(),
    # Propose Modification: a line struck through (red) and one inserted (blue).
    "propose-modification": lambda: page(0) + lines(0, [0.2]) +
        [("rect", 0.28, 0.36, 0.72, 0.42, INK), ("line", 0.24, 0.39, 0.76, 0.39, 0.05, RED)] +
        lines(0, [0.52, 0.56], colour=BLUE)[:1] + [("rect", 0.28, 0.6, 0.72, 0.63, BLUE)] +
        lines(0, [0.74]),
    # Mark Up Against Base: two sheets, the front one with tracked changes.
    "mark-up": lambda: [("rect", 0.04, 0.04, 0.6, 0.74, EDGE), ("rect", 0.08, 0.08, 0.56, 0.7, PAPER)] +
        lines(0, [0.18, 0.32, 0.46], 0.14, 0.5) +
        [("rect", 0.36, 0.26, 0.96, 0.96, EDGE), ("rect", 0.4, 0.3, 0.92, 0.92, PAPER),
         ("rect", 0.46, 0.4, 0.86, 0.46, INK), ("line", 0.44, 0.43, 0.88, 0.43, 0.05, RED),
         ("rect", 0.46, 0.56, 0.86, 0.62, BLUE), ("rect", 0.46, 0.72, 0.86, 0.78, INK)],
    # Renumber Proposals: 1 2 3 down the margin of a sheet.
    "renumber": lambda: page(0) +
        [("rect", 0.28, 0.18, 0.34, 0.32, BLUE),
         ("rect", 0.26, 0.44, 0.36, 0.47, BLUE), ("rect", 0.33, 0.44, 0.36, 0.52, BLUE),
         ("rect", 0.26, 0.5, 0.36, 0.53, BLUE), ("rect", 0.26, 0.5, 0.29, 0.59, BLUE),
         ("rect", 0.26, 0.56, 0.36, 0.59, BLUE),
         ("rect", 0.26, 0.7, 0.36, 0.73, BLUE), ("rect", 0.33, 0.7, 0.36, 0.85, BLUE),
         ("rect", 0.28, 0.76, 0.36, 0.79, BLUE), ("rect", 0.26, 0.82, 0.36, 0.85, BLUE)] +
        lines(0, [0.22, 0.48, 0.76], 0.44, 0.72),
}


def inside(shape, x, y):
    kind = shape[0]
    if kind == "rect":
        _, x0, y0, x1, y1, _ = shape
        return x0 <= x <= x1 and y0 <= y <= y1
    _, x0, y0, x1, y1, width, _ = shape
    dx, dy = x1 - x0, y1 - y0
    t = max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (x0 + t * dx), y - (y0 + t * dy)) <= width / 2


def render(shapes, size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) / size
                    y = (py + (sy + 0.5) / samples) / size
                    colour = None
                    for shape in shapes:
                        if inside(shape, x, y):
                            colour = shape[-1]
                    if colour:
                        for c in range(3):
                            acc[c] += colour[c]
                        acc[3] += 1
            n = samples * samples
            alpha = acc[3] / n
            rgb = [int(acc[c] / acc[3]) if acc[3] else 0 for c in range(3)]
            row += bytes(rgb + [int(round(alpha * 255))])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    for name, shapes in ICONS.items():
        for size in (16, 26):
            with open("%s-%d.png" % (name, size), "wb") as f:
                f.write(render(shapes(), size))
