"""Artworks: exhibit pictures for QML as plain PNG files, drawn off the GUI thread.

Drawing a picture takes 100-300 ms, so it runs on a Python worker thread and QML shows a
calm panel until the file exists; Qt's image loader then reads an ordinary PNG. A
`QQuickImageProvider` would run Python on Qt's pixmap reader thread instead, which can
deadlock: the reader waits for the GIL while holding its lock, and the GUI thread, inside a
Python call, waits for that lock.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.artwork.files import artwork_file, drawing_size
from kiosk.ui import registry

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.artwork")


@QmlElement
@QmlSingleton
class Artworks(QObject):
    """Answers `url(artwork, width, height)`: the picture's file URL once it is drawn.

    `artwork` is an exhibit row's `image` (`category/key`). Until the file exists the answer
    is '' and the picture is drawn on a worker thread; `revision` then changes, so bindings
    that pass it ask again. A picture that cannot be drawn stays '' (the panel shows).
    """

    revisionChanged = Signal()
    _drawn = Signal(str, str)  # emitted on the worker thread; delivered on the GUI thread

    def __init__(self, cache_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache_dir = None if cache_dir is None else cache_dir / "artwork"
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="artwork")
        self._drawing: set[Path] = set()
        self._failed: set[Path] = set()
        self._revision = 0
        self._closed = False
        self._drawn.connect(self._on_drawn)

    @staticmethod
    def create(engine: QQmlEngine) -> Artworks:
        """The artworks the application provided (QML singleton factory)."""
        return registry.provided(Artworks)

    def _file(self, artwork: str, width: float, height: float) -> Path | None:
        category, _, key = artwork.partition("/")
        if not key:
            return None
        return artwork_file(category, key, drawing_size(width, height), self._cache_dir)

    @Slot(str, float, float, int, result=str)
    def url(self, artwork: str, width: float, height: float, revision: int = 0) -> str:
        """The file URL of the picture, or '' while it is drawn (or could not be).

        Args:
            artwork: `category/key` from an exhibit row.
            width: the width the picture is shown at.
            height: the height it is shown at.
            revision: pass `revision`, so a binding asks again once a picture is drawn.
        """
        path = self._file(artwork, width, height)
        if path is None or path in self._failed:
            return ""
        if path.is_file():
            return QUrl.fromLocalFile(str(path)).toString()
        if path not in self._drawing and not self._closed:
            self._drawing.add(path)
            category, _, key = artwork.partition("/")
            size = drawing_size(width, height)
            future = self._pool.submit(self._draw, category, key, size)
            future.add_done_callback(partial(self._report, path))
        return ""

    @Slot(str, float, float, int, result=bool)
    def drawing(self, artwork: str, width: float, height: float, revision: int = 0) -> bool:
        """Whether the picture is being drawn now (screenshots wait for it)."""
        path = self._file(artwork, width, height)
        return path is not None and path in self._drawing

    def _draw(self, category: str, key: str, size: tuple[int, int]) -> None:
        from kiosk.artwork.draw import artwork_path  # Pillow loads with the first picture

        artwork_path(category, key, size, cache_dir=self._cache_dir)

    def _report(self, path: Path, done: Future[None]) -> None:
        if done.cancelled():  # at close: nobody is waiting for the picture
            return
        error = done.exception()
        self._drawn.emit(str(path), "" if error is None else f"{type(error).__name__}: {error}")

    def _on_drawn(self, path: str, error: str) -> None:
        drawn = Path(path)
        self._drawing.discard(drawn)
        if error:
            log.error("artwork %s could not be drawn: %s", drawn.name, error)
            self._failed.add(drawn)
        self._revision += 1
        self.revisionChanged.emit()

    def close(self) -> None:
        """Stops drawing: pictures not yet started are dropped (at exit)."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)

    revision = Property(int, lambda self: self._revision, notify=revisionChanged)
