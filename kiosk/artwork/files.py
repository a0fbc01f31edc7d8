"""Where each exhibit picture is cached: a file per motif, key and size (no Pillow needed)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from kiosk import paths

VERSION = 1  # part of the file name: bump when the drawing changes
MOTIF_NAMES = ("robot", "humanoid", "medical", "drone", "vehicle", "space", "generic")
STEP = 40  # sizes are rounded to this many pixels, so a few files serve every screen
MAX_SIDE = 1600


def default_cache_dir() -> Path:
    """`artwork/` in the user's cache folder (`kiosk.paths.user_cache_dir`)."""
    return paths.user_cache_dir() / "artwork"


def motif(category: str) -> str:
    """The motif drawn for an exhibit category; unknown categories get the generic one."""
    return category if category in MOTIF_NAMES else "generic"


def drawing_size(width: float, height: float) -> tuple[int, int]:
    """The size to draw for a picture shown at `width` x `height`: its shape kept, at most
    `MAX_SIDE` on the long side, rounded to `STEP` pixels."""
    width, height = max(1.0, width), max(1.0, height)
    ratio = min(1.0, MAX_SIDE / max(width, height))
    return (max(STEP, round(width * ratio / STEP) * STEP),
            max(STEP, round(height * ratio / STEP) * STEP))


def artwork_file(category: str, key: str, size: tuple[int, int],
                 cache_dir: Path | None = None) -> Path:
    """The PNG that holds (or will hold) the picture for `key` of `category` at `size`.

    Raises:
        ValueError: the size is empty.
    """
    width, height = size
    if width < 1 or height < 1:
        raise ValueError(f"artwork size must be positive, not {size}")
    digest = hashlib.sha1(f"{key}\0{width}x{height}\0v{VERSION}".encode(),
                          usedforsecurity=False).hexdigest()[:12]
    directory = default_cache_dir() if cache_dir is None else cache_dir
    return directory / f"{motif(category)}-{digest}.png"
