"""Forms of round 20b's hold-outs (features and scenes heavy with dialogue: a robot-repair
night shift, a science-museum explainer, a satellite plant's master and apprentice, a family
at a robot show, a rescue-robot drill; invented sentences, names and bodies made up): each
failed before the rule it tests, unless marked as a guard."""

import pytest

from kiosk.content.normalize import normalize
from kiosk.content.quotes import extract_quotes
from tests.content.helpers import direct, paras


@pytest.mark.parametrize("texts", [
    # A thought in marks is no one's words: after 心想 and its kin, or with them after it.
    ["徒弟贝小川心想：“这点小毛病，也值得半夜跑一趟？”"],
    ["他心里暗暗想：“明年一定要拿冠军。”"],
    ["“这回总该轮到我上场了吧。”替补队员桂一鸣暗想。"],
])
def test_a_thought_is_no_quote(texts: list[str]) -> None:
    assert [q.text for q in extract_quotes(paras(*texts))] == []


@pytest.mark.parametrize(("texts", "want"), [
    # The words after the thought are someone's (the thought had been taken for the first
    # part of a split quote). (Guard: 想了想说 speaks.)
    (["徒弟贝小川心想：“这点小毛病，也值得跑一趟？”师傅裘国梁看穿了他的心思：“小事不修，明天就成大事。”"],
     [("小事不修，明天就成大事。", "裘国梁", "师傅", "")]),
    (["师傅裘国梁想了想说：“先查线缆。”"], [("先查线缆。", "裘国梁", "师傅", "")]),
])
def test_words_beside_a_thought(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # `记者问某某：“……？”`: the reporter (the writer) asks, not the one named after 问; the
    # one asked answers after it.
    (["车间主任裘国梁今年52岁。", "记者问裘国梁：“这么熬人，怎么一干就是三十年？”他想了想说：“总得有人干。”"],
     [("这么熬人，怎么一干就是三十年？", "", "", ""), ("总得有人干。", "裘国梁", "车间主任", "")]),
    # ... also when the words end the paragraph (a column may end there) and the answer
    # opens the next.
    (["车间主任裘国梁今年52岁。", "记者问裘国梁：“这么熬人，怎么一干就是三十年？”", "他想了想说：“总得有人干。”"],
     [("这么熬人，怎么一干就是三十年？", "", "", ""), ("总得有人干。", "裘国梁", "车间主任", "")]),
    # ... and someone who asks another: the asker's words.
    (["车间主任裘国梁今年52岁，徒弟贝小川跟了他三年。", "贝小川问裘国梁：“师傅，先查哪儿？”裘国梁说：“先查线缆。”"],
     [("师傅，先查哪儿？", "贝小川", "徒弟", ""), ("先查线缆。", "裘国梁", "车间主任", "")]),
    # (Guards: 问 before a colon with a pronoun or nothing after it; 问题 is no verb.)
    (["车间主任裘国梁今年52岁。", "记者问他：“累吗？”他说：“不累。”"],
     [("累吗？", "", "", ""), ("不累。", "裘国梁", "车间主任", "")]),
    (["一位观众问道：“它会下棋吗？”"], [("它会下棋吗？", "", "", "一位观众")]),
    (["讲解员濮晓岚抛出一个问题：“机器人会累吗？”"], [("机器人会累吗？", "濮晓岚", "讲解员", "")]),
])
def test_whom_the_writer_asks(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A broadcaster's sound bite as its site prints it: a tag, the caption (title, a space,
    # the name, a colon) and the words with no marks, a term in marks among them; words in
    # marks after such a caption, as they are read without the tag.
    (["【同期】某市消防救援支队特勤大队大队长 酆振宇：机器人先进去探路，队员再进去。"],
     [("机器人先进去探路，队员再进去。", "酆振宇", "某市消防救援支队特勤大队大队长", "")]),
    (["【同期声】某市应急管理局副局长 笪立华：这次演练检验了“人机协同”的模式。"],
     [("这次演练检验了“人机协同”的模式。", "笪立华", "某市应急管理局副局长", "")]),
    (["【同期】某市消防救援支队特勤大队大队长酆振宇：机器人先进去探路，队员再进去。"],
     [("机器人先进去探路，队员再进去。", "酆振宇", "某市消防救援支队特勤大队大队长", "")]),
    (["【同期】某市应急管理局副局长 笪立华：“这次演练很成功。”"],
     [("这次演练很成功。", "笪立华", "某市应急管理局副局长", "")]),
    # (Guard: a tag before narrative.)
    (["【现场】上午9点，警报声划破山谷，一台机器人爬进了楼体的裂缝。"], []),
])
def test_a_sound_bite(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A word of two that the dictionary holds as a verb (甘露), after a role and opening with
    # a surname, is a name before an adverb of time (`讲解员甘露已经……`); known so after.
    (["26岁的讲解员甘露已经在展厅里练开场白了。", "“这台机械臂会下棋。”甘露说。"],
     [("这台机械臂会下棋。", "甘露", "讲解员", "")]),
    # A clause of whom the subject is with or like (`跟男孩一般高`) is no speaker: the clause
    # before it names the one who speaks (一般 had opened a name, 一般高).
    (["孩子们哄堂大笑。讲解员濮晓岚蹲下来，跟男孩一般高：“它不会哭。”"],
     [("它不会哭。", "濮晓岚", "讲解员", "")]),
    # 她 opening the clause before a colon is its subject, though someone known is named
    # after it (`她看着某某沙哑的嗓子，递过去……：`).
    (["讲解员濮晓岚的嗓子哑了。", "同事桂小雨是老讲解员。她看着濮晓岚沙哑的嗓子，递过去一杯温水：“下午那场让我替你吧。”"],
     [("下午那场让我替你吧。", "桂小雨", "同事", "")]),
    # Someone known, then 和 (与, 跟), opens no title of the one named after them.
    (["讲解员甘露已经到了。", "中午，甘露和同事桂小雨挤在休息室里。“下午那场让我替你吧。”桂小雨说。"],
     [("下午那场让我替你吧。", "桂小雨", "同事", "")]),
    # (Guards: 他身边的 opens a description; a word of a verb after a post, before no
    # adverb of time; a name before 一起;
    # bodies joined by 和 before a post.)
    (["“路通了。”村支书韩立春说。他身边的村民骆大海接过话：“果子好卖了。”"],
     [("路通了。", "韩立春", "村支书", ""), ("果子好卖了。", "骆大海", "村民", "")]),
    (["“这台机械臂会下棋。”讲解员介绍说。"], [("这台机械臂会下棋。", "", "", "讲解员")]),
    (["讲解员濮晓岚一起走了过来：“这台机械臂会下棋。”"], [("这台机械臂会下棋。", "濮晓岚", "讲解员", "")]),
    (["“这项成果很重要。”中国科学院和中国工程院院士庞云龙说。"],
     [("这项成果很重要。", "庞云龙", "中国科学院和中国工程院院士", "")]),
])
def test_who_opens_the_clause(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # The name a child is called by at home (`女儿小名叫某某`) names her, the kin noun her title.
    (["护士苑丽娜牵着8岁的女儿走进展区。女儿小名叫豆豆，一进门就跑开了。", "豆豆踮起脚问：“你会写作业吗？”"],
     [("你会写作业吗？", "豆豆", "女儿", "")]),
    # A machine opening a colon's clause of up to twelve characters (a thing in marks among
    # them) speaks: `机器人眨了眨屏幕上的“眼睛”：`.
    (["机器人眨了眨屏幕上的“眼睛”：“我可以陪你检查作业。”"],
     [("我可以陪你检查作业。", "", "", "机器人")]),
    # A bare 师傅 where the text names an apprentice is the master named before.
    (["夜班班长裘国梁今年46岁。年纪最小的是徒弟贝小川。", "“我光顾着盯电机了。”贝小川挠挠头。“修机器跟看病一样。”师傅白了他一眼。"],
     [("我光顾着盯电机了。", "贝小川", "徒弟", ""), ("修机器跟看病一样。", "裘国梁", "夜班班长", "")]),
    (["夜班班长裘国梁今年46岁。年纪最小的是徒弟贝小川。", "“修机器跟看病一样。”师傅说。"],
     [("修机器跟看病一样。", "裘国梁", "夜班班长", "")]),
    # 他 or 她 opening the sentence after one that asks someone (in the narrative) is the
    # one asked, who answers.
    (["总装技师裘国梁今年59岁，徒弟贝小川28岁。", "拧完螺钉，贝小川长出一口气，问师傅能不能歇一会儿。他看了看表：“再核一遍数据。”"],
     [("再核一遍数据。", "裘国梁", "总装技师", "")]),
    (["总装技师裘国梁今年59岁，质检员贝小川28岁。", "拧完螺钉，贝小川问裘国梁能不能歇一会儿。他看了看表：“再核一遍数据。”"],
     [("再核一遍数据。", "裘国梁", "总装技师", "")]),
    # (Guards: 师傅 where no apprentice is named; a question that asks no one; the reporter
    # asking the one named.)
    (["“修机器跟看病一样。”师傅说。"], [("修机器跟看病一样。", "", "", "师傅")]),
    (["总装技师裘国梁今年59岁，质检员贝小川28岁。", "拧完螺钉，贝小川问了个问题。他看了看表：“再核一遍数据。”"],
     [("再核一遍数据。", "贝小川", "质检员", "")]),
    (["生产总监晏嘉铭今年40岁。", "记者问晏嘉铭最大的心愿是什么。他想了想说：“希望有一天。”"],
     [("希望有一天。", "晏嘉铭", "生产总监", "")]),
])
def test_a_scene_of_two(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("tail", "reporters"), [
    # The reporters' bracket on a line of its own after the body, as the seed's page sets it,
    # may name the paper and its site before 记者 (`中青报·中青网记者`).
    ("（中青报·中青网记者 竺一）\n中国青年报客户端合肥12月2日电", ["竺一"]),
    # (Guard: a desk of six characters or fewer, as before.)
    ("（全媒体记者 闵一）\n中国妇女报讯", ["闵一"]),
])
def test_reporters_after_the_body(tail: str, reporters: list[str]) -> None:
    page = normalize(f"讲解员的一天\n\n9点开馆，第一批观众是小学生。\n\n{tail}\n")
    assert page.reporters == reporters


@pytest.mark.parametrize(("texts", "want"), [
    # Someone described after the words and named in the next sentence (`他叫某某，是……`) by a
    # rare name no list holds; the post after 是 is the title.
    (["“喻工拧过的螺钉没返过工。”一位正在整理线缆的年轻质检员凑过来说。他叫逯航，是总装车间质检员，去年进院。"],
     [("喻工拧过的螺钉没返过工。", "逯航", "总装车间质检员", "")]),
    (["“喻工拧过的螺钉没返过工。”一位年轻质检员说。他叫李航，是总装车间质检员，去年进院。"],
     [("喻工拧过的螺钉没返过工。", "李航", "总装车间质检员", "")]),
    # (Guards: the description's role when the sentence after gives no post; 他叫不上名字.)
    (["“这套刻刀跟了我四十多年。”一位老人举起一把刻刀。他叫时德华，是本地人。"],
     [("这套刻刀跟了我四十多年。", "时德华", "", "")]),
    (["“这套刻刀跟了我四十多年。”一位老人说。他叫不上这把刀的名字，是别人送的。"],
     [("这套刻刀跟了我四十多年。", "", "", "一位老人")]),
])
def test_named_in_the_sentence_after(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A dialogue told in paragraphs of bare words: a question to someone (called at its
    # start, or the one other person its paragraph names) is answered in the next paragraph
    # by that one; the one who asked asks back; after a short paragraph of what one of them
    # did, the other speaks.
    (["夜班班长裘国梁今年46岁。年纪最小的是徒弟贝小川。",
      "贝小川蹲下去看了看，抬头问：“师傅，是不是电机烧了？”", "“你闻闻，有焦味没有？”",
      "贝小川凑近闻了闻，摇摇头。", "“那就不是电机。先查线。”"],
     [("师傅，是不是电机烧了？", "贝小川", "徒弟", ""), ("你闻闻，有焦味没有？", "裘国梁", "夜班班长", ""),
      ("那就不是电机。先查线。", "裘国梁", "夜班班长", "")]),
    (["讲解员濮晓岚已经到了。",
      "濮晓岚刚走到机械臂前，一个戴眼镜的男孩就举起了手：“老师，它会不会输？”",
      "“会呀，它也有算错的时候。”", "“那它输了会哭吗？”"],
     [("老师，它会不会输？", "", "", "一个戴眼镜的男孩"), ("会呀，它也有算错的时候。", "濮晓岚", "讲解员", ""),
      ("那它输了会哭吗？", "", "", "一个戴眼镜的男孩")]),
    # (Guards: words that are no question go on as the speaker's; a question to no one.)
    (["讲解员濮晓岚已经到了。", "濮晓岚走到机械臂前，一个男孩说：“它会下棋。”", "“它还会写字。”"],
     [("它会下棋。", "", "", "一个男孩"), ("它还会写字。", "", "", "一个男孩")]),
    (["讲解员濮晓岚说：“它会不会输？”", "“会，它也有算错的时候。”"],
     [("它会不会输？", "濮晓岚", "讲解员", ""), ("会，它也有算错的时候。", "濮晓岚", "讲解员", "")]),
])
def test_a_dialogue_in_paragraphs(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want


@pytest.mark.parametrize(("texts", "want"), [
    # A name in marks someone goes by (`工友们都叫他“大刘”`) opening the clause before one
    # of what a hand does and the verb (`，“大刘”已经蹲在地上，指着……说：`) is that person;
    # what they point at is no one.
    (["维修工邝大勇先赶了过去。他嗓门大，工友们都叫他“大邝”。", "等班长赶到，“大邝”已经蹲在地上，指着机器人底部说：“雷达被挡住了。”"],
     [("雷达被挡住了。", "邝大勇", "维修工", "")]),
    # (Guard: someone counted and described there stays so.)
    (["维修工邝大勇先赶了过去。", "等班长赶到，一位工人已经蹲在地上，指着机器人底部说：“雷达被挡住了。”"],
     [("雷达被挡住了。", "", "", "一位工人")]),
])
def test_a_name_in_marks_opening_the_clause(texts: list[str], want: list[tuple[str, ...]]) -> None:
    assert direct(*texts) == want
