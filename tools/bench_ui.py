"""UI benchmarks: start-up to first frame, frame time during swipes, idle CPU, memory over use,
and the attract loop over 30 minutes sped up to a slide a second (3 with --quick).

Run by `make bench` (after the parse benchmarks) or alone:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/bench_ui.py [--quick]

Start-up and idle CPU run the real program as a subprocess; swipes and navigations drive the
real QML in this process with synthesized mouse and key events, as the tests do. Offscreen,
with Qt's software renderer and no vsync: frame figures are CPU cost per frame, the part a
GPU-less kiosk pays too.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = next((ROOT / "seeds").glob("*.txt"))
FIRST_FRAME = re.compile(r"first frame after ([0-9.]+) s")
CONTENT_SHOWN = re.compile(r"content shown after ([0-9.]+) s")
PHASE = re.compile(r"([a-zA-Z -]+?) ([0-9.]+) s(?:, |$)")
BREAKDOWN = re.compile(r"start-up: (.*)$", re.MULTILINE)


def _env(home: Path, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZGC_")}
    env.update(QT_QPA_PLATFORM="offscreen", ZGC_KIOSK_CACHE=str(cache), HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"))
    return env


def compile_bytecode() -> None:
    """Compiles the kiosk's modules as an installed kiosk has them (a session that sets
    PYTHONDONTWRITEBYTECODE would otherwise compile changed modules at every start)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", "kiosk", "main.py"], cwd=ROOT,
                   capture_output=True, check=True)


def startup(runs: int) -> None:
    """Process start to first frame of Home at 1920x1080, cold and warm content cache."""
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        warm_cache = home / "warm"
        results: dict[str, list[float]] = {"cold": [], "cold content": [], "warm": [],
                                           "warm process": []}
        phases: dict[str, list[float]] = {}
        for run in range(runs + 1):
            for kind in ("cold", "warm"):
                cache = warm_cache if kind == "warm" else home / f"cold{run}"
                started = time.perf_counter()
                done = subprocess.run(
                    [sys.executable, "main.py", "screenshot", str(home / "home.png"),
                     "--size", "1920x1080"], cwd=ROOT, env=_env(home, cache),
                    capture_output=True, text=True, timeout=120)
                wall = time.perf_counter() - started
                log = done.stdout + done.stderr
                frame = FIRST_FRAME.search(log)
                if done.returncode != 0 or frame is None:
                    print(f"startup {kind}: failed (exit {done.returncode})\n{log[-2000:]}")
                    return
                if run == 0:
                    continue  # the first pair warms the OS file cache and the content cache
                results[kind].append(float(frame.group(1)))
                if kind == "warm":
                    results["warm process"].append(wall)
                    if found := BREAKDOWN.search(log):
                        for phase, took in PHASE.findall(found.group(1)):
                            phases.setdefault(phase.strip(), []).append(float(took))
                elif shown := CONTENT_SHOWN.search(log):
                    results["cold content"].append(float(shown.group(1)))
                shutil.rmtree(home / f"cold{run}", ignore_errors=True)
    warm, cold = results["warm"], results["cold"]
    print(f"start-up to first frame, warm cache (median of {runs}): "
          f"{statistics.median(warm):.3f} s (min {min(warm):.3f}, max {max(warm):.3f}); "
          f"whole screenshot process {statistics.median(results['warm process']):.3f} s")
    if phases:
        print("  warm start-up by phase (median): " + ", ".join(
            f"{phase} {statistics.median(took) * 1000:.0f} ms" for phase, took in phases.items()))
    print(f"start-up to first frame, cold cache (median of {runs}): "
          f"{statistics.median(cold):.3f} s (min {min(cold):.3f}, max {max(cold):.3f})")
    if results["cold content"]:
        print("cold cache: content on screen after "
              f"{statistics.median(results['cold content']):.3f} s (parsed in a child process)")


def _parsed_home(home: Path) -> tuple[Path, Path]:
    """`home` with the seed parsed into its content cache: the kiosk starts warm."""
    cache = home / "cache-warm"
    subprocess.run([sys.executable, "-m", "kiosk", "parse", str(SEED)], cwd=ROOT,
                   env=_env(home, cache), capture_output=True, check=True)
    return home, cache


def idle_cpu(seconds: float) -> None:
    """CPU time the kiosk uses over `seconds` on Home with nobody touching it."""
    with tempfile.TemporaryDirectory() as tmp:
        home, cache = _parsed_home(Path(tmp))
        proc = subprocess.Popen([sys.executable, "main.py", "--size", "1920x1080"], cwd=ROOT,
                                env=_env(home, cache), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            time.sleep(6)  # start-up and the first content animations
            ticks = os.sysconf("SC_CLK_TCK")
            before, t0 = _cpu_ticks(proc.pid), time.monotonic()
            time.sleep(seconds)
            after, t1 = _cpu_ticks(proc.pid), time.monotonic()
            rss = _rss_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(10)
    used = (after - before) / ticks
    print(f"idle on Home for {t1 - t0:.0f} s: {used:.2f} s CPU "
          f"({100 * used / (t1 - t0):.2f}% of one core), RSS {rss:.0f} MB")


ATTRACT = """
import json, os, sys, time
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface
QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
app = QGuiApplication([])
from kiosk.config import Config
from kiosk.ui.fonts import register_fonts
from kiosk.ui.selftest import pause
from kiosk.ui.session import Session
register_fonts()
minutes = float(sys.argv[1])
seed = next(Path("seeds").glob("*.txt"))
session = Session(Config(seed=seed, attract_seconds=1, watch_content=False))
session.store.load_cached()
window = session.load().rootObjects()[0]
window.resize(1920, 1080)
window.show()
session.idle.sleep()
def cpu():
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
def rss():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
started, used = time.monotonic(), cpu()
while time.monotonic() - started < minutes * 60:
    pause(60000)
    now = cpu()
    print(json.dumps({"minute": round((time.monotonic() - started) / 60), "rss": rss(),
                      "cpu": (now - used) / 60, "slide": session.attract.property("index")}),
          flush=True)
    used = now
"""


def attract(minutes: float) -> None:
    """The attract loop sped up to a slide a second: resident memory and CPU each minute."""
    with tempfile.TemporaryDirectory() as tmp:
        home, cache = _parsed_home(Path(tmp))
        done = subprocess.run([sys.executable, "-c", ATTRACT, str(minutes)], cwd=ROOT,
                              env=_env(home, cache), capture_output=True, text=True,
                              timeout=minutes * 60 + 300)
    samples = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if not samples:
        print(f"attract: no samples (exit {done.returncode})\n{done.stderr[-2000:]}")
        return
    second = next((s for s in samples if s["minute"] >= 2), samples[0])
    cpus = [s["cpu"] for s in samples[1:]] or [samples[0]["cpu"]]
    print(f"attract loop, a slide a second for {len(samples)} min: resident "
          f"{samples[0]['rss']:.1f} MB at minute 1, {second['rss']:.1f} at minute "
          f"{second['minute']}, {samples[-1]['rss']:.1f} at the end "
          f"({samples[-1]['rss'] - second['rss']:+.1f} MB since minute {second['minute']}); "
          f"CPU median {100 * statistics.median(cpus):.1f}% of a core "
          f"(max {100 * max(cpus):.1f}%)")


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def _rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class _Frames:
    """Per-frame CPU cost (sync + render) and the interval between frames."""

    def __init__(self, window: object) -> None:
        self.started = 0.0
        self.last = 0.0
        self.costs: list[float] = []
        self.intervals: list[float] = []
        self.recording = False
        window.beforeSynchronizing.connect(self._begin)  # type: ignore[attr-defined]
        window.frameSwapped.connect(self._end)  # type: ignore[attr-defined]

    def _begin(self) -> None:
        self.started = time.perf_counter()

    def _end(self) -> None:
        now = time.perf_counter()
        if self.recording:
            self.costs.append((now - self.started) * 1000)
            if self.last:
                self.intervals.append((now - self.last) * 1000)
        self.last = now


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


HOME_HTML = Path(tempfile.gettempdir()) / "zgc-kiosk-home.html"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def home_html(window: object) -> str:
    """Home as a static web page: every visible rectangle and text of the QML scene at the
    same place, size, colour and font (the bundled Noto Sans CJK SC), for Chromium."""
    from PySide6.QtCore import QRectF
    from PySide6.QtQuick import QQuickItem

    from kiosk.ui.props import read
    from kiosk.ui.selftest import visible_items

    assert hasattr(window, "contentItem")
    fonts = ROOT / "assets" / "fonts"
    parts = [
        "<!doctype html><meta charset='utf-8'><style>",
        "@font-face{font-family:K;src:url('" + (fonts / "NotoSansCJKsc-Regular.otf").as_uri()
        + "');font-weight:400}",
        "@font-face{font-family:K;src:url('" + (fonts / "NotoSansCJKsc-Bold.otf").as_uri()
        + "');font-weight:700}",
        "body{margin:0;width:1920px;height:1080px;background:#050d1f;overflow:hidden;"
        "font-family:K}div{position:absolute;box-sizing:border-box;white-space:pre-wrap}",
        "</style><body>"]
    shot = window.grabWindow()  # type: ignore[attr-defined]
    boxes, texts = [], []
    for item in visible_items(window.contentItem()):
        assert isinstance(item, QQuickItem)
        box = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
        where = (f"left:{box.x():.0f}px;top:{box.y():.0f}px;width:{box.width():.0f}px;"
                 f"height:{box.height():.0f}px")
        if item.inherits("QQuickText") and read(item, "text"):
            font, color = read(item, "font"), read(item, "color")
            text = str(read(item, "text")).replace("&", "&amp;").replace("<", "&lt;")
            texts.append(f"<div style='{where};font-size:{font.pixelSize()}px;"
                         f"font-weight:{700 if font.bold() else 400};color:{color.name()}'>"
                         f"{text}</div>")
        elif item.inherits("QQuickRectangle"):
            gradient = read(item, "gradient")  # a QJSValue, undefined when there is none
            if gradient is not None and gradient.isQObject():  # as rendered, top to bottom
                x = int(box.center().x())
                top = shot.pixelColor(x, int(box.top()) + 2).name()
                bottom = shot.pixelColor(x, int(min(box.bottom(), shot.height()) - 3)).name()
                fill = f"linear-gradient({top},{bottom})"
            elif read(item, "color").alpha() > 0:
                fill = read(item, "color").name()
            else:
                continue
            boxes.append(f"<div style='{where};background:{fill};"
                         f"border-radius:{read(item, 'radius'):.0f}px'></div>")
    parts += boxes + texts  # panels under the words, as in the scene
    return "".join(parts)


def chromium(runs: int) -> None:
    """Alternate runs: the kiosk writing Home to a PNG, and headless Chromium rendering the
    same Home as a web page to a PNG; whole processes, so both pay their start-up."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None or not HOME_HTML.exists():
        print("chromium comparison skipped: no chromium on PATH (Debian: apt-get install "
              "chromium) or no Home page written")
        return
    kiosk, web = [], []
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        for run in range(runs + 1):
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "main.py", "screenshot", str(home / "kiosk.png"),
                 "--size", "1920x1080"], cwd=ROOT, env=_env(home, home / "warm"),
                capture_output=True, timeout=120)
            took = time.perf_counter() - started
            if run:
                kiosk.append(took)
            started = time.perf_counter()
            done = subprocess.run(
                [browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile{run}",
                 f"--screenshot={tmp}/home.png", "--window-size=1920,1080",
                 HOME_HTML.as_uri()], capture_output=True, timeout=120)
            if done.returncode != 0:
                print(f"chromium failed: {done.stderr.decode()[-500:]}")
                return
            if run:  # the first pair warms the caches
                web.append(time.perf_counter() - started)
    ours, theirs = statistics.median(kiosk), statistics.median(web)
    print(f"Home to PNG, whole process, {runs} alternating runs (median): kiosk {ours:.3f} s, "
          f"headless Chromium with the same Home as a web page {theirs:.3f} s; "
          f"ratio {ours / theirs:.2f}")


def in_process(swipes: int, navigations: int) -> None:
    """Swipe frame times and memory after many navigations, in this process."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface
    from PySide6.QtTest import QTest

    from kiosk.config import Config
    from kiosk.ui.fonts import register_fonts
    from kiosk.ui.props import read
    from kiosk.ui.selftest import find, key, reduce_motion, settle, tap, wait_until
    from kiosk.ui.session import Session

    QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    cache = Path(tempfile.mkdtemp(prefix="bench-ui-"))
    # parsed in a child, as the kiosk does: jieba's dictionary stays out of this process's RSS
    subprocess.run([sys.executable, "-m", "kiosk", "parse", str(SEED), "--cache-dir",
                    str(cache)], cwd=ROOT, capture_output=True, check=True)
    register_fonts()
    session = Session(Config(seed=SEED, watch_content=False), cache_dir=cache)
    session.store.load_cached()
    engine = session.load()
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    window.resize(1920, 1080)
    window.show()
    wait_until(lambda: find(window, "tile_achievements") is not None, 10000)
    settle(window)
    HOME_HTML.write_text(home_html(window), encoding="utf-8")
    frames = _Frames(window)

    # Finger swipes between achievements in the detail view, with real animations.
    settle(window)
    tap(window, find(window, "tile_achievements"))  # type: ignore[arg-type]
    settle(window)
    key(window, Qt.Key.Key_Return)
    settle(window)
    QTest.qWait(400)
    pages = find(window, "detailPages")
    finger = QTest.createTouchDevice()
    turned = 0
    y = 540
    for n in range(swipes):
        page = read(pages, "currentIndex") if pages is not None else -1
        leftwards = n % 4 < 2  # two forward, two back
        x0, x1 = (1500, 420) if leftwards else (420, 1500)
        frames.recording = True
        QTest.touchEvent(window, finger).press(0, QPoint(x0, y), window)
        steps = 16
        for step in range(1, steps + 1):
            QTest.qWait(12)
            QTest.touchEvent(window, finger).move(0, QPoint(x0 + (x1 - x0) * step // steps, y),
                                                  window)
        QTest.touchEvent(window, finger).release(0, QPoint(x1, y), window)
        QTest.qWait(700)  # the snap to the next page
        frames.recording = False
        now = read(pages, "currentIndex") if pages is not None else -1
        turned += now != page
        if os.environ.get("BENCH_DEBUG"):
            print(f"swipe {n}: page {page} -> {now}")
    if frames.costs:
        dropped = sum(1 for i in frames.intervals if i > 1.5 * 1000 / 60)
        print(f"swipe between achievement pages at 1920x1080 ({turned} of {swipes} swipes "
              "turned the page, "
              f"{len(frames.costs)} frames): frame cost median "
              f"{statistics.median(frames.costs):.1f} ms, p95 "
              f"{_percentile(frames.costs, 0.95):.1f} ms, max {max(frames.costs):.1f} ms; "
              f"interval median {statistics.median(frames.intervals):.1f} ms, "
              f"{dropped} of {len(frames.intervals)} intervals over 25 ms")
    else:
        print("swipe: no frames rendered")

    # Memory over many navigations (animations off, so it takes minutes, not hours).
    reduce_motion(session)
    session.navigator.home()
    settle(window)
    tours = [("tile_achievements", "achievementCard_1"), ("tile_exhibits", "exhibitCard_0"),
             ("tile_voices", None), ("tile_figures", None), ("tile_topics", "topicChip_0"),
             ("tile_article", None)]
    done = 0
    samples: list[tuple[int, float]] = [(0, _rss_mb())]
    started = time.perf_counter()
    while done < navigations:
        for tile, detail in tours:
            item = find(window, tile)
            if item is None:
                print(f"navigation: no {tile} on Home")
                return
            tap(window, item)
            settle(window)
            done += 1
            if detail and (card := find(window, detail)) is not None:
                tap(window, card)
                settle(window)
                key(window, Qt.Key.Key_Right)
                settle(window)
                key(window, Qt.Key.Key_Escape)
                settle(window)
                done += 2
            key(window, Qt.Key.Key_Home)
            settle(window)
            done += 1
            if done // 100 > samples[-1][0] // 100:
                samples.append((done, _rss_mb()))
    samples.append((done, _rss_mb()))
    elapsed = time.perf_counter() - started
    first_hundred = next(rss for n, rss in samples if n >= 100)
    print(f"memory: RSS {samples[0][1]:.0f} MB at Home, {first_hundred:.0f} MB after 100 "
          f"navigations, {samples[-1][1]:.0f} MB after {done} "
          f"({(samples[-1][1] - first_hundred) / max(1, done - 100) * 1000:.1f} KB per "
          f"navigation after the first 100; {elapsed:.0f} s)")
    session.close()
    app.processEvents()
    shutil.rmtree(cache, ignore_errors=True)


def main() -> int:
    """Prints each UI figure on one line; returns 0."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs, shorter idle")
    parser.add_argument("--only", choices=("startup", "idle", "swipe", "attract"),
                        help="one part only")
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if options.only in (None, "startup"):
        startup(2 if options.quick else 5)
    if options.only in (None, "idle"):
        idle_cpu(5 if options.quick else 30)
    if options.only in (None, "swipe"):
        in_process(4 if options.quick else 12, 100 if options.quick else 1000)
    if options.only in (None, "startup"):
        chromium(2 if options.quick else 5)  # needs the Home page in_process wrote once
    if options.only in (None, "attract"):
        attract(3 if options.quick else 30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
