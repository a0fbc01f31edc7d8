"""What the kiosk accepts as content: limits set from the genre, far above a real report.

A report of this genre is 5-30 KB with a few dozen quotes and figures and a handful of
exhibits; a file far beyond that is a mistake (a log, a whole book, a file saved over the
article) and would make the kiosk parse for minutes and show thousands of cards. The kiosk
refuses it with the usual notice and keeps the content it has. `parse` enforces these only
when asked (`--within-limits`, as the kiosk's parse child is); the library parses anything.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.model import ContentModel
from kiosk.content.source import SourceError


@dataclass(frozen=True)
class Limits:
    """The most the kiosk shows, and what its parse child may spend."""

    text_bytes: int = 256 * 1024  # about ten times the longest report of the genre
    quotes: int = 150
    achievements: int = 40
    exhibits: int = 40
    figures: int = 200
    parse_seconds: int = 60  # CPU seconds; a report parses in about 2 s cold
    parse_memory_mb: int = 768  # the seed's parse peaks near 160 MB


KIOSK = Limits()


def check_size(path: str | Path, limits: Limits = KIOSK) -> None:
    """Refuses an article file larger than the kiosk shows.

    Raises:
        SourceError: the file is too large (or cannot be looked at).
    """
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError:
        return  # reading the file reports what is wrong with it
    if size > limits.text_bytes:
        raise SourceError(f"{p.name}: {size / 1024:,.0f} KB is too large for the kiosk (at "
                          f"most {limits.text_bytes // 1024} KB; a report is 5-30 KB)")


def check_model(model: ContentModel, limits: Limits = KIOSK) -> list[str]:
    """Why the kiosk should not show `model`: counts beyond the limits (empty when fine)."""
    counts = (("quotes", len(model.quotes), limits.quotes),
              ("achievements", len(model.achievements), limits.achievements),
              ("exhibits", len(model.exhibits), limits.exhibits),
              ("figures", len(model.figures), limits.figures))
    return [f"{count} {name}, more than the {most} the kiosk shows"
            for name, count, most in counts if count > most]


def limit_this_process(limits: Limits = KIOSK) -> None:
    """Caps this process's CPU time and memory (Unix), so a runaway parse ends itself."""
    if sys.platform == "win32":
        return
    import resource

    cpu = (limits.parse_seconds, limits.parse_seconds + 5)
    memory = limits.parse_memory_mb * 1024 * 1024
    for kind, (soft, hard) in ((resource.RLIMIT_CPU, cpu),
                               (getattr(resource, "RLIMIT_AS", None), (memory, memory))):
        if kind is None:
            continue
        _, current_hard = resource.getrlimit(kind)
        if current_hard != resource.RLIM_INFINITY:
            soft, hard = min(soft, current_hard), min(hard, current_hard)
        resource.setrlimit(kind, (soft, hard))
