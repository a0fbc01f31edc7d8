"""Visitor strings Python writes: dates, provenance, teasers, and the translation hook."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.present import text


@pytest.fixture(autouse=True)
def _no_translator() -> Iterator[None]:
    text.install(None)
    yield
    text.install(None)


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2023-05-25", "2023-05-30", "2023年5月25日—30日"),
    ("2023-05-30", "2023-06-02", "2023年5月30日—6月2日"),
    ("2023-12-30", "2024-01-02", "2023年12月30日—2024年1月2日"),
    ("2023-05-25", "", "2023年5月25日"),
    ("2023-05-25", "2023-05-25", "2023年5月25日"),
    ("", "", ""),
])
def test_event_dates_read_as_a_chinese_reader_writes_them(start: str, end: str,
                                                          expected: str) -> None:
    assert text.date_range(start, end) == expected


def test_provenance_labels() -> None:
    assert text.from_paragraph(9) == "原文第9段"
    assert text.from_curator("人民日报，2023年5月27日") == "策展补充：人民日报，2023年5月27日"
    assert text.from_curator("") == "策展补充"
    assert text.from_caption() == "原文图片说明"


def test_counts_fill_their_placeholders() -> None:
    assert text.count_achievements(6) == "6项成果"
    assert text.count_voices(18, 11) == "18段引语 · 11位嘉宾"


def test_an_installed_translator_translates_and_may_reorder_placeholders() -> None:
    english = {"原文第%1段": "paragraph %1 of the article",
               "%1年%2%3日—%4日": "%3–%4 %2 %1", "5月": "May", "%1项成果": "Achievements: %1"}
    calls: list[tuple[str, str]] = []

    def translator(context: str, source: str, disambiguation: str | None, n: int) -> str:
        calls.append((context, source))
        return english.get(source, source)

    text.install(translator)
    assert text.from_paragraph(3) == "paragraph 3 of the article"
    assert text.date_range("2023-05-25", "2023-05-30") == "25–30 May 2023"
    assert text.count_achievements(2) == "Achievements: 2"
    assert {context for context, _ in calls} == {text.CONTEXT}
    text.install(None)
    assert text.from_paragraph(3) == "原文第3段"
