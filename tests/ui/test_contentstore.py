"""The content store: parses in a child process and keeps the last good content on failure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui import loader
from kiosk.ui.contentstore import ContentStore

ROOT = Path(__file__).resolve().parents[2]
SEED = next((ROOT / "seeds").glob("*.txt"))

COLD_START = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from kiosk.ui.contentstore import ContentStore
app = QCoreApplication([])
store = ContentStore(Path({str(SEED)!r}), Path(sys.argv[1]))
assert not store.load_cached()
store.rebuild()
store.wait()
print(len(store.content().achievements), "jieba" in sys.modules, store.property("message"))
"""


def test_cold_rebuild_never_brings_jieba_into_the_kiosk(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", COLD_START, str(tmp_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    count, jieba, message = done.stdout.split(" ", 2)
    assert int(count) > 0 and jieba == "False" and message.strip() == ""
    assert any(tmp_path.iterdir())  # the child wrote the cache: the next start is warm


@pytest.fixture
def store(qtbot: QtBot, tmp_path: Path) -> ContentStore:
    """A store over a copy of the seed that already shows the parsed content."""
    seed = tmp_path / SEED.name
    seed.write_bytes(SEED.read_bytes())
    shown = ContentStore(seed, tmp_path / "cache")
    shown.rebuild()
    shown.wait()
    assert shown.content() is not None
    return shown


def _command(code: str) -> object:
    return lambda seed, cache_dir: [sys.executable, "-c", code]


@pytest.mark.parametrize(("code", "expected"), [
    ("import sys; print('error: x.txt: the file is empty', file=sys.stderr); sys.exit(2)",
     "x.txt: the file is empty"),
    ("import os; os.abort()", "the parser crashed"),
    ("print('{not json')", "the parser's output was unreadable"),
    ("import time; time.sleep(30)", "the parser took longer than"),
])
def test_a_failed_parse_keeps_the_content_and_says_why(store: ContentStore, code: str,
                                                       expected: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    shown = store.content()
    monkeypatch.setattr(loader, "parse_command", _command(code))
    monkeypatch.setattr(loader, "PARSE_TIMEOUT_MS", 1500)
    store.rebuild()
    store.wait()
    assert expected in store.property("message")
    assert store.content() is shown and not store.property("loading")


def test_a_change_during_a_parse_is_parsed_after_it(store: ContentStore, qtbot: QtBot) -> None:
    parses: list[int] = []
    store.contentChanged.connect(lambda: parses.append(1))
    store.rebuild()
    store.rebuild()  # the file changed again while the first parse ran
    store.rebuild()  # and again: still only one more parse
    store.wait()
    assert len(parses) == 2 and store.property("message") == ""


def test_a_broken_article_at_start_up_shows_the_last_content_that_loaded(
        tmp_path: Path, qtbot: QtBot) -> None:
    seed = tmp_path / SEED.name
    seed.write_bytes(SEED.read_bytes())
    first = ContentStore(seed, tmp_path / "cache")
    first.rebuild()
    first.wait()
    shown = first.content()
    assert shown is not None

    seed.write_bytes(b"")  # broken while the kiosk was off
    again = ContentStore(seed, tmp_path / "cache")
    assert not again.load_cached()
    again.rebuild()
    again.wait()
    assert again.content() == shown
    assert "empty" in again.property("message")
    assert again.property("ready")


def test_without_a_last_good_model_a_broken_article_shows_only_the_reason(
        tmp_path: Path, qtbot: QtBot) -> None:
    seed = tmp_path / "empty.txt"
    seed.write_bytes(b"")
    store = ContentStore(seed, tmp_path / "cache")
    store.rebuild()
    store.wait()
    assert store.content() is None and "empty" in store.property("message")
