"""Serves generated exhibit artwork to QML as `image://artwork/<category>/<key>`."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtQuick import QQuickImageProvider

log = logging.getLogger("kiosk.artwork")

DEFAULT_SIZE = (800, 600)
MAX_SIDE = 1600
STEP = 40


class ArtworkProvider(QQuickImageProvider):
    """Pillow artwork per exhibit category, cached on disk; a plain panel if that fails,
    so the kiosk never shows a broken image."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._cache_dir = cache_dir

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        """The artwork for `category/key`."""
        category, _, key = image_id.partition("/")
        width, height = DEFAULT_SIZE
        if requested.isValid() and requested.width() > 0 and requested.height() > 0:
            # drawn for the shape it is shown in (a tall card, a wide banner), not cropped
            # from one 4:3 picture; sizes rounded so a few files serve every screen
            ratio = min(1.0, MAX_SIDE / max(requested.width(), requested.height()))
            width = max(STEP, round(requested.width() * ratio / STEP) * STEP)
            height = max(STEP, round(requested.height() * ratio / STEP) * STEP)
        try:
            from kiosk.artwork import artwork_path  # Pillow loads with the first picture

            path = artwork_path(category, key, (width, height), cache_dir=self._cache_dir)
            image = QImage(str(path))
        except (OSError, ValueError) as exc:
            log.error("artwork for %s failed: %s", image_id, exc)
            image = QImage()
        if image.isNull():
            image = QImage(width, height, QImage.Format.Format_RGB32)
            image.fill(QColor("#12315a"))
        if requested.isValid() and requested.width() > 0 and requested.height() > 0:
            image = image.scaled(requested, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                 Qt.TransformationMode.SmoothTransformation)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
