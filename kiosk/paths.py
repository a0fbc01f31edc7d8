"""The program's name and every folder it reads or writes, bundled or per user and platform.

The package mirrors the checkout: `kiosk/qml`, `assets/fonts` and `seeds` sit at the same
places under the bundle's root (`sys._MEIPASS`), so only the root differs. The user's
folders follow each platform's convention (XDG on Linux). Pure Python: the content pipeline
uses it too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "zgc-kiosk"  # the executable, the per-user folders, Qt's application name
BUNDLED_CACHE = "content-cache"  # the prebuilt content cache's folder in the package
CACHE_ENV = "ZGC_KIOSK_CACHE"  # overrides the user's cache folder (tests, benchmarks)
CONFIG_ENV = "ZGC_KIOSK_CONFIG"  # overrides the configuration file's path
STATE_ENV = "ZGC_KIOSK_STATE"  # overrides the state folder (tests)


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


def translations_dir() -> Path:
    """The compiled interface translations (`kiosk_<language>.qm`)."""
    return root() / "kiosk" / "translations"


def seeds_dir() -> Path:
    """The bundled source articles and their curation file."""
    return root() / "seeds"


def bundled_cache_dir() -> Path | None:
    """The package's read-only prebuilt content cache; None in a checkout, which has none."""
    return root() / BUNDLED_CACHE if frozen() else None


def _env_dir(variable: str, *fallback: str) -> Path:
    return Path(os.environ.get(variable) or Path.home().joinpath(*fallback))


def user_config_dir() -> Path:
    """The per-user configuration folder."""
    if sys.platform == "win32":
        return _env_dir("APPDATA", "AppData", "Roaming") / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    return _env_dir("XDG_CONFIG_HOME", ".config") / APP_NAME


def user_data_dir() -> Path:
    """The per-user data folder (usage statistics, logs)."""
    if sys.platform == "win32":
        return _env_dir("LOCALAPPDATA", "AppData", "Local") / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    return _env_dir("XDG_DATA_HOME", ".local", "share") / APP_NAME


def user_cache_dir() -> Path:
    """The per-user cache folder (parsed content, artwork); `$ZGC_KIOSK_CACHE` when set."""
    if env := os.environ.get(CACHE_ENV):
        return Path(env)
    if sys.platform == "win32":
        return _env_dir("LOCALAPPDATA", "AppData", "Local") / APP_NAME / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_NAME
    return _env_dir("XDG_CACHE_HOME", ".cache") / APP_NAME


def user_state_dir() -> Path:
    """The per-user state folder (the admin PIN's hash, the pad's lockout); owner-only.
    `$ZGC_KIOSK_STATE` when set."""
    if env := os.environ.get(STATE_ENV):
        return Path(env)
    if sys.platform in ("win32", "darwin"):
        return user_data_dir() / "state"
    return _env_dir("XDG_STATE_HOME", ".local", "state") / APP_NAME
