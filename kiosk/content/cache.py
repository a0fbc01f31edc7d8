"""The parsed model on disk, keyed by source, curation and parser version.

Loading a cached model costs a JSON read and never imports jieba; the first frame of the
kiosk depends on that. The package ships a prebuilt cache for its seeds (`kiosk.paths`), read
when the user's cache lacks a key and never written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import tempfile
from pathlib import Path

from kiosk import paths
from kiosk.content.model import SCHEMA_VERSION, ContentModel, SchemaError

log = logging.getLogger("kiosk.content")


def default_cache_dir() -> Path:
    """The user's cache directory for this program (`kiosk.paths.user_cache_dir`)."""
    return paths.user_cache_dir()


def cache_key(source: bytes, curation: bytes, parser_version: str) -> str:
    """The name a model is stored under: changes with any input or the parser."""
    digest = hashlib.sha256()
    for part in (source, b"\0", curation, b"\0", f"{parser_version}/{SCHEMA_VERSION}".encode()):
        digest.update(part)
    return digest.hexdigest()[:32]


def bundled_dir() -> Path | None:
    """The package's read-only prebuilt cache, or None (a checkout has none)."""
    return paths.bundled_cache_dir()


def load(directory: Path, key: str, bundled: bool = True) -> ContentModel | None:
    """The cached model, or None when it is missing, corrupt or of another schema.

    A key missing from `directory` is looked up in `bundled_dir()` (unless `bundled` is
    False); a corrupt entry in `directory` is not, so that it gets rebuilt and replaced.
    """
    package = bundled_dir() if bundled else None
    for where in (directory, package) if package is not None else (directory,):
        path = where / f"{key}.json"
        try:
            with path.open(encoding="utf-8") as handle:
                return ContentModel.from_json(json.load(handle))
        except FileNotFoundError:
            continue
        except (OSError, ValueError, SchemaError) as exc:
            log.info("cached content %s unusable (%s); rebuilding", path, exc)
            return None
    return None


def store(directory: Path, key: str, model: ContentModel) -> None:
    """Writes the model atomically (temp file, then rename); failure only logs."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(model.to_json(), handle, ensure_ascii=False)
        os.replace(tmp, directory / f"{key}.json")
    except OSError as exc:
        log.warning("could not write content cache in %s: %s", directory, exc)
        with contextlib.suppress(NameError, OSError):
            os.unlink(tmp)


def _pointer(directory: Path, source: Path) -> Path:
    """The file naming the last model that loaded for `source` (by its absolute path)."""
    digest = hashlib.sha256(str(source.resolve()).encode("utf-8")).hexdigest()[:16]
    return directory / f"last-good-{digest}.txt"


def remember(directory: Path, source: Path, key: str) -> None:
    """Notes that the model under `key` is the last good content of `source`; failure logs."""
    pointer = _pointer(directory, source)
    try:
        if pointer.is_file() and pointer.read_text(encoding="ascii").strip() == key:
            return
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key)
        os.replace(tmp, pointer)
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("could not note the last good content in %s: %s", directory, exc)


def last_good(directory: Path, source: Path) -> ContentModel | None:
    """The last model that loaded for `source`, whatever its file holds now; None if none."""
    try:
        key = _pointer(directory, source).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return load(directory, key) if re.fullmatch(r"[0-9a-f]{32}", key) else None
