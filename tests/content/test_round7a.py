"""What the round 7a hold-outs (a science forum, a robot fair, an innovation district, a
science award, a digital-economy summit) taught, and the misses earlier rounds left: names
that took the verb after them or a post before them, speakers after the reporter's own
sentence, a Latin name by its last word, `某总`, terms inside a phrase."""

import pytest

from kiosk.content.normalize import normalize
from kiosk.content.quotes import extract_quotes
from tests.content.helpers import direct, mentions, paras


@pytest.mark.parametrize(("text", "expected"), [
    # A name jieba made with the verb after it (`曲珍|患|高血压`): the verb is the sentence's.
    ("73岁的藏族老人曲珍患高血压多年。", [("曲珍", "藏族老人")]),
    # A name glued to a verb of posture (`厍海|东站|在`).
    ("某公司董事长厍海东站在展台前。", [("厍海东", "某公司董事长")]),
    # A clause of time after the name (`郭明时，`, one word for jieba).
    ("记者见到工程师郭明时，他正忙着调试设备。", [("郭明", "工程师")]),
    # ... and the reporter's meeting is no part of the title.
    ("记者在展台见到某半导体公司副总裁朴俊浩时，他正在演示新品。", [("朴俊浩", "某半导体公司副总裁")]),
    # A `·` name then a verb the dictionary knows after its whole last part.
    ("养蜂人古丽娜尔·吐尔逊捧起刚割下的蜂脾。", [("古丽娜尔·吐尔逊", "养蜂人")]),
    # A last part the dictionary knows as a word, and a syllable after it (`买买提|明`).
    ("某大学教授阿依努尔·买买提明12日在会上发言。", [("阿依努尔·买买提明", "某大学教授")]),
    # A `·` name never reaches back over a post (`总裁兼首席执行官卡尔·`, `董事会主席卡尔·`).
    ("博世集团总裁兼首席执行官卡尔·韦伯出席。", [("卡尔·韦伯", "博世集团总裁兼首席执行官")]),
    ("博世集团董事会主席卡尔·韦伯出席。", [("卡尔·韦伯", "博世集团董事会主席")]),
    # A name without a Han surname whose first syllable jieba reads alone (`扎|西平|措`).
    ("研究所博士研究生扎西平措跟随导师跑了6年野外。", [("扎西平措", "研究所博士研究生")]),
    # Whom someone speaks to is no name (`企业主|向记者`).
    ("一位参会的中小企业主向记者坦言。", []),
    # 会士 (a fellow of a society) is a post.
    ("某大学讲席教授、某学会会士Oliver Grant在深圳工作。",
     [("Oliver Grant", "某大学讲席教授、某学会会士")]),
    # Unchanged: a Han name before a verb, a common verb after a role is no name.
    ("工程师李强站在台上。", [("李强", "工程师")]),
    ("学生去上海看展览。", []),
    ("编剧兼导演宁可欣上台领奖。", [("宁可欣", "编剧兼导演")]),
    # A verb the dictionary knows glued to no name (`去年|接受|了`, `团队|带来|了`), and a
    # name of four characters at most before a word that holds the next one (`措家`).
    ("52岁的患者冉师傅去年接受了手术。", [("冉师傅", "患者")]),
    ("研究生池若曦所在的学生团队带来了一款机器人。", [("池若曦", "研究生")]),
    ("我们终于来到了牧民扎西平措家。", [("扎西平措", "牧民")]),
])
def test_name_takes_no_verb_or_post_around_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    (("73岁的藏族老人曲珍患高血压多年。“现在医生每月都上门，我心里踏实多了。”曲珍说。",),
     [("现在医生每月都上门，我心里踏实多了。", "曲珍", "藏族老人", "")]),
    (("“去年只会跳舞，今年已经在工厂拧螺丝了。”某公司董事长厍海东站在展台前对记者说。",),
     [("去年只会跳舞，今年已经在工厂拧螺丝了。", "厍海东", "某公司董事长", "")]),
    (("养蜂人古丽娜尔·吐尔逊捧起刚割下的蜂脾说：“今年的蜜特别甜。”",),
     [("今年的蜜特别甜。", "古丽娜尔·吐尔逊", "养蜂人", "")]),
    (("“中国市场对我们非常重要。”博世集团总裁兼首席执行官卡尔·韦伯说。",),
     [("中国市场对我们非常重要。", "卡尔·韦伯", "博世集团总裁兼首席执行官", "")]),
    # A speech verb that starts a noun (`分析|师`) is no attribution's verb; a short phrase.
    (("“这个市场还要再等两年。”赛迪顾问分析师聂晓帆对记者说。",),
     [("这个市场还要再等两年。", "聂晓帆", "赛迪顾问分析师", "")]),
    # Whom someone speaks to is no name.
    (("一位参会的企业主向记者坦言：“我们最关心的是能省多少人工。”",),
     [("我们最关心的是能省多少人工。", "", "", "一位参会的企业主")]),
])
def test_speaker_is_the_name_alone(texts: tuple[str, ...],
                                   expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # The reporter met the person as the words were said: theirs.
    (("“从样品到量产只用了九个月。”记者在展台见到某半导体公司副总裁朴俊浩时，他正在演示新品。",),
     [("从样品到量产只用了九个月。", "朴俊浩", "某半导体公司副总裁", "")]),
    (("“从样品到量产只用了九个月。”记者注意到，说这话时，某半导体公司副总裁朴俊浩的语气里满是自豪。",),
     [("从样品到量产只用了九个月。", "朴俊浩", "某半导体公司副总裁", "")]),
    (("“这台机器人能在零下40度工作。”记者见到工程师郭明时，他正忙着调试设备。",),
     [("这台机器人能在零下40度工作。", "郭明", "工程师", "")]),
    # Someone the reporter saw afterwards is not said to speak (unchanged).
    (("“这台机器人能在零下40度工作。”记者在现场看到，工程师郭明正在调试设备。",),
     [("这台机器人能在零下40度工作。", "", "", "")]),
    # Someone described whom the reporter met, then 她说.
    (("某大学教授王立新出席典礼。", "典礼结束后，记者在后台遇到了正在和导师合影的一位博士生。“比我自己发论文还激动。”她说。"),
     [("比我自己发论文还激动。", "", "", "一位博士生")]),
])
def test_the_reporters_sentence_after_a_quote(texts: tuple[str, ...],
                                              expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # A Latin name by its last word, alone or before a post.
    (("某公司首席执行官Daniel Moreau也来到现场。“一个想法变成样品只需要几周。”Moreau告诉记者。",),
     [("一个想法变成样品只需要几周。", "Daniel Moreau", "某公司首席执行官", "")]),
    (("某大学讲席教授Oliver Grant获奖。", "谈到打算，Grant教授表示：“奖金会用来资助年轻人。”"),
     [("奖金会用来资助年轻人。", "Oliver Grant", "某大学讲席教授", "")]),
    # `某总`: the one person of that surname who heads a company.
    (("某数据科技有限公司总经理钟毓秀介绍，公司将训练质检模型。", "“我们不卖数据，卖的是经验。”钟总告诉记者。"),
     [("我们不卖数据，卖的是经验。", "钟毓秀", "某数据科技有限公司总经理", "")]),
    (("某集团董事长钟一鸣出席。", "“今年订单翻了一番。”钟总说。"),
     [("今年订单翻了一番。", "钟一鸣", "某集团董事长", "")]),
    # ... not someone of that surname with another post.
    (("某大学教授钟一鸣出席。", "“今年订单翻了一番。”钟总说。"), [("今年订单翻了一番。", "钟总", "", "")]),
])
def test_later_mentions(texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


def _all(*texts: str) -> list[tuple[str, str, str, str, str]]:
    return [(q.kind, q.text, q.speaker, q.speaker_title, q.unnamed_speaker)
            for q in extract_quotes(paras(*texts))]


@pytest.mark.parametrize(("texts", "expected"), [
    # A name in marks inside a phrase (`在“……”分论坛上表示`) is no quote; the phrase reads.
    (("某大学教授阿依努尔·买买提明12日在“脑科学与人工智能”分论坛上表示，柔性电极的排异反应明显减少。",),
     [("indirect", "柔性电极的排异反应明显减少。", "阿依努尔·买买提明", "某大学教授", "")]),
    # `站在……前` between the name and the verb.
    (("某公司董事长厍海东站在展台前对记者说，订单已超过去年全年。",),
     [("indirect", "订单已超过去年全年。", "厍海东", "某公司董事长", "")]),
    # 提到 with a comma introduces reported speech.
    (("多位获奖者在发言中提到，基础研究需要长期稳定的支持。",),
     [("indirect", "基础研究需要长期稳定的支持。", "", "", "多位获奖者")]),
    # Speech in marks between words still needs a clause mark inside to be speech.
    (("他大声喊“加油”之后，全场响起了掌声。",), []),
])
def test_speech_and_terms(texts: tuple[str, ...],
                          expected: list[tuple[str, str, str, str, str]]) -> None:
    assert _all(*texts) == expected


@pytest.mark.parametrize(("line", "agency", "place"), [
    ("科技日报北京9月22日电", "科技日报", "北京"),
    ("光明日报嘉兴10月25日电", "光明日报", "嘉兴"),
    ("新华社南京4月8日电", "新华社", "南京"),
    ("本报沈阳5月14日电", "本报", "沈阳"),
])
def test_a_newspapers_dateline(line: str, agency: str, place: str) -> None:
    page = normalize(f"科学奖揭晓\n\n（记者 万俟婷）\n{line}\n\n22日，科学奖在北京揭晓。\n")
    assert (page.dateline, page.agency, page.place) == (line, agency, place)
