"""Hot reload as a curator meets it: edit the files on disk, the kiosk follows or keeps going."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.qml.conftest import SEED, set_admin_pin

if TYPE_CHECKING:
    from tests.qml.conftest import Kiosk


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The seed article and its curation file in a folder the test may edit."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(SEED.with_name("curation.toml"), folder / "curation.toml")
    return folder / SEED.name


def _cards(kiosk: Kiosk) -> set[str]:
    return {i.objectName() for i in kiosk.items()
            if i.objectName().startswith("achievementCard_")}


def _replace(path: Path, text: str) -> None:
    """Saves as editors do: a new file renamed over the old one."""
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def test_curation_edit_on_disk_updates_the_screen(kiosk_factory: Any, seed_copy: Path) -> None:
    kiosk = kiosk_factory((1920, 1080), seed=seed_copy)
    kiosk.tap("tile_achievements")
    kiosk.at("achievementsScreen")
    before = _cards(kiosk)
    first = kiosk.session.store.content().achievements[0]
    curation = seed_copy.with_name("curation.toml")
    _replace(curation, curation.read_text(encoding="utf-8")
             + f'\n[[hide]]\nid = "{first.id}"\n')
    kiosk.qtbot.waitUntil(lambda: len(_cards(kiosk)) == len(before) - 1, timeout=20000)
    assert first.name not in "".join(kiosk.texts()).replace("\u200b", "").replace("\u2060", "")


def test_broken_article_keeps_the_last_good_content(kiosk_factory: Any,
                                                    seed_copy: Path) -> None:
    kiosk = kiosk_factory((1920, 1080), seed=seed_copy)
    kiosk.tap("tile_achievements")
    kiosk.at("achievementsScreen")
    before = _cards(kiosk)
    good = seed_copy.read_bytes()
    seed_copy.write_bytes(b"\x00\x01binary\x00" * 64)
    kiosk.qtbot.waitUntil(lambda: kiosk.shows("loadingText"), timeout=20000)
    notice = str(kiosk.find("loadingText").property("text"))
    assert notice.startswith("内容暂时无法更新") and seed_copy.name in notice
    assert _cards(kiosk) == before
    kiosk.tap("achievementCard_0")  # the old content still works
    kiosk.at("achievementDetail")

    seed_copy.write_bytes(good)
    kiosk.qtbot.waitUntil(lambda: kiosk.session.store.property("message") == "",
                          timeout=20000)
    assert not kiosk.shows("loadingNotice")


def test_admin_reload_after_a_failed_rebuild(kiosk_factory: Any, seed_copy: Path,
                                             monkeypatch: Any) -> None:
    set_admin_pin("2468")
    kiosk = kiosk_factory((1920, 1080), seed=seed_copy, watch_content=False)
    store = kiosk.session.store
    shown = store.content()
    good = seed_copy.read_bytes()
    seed_copy.write_bytes(b"")
    store.rebuild()
    store.wait()
    assert "empty" in store.property("message") and store.content() is shown
    seed_copy.write_bytes(good)
    kiosk.unlock_admin("2468")
    kiosk.tap("adminReload")
    store.wait()
    assert store.property("message") == "" and store.content() == shown


def test_a_ten_megabyte_article_is_refused_at_once_and_the_content_kept(
        kiosk_factory: Any, seed_copy: Path) -> None:
    import time

    kiosk = kiosk_factory((1920, 1080), seed=seed_copy)
    kiosk.tap("tile_achievements")
    kiosk.at("achievementsScreen")
    before = _cards(kiosk)
    seed = seed_copy.read_text(encoding="utf-8")
    started = time.monotonic()
    _replace(seed_copy, seed * (10 * 1024 * 1024 // len(seed.encode("utf-8")) + 1))
    kiosk.qtbot.waitUntil(lambda: kiosk.shows("loadingText"), timeout=20000)
    assert time.monotonic() - started < 15  # the debounce, then a refusal, not a 5-minute parse
    notice = str(kiosk.find("loadingText").property("text"))
    assert "too large for the kiosk" in notice and "KB" in notice
    assert _cards(kiosk) == before
    assert kiosk.session.store.property("message").endswith("a report is 5-30 KB)")


def test_a_model_beyond_the_limits_is_not_shown(kiosk_factory: Any, seed_copy: Path) -> None:
    import dataclasses

    kiosk = kiosk_factory((1920, 1080), seed=seed_copy, watch_content=False)
    store = kiosk.session.store
    shown = store.content()
    flood = dataclasses.replace(shown, quotes=shown.quotes * 20)  # 360 quotes
    store._on_loaded(flood)  # as if an old parser had sent it
    assert store.content() is shown
    assert "360 quotes, more than the 150 the kiosk shows" in store.property("message")
