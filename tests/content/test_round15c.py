"""What the round 15c hold-outs taught (a brain-computer interface forum, an underwater-robot
show, a materials achievements release, a green-building summit, a synthetic-biology
conference), run on parser 69: guests listed after `出席……的有` hold no 有 in their titles, a
post jieba tags a name is no name before another post, a preposition bounds the name of the
body `该公司` stands for, `她叫某某，是……` gives the post, a caption's post titles the bare name
in the body, `打了个比方` after the words attributes them, the one named after `的是` is whom
the sentence is about, a description may open with `来自……的` or count a body whose post
follows, `某女士` is the full name the text then calls her by, and a chain of posts may hold
a comma."""

import pytest

from kiosk.content.build import build_model
from kiosk.content.source import SourceText
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


def _model(body: str) -> list[tuple[str, str, str, str]]:
    text = f"标题在这里\n\n本报天津11月5日电（记者 甲乙）5日，大会在天津开幕。\n\n{body}"
    model = build_model(SourceText("caption.txt", text, "utf-8", "0"))
    return [(q.text, q.speaker, q.speaker_title, q.kind) for q in model.quotes]


@pytest.mark.parametrize("caption_first", [True, False])
def test_a_post_given_in_a_caption_titles_the_bare_name_in_the_body(caption_first: bool) -> None:
    caption = "▲天津某某研究院研究员郇佳宁（左）向参观者展示淀粉样品。 本报记者 甲乙 摄\n\n"
    body = f"在成果展区，菌液正冒着气泡。{_QUOTE}郇佳宁说。\n\n"
    assert _model(caption + body if caption_first else body + caption) == [
        ("十年前，这样的设备几乎全靠进口。", "郇佳宁", "天津某某研究院研究员", "direct")]


@pytest.mark.parametrize("text", [
    "团队今年把效率提高了4倍（“相当于一个车间干了过去四个车间的活儿。”郇佳宁打了个比方）。",
    "“相当于一个车间干了过去四个车间的活儿。”郇佳宁打了一个比方。",
])
def test_a_comparison_after_the_words_attributes_them(text: str) -> None:
    assert direct(text) == [("相当于一个车间干了过去四个车间的活儿。", "郇佳宁", "", "")]


@pytest.mark.parametrize("verb", ["为施泰纳担任翻译的是", "给施泰纳做翻译的是"])
def test_the_one_named_after_de_shi_is_whom_the_sentence_is_about(verb: str) -> None:
    assert direct("“雄安的做法让我想起欧洲。”德国某研究中心主任沃尔夫冈·施泰纳通过翻译说。",
                  f"{verb}某大学博士生殷若溪。“很多术语还没有中文译法。”她笑着说。")[1] == (
        "很多术语还没有中文译法。", "殷若溪", "某大学博士生", "")


@pytest.mark.parametrize(("opening", "described"), [
    ("来自山东荣成的一位海洋牧场负责人在水箱前看了许久。", "来自山东荣成的一位海洋牧场负责人"),
    ("来自荣成的一名渔民在水箱前看了许久。", "来自荣成的一名渔民"),
    ("一家来自山东的食品企业负责人在展台前咨询了半个多小时。", "一家来自山东的食品企业负责人"),
])
def test_a_described_person_after_someone_named(opening: str, described: str) -> None:
    assert direct("“我们先把它用在养殖场。”市场部经理单丽娜补充说。", opening + _QUOTE + "他说。")[1] \
        == ("十年前，这样的设备几乎全靠进口。", "", "", described)


def test_a_body_counted_without_a_post_is_nobody() -> None:
    assert direct("“我们先把它用在养殖场。”市场部经理单丽娜补充说。",
                  f"一家专业生产农机的企业也来了。{_QUOTE}她说。")[1][1] == "单丽娜"


@pytest.mark.parametrize(("called", "expected"), [
    ("这位名叫蒲春燕的母亲告诉记者，她最大的心愿是儿子能回到课堂。", "蒲春燕"),
    ("她叫蒲春燕，今年52岁。", "蒲春燕"),
    # Unchanged: someone else of her surname.
    ("她的儿子叫蒲小川。", "蒲女士"),
])
def test_a_woman_called_by_surname_is_named_in_full_later(called: str, expected: str) -> None:
    quotes = direct("年轻人的母亲蒲女士一直红着眼眶。“儿子两年没说过一句完整的话，”她擦了擦眼睛，"
                    f"“今天他打出了两个字。”{called}")
    assert {speaker for _, speaker, _, _ in quotes} == {expected}


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
