"""Round 17d's hold-outs (ai_finance_summit_bund, tea_picking_festival_livestream,
robot_factory_tv_visit, hardtech_forum_results_columns): the shapes their first contact
missed, invented again here; each case failed before the rule it tests."""

import pytest

from kiosk.content.normalize import normalize
from tests.content.helpers import direct


@pytest.mark.parametrize(("texts", "want"), [
    # An ellipsis closes a list of things done before the title (`抬臂、下蹲……质检员某某`).
    (["机器人正在体检：抬臂、下蹲、单脚站立……质检员苏晓蔓盯着屏幕。“一项不合格都不能出门。”苏晓蔓说。"],
     [("一项不合格都不能出门。", "苏晓蔓", "质检员", "")]),
    # A time word jieba tags in a body's name after its place (`西安|九天|动力……公司`).
    (["西安九天动力科技有限公司展示了一台发动机。“它已点火20次。”公司副总经理仉明远说。"],
     [("它已点火20次。", "仉明远", "西安九天动力科技有限公司副总经理", "")]),
    # A verb with its direction ends a transcribed name (`安娜·施密特|拿|起`), and a clause
    # of manner and addressee alone (`笑着对同事`) names no one: the clause before does.
    (["“它叠得比我还整齐。”采购经理安娜·施密特拿起一件衬衫，笑着对同事说。"],
     [("它叠得比我还整齐。", "安娜·施密特", "采购经理", "")]),
    (["“它叠得比我还整齐。”采购经理王晓丽拿起一件衬衫，笑着对同事说。"],
     [("它叠得比我还整齐。", "王晓丽", "采购经理", "")]),
    # Someone described and named, what they face, then 一边……一边 and the verb.
    (["“家人们看一下，颗颗饱满！”身穿苗族盛装的吴芸芸对着镜头，一边剥开茶芽一边介绍。"],
     [("家人们看一下，颗颗饱满！", "吴芸芸", "", "")]),
    (["“家人们看一下，颗颗饱满！”主播吴芸芸对着镜头，一边剥开茶芽一边介绍。"],
     [("家人们看一下，颗颗饱满！", "吴芸芸", "主播", "")]),
    # (Guards: the comma between the two parts of 一边……，一边; a pronoun no one stands for;
    # a manner alone.)
    (["“家人们看一下！”主播吴芸芸一边剥开茶芽，一边介绍。"],
     [("家人们看一下！", "吴芸芸", "主播", "")]),
    (["“它叠得比我还整齐。”她拿起一件衬衫，笑着对同事说。"], [("它叠得比我还整齐。", "", "", "")]),
    (["“它叠得比我还整齐。”采购经理王晓丽拿起一件衬衫，笑着说。"],
     [("它叠得比我还整齐。", "王晓丽", "采购经理", "")]),
])
def test_speakers(texts: list[str], want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("text", "title", "dateline", "reporters"), [
    # A county newsroom's and a broadcaster's app's datelines, and a headline with a colon
    # right above the paragraph the dateline opens (no blank line between).
    ("春茶开采节上的“新农具”：手机成了茶农的“锄头”\n"
     "湄江县融媒体中心讯（记者 符晓岚 通讯员 禄永强）3月28日，开采节开幕。\n第二段。\n",
     "春茶开采节上的“新农具”：手机成了茶农的“锄头”", "湄江县融媒体中心讯", ["符晓岚", "禄永强"]),
    ("走进人形机器人工厂：38分钟下线一台机器人\n"
     "央视新闻客户端消息（总台记者 聂思远）人形机器人是怎样造出来的？\n第二段。\n",
     "走进人形机器人工厂：38分钟下线一台机器人", "央视新闻客户端消息", ["聂思远"]),
    # A byline whose parts stand apart under a headline that holds a colon and marks.
    ("外滩峰会热议AI金融：大模型从“能用”走向“好用”\n21世纪经济报道记者 甘露琪 上海报道\n"
     "“大模型已经进入了‘好不好用’的阶段。”岑立民说。\n第二段。\n",
     "外滩峰会热议AI金融：大模型从“能用”走向“好用”", "", ["甘露琪"]),
    # (Guard: a first line that is a sentence stays a paragraph.)
    ("记者走进工厂，看到了这样的场景。\n央视新闻客户端消息（总台记者 聂思远）第二段。\n",
     "", "央视新闻客户端消息", ["聂思远"]),
], ids=["county-newsroom", "broadcaster-app", "spaced-byline", "sentence-first"])
def test_page(text: str, title: str, dateline: str, reporters: list[str]) -> None:
    page = normalize(text)
    assert (page.title, page.dateline, page.reporters) == (title, dateline, reporters)


@pytest.mark.parametrize(("texts", "want"), [
    # Someone called by surname and an elder's form of address (`龚大爷`) is known by it, and
    # by `老` and the surname after (`“……”老龚乐呵呵地说。` had no speaker).
    (["带着孙子来看比赛的龚大爷今年72岁。“这比电视上看着过瘾多了。”老龚乐呵呵地说。"],
     [("这比电视上看着过瘾多了。", "龚大爷", "", "")]),
    (["72岁的龚大爷带着孙子来看比赛。", "“这比电视上看着过瘾多了。”老龚说。"],
     [("这比电视上看着过瘾多了。", "龚大爷", "", "")]),
    # (Guards: `小龚` is not the elder but someone called so; someone else of the surname
    # already known keeps 老龚.)
    (["72岁的龚大爷带着孙子来看比赛。“这比电视上看着过瘾多了。”小龚说。"],
     [("这比电视上看着过瘾多了。", "小龚", "", "")]),
    (["退休工人龚建国带着老伴来看比赛。路边的龚大爷也来了。“这比电视上看着过瘾多了。”老龚说。"],
     [("这比电视上看着过瘾多了。", "龚建国", "退休工人", "")]),
])
def test_elder_by_address(texts: list[str], want: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == want
