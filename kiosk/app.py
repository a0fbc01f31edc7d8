"""Builds the kiosk application. The Qt user interface arrives with the UI work."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Starts the kiosk; returns the process exit code."""
    from kiosk.cli import main as cli_main

    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "parse":
        return cli_main(args)
    print("usage: python -m kiosk parse PATH [--json]", file=sys.stderr)
    return 2
