"""The one command line, run the way the README shows it: `python main.py …`, `-m kiosk`."""

from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

COMMANDS = ("run", "parse", "eval", "stats", "selftest", "screenshot", "set-pin", "hash-pin")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The environment of a fresh user: empty home, config, data and cache folders."""
    home = tmp_path / "home"
    fresh = {key: value for key, value in os.environ.items() if not key.startswith("ZGC_")}
    return {**fresh, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
            "QT_QPA_PLATFORM": "offscreen"}


def _run(*args: str, env: dict[str, str], timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.mark.parametrize("launcher", [["main.py"], ["-m", "kiosk"]])
def test_help_lists_every_subcommand(launcher: list[str], env: dict[str, str]) -> None:
    done = _run(*launcher, "--help", env=env)
    assert done.returncode == 0
    for command in COMMANDS:
        assert f"\n    {command}" in done.stdout, command


def test_a_bad_option_is_a_usage_error(env: dict[str, str]) -> None:
    done = _run("main.py", "--size", "12", env=env)
    assert done.returncode == 2
    assert "expected WIDTHxHEIGHT" in done.stderr


def test_without_a_command_the_kiosk_starts(env: dict[str, str]) -> None:
    deadline, seen = time.monotonic() + 60, ""
    with subprocess.Popen([sys.executable, "main.py", "--size", "800x600"], cwd=ROOT,
                          env=env, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stderr is not None
        try:
            while time.monotonic() < deadline and "content shown after" not in seen:
                line = proc.stderr.readline()
                if not line:
                    break
                seen += line
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
    assert "first frame after" in seen and "content shown after" in seen, seen[-3000:]
    assert "(jieba not imported)" in seen
    # No PIN was set: the first start made one, for its owner's eyes only, and said where.
    state = Path(env["XDG_STATE_HOME"]) / "zgc-kiosk"
    pin_file = state / "admin-pin.txt"
    assert f"made one and wrote it to {pin_file}" in seen
    assert re.search(r"Admin PIN of zgc-kiosk: \d{8}\n", pin_file.read_text(encoding="utf-8"))
    assert stat.S_IMODE(pin_file.stat().st_mode) == 0o600
    assert stat.S_IMODE((state / "admin-pin.hash").stat().st_mode) == 0o600
    assert stat.S_IMODE(state.stat().st_mode) == 0o700


def test_set_pin_replaces_the_first_pin_and_hash_pin_prints_a_config_line(
        env: dict[str, str]) -> None:
    from kiosk.config import load_config
    from kiosk.pin import PinStore

    state = Path(env["XDG_STATE_HOME"]) / "zgc-kiosk"
    first = PinStore(state)
    first.ensure()
    done = subprocess.run([sys.executable, "main.py", "set-pin"], input="97531\n", cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert f"admin PIN replaced ({state / 'admin-pin.hash'})" in done.stdout
    assert first.check("97531") and not first.check("97530")
    assert not first.pin_file.exists() and first.notices() == []
    refused = subprocess.run([sys.executable, "main.py", "set-pin"], input="12ab\n", cwd=ROOT,
                             env=env, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2
    assert "error: the keypad types digits only" in refused.stderr
    assert first.check("97531")  # a refused PIN changes nothing
    line = subprocess.run([sys.executable, "main.py", "hash-pin"], input="4321\n", cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60)
    assert line.returncode == 0, line.stderr
    config_file = Path(env["HOME"]) / "kiosk.toml"
    config_file.write_text(line.stdout, encoding="utf-8")
    config = load_config(config_file)
    assert config.problems == ()
    assert PinStore(state, config.pin_hash).check("4321")  # the configuration decides
    assert not PinStore(state, config.pin_hash).check("97531")


def test_screenshot_writes_home_as_a_png(tmp_path: Path, env: dict[str, str]) -> None:
    png = tmp_path / "home.png"
    done = _run("-m", "kiosk", "screenshot", str(png), "--size", "1080x1920", env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    from PIL import Image

    with Image.open(png) as image:
        assert image.size == (1080, 1920)


def test_selftest_visits_every_screen_in_portrait(env: dict[str, str]) -> None:
    done = _run("main.py", "selftest", "--size", "1080x1920", env=env, timeout=300)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    assert ", 0 warnings" in done.stdout


def test_parse_prints_a_summary(env: dict[str, str]) -> None:
    done = _run("main.py", "parse", str(SEED), env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.startswith("汇聚创新的澎湃力量——从中关村论坛看“第一动力”\n")
    assert "\nquotes (" in done.stdout and "\nachievements (" in done.stdout


def test_eval_scores_the_fixtures_and_passes_the_bar(env: dict[str, str]) -> None:
    done = _run("main.py", "eval", "tests/fixtures", env=env, timeout=300)
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    assert "total" in done.stdout and "below the bar" not in done.stderr


def test_eval_fails_below_the_bar(tmp_path: Path, env: dict[str, str]) -> None:
    # an answer the parser cannot meet: every quote has a speaker the article never names
    (tmp_path / "a.txt").write_text("新华社北京1月2日电 “我们会继续努力。”张三说。\n", encoding="utf-8")
    (tmp_path / "a.expected.json").write_text(
        '{"quotes": [{"text": "我们会继续努力。", "speaker": "李四", "speaker_title": "",'
        ' "kind": "direct"}]}', encoding="utf-8")
    done = _run("main.py", "eval", str(tmp_path), env=env)
    assert done.returncode == 1
    assert "below the bar: direct quotes with the right speaker: 0/1" in done.stderr


def test_eval_of_a_missing_folder_is_a_usage_error(tmp_path: Path, env: dict[str, str]) -> None:
    done = _run("main.py", "eval", str(tmp_path / "nowhere"), env=env)
    assert done.returncode == 2 and "is not a folder" in done.stderr


def test_parse_within_limits_refuses_a_huge_article(tmp_path: Path, env: dict[str, str]) -> None:
    big = tmp_path / "big.txt"
    seed = SEED.read_text(encoding="utf-8")
    big.write_text(seed * 40, encoding="utf-8")  # about 600 KB
    done = _run("-m", "kiosk", "parse", str(big), "--within-limits", env=env)
    assert done.returncode == 2
    assert done.stderr.startswith("error: big.txt: ") and "too large for the kiosk" in done.stderr
    assert _run("-m", "kiosk", "parse", str(SEED), "--within-limits", "--no-cache",
                env=env).returncode == 0
