"""Tests for the generated exhibit illustrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from kiosk.artwork import draw, files
from kiosk.artwork.draw import artwork_path
from kiosk.artwork.motifs import MOTIFS

SMALL = (160, 120)
CATEGORIES = ["robot", "drone", "vehicle", "space", "generic"]


@pytest.fixture(autouse=True)
def cache_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Points the default cache into the test's folder."""
    monkeypatch.setenv("ZGC_KIOSK_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.mark.parametrize("category", CATEGORIES)
def test_each_category_renders_at_full_size(category: str, tmp_path: Path) -> None:
    path = artwork_path(category, "e-1a2b3c4d", cache_dir=tmp_path)
    assert path.parent == tmp_path
    assert path.name.startswith(f"{category}-")
    assert path.suffix == ".png"
    with Image.open(path) as image:
        assert (image.format, image.mode, image.size) == ("PNG", "RGB", (800, 600))
        # dark ground, a bright motif: not a blank or washed-out card
        low, high = zip(*image.getextrema(), strict=True)
        assert max(low) < 40
        assert max(high) > 200
        assert len(image.getcolors(maxcolors=1 << 20) or []) > 2000


@pytest.mark.parametrize("size", [(160, 120), (120, 160), (1, 1), (333, 77)])
def test_size_as_asked(size: tuple[int, int], tmp_path: Path) -> None:
    with Image.open(artwork_path("drone", "e-1", size, tmp_path)) as image:
        assert image.size == size


@pytest.mark.parametrize("size", [(0, 100), (100, -1)])
def test_empty_size_is_refused(size: tuple[int, int], tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="artwork size must be positive"):
        artwork_path("robot", "e-1", size, tmp_path)


def test_same_inputs_same_bytes(tmp_path: Path) -> None:
    first = artwork_path("space", "e-77", SMALL, tmp_path / "a")
    second = artwork_path("space", "e-77", SMALL, tmp_path / "b")
    assert first.name == second.name
    assert first.read_bytes() == second.read_bytes()


def test_keys_and_sizes_give_different_pictures(tmp_path: Path) -> None:
    one = artwork_path("vehicle", "e-1", SMALL, tmp_path)
    other = artwork_path("vehicle", "e-2", SMALL, tmp_path)
    bigger = artwork_path("vehicle", "e-1", (200, 150), tmp_path)
    assert len({one.name, other.name, bigger.name}) == 3
    assert one.read_bytes() != other.read_bytes()


def test_cached_file_is_not_redrawn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = artwork_path("robot", "e-9", SMALL, tmp_path)
    stamp = path.stat().st_mtime_ns

    def fail(*_args: object) -> Image.Image:
        raise AssertionError("redrawn")

    monkeypatch.setattr(draw, "render", fail)
    assert artwork_path("robot", "e-9", SMALL, tmp_path) == path
    assert path.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temp files left


@pytest.mark.parametrize("category", ["", "Robot", "biotech", "../../escape", "机器人"])
def test_unknown_category_draws_the_generic_motif(category: str, tmp_path: Path) -> None:
    path = artwork_path(category, "e-5", SMALL, tmp_path / "cache")
    generic = artwork_path("generic", "e-5", SMALL, tmp_path / "other")
    assert path.parent == tmp_path / "cache"
    assert path.name == generic.name
    assert path.read_bytes() == generic.read_bytes()


def test_default_cache_dir_from_the_environment(cache_env: Path) -> None:
    path = artwork_path("space", "e-3", SMALL)
    assert path.parent == cache_env / "artwork"
    assert path.is_file()


def test_default_cache_dir_per_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZGC_KIOSK_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr("sys.platform", "linux")
    assert files.default_cache_dir() == tmp_path / "xdg" / "zgc-kiosk" / "artwork"


def test_file_name_is_category_and_digest(tmp_path: Path) -> None:
    path = artwork_path("drone", "e-1", SMALL, tmp_path)
    assert len(path.stem) == len("drone-") + 12
    assert all(c in "0123456789abcdef" for c in path.stem.removeprefix("drone-"))


def test_every_motif_has_a_name_files_know() -> None:
    assert set(files.MOTIF_NAMES) == set(MOTIFS)


@pytest.mark.parametrize(("shown", "drawn"), [
    ((800, 600), (800, 600)),
    ((813.4, 419.6), (800, 400)),
    ((3840, 1920), (1600, 800)),  # at most 1600 on the long side, shape kept
    ((10, 10), (40, 40)),
    ((0, 0), (40, 40)),
])
def test_pictures_are_drawn_at_rounded_sizes(shown: tuple[float, float],
                                             drawn: tuple[int, int]) -> None:
    assert files.drawing_size(*shown) == drawn
