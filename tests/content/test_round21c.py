"""Forms of batch 54's first contact (an industrial-internet conference, a Cantonese opera
troupe; invented sentences, names and bodies made up): each failed before the rule it tests,
unless marked as a guard."""

import pytest

from kiosk.content.speakers import parse_speaker
from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("texts", "want"), [
    # A split quote whose speaker between the parts is called by the name the text said
    # she goes by (`都叫她“某姐”`), in a paragraph before.
    (["剧团的老演员晏淑华今年71岁。", "晏淑华从艺50多年，院里上下都叫她“华姨”。",
      "“以前学戏全靠师傅一句一句地教。”喝了口茶，华姨放下杯子，“现在年轻人有视频可以看了。”"],
     [("以前学戏全靠师傅一句一句地教。", "晏淑华", "老演员", ""),
      ("现在年轻人有视频可以看了。", "晏淑华", "老演员", "")]),
    (["老钳工栾德胜在厂里干了三十年。大伙都叫他“栾工”。",
      "“这台机床我闭着眼都能修。”一圈转完，栾工摘下手套拍了拍灰，“可新来的数控系统得从头学。”"],
     [("这台机床我闭着眼都能修。", "栾德胜", "老钳工", ""),
      ("可新来的数控系统得从头学。", "栾德胜", "老钳工", "")]),
    # Guard: the name in marks not said to be anyone's.
    (["老钳工栾德胜在厂里干了三十年。",
      "“这台机床我闭着眼都能修。”一圈转完，栾工摘下手套拍了拍灰，“可新来的数控系统得从头学。”"],
     [("这台机床我闭着眼都能修。", "", "", ""), ("可新来的数控系统得从头学。", "", "", "")]),
])
def test_split_quote_by_the_name_one_goes_by(texts: list[str], want: list[tuple[str, ...]]
                                            ) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Words followed by 他/她 doing something, no speech verb, with a term in marks after
    # and words of the same person later in the paragraph: the one the sentence before is
    # about.
    (["在展区一角，29岁的质检员尉迟琳正盯着屏幕上的波形。“以前一批货要抽检三天，现在边生产边出结果。”"
      "她把鼠标一点，屏幕上跳出一个红色的“NG”。说起会不会被机器替代，尉迟琳笑了：“机器看得快，"
      "可判断还得靠人。”"],
     [("以前一批货要抽检三天，现在边生产边出结果。", "尉迟琳", "质检员", ""),
      ("机器看得快，可判断还得靠人。", "尉迟琳", "质检员", "")]),
    (["41岁的钳工仝建新蹲在机床旁看着读数。“这个数一跳，就知道刀该换了。”他把表盘转给记者看，"
      "上面写着“0.02”。仝建新又说：“过去全凭手感。”"],
     [("这个数一跳，就知道刀该换了。", "仝建新", "钳工", ""), ("过去全凭手感。", "仝建新", "钳工", "")]),
    # Guards: the sentence after holds words in marks (not a term); someone else opens it.
    (["41岁的钳工仝建新蹲在机床旁看着读数。“这个数一跳，就知道刀该换了。”他指着墙上的标语"
      "“安全生产，人人有责”。仝建新又说：“过去全凭手感。”"],
     [("这个数一跳，就知道刀该换了。", "", "", ""), ("过去全凭手感。", "仝建新", "钳工", "")]),
    (["41岁的钳工仝建新蹲在机床旁看着读数。“这个数一跳，就知道刀该换了。”一旁的徒弟把表盘转给记者看，"
      "上面写着“0.02”。仝建新又说：“过去全凭手感。”"],
     [("这个数一跳，就知道刀该换了。", "仝建新", "钳工", ""), ("过去全凭手感。", "仝建新", "钳工", "")]),
])
def test_words_then_what_they_did(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # 他 answering a woman's question is the man named with her in the sentence before,
    # not her (who spoke last before), whether the text has called him 他 before or not.
    (["“以前是人等货，现在是货等人。”港务集团智慧码头经理覃柏舟在分论坛上说。他介绍，码头接入平台后"
      "效率提高了两成。",
      "国家海洋实验室研究员甄若兰在主旨报告中提醒，不少港口的数据仍然“各管一段”。“数据要跑起来才有"
      "价值，”她说，“标准不统一，平台就连不起来。”",
      "会后，甄若兰专门去了港务集团的展台，覃柏舟陪着她看了一圈。她指着一块屏幕问：“这些数据你们愿意"
      "共享吗？”他想了想答道：“正在谈，先从船期开始。”"],
     [("以前是人等货，现在是货等人。", "覃柏舟", "港务集团智慧码头经理", ""),
      ("数据要跑起来才有价值，", "甄若兰", "国家海洋实验室研究员", ""),
      ("标准不统一，平台就连不起来。", "甄若兰", "国家海洋实验室研究员", ""),
      ("这些数据你们愿意共享吗？", "甄若兰", "国家海洋实验室研究员", ""),
      ("正在谈，先从船期开始。", "覃柏舟", "港务集团智慧码头经理", "")]),
    (["“以前全靠手工修补，现在有了扫描仪。”修复中心主任蒯立文在发布会上说。",
      "市文旅局局长濮阳秋云在致辞中提醒，不少文物仍然“养在深闺”。“文物要活起来，”她说，"
      "“得让更多人看见。”",
      "午后，濮阳秋云来到修复室，蒯立文陪着她看了一圈。她拿起一块瓷片问：“这能补好吗？”他想了想答道："
      "“能，得花三个月。”"],
     [("以前全靠手工修补，现在有了扫描仪。", "蒯立文", "修复中心主任", ""),
      ("文物要活起来，", "濮阳秋云", "市文旅局局长", ""),
      ("得让更多人看见。", "濮阳秋云", "市文旅局局长", ""),
      ("这能补好吗？", "濮阳秋云", "市文旅局局长", ""),
      ("能，得花三个月。", "蒯立文", "修复中心主任", "")]),
    # Guard: she goes on when no one is named with her.
    (["研究员甄若兰在论坛上发言。“数据要流动起来，”她说，“标准要统一。”",
      "会后，甄若兰去了港务集团的展台，看了一圈。她指着一块屏幕问：“这些数据你们愿意共享吗？”"
      "她又说：“我们也想试试。”"],
     [("数据要流动起来，", "甄若兰", "研究员", ""), ("标准要统一。", "甄若兰", "研究员", ""),
      ("这些数据你们愿意共享吗？", "甄若兰", "研究员", ""), ("我们也想试试。", "甄若兰", "研究员", "")]),
])
def test_he_answering_her(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), [
    # An opera's part that jieba tags as a name, then a name with a southern surname.
    ("72岁的越剧花旦容秀娟登台示范。", [("容秀娟", "越剧花旦")]),
    ("京剧武生容建邦翻了三个跟头。", [("容建邦", "京剧武生")]),
    # Guards: 容 opening a word.
    ("这种电池容量大，充电也快。", []),
    ("大厅能容纳两千名观众。", []),
])
def test_opera_parts_and_names(text: str, want: list[tuple[str, str]]) -> None:
    assert [(name, title) for name, title in mentions(text) if name[0] == "容"] == want


@pytest.mark.parametrize(("phrase", "want"), [
    # A common noun with no surname after a role and before a post is a body, not a name.
    ("多家协会成员企业负责人", ("", "", "多家协会成员企业负责人")),
    ("部分成员企业负责人", ("", "", "部分成员企业负责人")),
    # Guards: a surname opening it; a name the dictionary does not know.
    ("董事长方圆", ("方圆", "董事长", "")),
    ("协会成员晏立群经理", ("晏立群", "协会成员经理", "")),
])
def test_body_after_a_role(phrase: str, want: tuple[str, str, str]) -> None:
    speaker = parse_speaker(phrase, {})
    assert speaker is not None
    assert (speaker.name, speaker.title, speaker.unnamed) == want
