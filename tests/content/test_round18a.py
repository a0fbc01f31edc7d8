"""Round 18a's hold-outs (lowalt_expo_zhuhai_columns, nev_autoshow_testdrive,
biomed_park_openday_columns, rural_ecommerce_festival_linyi, marine_tech_expo_columns): the
shapes their first contact missed, invented again here; each case failed before the rule it
tests, unless marked as a guard."""

import pytest

from tests.content.helpers import direct


@pytest.mark.parametrize(("texts", "want"), [
    # A quote with no attribution after a sentence opened by someone known and a kin word
    # (`某某的母亲`) is the kin's, someone the text does not name.
    (["果农主播郗晓蕾今年29岁。", "郗晓蕾的母亲在一旁帮着打包。“以前苹果卖不出去。”"],
     [("以前苹果卖不出去。", "", "", "郗晓蕾的母亲")]),
    (["“好吃！”果农主播郗晓蕾说。郗晓蕾的母亲在一旁帮着打包。“以前苹果卖不出去。”"],
     [("好吃！", "郗晓蕾", "果农主播", ""), ("以前苹果卖不出去。", "", "", "郗晓蕾的母亲")]),
    (["9岁的小学生庞小禾握着操纵杆。", "庞小禾的父亲举着手机在一旁录像。“回去给同学看看。”"],
     [("回去给同学看看。", "", "", "庞小禾的父亲")]),
    # (Guards: the person alone, or with a thing of theirs, opens the sentence.)
    (["果农主播郗晓蕾今年29岁。", "郗晓蕾在一旁帮着打包。“以前苹果卖不出去。”"],
     [("以前苹果卖不出去。", "郗晓蕾", "果农主播", "")]),
    (["果农主播郗晓蕾今年29岁。", "郗晓蕾的苹果园在山脚下。“以前苹果卖不出去。”"],
     [("以前苹果卖不出去。", "郗晓蕾", "果农主播", "")]),
])
def test_kin_opening_the_sentence_before(texts: list[str],
                                         want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want
