"""Registers the bundled Noto Sans CJK SC fonts so every machine renders the content."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk import paths

log = logging.getLogger("kiosk.fonts")

FONT_DIR = paths.fonts_dir()
FONT_FILES = ("NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf")
FAMILY = "Noto Sans CJK SC"


def register_fonts(font_dir: Path = FONT_DIR) -> str:
    """Adds the bundled fonts to Qt's database and makes them the application font.

    Returns:
        The family name to use everywhere.
    """
    family = FAMILY
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(font_dir / name))
        if font_id < 0:
            log.error("cannot load bundled font %s", font_dir / name)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families:
            family = families[0]
    font = QFont(family)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    QGuiApplication.setFont(font)
    return family
