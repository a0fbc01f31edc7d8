"""What the round 11a hold-outs taught (a county farm-produce fair, a community canteen for
the elderly, a provincial telemedicine network, a youth football final): a post jieba knows
one character longer than a listed role, a predicate read as a name of four characters, a
surname and a form of address for someone named in full before, and a bare noun of age or
sex standing for the person just named."""

import pytest

from tests.content.helpers import direct, mentions


@pytest.mark.parametrize(("text", "expected"), [
    # A listed role (护士) heads a noun the dictionary knows one character longer (护士长):
    # the post is the longer noun, and the name starts after it.
    ("一旁的护士长包晓雯补充道：“病人出院后我们每周都打电话。”", [("包晓雯", "护士长")]),
    ("心内科护士长包晓雯正在交班。", [("包晓雯", "心内科护士长")]),
    ("车间的班长邵立新说，订单排到了年底。", [("邵立新", "班长")]),
    # Unchanged: the listed role is the whole word.
    ("护士包晓雯正在给病人量血压。", [("包晓雯", "护士")]),
    ("球队的队长沐晨阳说，大家都很拼。", [("沐晨阳", "队长")]),
    ("店长贾晓梅告诉记者，周末客流翻了一番。", [("贾晓梅", "店长")]),
])
def test_a_listed_role_inside_a_longer_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A counted role then a verb and its object: no name of four characters.
    ("网格员缪晓燕每天都要给楼里的几位老人送餐上门。", [("缪晓燕", "网格员")]),
    ("志愿者们每周给三位老人送菜到家。", []),
    # Unchanged: names of four characters without a Han surname.
    ("彝族歌手吉克阿依在台上演唱。", [("吉克阿依", "彝族歌手")]),
    ("藏族姑娘次仁央宗在台上演唱。", [("次仁央宗", "藏族姑娘")]),
])
def test_a_predicate_after_a_role_is_no_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_a_pronoun_after_a_predicate_read_as_no_name() -> None:
    assert direct("腿脚不便的老人怎么办？网格员缪晓燕每天中午都要提着保温箱，给楼里的几位老人送餐上门。"
                  "据她介绍，网格里有9位老人需要送餐。“送饭时顺便看看老人身体怎么样。”她说。") == [
        ("送饭时顺便看看老人身体怎么样。", "缪晓燕", "网格员", "")]


@pytest.mark.parametrize(("texts", "expected"), [
    # A surname and a form of address for the one person named in full with that surname.
    (("66岁的志愿者亢秀云每周来帮厨三天。“能动的时候就多出点力。”亢阿姨笑着说。",),
     [("能动的时候就多出点力。", "亢秀云", "志愿者", "")]),
    (("退休工人房德顺今年86岁。", "“日子越过越好了。”房大爷说。"),
     [("日子越过越好了。", "房德顺", "退休工人", "")]),
    # ... opening the clause of a colon with no speech verb, after a clause of setting.
    (("住在3栋的退休工人房德顺今年86岁。见到记者，房大爷打开了话匣子：“小区里的人都很热心。”",),
     [("小区里的人都很热心。", "房德顺", "退休工人", "")]),
    (("退休教师隋秀兰今年70岁。", "隋阿姨给记者算了一笔账：“一顿饭只要12元。”"),
     [("一顿饭只要12元。", "隋秀兰", "退休教师", "")]),
    (("家住城东的市民柴国平带着孙子来吃饭。“菜比家里做得还香。”柴先生说。",),
     [("菜比家里做得还香。", "柴国平", "市民", "")]),
    # Unchanged: nobody named in full with that surname, a new person.
    (("“日子越过越好了。”郑大爷说。",), [("日子越过越好了。", "郑大爷", "", "")]),
    (("见到记者，郑大爷打开了话匣子：“日子越过越好了。”",),
     [("日子越过越好了。", "郑大爷", "", "")]),
    # Unchanged: two people with that surname, so nobody in particular.
    (("市民柴国栋和村民柴建军一起来了。", "“菜比家里做得还香。”柴先生说。"),
     [("菜比家里做得还香。", "柴先生", "", "")]),
])
def test_a_surname_and_a_form_of_address_for_someone_named_in_full(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # A bare noun of age or sex as the speaker is the person the paragraph has just named.
    (("患者邬德茂是山里人。躺在病床上的邬德茂精神好了不少。“专家跟我说话，就像面对面一样。”"
      "老人笑着说。",),
     [("专家跟我说话，就像面对面一样。", "邬德茂", "患者", "")]),
    (("刚下班的护士甘小雨也来排队打饭。“这里的饭菜比外卖干净。”姑娘笑着说。",),
     [("这里的饭菜比外卖干净。", "甘小雨", "护士", "")]),
    # ... and so is the noun that ends their title.
    (("患者邬德茂是山里人。“手术很顺利。”患者说。",), [("手术很顺利。", "邬德茂", "患者", "")]),
    # Unchanged: counted, it is someone else, described.
    (("患者邬德茂是山里人。“饭菜可口。”一位老人说。",), [("饭菜可口。", "", "", "一位老人")]),
    # Unchanged: nobody named in the paragraph before it.
    (("患者邬德茂是山里人。", "“饭菜可口。”老人说。"), [("饭菜可口。", "", "", "老人")]),
    (("“饭菜可口。”老人笑着说。",), [("饭菜可口。", "", "", "老人")]),
    # Unchanged: a role that is not the named person's.
    (("患者邬德茂是山里人。“病人恢复得不错。”护士说。",), [("病人恢复得不错。", "", "", "护士")]),
    # Unchanged: a noun of the other sex than the person shown.
    (("退休工人房德顺今年86岁，他说：“我天天来。”“饭菜可口。”姑娘说。",),
     [("我天天来。", "房德顺", "退休工人", ""), ("饭菜可口。", "", "", "姑娘")]),
])
def test_a_bare_noun_of_age_or_sex_for_the_person_just_named(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # Kinship words introduce a name, as 妻子 and 女儿 do, or stand for someone unnamed.
    (("“她从小就要强。”姐姐濮玉兰说。",), [("她从小就要强。", "濮玉兰", "姐姐", "")]),
    (("她的姐姐濮玉兰在一旁说：“她从小就要强。”",), [("她从小就要强。", "濮玉兰", "姐姐", "")]),
    (("“我们准备开网店。”他的女婿贲小龙说。",), [("我们准备开网店。", "贲小龙", "女婿", "")]),
    (("一旁的女婿接过话：“我们准备开网店。”",), [("我们准备开网店。", "", "", "一旁的女婿")]),
    (("“今年收成好。”他的老伴说。",), [("今年收成好。", "", "", "他的老伴")]),
    # Unchanged: a kinship word the lists held already.
    (("牟福生的妻子宿翠兰说：“今年收成好。”",), [("今年收成好。", "宿翠兰", "妻子", "")]),
])
def test_kinship_words_of_everyday_reports(texts: tuple[str, ...],
                                          expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A role made plural by 们 is a group, described: 们 starts no name.
    ("“饭菜可口，价钱实在。”老人们纷纷表示。", [("饭菜可口，价钱实在。", "", "", "老人们")]),
    ("“训练再苦也值得。”队员们笑着说。", [("训练再苦也值得。", "", "", "队员们")]),
    ("村民们纷纷表示：“路修好了，货好卖了。”", [("路修好了，货好卖了。", "", "", "村民们")]),
    # Unchanged: a plural pronoun, and a counted role.
    ("“饭菜可口。”他们说。", [("饭菜可口。", "", "", "他们")]),
    ("“饭菜可口。”几位老人说。", [("饭菜可口。", "", "", "几位老人")]),
])
def test_a_role_made_plural_is_a_group(text: str,
                                       expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(text) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # A word and 地 (a manner adverbial) after a role is no name.
    (("“闺女太辛苦了。”母亲心疼地说。",), [("闺女太辛苦了。", "", "", "母亲")]),
    (("“这球踢得漂亮。”教练激动地说。",), [("这球踢得漂亮。", "", "", "教练")]),
    # Unchanged: a name after a role, then a manner adverbial.
    (("“闺女太辛苦了。”母亲鄢秀琴心疼地说。",), [("闺女太辛苦了。", "鄢秀琴", "母亲", "")]),
])
def test_a_manner_adverbial_after_a_role_is_no_name(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # A surname and a post that shares a character with the one known person's title.
    (("心血管内科主任医师阙明远正在会诊。", "“这个病人要马上调整用药。”阙医生说。"),
     [("这个病人要马上调整用药。", "阙明远", "心血管内科主任医师", "")]),
    (("心血管内科主任医师阙明远正在会诊。", "“这个病人要马上调整用药。”阙主任说。"),
     [("这个病人要马上调整用药。", "阙明远", "心血管内科主任医师", "")]),
    # A surname outside the common ones and a familiar noun for a post.
    (("云南队主教练钮立华站在场边。", "“孩子们踢得很勇敢。”钮指导说。"),
     [("孩子们踢得很勇敢。", "钮立华", "云南队主教练", "")]),
    (("护士长包晓雯已经在科里工作了20年。", "“病人信任我们。”包护士长说。"),
     [("病人信任我们。", "包晓雯", "护士长", "")]),
    # Unchanged: a post that shares nothing with the title is someone else.
    (("退休工人阙明远今年70岁。", "“这个病人要马上调整用药。”阙医生说。"),
     [("这个病人要马上调整用药。", "", "", "阙医生")]),
    # Unchanged: two people known with that surname.
    (("主任医师阙明远和主治医师阙小川正在会诊。", "“这个病人要马上调整用药。”阙医生说。"),
     [("这个病人要马上调整用药。", "", "", "阙医生")]),
])
def test_a_surname_and_a_familiar_post_for_someone_titled_before(
        texts: tuple[str, ...], expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An everyday character jieba glued to a name's last syllable is the sentence's.
    ("记者走进了牧民扎西平措家。", [("扎西平措", "牧民")]),
    # Unchanged: five characters whose last is a name's syllable.
    ("蒙古族牧民哈斯其其格在草原上放牧。", [("哈斯其其格", "蒙古族牧民")]),
    ("来自肯尼亚的选手基普罗蒂奇以2小时11分的成绩夺冠。", [("基普罗蒂奇", "选手")]),
])
def test_a_name_takes_no_everyday_character_glued_to_it(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected
