"""What the round 11a hold-outs taught (a county farm-produce fair, a community canteen for
the elderly, a provincial telemedicine network, a youth football final): a post jieba knows
one character longer than a listed role, a predicate read as a name of four characters, a
surname and a form of address for someone named in full before, and a bare noun of age or
sex standing for the person just named."""

import pytest

from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("text", "expected"), [
    # A listed role (护士) heads a noun the dictionary knows one character longer (护士长):
    # the post is the longer noun, and the name starts after it.
    ("一旁的护士长包晓雯补充道：“病人出院后我们每周都打电话。”", [("包晓雯", "护士长")]),
    ("心内科护士长包晓雯正在交班。", [("包晓雯", "心内科护士长")]),
    ("车间的班长邵立新说，订单排到了年底。", [("邵立新", "班长")]),
    # Unchanged: the listed role is the whole word.
    ("护士包晓雯正在给病人量血压。", [("包晓雯", "护士")]),
    ("球队的队长沐晨阳说，大家都很拼。", [("沐晨阳", "队长")]),
    ("店长贾晓梅告诉记者，周末客流翻了一番。", [("贾晓梅", "店长")]),
])
def test_a_listed_role_inside_a_longer_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A counted role then a verb and its object: no name of four characters.
    ("网格员缪晓燕每天都要给楼里的几位老人送餐上门。", [("缪晓燕", "网格员")]),
    ("志愿者们每周给三位老人送菜到家。", []),
    # Unchanged: names of four characters without a Han surname.
    ("彝族歌手吉克阿依在台上演唱。", [("吉克阿依", "彝族歌手")]),
    ("藏族姑娘次仁央宗在台上演唱。", [("次仁央宗", "藏族姑娘")]),
])
def test_a_predicate_after_a_role_is_no_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_a_pronoun_after_a_predicate_read_as_no_name() -> None:
    assert direct("网格员缪晓燕每天中午都提着保温箱，给楼里的几位老人送餐上门。“送饭时顺便看看老人"
                  "身体怎么样。”她说。") == [
        ("送饭时顺便看看老人身体怎么样。", "缪晓燕", "网格员", "")]
