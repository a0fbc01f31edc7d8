"""Names after posts and roles: names of every people, transcribed and Latin names, titles."""

import pytest

from kiosk.content.names import is_person_name
from tests.content.helpers import mentions


@pytest.mark.parametrize(("text", "expected"), [
    # Four-character names without a Han surname: Tibetan, Yi, Vietnamese.
    ("研究员次仁央宗是观测站的站长", [("次仁央宗", "研究员")]),
    ("村党支部书记吉克阿依一边抓起一把花椒", [("吉克阿依", "村党支部书记")]),
    ("美姑县农业农村局局长勒尔拉博说", [("勒尔拉博", "美姑县农业农村局局长")]),
    ("一家连锁超市的采购经理阮氏秋香则把目光投向了食品", [("阮氏秋香", "采购经理")]),
    # A Han name stays a Han name when a word follows it.
    ("某局局长张三表示", [("张三", "某局局长")]),
    ("某所工程师王五团队研发", [("王五", "某所工程师")]),
    ("救援队队长龙志坤带领6名队员", [("龙志坤", "救援队队长")]),
    # Transcribed names end where the next word begins, even when jieba glues them.
    ("肯尼亚选手基普鲁托·切罗诺以2小时夺冠", [("基普鲁托·切罗诺", "肯尼亚选手")]),
    ("老挝商人宋蓬·西哈努冯带着翻译", [("宋蓬·西哈努冯", "老挝商人")]),
    ("比尔·盖茨说，", [("比尔·盖茨", "")]),
    # Latin script after a role; abbreviations are no names.
    ("来自泰国的采购商Somchai告诉记者", [("Somchai", "采购商")]),
    ("参赛的跑者Kevin Walsh是一名工程师", [("Kevin Walsh", "跑者")]),
    ("工程师VR眼镜", []),
    # Roles outside the lists by their last character, and kinship words.
    ("冰川学家嵇明远拄着登山杖", [("嵇明远", "冰川学家")]),
    ("患者女儿舒晓蔓感触很深", [("舒晓蔓", "患者女儿")]),
    # A list joined by 、 gives each person only their own post; 由 does not start a title.
    ("甲厅厅长鄢培华、乙海关副关长古丽娜·吐尔逊、丙会会长虞承志出席",
     [("鄢培华", "甲厅厅长"), ("古丽娜·吐尔逊", "乙海关副关长"), ("虞承志", "丙会会长")]),
    ("全国工商联副主席、某集团董事长齐国栋说", [("齐国栋", "全国工商联副主席、某集团董事长")]),
    ("由青年导演覃一舟执导的影片", [("覃一舟", "青年导演")]),
])
def test_people_named_after_posts_and_roles(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("嵇明远", True),   # a surname outside the common hundreds that the dictionary knows
    ("蔺志鸿", True),
    ("王表示", False),
    ("和企业", False),
    ("晓峰在", False),
])
def test_names_by_dictionary_and_surname(text: str, expected: bool) -> None:
    assert is_person_name(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # A Han name with a verb jieba glued to its end is the Han name.
    ("某厂厂长贺立群站在机床前。", [("贺立群", "某厂厂长")]),
    # 们 after a role is a plural, no name.
    ("工人们围了上来。", []),
    # A common surname jieba reads as a verb on its own still starts a name.
    ("某某楼第四代传人顾承德感慨良多。", [("顾承德", "某某楼第四代传人")]),
    # Five characters that can all be part of a name, after a role.
    ("某自治区代表队选手哈斯其其格获得冠军。", [("哈斯其其格", "某自治区代表队选手")]),
    # jieba glued a post's last character to the name's first into a word it knows
    # (营业部/长山/本健司): what follows the post is read on its own.
    ("一家日本企业的营业部长山本健司正向观众推荐点心。", [("山本健司", "营业部长")]),
    # ... or a role's last character to a transcribed name (种植户颂猜·).
    ("来自泰国的榴莲种植户颂猜·差伦蓬带来了榴莲。", [("颂猜·差伦蓬", "榴莲种植户")]),
])
def test_names_the_third_round_taught(text: str, expected: list[tuple[str, str]]) -> None:
    got = mentions(text)
    assert got == expected


def test_a_transcribed_name_after_a_post_in_two_words_holds_no_part_of_the_post() -> None:
    text = "德国一家企业首席执行官汉斯-彼得·韦伯接受采访时称，市场潜力很大。"
    got = mentions(text)
    assert got == [("汉斯-彼得·韦伯", "德国一家企业首席执行官")]
