"""Forms of round 17a's hold-outs (city papers' reports of events visitors attend; invented
sentences, names and bodies made up): each failed before the rule it tests, unless marked
as a guard."""

import pytest

from kiosk.content.normalize import normalize
from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("texts", "want"), [
    # What someone described does or feels after a quote is no name: a place word
    # (`老人|脸上|笑` named 脸上笑) or an everyday character before a verb (`妈妈|很|有`
    # named 很有).
    (["67岁的村民柴秀兰收下包裹。“以前取个快递要走两里路。”说起这些，老人脸上笑开了花。"],
     [("以前取个快递要走两里路。", "柴秀兰", "村民", "")]),
    (["“周末带孩子来看看。”陪着孩子的妈妈很有感触。"],
     [("周末带孩子来看看。", "", "", "陪着孩子的妈妈")]),
    # (Guards: a rare surname before a verb, a surname from the list.)
    (["“我们还会再来。”参展商郏明说。"], [("我们还会再来。", "郏明", "参展商", "")]),
    (["“我们还会再来。”参展商龙飞说。"], [("我们还会再来。", "龙飞", "参展商", "")]),
])
def test_no_name_in_what_someone_does(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), [
    ("老人脸上笑开了花。", []),
    ("他的妈妈很有感触。", []),
])
def test_no_mention(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Kin of someone opening a short sentence of their own after a quote, with no speech
    # verb, said it (`“……。”陪着孩子的妈妈很有感触。` had no speaker, then the one quoted
    # before; and 她说 after it went to that one too).
    (["讲解员钭晓琪蹲下来回答：“这是化石。”", "“平时在书上看十遍，不如来这儿看一遍。”陪着孩子的妈妈很有感触。"],
     [("这是化石。", "钭晓琪", "讲解员", ""),
      ("平时在书上看十遍，不如来这儿看一遍。", "", "", "陪着孩子的妈妈")]),
    (["“周末带孩子来看看。”陪着司马晓宇的爸爸很是高兴。"],
     [("周末带孩子来看看。", "", "", "陪着司马晓宇的爸爸")]),
    # (Guards: whose thing it is; a kin word with the name after it.)
    (["讲解员钭晓琪说：“这是化石。”", "“真好看。”孩子的妈妈的手机响了。"],
     [("这是化石。", "钭晓琪", "讲解员", ""), ("真好看。", "钭晓琪", "讲解员", "")]),
    (["“真好看。”贺子轩的妈妈王丽娟笑了。"], [("真好看。", "王丽娟", "妈妈", "")]),
])
def test_kin_after_a_quote(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # 小家伙 is a noun for a child (jieba tags it a name): bare before the verb, the child
    # just named (`9岁的某某……。“……！”小家伙兴奋地喊。` had the speaker 小家伙).
    (["9岁的欧阳沐辰骑在爸爸的肩膀上。“机器人一直没停下来！”小家伙兴奋地喊。"],
     [("机器人一直没停下来！", "欧阳沐辰", "", "")]),
    (["10岁的司马晓宇站在台阶上。“它跳得好高！”小家伙拍着手喊。"],
     [("它跳得好高！", "司马晓宇", "", "")]),
    # ... also when the paragraph before named the child with their age after its last
    # quote (a column break after a full line may end a paragraph there), as for 老人 (not
    # someone named without an age: round 11a's `患者某某是山里人。` | `“……”老人说。`).
    (["9岁的欧阳沐辰骑在爸爸的肩膀上。", "“机器人一直没停下来！”小家伙兴奋地喊。"],
     [("机器人一直没停下来！", "欧阳沐辰", "", "")]),
    (["73岁的退休教师郑国华慢慢往前走。", "“上坡还会帮你使劲。”老人笑着说。"],
     [("上坡还会帮你使劲。", "郑国华", "退休教师", "")]),
    # (Guards: counted, it is someone new; 小家伙们 are not a speaker of their own; named
    # before a quote of the paragraph before, 老人 is someone described.)
    (["73岁的退休教师郑国华说：“我天天来。”", "“上坡还会帮你使劲。”老人笑着说。"],
     [("我天天来。", "郑国华", "退休教师", ""), ("上坡还会帮你使劲。", "", "", "老人")]),
    (["10岁的司马晓宇站在台阶上。“它跳得好高！”一个小家伙喊。"],
     [("它跳得好高！", "", "", "一个小家伙")]),
    (["“小家伙们都很开心。”老师说。"], [("小家伙们都很开心。", "", "", "老师")]),
])
def test_a_child_called_little_fellow(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # `这位荷兰人`: where someone is from (or what they are) with 人 points back as a role
    # does (`这位荷兰人竖起大拇指说` had no speaker), and a thumb raised, a nod or a shrug is
    # a gesture before the verb as 摇头 was.
    (["来自荷兰的种苗企业代表扬·德弗里斯已经是第五次来寿光。在他看来，这里的温室技术进步很快。"
      "“十年前，是我们教他们怎么种。”这位荷兰人竖起大拇指说。"],
     [("十年前，是我们教他们怎么种。", "扬·德弗里斯", "种苗企业代表", "")]),
    (["来自意大利的采购商马可·费拉里第三次来参展。“这里的东西又好又便宜。”这位意大利人笑着说。"],
     [("这里的东西又好又便宜。", "马可·费拉里", "采购商", "")]),
    (["返乡青年卢小川在村里开了网店。“现在一天能发两百单。”这位年轻人点了点头说。"],
     [("现在一天能发两百单。", "卢小川", "返乡青年", "")]),
    (["“这款耳机音质不错。”采购商韦立伟竖起大拇指说。"], [("这款耳机音质不错。", "韦立伟", "采购商", "")]),
    # (Guard: a count makes someone new.)
    (["来自意大利的采购商马可·费拉里第三次来参展。“真便宜。”一位意大利人说。"],
     [("真便宜。", "", "", "一位意大利人")]),
])
def test_pointed_back_by_origin(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), [
    # A Han name jieba glued to the first verb of a doubled one (`桑晓岚顿|了|顿`): the verb
    # comes again after 了, so the name is the three before it (no one was read).
    ("深圳某科技有限公司联合创始人桑晓岚顿了顿，", [("桑晓岚", "深圳某科技有限公司联合创始人")]),
    ("总经理戚晓岚顿了顿，", [("戚晓岚", "总经理")]),
    # (Guards: jieba's own cut; a name of four without a doubled verb after it.)
    ("总经理王晓明顿了顿，", [("王晓明", "总经理")]),
    ("总经理王晓明笑了笑，", [("王晓明", "总经理")]),
])
def test_a_name_before_a_doubled_verb(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want


def test_a_split_quote_joined_by_a_pause() -> None:
    # (`“……，”某公司联合创始人某某顿了顿，“……。”她介绍，`: the first part was not found,
    # the second and the reported speech were the engineer's quoted before.)
    assert direct("“日常对话都在本地完成。”算法工程师霍思源回答。",
                  "“去年展会上，AI眼镜还是稀罕物，”深圳某科技有限公司联合创始人桑晓岚顿了顿，"
                  "“今年光这个馆，就有二十多家在做。”") == [
        ("日常对话都在本地完成。", "霍思源", "算法工程师", ""),
        ("去年展会上，AI眼镜还是稀罕物，", "桑晓岚", "深圳某科技有限公司联合创始人", ""),
        ("今年光这个馆，就有二十多家在做。", "桑晓岚", "深圳某科技有限公司联合创始人", "")]


@pytest.mark.parametrize("headline", [
    # A headline over a byline may hold commas and a colon inside it when it runs past a
    # display line (the lines were read as the first paragraph: no headline).
    "科普周来了：在博物馆里摸化石、问黑洞，孩子们的问题把专家“考住了”",
    "菜农对着手机当主播，无人机飞进大棚 这场农博会“土味”里有“科技味”",
    # (Guard: a comma headline of a display line's length, as before.)
    "AI眼镜扎堆上新，“百镜大战”打到了家门口",
])
def test_a_long_headline_with_commas_over_a_byline(headline: str) -> None:
    page = normalize(f"{headline}\n\n澎湃新闻记者 甲乙\n\n5月20日，科普周启动。\n")
    assert (page.title, page.reporters) == (headline, ["甲乙"])
    assert [p.text for p in page.paragraphs] == ["5月20日，科普周启动。"]


@pytest.mark.parametrize("text", [
    # (Guards: without the byline, or ending in a comma, it is a paragraph.)
    "科普周来了：在博物馆里摸化石、问黑洞，孩子们的问题把专家“考住了”\n\n5月20日，科普周启动。\n",
    "科普周来了：在博物馆里摸化石、问黑洞，孩子们的问题把专家考住了，\n\n澎湃新闻记者 甲乙\n\n"
    "5月20日，科普周启动。\n",
])
def test_no_long_headline(text: str) -> None:
    assert normalize(text).title == ""


@pytest.mark.parametrize(("texts", "want"), [
    # A quote with no attribution after a sentence about someone, followed only by what
    # they then did (他/她 opening a clause, no words in marks), is theirs as it was at the
    # paragraph's end (`……的市民蒯女士在……停了很久。“……。”试用了十来分钟后，她觉得……。`
    # had no speaker).
    (["带着女儿逛展的市民蒯女士在一台学习机前停了很久。“孩子明年上初中，想看看。”"
      "试用了十来分钟后，她觉得讲题还算清楚。"], [("孩子明年上初中，想看看。", "蒯女士", "市民", "")]),
    # (Guards: 他/她 opening the next sentence, as before; words in marks after it; no
    # 他/她 in the next sentence.)
    (["退休教师郑国华扶着助行器慢慢往前走。“上坡的时候它还会帮你使劲。”他打算回家跟老伴商量商量。"],
     [("上坡的时候它还会帮你使劲。", "郑国华", "退休教师", "")]),
    (["退休教师郑国华扶着助行器慢慢往前走。“上坡的时候它还会帮你使劲。”“真的吗？”一位观众问。"],
     [("上坡的时候它还会帮你使劲。", "", "", ""), ("真的吗？", "", "", "一位观众")]),
    (["退休教师郑国华扶着助行器慢慢往前走。“上坡的时候它还会帮你使劲。”展区里人越来越多。"],
     [("上坡的时候它还会帮你使劲。", "", "", "")]),
])
def test_a_quote_between_sentences_about_someone(texts: list[str],
                                                 want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A surname off the list (a rare character the dictionary tags a name) and how a shop
    # keeper is called name someone as a listed surname does (`王老板`): `宓老板边……边说`
    # was someone described. (Not a post or 老师: round 11a's and 11e's `阙医生`, `仝老师`.)
    (["在镇上开了20年小超市的宓老板也尝到了甜头。“现在我在后台接单，”宓老板边往纸箱里装挂面边说，"
      "“生意多了三成。”"],
     [("现在我在后台接单，", "宓老板", "", ""), ("生意多了三成。", "宓老板", "", "")]),
    (["“这批货明天就能发。”蒯老板笑着说。"], [("这批货明天就能发。", "蒯老板", "", "")]),
    # ... also before a gesture whose last character ends a calling (`摆手`: 手 as in 飞手).
    (["“价格还可以再商量。”晁老板摆了摆手说。"], [("价格还可以再商量。", "晁老板", "", "")]),
    # (Guards: a listed surname, as before; counted or bare, a calling is someone described.)
    (["“这批货明天就能发。”王老板笑着说。"], [("这批货明天就能发。", "王老板", "", "")]),
    (["“这批货明天就能发。”一位老板笑着说。"], [("这批货明天就能发。", "", "", "一位老板")]),
    (["“今年收成不错。”农民笑着说。"], [("今年收成不错。", "", "", "农民")]),
])
def test_a_rare_surname_and_a_calling(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Someone described after a quote and named in the next sentence (`他叫某某，是……`) is
    # that person, with the title given there, though the dictionary does not know the
    # name (`……的一名年轻工程师边擦汗边解释。他叫滑嘉树，是……` kept the description).
    (["“步子小，这样更稳。”在路边跟跑的一名年轻工程师边擦汗边解释。"
      "他叫滑嘉树，是北京星步机器人有限公司的运动控制工程师。"],
     [("步子小，这样更稳。", "滑嘉树", "运动控制工程师", "")]),
    (["“这块电路板是我焊的。”站在展台后的一名年轻工程师指着屏幕解释。"
      "他叫仇立新，是某科技有限公司的硬件工程师。"],
     [("这块电路板是我焊的。", "仇立新", "硬件工程师", "")]),
    # (Guards: a sentence between; someone named already.)
    (["“步子小，这样更稳。”在路边跟跑的一名年轻工程师解释。比赛还在继续。"
      "他叫滑嘉树，是北京星步机器人有限公司的运动控制工程师。"],
     [("步子小，这样更稳。", "", "", "在路边跟跑的一名年轻工程师")]),
    (["“步子小，这样更稳。”工程师邹立说。他叫停了比赛，是担心电机过热。"],
     [("步子小，这样更稳。", "邹立", "工程师", "")]),
])
def test_named_in_the_next_sentence(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # 阿伯 and 阿婆 call an old man or woman as 老人 does: a counted one describes someone
    # (with them person nouns, `一位来自潮汕的阿伯戴上耳机` would name 戴上: a verb and its
    # direction made up as one word is no name), and the bare noun opening a sentence of
    # one or two short clauses of gestures after a quote is that one (`“……。”阿伯摘下耳机，
    # 连连点头。` had no speaker).
    (["一位来自潮汕的阿伯戴上耳机，用潮汕话问了一句天气。“厉害，比我孙子还懂。”阿伯摘下耳机，连连点头。"],
     [("厉害，比我孙子还懂。", "", "", "阿伯")]),
    (["一位来自福建的阿婆戴上眼镜看了看。“字真清楚。”阿婆放下眼镜，连连点头。"],
     [("字真清楚。", "", "", "阿婆")]),
    (["73岁的退休教师郑国华慢慢往前走。“上坡还会帮你使劲。”老人停下脚步，笑了起来。"],
     [("上坡还会帮你使劲。", "郑国华", "退休教师", "")]),
    # (Guards: a second clause that is more than a gesture; the direction of a word the
    # dictionary knows.)
    (["“上坡还会帮你使劲。”老人停下脚步，把报纸叠好放进了随身带着的布袋里。"],
     [("上坡还会帮你使劲。", "", "", "")]),
])
def test_an_old_man_called_a_bo(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


def test_a_verb_and_its_direction_is_no_name() -> None:
    assert mentions("一位来自潮汕的阿伯戴上耳机。") == []
    assert mentions("参展商戴立说。") == [("戴立", "参展商")]


@pytest.mark.parametrize(("texts", "want"), [
    # A description pointing back (`这位返乡青年`, `这位老人`, `这位上海人`) that opens the
    # sentence after a quote with no speech verb said it, as 他/她 or a name did there
    # (`“……。”这位上海人竖起大拇指。` had no speaker).
    (["来自上海的游客蒲晓东第一次来这里。“这里的菜太好吃了。”这位上海人竖起大拇指。"],
     [("这里的菜太好吃了。", "蒲晓东", "游客", "")]),
    (["返乡青年卢小川在村里开了网店。“现在一天能发两百单。”这位返乡青年一脸自豪。"],
     [("现在一天能发两百单。", "卢小川", "返乡青年", "")]),
    (["78岁的老铁匠蔺德顺在炉前忙活。“这手艺不能丢。”这位老人擦了擦汗。"],
     [("这手艺不能丢。", "蔺德顺", "老铁匠", "")]),
    # (Guard: a role with 人 in it is no place.)
    (["“这手艺不能丢。”这位传承人擦了擦汗。"], [("这手艺不能丢。", "", "", "")]),
])
def test_pointed_back_after_a_quote(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Variants of this round's rules: an age between the name given after a description
    # and what they are (`她叫某某，今年20岁，是……`), and a name glued to a verb done briefly
    # (`戚晓岚顿|了|一下`), not only to a doubled one.
    (["“大家慢慢走。”一名戴着红帽子的志愿者提醒。她叫鞠晓雨，今年20岁，是南京一所大学的大二学生。"],
     [("大家慢慢走。", "鞠晓雨", "大二学生", "")]),
    (["“去年这里还没几家，”总经理戚晓岚顿了一下，“今年已经有三十家了。”"],
     [("去年这里还没几家，", "戚晓岚", "总经理", ""), ("今年已经有三十家了。", "戚晓岚", "总经理", "")]),
    # (Guard: jieba's own cut before 了一下.)
    (["“去年这里还没几家，”总经理王晓明想了一下，“今年已经有三十家了。”"],
     [("去年这里还没几家，", "王晓明", "总经理", ""), ("今年已经有三十家了。", "王晓明", "总经理", "")]),
])
def test_variants(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A name of two jieba glued to a verb of speech of one character before the mark that
    # ends the attribution (`工程师邹立答。` named 邹立答): the name is the two.
    (["“它会不会摔倒？”一个小家伙问。“不会，它有平衡系统。”工程师邹立答。"],
     [("它会不会摔倒？", "", "", "一个小家伙"), ("不会，它有平衡系统。", "邹立", "工程师", "")]),
    (["工程师邹立答：“不会。”"], [("不会。", "邹立", "工程师", "")]),
    # (Guards: a name of three before the verb; a name of two that jieba cuts.)
    (["“不会。”工程师邹立新答。"], [("不会。", "邹立新", "工程师", "")]),
    (["“它会摔倒吗？”小学生钱多问。"], [("它会摔倒吗？", "钱多", "小学生", "")]),
])
def test_a_name_glued_to_a_verb_of_speech(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # 忍不住 before the verb is an adverbial as 不禁 is (`外国游客汤姆·格林忍不住感叹` named
    # 汤姆·格林忍不住).
    (["“太神奇了！”站在一旁的外国游客汤姆·格林（Tom Green）忍不住感叹。"],
     [("太神奇了！", "汤姆·格林", "外国游客", "")]),
    (["“太神奇了！”游客汤姆·格林忍不住说。"], [("太神奇了！", "汤姆·格林", "游客", "")]),
    (["“太神奇了！”游客王晓明忍不住感叹。"], [("太神奇了！", "王晓明", "游客", "")]),
])
def test_cannot_help_saying(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # 友 ends a noun for a person as 手 and 农 do (跑友, 球友): `68岁的跑友毛建国一边拉伸一边
    # 感叹` had no speaker.
    (["“这机器人比我跑得还稳。”68岁的跑友毛建国一边拉伸一边感叹。"],
     [("这机器人比我跑得还稳。", "毛建国", "跑友", "")]),
    (["“这球打得漂亮。”球友蔺立新说。"], [("这球打得漂亮。", "蔺立新", "球友", "")]),
    # ... and a friend with no name is someone described (`他的朋友说` had no speaker).
    (["“好久不见。”他的朋友说。"], [("好久不见。", "", "", "他的朋友")]),
    (["“好久不见。”一位老朋友说。"], [("好久不见。", "", "", "一位老朋友")]),
])
def test_a_fellow_runner(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want
