"""The interface's translations: Qt's `.ts` sources in kiosk/translations, `.qm` built here.

Chinese is the source language of every string (QML `qsTr`, Python `translate` and
`QT_TRANSLATE_NOOP` in kiosk/present); `kiosk_en.ts` holds the English. Compiled `.qm` files
are build products (never edited, not in git): `make run`, `make test` and the package get
them from `build`.

    .venv/bin/python tools/translations.py update   # new strings into the .ts files
    .venv/bin/python tools/translations.py build    # .ts -> .qm
    .venv/bin/python tools/translations.py check    # fails on an untranslated string
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "kiosk" / "translations"
LANGUAGES = ("en",)
BIN = Path(sys.executable).parent


def ts_file(language: str) -> Path:
    """The translation source for `language`."""
    return FOLDER / f"kiosk_{language}.ts"


def sources() -> list[Path]:
    """Every file with strings a visitor reads: the QML module and the presentation layer."""
    qml = sorted((ROOT / "kiosk" / "qml").rglob("*.qml"))
    python = sorted((ROOT / "kiosk" / "present").glob("*.py"))
    return qml + python


def _tool(name: str) -> str:
    found = BIN / f"pyside6-{name}"
    return str(found) if found.exists() else shutil.which(f"pyside6-{name}") or name


def update(target: Path | None = None, language: str = "en") -> None:
    """Merges the strings of the sources into `target` (the language's .ts by default)."""
    target = target or ts_file(language)
    subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "zh_CN", "-target-language", language,
                    *map(str, sources()), "-ts", str(target)], check=True, cwd=ROOT)


def build() -> list[Path]:
    """Compiles every .ts into its .qm beside it; returns the .qm files."""
    built = []
    for language in LANGUAGES:
        source = ts_file(language)
        compiled = source.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(source), "-qm", str(compiled)],
                       check=True, cwd=ROOT)
        built.append(compiled)
    return built


def untranslated(language: str = "en") -> list[str]:
    """Strings of the sources as they are now without a finished translation.

    Returns:
        `context: source` for each string lupdate finds that the .ts does not translate.
    """
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts_file(language).name
        shutil.copy(ts_file(language), copy)
        update(copy, language)
        tree = ET.parse(copy)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = [] if translation is None else list(translation.iter("numerusform"))
            done = translation is not None and translation.get("type") is None and (
                all((form.text or "").strip() for form in numerus) if numerus
                else (translation.text or "").strip())
            if not done:
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def main(argv: list[str]) -> int:
    """`update`, `build` or `check`; returns the exit code (1: `check` found a gap)."""
    command = argv[0] if argv else ""
    if command == "update":
        for language in LANGUAGES:
            update(language=language)
        return 0
    if command == "build":
        for path in build():
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    if command == "check":
        missing = [f"{language}: {entry}" for language in LANGUAGES
                   for entry in untranslated(language)]
        for entry in missing:
            print(f"untranslated: {entry}", file=sys.stderr)
        return 1 if missing else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
