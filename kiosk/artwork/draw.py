"""Abstract illustrations for exhibits without a photograph, drawn once and cached as PNG."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import math
import os
import random
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from kiosk.artwork.files import artwork_file, motif
from kiosk.artwork.motifs import ACCENTS, MOTIFS, NAVY, SCALE, TEAL

log = logging.getLogger("kiosk.artwork")


def artwork_path(category: str, key: str, size: tuple[int, int] = (800, 600),
                 cache_dir: Path | None = None) -> Path:
    """The illustration for an exhibit, drawing and caching it on first use.

    Args:
        category: "robot", "humanoid", "medical", "drone", "vehicle" or "space"; anything
            else draws a generic motif.
        key: what makes this picture differ from others of its category, e.g. the exhibit id.
        size: width and height in pixels.
        cache_dir: where the PNG is kept; `default_cache_dir()` when None.

    Returns:
        The PNG file; the same arguments always give the same bytes.
    """
    path = artwork_file(category, key, size, cache_dir)
    name, directory = motif(category), path.parent
    if path.is_file():
        return path
    image = render(name, key, size)
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".png")
    try:
        with os.fdopen(fd, "wb") as handle:
            image.save(handle, format="PNG")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    log.debug("drew %s artwork %s for %r", name, path.name, key)
    return path


def render(category: str, key: str, size: tuple[int, int]) -> Image.Image:
    """Draws the illustration in memory (see `artwork_path`).

    Returns:
        An RGB image of `size`.
    """
    rng = random.Random(hashlib.sha256(f"{category}\0{key}".encode()).digest())
    width, height = size[0] * SCALE, size[1] * SCALE
    accent = rng.choice(ACCENTS)
    image = _background(rng, width, height, accent)
    layer = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    MOTIFS.get(category, MOTIFS["generic"])(layer, rng, accent)
    unit = min(width, height)
    for radius in (unit / 14, unit / 60):
        image.alpha_composite(layer.filter(ImageFilter.GaussianBlur(radius)))
    image.alpha_composite(layer)
    return image.convert("RGB").resize(size, Image.Resampling.LANCZOS)


def _background(rng: random.Random, width: int, height: int,
                accent: tuple[int, int, int]) -> Image.Image:
    """A navy-to-teal gradient, lit behind the motif and darker at the edges, with faint stars."""
    cols = 48
    rows = max(2, round(cols * height / width))
    turn = rng.uniform(0.5, 1.1)
    pixels = []
    for j in range(rows):
        for i in range(cols):
            x, y = i / (cols - 1), j / (rows - 1)
            t = min(1.0, max(0.0, x * math.cos(turn) * 0.8 + y * math.sin(turn) * 0.8))
            glow = 0.3 * math.exp(-((x - 0.5) ** 2 + (y - 0.46) ** 2) * 7)
            edge = 1 - 1.5 * max(abs(x - 0.5), abs(y - 0.5)) ** 2  # 0.63 at the rim
            pixels.append(tuple(round(edge * ((1 - t) * n + t * m + glow * a))
                                for n, m, a in zip(NAVY, TEAL, accent, strict=True)))
    grid = Image.new("RGB", (cols, rows))
    grid.putdata(pixels)
    image = grid.resize((width, height), Image.Resampling.BICUBIC).convert("RGBA")
    stars = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(stars)
    unit = min(width, height)
    for _ in range(int(width * height / unit**2 * 60)):
        x, y, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(0.6, 2.2) * SCALE
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(220, 240, 255, rng.randint(20, 110)))
    image.alpha_composite(stars)
    return image
