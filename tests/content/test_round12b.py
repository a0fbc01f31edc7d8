"""What the round 12b hold-outs taught (a Greater Bay Area innovation forum, an ASEAN expo in
columns, a youth science contest's side story, an ethnic-culture and tourism expo in columns),
run on the parser of 6747211: a set phrase after a transcribed name is no syllable of it; a
word the dictionary lacks after three characters that read as a Han name may be the rest of
a longer name (`艾合|买|提江`); a Yi name may open with syllables that end like a speech verb
(`阿说|木|呷`); 点评 and 插话 are speech verbs; `说这话时，她……` after a quote gives its
speaker; `老段` and `小宇` when a grandfather and grandson share the surname; `一旁的妻子`
is the wife the paragraph named; a caption's credit may hold a space after 记者."""

import pytest

from kiosk.content.normalize import normalize
from kiosk.content.quotes import extract_quotes
from tests.content.helpers import direct, mentions, paras


@pytest.mark.parametrize(("text", "expected"), [
    # A set phrase (jieba tags it l or i) after a transcribed name's last part ends the name.
    ("曼谷一家食品企业的出口经理颂巴·通猜正忙着给客人递上椰子片。", [("颂巴·通猜", "出口经理")]),
    ("河内一家咖啡企业的销售经理黎氏·芳草正忙着给客人冲咖啡。", [("黎氏·芳草", "销售经理")]),
    # Unchanged: rare syllables stay the name's.
    ("采购经理巴颂·披猜正忙着核对订单。", [("巴颂·披猜", "采购经理")]),
    ("新疆喀什土陶烧制技艺传承人努尔艾力·吐逊说，土陶成了纪念品。",
     [("努尔艾力·吐逊", "新疆喀什土陶烧制技艺传承人")]),
])
def test_a_set_phrase_after_a_transcribed_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Syllables the dictionary lacks (提江) after three characters that read as a Han name
    # (艾合买) continue a longer name: 提 opens no verb there.
    ("他的儿子艾合买提江负责店里的网上生意。", [("艾合买提江", "儿子")]),
    ("她的女儿古丽提江负责网店。", [("古丽提江", "女儿")]),
    # Unchanged: a Han name before a verb, an adverb and an aspect particle.
    ("63岁的蜀绣传承人郝素琴正带着徒弟飞针走线。", [("郝素琴", "蜀绣传承人")]),
    ("主任王建国提到，今年订单翻了一番。", [("王建国", "主任")]),
    ("店长李文华提醒，周末客流大。", [("李文华", "店长")]),
])
def test_syllables_after_what_reads_as_a_han_name(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A name opened by two characters the dictionary lacks, the second a speech verb's
    # (阿说), and two single syllables: a Yi name, ended by a numeral standing alone.
    ("彝族村支书吉克阿果和妻子阿说木呷一起来推介村里的民宿。",
     [("吉克阿果", "彝族村支书"), ("阿说木呷", "妻子")]),
    # Unchanged: a Japanese given name ending in 一; a Latin-free name and 说.
    ("日本某出版社社长田中健一说，销量很好。", [("田中健一", "日本某出版社社长")]),
])
def test_a_yi_name_opened_by_syllables_ending_like_a_verb(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_the_wife_the_paragraph_named() -> None:
    text = ("彝族村支书吉克阿果和妻子阿说木呷一起来推介村里的民宿。谈起变化，吉克阿果打开了话匣子："
            "“以前出门要走两个小时山路。”一旁的妻子接过话：“我们家开了民宿。”")
    assert direct(text) == [
        ("以前出门要走两个小时山路。", "吉克阿果", "彝族村支书", ""),
        ("我们家开了民宿。", "阿说木呷", "妻子", ""),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    # A named wife: the definite description means her.
    ("养殖户宋德福和妻子柯美兰在院子里晒玉米。“今年收成好。”宋德福说。站在一旁的妻子补充道："
     "“就是太累。”", ("就是太累。", "柯美兰", "妻子", "")),
    # Unchanged: someone counted is new; no wife named; two wives named.
    ("养殖户宋德福和妻子柯美兰在院子里晒玉米。“今年收成好。”一位邻居的妻子说。",
     ("今年收成好。", "", "", "一位邻居的妻子")),
    ("养殖户宋德福在院子里晒玉米。“今年收成好。”一旁的妻子说。",
     ("今年收成好。", "", "", "一旁的妻子")),
])
def test_a_definite_description_for_someone_named(
        text: str, expected: tuple[str, str, str, str]) -> None:
    assert direct(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("大赛评委、某师范大学物理系教授梁振华点评说，今年的作品想象力很丰富。",
     [("梁振华", "大赛评委、某师范大学物理系教授", "indirect")]),
    ("评审专家、某研究院研究员宁海川点评，不少作品已经接近实用水平。",
     [("宁海川", "评审专家、某研究院研究员", "indirect")]),
])
def test_dianping_reports_speech(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q.speaker, q.speaker_title, q.kind) for q in extract_quotes(paras(text))] \
        == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # 插话: words put into a conversation, after a quote.
    (("“爷爷比我还紧张。”小宇在一旁插话。",), ("爷爷比我还紧张。", "小宇", "", "")),
    # `说这话时，她……`, `说完，某某……`, `说罢，他……`: the subject after the time of saying.
    (("六年级学生武晓涵是队里唯一的女生。“我就用成绩说话。”说这话时，她把马尾辫一甩。",),
     ("我就用成绩说话。", "武晓涵", "六年级学生", "")),
    (("记者见到老队员郑海涛。“这条路我走了三十年。”说完，郑海涛又扛起了工具。",),
     ("这条路我走了三十年。", "郑海涛", "老队员", "")),
    (("护林员鲁建军在山顶的瞭望塔里。“守林就是守家。”说罢，他拿起望远镜。",),
     ("守林就是守家。", "鲁建军", "护林员", "")),
    # Unchanged: a group after the time of saying is no one person.
    (("“今年订单多了。”说罢，他们都笑了。",), ("今年订单多了。", "", "", "")),
])
def test_said_when_and_chahua(texts: tuple[str, ...], expected: tuple[str, str, str, str]) -> None:
    assert direct(*texts)[-1] == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # A grandfather and a grandson share the surname: 老段 is not the one called a grandson,
    # 小段 not the grandfather; 小宇 is the given name of 段小宇.
    (("68岁的退休工程师段国胜陪孙子段小宇一起参赛。",
      "被问起为啥来，老段乐呵呵地说：“我年轻时也爱鼓捣机器。”"),
     [("我年轻时也爱鼓捣机器。", "段国胜", "退休工程师", "")]),
    (("68岁的退休工程师段国胜陪孙子段小宇一起参赛。",
      "“爷爷比我还紧张。”小宇在一旁插话，逗得大家都笑了。"),
     [("爷爷比我还紧张。", "段小宇", "孙子", "")]),
    (("62岁的老木匠戴永年带着孙子戴明辉摆摊。", "“这手艺不能丢。”小戴说。"),
     [("这手艺不能丢。", "戴明辉", "孙子", "")]),
    # Unchanged: two of one generation share the surname, so 老段 names neither.
    (("退休工程师段国胜和退休教师段国强一起参赛。", "“我们都爱鼓捣机器。”老段说。"),
     [("我们都爱鼓捣机器。", "老段", "", "")]),
])
def test_lao_and_xiao_by_generation(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("caption", "credit"), [
    ("▲9月20日，外国客商在展会泰国馆品尝特色食品。 新华社记者 覃一帆 摄", "新华社记者 覃一帆"),
    ("▲10月11日，观众观看藏香制作。 本报记者 龙小梅 摄", "本报记者 龙小梅"),
    # Unchanged: no space after 记者.
    ("▲8月2日晚，球员在总决赛中拼抢。 新华社记者蒙一勇 摄", "新华社记者蒙一勇"),
])
def test_a_credit_with_a_space_after_jizhe(caption: str, credit: str) -> None:
    page = normalize(f"标题\n\n本报北京5月1日电（记者 林小溪）1日，正文。\n\n{caption}\n")
    assert [c.credit for c in page.captions] == [credit]


# Probing the four genres with invented sentences led to the tables below.

@pytest.mark.parametrize(("text", "expected"), [
    # A dictionary noun before a word of three or four the dictionary knows whole as a name.
    ("导游阿依古丽一边带路一边介绍：“这是喀什老城。”", [("阿依古丽", "导游")]),
    ("导游巴特尔说：“草原很美。”", [("巴特尔", "导游")]),
    # Unchanged: a Han name after a noun; the reporter.
    ("领唱吴雨萌今年刚满19岁。", [("吴雨萌", "领唱")]),
    ("记者阿依古丽在现场看到，游客很多。", []),
])
def test_a_name_the_dictionary_knows_whole_after_a_noun(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A noun before a role qualifies it: no name (the dictionary tags 马头琴 a name).
    ("来自内蒙古的马头琴演奏家苏和巴特尔说：“马头琴是草原的灵魂。”",
     [("马头琴是草原的灵魂。", "", "", "")]),
    # Unchanged: a name after an age, then a colon and no verb.
    ("10岁的王小川拿着画像：“这是我画的。”", [("这是我画的。", "王小川", "", "")]),
    ("68岁的龙秀英拿起一件绣品：“这是我绣的。”", [("这是我绣的。", "龙秀英", "", "")]),
])
def test_a_noun_before_a_role_is_no_name(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A common noun ending in a person's suffix is a role, not a transcription's first part;
    # a cut inside a word the dictionary knows (帕拉) is no name's end.
    ("柬埔寨农业部官员索·帕拉在接受采访时说，柬埔寨大米正在进入中国市场。",
     [("索·帕拉", "柬埔寨农业部官员", "indirect")]),
    ("老挝学者宋·西萨在论坛上说，铁路带来了游客。", [("宋·西萨", "老挝学者", "indirect")]),
    # Unchanged: a name's end glued to what follows (托合|提笑|着, 热合|曼在).
    ("养蜂人吾斯曼·托合提笑着说，今年的蜂蜜特别甜。", [("吾斯曼·托合提", "养蜂人", "indirect")]),
    ("研究员努尔比亚·热合曼在接受记者采访时表示，数据还在分析。",
     [("努尔比亚·热合曼", "研究员", "indirect")]),
])
def test_a_role_before_a_transcribed_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q.speaker, q.speaker_title, q.kind) for q in extract_quotes(paras(text))] \
        == expected
