"""The kiosk's settings from a TOML file; a bad file or value falls back to the default."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kiosk import paths
from kiosk.pin import HASH_RE

_RANGES = {"idle_seconds": (10, 3600), "countdown_seconds": (3, 60), "attract_seconds": (3, 60),
           "stats_retention_days": (1, 3650)}
_PATHS = ("seed", "stats_path", "log_dir")
_CHOICES = {"default_language": ("zh", "en")}


def default_seed() -> Path:
    """The first article in `seeds/` (by name); the folder itself when it holds none."""
    articles = sorted(paths.seeds_dir().glob("*.txt"))
    return articles[0] if articles else paths.seeds_dir()


def default_config_path() -> Path:
    """`$ZGC_KIOSK_CONFIG` when set, else `kiosk.toml` in the user configuration directory."""
    if env := os.environ.get(paths.CONFIG_ENV):
        return Path(env)
    return paths.user_config_dir() / "kiosk.toml"


@dataclass(frozen=True)
class Config:
    """Settings the kiosk runs with; `problems` says what in the file was ignored and why."""

    idle_seconds: int = 90
    countdown_seconds: int = 10
    attract_seconds: int = 8
    seed: Path = field(default_factory=default_seed)
    pin_hash: str = ""
    stats_path: Path = field(default_factory=lambda: paths.user_data_dir() / "usage.db")
    stats_retention_days: int = 365
    log_dir: Path = field(default_factory=lambda: paths.user_data_dir() / "logs")
    kiosk: bool = False
    watch_content: bool = True
    default_language: str = "zh"
    reduced_motion: bool = False
    problems: tuple[str, ...] = ()


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf'^\s*(?:{re.escape(key)}|"{re.escape(key)}"|\[{re.escape(key)}\])\s*=?')
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def _check(key: str, value: Any, kind: type[Any]) -> str | None:
    """Why `value` cannot be used for `key`, or None when it can."""
    if kind is Path:
        return None if isinstance(value, str) and value.strip() else "expected a path string"
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        return f"expected {kind.__name__}, got {type(value).__name__} {value!r}"
    if key in _CHOICES and value not in _CHOICES[key]:
        return f"{value!r} is not one of {', '.join(_CHOICES[key])}"
    if key in _RANGES:
        low, high = _RANGES[key]
        if not low <= value <= high:
            return f"{value} is out of range {low}..{high}"
    if key == "pin_hash" and not HASH_RE.fullmatch(value):
        return f"not a hash from `{paths.APP_NAME} hash-pin`"
    return None


def load_config(path: Path | None) -> Config:
    """Reads the configuration; never raises for a missing, unreadable or invalid file.

    Args:
        path: the TOML file, or None for `default_config_path()` (defaults if it is absent).

    Returns:
        The configuration; every ignored key or value is described in `problems`.
    """
    if path is None:
        path = default_config_path()
        if not path.is_file():
            return _finish(Config(), [])
    try:
        text = path.read_text(encoding="utf-8")
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        where = f"{path}:{found.group(1)}" if found else str(path)
        return _finish(Config(), [f"{where}: invalid TOML ({exc}); using defaults"])
    except (OSError, UnicodeDecodeError) as exc:
        return _finish(Config(), [f"{path}: cannot read ({exc}); using defaults"])
    kinds = {f.name: (Path if f.name in _PATHS else type(f.default)) for f in fields(Config)}
    values: dict[str, Any] = {}
    problems = []
    for key, value in table.items():
        line = _line_of(text, key)
        where = f"{path}:{line}" if line else str(path)
        if key not in kinds or key == "problems":
            problems.append(f"{where}: unknown key {key!r} ignored")
        elif reason := _check(key, value, kinds[key]):
            problems.append(f"{where}: {key}: {reason}; using the default")
        elif kinds[key] is Path:
            resolved = (path.parent / Path(value).expanduser()).resolve()
            if key == "seed" and not resolved.is_file():
                problems.append(f"{where}: seed: {resolved} not found; using the default")
            else:
                values[key] = resolved
        else:
            values[key] = value
    return _finish(Config(**values), problems)


def _finish(config: Config, problems: list[str]) -> Config:
    if not config.seed.is_file():
        problems.append(f"seed article {config.seed} not found")
    return replace(config, problems=tuple(problems))
