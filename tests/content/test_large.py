"""A 10 MB article parses in bounded memory (slow: run in CI, skip locally with -m 'not slow')."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

CODE = """
import resource, sys
from kiosk.content import parse
model = parse(sys.argv[1])
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(len(model.article.paragraphs), len(model.quotes), int(peak_mb))
"""


@pytest.mark.slow
def test_ten_megabytes_parse_in_bounded_memory(tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    copies = 10 * 1024 * 1024 // len(seed.encode("utf-8")) + 1
    big = tmp_path / "big.txt"
    big.write_text(seed * copies, encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", CODE, str(big)], capture_output=True,
                            text=True, cwd=ROOT, timeout=900, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    paragraphs, quotes, peak_mb = map(int, result.stdout.split())
    assert paragraphs >= 35 * copies
    assert quotes >= 18 * copies
    assert peak_mb < 1500
