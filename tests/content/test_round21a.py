"""Forms of batch 53's first contact (a provincial agriculture expo, a rocket company's press
conference, a half marathon's side story, a museum's digital exhibition; invented sentences,
names and bodies made up): each failed before the rule it tests, unless marked as a guard."""

import pytest

from tests.content.helpers import direct


@pytest.mark.parametrize(("texts", "want"), [
    # Words right after one's reported speech go on with it; whoever the clause after them
    # names, introducing words of their own with a colon, speaks only next.
    (["养殖场场长鄢丽萍带着丈夫符振东，在投喂机器人前站了很久。她说，场里养了两万只鸭，"
      "最难的是招人。“有了这个铁家伙，我们两口子也忙得过来。”符振东在一旁憨憨地笑：“我只管开车。”"],
     [("有了这个铁家伙，我们两口子也忙得过来。", "鄢丽萍", "养殖场场长", ""),
      ("我只管开车。", "符振东", "丈夫", "")]),
    (["茶企总经理祁文澜陪着客商柯永年参观车间。祁文澜表示，新生产线一天能制茶五吨。"
      "“以前全靠手工揉捻。”柯永年凑近闻了闻：“那口感会变吗？”"],
     [("以前全靠手工揉捻。", "祁文澜", "茶企总经理", ""), ("那口感会变吗？", "柯永年", "客商", "")]),
    # Guards: the one who reported goes on after the words; no reported speech before them.
    (["园长鄢丽萍说，园里新来了两台机器人。“孩子们都喜欢。”鄢丽萍笑着补充：“家长也放心。”"],
     [("孩子们都喜欢。", "鄢丽萍", "园长", ""), ("家长也放心。", "鄢丽萍", "园长", "")]),
    (["园长鄢丽萍带着丈夫符振东来看展。“真热闹。”符振东感叹：“人太多了。”"],
     [("真热闹。", "符振东", "丈夫", ""), ("人太多了。", "符振东", "丈夫", "")]),
])
def test_words_after_reported_speech(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want
