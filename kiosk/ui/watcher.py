"""ContentWatcher: rebuilds the content when the article or its curation file changes on disk.

Editors save by writing a new file and renaming it over the old one, which drops a watch on
the file itself, so the folder is watched too and the file watches are renewed after each
change. Changes are debounced: one rebuild after a burst of writes.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from kiosk.content.curation import curation_path

log = logging.getLogger("kiosk.content")


class ContentWatcher(QObject):
    """Calls `rebuild` once the seed or its curation file has changed and stayed still."""

    def __init__(self, seed: Path, rebuild: Callable[[], None], settle_ms: int = 1500,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files = [seed, curation_path(seed)]
        self._rebuild = rebuild
        self._seen = self._fingerprint()
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(settle_ms)
        self._timer.timeout.connect(self._settled)
        self._watcher.fileChanged.connect(self._changed)
        self._watcher.directoryChanged.connect(self._changed)
        self._watch()

    def _watch(self) -> None:
        wanted = [str(seed) for seed in self._files if seed.is_file()]
        wanted.append(str(self._files[0].parent))
        missing = [path for path in wanted if path not in self._watcher.files()
                   and path not in self._watcher.directories()]
        if missing:
            self._watcher.addPaths(missing)

    def _fingerprint(self) -> tuple[str, ...]:
        """A digest of each watched file ('' when absent or unreadable)."""
        digests = []
        for path in self._files:
            try:
                digests.append(hashlib.sha256(path.read_bytes()).hexdigest())
            except OSError:
                digests.append("")
        return tuple(digests)

    def _changed(self, _path: str) -> None:
        self._timer.start()

    def _settled(self) -> None:
        self._watch()
        current = self._fingerprint()
        if current == self._seen:
            return
        self._seen = current
        log.info("content files changed on disk; rebuilding")
        self._rebuild()
