"""The packaged kiosk: built by `make package`, moved elsewhere, self-tested, small, linkable.

Slow: `make package` reuses dist/zgc-kiosk only when tools/package.py finds every build input
(sources, QML, seeds, spec, package versions) unchanged since it built and checked that folder.
"""

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux package")]

SCREENS = ["home", "achievement_keys", "achievements", "achievement", "exhibits", "exhibit",
           "voices", "figures", "topics", "article", "exhibit_tap", "voices_filtered",
           "topics_chosen", "idle_warning", "attract", "admin_pin"]


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("package_tool", ROOT / "tools" / "package.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/zgc-kiosk, built or found current, copied to a folder outside the checkout."""
    built = subprocess.run(["make", "package"], cwd=ROOT, capture_output=True, text=True,
                           timeout=1800)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert _tool().is_current()
    copy = tmp_path_factory.mktemp("elsewhere") / "zgc-kiosk"
    shutil.copytree(ROOT / "dist" / "zgc-kiosk", copy, symlinks=True)
    return copy


def _env(home: Path) -> dict[str, str]:
    """A bare environment: no venv, no cache of the checkout, an empty home."""
    home.mkdir(parents=True, exist_ok=True)
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
            "TMPDIR": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def test_moved_copy_has_no_path_back_into_the_checkout(moved: Path) -> None:
    outside = [p for p in moved.rglob("*") if p.is_symlink()
               and not p.resolve().is_relative_to(moved.resolve())]
    assert outside == []


def test_moved_copy_renders_every_screen_from_its_prebuilt_cache(moved: Path,
                                                                  tmp_path: Path) -> None:
    home = tmp_path / "home"
    run = subprocess.run([str(moved / "zgc-kiosk"), "selftest"], cwd="/", env=_env(home),
                         capture_output=True, text=True, timeout=300)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-4000:]
    rendered = [line.split()[-2] for line in output.splitlines() if "kiosk.selftest: screen" in line
                and line.endswith(" ok")]
    assert rendered == SCREENS
    assert f"{len(SCREENS)} screens in" in output and ", 0 warnings" in output
    assert "(content cache warm, jieba not imported)" in output
    assert str(ROOT) not in output
    # The model came from the package: nothing parsed, so no content cache was written and
    # jieba never built its prefix dictionary (it caches that in TMPDIR when it does).
    assert not list((home / "cache").rglob("*.json"))
    assert not (home / "jieba.cache").exists()


def test_moved_copy_parses_a_changed_article_with_the_bundled_jieba(moved: Path,
                                                                   tmp_path: Path) -> None:
    home = tmp_path / "home"
    article = tmp_path / "changed.txt"
    article.write_text(SEED.read_text(encoding="utf-8") + "\n新增一段。\n", encoding="utf-8")
    run = subprocess.run([str(moved / "zgc-kiosk"), "parse", str(article)], cwd="/",
                         env=_env(home), capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "fields: 人工智能、生命科学、清洁能源" in run.stdout
    assert (home / "jieba.cache").exists()


def test_moved_copy_shows_a_changed_article_parsed_by_itself(moved: Path,
                                                             tmp_path: Path) -> None:
    """A curator's new article: no cache has it, so the packaged kiosk starts its own `parse`
    as a child process (the frozen executable is its own parser) and shows the result."""
    home = tmp_path / "home"
    article = tmp_path / "article" / "changed.txt"
    article.parent.mkdir()
    article.write_text(SEED.read_text(encoding="utf-8") + "\n新增一段。\n", encoding="utf-8")
    config = tmp_path / "kiosk.toml"
    config.write_text(f'seed = "{article}"\n', encoding="utf-8")
    run = subprocess.run([str(moved / "zgc-kiosk"), "selftest", "--config", str(config)],
                         cwd="/", env=_env(home), capture_output=True, text=True, timeout=300)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-4000:]
    assert "(content cache cold, jieba not imported)" in output
    assert f"{len(SCREENS)} screens in" in output and ", 0 warnings" in output
    assert list((home / "cache").rglob("*.json"))  # the child cached it for the next start


def test_moved_copy_answers_every_subcommand(moved: Path, tmp_path: Path) -> None:
    env = _env(tmp_path / "home")
    helped = subprocess.run([str(moved / "zgc-kiosk"), "--help"], cwd="/", env=env,
                            capture_output=True, text=True, timeout=60)
    assert helped.returncode == 0
    for command in ("run", "parse", "eval", "stats", "selftest", "screenshot", "set-pin",
                    "hash-pin"):
        assert f"\n    {command}" in helped.stdout, command
    png = tmp_path / "home.png"
    shot = subprocess.run([str(moved / "zgc-kiosk"), "screenshot", str(png), "--size",
                           "1080x1920"], cwd="/", env=env, capture_output=True, text=True,
                          timeout=120)
    assert shot.returncode == 0, shot.stderr[-3000:]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    stats = subprocess.run([str(moved / "zgc-kiosk"), "stats"], cwd="/", env=env,
                           capture_output=True, text=True, timeout=60)
    assert stats.returncode == 0, stats.stderr[-3000:]
    assert "usage" in stats.stdout
    pin = subprocess.run([str(moved / "zgc-kiosk"), "set-pin"], input="97531\n", cwd="/",
                         env=env, capture_output=True, text=True, timeout=60)
    assert pin.returncode == 0, pin.stderr[-3000:]  # the bundle's hashlib has scrypt
    assert "admin PIN replaced" in pin.stdout


def test_folder_is_under_150_mb(moved: Path) -> None:
    assert _tool().folder_bytes(moved) < 150_000_000


def test_every_bundled_library_resolves(moved: Path) -> None:
    assert _tool().unresolved_libraries(moved) == []


def test_qt_is_trimmed_to_what_the_kiosk_loads(moved: Path) -> None:
    qt = moved / "_internal" / "PySide6" / "Qt"
    plugins = sorted(p.relative_to(qt / "plugins").as_posix() for p in (qt / "plugins").rglob("*.so"))
    assert plugins == [
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "platforms/libqoffscreen.so",
        "platforms/libqwayland.so",
        "platforms/libqxcb.so",
        "wayland-decoration-client/libbradient.so",
        "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
        "wayland-shell-integration/libxdg-shell.so",
        "xcbglintegrations/libqxcb-egl-integration.so",
        "xcbglintegrations/libqxcb-glx-integration.so",
    ]
    assert not (qt / "translations").exists()
    styles = sorted(p.name for p in (qt / "qml" / "QtQuick" / "Controls").iterdir() if p.is_dir())
    assert styles == ["Basic", "impl"]
    jieba = sorted(p.name for p in (moved / "_internal" / "jieba").rglob("*") if p.is_file())
    assert jieba == ["dict.txt"]
    assert os.access(moved / "zgc-kiosk", os.X_OK)
