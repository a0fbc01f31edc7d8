"""What the round 7b hold-outs taught: titles given only by a description before the name,
他/她 that must agree with whom the text has shown to be a man or a woman, a rare name after
a role the dictionary knows, a nickname that is no reporting verb, and newspapers' datelines."""

import pytest

from kiosk.content.normalize import normalize


@pytest.mark.parametrize(("dateline", "place"), [
    ("光明日报贵阳6月14日电", "贵阳"),
    ("经济日报杭州5月3日电", "杭州"),
    ("新华社广州3月2日电", "广州"),
    ("本报厦门5月6日电", "厦门"),
])
def test_a_newspaper_dateline(dateline: str, place: str) -> None:
    page = normalize(f"展会开幕\n\n{dateline}（记者 甲乙丙）3日，展会开幕。\n")
    assert (page.dateline, page.place, page.reporters) == (dateline, place, ["甲乙丙"])
