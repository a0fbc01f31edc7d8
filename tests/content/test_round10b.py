"""What the round 10b hold-outs taught about column layout: a paragraph's last line that
leaves a column and a half free, and an attribution alone after a column break."""

from kiosk.content.normalize import normalize

# Columns of 17: every line in mid-paragraph is full; a paragraph's last line that leaves
# two columns free ends it, though it is longer than 85% of the width.
_COLUMN = "\n".join([
    "本报某地3月2日电（记者 甲乙）",
    "2日上午，某县人民医院门诊大厅里挤",
    "满了前来就诊的村民，候诊区的座椅上",
    "几乎坐满了人。",
    "“以前看专家号要跑到省城，光路费就",
    "要花一两百元。”村民邱秀芝说。",
    "县医院院长巫振邦介绍，今年以来，医",
    "院共接诊外地专家门诊患者一万二千多",
    "人次，比去年同期增长了三成多。",
    "“目标是大病不出县。”他说。",
])


def test_a_last_line_with_two_columns_free_ends_its_paragraph() -> None:
    texts = [p.text for p in normalize(_COLUMN).paragraphs]
    assert texts[-3] == "“以前看专家号要跑到省城，光路费就要花一两百元。”村民邱秀芝说。"
    assert texts[-2].startswith("县医院院长巫振邦介绍")
    assert texts[-2].endswith("比去年同期增长了三成多。")
    assert texts[-1] == "“目标是大病不出县。”他说。"


_ATTRIBUTION_COLUMN = "\n".join([
    "本报某地3月2日电（记者 甲乙）",
    "2日上午，某县人民医院门诊大厅里挤",
    "满了前来就诊的村民，候诊区的座椅上",
    "几乎坐满了人。",
    "“以前看专家号要跑到省城，光路费就",
    "要花一两百元，现在家门口就能看了。”",
    "",
    "她说。",
    "",
    " 专家常驻县医院",
    "",
    "县医院院长巫振邦介绍，今年以来，医",
    "院共接诊外地专家门诊患者一万多人次。",
])


def test_an_attribution_alone_after_a_column_break_ends_the_quote_before() -> None:
    texts = [p.text for p in normalize(_ATTRIBUTION_COLUMN).paragraphs]
    assert "“以前看专家号要跑到省城，光路费就要花一两百元，现在家门口就能看了。”她说。" in texts
