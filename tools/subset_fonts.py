"""Subset the system Noto Sans CJK SC fonts into small bundled OTF files.

Reads Debian's ``fonts-noto-cjk`` collections (``NotoSansCJK-{Regular,Bold}.ttc``),
picks the member whose family name is "Noto Sans CJK SC", and writes
``assets/fonts/NotoSansCJKsc-{Regular,Bold}.otf`` containing GB2312, ASCII, common
punctuation/symbol blocks and every character used by the project's seed data,
test fixtures and kiosk sources.  Family names are kept, so Qt registers the
fonts as "Noto Sans CJK SC".  Output is deterministic: timestamps come from the
source font, so identical inputs give byte-identical files.

Usage (from the repository root; needs fonts-noto-cjk and fonttools)::

    python tools/subset_fonts.py
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
import unicodedata
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "assets" / "fonts"
SRC_DIR = Path("/usr/share/fonts/opentype/noto")
FAMILY = "Noto Sans CJK SC"
WEIGHTS = ("Regular", "Bold")
# Inclusive code point ranges always kept, on top of GB2312 and project text.
RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # printable ASCII
    (0x00A0, 0x00BF),  # Latin-1 punctuation and signs (· U+00B7, ¥, etc.)
    (0x2000, 0x206F),  # general punctuation (incl. U+200B ZWSP, U+2060 WJ)
    (0x2190, 0x21FF),  # arrows
    (0x25A0, 0x25FF),  # geometric shapes (caption markers ▲◀▶▼△ ...)
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # halfwidth and fullwidth forms
)
# Horizontal-only kiosk: vertical-writing features are not needed.
DROP_FEATURES = frozenset({"vert", "vrt2", "vkrn", "vpal", "vhal", "vchw"})
KEEP_LANGSYS = "ZHS "  # OpenType language system for Simplified Chinese


def gb2312_codepoints() -> set[int]:
    """Return every character encodable as a 2-byte GB2312 sequence."""
    result: set[int] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                result.add(ord(bytes((hi, lo)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return result


def project_files() -> Iterator[Path]:
    """Yield seed, fixture and kiosk source files whose text must render."""
    for name in ("seeds", "tests/fixtures"):
        base = ROOT / name
        if base.is_dir():
            yield from sorted(p for p in base.rglob("*") if p.is_file())
    kiosk = ROOT / "kiosk"
    if kiosk.is_dir():
        for pattern in ("*.qml", "*.py", "*.toml"):
            yield from sorted(kiosk.rglob(pattern))


def project_codepoints() -> set[int]:
    """Return every character occurring in the project's text files."""
    result: set[int] = set()
    for path in project_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            print(f"skipping non-UTF-8 file {path.relative_to(ROOT)}", file=sys.stderr)
            continue
        if path.suffix == ".json":  # also resolve \uXXXX escapes
            with contextlib.suppress(ValueError):
                text += json.dumps(json.loads(text), ensure_ascii=False)
        result.update(map(ord, text))
    return result


def face_index(collection: Path, family: str) -> int:
    """Return the index of the TTC member whose family name is ``family``."""
    for index, font in enumerate(TTCollection(str(collection), lazy=True).fonts):
        if font["name"].getDebugName(1) == family:
            return index
    raise LookupError(f"{family!r} not found in {collection}")


def keep_only_langsys(font: TTFont, tag: str) -> None:
    """Drop JP/KR/TC/HK language systems so ``locl`` keeps only SC forms."""
    for table_tag in ("GSUB", "GPOS"):
        for record in font[table_tag].table.ScriptList.ScriptRecord:
            script = record.Script
            script.LangSysRecord = [r for r in script.LangSysRecord if r.LangSysTag == tag]
            script.LangSysCount = len(script.LangSysRecord)


def subset_face(weight: str, codepoints: set[int]) -> tuple[str, set[int]]:
    """Write the subset for ``weight``; return a report line and the codepoints it lacks."""
    src = SRC_DIR / f"NotoSansCJK-{weight}.ttc"
    dst = OUT_DIR / f"NotoSansCJKsc-{weight}.otf"
    # recalcTimestamp=False keeps head.modified from the source: deterministic.
    font = TTFont(str(src), fontNumber=face_index(src, FAMILY), recalcTimestamp=False)
    available = set(font.getBestCmap())
    keep_only_langsys(font, KEEP_LANGSYS)
    options = subset.Options()
    options.layout_features = [f for f in options.layout_features if f not in DROP_FEATURES]
    options.name_IDs = ["*"]  # keep copyright/licence records (OFL)
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints & available))
    subsetter.subset(font)
    dst.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(dst))
    report = (
        f"{dst.relative_to(ROOT)}: {font['name'].getDebugName(4)!r}, "
        f"{len(font.getGlyphOrder())} glyphs, {dst.stat().st_size:,} bytes"
    )
    return report, codepoints - available


def main() -> int:
    """Subset both weights in parallel; return a process exit status."""
    started = time.monotonic()
    if missing_src := [w for w in WEIGHTS if not (SRC_DIR / f"NotoSansCJK-{w}.ttc").is_file()]:
        print(f"error: {missing_src} not in {SRC_DIR}; apt install fonts-noto-cjk", file=sys.stderr)
        return 1
    required = gb2312_codepoints() | project_codepoints()
    codepoints = set(required)
    for first, last in RANGES:  # best effort: the blocks have gaps in the source font
        codepoints.update(range(first, last + 1))
    with ProcessPoolExecutor(max_workers=len(WEIGHTS)) as pool:
        results = list(pool.map(subset_face, WEIGHTS, [codepoints] * len(WEIGHTS)))
    lacking: set[int] = set()
    for report, missing in results:
        print(report)
        lacking |= {c for c in missing & required if unicodedata.category(chr(c))[0] not in "CZ"}
    if lacking:  # Qt falls back to a system font for these
        shown = " ".join(f"U+{c:04X} {chr(c)}" for c in sorted(lacking))
        print(f"warning: used by the project but not in {FAMILY}: {shown}", file=sys.stderr)
    print(f"done in {time.monotonic() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
