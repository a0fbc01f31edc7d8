"""Shapes of the genre probed with invented sentences in session 22 (each fails before the rule
it tests; the guards hold what must not change): the post held before 的 is the title
(`现任某公司首席技术官的某某`, `作为项目负责人的某某`); whose words the sentence after them says
they were (`某某的一番话引来掌声`); praise voiced (称赞, 夸赞); a bare name after a common surname
whose given name holds a character that is a function word on its own (`王向东说`, `李和平说`);
the name opening the clause after `说到这里，`; `他叫某某，` with no 是 after it; 她 after a woman
described since the one named; a dialogue told in paragraphs of bare words, whose turns
alternate between the two, the one asked first being the other one the paragraph before named; a
compound surname and one character before an adverb glued to it (`公孙|敏则|不同意`); words
muttered, nagged, urged or joked (嘀咕, 叮嘱, 打趣, 抱怨 ...); a verb and where one is sent
(`讲师|驻村|培训`) no name; a bare form of address for whom the text called by a surname and it; a
given name glued to 刚; a couple's bare 丈夫; a nickname, bare, opening the sentence after the
words; 老汉 (大伯, 大嫂, 老伯) after a surname; a nickname given by 人称, 外号, 绰号, 网名; a site's end
mark closing the body before a headline; a paper's network of correspondents in a byline; 此前,
早前, 曾经 and 公开 before a verb of reported speech."""

from __future__ import annotations

import pytest

from kiosk.content.build import build_model
from kiosk.content.quotes import extract_quotes
from kiosk.content.source import SourceText
from tests.content.helpers import direct, paras
from tests.content.test_relayout import relayout

Want = list[tuple[str, str, str, str]]

_QUOTES: list[tuple[list[str], Want]] = [
    # The post held, before 的: the title, whatever introduces it.
    (["现任该公司首席技术官的邵一鸣说：“我们每年投入两成利润。”"],
     [("我们每年投入两成利润。", "邵一鸣", "该公司首席技术官", "")]),
    (["作为项目负责人的龚晓岚说：“我们用了五年。”"], [("我们用了五年。", "龚晓岚", "项目负责人", "")]),
    (["“压力不小。”身为车间主任的岑晓光坦言。"], [("压力不小。", "岑晓光", "车间主任", "")]),
    # Guards: a description before 的 that holds no post stays out; a post after it is the title.
    (["负责这一项目的龚晓岚说：“我们用了五年。”"], [("我们用了五年。", "龚晓岚", "", "")]),
    (["担任本次活动志愿者的大学生龚晓岚说：“我们用了五年。”"],
     [("我们用了五年。", "龚晓岚", "大学生", "")]),
    # Whose words they were, as the sentence after them says.
    (["“我们要做的是让农民用得起。”清华大学教授蔺向东的这番话道出了大家的心声。"],
     [("我们要做的是让农民用得起。", "蔺向东", "清华大学教授", "")]),
    (["记者见到了种粮大户郜长林。", "“机器比人靠得住。”他的一番话引来一阵笑声。"],
     [("机器比人靠得住。", "郜长林", "种粮大户", "")]),
    (["“我们要做的是让农民用得起。”一位老人的话让在场的人都笑了。"],
     [("我们要做的是让农民用得起。", "", "", "一位老人")]),
    # Guards: a topic or a chatterbox is no one's words.
    (["“我们要做的是让农民用得起。”这样的话题引来热议。"], [("我们要做的是让农民用得起。", "", "", "")]),
    # Praise voiced, after what was watched.
    (["“不错，真不错！”看完演示，一位白发老人连连称赞。"], [("不错，真不错！", "", "", "一位白发老人")]),
    (["“手艺真好！”游客冼佳怡夸赞道。"], [("手艺真好！", "冼佳怡", "游客", "")]),
    # A bare name whose given name holds a function word's character (向, 和).
    (["“我们要做的是让农民用得起。”王向东说。"], [("我们要做的是让农民用得起。", "王向东", "", "")]),
    (["李和平笑着说：“种子是关键。”"], [("种子是关键。", "李和平", "", "")]),
    # The one named opening the clause after `说到这里，`, `说着，` (whose eyes, whose hands).
    (["“我们会一直做下去。”说到这里，俞晓岚的眼眶有些湿润。"],
     [("我们会一直做下去。", "俞晓岚", "", "")]),
    (["“这是最后一批了。”讲到这儿，龚建业把奖杯递给了队友。"],
     [("这是最后一批了。", "龚建业", "", "")]),
    # Guard: no one opens it.
    (["“我们会一直做下去。”说到这里，现场响起了掌声。"], [("我们会一直做下去。", "", "", "")]),
    # Someone described, named in the sentence after the words with no 是 after the name.
    (["一名来自西班牙的参展商对记者说：“中国市场潜力巨大。”他叫哈维尔·洛佩斯，已经是第五次参展。"],
     [("中国市场潜力巨大。", "哈维尔·洛佩斯", "参展商", "")]),
    (["“订单比去年多。”一位年轻的采购商笑着说。他叫李明，来自广西。"],
     [("订单比去年多。", "李明", "采购商", "")]),
    # Guard: 叫 of 叫醒, 叫住 names no one.
    (["“快起床！”一位妈妈喊道。她叫醒孩子，开始收拾。"], [("快起床！", "", "", "一位妈妈")]),
    # 她 after a woman described since the one named, whose sex the text has not shown.
    (["展台前，工程师鲍晓东正在给一位女观众讲解。“这个机械手能拧螺丝吗？”她问。"
      "“不仅能拧，还能分辨螺丝的型号。”鲍晓东答道。"],
     [("这个机械手能拧螺丝吗？", "", "", "一位女观众"),
      ("不仅能拧，还能分辨螺丝的型号。", "鲍晓东", "工程师", "")]),
    (["讲解员田甜正在接待一位大妈。“这个怎么用？”她问。"],
     [("这个怎么用？", "", "", "一位大妈")]),
    # Guards: 他 after a man described stays the one named; so does a woman named after the
    # description.
    (["工程师鲍晓东正在给一位老大爷讲解。“这个能拧螺丝吗？”他问。"],
     [("这个能拧螺丝吗？", "鲍晓东", "工程师", "")]),
    (["记者遇到了一位女工程师韩梅。“这很难。”她说。"], [("这很难。", "韩梅", "女工程师", "")]),
    # A dialogue told in paragraphs of bare words: the turns alternate between the two.
    (["车间里，老师傅周国庆正在检修设备，徒弟王小川在一旁打下手。", "“师傅，这个零件怎么装？”王小川问。",
      "“先看图纸。”", "“图纸我看了，还是不懂。”", "周国庆放下手里的活：“来，我教你。”"],
     [("师傅，这个零件怎么装？", "王小川", "徒弟", ""), ("先看图纸。", "周国庆", "老师傅", ""),
      ("图纸我看了，还是不懂。", "王小川", "徒弟", ""), ("来，我教你。", "周国庆", "老师傅", "")]),
    # ... the one asked being the other one the paragraph before named.
    (["展台前，讲解员邢悦正在接待参观的中学生庞小宇。", "“这个机器人能爬楼梯吗？”庞小宇问。",
      "“能，每秒能爬两级。”", "“那它摔倒了怎么办？”", "“它会自己站起来。”"],
     [("这个机器人能爬楼梯吗？", "庞小宇", "中学生", ""), ("能，每秒能爬两级。", "邢悦", "讲解员", ""),
      ("那它摔倒了怎么办？", "庞小宇", "中学生", ""), ("它会自己站起来。", "邢悦", "讲解员", "")]),
    # Guard: the paragraph before named two others, so whom the question is put to is unknown
    # (the words after it are read as going on, as before).
    (["讲解员邢悦、志愿者柯蓝正在接待中学生庞小宇。", "“这个机器人能爬楼梯吗？”庞小宇问。",
      "“能，每秒能爬两级。”"],
     [("这个机器人能爬楼梯吗？", "庞小宇", "中学生", ""), ("能，每秒能爬两级。", "庞小宇", "中学生", "")]),
    # A compound surname and one character, then an adverb jieba's model glued to it (敏则).
    (["北京大学教授尉迟松认为：“大模型被高估了。”清华大学研究员公孙敏则不同意：“恰恰相反。”"],
     [("大模型被高估了。", "尉迟松", "北京大学教授", ""), ("恰恰相反。", "公孙敏", "清华大学研究员", "")]),
    # Guards: a compound surname and two characters before the adverb.
    (["清华大学研究员欧阳晓敏则认为：“恰恰相反。”"], [("恰恰相反。", "欧阳晓敏", "清华大学研究员", "")]),
    # Words muttered, nagged, urged or joked, after a clause of when.
    (["“早点回来。”临行前，母亲邬秀梅一遍遍叮嘱。"], [("早点回来。", "邬秀梅", "母亲", "")]),
    # (... the one described as the text gives them, where they are included, as with 说.)
    (["“又涨价了。”人群里一位大爷小声嘀咕。"], [("又涨价了。", "", "", "人群里一位大爷")]),
    # Guard: read so before, by whom the sentence after the words opens with.
    (["“你呀，就是太较真。”同事毛小波在一旁打趣。"], [("你呀，就是太较真。", "毛小波", "同事", "")]),
    # A verb and where one is sent (驻村), made up as one word after a role, is no name: the
    # role and the name after it later are someone else's.
    (["县里还请来电商平台的讲师驻村培训。", "驻村讲师尤佳琪已经在村里住了半个月。她的建议很实在：“别光念稿子。”"],
     [("别光念稿子。", "尤佳琪", "驻村讲师", "")]),
    # Guard: a Tibetan name the dictionary lacks, whose first character is a verb.
    (["“这是高原上的第一台。”村医达娃说。"], [("这是高原上的第一台。", "达娃", "村医", "")]),
    # A bare form of address for the one the text called by a surname and that form.
    (["镜头前坐着78岁的茶农雷金凤，村里人都喊她雷阿婆。", "外孙女占一苇把留言念给外婆听。",
      "“有的有的，都是我自己炒的。”阿婆凑到手机跟前，嗓门一下子大了。"],
     [("有的有的，都是我自己炒的。", "雷金凤", "茶农", "")]),
    # A given name and 刚 that jieba's model glued (`章|一宁刚|坐完`); the bare 丈夫 of a couple
    # the paragraph named (`甲和妻子乙`) is 甲.
    (["来自佛山的游客蓝浩然和妻子章一宁刚坐完直升机。“跟在地上完全不一样。”章一宁说。"
      "丈夫在一旁补充：“就是票太难抢。”"],
     [("跟在地上完全不一样。", "章一宁", "妻子", ""), ("就是票太难抢。", "蓝浩然", "游客", "")]),
    # The name someone goes by, bare, opening the sentence after the words; it was given in a
    # sentence that a name with no post opens.
    (["伍月桂在湾边经营着一家民宿，熟客都叫她“桂姐”。“国庆七天全订满了。”桂姐一边给客人办入住，"
      "一边朝记者比了个手势。"],
     [("国庆七天全订满了。", "伍月桂", "", "")]),
    # A surname and 老汉 (大伯, 大嫂, 老伯) for the one named in full before; a nickname given
    # by 人称 (外号, 绰号, 网名 ...).
    (["种粮大户周德顺今年61岁，村里人都叫他周老汉。", "“今年的麦子，一亩能打一千二百斤。”周老汉说。"],
     [("今年的麦子，一亩能打一千二百斤。", "周德顺", "种粮大户", "")]),
    (["修车铺老板焦永强，人称“焦一手”。", "“这车我闭着眼都能修。”焦一手拍着胸脯说。"],
     [("这车我闭着眼都能修。", "焦永强", "修车铺老板", "")]),
    # Guards: 老汉 after a surname with no one of it named before stays as written.
    (["“老汉我种了一辈子地。”村民李老汉说。"], [("老汉我种了一辈子地。", "李老汉", "村民", "")]),
    # Guards: a surname-like noun and an adverb are no name.
    (["“种子是关键。”王对此说。"], [("种子是关键。", "", "", "")]),
    (["“种子是关键。”马就是这么说的。"], [("种子是关键。", "", "", "")]),
]


@pytest.mark.parametrize(("texts", "want"), _QUOTES)
def test_attribution_shapes(texts: list[str], want: Want) -> None:
    assert direct(*texts) == want


def test_a_sites_end_mark_closes_the_body_before_a_headline_set_after_it() -> None:
    # (`……。（完）` wrapped in columns, the reporters, dateline and headline after the body: the
    # end mark closes the last paragraph, so the headline is not read on into it.)
    plain = ("高原医院用上AI“读片” 牧民看上“专家号”\n\n中新网某地5月1日电（记者 甲乙）"
             "第一段写了很多很多的字，一直写到这一行的末尾为止。\n\n"
             "“我们心里有数了。”他说，明年全县都将接入这套系统。（完）\n")
    text, moved = relayout(plain, 16, 0, 0)
    assert moved
    model = build_model(SourceText("a.txt", text, "utf-8", "0"))
    assert model.article.title == "高原医院用上AI“读片” 牧民看上“专家号”"
    assert "专家号" not in model.article.paragraphs[-1].text


def test_a_papers_network_of_correspondents_names_no_one_in_the_byline() -> None:
    # (`共享联盟·某县`: a provincial paper's local correspondents, set before their names as a
    # role is; a transcribed name with · stays a name.)
    text = ("茶山上的直播间\n\n本报云岙4月12日电（记者 邵听澜 共享联盟·云岙 戴一禾）清明刚过，"
            "茶山上还飘着雾。\n\n“急不得。”茶农雷金凤说。\n")
    model = build_model(SourceText("a.txt", text, "utf-8", "0"))
    assert model.article.reporters == ["邵听澜", "戴一禾"]
    text = text.replace("共享联盟·云岙 戴一禾", "阿依努尔·买买提")
    model = build_model(SourceText("a.txt", text, "utf-8", "0"))
    assert model.article.reporters == ["邵听澜", "阿依努尔·买买提"]


@pytest.mark.parametrize("when", ["此前曾多次公开表示", "早前表示", "曾经表示", "公开表示"])
def test_reported_speech_after_when_and_how_openly(when: str) -> None:
    text = f"中国工程院院士、浙江大学教授岑可法{when}，能源转型需要技术与市场双轮驱动。"
    assert [(q.kind, q.speaker, q.speaker_title) for q in extract_quotes(paras(text))] \
        == [("indirect", "岑可法", "中国工程院院士、浙江大学教授")]
