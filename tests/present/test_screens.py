"""The screen table: one row per screen, each with its QML file, and the kinds it opens."""

from __future__ import annotations

from pathlib import Path

from kiosk import paths
from kiosk.present import screens

SCREEN_DIR = paths.qml_dir() / "Kiosk" / "screens"


def test_every_screen_has_its_qml_file_and_every_file_a_row() -> None:
    files = {p.stem for p in SCREEN_DIR.glob("*.qml")}
    assert {s.qml for s in screens.SCREENS} == files


def test_each_qml_file_names_its_root_item_as_the_table_says() -> None:
    for entry in screens.SCREENS:
        source = (SCREEN_DIR / f"{entry.qml}.qml").read_text(encoding="utf-8")
        assert f'objectName: "{entry.object_name}"' in source, entry.qml


def test_names_are_unique_and_home_comes_first() -> None:
    names = [s.name for s in screens.SCREENS]
    assert len(set(names)) == len(names)
    assert screens.HOME.name == "home" and not screens.HOME.tile


def test_items_of_each_kind_open_in_one_screen() -> None:
    assert screens.for_kind("achievement") == screens.screen("achievement")
    assert screens.for_kind("quote") == screens.screen("voices")
    assert screens.for_kind("figure") == screens.screen("figures")
    assert screens.for_kind("exhibit") == screens.screen("exhibit")
    assert screens.for_kind("paragraph") is None


def test_every_screen_but_home_has_a_title() -> None:
    assert [s.name for s in screens.SCREENS if s.tile] == [
        "achievements", "exhibits", "voices", "figures", "topics", "article"]
    assert all(screens.title(s) for s in screens.SCREENS[1:])


def test_screen_files_stay_out_of_the_module_listing() -> None:
    # Screens load by file when first opened (start-up), so qmldir does not list them.
    qmldir = (paths.qml_dir() / "Kiosk" / "qmldir").read_text(encoding="utf-8")
    assert "screens/" not in qmldir
    assert Path(SCREEN_DIR).is_dir()
