"""Forms of round 19b's hold-outs (county and grassroots reports: a tea expo with livestream
hosts, a village basketball final, a museum night, a community health day, a science caravan;
invented sentences, names and bodies made up): each failed before the rule it tests, unless
marked as a guard."""

import pytest

from kiosk.content.normalize import normalize
from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("texts", "want"), [
    # Words the dictionary tags as names that are how a voice is raised (`齐声`, `高喊`) or
    # nouns of someone addressed (`小姑娘`) name no one: the crowd or the girl speaks.
    (["场边的球迷齐声高喊：“再来一个！”"], [("再来一个！", "", "", "场边的球迷")]),
    (["“再来一个！”台下的观众们齐声高呼。"], [("再来一个！", "", "", "台下的观众们")]),
    (["观众们高喊：“再来一个！”"], [("再来一个！", "", "", "观众们")]),
    (["一个戴着红领巾的小姑娘举手问：“机器人会累吗？”"],
     [("机器人会累吗？", "", "", "一个戴着红领巾的小姑娘")]),
    # (Guards: a name with 高; someone described by 老 and a noun the dictionary knows.)
    (["工程师高建平高声说：“好。”"], [("好。", "高建平", "工程师", "")]),
    (["“我也想试试！”一旁的老太太说。"], [("我也想试试！", "", "", "一旁的老太太")]),
])
def test_no_name(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # An adverb of time after a whole Han name jieba reads ends it (`李建国|刚`), and after a
    # surname and a form of address of one character that jieba glued it to (`林叔刚|做`).
    (["居民李建国刚打完太极拳。“腰不疼了。”李建国擦了擦汗。"], [("腰不疼了。", "李建国", "居民", "")]),
    (["68岁的居民林叔刚做完体检。“腰不疼了。”林叔拍了拍胸口。"], [("腰不疼了。", "林叔", "居民", "")]),
    # 光是 ("merely", a noun to the dictionary) holds a name's last character and the copula.
    (["球队主教练宁正光是镇中学的体育老师。他说：“明年还来。”"],
     [("明年还来。", "宁正光", "球队主教练", "")]),
    # ... but an adverb that makes a word with the copula ends the name before it
    # (`韦正|只是`, `李明|总是`, which had read 韦正只, 李明总).
    (["球队教练韦正只是镇中学的体育老师。他说：“明年还来。”"], [("明年还来。", "韦正", "球队教练", "")]),
    (["“明年还来。”球队教练李明总是笑着说。"], [("明年还来。", "李明", "球队教练", "")]),
    (["球队教练濮一凡是镇中学的体育老师。他说：“明年还来。”"],
     [("明年还来。", "濮一凡", "球队教练", "")]),
    # 老 and a surname, a word of its own, is someone called by name (`……的老祁`).
    (["摆了三十年摊的老祁凑过来问：“这个多少钱？”"], [("这个多少钱？", "老祁", "", "")]),
    # ... whatever the dictionary makes of the word (老周 a time word, 老马 a noun); not a
    # role (老师).
    (["老周是村里的种粮大户。“今年亩产又涨了。”老周笑着说。"], [("今年亩产又涨了。", "老周", "", "")]),
    (["“今年亩产又涨了。”老马说。"], [("今年亩产又涨了。", "老马", "", "")]),
    (["“今年亩产又涨了。”老师说。"], [("今年亩产又涨了。", "", "", "老师")]),
    # (Guards: a name ending in 刚; a form of address apart from the adverb; 老 and a known
    # person's surname is that person; 老 before a noun.)
    (["居民邬志刚说：“好。”"], [("好。", "邬志刚", "居民", "")]),
    (["68岁的居民祁叔正在排队。“腰不疼了。”祁叔拍了拍胸口。"], [("腰不疼了。", "祁叔", "居民", "")]),
    (["果农邰福生说：“今年价钱好。”", "集市散场时，老邰的柑橘已经卖完了。“明年还来！”他说。"],
     [("今年价钱好。", "邰福生", "果农", ""), ("明年还来！", "邰福生", "果农", "")]),
    (["他的老朋友说：“好。”"], [("好。", "", "", "他的老朋友")]),
])
def test_where_names_end(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), [
    # A surname jieba reads as a verb (谈, 花) opens a name before the person's age too.
    ("他的学徒谈小溪今年22岁。", [("谈小溪", "学徒")]),
    ("队员花小龙今年19岁。", [("花小龙", "队员")]),
    # ... and before a gesture, a verb and its aspect (`果农谈永福咧着嘴直乐`).
    ("果农谈永福咧着嘴直乐。", [("谈永福", "果农")]),
    # (Guards: what was spent, with a number after; a verb and its aspect after a role.)
    ("志愿者花三天时间布展。", []),
    ("志愿者花了两万元。", []),
    ("工程师谈着项目进展。", []),
])
def test_names(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Someone described by where they are, with no count, opening the clause before a verb
    # whose own clause holds only how they speak.
    (["看台上的球迷挥舞着国旗，齐声喊道：“加油！”"], [("加油！", "", "", "看台上的球迷")]),
    (["场边的观众们站了起来，大声喊：“好球！”"], [("好球！", "", "", "场边的观众们")]),
    # A bare noun of age opening that clause is the one just named, as before a verb
    # (`搓着手` is what a hand does, no role ending in 手); a few words forced out are said.
    (["邝玉的父亲邝德厚也被女儿拉到了镜头前。老人有些拘谨，搓着手说：“这茶好喝，放心买。”"],
     [("这茶好喝，放心买。", "邝德厚", "父亲", "")]),
    (["邝玉的父亲邝德厚也被女儿拉到了镜头前。老人有些拘谨，搓着手憋出一句：“这茶好喝，放心买。”"],
     [("这茶好喝，放心买。", "邝德厚", "父亲", "")]),
    (["一位老人有些拘谨，搓着手说：“这茶好喝。”"], [("这茶好喝。", "", "", "一位老人")]),
    # A role and a nickname in marks, no name, doing something after the words, named in
    # the sentence after (`她本名某某`), after the rest of the sentence; 他叫 likewise.
    (["“家人们看过来！”主播“橙子妹”举着脐橙凑近镜头，果汁顺着指缝往下滴。她本名蒙晓橙，是本村人。"],
     [("家人们看过来！", "蒙晓橙", "主播", "")]),
    (["“家人们看过来！”一位主播举着脐橙凑近镜头，果汁顺着指缝往下滴。她叫蒙晓橙，是本村的返乡大学生。"],
     [("家人们看过来！", "蒙晓橙", "返乡大学生", "")]),
    (["“家人们看过来！”主播“橙子妹”举着脐橙凑近镜头。"],
     [("家人们看过来！", "", "", "主播“橙子妹”")]),
    # A verb and its aspect jieba made up as one word opens no name (`主播|举着|刚|摘`).
    (["“家人们看过来！”主播“橙子妹”举着刚摘的脐橙凑近镜头。她本名蒙晓橙，是本村人。"],
     [("家人们看过来！", "蒙晓橙", "主播", "")]),
    # (Guards: a name after the nickname; one counted with no name after; a name after the
    # description.)
    (["“家人们看过来！”主播“橙子妹”蒙晓橙举着脐橙凑近镜头。"], [("家人们看过来！", "蒙晓橙", "主播", "")]),
    (["“家人们看过来！”一位主播举着脐橙凑近镜头。"], [("家人们看过来！", "", "", "一位主播")]),
    (["来自广州的茶商邝宇峰捏起几根干茶闻了闻，转头对同伴说：“先订两百斤。”"],
     [("先订两百斤。", "邝宇峰", "茶商", "")]),
    (["“好吃！”小学生蒙佳佳冒出一句。"], [("好吃！", "蒙佳佳", "小学生", "")]),
])
def test_who_opens_the_clause(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), [
    # `……遥控器了。”` ending a full column, then whose words they were (`某某的回答……`):
    # the same paragraph, not one of its own.
    ("标题\n\n有村民问他：“这个贵不\n贵？”“不贵，补贴下来\n三万多块，好学得很。”\n\n"
     "向小龙的回答引得大家\n哈哈大笑。\n\n夜幕降临，无人机升空\n了。\n",
     ["有村民问他：“这个贵不贵？”“不贵，补贴下来三万多块，好学得很。”向小龙的回答引得大家哈哈大笑。",
      "夜幕降临，无人机升空了。"]),
    # (Guard: a sentence of its own after the column break stays a paragraph.)
    ("标题\n\n有村民问他：“这个贵不\n贵？”“不贵，补贴下来\n三万多块，好学得很。”\n\n"
     "夜幕降临，无人机升空\n了。\n",
     ["有村民问他：“这个贵不贵？”“不贵，补贴下来三万多块，好学得很。”",
      "夜幕降临，无人机升空了。"]),
])
def test_whose_words_after_a_column_break(text: str, want: list[str]) -> None:
    assert [p.text for p in normalize(text).paragraphs][:2] == want


@pytest.mark.parametrize(("texts", "want"), [
    # The heads of a county, a township or a village are posts: by surname and post they
    # are the one known who holds it (`王镇长` had been a name, `方镇长` someone unnamed).
    (["镇长王明亮告诉记者：“今年新建了三个卫生室。”", "“明年还要再建五个。”王镇长说。"],
     [("今年新建了三个卫生室。", "王明亮", "镇长", ""), ("明年还要再建五个。", "王明亮", "镇长", "")]),
    (["镇长方明亮告诉记者：“今年新建了三个卫生室。”", "“明年还要再建五个。”方镇长说。"],
     [("今年新建了三个卫生室。", "方明亮", "镇长", ""), ("明年还要再建五个。", "方明亮", "镇长", "")]),
    # 原 is a surname (`县长原立军`, `原师傅`) ...
    (["“欢迎大家来凤岭喝茶！”县长原立军在直播间里当起了“推介官”。"],
     [("欢迎大家来凤岭喝茶！", "原立军", "县长", "")]),
    (["“糖画要趁热画。”原师傅一边说，一边舀起一勺糖稀。"], [("糖画要趁热画。", "原师傅", "", "")]),
    # (Guards: ... and "former" before a post.)
    (["原局长王建国说：“路修好了。”"], [("路修好了。", "王建国", "原局长", "")]),
    (["市原副市长李明说：“路修好了。”"], [("路修好了。", "李明", "市原副市长", "")]),
])
def test_county_posts_and_surnames(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize("text", ["原计划明年完工。", "局长原定下午到。", "会长原因身体原因辞职。"])
def test_former_is_no_name(text: str) -> None:
    assert mentions(text) == []


@pytest.mark.parametrize(("texts", "want"), [
    # Bending down to whom one answers (`蹲下来回答`), news told from one to another
    # (`奔走相告`), and someone counted and called by age after where they are, opening a
    # short sentence of their own after the words.
    (["“会的。”讲解员江小雨蹲下来回答。"], [("会的。", "江小雨", "讲解员", "")]),
    (["“我们村的茶叶上了央视！”村民们奔走相告。"], [("我们村的茶叶上了央视！", "", "", "村民们")]),
    (["“比赛打得太精彩了！”看台上一位70多岁的老大爷激动地站了起来。"],
     [("比赛打得太精彩了！", "", "", "一位70多岁的老大爷")]),
    # (Guard: whose thing it is.)
    (["“比赛打得太精彩了！”路上一位老人的车坏了。"], [("比赛打得太精彩了！", "", "", "")]),
])
def test_more_ways_to_speak(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want
