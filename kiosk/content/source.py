"""Reading a source article from disk: encodings, line ends and unusable files."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024
_BINARY_SAMPLE = 8192
# Control characters other than tab, line feed, form feed and carriage return.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


class SourceError(Exception):
    """The source file cannot be used; the message is one line for the operator."""


@dataclass(frozen=True)
class SourceText:
    """Decoded article text with the hash of the bytes it came from."""

    path: str
    text: str
    encoding: str
    sha256: str


def read_source(path: str | Path) -> SourceText:
    """Reads and decodes an article file.

    Args:
        path: the file to read.

    Returns:
        The decoded text, with CRLF/CR line ends turned into LF and any BOM removed.

    Raises:
        SourceError: the file is missing, unreadable, a directory, empty, too large or binary.
    """
    p = Path(path)
    try:
        if p.is_dir():
            raise SourceError(f"{p}: is a directory, not an article file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(f"{p}: {size} bytes is larger than the {MAX_BYTES} byte limit")
        data = p.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{p}: no such file") from None
    except PermissionError:
        raise SourceError(f"{p}: permission denied") from None
    except OSError as exc:
        raise SourceError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    text, encoding = decode(data, str(p))
    return SourceText(str(p), text, encoding, hashlib.sha256(data).hexdigest())


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decodes article bytes as UTF-8 (with or without BOM) or GB18030.

    Returns:
        The text with normalised line ends, and the encoding used.

    Raises:
        SourceError: the data is empty, binary or in no supported encoding.
    """
    if not data.strip():
        raise SourceError(f"{name}: the file is empty")
    if _looks_binary(data):
        raise SourceError(f"{name}: binary data, not a text article")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise SourceError(f"{name}: the file is empty")
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    raise SourceError(f"{name}: not UTF-8 or GB18030 text")


def _looks_binary(data: bytes) -> bool:
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) // 100
