"""The bundled Noto Sans CJK SC subsets cover everything the kiosk shows.

Regenerate the fonts with ``python tools/subset_fonts.py`` when a check here fails
after new seed text was added.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
FONT_DIR = ROOT / "assets" / "fonts"
FONTS = {"NotoSansCJKsc-Regular.otf": 400, "NotoSansCJKsc-Bold.otf": 700}
FAMILY = "Noto Sans CJK SC"
COMMON_HANZI = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会"
PUNCTUATION = "·“”‘’、，。：；！？（）——…《》"


def _visible(text: str) -> set[str]:
    """Characters of ``text`` that need a glyph: no whitespace, control or format chars."""
    return {c for c in text if not c.isspace() and unicodedata.category(c)[0] not in "CZ"}


def _seed_chars() -> set[str]:
    seeds = ROOT / "seeds"
    files = sorted(p for p in seeds.rglob("*") if p.is_file()) if seeds.is_dir() else []
    return set().union(*(_visible(p.read_text(encoding="utf-8")) for p in files))


def _gb2312_chars() -> set[str]:
    chars: set[str] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


@pytest.fixture(scope="module", params=sorted(FONTS))
def font_path(request: pytest.FixtureRequest) -> Path:
    path: Path = FONT_DIR / request.param
    assert path.is_file(), f"{path} missing: run python tools/subset_fonts.py"
    return path


@pytest.fixture(scope="module")
def font(font_path: Path) -> TTFont:
    return TTFont(str(font_path))


def _missing(font: TTFont, chars: set[str]) -> list[str]:
    cmap = font.getBestCmap()
    return sorted(f"U+{ord(c):04X} {c}" for c in chars if ord(c) not in cmap)


def test_seed_text_is_covered(font: TTFont) -> None:
    chars = _seed_chars()
    assert chars, "no seed text found under seeds/"
    assert _missing(font, chars) == []


def test_common_hanzi_and_punctuation_are_covered(font: TTFont) -> None:
    assert _missing(font, set(COMMON_HANZI + PUNCTUATION + "▲▼◀▶△")) == []


def test_all_of_gb2312_is_covered(font: TTFont) -> None:
    assert _missing(font, _gb2312_chars()) == []


def test_keeps_family_name_and_weight(font_path: Path, font: TTFont) -> None:
    name = font["name"]
    assert name.getDebugName(1) == FAMILY
    assert font["OS/2"].usWeightClass == FONTS[font_path.name]
    assert name.getDebugName(0), "copyright notice must survive subsetting (OFL)"
