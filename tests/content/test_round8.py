"""What the eighth round of hold-outs taught: roles the lists lack (a craft ending in 匠, a
noun right before a name) and a post written after the name."""

import pytest

from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("text", "expected"), [
    # A craft ends in 匠, like 师 or 手: a name may follow it.
    ("镇上的木匠钱德贵正在刨一块木板。", [("钱德贵", "木匠")]),
    ("村里的银匠龙光荣正在现场錾刻一只手镯。", [("龙光荣", "银匠")]),
    # A dictionary noun opening a clause right before a name is the person's role.
    ("台上，领唱吴雨桐今年刚满19岁。", [("吴雨桐", "领唱")]),
    ("比赛结束后，裁判蒋伟明走到场边。", [("蒋伟明", "裁判")]),
    # ... but not the reporter's, nor a noun before a word that is no name.
    ("记者张明远在现场看到，展台前排起了长队。", []),
    ("台上，领唱歌曲今年刚满一百首。", []),
])
def test_roles_beyond_the_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # The role read from its noun is carried to the quote; 她 is the person just named,
    # not the official two paragraphs back.
    (("某州文旅局局长欧阳晓霞介绍，全州有非遗工坊460余家。",
      "“我们要让手艺人有尊严地生活。”欧阳晓霞说。",
      "台上，大歌队正在演唱。领唱吴雨桐今年刚满19岁，她告诉记者：“大歌没有指挥，全靠耳朵听。”"),
     [("我们要让手艺人有尊严地生活。", "欧阳晓霞", "某州文旅局局长", ""),
      ("大歌没有指挥，全靠耳朵听。", "吴雨桐", "领唱", "")]),
    # A post right after the name is the title, also for a name jieba's dictionary lacks.
    (("在展台前，北京大学人工智能研究院的郗振东教授正在给观众讲解。他说，养老机器人最难的是理解老人。",
      "“老人说有点闷，可能是想开窗。”郗振东说。"),
     [("老人说有点闷，可能是想开窗。", "郗振东", "教授", "")]),
    (("蒯立言研究员正在调试设备。“这台望远镜花了我们十年。”蒯立言说。",),
     [("这台望远镜花了我们十年。", "蒯立言", "研究员", "")]),
])
def test_titles_read_beyond_the_speaker_phrase(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected
