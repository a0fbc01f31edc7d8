"""What the round 11b hold-outs taught (a commercial-space conference, an import fair with
foreign buyers, an AI model launch, a science achievements release): a transcription's first
syllable split off by jieba, a Japanese family name the dictionary knows as a noun, a name of
five by its family name, a place before the verb whatever its last noun, a name's original in
brackets in a long speaker phrase, a preposition glued to a transcription's last syllable."""

import pytest

from kiosk.content.quotes import extract_quotes
from kiosk.content.speakers import Speaker, parse_speaker
from tests.content.helpers import direct, mentions, paras


@pytest.mark.parametrize(("text", "expected"), [
    # jieba splits the first syllable off a transcription it knows only as a rare name
    # (达|尼亚尔, 巴|铁木尔): after a role, the syllable and the word are one name.
    ("来自哈萨克斯坦的客商达尼亚尔在展台前试吃椰枣。", [("达尼亚尔", "客商")]),
    ("吉尔吉斯斯坦采购商巴铁木尔说，价格合适。", [("巴铁木尔", "吉尔吉斯斯坦采购商")]),
    # Unchanged: a Han name after a role; a syllable before a word of two is not read.
    ("采购商王建国正在试吃椰枣。", [("王建国", "采购商")]),
    ("哈萨克斯坦采购商达尼亚说，价格合适。", []),
    # ... nor a name cut inside a word the dictionary knows as a name (塔|阿卜杜拉).
    ("阿联酋采购商塔阿卜杜拉正在试吃椰枣。", []),
])
def test_a_transcriptions_first_syllable_split_off(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A rare word of two that the dictionary knows as a noun (小野), before a word it lacks,
    # opens the name after a post: a Japanese family name.
    ("日本一家商社的营业担当小野寺纱织介绍，新品很多。", [("小野寺纱织", "营业担当")]),
    ("营业担当小野美咲介绍，新品很多。", [("小野美咲", "营业担当")]),
    # ... or as a place word (井上).
    ("日本某株式会社营业担当井上阳菜介绍，新品很多。", [("井上阳菜", "日本某株式会社营业担当")]),
    # Unchanged: a rare noun of three that is a post (中医师) is no part of the name; a
    # Japanese name jieba reads whole.
    ("该院副院长、主任中医师满春燕介绍，新品很多。", []),
    ("营业担当山本健司介绍，新品很多。", [("山本健司", "营业担当")]),
])
def test_a_japanese_family_name_the_dictionary_knows_as_a_noun(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_a_name_of_five_is_known_by_its_family_name() -> None:
    quotes = [(q.kind, q.speaker, q.speaker_title) for q in extract_quotes(paras(
        "日本某食品株式会社海外营业担当小野寺纱织介绍，公司带来了20多款新品。",
        "“我们把含糖量降低了三成。”小野寺说。"))]
    assert quotes == [("indirect", "小野寺纱织", "日本某食品株式会社海外营业担当"),
                      ("direct", "小野寺纱织", "日本某食品株式会社海外营业担当")]


@pytest.mark.parametrize(("phrase", "expected"), [
    # A place opened by 在 that ends right before the verb, whatever its last noun.
    ("首席技术官池雨桐在演示环节", Speaker("池雨桐", "首席技术官", "在演示环节")),
    ("主持人卢卡在圆桌对话环节", Speaker("卢卡", "主持人", "在圆桌对话环节")),
    ("院长祁振声在主会场", Speaker("祁振声", "院长", "在主会场")),
    # Unchanged: a clause holding a passive is no place; a described speaker stays whole.
    ("达尼亚尔正在品尝一款被", None),
    ("一位正在排队的观众", Speaker("", "", "", unnamed="一位正在排队的观众")),
])
def test_a_place_before_the_verb_whatever_its_last_noun(
        phrase: str, expected: Speaker | None) -> None:
    assert parse_speaker(phrase, {}) == expected


def test_a_quote_attributed_in_a_place_that_ends_in_another_noun() -> None:
    assert direct("“这些事过去要在五六个应用之间来回切换。”某公司首席技术官池雨桐在演示环节说。") == [
        ("这些事过去要在五六个应用之间来回切换。", "池雨桐", "某公司首席技术官", "")]


@pytest.mark.parametrize("text", [
    # The original in brackets makes the phrase longer than a speaker phrase may be; it
    # counts as one character.
    "应邀出席论坛的英国皇家国际事务研究所高级研究员安娜·科瓦尔斯卡（Anna Kowalska）"
    "在主论坛发言时表示，合作前景广阔。",
    # jieba glues the name's last syllable to 在 and the next character (卡在主): the name
    # ends before the preposition.
    "应邀出席论坛的英国皇家国际事务研究所高级研究员安娜·科瓦尔斯卡在主论坛发言时表示，"
    "合作前景广阔。",
])
def test_reported_speech_of_a_transcribed_name_in_a_long_phrase(text: str) -> None:
    quotes = [(q.kind, q.text, q.speaker, q.speaker_title, q.context)
              for q in extract_quotes(paras(text))]
    assert quotes == [("indirect", "合作前景广阔。", "安娜·科瓦尔斯卡",
                       "英国皇家国际事务研究所高级研究员", "在主论坛发言时表示")]


@pytest.mark.parametrize(("text", "expected"), [
    ("英国学者安娜·科瓦尔斯卡在会上表示，前景很好。", [("安娜·科瓦尔斯卡", "英国学者")]),
    # Unchanged: a transcription's last part before 在 or 向 as words of their own.
    ("德国工程师托马斯·克鲁格在展台前介绍，设备很好。", [("托马斯·克鲁格", "德国工程师")]),
    ("法国客商让·勒布朗向记者介绍，产品很好。", [("让·勒布朗", "法国客商")]),
])
def test_a_transcription_ends_before_a_preposition_glued_to_it(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An adverb follows the time of a clause, never precedes it: before a date, the 都 of
    # 阿不都 is the name's.
    ("团队负责人、研究员帕丽达·阿不都12日在发布会上表示，材料已进入中试。",
     [("帕丽达·阿不都", "团队负责人、研究员")]),
    ("研究员吐尔逊·阿不都12日在发布会上表示，材料已进入中试。", [("吐尔逊·阿不都", "研究员")]),
    # Unchanged: a transcription before 也 and a verb.
    ("德国工程师托马斯·克鲁格也表示，设备很好。", [("托马斯·克鲁格", "德国工程师")]),
])
def test_a_syllable_like_an_adverb_before_a_date(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize("text", [
    "欧洲航天局前官员马克·杜兰德（Marc Durand）在论坛上说，“中国速度令人印象深刻”。",
    "某公司总裁杜兰德在论坛上说，“中国速度令人印象深刻”。",
])
def test_words_all_in_marks_after_a_comma_are_one_direct_quote(text: str) -> None:
    assert [(q.kind, q.text) for q in extract_quotes(paras(text))] == [
        ("direct", "中国速度令人印象深刻")]


def test_reported_speech_ending_in_a_fragment_in_marks_is_unchanged() -> None:
    text = "某公司总裁杜兰德在论坛上说，这样的速度“令人印象深刻”。"
    assert [(q.kind, q.text) for q in extract_quotes(paras(text))] == [
        ("indirect", "这样的速度“令人印象深刻”。")]


def test_a_split_quote_keeps_its_speaker_before_a_second_speakers_colon() -> None:
    assert direct("“价格只是一方面，”采购经理苗嘉禾说，“更重要的是交货期。”"
                  "她的同事卜晓天补充道：“还有售后。”") == [
        ("价格只是一方面，", "苗嘉禾", "采购经理", ""),
        ("更重要的是交货期。", "苗嘉禾", "采购经理", ""),
        ("还有售后。", "卜晓天", "同事", "")]


def test_a_quote_then_a_speaker_who_introduces_the_next_is_unchanged() -> None:
    # No split quote before: the words before the colon keep the reading they had.
    assert direct("“更重要的是交货期。”她的同事卜晓天补充道：“还有售后。”") == [
        ("更重要的是交货期。", "卜晓天", "同事", ""),
        ("还有售后。", "卜晓天", "同事", "")]


@pytest.mark.parametrize(("phrase", "expected"), [
    # 家 after a numeral counts businesses; it ends no role (专家, 作家).
    ("多家企业负责人", Speaker("", "", "", unnamed="多家企业负责人")),
    ("三家企业负责人", Speaker("", "", "", unnamed="三家企业负责人")),
    ("12家企业负责人", Speaker("", "", "", unnamed="12家企业负责人")),
    # Unchanged: 家 ending a role before a name.
    ("科学家张三", Speaker("张三", "科学家", "")),
    ("作家李四", Speaker("李四", "作家", "")),
])
def test_a_classifier_after_a_numeral_ends_no_role(phrase: str, expected: Speaker) -> None:
    assert parse_speaker(phrase, {}) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    # A person noun and 们 are a group, never a name made of 们 and what follows.
    ("外商们纷纷", Speaker("", "", "纷纷", unnamed="外商们")),
    ("采购商们一致", Speaker("", "", "一致", unnamed="采购商们")),
    ("志愿者们", Speaker("", "", "", unnamed="志愿者们")),
    # Unchanged: a person noun alone, and one before a name.
    ("不少外商", Speaker("", "", "", unnamed="不少外商")),
    ("采购商王建国", Speaker("王建国", "采购商", "")),
])
def test_a_person_noun_and_its_plural_are_a_group(phrase: str, expected: Speaker) -> None:
    assert parse_speaker(phrase, {}) == expected
