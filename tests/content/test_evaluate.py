"""The scorer: matching rules on hand-made models, folders on disk, the bar and the table."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.content.build import build_model
from kiosk.content.evaluate import Bar, Evaluation, FileScore, evaluate, format_table, score
from kiosk.content.model import ContentModel, Exhibit, Figure, Provenance, Quote
from kiosk.content.source import SourceText
from tests.conftest import FIXTURES

ARTICLE = "“我们会继续加大投入。”某某大学校长王大明说。"


def _model(quotes: list[Quote] = (), exhibits: list[str] = (),  # type: ignore[assignment]
           figures: list[tuple[str, float, int | None]] = ()) -> ContentModel:  # type: ignore[assignment]
    model = build_model(SourceText("x.txt", "标题\n\n正文。", "utf-8", "0"))
    where = Provenance("article", 0)
    return replace(
        model, quotes=list(quotes),
        exhibits=[Exhibit(f"e-{n}", name, "robot", "", [], "", [], [], [], where)
                  for n, name in enumerate(exhibits)],
        figures=[Figure(f"f-{n}", "count", value, "个", literal, "", "", 0, year=year)
                 for n, (literal, value, year) in enumerate(figures)])


def _quote(text: str, speaker: str = "", title: str = "", kind: str = "direct",
           unnamed: str = "") -> Quote:
    return Quote(id=text[:4], text=text, speaker=speaker, speaker_title=title, context="",
                 kind=kind, paragraph=0, provenance=Provenance("article", 0),  # type: ignore[arg-type]
                 unnamed_speaker=unnamed)


def _answer(text: str, speaker: str = "", title: str = "", kind: str = "direct",
            unnamed: str | None = None) -> dict:  # type: ignore[type-arg]
    answer = {"text": text, "speaker": speaker, "speaker_title": title, "kind": kind}
    if unnamed is not None:
        answer["unnamed_speaker"] = unnamed
    return answer


def test_a_named_speaker_and_title_must_be_equal_after_removing_spaces() -> None:
    model = _model([_quote("一句 话。", "王大明", "某大学 校长"), _quote("第二句。", "王大", "某大学校长")])
    got = score("a", model, {"quotes": [_answer("一句话。", "王大明", "某大学校长"),
                                        _answer("第二句。", "王大明", "某大学校长")]})
    assert (got.direct, got.speaker_right, got.title_right) == (2, 1, 2)
    assert got.misses == ["a: speaker '王大', expected '王大明': 第二句。"]
    assert got.false_quotes == []


def test_unnamed_and_absent_speakers_are_scored_by_kind_and_never_by_an_invented_name() -> None:
    model = _model([_quote("甲。", unnamed="一位参展商"), _quote("乙。", "李四"),
                    _quote("丙。"), _quote("丁。", unnamed="观众")])
    got = score("a", model, {"quotes": [
        _answer("甲。", unnamed="参展商"),      # described, any wording: right
        _answer("乙。", unnamed="不少观众"),    # a name was invented: wrong
        _answer("丙。"),                        # nobody given, nobody reported: right
        _answer("丁。")]})                      # nobody given, someone reported: wrong
    assert (got.direct, got.speaker_right, got.title_right) == (4, 2, 4)  # no titles at all


def test_reported_speech_matches_by_overlap_and_anything_else_is_a_false_quote() -> None:
    answer = "要加快构建开放共享的海洋观测网络，推动海洋数据互联互通。"
    model = _model([_quote(answer[:-1], "甲", kind="indirect"),  # one mark short: found
                    _quote("创新高地", ""),                       # a term: false
                    _quote("要加快构建", "甲", kind="indirect")])  # far too short: false
    got = score("a", model, {"quotes": [_answer(answer, "甲", kind="indirect")]})
    assert (got.indirect, got.indirect_found) == (1, 1)
    assert got.false_quotes == ["创新高地", "要加快构建"]


def test_a_missed_quote_counts_against_speaker_and_title() -> None:
    got = score("a", _model(), {"quotes": [_answer("没说出的话。", "甲", "主任")]})
    assert (got.direct, got.speaker_right, got.title_right) == (1, 0, 0)
    assert got.misses == ["a: quote not found: 没说出的话。"]


@pytest.mark.parametrize(("want", "got", "found"), [
    ("六轴协作机械臂", "协作机械臂", True),     # a modifier less in front
    ("壁画病害检测机器人", "履带式壁画病害检测机器人", True),
    ("四足机器狗", "机器狗", False),            # only the kind word is left
    ("智能手表", "智能手表 ", True),
    ("折叠屏手机", "折叠屏", False),
])
def test_exhibit_names_match_when_equal_or_one_ends_with_the_other(
        want: str, got: str, found: bool) -> None:
    result = score("a", _model(exhibits=[got]), {"exhibits": [want]})
    assert (result.exhibits, result.exhibits_found) == (1, int(found))


def test_figures_match_by_source_and_value_and_skip_years_and_event_ordinals() -> None:
    model = _model(figures=[("80多个", 80, None), ("近八成", 0.8, 2024), ("7 万份", 70000, None)])
    answers = [
        {"source": "80多个", "value": 80, "unit": "个", "kind": "count"},
        {"source": "八成", "value": 8, "unit": "成", "kind": "fraction", "year": 2023},
        {"source": "7万份", "value": 70000, "unit": "份", "kind": "count"},
        {"source": "7万份", "value": 7000, "unit": "份", "kind": "count"},  # wrong value
        {"source": "2023年", "value": 2023, "unit": "年", "kind": "year"},
        {"source": "第十二届", "value": 12, "unit": "届", "kind": "rank"},
    ]
    got = score("a", model, {"figures": answers})
    assert (got.figures, got.figures_found) == (4, 3)
    assert (got.figure_years, got.figure_years_right) == (1, 0)


def _write(folder: Path, name: str, text: str, answer: dict | None) -> None:  # type: ignore[type-arg]
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    if answer is not None:
        (folder / f"{name}.expected.json").write_text(json.dumps(answer), encoding="utf-8")


def test_evaluate_scores_each_article_with_an_answer_file(tmp_path: Path) -> None:
    _write(tmp_path, "b", ARTICLE, {"quotes": [_answer("我们会继续加大投入。", "王大明", "某某大学校长")]})
    _write(tmp_path, "a", ARTICLE, {"quotes": [_answer("我们会继续加大投入。", "李四", "")]})
    _write(tmp_path, "no_answer", ARTICLE, None)
    evaluation = evaluate(tmp_path)
    assert [f.name for f in evaluation.files] == ["a", "b"]
    total = evaluation.total
    assert (total.direct, total.speaker_right, total.title_right) == (2, 1, 1)
    assert evaluation.to_json()["total"]["speaker_right"] == 1
    json.dumps(evaluation.to_json())


def test_the_bar_names_every_score_below_it() -> None:
    evaluation = Evaluation("f", [FileScore("a", direct=10, speaker_right=8, title_right=10,
                                            figures=4, figures_found=4,
                                            false_quotes=["x", "y", "z"])])
    assert evaluation.failures(Bar(speaker=0.9, false_quotes=2)) == [
        "direct quotes with the right speaker: 8/10 = 80%, below 90%",
        "false quotes: 3, more than 2"]
    assert evaluation.failures(Bar(speaker=0.8, false_quotes=3)) == []
    assert Evaluation("empty", []).failures() == ["no NAME.txt with NAME.expected.json in empty"]


def test_the_table_has_a_row_per_article_and_the_total() -> None:
    evaluation = Evaluation("f", [FileScore("one", direct=2, speaker_right=1, title_right=2),
                                  FileScore("two", indirect=3, indirect_found=3,
                                            false_quotes=["x"])])
    assert format_table(evaluation).splitlines() == [
        "article  speaker  title  reported  false  exhibits  figures  fig.year",
        "---------------------------------------------------------------------",
        "one          1/2    2/2         -      0         -        -         -",
        "two            -      -       3/3      1         -        -         -",
        "---------------------------------------------------------------------",
        "total        1/2    2/2       3/3      1         -        -         -",
    ]


def test_the_parser_meets_the_bar_on_the_fixtures() -> None:
    evaluation = evaluate(FIXTURES)
    assert len(evaluation.files) >= 19
    assert evaluation.failures() == [], format_table(evaluation)
