"""Tests for the kiosk settings file and the admin PIN."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import Config, default_config_path, load_config

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_8e396b66035f7f8d.txt"
HASH_2468 = ("scrypt$000102030405060708090a0b0c0d0e0f$"
             "cea4f1390f7e25d3e56e52eacd3a602cc3365139a2960ffded25685db19eb9ff")


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keeps every user directory inside the test's temporary folder."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("ZGC_KIOSK_CONFIG", raising=False)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(home: Path) -> None:
    config = load_config(None)
    assert config == Config(
        idle_seconds=90, countdown_seconds=10, attract_seconds=8, seed=SEED, pin_hash="",
        stats_path=home / "data" / "zgc-kiosk" / "usage.db", stats_retention_days=365,
        log_dir=home / "data" / "zgc-kiosk" / "logs", kiosk=False,
        problems=())


def test_default_path_is_in_the_user_config_dir(home: Path) -> None:
    assert default_config_path() == home / "config" / "zgc-kiosk" / "kiosk.toml"


def test_default_path_from_the_environment(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(home / "elsewhere.toml", "idle_seconds = 30\n")
    monkeypatch.setenv("ZGC_KIOSK_CONFIG", str(path))
    assert default_config_path() == path
    assert load_config(None).idle_seconds == 30


def test_file_in_the_user_config_dir_is_read(home: Path) -> None:
    write(home / "config" / "zgc-kiosk" / "kiosk.toml", "countdown_seconds = 5\n")
    assert load_config(None).countdown_seconds == 5


def test_every_key_overridden(home: Path) -> None:
    write(home / "site" / "article.txt", "文章")
    path = write(home / "site" / "kiosk.toml", f"""
idle_seconds = 120
countdown_seconds = 15
attract_seconds = 6
seed = "article.txt"
pin_hash = "{HASH_2468}"
stats_path = "stats/usage.db"
stats_retention_days = 30
log_dir = "/var/log/zgc"
kiosk = true
""")
    assert load_config(path) == Config(
        idle_seconds=120, countdown_seconds=15, attract_seconds=6,
        seed=home / "site" / "article.txt", pin_hash=HASH_2468,
        stats_path=home / "site" / "stats" / "usage.db", stats_retention_days=30,
        log_dir=Path("/var/log/zgc"), kiosk=True, problems=())


@pytest.mark.parametrize(("line", "reason"), [
    ("idle_seconds = 5", "idle_seconds: 5 is out of range 10..3600; using the default"),
    ("idle_seconds = 3601", "idle_seconds: 3601 is out of range 10..3600; using the default"),
    ("countdown_seconds = 61", "countdown_seconds: 61 is out of range 3..60; using the default"),
    ("attract_seconds = 2", "attract_seconds: 2 is out of range 3..60; using the default"),
    ("stats_retention_days = 0",
     "stats_retention_days: 0 is out of range 1..3650; using the default"),
    ('stats_retention_days = "30"',
     "stats_retention_days: expected int, got str '30'; using the default"),
    ('idle_seconds = "90"', "idle_seconds: expected int, got str '90'; using the default"),
    ("idle_seconds = 90.5", "idle_seconds: expected int, got float 90.5; using the default"),
    ("attract_seconds = true",
     "attract_seconds: expected int, got bool True; using the default"),
    ('kiosk = "yes"', "kiosk: expected bool, got str 'yes'; using the default"),
    ("seed = 3", "seed: expected a path string; using the default"),
    ('pin_hash = "2468"',
     "pin_hash: not a hash from `zgc-kiosk hash-pin`; using the default"),
    ("volume = 11", "unknown key 'volume' ignored"),
    ("problems = []", "unknown key 'problems' ignored"),
    ("[display]\nwidth = 1920", "unknown key 'display' ignored"),
])
def test_bad_value_reported_with_its_line(home: Path, line: str, reason: str) -> None:
    path = write(home / "kiosk.toml", f"# curator's settings\n\n{line}\n")
    config = load_config(path)
    assert config.problems == (f"{path}:3: {reason}",)
    assert config == Config(problems=config.problems)


def test_good_keys_survive_a_bad_one(home: Path) -> None:
    path = write(home / "kiosk.toml", "idle_seconds = 1\ncountdown_seconds = 20\n")
    config = load_config(path)
    assert (config.idle_seconds, config.countdown_seconds) == (90, 20)
    assert config.problems[0] == (f"{path}:1: idle_seconds: 1 is out of range 10..3600; "
                                  "using the default")


def test_missing_seed_keeps_the_default(home: Path) -> None:
    path = write(home / "kiosk.toml", 'seed = "gone.txt"\n')
    config = load_config(path)
    assert config.seed == SEED
    assert config.problems[0] == f"{path}:1: seed: {home / 'gone.txt'} not found; using the default"


def test_invalid_toml_gives_defaults_and_the_line(home: Path) -> None:
    path = write(home / "kiosk.toml", "idle_seconds = 30\nkiosk = tru\n")
    config = load_config(path)
    assert (config.idle_seconds, config.kiosk) == (90, False)
    assert len(config.problems) == 1
    assert config.problems[0].startswith(f"{path}:2: invalid TOML (")
    assert config.problems[0].endswith("); using defaults")


def test_unreadable_file_gives_defaults(home: Path) -> None:
    (home / "kiosk.toml").mkdir()
    config = load_config(home / "kiosk.toml")
    assert config.idle_seconds == 90
    assert config.problems[0].startswith(f"{home / 'kiosk.toml'}: cannot read (")


def test_explicit_missing_file_is_reported(home: Path) -> None:
    config = load_config(home / "nope.toml")
    assert config.idle_seconds == 90
    assert config.problems[0].startswith(f"{home / 'nope.toml'}: cannot read (")
