"""What the fourth round of hold-outs taught: interviews laid out as questions and answers,
words cited as someone's (`正如某某所说`), group speakers, surnames jieba reads as words."""

import pytest

from kiosk.content import segment
from kiosk.content.model import Paragraph
from kiosk.content.names import person_mentions
from kiosk.content.quotes import extract_quotes


def _paras(*texts: str) -> list[Paragraph]:
    return [Paragraph(i, text, 1, 1, 0) for i, text in enumerate(texts)]


def _direct(*texts: str) -> list[tuple[str, str, str, str]]:
    return [(q.text, q.speaker, q.speaker_title, q.unnamed_speaker)
            for q in extract_quotes(_paras(*texts)) if q.kind == "direct"]


@pytest.mark.parametrize(("texts", "expected"), [
    # `记者：` asks, the person interviewed answers by name: each answer is a direct quote.
    (("记者专访了某研究院院长任远山。", "记者：今年有什么变化？", "任远山：变化很大。产品都用起来了。",
      "记者：还有多远？", "任远山：还要三到五年。"),
     [("变化很大。产品都用起来了。", "任远山", "某研究院院长", ""),
      ("还要三到五年。", "任远山", "某研究院院长", "")]),
    # `问：`/`答：` — 答 is the person named before the first question.
    (("记者采访了该团队的博士后韩启明。", "问：怎么发现的？", "答：我们比较了两组小鼠。"),
     [("我们比较了两组小鼠。", "韩启明", "博士后", "")]),
    # A narrow column may join a question and its answer into one paragraph.
    (("记者采访了该团队的博士后韩启明。", "问：怎么发现的？答：我们比较了两组小鼠。"),
     [("我们比较了两组小鼠。", "韩启明", "博士后", "")]),
    # A name and a colon with no question before them introduce no answer.
    (("某公司经理任远山。", "任远山：变化很大。产品都用起来了。"), []),
    (("地址：某市某路1号。",), []),
])
def test_interview_answers_are_direct_quotes_and_questions_are_not(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert _direct(*texts) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    (("“彩灯是名片。”灯会总设计师闻国栋说。", "正如闻国栋所说，“灯会不只是看灯，更是看精气神”。"),
     [("彩灯是名片。", "闻国栋", "灯会总设计师", ""),
      ("灯会不只是看灯，更是看精气神", "闻国栋", "灯会总设计师", "")]),
    (("某公司董事长欧阳振华出席。", "用欧阳振华的话来说，“造车是一场马拉松，不是百米冲刺”。"),
     [("造车是一场马拉松，不是百米冲刺", "欧阳振华", "某公司董事长", "")]),
    (("正如一位老球迷所说，“乒乓球在这里不只是比赛，更是生活”。",),
     [("乒乓球在这里不只是比赛，更是生活", "", "", "一位老球迷")]),
])
def test_words_cited_as_someones_are_that_persons_direct_quote(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert _direct(*texts) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 闻 (a verb to jieba) and 刀 (a noun) are surnames after a post or role.
    ("记者采访了该团队的博士后闻启航。", [("闻启航", "博士后")]),
    ("某汽车副总裁刀丽萍透露了订单数。", [("刀丽萍", "某汽车副总裁")]),
    # ... but a verb is still no name.
    ("老板娘忙得顾不上抬头。", []),
    # 小将 is a role the genre names athletes by.
    ("19岁的小将蒯一凡夺得冠军。", [("蒯一凡", "小将")]),
])
def test_surnames_jieba_reads_as_words_and_more_roles(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(n, t) for _, n, t in person_mentions(text, segment.words(text))] == expected
