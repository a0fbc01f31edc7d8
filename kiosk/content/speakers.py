"""Speaker phrases: who the subject of a speech verb is, named, unnamed or a pronoun.

A speaker phrase reads `[title or role] name [adverbials]`, as in
`某研究院院长张三在开幕式上`, `市民李四一边试戴一边` or `王五笑着`, or it describes someone
without a name: `一位来自某地的参展商`, `不少观众`, `与会专家`. Posts and role nouns are
closed lists of the genre's grammar; names come from the shape of what follows a post or role
(a name then an adverbial, or nothing), from jieba's tags, from `·` and Latin script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

from kiosk.content import segment
from kiosk.content.names import (
    ADDRESS_FORMS,
    COMPOUND_SURNAMES,
    FAMILIAR_FORMS,
    FAMILIAR_RE,
    FUNCTION_CHARS,
    LATIN_NAME,
    POST_RE,
    POSTS,
    POSTURE_CHARS,
    ROLE_RE,
    ROLES,
    SURNAMES,
    THIS_BODY_RE,
    TRANSCRIBED_BOUNDARY_CHARS,
    VERB_SURNAMES,
    alternation,
    clean_title,
    is_person_name,
    word_starts,
    young_and_surname,
)
from kiosk.content.text import CJK_CHARS

PRONOUNS = ("他", "她")
# `这位……姑娘说`, `该负责人表示`: a description that points back to someone named before.
BACK_REFERENCE = "这位"
# The words that point back to someone (`这位`, `这名`).
POINTERS = "这位|这名|此位"
_BACK_RE = re.compile(rf"^(?:{POINTERS}|该名?|这个)")
# `这位老人`, `这位老工程师`: a description pointing back to an elder, who is the one of
# those just named whom the text showed old (`78岁的老铁匠某某`), not merely the last.
ELDER_REFERENCE = "这位老人"
# (Not 老师, 老板, 老总, 老乡, 老表, 老外: words in which 老 says nothing of age. `这位老农`,
# `这位老兵`: 老 and a noun of one or two make a person noun of their own.)
_ELDER_BACK_RE = re.compile(rf"^(?:{POINTERS})老(?![师板总乡表外])")
_ELDER_NOUN_RE = re.compile(rf"^(?:{POINTERS})老(?![师板总乡表外])[{CJK_CHARS}]{{1,2}}$")
# `这位90后`: a generation, not a role, says whom the description points back to.
_GENERATION_END_RE = re.compile(r"(?:[5-9]0|00|10)后$")
# `这位荷兰人`, `这位年轻人`: so does where someone is from, or what they are, with 人.
_PEOPLE_NOUN_BACK_RE = re.compile(rf"^(?:{POINTERS})[{CJK_CHARS}]{{1,4}}人$")
# `这位“90后”`, `这位“拼命三郎”`: so does a term in marks (masked by the quotes module).
_EPITHET_BACK_RE = re.compile(f"^(?:{POINTERS})\ue000[^\ue000\ue001]{{1,8}}\ue001$")
# A machine that talks (`机器人立刻问他：`, `“……”这台机器人回答。`): an unnamed speaker, the
# machine as written.
MACHINES = ("机器人", "数字人", "虚拟人")
_MACHINE_END_RE = re.compile(f"(?:{'|'.join(MACHINES)})$")
# A classifier for people (`一位……`, `多名……`) makes what follows a description of someone.
_PEOPLE_RE = re.compile(r"^(?:也有|还有|有)?(?:一|两|几|多|数|十多|好几)?[位名]")
# `某某（Jane Doe）`: the original of a name, in brackets.
# (A single word in brackets inside a title names a body: `某某（Drewry）亚洲区分析师`.)
# (`某某（化名）说`: a name given for one said to be an alias is a name like any other.)
_ORIGINAL_RE = re.compile(r"[（(][A-Za-z][A-Za-z.'\-]*(?: [A-Za-z.'\-]+)+[）)]"
                          r"|[（(][A-Za-z][A-Za-z.'\-]*[）)]$|[（(]化名[）)]"
                          # (... nor what the person is called: `某某（人称“无人机大叔”）`.)
                          r"|[（(](?:人称|网名|外号|绰号|昵称)[“\ue000][^”\ue001]{1,8}[”\ue001][）)]")
# Two or more people at once are a group, an unnamed speaker, never one of them alone:
# counted (`两人`, `夫妻俩`), listed and closed by 等 (`甲、乙等专家`), or joined
# (`甲和乙`) before an adverb that says they speak together (`都`, `一致`).
_COUNTED_RE = re.compile(r"(?:[两俩二三四五六七八九十几]|\d+)人|[^，。“”\s]{1,3}俩")
_JOINERS = ("、", "和", "与", "及", "同")
_TOGETHER_RE = re.compile("都|均|一致|共同|纷纷|异口同声")
_AFTER_ETC_MAX = 6
# Plural pronouns stand for a group the text has described: an unnamed speaker.
_GROUP_PRONOUNS = ("他们", "她们", "大家")
_C = f"[{CJK_CHARS}]"
# Where the quotes module masks a short quoted term (`在“某某”分论坛上`): it opens a place.
_TERM_MASK = "\ue000"
# A verb of posture before the place where someone speaks (`站在展台前对记者说`).
_POSTURE = "站|坐|蹲|立|守|躺|靠|倚"
# How a speech verb begins: the open-ended adverbials below end only where one does.
_VERB_START = ("说|表示|介绍|指出|告诉|认为|称|强调|坦言|透露|补充|解释|回忆|感慨|感叹|直言"
               "|笑|问|答|喊|提醒|谈|讲|透|吆喝|呼吁|分析|预计|总结|坦承|坦陈|形容|回应|举例|惊叹|惊呼")
# What may follow an open-ended adverbial: the verb, or a manner adverb (`……后兴奋地说`).
_NEXT = rf"$|{_VERB_START}|{_C}{{1,4}}地"
# What one speaks through, holds or faces while speaking (`用中文`, `拉着医生的手`).
_HOLDING = ("用|通过|借助|透过|带着|拿着|指着|举着|望着|看着|盯着|抱着|握着|牵着|拉着|捧着|端着"
            "|面对|面向")
# Verbs of taking out or up what one shows while speaking (`掏出手机`, `拿起样品`).
_TAKE_OUT = "掏|拿|取|翻|摸|递|举|抬|扬|亮"
# An addressee after an action held (`拉着妈妈的手对记者说`): the action ends there.
_TO_REPORTER = rf"[向对跟给](?:{_C}{{0,4}}记者|媒体|观众|大家)"
# Adverbials between a speaker and the verb: time, place, manner, means, addressee, and an
# action the speaker does while or before speaking (`摘下眼镜后`, `向记者展示订单时`).
# (An addressee, `给某某`, holds no completed action: `给这个品种起了个昵|称，` is no speaker
# before 称 but a name given to a thing.)
_ADVERBIAL = (
    rf"(?:(?:\d{{1,2}}日|当天|当日|今天|昨天|前天|次日|同日)?(?:上午|下午|晚间|晚上|傍晚|早上|中午|凌晨)"
    rf"|\d{{1,2}}日晚?|当天|当日|日前|近日|今天|昨天|前天|次日|同日|随后|同时|再次|也|还|又|则|都|均|曾|正|正在"
    # (When before, and how openly: `此前曾多次公开表示`.)
    rf"|此前|早前|先前|曾经|公开"
    rf"|立刻|立即|马上|随即|继续|接着|紧接着|当场|当即|当晚|当夜|开场(?:就|便|时)?"
    # (A pause or a change of voice before the words: `顿了顿说`, `压低声音说`; a verb done
    # twice, with what it is done with: `瞪了瞪眼说`, `指了指屏幕说`.)
    rf"|顿了顿|想了想|停了停|愣了愣|笑了笑|看了看|话锋一转|压低(?:了)?声音|提高(?:了)?嗓门|放慢(?:了)?语速"
    rf"|(?P<twice>{_C})了(?P=twice)[^，。“”：]{{0,4}}?(?={_NEXT})"
    # (... getting up, or taking something out to show: `起身说`, `掏出手机翻出照片说`.)
    rf"|起身|站起身来?|站起来"
    # (... bending or turning to whom one speaks: `蹲下身回答`, `转过身说`, `弯下腰说`,
    # `蹲下来回答`.)
    rf"|(?:蹲|弯|俯|侧|转|低)[下过]?(?:身子?|腰|头)来?|(?:蹲|弯|俯|转)[下过]来"
    rf"|(?:{_TAKE_OUT})[出起过]了?[^，。“”：]{{1,6}}?(?={_NEXT}|(?:{_TAKE_OUT})[出起过])"
    # (... or off, or down: `摘下头戴式显示器说`, `放下话筒说`.)
    rf"|(?:摘|脱|放|卸)下了?[^，。“”：]{{1,6}}?(?={_NEXT})"
    # (A greeting before the verb of what is said: `开场问候说`.)
    rf"|问候(?={_NEXT})"
    # (A manner adverb made of one character twice, no 地 after it: `娓娓道来`, `缓缓说`.)
    rf"|娓娓|缓缓|慢慢|轻轻|悄悄|默默|淡淡|喃喃|幽幽|徐徐|私下|私底下|偷偷"
    rf"|常常|经常|常|总是|一再|反复|一遍遍|一次次|多次|大声|小声|轻声|高声|连声|齐声"
    rf"|一直|仍|依然|不禁|忍不住|连连|一致|纷纷|普遍|现场|如是|这样|这么|如此|不无感慨地"
    rf"|(?:{_POSTURE})?在(?:{_C}|{_TERM_MASK}|\d)[^，。“”：]{{0,23}}?(?:中|上|时|期间|之际|会上|前|后|里"
    rf"|当天|当日|现场|以来|旁|边|区|内|外|处)"
    rf"|在?接受[^，。“”：]{{0,16}}?(?:采访|专访)时"
    # (... and a place that ends right before the verb, whatever its last noun: `在演示环节`,
    # `在主会场`; with no particle, copula or passive, which a clause of its own would hold.)
    rf"|在(?:{_C}|{_TERM_MASK}|\d)[^，。“”：的了着是被把将]{{1,8}}?(?={_NEXT})"
    rf"|[向对跟给](?:{_C}{{0,4}}记者|媒体|观众|大家|来宾|与会者)|告诉{_C}{{0,4}}记者"
    rf"|[向对跟给朝冲][^，。“”：了]{{1,16}}?(?={_NEXT})"
    rf"|(?:{_HOLDING})[^，。“”：]{{1,16}}?(?={_NEXT})"
    rf"|一?边[^，。“”：]{{1,16}}?，?一?边[^，。“”：]{{0,16}}?(?={_NEXT})"
    # (`边说边演示`: the first 边 right before the verb.)
    rf"|一?边$"
    # (`开玩笑说`: a joke made in the speaking, as `笑称` is.)
    rf"|(?<!半)开(?:起了?|了个|个)?玩笑(?={_NEXT})"
    rf"|(?![的了是])(?:{_C}{{1,6}})[后时](?={_NEXT}|{_HOLDING})"
    rf"|(?:回忆|回想|想起|谈起|说起|提起|谈到|提到)[^，。“”：]{{1,12}}?时(?={_NEXT})"
    rf"|{_C}{{1,2}}[后地]|{_C}{{2,4}}地|{_C}着(?:[^，。“”：]{{1,6}}?(?={_NEXT}|{_TO_REPORTER}))?"
    # (... with a word of degree before it: `有些不好意思地说`, `略带歉意地说`.)
    rf"|(?:有些|有点儿?|略带|略显|略微|稍稍|稍显|显得|颇为|颇|十分|非常|格外|特别|很)(?={_C}{{1,4}}地)"
    rf"|通过视频|以视频方式|接过话(?:茬|头)?"
    # (A gesture made with a doubled verb before the words: `挠挠头说`, `摆摆手说`.)
    rf"|(?:点点|摇摇|挠挠|摆摆|挥挥|眨眨|拍拍|摸摸|搓搓|耸耸|揉揉)(?:头|手|眼|眼睛|肩|胸脯|脑袋)?"
    # (... or a single one right before the verb: `举手提问`, `摇头说`, `叹了口气说`,
    # `竖起大拇指说`, `点了点头说`.)
    rf"|(?:举手|举起手来?|摆手|挥手|招手|拍手|鼓掌|点头|摇头|皱眉|耸肩|叹气|叹了口气"
    rf"|(?:竖起|伸出)大?拇指|摊开双?手|(?:点了点|摇了摇)头|(?:摆了摆|挥了挥)手|耸了耸肩)"
    rf"(?={_NEXT})"
    # (`他给出了自己的评价`: the verb's noun given, right before it.)
    rf"|给出了?(?:自己的|这样的)?$)"
)
_ADVERBIALS_RE = re.compile(rf"(?:{_ADVERBIAL})+")
# Someone described by a role alone, then whom they turn to: `主持人向某公司创始人某某`.
_TURNED_TO_RE = re.compile(
    rf"(?P<who>(?:[一两几]?[位名个])?[^，。“”：向对跟给朝冲]{{0,8}}?(?:{ROLE_RE}))"
    rf"(?P<to>[向对跟给朝冲][^，。“”：]{{1,24}})")
# When, opening the phrase before the one who speaks: `随后他补充`, `会后她表示`.
_THEN_RE = re.compile("(?:随后|随即|接着|紧接着|然后|之后|此后|其后|稍后|最后|会后|赛后|事后)(?=.)")
# A manner adverbial opening what follows a name (`乐呵呵地`): its word is whole.
_MANNER_RE = re.compile(rf"{_C}{{1,4}}地")
# What may follow a name: a form of address (`苏菲亚女士`), its post (`张三教授`), then
# adverbials.
_HONORIFIC = "女士|先生|小姐|同志"
# `王总`: how business calls a company's head, whatever the post (总经理, 总裁, 董事长).
_BOSS = "总"
_HEADS = ("董事长", "首席执行官", "创始人", "CEO")
# What joins the posts of one person's title: `党委书记、董事长`, `董事长兼首席执行官`.
_POSTS_SPLIT_RE = re.compile("[、兼]")
# `伍老师`: how students and reporters call anyone who teaches, whatever the post.
_TEACHER = "老师"
_TEACHING = ("老师", "教师", "教授", "导师", "讲师")
# `樊工`: how colleagues and reporters call an engineer; `樊总工` a chief engineer.
_ENGINEER = "工"
# A deputy's post is the post with 副 (常务副) before it, listed or not: `马副厅长`,
# `冷振华副司长` (厅长 and 司长 are listed, 副厅长 and 副司长 need not be).
_RANKED_POST = rf"(?:常务副|副)?(?:{POST_RE})"
# (A listed role after a name, too: `巴特尔教练说`.)
_AFTER_NAME_RE = re.compile(
    rf"(?:{_HONORIFIC})?(?P<post>(?:{_RANKED_POST}|{alternation(ROLES)})?)(?P<ctx>(?:{_ADVERBIAL})*)")
# `有记者问：`, `也有境外媒体记者问道`: a reporter at a press conference, whom 有 introduces,
# is someone described (记者 alone is the writer, whom people speak to).
_SOME_REPORTER_RE = re.compile(r"^(?:也|还|另)?有[^，。“”：]{0,8}?记者$")
# `也有业内人士`: the existential verb is not part of the description.
_LEADING_RE = re.compile(r"^(?:也|还|另外|另)有")
_FOREIGN_RE = re.compile(rf"{_C}{{1,8}}(?:-{_C}{{1,8}})*(?:[·•]{_C}{{1,8}})+$")
_LATIN_RE = re.compile(rf"(?<![A-Za-z]){LATIN_NAME}$")
_ASCII_LETTER_RE = re.compile("[A-Za-z]")
# `Somchai博士`, `玛丽亚·洛佩斯院士`: a Latin or transcribed name, then its post.
_FOREIGN_POST_RE = re.compile(
    rf"(?P<name>{LATIN_NAME}|{_C}{{1,8}}(?:-{_C}{{1,8}})*(?:[·•]{_C}{{1,8}})+)(?P<post>{_RANKED_POST})")
# (The surname is the shortest that leaves a post: `马|副厅长`, not `马副|厅长`.)
# (A listed role too, `汤代表` for `全国人大代表、……汤某某`: it must end a part of the title of
# the one person known by the surname.)
_SURNAME_POST_RE = re.compile(
    rf"(?P<surname>{_C}{{1,2}}?)(?P<post>{_RANKED_POST}|{alternation(ROLES)}|{_BOSS}|总?{_ENGINEER})")
_RANKED_POST_RE = re.compile(rf"{_RANKED_POST}|{alternation(ROLES)}")
_POST_END_RE = re.compile(rf"(?:{_RANKED_POST}|{alternation(ROLES)})$")
_TITLED_RE = re.compile(rf"(?:{POST_RE}|{ROLE_RE})(?=(?P<after>{_C}[^，。“”：]{{1,30}})$)")
_ROLE_END_RE = re.compile(rf"(?:{POST_RE}|{ROLE_RE})$")
_PERSON_NOUN_START_RE = re.compile(f"(?:{alternation(ROLES)}|{alternation(POSTS)})(?!地)")
_SPACED_NAME_RE = re.compile(rf"[{''.join(sorted(SURNAMES))}][ \u3000]{_C}(?!{_C}*[ \u3000])")
# (An outlet ends in 台, 报, 社, 网, 卫视 or the 》 of its name; the reporter may be a
# senior one: `某通讯社主任记者`, `日本《某某新闻》记者`.)
# (Not the writer one speaks to: `某某接受本报记者电话采访时`, `某某对本报记者说`.)
_OUTLET_REPORTER_RE = re.compile(
    rf"(?P<title>(?!本|我|见习|实习|特约|随行)(?![^，。“”：]*?(?:接受|[向对跟给](?:本|我)))"
    rf"[^，。“”：]{{1,12}}?(?:台|报|社|网|卫视|》)"
    rf"(?:主任|首席|高级|资深)?记者)(?P<name>{_C}{{2,4}}|{_C}{{1,8}}(?:[·•]{_C}{{1,8}})+)"
    rf"(?P<ctx>(?:{_ADVERBIAL})*)")
_POST_OR_ROLE_RE = re.compile(rf"{POST_RE}|{alternation(ROLES)}")
_ROLE_WORDS = frozenset(ROLES) | frozenset(POSTS)
# (Up to a title chain's length: `正如中国科学院院士、某大学教授某某所说`.)
_WORDS_OF_RE = re.compile(r"(?:用|按|按照|照|借用)(?P<who>[^，。“”]{1,40}?)的(?:话|说法)来?")
# `正如某某所说`, `就像他说的那样`: words cited as someone's, whose speaker is that person.
_AS_SAID_RE = re.compile(r"(?:正如|正像|诚如|如同|就像|恰如)(?P<who>[^，。“”]{1,40}?)所?")
# `输了棋的他`, `刚走出实验室的她`: a pronoun a clause with 的 qualifies is the pronoun.
DESCRIBED_PRONOUN_RE = re.compile(r"[^，。！？；：“”的]{1,12}的(?=[他她](?![们的]))")
# Posts in brackets right after a name (`某某（某公司创始人、首席执行官）`).
_BRACKET_TITLE_RE = re.compile(
    rf"(?<={_C})[（(](?P<title>[^（）()]{{1,40}}?(?:{POST_RE}|{ROLE_RE}))[）)]")


# A phrase of the voice spoken in (`用清脆的童声`, `用四川话`, `用流利的中文`).
VOICE_RE = re.compile(r"用(?:[^，。！？；“”]{1,6}的|[^，。！？；“”]{0,2}?)"
                      r"(?:声音|童声|嗓音|嗓门|语气|口吻|语调|普通话|中文|汉语|英语|英文|方言"
                      r"|[\u4e00-\u9fff]{1,2}话)")


@dataclass(frozen=True)
class Speaker:
    """A parsed speaker phrase: a name (or a pronoun), or an unnamed speaker as described."""

    name: str
    title: str
    context: str
    unnamed: str = ""


def parse_speaker(phrase: str, known: dict[str, str]) -> Speaker | None:
    """Reads the speaker out of the words before (or after) a speech verb.

    Args:
        phrase: the words between the quote or clause boundary and the verb.
        known: people already seen, name → title, for bare-name and pronoun mentions.

    Returns:
        The speaker, or None when the phrase names and describes nobody.
    """
    found = _parse_speaker(phrase, known)
    # (`一台机器人用清脆的童声`: a word of the voice spoken in is no one's name, whatever
    # jieba tags it; the one who speaks in it opens the phrase.)
    if found and found.name and (voice := VOICE_RE.search(phrase)) \
            and found.name in voice.group():
        if voice.start() == 0:
            # (`用软软的童声`: a voice alone, its speaker in the clause before; not whose
            # words one uses, `用某某的话说`.)
            return None if voice.group().endswith(found.name) else found
        again = _parse_speaker(phrase[:voice.start()], known)
        return replace(again, context=phrase[voice.start():] + again.context) if again else None
    return found


# `卡尔·施密特刚走下讲台就对记者说`: an adverb after a transcribed name's last part ends it,
# and what follows is how the person comes to speak (when the name so cut is someone known,
# as the paragraph's mentions read it, or opens the phrase).
_AFTER_TRANSCRIBED_RE = re.compile(
    rf"[·•][{CJK_CHARS}]{{1,6}}?(?P<adverb>[{''.join(sorted(TRANSCRIBED_BOUNDARY_CHARS))}])")


def _parse_speaker(phrase: str, known: dict[str, str]) -> Speaker | None:
    found = _parse_phrase(phrase, known)
    if "·" in phrase and (adverb := _AFTER_TRANSCRIBED_RE.search(phrase)) \
            and (found is None or adverb["adverb"] in found.name) \
            and (head := _parse_phrase(phrase[:adverb.start("adverb")], known)) \
            and "·" in head.name and (head.name in known or phrase.startswith(head.name)) \
            and phrase.endswith(head.name, 0, adverb.start("adverb")):
        return replace(head, context=head.context + phrase[adverb.start("adverb"):])
    return found


def _parse_phrase(phrase: str, known: dict[str, str]) -> Speaker | None:
    # `据某某介绍`: the source is who speaks; a name's original in brackets is not read.
    phrase = _ORIGINAL_RE.sub("", phrase.strip(" \u3000").removeprefix("据"))
    # `随后他补充`, `会后她表示`: when, before whom it names, is no part of the speaker.
    if (then := _THEN_RE.match(phrase)) and (found := _parse_phrase(phrase[then.end():], known)) \
            and found.name:
        return replace(found, context=then.group() + found.context)
    # `一位投资者向董事长某某提问`: someone described by a role who turns to a person speaks.
    # (Not a name after the role: `技术员向明远` is 向明远.)
    if (turned := _TURNED_TO_RE.fullmatch(phrase)) and turned["who"] != "记者" \
            and _POST_OR_ROLE_RE.search(turned["to"]):
        return Speaker("", "", turned["to"], unnamed=turned["who"])
    # `某厅会展处处长 某某`: a space after the title, as a television caption sets the name
    # apart, joins them.
    if " " in phrase and (space := phrase.index(" ")) and _ROLE_END_RE.search(phrase, 0, space) \
            and re.match(_C, phrase[space + 1:space + 2]):
        phrase = phrase[:space] + phrase[space + 1:]
    # `某协会副主席邱 峰`: a name of two set out to the width of three, as papers print them,
    # a space between the surname and the given name, after a post or role.
    if (spaced := _SPACED_NAME_RE.search(phrase)) \
            and _ROLE_END_RE.search(phrase, 0, spaced.start()):
        phrase = phrase[:spaced.start() + 1] + phrase[spaced.end() - 1:]
    # `用某某的话说`, `按他的说法`: the one whose words they are.
    if words := _WORDS_OF_RE.fullmatch(phrase) or _AS_SAID_RE.fullmatch(phrase):
        phrase = words["who"]
    if described := DESCRIBED_PRONOUN_RE.match(phrase):
        phrase = phrase[described.end():]
    # `某某（某公司创始人）说`: posts in brackets after the name are the title.
    if (bracket := _BRACKET_TITLE_RE.search(phrase)) and bracket.start() > 0:
        found = parse_speaker(phrase[:bracket.start()] + phrase[bracket.end():], known)
        if found and found.name and found.name not in PRONOUNS and not found.title:
            return Speaker(found.name, bracket["title"], found.context)
        return found
    # `江苏台记者某某说：` — another outlet's reporter heard on camera speaks; the writer
    # (`本报记者`, `我台记者`, a bare `记者`) does not.
    # (After a description, which the title leaves out: `第六次采访两会的香港某报记者某某`.)
    if "记者" in phrase and (reporter := _outlet_reporter(phrase)):
        return reporter
    splits = _splits(phrase)
    for rest, context in splits:
        if group := _group(rest, context, known):
            return group
    for rest, context in splits:
        if found := _written_speaker(rest, context, known):
            return found
    if found := _named(phrase, known):
        return found
    # `宓老板摆了摆手`: a surname and how a shop keeper is called, before what they do.
    for rest, context in splits:
        if _surname_and_calling(rest):
            return Speaker(rest, "", context)
    # A description that ends in a role before one cut short after a classifier: `一位开了
    # 15年车的卡车司机|试驾后`, not `一位开了15年车的|卡车司机试驾后`.
    for rest, context in sorted(splits, key=lambda split: not _ROLE_END_RE.search(
            split[0].removesuffix("们"))):
        if found := _unnamed(rest, context):
            return found
    for rest, context in sorted(splits, key=lambda split: -len(split[0])):
        if found := _bare_name(rest, context):
            return found
    return None


def _outlet_reporter(phrase: str) -> Speaker | None:
    """`某卫视记者某某在报道中`: another outlet's reporter, by name, then adverbials."""
    for start in (phrase.rfind("的") + 1, 0):
        if (found := _OUTLET_REPORTER_RE.fullmatch(phrase, start)) \
                and ("·" in found["name"] or is_person_name(found["name"]) or (
                    _could_be_name(found["name"]) and _rare_or_name(found["name"])
                    and not set(found["name"]) & FUNCTION_CHARS
                    and not _ADVERBIALS_RE.fullmatch(found["name"]))):
            return Speaker(found["name"], found["title"], found["ctx"])
    return None


def _group(rest: str, context: str, known: dict[str, str]) -> Speaker | None:
    """Two or more people who speak at once: an unnamed speaker as written. The posts of
    those named in it are their titles for later (`甲和乙都认为……。“……”甲说。`)."""
    if _COUNTED_RE.fullmatch(rest):
        return Speaker("", "", context, unnamed=rest)
    etc = rest.rfind("等")
    if etc > 0 and len(rest) - etc <= _AFTER_ETC_MAX + 1 and "等" in segment.words(rest[etc:]):
        members = _members(rest[:etc], known)
    elif _TOGETHER_RE.search(context):
        members = _members(rest, known)
        if len(members) < 2:
            return None
    else:
        return None
    if not members:
        return None
    for member in members:
        if member.title and not known.get(member.name):
            known[member.name] = member.title
    return Speaker("", "", context, unnamed=rest)


def _members(text: str, known: dict[str, str]) -> list[Speaker]:
    """The people a list names (`甲、乙`, `某校教授甲和某所研究员乙`; jieba may glue a joiner
    to a name: `俞海|平和`): cut at a joiner, each part names one person."""
    for at in reversed([i for i, ch in enumerate(text) if ch in _JOINERS]):
        left, right = text[:at], text[at + 1:]
        if (last := _named(right, known)) and last.name and last.name not in PRONOUNS \
                and (first := _members(left, known)):
            return [*first, last]
    found = _named(text, known)
    return [found] if found and found.name and found.name not in PRONOUNS else []


def _cuts_known_word(text: str, at: int) -> bool:
    """Whether offset `at` falls inside a word of `text` the dictionary knows (`索·帕|拉`,
    帕拉 a name's; not a word jieba glued from a name's end and what follows: `托合|提笑|着`)."""
    return any(pos < at < pos + len(word) and bool(segment.word_tag(word))
               for pos, word in word_starts(segment.words(text)).items())


@lru_cache(maxsize=4096)
def _splits(phrase: str) -> tuple[tuple[str, str], ...]:
    """Every way to read `phrase` as someone followed by adverbials, the most adverbials
    first; from the second character on, since a phrase is never all adverbials (`她笑着`)."""
    found = []
    for at in range(1, len(phrase) + 1):
        # (A manner adverbial does not open with a person noun: `领队|老师不停地` is 领队老师.)
        if at == len(phrase) or (_ADVERBIALS_RE.fullmatch(phrase, at) and not (
                _MANNER_RE.match(phrase, at) and (_cuts_known_word(phrase, at)
                                                  or _PERSON_NOUN_START_RE.match(phrase, at)))):
            rest = phrase[:at].strip()
            if rest:
                found.append((rest, phrase[at:]))
    return tuple(found)


def _written_speaker(rest: str, context: str, known: dict[str, str]) -> Speaker | None:
    """A speaker written out whole: a transcribed or Latin name, a pronoun or someone
    known, a group, a description pointing back, or a surname with a post (`宋教授`)."""
    # (Both names end the phrase, one holding a dot, the other in Latin letters: most phrases
    # hold neither, and the patterns are slow to fail.)
    written = "·" in rest or "•" in rest or rest[-1:].isascii()
    if ("·" in rest or "•" in rest or _ASCII_LETTER_RE.search(rest)) \
            and (match := _FOREIGN_POST_RE.fullmatch(rest)) and not any(
            name != match["name"] and match["name"] in name for name in known):
        # `Somchai博士`; not a part of a name known in full: `Grant教授` for `Oliver Grant`.
        return Speaker(match["name"], match["post"], context)
    for pattern in (_FOREIGN_RE, _LATIN_RE) if written else ():
        if match := pattern.search(rest):
            # (No transcription holds 的: `32岁的玛丽亚·洛佩斯` is 玛丽亚·洛佩斯.)
            name = _after_last_post(match.group().rsplit("的", 1)[-1])
            # A post that ends before the name, begun before the match (`首席|执行官某·某`).
            dot = rest.find("·", match.start())
            cut = max((m.end() for m in _POST_OR_ROLE_RE.finditer(rest, 0, dot)
                       if match.start() < m.end() <= dot), default=-1) if dot > 0 else -1
            if cut > len(rest) - len(name):
                name = rest[cut:]
            if any(other != name and other.startswith(name) for other in known):
                continue  # `某·韦|伯接受采访时`: a cut inside a name known in full
            if context and "·" in name and _cuts_known_word(rest + context, len(rest)):
                continue  # `索·帕|拉在接受采访时`: a cut inside a word (帕拉) is no name's end
            head = rest[: len(rest) - len(name)]
            # One Latin word is a name after a post or role (`采购商Somchai`) or when known,
            # or after a description (`32岁的Somchai`, `某大学研究科学史的Funk`).
            if len(name) >= 2 and (" " in name or "·" in name or name in known
                                   or _ROLE_END_RE.search(head) or head.endswith("的")):
                return Speaker(name, clean_title(head), context)
    if rest in PRONOUNS or rest in known:
        return Speaker(rest, "", context)
    if rest in _GROUP_PRONOUNS:
        return Speaker("", "", context, unnamed=rest)
    if _BACK_RE.match(rest) and (_ROLE_END_RE.search(rest) or _GENERATION_END_RE.search(rest)
                                 or _ELDER_NOUN_RE.match(rest) or _EPITHET_BACK_RE.match(rest)
                                 or _PEOPLE_NOUN_BACK_RE.match(rest)) \
            and not (THIS_BODY_RE.match(rest) and _names_someone(rest, known)):
        # (The noun pointed back with rides as the title, for whom it fits: `这位返乡青年`.)
        if _ELDER_BACK_RE.match(rest):
            return Speaker(ELDER_REFERENCE, "", context)
        return Speaker(BACK_REFERENCE, _BACK_RE.sub("", rest), context)
    if (match := _SURNAME_POST_RE.fullmatch(rest)) \
            and (name := _by_surname_and_post(match["surname"], match["post"], known)
                 or _by_surname_sharing_post(match["surname"], match["post"], known)):
        return Speaker(name, "", context)
    if name := _by_surname_and_noun(rest, known):
        return Speaker(name, "", context)
    if name := _by_surname_and_address(rest, known):
        return Speaker(name, "", context)
    if name := _by_surname_and_elder(rest, known):
        return Speaker(name, "", context)
    return None


def _names_someone(rest: str, known: dict[str, str]) -> bool:
    """Whether a phrase opened by 该 and a body's head names a person (`该公司副总经理某某博士`:
    a title of the body named before, not `该负责人`, which points back)."""
    found = _named(rest, known)
    return bool(found and found.name and found.name not in PRONOUNS)


# How a reporter calls someone already named in full: by surname and a form of address
# (`房大爷` for the 房某某 of the paragraph before, `亢阿姨`). 老师 is the business of
# `_TEACHER` (anyone who teaches).
_ADDRESS_AFTER_SURNAME_RE = re.compile(
    rf"(?P<surname>{_C}{{1,2}}?)(?:{'|'.join(f for f in FAMILIAR_FORMS if f != _TEACHER)})")


def _by_surname_and_address(rest: str, known: dict[str, str]) -> str:
    """`亢阿姨笑着说`: a surname and a form of address alone before the verb name the one
    person seen so far in full (a Han name of two to four characters) with that surname;
    nobody when none or several are (a new person then: `郑大爷`)."""
    return by_surname_and_address(rest, known) if _ADDRESS_AFTER_SURNAME_RE.fullmatch(rest) else ""


def _by_surname_and_elder(rest: str, known: dict[str, str]) -> str:
    """`方老说`: a surname and 老 after it, the respect shown a senior scholar, name the one
    titled person seen so far with that surname (a Han name); nobody when none or several
    are."""
    if len(rest) not in (2, 3) or not rest.endswith("老"):
        return ""
    surname = rest[:-1]
    if len(surname) == 2 and surname not in COMPOUND_SURNAMES:
        return ""
    matches = [n for n in _han_names_with(surname, known) if known[n]]
    return matches[0] if len(matches) == 1 else ""


def by_surname_and_address(clause: str, known: dict[str, str]) -> str:
    """The person known by the surname and form of address that open `clause`
    (`房大爷打开了话匣子`), as `_by_surname_and_address` reads them."""
    if not (match := _ADDRESS_AFTER_SURNAME_RE.match(clause)):
        return ""
    surname = match["surname"]
    if len(surname) == 2 and surname not in COMPOUND_SURNAMES:
        return ""
    matches = _han_names_with(surname, known)
    return matches[0] if len(matches) == 1 else ""


def _han_names_with(surname: str, known: dict[str, str]) -> list[str]:
    """The people seen so far whose Han name (a given name of one or two after it) starts
    with `surname`."""
    return [n for n in known if n.startswith(surname)
            and re.fullmatch(f"{_C}{{{len(surname) + 1},{len(surname) + 2}}}", n)]


def _by_surname_sharing_post(surname: str, post: str, known: dict[str, str]) -> str:
    """`阙医生说`, `阙主任说` for a 主任医师: a surname and a post alone before the verb name
    the one person seen so far with that surname (a Han name of two to four characters),
    when the post shares a character with the last part of their title (not `伍老师` for a
    副市长)."""
    same = _han_names_with(surname, known)
    if len(same) != 1 or not set(post) & set(known[same[0]].split("、")[-1]):
        return ""
    return same[0]


def _by_surname_and_noun(rest: str, known: dict[str, str]) -> str:
    """`郎指导说`, `包护士长说`: a surname and a noun no list holds, a familiar form of a post
    (how a team calls its coach), name the one titled person seen so far with that surname
    (any surname: the person known vouches for it)."""
    if len(rest) not in (3, 4) or rest.startswith(COMPOUND_SURNAMES):
        return ""
    noun = rest[1:]
    tag = segment.word_tag(noun)
    if noun in _ROLE_WORDS or not tag.startswith(("n", "vn")) \
            or tag.startswith(("nr", "ns", "nt", "nz")) or segment.words(rest) != [rest[0], noun]:
        return ""
    matches = [n for n, t in known.items() if t and n[0] == rest[0] and len(n) in (2, 3)]
    return matches[0] if len(matches) == 1 else ""


def split_name(text: str, lenient: bool) -> tuple[str, str, str] | None:
    """Splits `text` into a leading person's name, a post and the adverbials after it.

    Args:
        text: words that start with a name, as after a post (`张三在会上`, `张三教授`).
        lenient: whether a post or role stands right before, which vouches for the name
            when jieba does not know it; without one the name must read as a name.

    Returns:
        (name, post, adverbials), or None when no name is followed only by those.
    """
    sizes = (4, 3) if text.startswith(COMPOUND_SURNAMES) else (3, 2, 4)
    if lenient and _ADVERBIALS_RE.fullmatch(text):
        # `董事长方圆自豪地`, `副局长江河接受采访时`, `导师路|平接受采访时`: after a post, a
        # surname and a noun in one word (a name that is a word) or two characters on their
        # own, then adverbials.
        words = segment.words(text)
        first = words[0] if len(words[0]) > 1 else "".join(words[:2])
        if len(first) in (2, 3) and first[0] in SURNAMES \
                and segment.word_tag(first if len(words[0]) > 1 else first[1])[:1] in ("n", "") \
                and not set(first[1:]) & FUNCTION_CHARS \
                and _ADVERBIALS_RE.fullmatch(text, len(first)):
            return first, "", text[len(first):]
        return None  # `两位老人异口同声地`, `卡车司机试驾后`: adverbials, no name
    for size in sizes:
        name = text[:size]
        tail = _AFTER_NAME_RE.fullmatch(text, size)
        if len(name) < size or not re.fullmatch(f"{_C}+", name) or tail is None:
            continue
        if name in _ROLE_WORDS:
            continue  # `患者家属`: a role after a role is a person noun of two words, no name
        if size == 3 and tail["ctx"] and segment.word_tag(name[0]).startswith("v") \
                and segment.word_tag(name[1:]) == "n" and not segment.word_tag(name):
            continue  # `帮老人|戴|手环|一边`: a verb and a noun, then no verb (`花建业说`)
        if size == 3 and name[2] in POSTURE_CHARS and text.startswith("在", size):
            continue  # `老汪|蹲在设备旁`: a verb of posture and where, no name's end
        if size == 3 and tail["ctx"] and (verb := _verb_word_after_two(text)):
            # `邝明|挥舞|着队旗`: a verb of the dictionary opens after two, held while
            # speaking (着 and what it is held over).
            if (lenient or is_person_name(text[:2])) and text.startswith("着", 2 + len(verb)) \
                    and _HELD_OBJECT_RE.fullmatch(text, 3 + len(verb)):
                return text[:2], "", text[2:]
            continue
        if _MANNER_RE.match(tail["ctx"]) and _cuts_known_word(text, size):
            continue  # `冯伯|乐呵呵|地`, `冯|建国|高兴|地`: a manner word is whole, no name's end
        if tail["post"] and name[0] not in SURNAMES and segment.word_tag(name) == "n":
            continue  # `成员|企业|负责人`: a common noun with no surname before a post is a body
        # (`与会嘉宾普遍认为`: an adverbial after a role is no name.)
        if is_person_name(name) or (lenient and _could_be_name(name)
                                    and not _ADVERBIALS_RE.fullmatch(name)) \
                or (tail["post"] and _unknown_name_word(name, text)):
            return name, tail["post"], tail["ctx"]
    return None


def _verb_word_after_two(text: str) -> str:
    """The verb of two or more characters of jieba's dictionary, no verb of speech, that
    jieba reads after a name of two it does not know (`邝明|挥舞|着`), whose first character
    is then no name's last; "" when there is none."""
    words = segment.words(text[:8])
    return words[1] if len(words) > 1 and len(words[0]) == 2 \
        and not segment.word_tag(words[0]) and len(words[1]) >= 2 \
        and segment.word_tag(words[1]).startswith("v") and words[1][-1] not in "说道问答称" \
        else ""


# What is held while speaking, after 着: a short object, then nothing or whom to.
_HELD_OBJECT_RE = re.compile(rf"[^，。“”：]{{0,6}}?(?:{_TO_REPORTER})?")


def _unknown_name_word(name: str, text: str) -> bool:
    """`其其格院士`, `格桑卓玛教授`: three or four characters that jieba keeps as one word
    its dictionary lacks, before a post, are a name without a Han surname."""
    return len(name) >= 3 and segment.words(text)[0] == name and not segment.word_tag(name) \
        and not set(name) & FUNCTION_CHARS and name[0] not in "该这那本各某此"


# 在 opening where someone is (not 在读, 在校, 在职, 在岗: what they are; nor 正在, 现在), after
# a character; or what someone speaks through (`通过翻译`, `借助翻译软件`).
_WHERE_OR_THROUGH_RE = re.compile(f"(?<={_C})(?<![正现实存所])在(?![读校职岗编于])"
                              "|通过|借助|透过|凭借")


def _named(phrase: str, known: dict[str, str]) -> Speaker | None:
    """`title name adverbials`, `name post adverbials` or `name adverbials`."""
    for written, name in written_forms(known):
        at = phrase.rfind(written)
        if at >= 0 and (tail := _AFTER_NAME_RE.fullmatch(phrase, at + len(written))):
            # (`Weber博士说` for someone titled before: a post after the name addresses
            # them; the title is the first one.)
            return Speaker(name, clean_title(phrase[:at]) or (
                "" if known.get(name) else clean_title(tail["post"])), tail["ctx"])
    # `86岁的郑大爷`, `市民刘女士`: a surname and a form of address name someone.
    if familiar := FAMILIAR_RE.search(phrase):
        at = familiar.start("name")
        if _AFTER_NAME_RE.fullmatch(phrase, familiar.end("name")) and (
                at == 0 or phrase[at - 1] in "的岁" or _ROLE_END_RE.search(phrase, 0, at)):
            tail = _AFTER_NAME_RE.fullmatch(phrase, familiar.end("name"))
            return Speaker(familiar["name"], clean_title(phrase[:at]) if at else "",
                           tail["ctx"] if tail else "")
    for match in reversed(list(_TITLED_RE.finditer(phrase))):
        # A role known only by its last character (`科长`, `飞手`) must end a word: the
        # 商 of `商务局` is none; unless jieba glued it to the name into a word it does
        # not know (`咖农刀/建华`).
        if len(match.group()) == 1 and match.end() not in _word_ends(phrase) \
                and not _glued_to_name(phrase, match.end()):
            continue
        # (... nor a listed one that ends inside a word the dictionary knows, before a
        # character that opens no name: `教练|组成员` is 教练组 and 成员.)
        if match.end() not in _word_ends(phrase) and phrase[match.end()] not in SURNAMES \
                and segment.word_tag(_word_over(phrase, match.end())) \
                and not segment.word_tag(phrase[match.end()]).startswith("nr"):
            continue
        # (... nor a numeral's classifier: the 家 of `多家企业负责人` counts businesses.)
        if len(match.group()) == 1 and _numeral_ends(phrase, match.end()):
            continue
        # (... nor one inside where someone speaks, or what they speak through: `某某在投资者|
        # 交流会上回答提问时`, `某某借助翻译|软件对记者说`.)
        if _WHERE_OR_THROUGH_RE.search(phrase, 0, match.start()):
            continue
        if found := split_name(match["after"], lenient=True):
            name, post, context = found
            return Speaker(name, clean_title(phrase[: match.end()] + post), context)
    # `10岁的某某`: a name after a description ending in 的, or at the start.
    counted = _PEOPLE_RE.match(phrase) is not None
    for at in [*reversed([m.end() for m in re.finditer("的", phrase)]), 0]:
        # (`一名参赛的高中生`: after a description opened by a count, what follows 的 without
        # a post is its head noun, not a name, though the dictionary may call it one.)
        if (found := (phrase.startswith("岁的", at - 2) and _aged_split(phrase[at:]))
                or split_name(phrase[at:], lenient=False)) and not (counted and not found[1]):
            return Speaker(found[0], clean_title(phrase[:at]) or clean_title(found[1]), found[2])
        # `她的同事某某在一旁`: a person noun no list holds between the 的 and the name, the
        # words ending where the name begins and ends (`的工|程师` holds no name), the name
        # no common word nor a form of address (`赛迪|顾问`, `老|阿妈`).
        for size in range(1, _DESCRIBED_MAX + 1) if at else ():
            if (found := split_name(phrase[at + size:], lenient=False)) \
                    and is_noun_phrase(noun := phrase[at:at + size]) \
                    and {size, size + len(found[0])} <= _word_ends(phrase[at:]) \
                    and _rare_or_name(found[0]):
                return Speaker(found[0], noun, found[2])
    return None


def _aged_split(text: str) -> tuple[str, str, str] | None:
    """`18岁的朴敏浩表示`, `18岁的阮氏秋香感慨地`, `18岁的路平|感慨|地`: after an age, the longest
    run of two to four characters made of whole words, no role and no grammatical word, with
    only adverbials after it, is a name, whatever the dictionary knows of it."""
    ends = _word_ends(text)
    for size in (4, 3, 2):
        name = text[:size]
        if size in ends and re.fullmatch(f"{_C}{{{size}}}", name) and name not in _ROLE_WORDS \
                and not set(name) & FUNCTION_CHARS and _could_be_name(name) \
                and (tail := _AFTER_NAME_RE.fullmatch(text, size)):
            return name, tail["post"], tail["ctx"]
    return None


_DESCRIBED_MAX = 8
# A person noun's words are nouns (or words the dictionary lacks, jieba's guesses at a noun
# it does not know: `绣娘`, `泳迷`): no verb, adverb, preposition, pronoun, numeral or
# particle, and it does not end in a place, a person's name or a time.
_NOT_IN_NOUN_TAGS = set("vdpcurmfqtyzeo")
_NOT_NOUN_HEAD_TAGS = ("ns", "nr", "nt", "t", "a")
# A word the dictionary tags as a name but uses this often is a common word (`顾问`).
_RARE_NAME = 11.0


def _rare_or_name(name: str) -> bool:
    """Whether `name` is a word the dictionary lacks, or a rare one it knows as a name."""
    tag = segment.word_tag(name)
    return name not in ADDRESS_FORMS and (
        not tag or (tag.startswith("nr") and segment.rarity(name) >= _RARE_NAME))


@lru_cache(maxsize=1024)
def is_noun_phrase(text: str) -> bool:
    """Whether `text` is a few characters of nouns (a person noun the lists lack)."""
    if len(text) > _DESCRIBED_MAX or not re.fullmatch(f"{_C}+", text):
        return False
    tags = [segment.word_tag(word) for word in segment.words(text)]
    return not any(tag[:1] in _NOT_IN_NOUN_TAGS for tag in tags) \
        and not tags[-1].startswith(_NOT_NOUN_HEAD_TAGS)


def is_adverbial(phrase: str) -> bool:
    """Whether `phrase` is only adverbials of a speech verb (`兴奋地`, `在发布会上`)."""
    return bool(_ADVERBIALS_RE.fullmatch(phrase))


def written_forms(known: dict[str, str]) -> list[tuple[str, str]]:
    """How the people seen so far may be written, longest first: in full, and a transcribed
    name by one of its parts (`切罗诺` for `基普鲁托·切罗诺`) when no one else has it.

    Returns:
        (as written, the person's name) pairs.
    """
    return _written_forms(tuple(known.items()))


# Kin nouns of a younger and an elder generation: `老段` is not the one the text calls a
# grandson (`孙子段某某`), `小段` not the grandfather.
_YOUNGER_KIN = ("孙子", "孙女", "外孙", "外孙女", "儿子", "女儿", "侄子", "侄女")
_ELDER_KIN = ("爷爷", "奶奶", "外公", "外婆", "姥爷", "姥姥", "父亲", "母亲", "爸爸", "妈妈")
# Forms of address for an elder after a surname (`龚大爷`): who is so called is `老龚`, not
# `小龚`.
ELDER_ADDRESS = ("大爷", "大妈", "大娘", "大叔", "大婶", "奶奶", "爷爷", "婆婆", "阿婆", "阿公",
                 "阿伯")


def _generation_fits(familiar: str, title: str) -> bool:
    """Whether someone with this title may be called `老某` or `小某` (`familiar`): not the
    one the text calls a grandson or a `小将` by 老, nor a grandfather, a `老木匠` or a
    retired worker by 小."""
    last = title.split("、")[-1]
    if familiar.startswith("老"):
        return not (last.endswith(_YOUNGER_KIN) or last.startswith("小"))
    return not (last.endswith(_ELDER_KIN + ELDER_ADDRESS) or last.startswith(("老", "退休")))


def is_elder(title: str) -> bool:
    """Whether a title shows its holder old: a kin noun of an elder generation, or a last
    part opened by 老 or 退休 (`老铁匠`, `退休工程师`)."""
    last = title.split("、")[-1]
    return last.endswith(_ELDER_KIN) or last.startswith(("老", "退休"))


@lru_cache(maxsize=256)
def _written_forms(people: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    names = tuple(name for name, _ in people)
    titles = dict(people)
    forms = [(name, name) for name in names]
    parts: dict[str, list[str]] = {}
    for name in names:
        if "·" in name or "•" in name:
            for part in re.split("[·•]", name):
                parts.setdefault(part, []).append(name)
        elif re.fullmatch(r"[A-Za-z][A-Za-z'.\-]*(?: [A-Za-z'.\-]+)+", name):
            # `Moreau` for `Daniel Moreau`: a Latin name by its last word.
            parts.setdefault(name.rsplit(" ", 1)[1], []).append(name)
        elif re.fullmatch(f"{_C}{{5}}", name) and not name.startswith(COMPOUND_SURNAMES):
            # `小野寺` for `小野寺纱织`: a five-character name has no Han surname of one; its
            # family name is its first two or three characters (a Japanese one).
            parts.setdefault(name[:2], []).append(name)
            parts.setdefault(name[:3], []).append(name)
        elif re.fullmatch(f"{_C}{{2,4}}", name):
            # `老王`, `小王`: someone known by surname, when no one else has it.
            surname = name[:2] if name.startswith(COMPOUND_SURNAMES) else name[0]
            for familiar in ("老" + surname, "小" + surname):
                parts.setdefault(familiar, []).append(name)
            if len(name) == 3 and len(surname) == 1 and name[1] == "小" \
                    and not segment.word_tag(name[1:]):
                # `小宇` for `段小宇`: a given name that is itself a diminutive.
                parts.setdefault(name[1:], []).append(name)
            if len(name) == 4 and len(surname) == 1:
                # `山本` for `山本健司`: a four-character name without a Han compound surname
                # by its first two characters (a Japanese family name, a Yi clan name), or
                # three (`佐佐木` for `佐佐木健`).
                parts.setdefault(name[:2], []).append(name)
                parts.setdefault(name[:3], []).append(name)
    for part, owners in parts.items():
        if part[:1] in "老小" and len(part) in (2, 3):
            # The generation the text gives them tells (`小龚` is not `龚大爷`), and so whom
            # of several who share the surname it means.
            parts[part] = [n for n in owners if _generation_fits(part, titles.get(n) or n)]
    forms += [(part, owners[0]) for part, owners in parts.items()
              if len(part) >= 2 and len(owners) == 1 and part not in names]
    return sorted(forms, key=lambda form: len(form[0]), reverse=True)


def is_held_action(text: str) -> bool:
    """Whether `text` is a verb and its aspect before one character a role may end with
    (`搓着手`, `背着手`): what one does with a hand, no role ending in 手."""
    return _HELD_RE.fullmatch(text) is not None


def _unnamed(rest: str, context: str) -> Speaker | None:
    """`一位来自某地的参展商`, `与会专家`: someone described by a role or post, or counted
    as a person (`一位值班的`), with no name."""
    # (`老人们纷纷`: a role made plural by 们 is a group, described.)
    if not _ROLE_END_RE.search(rest.removesuffix("们")) and not _PEOPLE_RE.match(rest) \
            and not _SOME_REPORTER_RE.match(rest) and not _MACHINE_END_RE.search(rest):
        return None
    if is_held_action(rest):
        return None
    return Speaker("", "", context, unnamed=_LEADING_RE.sub("", rest))


# A verb and its aspect before one character a role may end with (`搓着手`): an action.
_HELD_RE = re.compile(rf"{_C}{{1,2}}[着了过]{_C}")
# How a shop or stall keeper is called after their surname (`宓老板`, `王掌柜`): by name,
# as `刘女士` is; not a post or a teacher's 老师, which may point to someone titled before.
_TRADE_ADDRESS = ("老板", "老板娘", "掌柜")
# A character rarer than this on its own, which the dictionary tags a name, is a surname
# off the list (`宓` 12.9, `蒯` 15.3).
_RARE_SURNAME = 9.5


def _surname_and_calling(rest: str) -> bool:
    """`宓老板`: a surname (off the list too) and how a shop keeper is called, someone
    named as `王老板` is, not someone described."""
    first = rest[:1]
    return rest[1:] in _TRADE_ADDRESS and (
        first in SURNAMES or (segment.word_tag(first).startswith("nr")
                              and segment.rarity(first) >= _RARE_SURNAME))


def _bare_name(rest: str, context: str) -> Speaker | None:
    """Two to four characters and nothing else before the verb (`”其木格说`): a name when
    they read as one. Structure is the evidence (the text attributes speech to them), so a
    name the dictionary lacks qualifies unless its words are everyday vocabulary."""
    if not re.fullmatch(f"{_C}{{2,4}}", rest) or "们" in rest:
        return None
    if any(ch in FUNCTION_CHARS for ch in rest):
        # (`王向东`, `李和平`: a given name of one word the dictionary knows as a name or
        # noun, after a common surname, may hold a character that is a function word alone.)
        given = rest[1:]
        return Speaker(rest, "", context) if len(rest) == 3 and rest[0] in SURNAMES \
            and segment.words(rest) == [rest[0], given] \
            and segment.word_tag(given)[:1] in ("n", "a", "") else None
    if len(rest) == 2 and rest[0] == "老" and rest[1] in SURNAMES and rest not in _ROLE_WORDS:
        # `“……”老张笑着说`: someone called by surname, whatever the dictionary makes of the
        # word (老张 and 老马 nouns, 老周 a time word); not a role (老师).
        return Speaker(rest, "", context)
    if young_and_surname(rest):
        return Speaker(rest, "", context)
    tag = segment.word_tag(rest)
    if tag and not is_person_name(rest):
        return None  # (`齐声喊道`: a word tagged a name that is how one speaks)
    words = segment.words(rest)
    surname = rest[0] in SURNAMES or rest.startswith(COMPOUND_SURNAMES) \
        or segment.word_tag(rest[0]).startswith("nr")
    if surname or any(len(w) >= 2 and segment.word_tag(w)[:2] in ("", "nr") for w in words):
        return Speaker(rest, "", context)
    return None


def _could_be_name(text: str) -> bool:
    """Two to four characters after a post that do not start like a verb or adverb."""
    tags = _tags(text)
    if len(tags) == 1 and tags[0][1].startswith("nr"):
        return True  # jieba reads them as one name (`闻一鸣`)
    if re.search(r"[的了在是和与及等也都就一这那其之们]", text):
        return False  # (`老人们纷纷表示`: 们 makes the noun before it plural, no name)
    if text[0] in VERB_SURNAMES and len(tags[0][0]) >= 2 and segment.word_tag(tags[0][0]) \
            and (len(tags) == 1 or tags[1][1].startswith("f")):
        # `研究员|相互|看了看`, `技术员|计时|后`: a word of the dictionary (and a localizer),
        # no name (`市民|谈心|怡` is one).
        return False
    if text[0] in SURNAMES or text.startswith(COMPOUND_SURNAMES):
        return True
    return not tags or tags[0][1][:1] not in set("vdpucrm")


def _by_surname_and_post(surname: str, post: str, known: dict[str, str]) -> str:
    """`宋教授` → the one person seen so far named 宋… whose title ends with 教授, or one of
    whose posts does (`汪院士` for `中国科学院院士、某大学副校长汪某某`)."""
    if post == _BOSS:
        matches = [n for n, t in known.items() if n.startswith(surname) and any(
            _BOSS in part or part.endswith(_HEADS) for part in _POSTS_SPLIT_RE.split(t))]
        return matches[0] if len(matches) == 1 else ""
    posts = _TEACHING if post == _TEACHER else (post + "程师",) if post.endswith(_ENGINEER) \
        else (post,)
    matches = [n for n, t in known.items() if n.startswith(surname)
               and any(part.endswith(posts) for part in _POSTS_SPLIT_RE.split(t))]
    return matches[0] if len(matches) == 1 else ""


def by_surname_and_post(clause: str, known: dict[str, str], loose: bool = False) -> str:
    """The person known by the surname and post that open `clause` (`顾董事长算了一笔账`,
    `乔总给记者算了一笔账`), or "" when they name no one seen so far or more than one.
    `loose`: the post need not end the person's title when no one else seen has the
    surname (`简医生` for a 主任医师).

    (总 and the character after it must make no word: `王总|给`, not `王|总结`.)"""
    for size in (1, 2):
        if (match := _RANKED_POST_RE.match(clause, size)) \
                and (name := _by_surname_and_post(clause[:size], match.group(), known)):
            return name
        if clause.startswith(_BOSS, size) and not segment.word_tag(clause[size:size + 2]) \
                and (name := _by_surname_and_post(clause[:size], _BOSS, known)):
            return name
        if loose and match and clause[:size] in SURNAMES | set(COMPOUND_SURNAMES) and len(
                same := [n for n, t in known.items() if n.startswith(clause[:size])
                         and len(n) - size in (1, 2)
                         and set(match.group()) & set(t.split("、")[-1])]) == 1:
            # (... though it shares a character with it: `简医生` for a 主任医师, not
            # `伍老师` for a 副市长.)
            return same[0]
    return ""


def titled_forms(known: dict[str, str]) -> list[tuple[str, str]]:
    """How the people seen so far may be written by surname and post: a surname and the
    post that ends a part of one's title (`卢院士`, `卢教授` for `某院院士、某大学教授卢某某`),
    or 总 for the head of a business (`乔总`), 老师 for one who teaches (`伍老师`), 工 for an
    engineer (`樊工`, `樊总工` for a chief one), when no one else known has both.

    Returns:
        (as written, the person's name) pairs.
    """
    return _titled_forms(tuple(known.items()))


@lru_cache(maxsize=256)
def _titled_forms(people: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    owners: dict[str, list[str]] = {}
    for name, title in people:
        if not title or not re.fullmatch(f"{_C}{{2,4}}", name):
            continue
        surname = name[:2] if name.startswith(COMPOUND_SURNAMES) else name[0]
        posts: set[str] = set()
        for part in _POSTS_SPLIT_RE.split(title):
            if ending := _POST_END_RE.search(part):
                posts.add(ending.group())
            if _BOSS in part or part.endswith(_HEADS):
                posts.add(_BOSS)
            if part.endswith(_TEACHING):
                posts.add(_TEACHER)
            if part.endswith("工程师"):
                posts.add("总工" if part.endswith("总工程师") else _ENGINEER)
        for post in posts:
            owners.setdefault(surname + post, []).append(name)
    return [(form, names[0]) for form, names in owners.items() if len(names) == 1]


def _after_last_post(text: str) -> str:
    """Drops a title that jieba-less matching glued to the front of a foreign name."""
    head = text.split("·")[0]
    # (A reporter is a title before a name, though no speaker alone: `记者某·某`.)
    best = max((m.end() for m in re.finditer(f"{POST_RE}|{ROLE_RE}|记者", head)), default=-1)
    return text[best:] if best >= 0 else text


def _word_over(text: str, at: int) -> str:
    """The word of `text` that holds offsets `at` - 1 and `at`, or ""."""
    for pos, word in word_starts(segment.words(text)).items():
        if pos < at < pos + len(word):
            return word
    return ""


def _glued_to_name(text: str, at: int) -> bool:
    """Whether the word that holds offset `at` - 1 and `at` is one the dictionary lacks."""
    start = 0
    for word in segment.words(text):
        if start < at < start + len(word):
            return not segment.word_tag(word)
        start += len(word)
    return False


@lru_cache(maxsize=4096)
def _numeral_ends(text: str, end: int) -> bool:
    """Whether a word jieba tags a numeral (`多家`, `12|家`) ends at offset `end`."""
    return any(pos + len(word) == end and segment.word_tag(word).startswith(("m", "q"))
               for pos, word in word_starts(segment.words(text)).items())


@lru_cache(maxsize=4096)
def _word_ends(text: str) -> frozenset[int]:
    return frozenset(accumulate(len(w) for w in segment.words(text)))


@lru_cache(maxsize=4096)
def _tags(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(segment.tag(text))
