"""Forms of batches 51 and 52's known misses (a family at a robot show, a robot summer camp,
a university achievements fair, an international robotics challenge, a night market; invented
sentences, names and bodies made up): each failed before the rule it tests, unless marked as
a guard."""

import pytest

from kiosk.content.normalize import normalize
from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("texts", "want"), [
    # 都, an adverb, is a rare surname too: after a post or role, before a given name of two
    # and a speech verb, it opens a name.
    (["“草莓味卖得最快，一晚上要补三次货。”奶茶摊主都小雅说。"],
     [("草莓味卖得最快，一晚上要补三次货。", "都小雅", "奶茶摊主", "")]),
    (["志愿者都海燕表示：“今晚来的人比上周多一倍。”"],
     [("今晚来的人比上周多一倍。", "都海燕", "志愿者", "")]),
    (["“孩子们学得很快。”机器人社团指导老师都秀英告诉记者。"],
     [("孩子们学得很快。", "都秀英", "机器人社团指导老师", "")]),
    # (Guards: 都 the adverb, before a speech verb, a manner or a word jieba knows as a
    # name's that is no given name here; and after many.)
    (["“这机器人真能干。”几位老人都说。"], [("这机器人真能干。", "", "", "几位老人")]),
    (["“好。”志愿者都很高兴地说。"], [("好。", "", "", "志愿者")]),
    (["“再来一个！”观众都齐声喊。"], [("再来一个！", "", "", "观众")]),
    (["“人太多了。”摊主们都私下说。"], [("人太多了。", "", "", "摊主们")]),
])
def test_a_rare_surname_that_is_an_adverb(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # `甲和乙……。他说，……。她……：“……”`: once 他 is 甲, 她 is the one joined to 甲 in the
    # clause that named them, not whom the paragraph before quoted.
    (["领队Tom Berger第二次带队来参赛。“今年我们进了八强。”Berger说。",
      "来自肯尼亚的领队奥马尔·基巴基和韩国“海燕”队的指导教师朴善英在看台上挨着坐了三天。他说，"
      "肯尼亚的中学刚开始开设编程课。她则更关心孩子们的交流：“比赛之外，他们学会了用手势聊天。”"],
     [("今年我们进了八强。", "Tom Berger", "领队", ""),
      ("比赛之外，他们学会了用手势聊天。", "朴善英", "指导教师", "")]),
    (["“这台机器人是我们自己焊的。”队长贺明轩说。",
      "工程师邵文静和同事庞振宇守在调试台前。她说，这套系统调了整整一个月。他补充道：“最难的是让两条机械臂不打架。”"],
     [("这台机器人是我们自己焊的。", "贺明轩", "队长", ""),
      ("最难的是让两条机械臂不打架。", "庞振宇", "同事", "")]),
    # ... `甲带着孙子乙` too (孙子 shows no sex by its head).
    (["“这台机器人是我们自己焊的。”队长贺明轩说。",
      "72岁的退休教师葛秀芬带着上初二的孙子葛一帆在投影墙前站了很久。她说，自己小时候住在窑址附近。"
      "他则对触摸屏更感兴趣：“奶奶你看，我烧出来的颜色跟真的一样！”"],
     [("这台机器人是我们自己焊的。", "贺明轩", "队长", ""),
      ("奶奶你看，我烧出来的颜色跟真的一样！", "葛一帆", "孙子", "")]),
    # (Guards: the same pronoun again is the same one; a noun marked for sex decides.)
    (["“这台机器人是我们自己焊的。”队长贺明轩说。",
      "工程师邵文静和同事庞振宇守在调试台前。她说，这套系统调了整整一个月。她又补充道：“最难的是让两条机械臂不打架。”"],
     [("这台机器人是我们自己焊的。", "贺明轩", "队长", ""),
      ("最难的是让两条机械臂不打架。", "邵文静", "工程师", "")]),
    (["“这台机器人是我们自己焊的。”队长贺明轩说。",
      "72岁的退休教师葛秀芬带着上初二的孙女葛雨桐在投影墙前站了很久。他说，自己小时候住在窑址附近。"
      "她则对触摸屏更感兴趣：“爷爷你看，我烧出来的颜色跟真的一样！”"],
     [("这台机器人是我们自己焊的。", "贺明轩", "队长", ""),
      ("爷爷你看，我烧出来的颜色跟真的一样！", "葛雨桐", "孙女", "")]),
])
def test_the_other_of_two_joined(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), [
    # After an age and 的, a rare surname jieba leaves on its own and a given name after it.
    ("10岁的庾乐乐坐在前排。", [("庾乐乐", "")]),
    # After a name of three, 正 glued to what follows (`正为`) opens what they do.
    ("领队郜立峰正为此事奔走。", [("郜立峰", "领队")]),
    # (Guards: a name jieba cuts apart, and one it keeps whole.)
    ("工程师匡永康也为此事奔走。", [("匡永康", "工程师")]),
    ("8岁的笪豆豆举起了手。", [("笪豆豆", "")]),
])
def test_names_of_a_family_scene(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want


@pytest.mark.parametrize(("texts", "want"), [
    # `某某和爸爸某某正为……`: the father is named without 正, titled 爸爸 (the child named
    # just before opens no title), and 她 after his words is the child joined to him.
    (["“先装轮子！”队员贺明轩说。",
      "12岁的庾豆豆和爸爸庾建峰正为小车该先装哪块板子争得面红耳赤。“装在前面才能看见障碍物！”"
      "她一点也不服软。他摊开双手，冲记者苦笑：“在家辅导作业都没这么费劲。”"],
     [("先装轮子！", "贺明轩", "队员", ""), ("装在前面才能看见障碍物！", "庾豆豆", "", ""),
      ("在家辅导作业都没这么费劲。", "庾建峰", "爸爸", "")]),
    # ... also when a column breaks the paragraph before 他 (the father is the one of his sex
    # the paragraph before named, not the boy quoted before it).
    (["10岁的贺明轩一蹦老高：“我就说我能行！”",
      "12岁的庾豆豆和爸爸庾建峰正为小车该先装哪块板子争得面红耳赤。“装在前面才能看见障碍物！”"
      "她一点也不服软。", "他摊开双手，冲记者苦笑：“在家辅导作业都没这么费劲。”"],
     [("我就说我能行！", "贺明轩", "", ""), ("装在前面才能看见障碍物！", "庾豆豆", "", ""),
      ("在家辅导作业都没这么费劲。", "庾建峰", "爸爸", "")]),
    # (Guard: someone known before opens no title either.)
    (["工程师邵文静今年32岁。", "邵文静和同事庞振宇守在调试台前。“最难的是让两条机械臂不打架。”庞振宇说。"],
     [("最难的是让两条机械臂不打架。", "庞振宇", "同事", "")]),
])
def test_a_child_and_a_parent(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # `“教练，……？”一位……教练……：“……”`: words that call the one the clause after them
    # describes (or names) are put to that one, who answers after the colon; they are whom
    # the paragraph named before them, and the one who answers is named in the sentence
    # after the answer (`她叫某某，是……`).
    (["“欢迎来到科学营。”营长门立新说。",
      "9岁的贺一鸣趴在桌边直叹气。“老师，这个传感器怎么不亮啊？”一位戴着眼镜的年轻老师走过来，"
      "拿起电路板看了看：“电池装反了，你再检查一下。”她叫郜雨晴，是市师范大学物理系大三学生。"],
     [("欢迎来到科学营。", "门立新", "营长", ""),
      ("老师，这个传感器怎么不亮啊？", "贺一鸣", "", ""),
      ("电池装反了，你再检查一下。", "郜雨晴", "市师范大学物理系大三学生", "")]),
    # ... also when a column breaks the paragraph after the answer.
    (["9岁的贺一鸣趴在桌边直叹气。“老师，这个传感器怎么不亮啊？”一位戴着眼镜的年轻老师走过来，"
      "拿起电路板看了看：“电池装反了，你再检查一下。”", "她叫郜雨晴，今年21岁，是市师范大学物理系大三学生。"],
     [("老师，这个传感器怎么不亮啊？", "贺一鸣", "", ""),
      ("电池装反了，你再检查一下。", "郜雨晴", "市师范大学物理系大三学生", "")]),
    (["9岁的贺一鸣趴在桌边直叹气。“老师，这个传感器怎么不亮啊？”老师郜雨晴走过来：“电池装反了。”"],
     [("老师，这个传感器怎么不亮啊？", "贺一鸣", "", ""), ("电池装反了。", "郜雨晴", "老师", "")]),
    # (Guards: words that call someone else, and words with no answer after them.)
    (["“妈妈，快看！”一位小女孩拉着妈妈的手：“它在跳舞！”"],
     [("妈妈，快看！", "", "", "一位小女孩"), ("它在跳舞！", "", "", "一位小女孩")]),
    (["“教练，我准备好了！”队员贺一鸣举起手。"], [("教练，我准备好了！", "贺一鸣", "队员", "")]),
])
def test_words_put_to_the_one_who_answers(texts: list[str],
                                          want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), [
    # A counted 家 is a measure word, no role a name may follow (`一家|风电运维`).
    ("一家风电运维企业的采购总监甘立群来了。", [("甘立群", "采购总监")]),
    # After an age and 的, a transcribed name with `·` is read whole.
    ("这套系统出自自动化学院博士后、31岁的古丽米拉·艾山所在的团队。",
     [("古丽米拉·艾山", "自动化学院博士后")]),
    # (Guards: a role after the age is the title; 专家 is a role.)
    ("他的队友、23岁的水手艾米丽·克拉克是第一次来中国。", [("艾米丽·克拉克", "水手")]),
    ("农业专家甘立群来了。", [("甘立群", "农业专家")]),
])
def test_names_at_a_fair(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want


@pytest.mark.parametrize(("texts", "want"), [
    # `一位中年男子挤到前排：“……？”` is someone described (男子, 女子 call a person by sex),
    # whom `这位男子是……的采购总监某某` two paragraphs on names.
    (["“它一次能检测一整片叶片。”工程学院教授宓怀山说。话音未落，一位中年男子挤到前排：“价格能不能再降一点？”",
      "“量大好谈。”宓教授笑着回答。", "这位男子是一家风电运维企业的采购总监甘立群，当天已经是第三次来这个展台。"],
     [("它一次能检测一整片叶片。", "宓怀山", "工程学院教授", ""),
      ("价格能不能再降一点？", "甘立群", "采购总监", ""), ("量大好谈。", "宓怀山", "工程学院教授", "")]),
    # (... not when the noun pointing back ends another description.)
    (["“它一次能检测一整片叶片。”工程学院教授宓怀山说。话音未落，一位年轻女子挤到前排：“价格能不能再降一点？”",
      "“量大好谈。”宓教授笑着回答。", "这位男子是一家风电运维企业的采购总监甘立群，当天已经是第三次来这个展台。"],
     [("它一次能检测一整片叶片。", "宓怀山", "工程学院教授", ""),
      ("价格能不能再降一点？", "", "", "一位年轻女子"), ("量大好谈。", "宓怀山", "工程学院教授", "")]),
    # A quote left open at a paragraph's end goes on in the next, whose clause after the
    # words introduces someone else's with a colon.
    (["谈起研发过程，材料学院博士后阮清禾告诉记者：“最早的涂层太软，一晒就化。我们换了三十多种配方。",
      "“现在这层涂层能耐六十度高温，还不掉色。”同组的博士生郁子谦在一旁补充：“下个月我们就去工厂试产。”"],
     [("最早的涂层太软，一晒就化。我们换了三十多种配方。", "阮清禾", "材料学院博士后", ""),
      ("现在这层涂层能耐六十度高温，还不掉色。", "阮清禾", "材料学院博士后", ""),
      ("下个月我们就去工厂试产。", "郁子谦", "博士生", "")]),
    # (Guard: after a quote closed in the paragraph before, the clause is the words'.)
    (["谈起研发过程，材料学院博士后阮清禾告诉记者：“最早的涂层太软，一晒就化。我们换了三十多种配方。”",
      "“现在这层涂层能耐六十度高温，还不掉色。”同组的博士生郁子谦在一旁补充：“下个月我们就去工厂试产。”"],
     [("最早的涂层太软，一晒就化。我们换了三十多种配方。", "阮清禾", "材料学院博士后", ""),
      ("现在这层涂层能耐六十度高温，还不掉色。", "郁子谦", "博士生", ""),
      ("下个月我们就去工厂试产。", "郁子谦", "博士生", "")]),
])
def test_who_asked_and_who_goes_on(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # `“妈妈你看，……！”` alone after a paragraph about a child known as someone's 儿子 or 女儿
    # is the child's; the short words alone after it are the parent's, whom the child called
    # (the one the paragraph that named the child named first).
    (["上午9点，工程师柏晓岚一手牵着7岁的儿子，一手扶着72岁的公公葛长顺，走进了航天展区。"
      "儿子小名叫豆豆，一进门就松开了妈妈的手，跑到火箭模型跟前。",
      "“妈妈你看，火箭比房子还高！”", "“小心点，别撞着别人。”"],
     [("妈妈你看，火箭比房子还高！", "豆豆", "儿子", ""), ("小心点，别撞着别人。", "柏晓岚", "工程师", "")]),
    # The child's 爷爷 or 奶奶 is the one known as a grandparent, or as the parent's 公公 or
    # 婆婆 (`72岁的公公某某`: the kin noun is the title of the name after it).
    (["上午9点，工程师柏晓岚带着7岁的儿子和72岁的公公葛长顺走进了航天展区。儿子小名叫豆豆。",
      "临走时，记者问豆豆长大想做什么。“开火箭！”他脱口而出。爷爷在一旁笑着接话：“那爷爷等着坐你开的。”"],
     [("开火箭！", "豆豆", "儿子", ""), ("那爷爷等着坐你开的。", "葛长顺", "公公", "")]),
    (["上午9点，工程师柏晓岚带着72岁的婆婆葛秀兰和70岁的母亲邬玉芳走进了航天展区。",
      "“真热闹。”奶奶在一旁笑着说。"],
     [("真热闹。", "葛秀兰", "婆婆", "")]),
    # (Guards: no child known, no one calls; two who may be 奶奶, no one is.)
    (["“大家好！”", "“妈妈你看！”"], [("大家好！", "", "", ""), ("妈妈你看！", "", "", "")]),
    (["上午9点，工程师柏晓岚带着72岁的婆婆葛秀兰和70岁的奶奶邬玉芳走进了航天展区。",
      "“真热闹。”奶奶在一旁笑着说。"],
     [("真热闹。", "", "", "奶奶")]),
])
def test_a_family_speaking(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


_FULL = ("城东物流园的机器人维修站每天晚上十点开夜班，\n一直忙到第二天早上六点，班组里一共四个人。\n\n"
         "十一点刚过，一台分拣机器人被推了进来，左轮\n一动不动。徒弟小周蹲下去看了看：“师傅，是不\n是电机烧了？”\n\n")
_AFTER = "“那就不是电机，先查编码器的那根信号线。”果\n然，一根信号线的接头松了，师傅顺手递过新接头。\n"


@pytest.mark.parametrize(("text", "want"), [
    # A few one-line paragraphs of dialogue between full-width text in columns, one of
    # them bare words in marks, are short paragraphs of the body, not a sidebar's lead.
    (_FULL + "“你摸摸，烫不烫手？”\n\n小周摸了摸，摇摇头。\n\n" + _AFTER,
     ["body", "body", "body", "body", "body"]),
    # (Guard: a sidebar runs over narrow lines.)
    (_FULL + "今年夏天，\n维修站新添\n了两台检测\n设备。\n\n" + _AFTER, ["body", "body", "lead", "body"]),
])
def test_short_turns_are_no_sidebar(text: str, want: list[str]) -> None:
    assert [p.kind for p in normalize(text).paragraphs] == want
