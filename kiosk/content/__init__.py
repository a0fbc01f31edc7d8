"""Content pipeline: a Chinese news article → a typed, traceable content model. No Qt here."""

from __future__ import annotations

from pathlib import Path

from kiosk.content import cache
from kiosk.content.curation import curation_path
from kiosk.content.model import SCHEMA_VERSION, ContentModel
from kiosk.content.source import SourceError, read_source
from kiosk.content.version import PARSER_VERSION

__all__ = ["SCHEMA_VERSION", "ContentModel", "SourceError", "load_cached", "load_content",
           "load_last_good", "parse"]


def _key(path: Path) -> str:
    source = path.read_bytes() if path.is_file() else b""
    cur = curation_path(path)
    curation = cur.read_bytes() if cur.is_file() else b""
    return cache.cache_key(source, curation, PARSER_VERSION)


def load_cached(path: str | Path, cache_dir: Path | None = None) -> ContentModel | None:
    """The cached model for this source and curation, without parsing (and without jieba).

    Returns:
        The model, or None when the cache has no current model for these inputs.
    """
    directory = cache_dir or cache.default_cache_dir()
    try:
        key = _key(Path(path))
    except OSError:
        return None
    model = cache.load(directory, key, bundled=False)
    if model is not None:
        cache.remember(directory, Path(path), key)
        return model
    return cache.load(directory, key)  # the package's prebuilt model: nothing to remember


def load_last_good(path: str | Path, cache_dir: Path | None = None) -> ContentModel | None:
    """The model that last loaded for this article, even if the file no longer parses.

    The kiosk falls back to it at start-up when the article or its curation file was broken
    while it was off, so a bad edit never leaves the screen empty.
    """
    return cache.last_good(cache_dir or cache.default_cache_dir(), Path(path))


def parse(path: str | Path) -> ContentModel:
    """Parses an article and its curation file, ignoring any cache.

    Raises:
        SourceError: the article cannot be read or is not text.
    """
    from kiosk.content.build import build_model
    from kiosk.content.curation import read_curation

    source = read_source(path)
    return build_model(source, read_curation(curation_path(path)))


def load_content(path: str | Path, cache_dir: Path | None = None) -> ContentModel:
    """The model for an article: from the cache when current, else parsed and cached.

    Raises:
        SourceError: the article cannot be read or is not text.
    """
    directory = cache_dir or cache.default_cache_dir()
    if (model := load_cached(path, directory)) is not None:
        return model
    model = parse(path)
    key = _key(Path(path))
    cache.store(directory, key, model)
    cache.remember(directory, Path(path), key)
    return model
