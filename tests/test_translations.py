"""Every string a visitor can read has its English, and the compiled translation is current."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from types import ModuleType

from PySide6.QtCore import QTranslator

from kiosk import paths
from tests.conftest import ROOT


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "tools" /
                                                  "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_visible_string_has_a_finished_english_translation() -> None:
    # lupdate reads the QML and the presentation layer as they are now: a new string that
    # nobody translated, or an entry left unfinished, fails here.
    assert _tool().untranslated("en") == []


def test_placeholders_survive_translation() -> None:
    tree = ET.parse(_tool().ts_file("en"))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        english = message.findtext("translation") or ""
        for number in range(1, 6):
            assert (f"%{number}" in source) == (f"%{number}" in english), source


def test_the_compiled_translation_answers_in_english() -> None:
    translator = QTranslator()
    assert translator.load("kiosk_en", str(paths.translations_dir()))
    assert translator.translate("Strings", "首页") == "Home"
    assert translator.translate("Screens", "嘉宾之声") == "Voices"
    assert translator.translate("Present", "原文第%1段") == "Report, paragraph %1"
