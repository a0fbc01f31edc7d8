"""Forms of the genre's reports probed in session 15 (invented sentences): each failed before
the rule it tests."""

import pytest

from tests.content.helpers import direct


@pytest.mark.parametrize(("texts", "want"), [
    # 该 and a body's head open a title when a name follows: not `该负责人`, which points back.
    (["苏州芯元半导体有限公司今年推出了新一代芯片。该公司副总经理、首席科学家阙文涛博士介绍，"
      "“我们的芯片已经进入量产阶段”。"],
     [("我们的芯片已经进入量产阶段", "阙文涛", "苏州芯元半导体有限公司副总经理、首席科学家", "")]),
    (["记者从江苏省农业科学院获悉，该院研究员汤明远博士说：“新品种亩产提高了一成。”"],
     [("新品种亩产提高了一成。", "汤明远", "江苏省农业科学院研究员", "")]),
    # (Unchanged: 该 and a role alone point back to the one described.)
    (["某企业负责人表示，今年产量翻番。“我们还会扩产。”该负责人说。"],
     [("我们还会扩产。", "", "", "某企业负责人")]),
    # The company a paragraph before names, for 该公司 or a bare 公司 in one that names none.
    (["在苏州芯元半导体有限公司的展台前，一块晶圆吸引了不少观众。",
      "“我们的芯片已经进入量产阶段。”该公司副总经理阙文涛说。"],
     [("我们的芯片已经进入量产阶段。", "阙文涛", "苏州芯元半导体有限公司副总经理", "")]),
    (["苏州芯元半导体有限公司今年营收翻番。", "中国科学技术大学的团队也来到现场。",
      "“明年将扩产一倍。”公司总经理汤一鸣说。"],
     [("明年将扩产一倍。", "汤一鸣", "苏州芯元半导体有限公司总经理", "")]),
    # (Not past a company only described, nor from words quoted, nor from three back.)
    (["一家苏州半导体企业也来了。", "“明年将扩产一倍。”该企业总经理汤一鸣说。"],
     [("明年将扩产一倍。", "汤一鸣", "该企业总经理", "")]),
    (["参展商说：“这是法国企业来得最多的一次。”", "“明年将扩产一倍。”该企业总经理汤一鸣说。"],
     [("这是法国企业来得最多的一次。", "", "", "参展商"),
      ("明年将扩产一倍。", "汤一鸣", "该企业总经理", "")]),
    (["苏州芯元半导体有限公司今年营收翻番。", "现场人头攒动。", "观众排起长队。",
      "“明年将扩产一倍。”该公司总经理汤一鸣说。"],
     [("明年将扩产一倍。", "汤一鸣", "该公司总经理", "")]),
    # (A company the paragraph itself describes keeps 该: `一家手表企业的展台前……该企业`.)
    (["瑞士钟表集团今年首次参展。",
      "一家手表企业的展台前挤满了人。“中国消费者越来越专业。”该企业亚太区负责人陈嘉慧说。"],
     [("中国消费者越来越专业。", "陈嘉慧", "该企业亚太区负责人", "")]),
    # A clause that opens with whom the words are for speaks for no one: the subject is the
    # clause's before it (found by round 15b: 对围观的观众 was the speaker).
    (["“别看它小，里面集成了三种传感器。”某科技有限公司研发部经理屈晓楠拿起芯片，对围观的观众说。"],
     [("别看它小，里面集成了三种传感器。", "屈晓楠", "某科技有限公司研发部经理", "")]),
    (["“孩子们特别喜欢它。”幼儿园园长訾红梅抱起一台小机器人，朝家长们笑着说。"],
     [("孩子们特别喜欢它。", "訾红梅", "幼儿园园长", "")]),
    # (Unchanged: a clause with a subject of its own after the comma.)
    (["“这台机器一天能采200亩。”合作社理事长冼国富蹲下身子，一位农户对记者说。"],
     [("这台机器一天能采200亩。", "", "", "一位农户")]),
    # A Han name jieba made one word of, with a surname off the list, ends there when the
    # characters after it stand alone (蒯晓光|难|掩: not 蒯晓光难).
    (["“我们研发的机器人能在30秒内完成采血。”谈起产品，某医疗科技有限公司创始人蒯晓光难掩自豪。"],
     [("我们研发的机器人能在30秒内完成采血。", "蒯晓光", "某医疗科技有限公司创始人", "")]),
    # A given name in Latin letters with a Han surname after it is one name (found by round
    # 15e: `Kelvin陈` was read as Kelvin, and `Kelvin陈介绍，` was no reported speech).
    (["“眼镜一戴，菜单就变成了中文。”某智能科技有限公司首席执行官Kelvin陈一上台就说。"],
     [("眼镜一戴，菜单就变成了中文。", "Kelvin陈", "某智能科技有限公司首席执行官", "")]),
    (["某智能科技有限公司总经理Jason梁说：“订单排到了春节后。”", "“我们还会扩产。”Jason梁说。"],
     [("订单排到了春节后。", "Jason梁", "某智能科技有限公司总经理", ""),
      ("我们还会扩产。", "Jason梁", "某智能科技有限公司总经理", "")]),
    # (Unchanged: a surname that opens a common word after a name is none: `Weber高兴地`.)
    (["“这是我第一次来中国。”德国某研究所所长Weber高兴地说。"],
     [("这是我第一次来中国。", "Weber", "德国某研究所所长", "")]),
    # A transcribed name ends before 并 and 不 (`雷蒙德·吴|并不|回避`: not 雷蒙德·吴并不).
    (["某公司首席技术官雷蒙德·吴并不回避。“识别率还有提升空间。”他说。"],
     [("识别率还有提升空间。", "雷蒙德·吴", "某公司首席技术官", "")]),
    # A manner word with 地 after a name is whole: the name ends before it (`冯伯|乐呵呵|地`
    # had read 冯伯乐, `冯|建国|高兴|地` 冯建).
    (["“我年轻时修收音机，现在学编程。”冯伯乐呵呵地说。"],
     [("我年轻时修收音机，现在学编程。", "冯伯", "", "")]),
    (["“这台机器比我还能干。”冯建国高兴地说。"],
     [("这台机器比我还能干。", "冯建国", "", "")]),
    # A child named by a doubled character after an age is known by it later (`6岁的朵朵`).
    (["6岁的朵朵拉着奶奶的手跑向机器狗。“它会不会累呀？”朵朵仰着头问。"],
     [("它会不会累呀？", "朵朵", "", "")]),
    (["8岁的豆豆第一次来科技馆。", "“机器人也要睡觉吗？”豆豆问。"],
     [("机器人也要睡觉吗？", "豆豆", "", "")]),
    # An attribution after a clause of setting may go on to reported speech with a comma.
    (["73岁的退休教师郑国华扶着助行机器人往前走。“上坡的时候它会帮你使劲。”走了两圈后，"
      "他告诉记者，自己膝盖不好。"],
     [("上坡的时候它会帮你使劲。", "郑国华", "退休教师", "")]),
    # 小伙子 is one person noun (not 小伙 and a name 子…); a gesture of a doubled verb
    # (`挠挠头`, `摆摆手`) is an adverbial: `这个“95后”小伙子挠挠头说` had the speaker 子挠挠头.
    (["某机器人科技有限公司创始人欧阳子墨告诉记者。问起售价，这个“95后”小伙子挠挠头说："
      "“还没定价。”"],
     [("还没定价。", "欧阳子墨", "某机器人科技有限公司创始人", "")]),
    (["某机器人科技有限公司创始人欧阳子墨告诉记者。问起售价，这位小伙子说：“还没定价。”"],
     [("还没定价。", "欧阳子墨", "某机器人科技有限公司创始人", "")]),
    (["“还没定价。”工程师仝一帆摆摆手说。"],
     [("还没定价。", "仝一帆", "工程师", "")]),
    # A parent, child or spouse pointed back to whom no one named is said to be is someone
    # described: not the child named in the paragraph before.
    (["8岁的小学生曾梓涵抱着小熊不放。", "孩子的父亲则有些顾虑。“玩具会不会偷偷录音？”"
      "这位从东莞赶来的爸爸问。"],
     [("玩具会不会偷偷录音？", "", "", "这位从东莞赶来的爸爸")]),
    # (Unchanged: one who is that kin.)
    (["曾梓涵的父亲曾国栋也来了。“玩具会不会偷偷录音？”这位爸爸问。"],
     [("玩具会不会偷偷录音？", "曾国栋", "父亲", "")]),
    # `……的阿杰，`: 阿 and one character closing a description is a name, known after.
    (["在华强北做了十多年配件生意的阿杰，今年第一次参展。“今年有了自己的品牌。”他笑着说。"],
     [("今年有了自己的品牌。", "阿杰", "", "")]),
    # `某某说完，又补了一句，“……”`: the one who finished speaking adds the words.
    (["78岁的书法爱好者游德明看了半个小时。“笔画有力道。”老人说完，又补了一句，“不过比我写得好。”"],
     [("笔画有力道。", "游德明", "书法爱好者", ""), ("不过比我写得好。", "游德明", "书法爱好者", "")]),
    # `他给出了自己的评价`: the noun of a verb of speech given is an attribution.
    (["大学生王一凡试戴了新眼镜。“这次是真想解决问题了。”试戴后，他给出了自己的评价。"],
     [("这次是真想解决问题了。", "王一凡", "大学生", "")]),
    # A name whose last character jieba glued to the copula ends there (`濮一|凡是|个`).
    (["从苏州赶来的大学生濮一凡是个“眼镜控”。“以前的产品更像玩具。”他说。"],
     [("以前的产品更像玩具。", "濮一凡", "大学生", "")]),
    # Words cited as someone's after a title chain longer than sixteen characters (`正如……所说`,
    # `用……的话说`; 所 is no part of the name, 用 none of the title).
    (["正如中国科学院院士、清华大学教授戚振邦所说，“基础研究没有捷径可走，只能一步一个脚印。”"],
     [("基础研究没有捷径可走，只能一步一个脚印。", "戚振邦", "中国科学院院士、清华大学教授", "")]),
    (["用中国科学院院士、清华大学教授戚振邦的话说，“基础研究没有捷径可走，只能一步一个脚印。”"],
     [("基础研究没有捷径可走，只能一步一个脚印。", "戚振邦", "中国科学院院士、清华大学教授", "")]),
    # (用户 opens a title still.)
    (["“这款产品很好用。”用户代表王小明说。"], [("这款产品很好用。", "王小明", "用户代表", "")]),
    # A village doctor is a role (村医, 乡村医生).
    (["“这里的村医一年要走几千公里山路。”村医杨德富说。"],
     [("这里的村医一年要走几千公里山路。", "杨德富", "村医", "")]),
])
def test_the_forms_of_session_15(texts: list[str], want: list) -> None:  # type: ignore[type-arg]
    assert direct(*texts) == want
