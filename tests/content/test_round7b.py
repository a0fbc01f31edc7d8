"""What the round 7b hold-outs taught: titles given only by a description before the name,
他/她 that must agree with whom the text has shown to be a man or a woman, a rare name after
a role the dictionary knows, a nickname that is no reporting verb, and newspapers' datelines."""

import pytest

from kiosk.content.normalize import normalize
from kiosk.content.quotes import extract_quotes
from tests.content.helpers import direct, mentions, paras


def _all(*texts: str) -> list[tuple[str, str, str, str]]:
    """Every quote of these paragraphs, direct and reported: (text, speaker, title, kind)."""
    return [(q.text, q.speaker, q.speaker_title, q.kind) for q in extract_quotes(paras(*texts))]


@pytest.mark.parametrize(("text", "expected"), [
    # A person noun no list holds, after a description ending in 的 or 是, is the title of
    # someone later quoted by name alone.
    ("72岁的京剧票友于德顺坐在门口拉胡琴。“这把琴跟了我五十年。”于德顺说。",
     [("这把琴跟了我五十年。", "于德顺", "京剧票友", "")]),
    ("从外地赶来的戏迷冯雅琴看了两场。“这出戏我看了十遍。”冯雅琴说。",
     [("这出戏我看了十遍。", "冯雅琴", "戏迷", "")]),
    ("站在他身后的是队友单晓峰，今年19岁。“我们一起练了三年。”单晓峰告诉记者。",
     [("我们一起练了三年。", "单晓峰", "队友", "")]),
    # An age, a place or nothing before the name is no title.
    ("19岁的冯雅琴看了两场。“这出戏我看了十遍。”冯雅琴说。",
     [("这出戏我看了十遍。", "冯雅琴", "", "")]),
    ("在上海的冯雅琴看了两场。“这出戏我看了十遍。”冯雅琴说。",
     [("这出戏我看了十遍。", "冯雅琴", "", "")]),
])
def test_title_from_a_description_before_the_first_mention(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # In a speaker phrase, a person noun no list holds between 的 and the name is the title.
    ("她的同事肖立峰在一旁补充：“我们是专门请假来的。”", [("我们是专门请假来的。", "肖立峰", "同事", "")]),
    ("他的队友王立峰赛后说：“这场比赛我们准备了很久。”", [("这场比赛我们准备了很久。", "王立峰", "队友", "")]),
    # Not a post cut inside its word, a common word jieba tags as a name, a form of address.
    ("一位来自企业的工程师说：“这台设备很省电。”", [("这台设备很省电。", "", "", "一位来自企业的工程师")]),
    ("“内容少是最大的问题。”长期关注这个行业的赛迪顾问分析师聂一帆对记者说。",
     [("内容少是最大的问题。", "聂一帆", "赛迪顾问分析师", "")]),
    ("村里的老阿妈笑着说：“今年的花椒又是好收成！”", [("今年的花椒又是好收成！", "", "", "村里的老阿妈")]),
])
def test_a_person_noun_before_the_name_in_a_speaker_phrase(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(text) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # 她 after a man quoted last (`她的丈夫某某`, the head 夫 marks him): the woman before him.
    (("来自广州的游客祝晓云说：“我第一次来看龙舟赛。”她的丈夫肖立峰在一旁补充：“我们是专门请假"
      "来的。”她说，明年还要带父母来。",),
     ("明年还要带父母来。", "祝晓云", "游客", "indirect")),
    # ... or someone the text has called 他 (`他打了个比方`), named after her.
    (("陶艺师傅章玉兰正在拉坯。“泥要揉透。”章玉兰说。",
      "坐在她旁边的是徒弟冉志刚。“师傅教得细。”冉志刚说。他打了个比方：“揉泥就像和面。”",
      "一旁的章玉兰笑了。她说，徒弟学得快。"),
     ("徒弟学得快。", "章玉兰", "陶艺师傅", "indirect")),
    (("退休教师汪春梅带着外孙来看展。“孩子喜欢恐龙。”汪春梅说。",
      "8岁的小学生裴子航说：“我最喜欢霸王龙。”他说，回去要画一张恐龙图。",
      "她说，这样的展览应该多办。"),
     ("这样的展览应该多办。", "汪春梅", "退休教师", "indirect")),
    # Unchanged: the person last named, when nothing says otherwise.
    (("来自广州的游客祝晓云说：“我第一次来看龙舟赛。”同行的游客肖立峰在一旁补充：“我们是专门请假"
      "来的。”她说，明年还要带父母来。",),
     ("明年还要带父母来。", "肖立峰", "游客", "indirect")),
])
def test_a_pronoun_agrees_with_whom_the_text_has_shown_to_be_a_man_or_a_woman(
        texts: tuple[str, ...], expected: tuple[str, str, str, str]) -> None:
    assert expected in _all(*texts)


@pytest.mark.parametrize(("text", "expected"), [
    # A role known by its last character (商) that the dictionary knows whole as a noun
    # vouches for a name it lacks (朴 is no common Han surname).
    ("韩国仁川的出口商朴智焕和日本大阪的批发商田中一郎在展区相遇。",
     [("朴智焕", "出口商"), ("田中一郎", "批发商")]),
    # Not after an everyday noun (国家), nor before an organisation.
    ("国家能源局副局长冷一鸣在会上说。", [("冷一鸣", "国家能源局副局长")]),
    ("人民医院院长李一鸣说。", [("李一鸣", "人民医院院长")]),
])
def test_a_rare_name_after_a_role_the_dictionary_knows(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_a_rare_name_after_a_role_speaks_before_a_colon_with_no_speech_verb() -> None:
    text = ("韩国仁川的出口商朴智焕和日本大阪的批发商田中一郎在展区相遇。“日本的茶叶很好卖。”田中一郎说。"
            "朴智焕则对茶具更感兴趣：“韩国年轻人喜欢喝茶。”")
    assert ("韩国年轻人喜欢喝茶。", "朴智焕", "出口商", "") in direct(text)


@pytest.mark.parametrize(("text", "expected"), [
    # `给……起了个昵称，叫“……”` names a thing: an addressee phrase (给/向/对 someone) holds no
    # completed action, so 称 of 昵称 is no reporting verb.
    ("农技员给这个新品种起了个昵称，叫“金果果”。", []),
    ("团队成员给这个基因起了个昵称，叫“耐热王”。", []),
    # Unchanged: an addressee before the verb.
    ("李一鸣给记者介绍，今年的产量翻了一番。", [("今年的产量翻了一番。", "李一鸣", "", "indirect")]),
])
def test_a_nickname_is_no_reported_speech(text: str,
                                          expected: list[tuple[str, str, str, str]]) -> None:
    assert _all(text) == expected


@pytest.mark.parametrize(("dateline", "place"), [
    ("光明日报贵阳6月14日电", "贵阳"),
    ("经济日报杭州5月3日电", "杭州"),
    ("新华社广州3月2日电", "广州"),
    ("本报厦门5月6日电", "厦门"),
])
def test_a_newspaper_dateline(dateline: str, place: str) -> None:
    page = normalize(f"展会开幕\n\n{dateline}（记者 甲乙丙）3日，展会开幕。\n")
    assert (page.dateline, page.place, page.reporters) == (dateline, place, ["甲乙丙"])
