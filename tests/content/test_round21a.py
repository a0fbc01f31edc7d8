"""Forms of batch 53's first contact (a provincial agriculture expo, a rocket company's press
conference, a half marathon's side story, a museum's digital exhibition; invented sentences,
names and bodies made up): each failed before the rule it tests, unless marked as a guard."""

import pytest

from tests.content.helpers import direct


@pytest.mark.parametrize(("texts", "want"), [
    # Words right after one's reported speech go on with it; whoever the clause after them
    # names, introducing words of their own with a colon, speaks only next.
    (["养殖场场长鄢丽萍带着丈夫符振东，在投喂机器人前站了很久。她说，场里养了两万只鸭，"
      "最难的是招人。“有了这个铁家伙，我们两口子也忙得过来。”符振东在一旁憨憨地笑：“我只管开车。”"],
     [("有了这个铁家伙，我们两口子也忙得过来。", "鄢丽萍", "养殖场场长", ""),
      ("我只管开车。", "符振东", "丈夫", "")]),
    (["茶企总经理祁文澜陪着客商柯永年参观车间。祁文澜表示，新生产线一天能制茶五吨。"
      "“以前全靠手工揉捻。”柯永年凑近闻了闻：“那口感会变吗？”"],
     [("以前全靠手工揉捻。", "祁文澜", "茶企总经理", ""), ("那口感会变吗？", "柯永年", "客商", "")]),
    # Guards: the one who reported goes on after the words; no reported speech before them.
    (["园长鄢丽萍说，园里新来了两台机器人。“孩子们都喜欢。”鄢丽萍笑着补充：“家长也放心。”"],
     [("孩子们都喜欢。", "鄢丽萍", "园长", ""), ("家长也放心。", "鄢丽萍", "园长", "")]),
    (["园长鄢丽萍带着丈夫符振东来看展。“真热闹。”符振东感叹：“人太多了。”"],
     [("真热闹。", "符振东", "丈夫", ""), ("人太多了。", "符振东", "丈夫", "")]),
])
def test_words_after_reported_speech(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Someone described who opens the sentence and holds someone named (`拉着某某`) is whom
    # 他/她 opening its last clause before a colon means; named right after the words
    # (`他叫某某，……是……`), with the post the sentence gives.
    (["“这台烘干机一天能烘十吨粮。”销售经理仇海峰介绍。",
      "一位皮肤黝黑的果农拉着仇海峰问补贴，听说能省一半的钱，他一拍大腿：“那我今年就买！”"
      "他叫滕满囤，今年71岁，是石桥村的村民小组长。"],
     [("这台烘干机一天能烘十吨粮。", "仇海峰", "销售经理", ""),
      ("那我今年就买！", "滕满囤", "村民小组长", "")]),
    (["一名扎着围裙的大妈陪着讲解员单雨桐走了一圈，她摆摆手：“我可学不会。”"
      "她叫訾春梅，是东关社区的楼栋小组长。"],
     [("我可学不会。", "訾春梅", "楼栋小组长", "")]),
    # A phrase after the words that calls someone by age (`年轻人`, no count), named in the
    # sentence after with the post it gives.
    (["“它要是摔了，我得马上扶。”年轻人一边跑一边对记者说。他叫亓书航，是跃动机器人公司的运动控制工程师。"],
     [("它要是摔了，我得马上扶。", "亓书航", "运动控制工程师", "")]),
    # Guards: 他 opening the sentence; someone named who holds no one; a reporter's question.
    (["一位果农拉着仇海峰问补贴。他笑着说：“欢迎试用。”"],
     [("欢迎试用。", "", "", "一位果农")]),
    (["销售经理仇海峰拉着一位老汉看样机，他一拍大腿：“包您满意！”"],
     [("包您满意！", "仇海峰", "销售经理", "")]),
    (["“你练了多久？”记者问道。他叫亓书航，是跃动机器人公司的运动控制工程师。"],
     [("你练了多久？", "", "", "")]),
])
def test_described_then_named(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A name in Latin letters rendered in Chinese in brackets after it: the rendering, or its
    # last part, written alone later is that person, with the title first given.
    (["德国海岸风电公司首席技术官Jonas Weber（约纳斯·韦伯）专程赶来签约。“这是我们在亚洲的第一个项目。”韦伯说。"],
     [("这是我们在亚洲的第一个项目。", "Jonas Weber", "德国海岸风电公司首席技术官", "")]),
    (["法国航天局专家Claire Dubois（克莱尔·杜布瓦）参加了发布会。", "“数据非常干净。”克莱尔·杜布瓦笑着说。"],
     [("数据非常干净。", "Claire Dubois", "法国航天局专家", "")]),
    # Guard: a name in Chinese with its original in Latin letters after it, as before.
    (["德国海岸风电公司首席技术官约纳斯·韦伯（Jonas Weber）专程赶来签约。“这是第一个项目。”韦伯说。"],
     [("这是第一个项目。", "约纳斯·韦伯", "德国海岸风电公司首席技术官", "")]),
])
def test_name_rendered_in_chinese(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # The voice one speaks in (`用软软的童声`) is no one; a machine opening an earlier clause
    # of the sentence is the subject of the last one before the colon, which has none.
    (["有孩子问它几岁了，迎宾机器人歪了歪脑袋，用甜甜的童声回答：“我才出生三个月。”"],
     [("我才出生三个月。", "", "", "迎宾机器人")]),
    (["讲解机器人领着观众从一楼走到三楼，走到半路忽然发问：“谁知道这块化石有多老？”"],
     [("谁知道这块化石有多老？", "", "", "讲解机器人")]),
    # Guards: a machine opening the last clause; someone named in the last clause; whose
    # words one uses (`用某某的话说`).
    (["用鼓手伍德胜的话说：“鼓点就是龙舟的心跳。”"],
     [("鼓点就是龙舟的心跳。", "伍德胜", "鼓手", "")]),
    (["有孩子问它几岁了，迎宾机器人用清脆的童声回答：“我才出生三个月。”"],
     [("我才出生三个月。", "", "", "迎宾机器人")]),
    (["讲解机器人停了下来，讲解员卢晓晴接着介绍：“它今天走了五公里。”"],
     [("它今天走了五公里。", "卢晓晴", "讲解员", "")]),
])
def test_machine_speaking(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # Who a thing is by (`出自`) after a description with 的 opens no title either: the
    # post after it is the title.
    (["大厅中央的光影装置《潮汐》出自丹麦灯光艺术家索伦·汉森（Soren Hansen）之手。"
      "索伦·汉森告诉记者：“我想让光像水一样流动。”"],
     [("我想让光像水一样流动。", "索伦·汉森", "丹麦灯光艺术家", "")]),
    (["二楼最显眼的青铜雕塑《逐日》出自蒙古族雕塑家乌兰·巴特尔（Ulan Bater）之手，他说：“马要跑起来才有魂。”"],
     [("马要跑起来才有魂。", "乌兰·巴特尔", "蒙古族雕塑家", "")]),
    # Guards: 出自 opening the clause; 由 after a description with 的.
    (["这套茶具出自景德镇陶艺家仝晓川。“每一只都不一样。”仝晓川说。"],
     [("每一只都不一样。", "仝晓川", "景德镇陶艺家", "")]),
    (["馆里最受欢迎的互动游戏《寻瓷记》由本地游戏设计师仝晓川开发，他说：“我们想让孩子玩着学。”"],
     [("我们想让孩子玩着学。", "仝晓川", "本地游戏设计师", "")]),
])
def test_title_after_by(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # 他 after her reported speech is the grandson named with her (孙 is male, as 儿 is).
    (["65岁的退休医生滕淑芬带着上小学的孙子滕一鸣来看展。她说，自己年轻时就想学画画。"
      "他却盯上了一台画画机器人，拿起画笔比划了半天：“奶奶，我画得比它好！”"],
     [("奶奶，我画得比它好！", "滕一鸣", "孙子", "")]),
    # Things done, listed after a role, are no names (`古代窑工拉坯、施釉、装窑的场景`): 她
    # after them is the one named before.
    (["退休教师滕淑芬在大屏幕前站了很久。屏幕上，老船工刨板、钉船、刷漆的镜头反复播放。"
      "她说，“小时候家家都会修船”。"],
     [("小时候家家都会修船", "滕淑芬", "退休教师", "")]),
    (["茶厂厂长蒲春燕陪着客人看短片。短片里，茶农采青、摇青、杀青的画面让人入迷。"
      "“这些手艺一样都不能丢。”她说。"],
     [("这些手艺一样都不能丢。", "蒲春燕", "茶厂厂长", "")]),
    # Guards: a granddaughter is not 他; names listed after a role are names.
    (["65岁的退休医生滕淑芬带着孙女滕一诺来看展。他却盯上了一台画画机器人：“真好玩！”"],
     [("真好玩！", "滕淑芬", "退休医生", "")]),
    (["工程师郝建国、江丽华的团队做了三年。“终于成功了。”江丽华说。"],
     [("终于成功了。", "江丽华", "工程师", "")]),
])
def test_kin_and_listed_actions(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want
