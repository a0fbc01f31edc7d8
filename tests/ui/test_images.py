"""Exhibit pictures reach QML as PNG files drawn off the GUI thread; a failure shows a panel."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from kiosk.artwork import draw
from kiosk.ui.images import Artworks


@pytest.fixture
def artworks(tmp_path: Path) -> Artworks:
    made = Artworks(tmp_path)
    yield made  # type: ignore[misc]
    made.close()


def test_a_picture_is_drawn_once_then_served_as_a_file(artworks: Artworks, qtbot: QtBot,
                                                        tmp_path: Path) -> None:
    assert artworks.url("robot/e-1", 813, 419, 0) == ""
    assert artworks.drawing("robot/e-1", 813, 419, 0)
    with qtbot.waitSignal(artworks.revisionChanged, timeout=10000):
        pass
    url = artworks.url("robot/e-1", 813, 419, artworks.property("revision"))
    path = Path(QUrl(url).toLocalFile())
    assert path.parent == tmp_path / "artwork" and path.suffix == ".png"
    from PIL import Image

    with Image.open(path) as image:
        assert image.size == (800, 400)  # the shown size, rounded for the cache
    assert not artworks.drawing("robot/e-1", 813, 419, 1)


def test_a_picture_that_cannot_be_drawn_leaves_the_panel(artworks: Artworks, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(draw, "artwork_path", broken)
    with caplog.at_level(logging.ERROR, "kiosk.artwork"), \
            qtbot.waitSignal(artworks.revisionChanged, timeout=10000):
        assert artworks.url("drone/e-2", 400, 300, 0) == ""
    assert artworks.url("drone/e-2", 400, 300, 1) == ""
    assert not artworks.drawing("drone/e-2", 400, 300, 1)
    assert "could not be drawn: OSError: disk full" in caplog.text


def test_no_key_no_picture(artworks: Artworks) -> None:
    assert artworks.url("", 400, 300, 0) == ""
    assert not artworks.drawing("", 400, 300, 0)


def test_closing_drops_waiting_pictures_and_draws_no_more(tmp_path: Path, qtbot: QtBot) -> None:
    artworks = Artworks(tmp_path)
    asked = [artworks.url(f"robot/e-{n}", 400, 300, 0) for n in range(4)]
    artworks.close()  # returns: the picture being drawn finishes, the rest are dropped
    assert asked == [""] * 4
    assert artworks.url("robot/e-9", 400, 300, 0) == ""
    assert not artworks.drawing("robot/e-9", 400, 300, 0)
