"""What the round 15c hold-outs taught about titles (a brain-computer interface forum, an
underwater-robot show, a materials achievements release, a green-building summit, a
synthetic-biology conference), run on parser 69: guests listed after `出席……的有` hold no 有 in
their titles, a post jieba tags a name is no name before another post, a preposition bounds
the name of the body `该公司` stands for, `她叫某某，是……` gives the post, and a chain of posts
may hold a comma."""

import pytest

from tests.content.helpers import direct, mentions

_QUOTE = "“十年前，这样的设备几乎全靠进口。”"


@pytest.mark.parametrize(("text", "expected"), [
    ("出席开幕式的有中国工程院院士、某某大学教授阚振东，国家某某检测中心主任鲁晓鸥等。",
     [("阚振东", "中国工程院院士、某某大学教授"), ("鲁晓鸥", "国家某某检测中心主任")]),
    ("参加会议的还有市科技局局长王一鸣。", [("王一鸣", "市科技局局长")]),
    ("到场的有中国科学院院士王一鸣。", [("王一鸣", "中国科学院院士")]),
    # Unchanged: 有 opens these words.
    ("省商务厅的有关负责人王一鸣说。", [("王一鸣", "有关负责人")]),
    ("有色金属研究院院长王一鸣说。", [("王一鸣", "有色金属研究院院长")]),
])
def test_guests_listed_after_you_hold_no_you_in_their_titles(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("opening", "title"), [
    ("同一中心的博士后研究员隗子健则把更多时间花在病房里。", "博士后研究员"),
    ("中心的博士后研究员王子健则把更多时间花在病房里。", "博士后研究员"),
])
def test_a_post_tagged_as_a_name_is_none(opening: str, title: str) -> None:
    [(_, speaker, got, _)] = direct(opening + _QUOTE + "他说。")
    assert (speaker, got) == (opening[opening.index(title) + len(title):][:3], title)


@pytest.mark.parametrize(("text", "name", "title"), [
    # jieba tags 大连 an adverb and 深蓝 a distinction: the walk over the body's words
    # stopped inside its name.
    ("在大连深蓝海洋装备有限公司的展台前，一台仿生机器人正在巡游。该公司总工程师蔺海波说，"
     "这款机器人很安静。", "蔺海波", "大连深蓝海洋装备有限公司总工程师"),
    # 先进 is an adjective.
    ("发布会由中国科学院甬江先进材料研究所主办。该所所长、研究员戚国梁介绍了成果。",
     "戚国梁", "中国科学院甬江先进材料研究所所长、研究员"),
    # Unchanged: a body only described keeps 该.
    ("在一家民营海洋装备公司的展台前，机器人正在巡游。该公司总工程师蔺海波说，这款机器人很安静。",
     "蔺海波", "该公司总工程师"),
])
def test_a_preposition_bounds_the_body_this_one_names(text: str, name: str, title: str) -> None:
    assert dict(mentions(text))[name] == title


@pytest.mark.parametrize(("text", "title"), [
    ("一位穿着工装的女士举手提问。她叫钭文静，是宁波一家汽车零部件企业的技术总监。"
     f"{_QUOTE}钭文静说。", "技术总监"),
    (f"一位男士举手提问。他名叫王一鸣，是某公司的工程师。{_QUOTE}王一鸣说。", "工程师"),
])
def test_a_name_given_after_a_description_takes_the_post_after_shi(text: str, title: str) -> None:
    [(_, _, got, _)] = direct(text)
    assert got == title


@pytest.mark.parametrize(("text", "name", "title"), [
    ("河北雄安新区党工委委员、管委会副主任，规划建设局局长籍海涛在开幕式上介绍，新区发展很快。",
     "籍海涛", "河北雄安新区党工委委员、管委会副主任，规划建设局局长"),
    ("天津市科学技术局党组书记、局长，市合成生物产业链“链长”办公室主任聂振华在致辞中表示，天津很好。",
     "聂振华", "天津市科学技术局党组书记、局长，市合成生物产业链“链长”办公室主任"),
    # Unchanged: a clause of setting, a role the person holds there, someone named before.
    ("身为大会执行主席，中国科学院院士阎志鹏在开幕式上说，产业很好。", "阎志鹏", "中国科学院院士"),
    ("该所所长、研究员戚国梁，副所长、研究员訾红英分别介绍了成果。", "訾红英", "副所长、研究员"),
    ("会议由市长主持，副市长王一鸣介绍了情况。", "王一鸣", "副市长"),
])
def test_a_chain_of_posts_may_hold_a_comma(text: str, name: str, title: str) -> None:
    assert dict(mentions(text))[name] == title
