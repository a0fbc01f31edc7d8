"""Reading articles: encodings, line ends, and files that are not articles."""

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.content.source import SourceError, read_source
from tests.conftest import ROOT, SEED

TEXT = "“合作共赢。”某某说。\n第二段。\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8"),
    (TEXT.encode("gb18030"), "gb18030"),
    (TEXT.encode("gbk"), "gb18030"),
    (TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
])
def test_encodings_and_line_ends(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    source = read_source(path)
    assert source.text == TEXT
    assert source.encoding == encoding


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p, "no such file"),
    (lambda p: (p.mkdir(), p)[1], "is a directory"),
    (lambda p: (p.write_bytes(b""), p)[1], "empty"),
    (lambda p: (p.write_bytes(b" \n\n"), p)[1], "empty"),
    (lambda p: (p.write_bytes(bytes(range(256)) * 4), p)[1], "binary"),
    (lambda p: (p.write_bytes(b"\xff\xfe\xfd" * 50), p)[1], "not UTF-8 or GB18030"),
])
def test_unusable_files_raise_one_clear_error(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path / "x.txt")
    with pytest.raises(SourceError, match=message):
        read_source(path)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", "parse", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120, check=False)


@pytest.mark.parametrize("name", ["missing.txt", "."])
def test_cli_exits_2_with_one_line(tmp_path: Path, name: str) -> None:
    result = _cli(str(tmp_path / name))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("error: ")


def test_cli_binary_and_empty(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "empty.txt").write_bytes(b"")
    for name in ("bin.txt", "empty.txt"):
        result = _cli(str(tmp_path / name))
        assert (result.returncode, len(result.stderr.splitlines())) == (2, 1)
        assert "Traceback" not in result.stderr


def test_cli_json_has_the_model(tmp_path: Path) -> None:
    import json

    result = _cli(str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"schema", "article", "quotes", "achievements", "exhibits", "figures", "people",
            "organisations", "topics"} <= set(data)
    assert "习近平" in result.stdout  # ensure_ascii=False
    assert {"text", "speaker", "speaker_title", "kind"} <= set(data["quotes"][0])


def test_cli_summary_is_readable() -> None:
    result = _cli(str(SEED))
    assert result.returncode == 0
    assert "从中关村论坛看“第一动力”" in result.stdout
    assert "the article announces 10" in result.stdout
