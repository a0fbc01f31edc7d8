"""Forms of batch 55's first contact (an AI platform for ancient books, a robot team before a
final, an automated port; invented sentences, names and bodies made up): each failed before
the rule it tests, unless marked as a guard."""

import pytest

from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("texts", "want"), [
    # Surnames that are everyday words to jieba (相 a verb, 计 a noun) after a post or role,
    # before the day the words were said, a speech verb or a clause mark.
    (["“过去修一件青铜器要一年，现在一周就能出方案。”省文物局副局长、研究员相建国3日在研讨会上说。"],
     [("过去修一件青铜器要一年，现在一周就能出方案。", "相建国", "省文物局副局长、研究员", "")]),
    (["“数字化只是第一步。”市博物馆馆长相明亮当日在开馆仪式上说。"],
     [("数字化只是第一步。", "相明亮", "市博物馆馆长", "")]),
    (["市档案馆研究馆员相海峰日前表示：“老档案要先抢救，再开放。”"],
     [("老档案要先抢救，再开放。", "相海峰", "市档案馆研究馆员", "")]),
    # ... when jieba glues the surname to the post's or role's last character (长相, 生计).
    (["“这组数据能公开。”农机厂厂长相志远在车间里说。"],
     [("这组数据能公开。", "相志远", "农机厂厂长", "")]),
    (["研究生计晓雨举手问：“老师，这组数据能公开吗？”"],
     [("老师，这组数据能公开吗？", "计晓雨", "研究生", "")]),
    # A verb surname opening a word of the dictionary names no one (`研究员|花钱|后`).
    (["“能赶上。”研究员花钱后说。"], [("能赶上。", "", "", "研究员")]),
    # Guards: the words those surnames open after a post or role.
    (["“能赶上。”技术员计时后说。"], [("能赶上。", "", "", "技术员")]),
    (["“能赶上。”厂长相当自信地说。"], [("能赶上。", "", "", "厂长")]),
    (["“能赶上。”几位研究员相继发言。"], [("能赶上。", "", "", "几位研究员")]),
    (["“今年的稻子比去年多收了一成。”市农科院研究员计海涛当天在田头说。"],
     [("今年的稻子比去年多收了一成。", "计海涛", "市农科院研究员", "")]),
])
def test_word_surnames(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "want"), [
    ("研究所所长、教授相立言2日在会上说。", [("相立言", "研究所所长、教授")]),
    ("研究员花立言2日在会上说。", [("花立言", "研究员")]),
    # Guards: what a post or role and those words say is done.
    ("设计师计划明年推出新款。", []),
    ("几位院长相互交流经验。", []),
    ("村长相中了这块地，当天就签了约。", []),
    ("会计师计件收费。", []),
    ("工程师计算2日的产量。", []),
])
def test_word_surname_mentions(text: str, want: list[tuple[str, str]]) -> None:
    assert mentions(text) == want


@pytest.mark.parametrize(("texts", "want"), [
    # The name the text said someone goes by, in marks, opening the sentence right after
    # the words (with no speech verb): theirs.
    (["车间里，老钳工葛长顺正弯腰听着机床的声音。他在厂里干了三十年，徒弟们都叫他“顺爷”。"
      "学徒班小锐跑过来问：“师傅，这台车床是不是该换轴承了？”",
      "“不是轴承的事，你摸摸这根皮带。”“顺爷”头也不抬。班小锐伸手一摸，皮带果然松了。"],
     [("师傅，这台车床是不是该换轴承了？", "班小锐", "学徒", ""),
      ("不是轴承的事，你摸摸这根皮带。", "葛长顺", "老钳工", "")]),
    (["码头上，吊车司机祁海涛已经开了二十年吊车，工友们叫他“祁大胆”。",
      "“风再大一点就得停。”“祁大胆”盯着风速表，手没离开操纵杆。"],
     [("风再大一点就得停。", "祁海涛", "吊车司机", "")]),
    # Guards: no one said to go by it; the words introduced by a colon before them.
    (["码头上，吊车司机祁海涛已经开了二十年吊车。",
      "“风再大一点就得停。”“祁大胆”盯着风速表，手没离开操纵杆。"],
     [("风再大一点就得停。", "", "", "")]),
    (["老钳工葛长顺在厂里干了三十年，徒弟们都叫他“顺爷”。",
      "学徒班小锐跑过来问：“师傅，这台车床是不是该换轴承了？”“顺爷”没吭声。"],
     [("师傅，这台车床是不是该换轴承了？", "班小锐", "学徒", "")]),
])
def test_nickname_opening_after_words(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A reply to a parent (`爸，……`) after the parent's words, the child named after it with
    # a surname jieba glues to the role before it (`研究|生计|晓雨`, `大一|新|生计|小禾`).
    (["研究生计晓雨已经在实验室住了一周。",
      "晚上十点，计晓雨的手机响了。视频那头，她的父亲葛长林看着女儿的黑眼圈直叹气：“数据重要，"
      "身体更重要。”“爸，等答辩完我就回家睡觉。”计晓雨笑着挂断了电话。"],
     [("数据重要，身体更重要。", "葛长林", "父亲", ""),
      ("爸，等答辩完我就回家睡觉。", "计晓雨", "研究生", "")]),
    (["大一新生计小禾已经在实验室住了一周。",
      "晚上十点，计小禾的手机响了。视频那头，她的父亲葛长林直叹气：“数据重要，身体更重要。”"
      "“爸，等答辩完我就回家睡觉。”计小禾笑着挂断了电话。"],
     [("数据重要，身体更重要。", "", "", "她的父亲"),
      ("爸，等答辩完我就回家睡觉。", "计小禾", "大一新生", "")]),
])
def test_reply_to_a_parent(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Many talking over one another (`你一句我一句`, as `你一言我一语`): the crowd.
    (["集市口，几个摊主正围着新装的扫码秤看。“以前算账靠心算，现在秤一放价钱就出来了。”"
      "摊主们你一句我一句地说。"],
     [("以前算账靠心算，现在秤一放价钱就出来了。", "", "", "摊主们")]),
    (["“那时候一台车床要三个人守着。”几位老工人你一句我一句，把当年的事讲了个遍。"],
     [("那时候一台车床要三个人守着。", "", "", "几位老工人")]),
    (["“以前排队要一上午，现在刷脸就进。”排队的游客你一句我一句地聊开了。"],
     [("以前排队要一上午，现在刷脸就进。", "", "", "排队的游客")]),
    # Guard: `你一言我一语`, as before.
    (["“以前要排两三个小时。”司机们你一言我一语地说。"],
     [("以前要排两三个小时。", "", "", "司机们")]),
])
def test_many_at_once(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want
