"""The content cache: keyed, atomic, rebuilt silently, and free of jieba when warm."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

from kiosk.content import cache, load_cached, load_content
from kiosk.content.model import ContentModel
from tests.conftest import ROOT, SEED


def test_model_round_trips_through_json(seed_model) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(json.dumps(seed_model.to_json(), ensure_ascii=False))
    assert ContentModel.from_json(data) == seed_model


def test_cache_is_written_then_used(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    shutil.copy(SEED, article)
    assert load_cached(article, tmp_path / "c") is None
    model = load_content(article, tmp_path / "c")
    files = list((tmp_path / "c").glob("*.json"))
    assert len(files) == 1
    assert load_cached(article, tmp_path / "c") == model
    assert not list((tmp_path / "c").glob(".tmp-*"))


def test_changed_source_or_curation_misses_the_cache(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    shutil.copy(SEED, article)
    load_content(article, tmp_path / "c")
    (tmp_path / "curation.toml").write_text('[[hide]]\nid = "q-0"\n', encoding="utf-8")
    assert load_cached(article, tmp_path / "c") is None
    article.write_text("新的文章。\n", encoding="utf-8")
    assert load_cached(article, tmp_path / "c") is None


def test_corrupt_or_stale_cache_is_rebuilt_silently(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    shutil.copy(SEED, article)
    model = load_content(article, tmp_path / "c")
    (stored,) = (tmp_path / "c").glob("*.json")
    stored.write_text("{not json", encoding="utf-8")
    assert load_cached(article, tmp_path / "c") is None
    assert load_content(article, tmp_path / "c") == model
    stored.write_text(json.dumps({"schema": -1}), encoding="utf-8")
    assert load_content(article, tmp_path / "c") == model


def test_unwritable_cache_still_gives_the_model(tmp_path: Path, seed_model) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache.store(blocker / "sub", "key", seed_model)  # logs, does not raise


def test_warm_start_does_not_import_jieba(tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from kiosk.content import load_content\n"
        f"m = load_content(Path({str(SEED)!r}), Path({str(tmp_path)!r}))\n"
        "print(len(m.quotes), 'jieba' in sys.modules)\n")
    cold = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=True)
    warm = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=True)
    assert cold.stdout.split() == ["18", "True"]
    assert warm.stdout.split() == ["18", "False"]
