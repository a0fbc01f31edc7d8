"""The seed's curation: English for every text a visitor sees, a card of its own for every
achievement and the surgical robot, each fact with its source, and no entry left unused."""

from __future__ import annotations

import dataclasses
import re

import pytest

from kiosk.content.model import ContentModel
from kiosk.present import rows
from kiosk.present.localize import Localizer, Note
from kiosk.present.missing import untranslated

SURGICAL_ROBOT = "单孔腔镜手术机器人"
HUMANOID_ROBOT = "全尺寸人形仿生机器人"

# Every card the kiosk shows, in the model's order: Chinese name, English name, facts.
CARDS = [
    ("量子计算云平台 Quafu", "Quafu quantum computing cloud", 4),
    ("量子直接通信样机", "Prototype of quantum direct communication", 4),
    ("新一代256核区块链专用加速芯片", "Next-gen 256-core blockchain chip", 4),
    ("人体细胞化学重编程体系", "Human cell chemical reprogramming", 4),
    ("半导体黑磷的超快瞬时能带调控", "Ultrafast band control in black phosphorus", 4),
    ("综合极端条件实验装置", "SECUF: extreme conditions facility", 4),
    ("地球系统数值模拟装置", "EarthLab: Earth system simulator", 4),
    ("《北京国际科技创新中心建设情况评估报告》", "Beijing Innovation Center Assessment", 3),
    ("中关村先行先试改革重要进展与成效", "Zhongguancun Pilot Reform Results", 3),
]
SUMMARY_WORDS = 26  # an English card summary fits a card and an attract slide
FACT_WORDS = 15
_NOT_ENGLISH = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _english(model: ContentModel) -> Localizer:
    return Localizer(model.english, "en")


def test_the_curation_file_produces_no_notes(seed_model: ContentModel) -> None:
    assert seed_model.curation == []


def test_every_text_a_visitor_sees_has_english(seed_model: ContentModel) -> None:
    assert untranslated(seed_model) == []


def test_every_english_entry_is_shown_somewhere(seed_model: ContentModel) -> None:
    """An entry whose Chinese no screen shows is stale (the parser or an override changed the
    text). What the screens show is what they would list untranslated without any English."""
    shown = {text.strip() for text in untranslated(dataclasses.replace(seed_model, english={}))}
    assert sorted(set(seed_model.english) - shown) == []
    assert len(seed_model.english) == len(shown) == 185


def test_english_has_no_chinese_characters_or_punctuation(seed_model: ContentModel) -> None:
    assert [en for en in seed_model.english.values() if _NOT_ENGLISH.search(en)] == []


def test_every_card_is_curated_in_both_languages(seed_model: ContentModel) -> None:
    english = rows.achievement_rows(seed_model, _english(seed_model))
    assert [(item.name, row.name, len(row.facts))
            for item, row in zip(seed_model.achievements, english, strict=True)] == CARDS
    assert {en.note for en in english} == {Note.TRANSLATED}


@pytest.mark.parametrize("language", ["zh", "en"])
def test_no_two_cards_share_a_summary(seed_model: ContentModel, language: str) -> None:
    """Nor the surgical robot, whose demonstration stands for its summary (exhibits have
    none)."""
    loc = Localizer(seed_model.english, language)
    summaries = [row.summary for row in rows.achievement_rows(seed_model, loc)]
    robot = next(row for row in rows.exhibit_rows(seed_model, loc)
                 if row.key == _exhibit_id(seed_model, SURGICAL_ROBOT))
    summaries.append(robot.demonstration)
    assert all(summaries)
    assert len(set(summaries)) == len(summaries) == 10


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_card_and_the_surgical_robot_have_two_to_four_sourced_facts(
        seed_model: ContentModel, language: str) -> None:
    loc = Localizer(seed_model.english, language)
    robot = _exhibit_id(seed_model, SURGICAL_ROBOT)
    items = [(row.name, row.facts) for row in rows.achievement_rows(seed_model, loc)]
    items += [(row.name, row.facts) for row in rows.exhibit_rows(seed_model, loc)
              if row.key == robot]
    assert len(items) == 10
    for name, facts in items:
        assert 2 <= len(facts) <= 4, name
        assert all(fact.text.strip() and fact.source.strip() for fact in facts), name


def test_english_cards_are_short_enough_for_cards_and_slides(seed_model: ContentModel) -> None:
    english = rows.achievement_rows(seed_model, _english(seed_model))
    robot = next(row for row in rows.exhibit_rows(seed_model, _english(seed_model))
                 if row.key == _exhibit_id(seed_model, SURGICAL_ROBOT))
    long_summaries = [s for s in [row.summary for row in english] + [robot.demonstration]
                      if len(s.split()) > SUMMARY_WORDS]
    long_facts = [f.text for row in english for f in row.facts if len(f.text.split()) > FACT_WORDS]
    long_facts += [f.text for f in robot.facts if len(f.text.split()) > FACT_WORDS]
    assert (long_summaries, long_facts) == ([], [])


def test_the_unconfirmed_team_is_not_stated_as_fact(seed_model: ContentModel) -> None:
    """No source ties 人体细胞化学重编程体系 to a team: the card says so before the
    published work it then describes."""
    card = next(a for a in seed_model.achievements if a.name == "人体细胞化学重编程体系")
    assert card.facts[0].text == ("公开报道只列出这项成果的名称，没有说明发布团队；"
                                  "它与下列北京大学研究的联系未经证实")
    assert seed_model.english[card.facts[0].text] == (
        "No report names its team; a link to the Peking University work below is unconfirmed")
    assert "邓宏魁" not in card.summary


def test_the_humanoid_robot_gets_nothing_beyond_the_article(seed_model: ContentModel) -> None:
    """No source names a full-size humanoid robot at the 2023 forum: only its caption."""
    robot = next(e for e in seed_model.exhibits if e.name == HUMANOID_ROBOT)
    assert (robot.maker, robot.facts, robot.demonstration) == ("", [], "")
    row = next(r for r in rows.exhibit_rows(seed_model, _english(seed_model))
               if r.key == robot.id)
    assert (row.name, row.caption, row.credit) == (
        "Full-size humanoid", "Full-size bionic humanoid robot.",
        "Zhang Chenlin, Xinhua")


def test_english_figures_count_up_to_their_first_number(seed_model: ContentModel) -> None:
    items = {item.literal: (item.prefix, item.number, item.suffix, item.label)
             for row in rows.figure_rows(seed_model, _english(seed_model)) for item in row.items}
    assert items["80+"] == ("", 80, "+", "countries and regions")
    assert items["10k years"] == ("", 10, "k years", "classical computer")
    assert items["136"] == ("", 136, "", "qubits")
    assert items["No. 34"] == ("No.", 34, "", "Global Innovation Index")
    assert items["two-thirds"] == ("", -1, "two-thirds", "of those from China")


def test_speakers_have_their_usual_names(seed_model: ContentModel) -> None:
    names = [row.name for row in rows.speaker_rows(seed_model, _english(seed_model))[1:]]
    assert names == ["Xi Jinping", "Bill Gates", "Dong Jin", "Hu Huihui", "Qi Xiangdong",
                     "Fan Heng", "Wang Xiaodong", "Daren Tang", "Saifur Rahman", "Denis Simon",
                     "Zhang Jihong"]


def _exhibit_id(model: ContentModel, name: str) -> str:
    return next(e.id for e in model.exhibits if e.name == name)
