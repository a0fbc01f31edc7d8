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


def _snapshot(directory: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in directory.iterdir()}


def test_packaged_cache_serves_a_key_the_user_cache_lacks(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "a.txt"
    shutil.copy(SEED, article)
    bundled = tmp_path / "bundled"
    model = load_content(article, bundled)
    before = _snapshot(bundled)
    monkeypatch.setattr(cache, "bundled_dir", lambda: bundled)
    user = tmp_path / "user"
    assert load_cached(article, user) == model
    assert load_content(article, user) == model
    assert not user.exists()
    assert _snapshot(bundled) == before


def test_user_cache_entry_wins_over_the_packaged_one(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "a.txt"
    shutil.copy(SEED, article)
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    model = load_content(article, bundled)
    (entry,) = bundled.glob("*.json")
    user.mkdir()
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["quotes"] = []
    (user / entry.name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(cache, "bundled_dir", lambda: bundled)
    shown = load_cached(article, user)
    assert shown is not None
    assert (len(shown.quotes), len(model.quotes)) == (0, 18)


def test_changed_article_is_parsed_into_the_user_cache_not_the_package(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "a.txt"
    shutil.copy(SEED, article)
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    load_content(article, bundled)
    before = _snapshot(bundled)
    monkeypatch.setattr(cache, "bundled_dir", lambda: bundled)
    article.write_text(SEED.read_text(encoding="utf-8") + "\n新增一段。\n", encoding="utf-8")
    assert load_cached(article, user) is None
    load_content(article, user)
    assert len(list(user.glob("*.json"))) == 1
    assert _snapshot(bundled) == before


def test_start_from_the_packaged_cache_does_not_import_jieba(tmp_path: Path) -> None:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    load_content(SEED, bundled)
    code = (
        "import sys; from pathlib import Path; from kiosk.content import cache, load_content\n"
        f"cache.bundled_dir = lambda: Path({str(bundled)!r})\n"
        f"m = load_content(Path({str(SEED)!r}), Path({str(user)!r}))\n"
        "print(len(m.quotes), 'jieba' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, check=True)
    assert out.stdout.split() == ["18", "False"]
    assert not user.exists()


def test_last_good_survives_a_broken_source(tmp_path: Path) -> None:
    from kiosk.content import load_last_good

    seed = tmp_path / SEED.name
    seed.write_bytes(SEED.read_bytes())
    assert load_last_good(seed, tmp_path / "c") is None
    model = load_content(seed, tmp_path / "c")
    seed.write_bytes(b"\x00broken")
    assert load_last_good(seed, tmp_path / "c") == model
    (tmp_path / "c" / next(p.name for p in (tmp_path / "c").glob("last-good-*"))).write_text(
        "../../etc/passwd")
    assert load_last_good(seed, tmp_path / "c") is None  # only a cache key is followed
