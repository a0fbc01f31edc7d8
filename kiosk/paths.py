"""Where the kiosk's bundled files are, in a checkout or in the PyInstaller package.

The package mirrors the checkout: `kiosk/qml`, `assets/fonts` and `seeds` sit at the same
places under the bundle's root (`sys._MEIPASS`), so only the root differs. Pure Python: the
content pipeline uses it too.
"""

from __future__ import annotations

import sys
from pathlib import Path

BUNDLED_CACHE = "content-cache"  # the prebuilt content cache's folder in the package


def frozen() -> bool:
    """Whether this is the packaged kiosk (PyInstaller sets `sys.frozen` and `sys._MEIPASS`)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def root() -> Path:
    """The folder holding `kiosk/`, `assets/` and `seeds/`: the bundle's, or the checkout."""
    if frozen():
        return Path(getattr(sys, "_MEIPASS"))  # noqa: B009 - mypy does not know _MEIPASS
    return Path(__file__).resolve().parent.parent


def qml_dir() -> Path:
    """The QML import path that holds the `Kiosk` module."""
    return root() / "kiosk" / "qml"


def fonts_dir() -> Path:
    """The bundled Noto Sans CJK SC fonts."""
    return root() / "assets" / "fonts"


def seeds_dir() -> Path:
    """The bundled source articles and their curation file."""
    return root() / "seeds"


def bundled_cache_dir() -> Path | None:
    """The package's read-only prebuilt content cache; None in a checkout, which has none."""
    return root() / BUNDLED_CACHE if frozen() else None
