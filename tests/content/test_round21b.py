"""Forms of batches 51 and 52's known misses (a family at a robot show, a robot summer camp,
a university achievements fair, an international robotics challenge, a night market; invented
sentences, names and bodies made up): each failed before the rule it tests, unless marked as
a guard."""

import pytest

from tests.content.helpers import direct


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
