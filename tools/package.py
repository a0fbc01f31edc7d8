"""`make package`: the one-folder kiosk in dist/zgc-kiosk, built with PyInstaller and checked.

Prebuilds the content cache for every seed (the package's first frame then needs no jieba),
draws the icons, runs packaging/zgc-kiosk.spec (which trims Qt), adds the deployment files
(deploy/: systemd unit, autostart entries, supervisor), trims ICU's locale data (Linux),
fails when `ldd` cannot resolve a library of the bundle, and records a digest of every build
input beside the folder: an unchanged tree is not built again (`--force` builds anyway).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "zgc-kiosk"
SPEC = ROOT / "packaging" / f"{NAME}.spec"
STAGE = ROOT / "build" / "package"
DIST = ROOT / "dist" / NAME
STAMP = ROOT / "dist" / f"{NAME}.inputs.json"
INPUTS = ("main.py", "pyproject.toml", "kiosk", "assets", "seeds", "packaging", "tools/package.py")
DEPLOY = ("supervise.sh", "zgc-kiosk.service", "zgc-kiosk.desktop", "x11-noblank.desktop")
DISTRIBUTIONS = ("PySide6-Essentials", "shiboken6", "pyinstaller", "pyinstaller-hooks-contrib",
                 "jieba", "pillow")
SKIPPED = ("__pycache__", ".pyc", ".pyo")


def input_digest() -> str:
    """A digest of everything the package is built from: sources, data, tools, versions."""
    digest = hashlib.sha256()
    for entry in INPUTS:
        base = ROOT / entry
        files = sorted(base.rglob("*")) if base.is_dir() else [base]
        for path in files:
            if path.is_file() and not any(path.name.endswith(s) or s in path.parts
                                          for s in SKIPPED):
                digest.update(f"{path.relative_to(ROOT).as_posix()}\0".encode())
                digest.update(path.read_bytes())
    for name in DISTRIBUTIONS:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\0".encode())
    digest.update(f"{sys.version}\0{platform.platform()}".encode())
    return digest.hexdigest()


def folder_bytes(folder: Path) -> int:
    """The size of the files in `folder` (symbolic links count as links, not targets)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir() or p.is_symlink())


def folder_state(folder: Path) -> dict[str, int]:
    """File count and size: a folder changed or emptied since the build does not match."""
    files = [p for p in folder.rglob("*") if not p.is_dir() or p.is_symlink()]
    return {"files": len(files), "bytes": folder_bytes(folder)}


def is_current() -> bool:
    """Whether dist/zgc-kiosk was built, and checked, from the inputs as they are now."""
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (DIST.is_dir() and stamp.get("inputs") == input_digest()
            and stamp.get("folder") == folder_state(DIST))


def prebuild_cache(directory: Path) -> list[Path]:
    """Parses every seed article into a fresh content cache in `directory`.

    Returns:
        The cache files written.
    """
    from kiosk.content import load_content

    shutil.rmtree(directory, ignore_errors=True)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        load_content(seed, directory)
    return sorted(directory.glob("*.json"))


def draw_icons(directory: Path) -> None:
    """The kiosk's icon as PNG (Linux), ICO (Windows) and ICNS (macOS), drawn with Pillow."""
    from PIL import Image, ImageDraw

    from kiosk.artwork.motifs import ACCENTS, NAVY, TEAL

    size = 1024
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((32, 32, size - 32, size - 32), radius=200, fill=NAVY)
    centre = size // 2
    for ring, colour in enumerate((TEAL, *ACCENTS)):
        radius = 380 - ring * 80
        draw.arc((centre - radius, centre - radius, centre + radius, centre + radius),
                 start=200 - ring * 25, end=520 - ring * 25, fill=colour, width=44)
    draw.ellipse((centre - 60, centre - 60, centre + 60, centre + 60), fill=ACCENTS[0])
    icon = image.resize((512, 512), Image.Resampling.LANCZOS)
    directory.mkdir(parents=True, exist_ok=True)
    icon.save(directory / "icon.png")
    icon.save(directory / "icon.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    try:
        image.save(directory / "icon.icns")
    except (OSError, ValueError, KeyError) as exc:  # optional: only macOS builds use it
        print(f"package: no icon.icns ({exc})")


ICU_LANGUAGES = ("root", "en", "zh")  # ICU locale data kept: the kiosk's languages
# Qt calls only ucol_* (collation), ucnv_* (codecs), ucal_* (time-zone names) and
# u_strToUpper/Lower (`nm -D --undefined-only` on PySide6 6.12's Qt libraries): the data of
# break iterators, transliterators, number spell-out, currencies and units is never read.
ICU_UNUSED = ("brkitr/", "translit/", "rbnf/", "curr/", "unit/")
# Conversion tables Qt would use for a codec asked for by name (the kiosk decodes articles in
# Python): the Chinese ones stay, GB18030/GBK/GB2312 (and HZ) and Big5/Big5-HKSCS.
ICU_CONVERTERS = ("gb18030.cnv", "windows-936-2000.cnv", "ibm-1383_P110-1999.cnv",
                  "windows-950-2000.cnv", "ibm-1375_P100-2008.cnv")
_LOCALE_ITEM = re.compile(r"(?:[a-z]+/)?([a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res")


def icu_items_to_remove(items: list[str]) -> list[str]:
    """The ICU data items Qt does not read for the kiosk's languages.

    Args:
        items: item names as `icupkg -l` lists them (`zh.res`, `coll/de.res`, `cnvalias.icu`).

    Returns:
        Locale bundles of other languages, non-Chinese conversion tables and the data of
        ICU services Qt does not call; collation, time-zone and supplemental data stay.
    """
    return [item for item in items
            if item.startswith(ICU_UNUSED)
            or (item.endswith(".cnv") and item not in ICU_CONVERTERS)
            or ((match := _LOCALE_ITEM.fullmatch(item)) and match.group(1) not in ICU_LANGUAGES
                and not item.endswith("res_index.res"))]


def trim_icu_data(folder: Path) -> tuple[int, int] | None:
    """Rebuilds the bundled ICU data library without other languages' locale data (Linux).

    Qt links ICU for collation, case mapping, codecs and time-zone names; its 32 MB data
    library is mostly CLDR data for 800 locales. `icu_items_to_remove` items are removed
    with `icupkg` (other locales then fall back to root), and the library is regenerated
    with `genccode` and the C compiler, with the same symbol and soname.

    Returns:
        (bytes before, bytes after), or None when the bundle has no ICU data library.
    """
    found = [p for p in folder.rglob("libicudata.so.*") if p.is_file() and not p.is_symlink()]
    if not sys.platform.startswith("linux") or not found:
        return None
    (library,) = found
    symbols = subprocess.run(["nm", "-D", "--defined-only", str(library)], check=True,
                             capture_output=True, text=True).stdout
    entry = next(line.split()[-1] for line in symbols.splitlines() if line.endswith("_dat"))
    name = entry.removesuffix("_dat") + ("l" if sys.byteorder == "little" else "b")
    work = STAGE / "icu"
    shutil.rmtree(work, ignore_errors=True)
    (work / "in").mkdir(parents=True)
    (work / "out").mkdir()
    source, trimmed = work / "in" / f"{name}.dat", work / "out" / f"{name}.dat"
    subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(library),
                    str(source)], check=True)
    listed = subprocess.run(["icupkg", "-l", str(source)], check=True, capture_output=True,
                            text=True).stdout.split()
    remove = icu_items_to_remove(listed)
    for _ in range(5):  # keep what a kept item depends on (icupkg names it), then retry
        (work / "remove.txt").write_text("\n".join(remove) + "\n", encoding="utf-8")
        trimmed.unlink(missing_ok=True)
        result = subprocess.run(["icupkg", "-r", str(work / "remove.txt"), str(source),
                                 str(trimmed)], capture_output=True, text=True)
        needed = set(re.findall(r"depends on missing item (\S+)", result.stderr))
        if result.returncode == 0 and not needed:
            break
        if not needed:
            raise RuntimeError(f"icupkg failed: {result.stderr.strip()}")
        remove = [item for item in remove if item not in needed]
    else:
        raise RuntimeError("icupkg: could not settle the ICU items to keep")
    subprocess.run(["genccode", "-e", entry.removesuffix("_dat"), "-a", "gcc", "-d",
                    str(work / "out"), str(trimmed)], check=True, capture_output=True)
    soname = library.name
    built = work / "out" / soname
    subprocess.run(["cc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(built),
                    str(work / "out" / f"{name}_dat.S")], check=True)
    subprocess.run(["strip", str(built)], check=True)
    before = library.stat().st_size
    shutil.copyfile(built, library)
    return before, library.stat().st_size


def unresolved_libraries(folder: Path) -> list[str]:
    """`ldd` lines saying "not found" for the executable and every bundled `.so` (Linux).

    Libraries are looked up as at run time: the bootloader puts `_internal` on the library
    path, Qt's own libraries find each other through their `$ORIGIN` run paths.
    """
    if not sys.platform.startswith("linux"):
        return []
    internal = folder / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    problems = []
    for path in sorted([folder / NAME, *folder.rglob("*.so*")]):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        problems += [f"{path.relative_to(folder)}: {line.strip()}"
                     for line in out.stdout.splitlines() if "not found" in line]
    return problems


def _translations_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations", ROOT / "tools" /
                                                  "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(*, trim: bool = True) -> int:
    """Builds and checks dist/zgc-kiosk; returns the exit code."""
    started = time.monotonic()
    STAMP.unlink(missing_ok=True)
    written = prebuild_cache(STAGE / "content-cache")
    if not written:
        print("package: no seed article in seeds/ to prebuild", file=sys.stderr)
        return 1
    draw_icons(STAGE)
    translations = _translations_tool().build()  # the interface's .qm files, bundled
    print(f"package: {len(translations)} compiled translation(s)")
    env = dict(os.environ)
    if not trim:
        env["ZGC_PACKAGE_NO_TRIM"] = "1"
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--log-level", "WARN", "--distpath", str(DIST.parent),
               "--workpath", str(ROOT / "build" / "pyinstaller"), str(SPEC)]
    if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:
        print("package: PyInstaller failed", file=sys.stderr)
        return 1
    (DIST / "deploy").mkdir(exist_ok=True)
    for name in DEPLOY:  # what README's deployment steps copy into place
        shutil.copy2(ROOT / "packaging" / name, DIST / "deploy" / name)
    if trim and (icu := trim_icu_data(DIST)):
        print(f"package: ICU data {icu[0] / 1e6:.1f} MB -> {icu[1] / 1e6:.1f} MB "
              f"(locale data kept for {', '.join(ICU_LANGUAGES)})")
    if problems := unresolved_libraries(DIST):
        print("package: libraries ldd cannot resolve (install them on the build machine, "
              "see `make package-deps`):", *problems, sep="\n  ", file=sys.stderr)
        return 1
    seconds = time.monotonic() - started
    size = folder_bytes(DIST)
    print(f"package: {DIST.relative_to(ROOT)} built in {seconds:.0f} s, "
          f"{size / 1e6:.1f} MB, {len(written)} prebuilt content cache file(s), "
          f"ldd: every library resolved{'' if trim else ' (untrimmed)'}")
    if trim:
        STAMP.write_text(json.dumps({"inputs": input_digest(), "folder": folder_state(DIST),
                                     "seconds": round(seconds, 1), "bytes": size}),
                         encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    """`python tools/package.py [--force] [--no-trim]`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="build even when up to date")
    parser.add_argument("--no-trim", action="store_true",
                        help="keep everything the hooks collect (to measure the trimming)")
    args = parser.parse_args(argv)
    if not (args.force or args.no_trim) and is_current():
        print(f"package: {DIST.relative_to(ROOT)} is up to date")
        return 0
    return build(trim=not args.no_trim)


if __name__ == "__main__":
    sys.exit(main())
