"""What the round 13b hold-outs taught (narrative features around a trade fair, a science
camp, a marathon town and a harvest fair): page furniture of a paper's app and desk. All
sentences are invented for these tests."""

import pytest

from kiosk.content.normalize import normalize


@pytest.mark.parametrize(("head", "dateline", "place", "reporters"), [
    # A paper's app before the place; the reporters opening the paragraph after a dateline
    # on a line of its own; a desk of paper and site before 记者.
    ("中国青年报客户端长沙7月22日电\n（中国青年报·中国青年网记者 邝一）22日上午，科技馆开营。",
     "中国青年报客户端长沙7月22日电", "长沙", ["邝一"]),
    ("中国青年报客户端长沙7月22日电（记者 邝一）22日上午，科技馆开营。",
     "中国青年报客户端长沙7月22日电", "长沙", ["邝一"]),
    # A role glued to the name after it by a column's line end.
    ("光明日报讯（记者 柏一 通讯员\n檀二）9月23日，丰收节开幕。", "光明日报讯", "", ["柏一", "檀二"]),
    # Unchanged.
    ("新华社杭州4月13日电（记者 温一 邬二）13日清晨，比赛开跑。", "新华社杭州4月13日电", "杭州",
     ["温一", "邬二"]),
])
def test_datelines_and_bylines_of_papers_and_their_apps(
        head: str, dateline: str, place: str, reporters: list[str]) -> None:
    page = normalize(f"暑期科学营开营\n\n{head}\n")
    assert (page.dateline, page.place, page.reporters) == (dateline, place, reporters)


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("▲小学生在科技馆体验实验。 中国青年报·中国青年网记者 邝一 摄", "小学生在科技馆体验实验。",
     "中国青年报·中国青年网记者 邝一"),
    ("▲小学生在科技馆体验实验。 本报记者 邝一 摄", "小学生在科技馆体验实验。", "本报记者 邝一"),
])
def test_a_caption_credit_naming_a_paper_and_its_site(line: str, text: str, credit: str) -> None:
    page = normalize(f"暑期科学营开营\n\n本报长沙7月22日电（记者 邝一）科技馆开营。\n\n{line}\n")
    assert [(c.text, c.credit) for c in page.captions] == [(text, credit)]
