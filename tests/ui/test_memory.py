"""Freed memory goes back to the system when a visitor leaves."""

from __future__ import annotations

import sys

import pytest

from kiosk.ui.memory import release_free_memory
from tests.qml.test_soak import rss_mb


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_heap_pages_are_returned() -> None:
    blocks = [bytearray(64 * 1024) for _ in range(1500)]  # 96 MB in small C allocations
    del blocks[::2]
    held = rss_mb()
    assert release_free_memory()
    assert rss_mb() < held - 20  # about half the 96 MB was freed; most of it comes back
