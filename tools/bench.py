"""Benchmarks (`make bench`): parse times and the UI's start-up, frame and memory figures."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))
FIXTURES = ROOT / "tests" / "fixtures"


def _run(code: str, cache: Path) -> dict[str, float]:
    env = {"ZGC_KIOSK_CACHE": str(cache), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


COLD = f"""
import json, time
t0 = time.perf_counter()
from kiosk.content import load_content
from pathlib import Path
load_content(Path({str(SEED)!r}))
t1 = time.perf_counter()
from kiosk.content import parse
parse(Path({str(SEED)!r}))
t2 = time.perf_counter()
print(json.dumps({{"cold": t1 - t0, "warm": t2 - t1}}))
"""
CACHED = f"""
import json, time, sys
t0 = time.perf_counter()
from kiosk.content import load_content
from pathlib import Path
load_content(Path({str(SEED)!r}))
print(json.dumps({{"cached": time.perf_counter() - t0, "jieba": "jieba" in sys.modules}}))
"""
LCUT = f"""
import json, time
from pathlib import Path
import jieba
jieba.setLogLevel(60); jieba.initialize()
text = open({str(SEED)!r}, encoding="utf-8").read()
from kiosk.content import parse, segment
segment.words("预热")
parse(Path({str(SEED)!r}))
# Interleaved, the least of many: on a shared machine the least is the cost, the rest is
# waiting for a core.
lcuts, parses = [], []
for _ in range(60):
    t0 = time.perf_counter()
    jieba.lcut(text)
    lcuts.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    parse(Path({str(SEED)!r}))
    parses.append(time.perf_counter() - t0)
# Each fixture parsed once (nothing of it seen before), against one lcut of its text.
first = lcut_all = 0.0
for path in sorted(Path({str(FIXTURES)!r}).glob("*.txt")):
    t0 = time.perf_counter()
    parse(path)
    first += time.perf_counter() - t0
    raw = path.read_text(encoding="utf-8")
    t0 = time.perf_counter()
    jieba.lcut(raw)
    lcut_all += time.perf_counter() - t0
print(json.dumps({{"lcut": min(lcuts), "parse": min(parses), "first": first,
                  "lcut_all": lcut_all}}))
"""


def main() -> int:
    """Prints each figure as `name: value`; returns 0."""
    colds, warms, cached = [], [], []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            first = _run(COLD, Path(tmp))
            colds.append(first["cold"])
            warms.append(first["warm"])
            again = _run(CACHED, Path(tmp))
            cached.append(again["cached"])
            assert again["jieba"] is False
    with tempfile.TemporaryDirectory() as tmp:
        ratio = _run(LCUT, Path(tmp))
    print("parse cold, with jieba's dictionary load (median of 3): "
          f"{statistics.median(colds):.3f} s")
    print(f"parse warm, jieba loaded: {statistics.median(warms) * 1000:.1f} ms")
    print(f"load from cache, process import included: {statistics.median(cached) * 1000:.1f} ms")
    print(f"bare jieba.lcut of the seed: {ratio['lcut'] * 1000:.1f} ms; "
          f"full parse, warm: {ratio['parse'] * 1000:.1f} ms "
          f"({ratio['parse'] / ratio['lcut']:.2f}x)")
    print(f"each fixture parsed once: {ratio['first'] * 1000:.0f} ms against "
          f"{ratio['lcut_all'] * 1000:.0f} ms of bare jieba.lcut "
          f"({ratio['first'] / ratio['lcut_all']:.2f}x)")
    ui = ROOT / "tools" / "bench_ui.py"
    if ui.exists():
        subprocess.run([sys.executable, str(ui)], cwd=ROOT, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
