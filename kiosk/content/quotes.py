"""Direct and reported speech, with who said it.

A quotation is speech when the text says whose it is: a speech verb with a speaker right
after the closing mark (`“……。”某某说。`), before the opening one (`某某表示：“……”`), or at
the start of the same sentence (`某某说，……，“……。”`); or when it continues the speech right
before it (`某某坦言，……。“……。”`). A quoted sentence with none of these is speech whose
speaker the text does not give. Quoted names, slogans and terms (`被称为“……”`, `“某某”大模型`)
end in no sentence mark and have no speaker: they are left alone.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, pairwise

from kiosk.content import segment
from kiosk.content.model import Paragraph, Provenance, Quote
from kiosk.content.names import (
    FAMILIAR_FORMS,
    FAMILIAR_RE,
    FUNCTION_CHARS,
    LATIN_NAME,
    POST_RE,
    ROLE_RE,
    ROLES,
    THIS_BODY_RE,
    alternation,
    body_from_before,
    caption_mention,
    clean_title,
    is_person_name,
    person_mentions,
    word_starts,
)
from kiosk.content.speakers import (
    BACK_REFERENCE,
    DESCRIBED_PRONOUN_RE,
    ELDER_ADDRESS,
    ELDER_REFERENCE,
    MACHINES,
    POINTERS,
    PRONOUNS,
    VOICE_RE,
    Speaker,
    by_surname_and_address,
    by_surname_and_post,
    is_adverbial,
    is_elder,
    is_held_action,
    is_noun_phrase,
    parse_speaker,
    titled_forms,
    written_forms,
)
from kiosk.content.text import CJK_CHARS, matches_after

SPEECH_VERBS = sorted([
    "说", "表示", "指出", "介绍", "认为", "强调", "称", "谈到", "坦言", "透露", "说道", "解释",
    "感慨", "提到", "回忆", "补充", "直言", "呼吁", "建议", "总结", "坦承", "提醒", "感叹",
    "回答", "笑言", "笑称", "坦陈", "分析", "预计", "形容", "回应", "吆喝", "喊道", "大喊", "喊",
    "问道", "反问", "追问", "笑道", "叹道", "答道", "举例说", "寄语", "赞叹", "直呼", "表态",
    "评价", "点评", "称赞道", "称赞", "夸赞",
    # `“……”某某惊叹道。`: wonder voiced, like 感叹 and 赞叹 (not a name's last character).
    "惊叹", "惊呼",
    # `“……”小宇在一旁插话`: words put into a conversation; `又补了一句`: added to one's own.
    "插话", "补了一句",
    # A few words forced or blurted out: `搓着手憋出一句：`, `冷不丁冒出一句：`; news told
    # from one to another (`“……！”村民们奔走相告。`).
    "憋出一句", "冒出一句", "挤出一句", "蹦出一句", "来了一句", "奔走相告",
    # `“……？”一名小学生举手提问。`: a question put, like 问道 and 追问.
    "提问", "发问",
    # A sigh, a doubt voiced: `“……！”某某叹息道。`, `“……。”学术同行质疑。`.
    "叹息", "质疑",
    # Words written, quoted as spoken ones: `某某在给某刊的评审意见中写道：`.
    "写道",
    # A joke and a shout: `有现场观众戏称，“……”`, `……，大吼一声：“……！”`; a shout raised
    # (`观众们高喊：`, `齐声高呼：`), whose 高 is no surname before 喊 or 呼.
    "戏称", "大吼", "高喊", "高呼",
    # Urging: `“什么时候开始呀？”等待表演的观众反复催促工作人员。`
    "催促", "催问",
    # Words cited as someone's: `正如某某所言，“……”` (as `所说`).
    "所言",
    # Many talking at once: `“……！”“……！”孩子们你一言我一语。`, `观众们七嘴八舌`,
    # `司机们你一句我一句地说`.
    "你一言我一语", "你一句我一句", "七嘴八舌",
    # Words muttered, nagged, urged or joked: `“……”人群中有人小声嘀咕。`, `老人叮嘱道：`.
    "嘀咕", "念叨", "嘟囔", "叮嘱", "嘱咐", "吐槽", "抱怨", "调侃", "打趣", "嚷道",
], key=len, reverse=True)
# `告诉记者`, `告诉中新社记者`: the addressee is part of the verb; so are people told
# before a clause mark (`告诉在场的研究生，`, `告诉孩子们：`), not what one tells them
# (`告诉大家一个好消息，`).
_TOLD = (r"告诉(?:[^，。“”]{0,4}?记者|[^，。！？；：“”]{2,12}?[报台社网]记者"
         rf"|[^，。！？；：“”]{{0,8}}?(?:{alternation(ROLES)}|们|大家)(?=[，,：:]))")
# (A tree of shared prefixes behind a class of first characters: phrases are matched by
# trying the verbs at every character.)
_VERB = (rf"(?=[告{''.join(sorted({v[0] for v in SPEECH_VERBS}))}])"
         rf"(?:{_TOLD}|{alternation(SPEECH_VERBS)})")
# Verbs that introduce reported speech after a comma (`某某表示，……。`); 谈到 and 建议 more
# often introduce a topic or a proposal than words.
_REPORT_VERBS = ("说", "表示", "指出", "认为", "强调", "介绍", "坦言", "透露", "称", "补充",
                 "解释", "直言", "坦承", "提醒", "感慨", "感叹", "分析", "预计", "坦陈", "笑言",
                 "笑称", "回忆", "回答", "回应", "举例说", "评价", "点评", "提到")
_REPORT_VERB = (rf"(?=[告{''.join(sorted({v[0] for v in _REPORT_VERBS}))}])"
                rf"(?:{_TOLD}|{alternation(_REPORT_VERBS)})")
# A speaker phrase holds no clause mark (the comma of `一边……，一边` is masked).
_PHRASE_CHAR = r"[^，。！？；：“”‘’\n]"
# A name's original in brackets (`某某（Anna Kowalska）`) counts as one character of a
# speaker phrase: it lengthens the phrase without adding to what it says.
_ORIGINAL_UNIT = r"[（(][A-Za-z][A-Za-z.'\- ]{0,40}[）)]"
_ORIGINAL_UNIT_RE = re.compile(_ORIGINAL_UNIT)
_PHRASE_UNIT = rf"(?:{_ORIGINAL_UNIT}|{_PHRASE_CHAR})"
_PHRASE = rf"{_PHRASE_UNIT}{{1,48}}?"
_SPAN_RE = re.compile(r"“([^“”]*)”")
# (问 alone asks there when the sentence or clause ends on it: `“……？”有记者问。`.)
# (`（“……。”某某打了个比方）`: a comparison voiced after the words ends the sentence or
# the bracket; before a colon it introduces them as a clause of its own.)
_AFTER_RE = re.compile(
    rf"\s*(?P<phrase>{_PHRASE})(?P<verb>(?:{_VERB})(?:说|道|称)?|问(?=[。，,！])"
    rf"|打了一?个比方(?=[。）]))")
# (Greedy: the engine tries the verbs from the end; `_before` moves a verb the phrase took.)
# (问 alone asks only before a colon: `有记者问：“……？”`, `记者问他：`, `记者问某某：`, whom
# asked after it; elsewhere it opens words, 问题.)
_BEFORE_RE = re.compile(
    rf"(?P<phrase>{_PHRASE_CHAR}{{1,48}})"
    rf"(?P<verb>(?:{_VERB})(?:说|道|称)?|问(?:他们|她们|他|她|它|记者|大家|我"
    rf"|(?![题道询候答话号])[{CJK_CHARS}]{{2,4}})?(?=[：:]))"
    r"(?P<sep>[：:，,])\s*$")
# A verb of naming, not of speech (`被称为`, `人称`... `称作`).
_NAMING = ("称为", "称作", "称之为")
_FULL_VERB_RE = re.compile(rf"(?:{_VERB})(?:说|道|称)?")
_VERB_END_RE = re.compile(rf"(?:{'|'.join(SPEECH_VERBS)})$")
# A speech verb that opens its clause, right before a quote (`，补充说，“`).
_BARE_VERB_RE = re.compile(rf"[，,](?P<verb>(?:{_VERB})(?:说|道|称)?(?:了?一声)?)[：:，,]\s*$")
_OPENING_RE = re.compile(
    rf"(?P<phrase>{_PHRASE_CHAR}{{1,40}}?)(?P<verb>(?:{_REPORT_VERB})(?:说|道|称)?)[，,]")
# A plain verb of speech right before an opening mark, no mark between them.
_UNMARKED_VERB_RE = re.compile("(?:说|说道|表示|指出|强调|介绍|坦言|透露)$")
_MAX_PHRASE = 48
_OPINION_PHRASE_MAX = 6
_REPORT_COMMA_RE = re.compile(rf"(?:{_REPORT_VERB})(?:说|道|称)?(?:[，,]|[：:](?![“\"]))")
# Reported speech runs to the sentence mark; it may hold short terms in marks and end in a
# fragment of the speaker's words in marks (`……，“……”。`).
_INDIRECT_RE = re.compile(
    rf"(?P<phrase>{_PHRASE_UNIT}{{1,{_MAX_PHRASE}}}?)(?P<verb>(?:{_REPORT_VERB})(?:说|道|称)?)(?:[，,]|[：:](?![“\"]))"
    r"(?P<text>(?:(?:[^“”。！？]|“[^“”。！？]{1,12}”){4,}(?:“[^“”。！？]+”)?"
    r"|[^“”。！？]{1,3}“[^“”。！？]{4,}”)[。！？])")
# `他认为关键在于……。`: an opinion reported with no comma after 认为, by a name or a pronoun
# that opens the clause (a few characters; not `被认为`, nor a group: those are read apart).
_OPINION_RE = re.compile(
    rf"(?P<phrase>{_PHRASE_UNIT}{{1,{_OPINION_PHRASE_MAX}}}?)(?P<verb>认为)(?![，,：])"
    r"(?P<text>(?:[^“”。！？]|“[^“”。！？]{1,12}”){4,}(?:“[^“”。！？]+”)?[。！？])")
# What people call someone: `大家都叫他“老黄”`, `村民称她为“李妈妈”`.
_LATIN_ORIGINAL_RE = re.compile(
    r"[（(](?P<latin>[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*)+)[）)]")
_ALIAS_RE = re.compile(r"(?:(?:叫|称|喊|称呼)(?:他|她)(?:为|作|做)?"
                       r"|人称|人送外号|外号|绰号|昵称|网名)(?:叫|是)?“(?P<alias>[^“”，。！？]{2,6})”")
# A term, not speech: `被称为“……”`, `名为“……”`, `所谓“……”`; nor is what is written
# (`横幅上写着“……！”`, `标语“……”`).
_TERM_BEFORE_RE = re.compile(
    r"(?:称为|称作|誉为|叫作|叫做|名为|号称|俗称|所谓|简称|命名为|评为|写着|印着|刻着|写有|印有"
    r"|标语|横幅|口号|题为|主题为)\s*$")
# A colon and an opening mark: the attribution introduces the quote that follows.
# Words shown on a thing or named as a theme, not said (`横幅上写着：`, `屏幕上弹出一条提示：`,
# `主题为：`).
_INSCRIPTION_RE = re.compile(
    r"(?:上[^，。！？；“”]{0,6}?(?:写|印|刻|绣|标|显示|弹出)[着出了]?"
    r"(?:一[条行句段个][^，。！？；“”]{0,4})?|主题[为是])[：:]?$")
# A thought, not speech: `某某心想：“……？”`, `“……”他暗想。` (whoever thinks says nothing).
_THINKS = r"(?:心想|心里想|心中想|暗想|暗自想|暗暗想|心里嘀咕|心里琢磨|心里念叨|心说)道?"
_THOUGHT_BEFORE_RE = re.compile(rf"{_THINKS}[：:，,]?\s*$")
_THOUGHT_AFTER_RE = re.compile(rf"[^，。！？；：“”]{{0,12}}?{_THINKS}[。，]")
_SOUND_BITE_RE = re.compile(r"【(?:同期声?|现场同期|采访同期|同期采访)】\s*")
# `在某某看来，“……”`, `在某某眼中，`: the words of the one in whose view they are.
_IN_VIEW = r"在(?P<who>[^，。！？；：“”]{1,40}?)(?:看来|眼中|眼里|心中|心里)"
_IN_VIEW_RE = re.compile(rf"{_IN_VIEW}[，：]$")
_CITED_BEFORE_RE = re.compile(
    r"(?:用[^，。“”]{1,40}?的话(?:来)?说|(?:正如|正像|诚如|恰如)[^，。“”]{1,40}?所(?:说|言)"
    rf"|{_IN_VIEW})[，：]$")
# Whose the words are said to be, right after them: `说这话的，是……`, `说这番话的是……`; or
# the clause said while speaking, whose subject opens it: `说话间，`, `说着，`, `说罢，`
# (not `话音刚落，`: whoever opens the clause after it answers).
_SAID_BY_RE = re.compile(
    "说(?:这|这句|这些|这番)?话的(?:人)?[，,]?是(?P<who>[^，。！？；“”]{2,30}?)(?=[，。；])"
    "|(?:说话间|说着|说罢|说完|(?:说|讲|谈)到(?:这里|这儿|此处|动情处))[，,]")
# A crowd: people counted as many, or a person noun made plural, opening the clause after a
# shout, after where they are (`看台上，`, `人群里，`), then what they do (not whose it is: 的).
_CROWD_AFTER_RE = re.compile(
    rf"(?:[^，。！？；“”：]{{1,10}}[上里中前边旁外内下]，)?"
    rf"(?P<who>(?:[^，。！？；“”：的]{{1,8}}的)?"
    rf"(?:(?:\d+|[几数两三四五六七八九十百千]+)[多余]?[名位个]|不少|许多|一群|一些|众多)"
    rf"[^，。！？；“”：]{{0,6}}?(?:{ROLE_RE})(?!们)"
    rf"|[^，。！？；“”：的]{{0,8}}?(?:{ROLE_RE})们)(?=[^，。！？；“”：的们])")
_FACED_RE = re.compile("(?:面对|针对|对于|回应|关于|围绕|听到|听了|面临)$")
_SAYS_BEFORE_RE = re.compile(rf"(?:{_VERB})(?:说|道|称)?[，：,:]$")
_NEXT_COLON_RE = re.compile("[^，。！？；“”：]{1,30}：“")
_INTRODUCES_RE = re.compile(r"[：:]\s*“")
# Someone taking the turn after words, with words of their own after a colon.
_TURN_TAKEN_RE = re.compile(
    "[^，。！？；“”：]{1,24}?(?:接过?话(?:头|茬|题)?|插话|插嘴|回答|答道|回应|反问|笑答|答)[：:]“")
_ALL_QUOTED_RE = re.compile(r"“[^“”]+”[。！？]")
# (A point between digits is a decimal one, no sentence's end: `“领航4.0”`.)
_SPEECHLIKE_RE = re.compile(r"[，。！？；：…,!?]|(?<!\d)\.|\.(?!\d)")
_CJK_RE = re.compile(f"[{CJK_CHARS}]")
_SENTENCE_END_RE = re.compile(r"[。！？…!?][’”]*$")
_FULL_STOP_RE = re.compile("[。！？]")
# A paragraph of words running on ends a sentence, or a point of a list (`第一，……；`).
_POINT_END_RE = re.compile(r"[。！？…；][’”]*$")
_STARTS_RE = re.compile(r"[。！？；，]”?")
_LOOKBACK = 80
# An attribution right after the quote (`”某某说。`) whose speaker phrase we cannot read.
_AFTER_CLAUSE_RE = re.compile(rf"[^，。！？；：“”‘’\n]{{1,24}}?(?:{_VERB})(?:说|道|称)?[，。,：]")
_UNREAD = Speaker("", "", "", unnamed="")
_NICKNAME_BEFORE_RE = re.compile(r"“(?P<nickname>[^“”，。！？、：]{2,6})”$")
# A sentence of what the reporter saw or learnt (`记者在现场看到，`): no attribution.
_REPORTER_SAW_RE = re.compile(
    r"\s*(?:本报|本台)?记者[^，。！？；：“”]{0,16}?(?:看到|注意到|了解到|发现|获悉|见到|观察到)")
_MET_WHEN_RE = re.compile(
    r"\s*(?:本报|本台)?记者(?:[^，。！？；：“”]{0,16}?(?:见到|遇到|碰到|找到|看到)"
    r"(?P<who>[^，。！？；：“”]{2,40}?)时[，,]"
    r"|[^，。！？；：“”]{0,16}?[，,]说这[番句些]?话时[，,](?P<subject>[^，。！？；：“”]{2,30}))")
# `“……。”说这话时，她……`, `说完，他……`: whoever opens the clause after the time of saying
# the words said them.
_SAID_WHEN_RE = re.compile(
    r"\s*(?:说这[番句些]?话时|说完(?:这[番句些]?话)?|说罢)[，,](?P<subject>[^，。！？；：“”]{1,30})")
# `老人说完，又补了一句，“……”`: whoever finished the words before adds these.
_SAID_DONE_RE = re.compile(r"^(?P<who>[^，。！？；“”]{1,12}?)说完(?:这[番句些]?话)?$")
_CLAUSE_END_RE = re.compile(r"[。！？；…]")
_SENTENCE_MARK_RE = re.compile(r"[。！？][’”]?")
# An attribution that ends the sentence after a clause of setting: `……，某某说。`
# (or before the second part of the quote: `“……。”发布会上，某某说，“……。”`)
_TAIL_RE = re.compile(
    rf"[^。！？；“”\n]{{1,30}}?[，,](?P<phrase>{_PHRASE})(?P<verb>(?:{_VERB})(?:说|道|称)?)"
    # (`……，队员们不约而同地喊了出来。`: a complement of direction after the verb.)
    r"(?:了?(?:出来|起来))?(?:[。！？]|[，,：:](?=“)|(?P<reported>[，,]))")
# `“……。”某某的一番话`, `他的这席话`: whose words they were, as the sentence after them opens.
_WORDS_AFTER_RE = re.compile(
    r"(?P<who>[^，。！？；：“”的]{1,30}?)的(?:这|一)?(?:番话|席话|话|回答|发言)"
    r"(?=[引让道令使说赢把点戳博打感，。])")
# `“……！”随着指挥员一声令下，`: an order or a shout, and whose it was.
_ORDER_RE = re.compile(
    r"随着(?P<who>[^，。！？；：“”]{1,16}?)(?P<verb>一声(?:令下|口令|高喊|大喊|呼喊))")
# Nouns of speech: whose they are (`某某的回答很干脆：`) says who speaks.
# What denies the verb after it, which then says nothing (`不愿透露姓名的`).
_DENIED_RE = re.compile("(?:不愿|不便|不肯|不想|拒绝|未|没有|没)(?:直接|正面|马上|立刻|立即)?$")
_SPEECH_NOUN_RE = re.compile("的(?:回答|回应|答复|解释|说法|表态|话语|一句话|话)")
# (`输了棋的他一点也不沮丧：` — a pronoun a clause with 的 qualifies; `对未来他充满信心：`,
# `说起家乡她就停不下来：` — after what the words are about.)
# (Not a pronoun before 的 and a person noun: `他的妈妈在一旁笑：` is the mother.)
_NOT_THEIR_PERSON = rf"(?!的(?:{alternation(ROLES)}|{POST_RE}))"
_CLAUSE_PRONOUN_RE = re.compile(
    rf"(?:^|，)(?:{DESCRIBED_PRONOUN_RE.pattern}|(?:对|对于|面对|谈起|谈及|说起|提起)[^，他她]{{1,8}}?)?"
    rf"(他|她){_NOT_THEIR_PERSON}")
# (Someone's kin or other person noun after 的 is who opens it: `患者的女儿接过话：`.)
_UNNAMED_OPENING_RE = re.compile(
    rf"(?P<who>[^，。！？；“”]{{0,8}}?(?:{ROLE_RE})(?:的(?:{ROLE_RE}))?)(?=[^，。！？；“”]{{1,8}}$)")
# `这位……创业者`, `这名志愿者`: a description that points back to someone named before.
_POINTING_BACK_RE = re.compile(f"{POINTERS}|这个")
# What a short sentence of someone's own runs on to, after its subject.
_SHORT_SENTENCE = r"[^，。！？；“”]{1,16}[。！？]"
_BACK_SENTENCE_RE = re.compile(
    rf"(?:{POINTERS}|这个)(?P<noun>[^，。！？；“”的]{{0,12}}?(?:{ROLE_RE}))(?![们的]){_SHORT_SENTENCE}")
_PRONOUN_SENTENCE_RE = re.compile(
    rf"(?:{DESCRIBED_PRONOUN_RE.pattern})?(他|她)(?![们]){_NOT_THEIR_PERSON}{_SHORT_SENTENCE}")
# Kin of someone (`陪着孩子的妈妈`) opening a short sentence of their own.
_KIN_WORDS = ("父亲", "爸爸", "母亲", "妈妈", "儿子", "女儿", "妻子", "丈夫", "爷爷", "奶奶",
              "外公", "外婆", "姥姥", "姥爷", "老伴", "孙子", "孙女", "外孙", "外孙女")
# (`“……。”她的儿子叫某某。` says who the kin is: no one's response to the words.)
_KIN_SENTENCE_RE = re.compile(
    rf"(?P<who>[^，。！？；“”的]{{1,12}}的(?:{'|'.join(_KIN_WORDS)}))(?![们的]|名?叫)"
    rf"{_SHORT_SENTENCE}")
# Someone described, not named, who opens a sentence (`一名志愿者正在……`): 他/她 after.
# (Up to sixteen characters between the count and the noun: `一位来自德国马普研究所的物理学家`.)
_DESCRIBED_SPAN = 16
# (Where they come from, or where they stand, may come first: `来自山东荣成的一位海洋牧场负责人`,
# `江苏南京的一位采购商`, `展台前的一名农民`. A body counted
# may be described by whose post follows: `一家来自山东的食品企业负责人`.)
# (Or brought in by what they do: `操控屏幕的是一名大学生志愿者。`)
_DESCRIBED_RE = re.compile(
    rf"(?:^|(?<=[。！？；，])|(?<=的是))"
    # (... after where they are: `台下一位……`.)
    rf"(?:[^，。！？；“”的]{{1,4}}?[上下里边旁前中外](?=[一两三几][位名个]))?"
    rf"(?P<who>(?:来自[^，。！？；“”的]{{1,10}}的|[^，。！？；“”的]{{2,8}}的|另|还有|也有)?"
    rf"(?:[一两三几][位名个][^，。！？；“”]{{0,{_DESCRIBED_SPAN}}}?(?:{POST_RE}|{ROLE_RE})"
    rf"|一家[^，。！？；“”]{{0,{_DESCRIBED_SPAN}}}?(?:{POST_RE})))")
# ... or, opening a clause that does something before the one that speaks, where they are
# or what they are with no count (`看台上的村民敲起了铜锣，齐声高喊：`).
_PLACED_RE = re.compile(
    rf"(?P<who>[^，。！？；“”的]{{2,8}}的[^，。！？；“”的]{{0,6}}?(?:{ROLE_RE})们?)"
    rf"(?=[^，。！？；“”的]{{2,}}$)")
# ... or whom the reporter met (`记者在后台遇到了……的一位博士生`).
_MET_DESCRIBED_RE = re.compile(
    rf"(?:本报|本台)?记者[^，。！？；“”]{{0,16}}?(?:遇到|见到|碰到|找到|结识|采访)了?"
    rf"[^，。！？；“”]{{0,16}}?(?P<who>[一两三几][位名个][^，。！？；“”]{{0,{_DESCRIBED_SPAN}}}?"
    rf"(?:{POST_RE}|{ROLE_RE}))")
_PERSON_NOUN_END_RE = re.compile(rf"(?:{POST_RE}|{ROLE_RE})$")
_PERSON_NOUN_RE = re.compile(rf"(?:{POST_RE}|{ROLE_RE})")
_DESCRIPTION_MARK_RE = re.compile("[，。！？；“”]")
# Short quoted terms are masked with private-use characters while speakers are read.
_TERM_OPEN, _TERM_CLOSE, _WHILE_COMMA = "\ue000", "\ue001", "\ue002"
_UNMASK = str.maketrans({_TERM_OPEN: "“", _TERM_CLOSE: "”", _WHILE_COMMA: "，"})
# (Only the comma between the two parts: `某某对着镜头，一边……一边介绍` holds one before
# the first 边, which ends a clause of its own.)
_WHILE_COMMA_RE = re.compile(r"(?<=边)([^，。！？；：“”]{0,16})，(?=一?边)")
_UNMASK_COMMA = str.maketrans({_WHILE_COMMA: "，"})
_MAX_TERM = 12
# Marks of other conventions, read as the ones the rules are written for, one character for
# one so offsets hold: corner brackets (`「……」`, with `『……』` inside), and the straight marks
# and half-width stops of text typed on a Latin keyboard (`"……!"他说:`), which web pages
# carry; not a comma between digits or letters (`1,200`, `Hello, world`).
_OTHER_MARKS = str.maketrans("「」『』", "“”‘’")
_HALF_WIDTH_RE = re.compile(rf"(?<=[{CJK_CHARS}”’])[,:;!?]|[,:;!?](?=[“‘])")
_FULL_WIDTH = str.maketrans(",:;!?", "，：；！？")
# Someone described through a person named before (`某某的父亲`), in the place of a name.
_DESCRIBED = "\ue003"
# The speaker of words that call the one described after them: whom the narrative before
# them named last in the paragraph.
_ASKER = "\ue004"
_KIN_AFTER_RE = re.compile(rf"的(?:{ROLE_RE})")
_KIN_TITLE_MAX = 16
_SURNAME_POST_MAX = 8
_CLAUSE_MARK_RE = re.compile("[，。！？；：“”]")
# An interview laid out as questions and answers: a turn opens a paragraph (or follows a
# sentence mark, when a narrow column joined two turns) with who speaks and a colon:
# `记者：`/`问：` ask, `答：` or the person interviewed answer.
# (A name in Latin letters may hold spaces: `Vincent Li：`; a post in brackets may follow a
# name, `某某（某市副市长）：`, and a medium precede 记者, `中央广播电视总台记者：`.)
_TURN_RE = re.compile(r"(?:^|(?<=[。！？?]))\s*(?P<who>[^，。！？?；：:“”、\s]{1,8}?"
                      r"|[^，。！？?；：:“”、\s（(]{2,4}[（(][^（）()，。：:]{2,24}[）)]"
                      r"|[^，。！？?；：:“”、\s]{3,12}记者"
                      rf"|{LATIN_NAME})[：:]")
# (... and the host of a press conference, who gives the floor: `主持人：`.)
_QUESTIONERS = ("记者", "问", "主持人")
_ANSWER = "答"


_ROLES_RE = alternation(ROLES)
# A title given after the name, as what the person is (`某某是某公司总工程师，……`; a role
# too: `某某是镇上有名的带货主播`) or in apposition opening the sentence (`某某，某公司总经理，……`);
# the name may be transcribed with · and followed by its original in brackets
# (`某·某（A B），某研究所所长，……`).
_TRANSCRIBED = rf"[{CJK_CHARS}]{{1,8}}(?:[·•][{CJK_CHARS}]{{1,8}})+"
_ORIGINAL = r"(?:[（(][A-Za-z][^（）()，。]{0,40}[）)])?"
# A name in Latin letters rendered in Chinese after it: `Marco Ruggeri（马可·鲁杰里）`.
_RENDERED_RE = re.compile(rf"[（(](?P<full>{_TRANSCRIBED})[）)]")
# `她叫某某，今年20岁，是……`: an age between the name and what they are.
_AGED_CLAUSE = r"(?:今年\d{1,3}岁，)?"
_IS_TITLE_RE = re.compile(
    rf"(?:(?:^|(?<=[。！？；，的]))(?P<name>{_TRANSCRIBED}|[{CJK_CHARS}]{{2,4}}?){_ORIGINAL}是"
    rf"|(?:^|(?<=[。！？的]))(?![他她]名?叫)(?P<apposed>{_TRANSCRIBED}|[{CJK_CHARS}]{{2,4}}){_ORIGINAL}，"
    # (`一位女士……。她叫某某，是某企业的技术总监。`: the name given after a description.)
    rf"|(?:^|(?<=[。！？；，])|(?<=[。！？]”))[他她]名?叫(?P<called>{_TRANSCRIBED}|[{CJK_CHARS}]{{2,4}}?){_ORIGINAL}，"
    rf"{_AGED_CLAUSE}是)"
    rf"(?P<title>[^，。！？；“”]{{1,30}}?(?:{POST_RE}|{_ROLES_RE}))(?=[，。；])")
# `……解释。他叫某某，是……`: the name of whom the sentence before described.
# (The rest of the sentence may come first, and the name be the real one of someone called by
# a nickname: `主播“某某”举着……，……。她本名某某，是……`.)
# (Or right after the words, which a colon introduced: `他一拍大腿：“……！”他叫某某，是……`.)
_CALLED_AFTER_RE = re.compile(
    rf"(?:(?:[^。！？“”]|“[^“”。！？]{{1,8}}”){{0,40}}?[。！？]|(?<=[。！？]”))\s*"
    rf"[他她](?:名?叫|(?:本名|真名|原名)叫?)"
    rf"(?P<name>{_TRANSCRIBED}|[{CJK_CHARS}]{{2,4}}?){_ORIGINAL}(?:，{_AGED_CLAUSE}是|(?P<bare>[，。]))")
# (... or opening the paragraph after words that ended the one before: a column may break
# there, `……：“……。”` | `她叫某某，是……`.)
_CALLED_NEXT_RE = re.compile(
    rf"\s*[他她](?:名?叫|(?:本名|真名|原名)叫?)"
    rf"(?P<name>{_TRANSCRIBED}|[{CJK_CHARS}]{{2,4}}?){_ORIGINAL}，{_AGED_CLAUSE}是")
_TITLE_AFTER_RE = re.compile(
    rf"[。！？]\s*[他她]是(?P<title>[^，。！？；“”]{{2,40}}?(?:{POST_RE}|{_ROLES_RE}))(?=[，。；])")
_IS_AFTER_RE = re.compile(
    rf"[。！？，]\s*(?:[他她]|(?:{POINTERS})[^，。！？；“”]{{1,6}}?)就?是"
    rf"(?P<who>[^，。！？；“”]{{2,40}}?(?:{POST_RE}|{_ROLES_RE})[{CJK_CHARS}]{{2,4}})[。；，]")
_COUNTED_TITLE_RE = re.compile(r"^[一两几这那该]?[位名个]")
# `……研究院的某某教授正在讲解`: a post right after a name (after 的 or opening a clause).
# (Not a post before a name in Latin letters, whose it is: `芯擎CTO Kevin Zhou`.)
_NAME_THEN_POST_RE = re.compile(
    rf"(?:^|(?<=[。！？；，的]))(?P<name>{_TRANSCRIBED}|{LATIN_NAME}|[{CJK_CHARS}]{{2,3}}"
    rf"|[{CJK_CHARS}]{{4}}){_ORIGINAL}(?P<title>{POST_RE})(?! ?[A-Z][a-z])")
# Where those two may start (their lookbehinds), tried there alone: a scan of every offset
# cost more.
_IS_TITLE_AFTER_RE = re.compile("[。！？；，的]|(?<=[。！？])”")
_NAME_THEN_POST_AFTER_RE = re.compile("[。！？；，的]")


@dataclass
class _Found:
    start: int
    end: int  # where the quote and its attribution end
    text: str
    speaker: Speaker | None
    verb: str
    kind: str
    anchor: int  # where the speaker phrase starts, for resolving pronouns


@dataclass
class _Said:
    """Who spoke last and where their words ended, for quotes that continue them."""

    name: str
    title: str
    unnamed: str
    end: int


def extract_quotes(paragraphs: Iterable[Paragraph],
                   words: Mapping[int, Sequence[str]] | None = None,
                   pictured: Mapping[str, str] | None = None) -> list[Quote]:
    """Finds every quotation in reading order.

    Args:
        paragraphs: paragraphs in reading order.
        words: each paragraph's jieba words by index (for names in passing); segmented
            here when not given.
        pictured: the titles the captions give the people they name, for those the body
            names without one.

    Returns:
        Direct quotes (text without the quotation marks) and reported speech, each with a
        named speaker and title (carried over from the first titled mention), an unnamed
        speaker as described, or neither when the text gives nobody.
    """
    known: dict[str, str] = {}
    quotes: list[Quote] = []
    recent = ""  # the person last named or quoted, for 他/她
    carried: _Said | None = None  # speech that ran to the end of the previous paragraph
    asked = False  # the paragraph before ended in an interviewer's question
    interviewee = ""  # whom `答：` answers for: the one named before the block's first question
    in_turns = False  # whether the paragraph before was a question or an answer
    seen: list[str] = []  # the paragraphs so far, for where a speaker was first named
    texts: dict[int, str] = {}  # the same by paragraph index
    history: list[str] = []  # the people named or quoted so far, in order, for 他/她
    sexes: dict[str, str] = {}  # whom the text has called 他 or 她
    aliases: dict[str, str] = {}  # what the text says people are called (`叫他“仝老师”`)
    earlier: list[tuple[str, Sequence[str]]] = []  # the paragraphs just before, with words
    named_at_end = False  # whether the paragraph before named someone after its last quote
    # A dialogue told in paragraphs of bare words: who spoke last and the other one, and
    # the words that ended the paragraph before (who, to whom, whether a question).
    exchange: tuple[_Said, _Said] | None = None
    turn: tuple[_Said, str, bool] | None = None
    reaction = False  # the paragraph before was a short one with no words in an exchange
    everyone: list[tuple[int, str, str]] = []  # the people a paragraph names, subject or not
    parents: dict[str, str] = {}  # a child known by a kin title, and the parent named with it
    for para in paragraphs:
        text = _as_read(para.text)
        seen.append(text)
        texts[para.index] = text
        masked = _mask_terms(text)
        if carried is not None and carried.unnamed and quotes \
                and quotes[-1].unnamed_speaker == carried.unnamed \
                and (called := _CALLED_NEXT_RE.match(text)):
            # `……：“……。”` | `她叫某某，是……`: the one described who spoke at the end of the
            # paragraph before (a column may break it there) is named as this one opens.
            title = _post_after_is(text, called.end()) or clean_title(carried.unnamed)
            quotes[-1] = replace(quotes[-1], speaker=called["name"], speaker_title=title,
                                 unnamed_speaker="")
            carried = replace(carried, name=called["name"], title=title, unnamed="")
            known[called["name"]], recent = title, called["name"]
        para_words = words[para.index] if words is not None else segment.words(text)
        mentions = person_mentions(text, para_words)
        if "、" in text and mentions:
            mentions = _not_listed_actions(text, mentions)
        if any(THIS_BODY_RE.match(title) for _, _, title in mentions):
            # `该公司副总裁某某` with no company named here: the one the paragraphs just
            # before name last.
            mentions = [(at, name, body_from_before(title, text[:max(0, at - len(title))],
                                                    earlier))
                        for at, name, title in mentions]
        earlier = [*earlier[1 - _BODY_LOOKBACK:], (text, para_words)]
        if any(joined in title for _, _, title in mentions for joined in "和与及跟"):
            # (... or named just before in this paragraph: `11岁的某某和爸爸某某`.)
            mentions = [(at, name, _after_companion(title, known, [
                other for before, other, _ in mentions if before < at]))
                for at, name, title in mentions]
        named_in_last = [name for _, name, _ in everyone]  # (the paragraph before's)
        everyone = mentions  # (not only the subjects: `某某和妻子某某`)
        # (Who is first named here, for turns: `柏副市长：` names no one known before.)
        named_before = set(known)
        for _, name, title in mentions:
            if title and not known.get(name):
                known[name] = title
            elif re.fullmatch(LATIN_NAME, name) and not any(name in other for other in known):
                known[name] = ""  # `今年58岁的Somchai`: known by the name alone after
            elif len(name) == 3 and name not in known and not is_person_name(name) \
                    and not FAMILIAR_RE.fullmatch(name) and not _ROLE_OR_POST_END_RE.search(name):
                # `9岁的幸子谦` (a surname outside the list): named once, known by name after.
                known[name] = ""
            elif len(name) == 2 and (name[0] == name[1] or name[0] == "阿") and name not in known:
                known[name] = ""  # `6岁的朵朵`, `……的阿杰`: no surname, known by the name after
            elif FAMILIAR_RE.fullmatch(name) and name.endswith(ELDER_ADDRESS) \
                    and name not in known and not any(n.startswith(name[0]) for n in known):
                # `带着孙子来看比赛的龚大爷`: known by that form, and so by `老龚` after.
                known[name] = ""
        _titles_after_names(text, known, para_words, mentions)
        for _, name, title in everyone if any(kin in text for kin in _CHILDREN) else ():
            # `护士某某一手牵着8岁的女儿……。女儿小名叫朵朵`: the child's parent is the one
            # the paragraph named first, with no kin title of their own.
            if title.endswith(_CHILDREN) and everyone[0][1] != name \
                    and not everyone[0][2].endswith(_KIN_WORDS):
                parents.setdefault(name, everyone[0][1])
        if "这位" in text or "这名" in text:
            quotes = _described_named(quotes, text, para.index, known)
        fresh = set(known) - named_before
        # Whom 他/她 mean is someone the narrative names, not someone named in the words
        # quoted (`“……哪家老人该复查了……”他说。`).
        # (Everyone it names outside the words, for whom 他/她 may mean when the subject
        # is of the other sex: `甲……，乙陪着她看了一圈。她……问：“……？”他……答道：`.)
        anyone = _outside_quotes(_with_known(mentions, text, known), text)
        mentions = _subjects(anyone, text)
        for alias in _ALIAS_RE.finditer(text) if "“" in text else ():
            # `某某……，果农都叫他“仝老师”`: whom 他 means then goes by that name.
            # (... or the name, with no post, that opens its sentence: `某某在……经营着一家民宿，
            # 熟客都叫她“桂姐”`.)
            sentence = _sentence_start(text, alias.start())
            in_sentence = [n for at, n, _ in mentions if sentence <= at < alias.start()]
            opening = _name_opening(text[sentence:alias.start()])
            who = in_sentence[-1] if in_sentence else opening.name if opening else (
                [n for at, n, _ in mentions if at < alias.start()] or [recent])[-1]
            if who and not who.startswith(_DESCRIBED):
                aliases[alias["alias"]] = who
        for at, name, _ in everyone if "”" in text else ():
            # `果农主播“苹果妹”某某`: the nickname between post and name is that person when
            # written alone later (`“……”苹果妹笑着说。`).
            if text.startswith("”", at - 1) \
                    and (nickname := _NICKNAME_BEFORE_RE.search(text, max(0, at - 8), at)):
                aliases[nickname["nickname"]] = name
        for at, name, _ in everyone if "（" in text or "(" in text else ():
            # `某某（Leo Liang）`: the original of a name is that person when written alone
            # later (`“……”Leo Liang说。`).
            if original := _LATIN_ORIGINAL_RE.match(text, at + len(name)):
                aliases[original["latin"]] = name
            elif (rendered := _RENDERED_RE.match(text, at + len(name))) \
                    and re.fullmatch(LATIN_NAME, name):
                # `Marco Ruggeri（马可·鲁杰里）`: the name rendered in Chinese, or its last
                # part, is that person when written alone later (`“……”鲁杰里说。`).
                aliases[rendered["full"]] = name
                if len(last := re.split("[·•]", rendered["full"])[-1]) >= 2:
                    aliases[last] = name
        if "一" in text and (described := _described_people(text, para_words)):
            mentions = sorted(mentions + described)
        found = _direct(text, masked, known) + _open_quote(text, masked, known) \
            + _indirect(text, masked, known)
        found += _introduction(masked, known)
        if text.startswith("【") and (bite := _sound_bite(text, known)):
            found = [f for f in found if not bite.start <= f.start < bite.end] + [bite]
        if (turns := _turns(text, known, fresh)) and (asked or _asks(turns[0][0])):
            # A block of questions after narrative answers for whom the narrative named
            # last (`某公司新闻发言人某某回答了记者提问。问：……答：……`), not for whom an
            # earlier block interviewed.
            if (not interviewee or not in_turns) and recent \
                    and not recent.startswith(_DESCRIBED):
                interviewee = recent
            answers, asked = _answers(text, turns, asked, interviewee, known, fresh)
            found = [f for f in found if not any(a.start <= f.start < a.end for a in answers)]
            found += answers
            in_turns = True
        else:
            asked = in_turns = False
        found.sort(key=lambda f: f.start)
        previous, first, cursor = carried, True, -1
        # (A paragraph of bare words alone, with no one named around them.)
        lone = len(found) == 1 and found[0].speaker is None and found[0].kind == "direct" \
            and text.strip() == f"“{found[0].text}”"
        if not lone and found:
            exchange = None
        # Whether someone was named before the quote: in this paragraph, or at the end of
        # the one before, after its last quote, with their age, which a noun of age then
        # means (`……9岁的某某骑在……。` | `“……！”小家伙……喊。`).
        named_here = named_at_end
        last_item: _Found | None = None
        for item in found:
            if passed := [n for at, n, _ in mentions if cursor < at <= item.anchor]:
                recent = passed[-1]
                history += passed
                named_here = True
            cursor = max(cursor, item.anchor)
            before, last_item = last_item, item
            if first and carried is not None and item.start == 0 and item.speaker is not None \
                    and item.kind == "direct" and _INTRODUCES_RE.match(text, item.end) \
                    and seen[-2].count("“") > seen[-2].count("”"):
                # `她告诉记者：“……。` | `“……。”同组的某某在一旁补充：“……”`: words that go on
                # from a quote left open at the end of the paragraph before are still its
                # speaker's; the clause after them introduces the next words.
                item = replace(item, speaker=None, verb="")
            pronoun = item.speaker.name if item.speaker and item.speaker.name in PRONOUNS else ""
            if pronoun and (answerer := _asked_before(text, item.anchor, history, known)):
                # `甲……问师傅能不能歇一会儿。他看了看表：“……”`: the one asked answers.
                recent = answerer
            elif pronoun:
                recent = _agreeing(pronoun, recent, history, sexes, known,
                                   sorted({(at, n) for at, n, _ in everyone + anyone
                                           if at <= item.anchor}),
                                   text, named_in_last)
                if sexed := _described_of_sex(pronoun, recent, text, item.start,
                                              everyone + anyone, sexes, known):
                    # `工程师某某正在给一位女观众讲解。“……？”她问。`: 她 is the one described
                    # as a woman since, not the one named, whose sex the text has not shown.
                    recent = _DESCRIBED + sexed
                if answerer := _asked_one(item, before, quotes, para.index, mentions):
                    # `某某被几位同行围住问个不停。“……？”一位做五金的老板问。他笑着摆摆手：
                    # “……”`: 他 answering is the one named before the question, not who put it.
                    recent = answerer if sexes.get(answerer, pronoun) == pronoun else recent
            elif item.speaker and item.speaker.name == BACK_REFERENCE \
                    and _kin_of_no_one(item.speaker.title, [recent, *history], known):
                # `孩子的父亲……。“……？”这位从东莞赶来的爸爸问。`: a parent, child or spouse
                # whom no one named is: someone described, not the one named last.
                item = replace(item, speaker=Speaker(
                    "", "", item.speaker.context, unnamed=BACK_REFERENCE + item.speaker.title))
            elif item.speaker and item.speaker.name == BACK_REFERENCE \
                    and THIS_BODY_RE.match(body := "该" + item.speaker.title) \
                    and not _pointed_back(item.speaker.title, recent, history, known, True):
                # `合肥一家医疗器械企业……。该企业研发负责人告诉记者，`: 该 points back to the
                # body; a post of it that no one just named holds is someone described.
                item = replace(item, speaker=Speaker(
                    "", "", item.speaker.context, unnamed=body))
            elif item.speaker and item.speaker.name == BACK_REFERENCE \
                    and item.speaker.title in ROLES \
                    and not _pointed_back(item.speaker.title, recent, history, known, True) \
                    and re.search(f"一[位名个][^，。！？；“”]{{0,10}}?{item.speaker.title}",
                                  text[:item.anchor]):
                # `产品经理某某……对着一位法国来宾……。“……！”这位来宾忍不住赞叹。`: a role no
                # one just named holds, counted and described before in the paragraph, is
                # that one, unnamed.
                item = replace(item, speaker=Speaker(
                    "", "", item.speaker.context, unnamed=BACK_REFERENCE + item.speaker.title))
            elif item.speaker and item.speaker.name == BACK_REFERENCE:
                # `这位返乡青年`, `该负责人`: the one just named whom the noun fits.
                recent = _pointed_back(item.speaker.title, recent, history, known)
                item = replace(item, speaker=Speaker(BACK_REFERENCE, "", item.speaker.context))
            elif item.speaker and item.speaker.name == _ASKER:
                # `某某盯着……直发愁。“教练，……？”一位……教练蹲下身……：“……”`: not the one
                # called, who answers, but the one the paragraph named last before the words.
                asker = next((n for at, n, _ in reversed(mentions) if at < item.start), "")
                item = replace(item, speaker=Speaker(asker, "", "") if asker
                               and not asker.startswith(_DESCRIBED) else _UNREAD)
                recent = asker or recent
            elif item.speaker and item.speaker.name == ELDER_REFERENCE:
                # `这位老人`: the elder among those just named.
                recent = _elder(recent, history, known)
                item = replace(item, speaker=Speaker(BACK_REFERENCE, "", item.speaker.context))
            elif item.speaker and item.speaker.unnamed in _MASTERS \
                    and (master := _master_of(history, known)):
                # `徒弟某某……。“……”师傅白了他一眼。`: the apprentice's master, named before.
                recent = master
                item = replace(item, speaker=Speaker(master, "", item.speaker.context))
            elif item.speaker and item.speaker.unnamed in _GRANDPARENTS \
                    and (elder := _grandparent_for(item.speaker.unnamed, known)):
                # `……70岁的婆婆某某……。“……”奶奶在一旁笑着接话：`: the child's 奶奶 is the
                # one known as a grandparent of that side, or as a parent's 婆婆.
                recent = elder
                item = replace(item, speaker=Speaker(elder, "", item.speaker.context))
            elif item.speaker and item.speaker.unnamed \
                    and (elder := _venerable_for(item.speaker.unnamed, known)):
                # `中国科学院院士某某……。“……”老院士哈哈一笑。`: the one known who holds
                # the post.
                recent = elder
                item = replace(item, speaker=Speaker(elder, "", item.speaker.context))
            elif item.speaker and item.speaker.unnamed in FAMILIAR_FORMS \
                    and (addressed := _called_so(item.speaker.unnamed, seen, known)):
                # `茶农某某，村里人都喊她雷阿婆。` … `“……”阿婆凑到手机跟前，……`: the one the
                # text called by a surname and this form of address.
                recent = addressed
                item = replace(item, speaker=Speaker(addressed, "", item.speaker.context))
            elif named_here and item.speaker and item.speaker.unnamed \
                    and _bare_noun_for(item.speaker.unnamed, recent, sexes, known):
                # `躺在病床上的某某……。“……。”老人笑着说。`: a bare noun is definite.
                item = replace(item, speaker=Speaker(recent, "", item.speaker.context))
            elif item.speaker and item.speaker.unnamed in _SPOUSE_OF \
                    and (spouse := _spouse_for(item.speaker.unnamed, text, [
                        (at, n, t) for at, n, t in everyone if at <= item.anchor])):
                # `游客甲和妻子乙……。“……”乙说。丈夫在一旁补充：` — the husband is 甲.
                item = replace(item, speaker=Speaker(spouse, "", item.speaker.context))
            elif item.speaker and item.speaker.unnamed and "的" in item.speaker.unnamed \
                    and (definite := _definite_for(item.speaker.unnamed, [
                        n for at, n, _ in everyone if at <= item.anchor], known)):
                # `某某和妻子某某……。“……”一旁的妻子接过话：` — the wife the paragraph named.
                item = replace(item, speaker=Speaker(definite, "", item.speaker.context))
            if item.speaker is None and item.kind == "direct" and item.text.endswith("？") \
                    and (asker := _asker_before(
                        text[:item.start] if item.start else seen[-2] if len(seen) > 1 else "")):
                # `一群来自某地的大学生把讲解员围了起来，问题一个接一个。` | `“……？”`
                item = replace(item, speaker=Speaker("", "", "", unnamed=asker))
            if item.speaker and item.speaker.unnamed and aliases \
                    and _HELD_OPENING_RE.match(item.speaker.unnamed) \
                    and (called := _ALIAS_OPENING_RE.search(
                        text, _sentence_start(text, item.start), item.start)) \
                    and called["alias"] in aliases:
                # `“大刘”已经蹲在地上，指着……说：`: what one holds or points at is no one; the
                # clause before opens with the name in marks the person goes by.
                item = replace(item, speaker=Speaker(aliases[called["alias"]], "",
                                                     item.speaker.unnamed))
            if item.speaker is None and aliases and item.kind == "direct" \
                    and (split := _alias_between(text, item.end, aliases, known)):
                # `……团里上下都叫她“芳姐”。` | `“……”一段练完，芳姐接过毛巾……，“……”`: the one
                # the name she goes by means, alone between two parts of a quote, speaks both.
                item = replace(item, speaker=Speaker(split[0], "", ""), end=split[1])
            if aliases and item.kind == "direct" \
                    and (item.speaker is None or item.anchor >= item.end) \
                    and (goes_by := _alias_after(text, item.end, aliases)):
                # `……大家都叫他“老焦”。` | `“……。”“老焦”头也不抬。`: the name someone goes by,
                # in marks or not, opening the sentence after the words, is theirs who speaks.
                item = replace(item, speaker=Speaker(aliases[goes_by], "", ""))
            if item.speaker and (named := aliases.get(item.speaker.unnamed or item.speaker.name)):
                item.speaker = Speaker(named, "", item.speaker.context)
            elif item.speaker is _UNREAD and aliases and (named := next(
                    (who for alias, who in aliases.items()
                     if text.startswith(alias, item.anchor)), "")):
                # (`“……”苹果妹笑着说。`: a phrase that reads as no one opens with a name
                # the person goes by.)
                item.speaker = Speaker(named, "", "")
            if lone and (answer := _turn_taker(item, turn, exchange, reaction, known)):
                exchange = (answer, turn[0] if turn else exchange[1] if exchange else answer)
                item = replace(item, speaker=_speaker_of(answer))
            elif lone and item.text.startswith(_PARENT_CALLS) \
                    and (child := _child_of(history, known, parents)):
                # `“妈妈快看，……！”` alone after a paragraph about a child known as 女儿 or
                # 儿子: the child calls their parent.
                item = replace(item, speaker=Speaker(child, "", ""))
            said = _resolve(item, text, previous, first, recent, known, seen)
            if said is None:
                continue
            # (Or someone whom a phrase after the words that does not read calls by age:
            # `“……。”年轻人边走边对记者说。他叫某某，是……`.)
            if (said.unnamed or (item.speaker is _UNREAD and item.anchor > item.start
                                 and not text.startswith("记者", item.anchor))) \
                    and (called := _CALLED_AFTER_RE.match(text, item.end)) \
                    and (called["name"] in known or is_person_name(called["name"])
                         or (not set(called["name"]) & FUNCTION_CHARS
                             and ("·" in called["name"] or not called["bare"]))):
                # `“……。”……的一名年轻工程师边擦汗边解释。他叫某某，是……`: the one described
                # is named in the sentence after; the description's role is the title when
                # the sentence gives none (`主播“某某”……。她本名某某，是某村人`).
                # (The name may be a rare one no list holds: `他叫逯航，是总装车间质检员`, the
                # post after 是 the title.)
                title = known.get(called["name"]) or _post_after_is(text, called.end()) \
                    or clean_title(said.unnamed)
                said = replace(said, name=called["name"], title=title, unnamed="")
                known[called["name"]] = title
            elif said.unnamed and (called := _IS_AFTER_RE.match(text, item.end)) \
                    and (name := next((n for n in known if called["who"].endswith(n)), "")):
                # (... or said to be a titled person: `他是某公司销售总监某某。`)
                said = replace(said, name=name, title=known[name], unnamed="")
            if said.name and not said.title and not known.get(said.name) \
                    and (given := _TITLE_AFTER_RE.match(text, item.end)):
                # `“……。”某某说。她是某学院大三学生，也是……`: the title the sentence after
                # gives the one named without one.
                said = replace(said, title=clean_title(given["title"]))
                known[said.name] = said.title
            if said.name and not said.title and pictured and said.name in pictured:
                # `研究员某某（左）……` under a photo, `“……”某某说。` in the body.
                said = replace(said, title=pictured[said.name])
                known[said.name] = said.title
            if said.name:
                named_here = True
                recent = said.name
                if pronoun:
                    sexes.setdefault(said.name, pronoun)
            elif said.unnamed:
                # `某企业负责人表示，……。该负责人说，` — 该负责人, 他, 她 are the one described.
                recent = _DESCRIBED + said.unnamed
            history.append(recent)
            if item.kind == "intro":
                previous, first = said, False
                continue
            quote = Quote(
                id=quote_id(spoken := _as_written(item, text, para.text)), text=spoken,
                speaker=said.name,
                speaker_title=said.title,
                context=(item.speaker.context if item.speaker else "") + item.verb,
                kind="direct" if item.kind == "direct" else "indirect",
                paragraph=para.index, provenance=Provenance("article", para.index),
                unnamed_speaker=said.unnamed)
            if not first and previous is not None and item.kind == "direct" and quotes \
                    and quotes[-1].kind == "direct" and text[previous.end:item.start] == "，":
                # `“……，”某某说，“……。”`: one remark split by its attribution.
                remark = quotes[-1].remark or quotes[-1].id
                quotes[-1] = replace(quotes[-1], remark=remark)
                quote = replace(quote, remark=remark)
            quotes.append(quote)
            previous, first = said, False
        # Someone named after the last quote of the paragraph (or in a paragraph without
        # one) is whom 他/她 opening the next paragraph means.
        if passed := [n for at, n, _ in mentions if at > cursor]:
            recent = passed[-1]
            history += passed
        last_end = max((f.end for f in found), default=-1)
        named_at_end = any(at > last_end and _AGED_BEFORE_RE.search(text, 0, at)
                           for at, _, _ in mentions)
        carried = previous if not first and previous is not None \
            and previous.end >= len(text.rstrip()) - 1 else None
        # (A short paragraph with no words between turns is a turn of its own, done: `某某凑近
        # 闻了闻，摇摇头。`)
        reaction = not found and len(text.strip()) <= _REACTION_MAX and exchange is not None
        if not reaction and not found:
            exchange = None
        turn = (carried, addressee := _addressee(quotes[-1].text, carried, text, mentions,
                                                 history, known, parents, named_in_last),
                quotes[-1].text.endswith("？") or (
                    bool(addressee) and quotes[-1].text.startswith(_PARENT_CALLS))) \
            if carried is not None and quotes \
            and quotes[-1].paragraph == para.index and quotes[-1].kind == "direct" else None
    return _dedupe(_named_later(_longer_names(_run_on_back(quotes, texts), texts,
                                              {*history, *known}), seen))


# What tells that the one who asked goes on asking or speaking, or speaks to the reporter.
_ASKER_GOES_ON_RE = re.compile("接着|又|还|继续|再|问|告诉|记者")


def _asked_one(item: _Found, before: _Found | None, quotes: Sequence[Quote], index: int,
               mentions: Sequence[tuple[int, str, str]]) -> str:
    """Whom 他/她 opening words after a question means, when someone described put the
    question right before in the paragraph: the person the paragraph named before it, who
    answers (`“……？”一名中学生问。她指了指……：“……”`); "" otherwise."""
    if before is None or item.kind != "direct" or item.speaker is None or not quotes \
            or quotes[-1].paragraph != index or not quotes[-1].text.endswith("？") \
            or quotes[-1].speaker or not quotes[-1].unnamed_speaker \
            or _ASKER_GOES_ON_RE.search(item.speaker.context + item.verb):
        return ""
    return next((name for at, name, _ in reversed(mentions)
                 if at < before.start and not name.startswith(_DESCRIBED)), "")


def _longer_names(quotes: list[Quote], texts: Mapping[int, str],
                  names: set[str]) -> list[Quote]:
    """A speaker whose name is someone else's read in another paragraph less its last
    character, where their own paragraph only ever writes it with that character after it, is
    that person (`科考队员杜海明天一早……` read as 杜海, jieba: 杜海|明天; `队长杜海明……` later)."""
    longer: dict[str, str] = {}
    for quote in quotes:
        name, text = quote.speaker, texts.get(quote.paragraph, "")
        if len(name) not in (2, 3) or "·" in name or name in longer or not text:
            continue
        # (... read in another paragraph too: a misreading repeats only in its own.)
        found = [other for other in names
                 if len(other) == len(name) + 1 and other.startswith(name)
                 and re.fullmatch(f"[{CJK_CHARS}]+", other)
                 and any(other in elsewhere for at, elsewhere in texts.items()
                         if at != quote.paragraph)]
        if len(found) == 1 and text.count(name) == text.count(found[0]):
            longer[name] = found[0]
    if not longer:
        return quotes
    return [replace(q, speaker=longer[q.speaker]) if q.speaker in longer
            and texts.get(q.paragraph, "").count(q.speaker) == texts.get(q.paragraph, "").count(
                longer[q.speaker]) else q for q in quotes]


def _as_read(text: str) -> str:
    """The paragraph as the rules read it: the marks of other conventions (`_OTHER_MARKS`,
    straight double quotes taken in pairs, `_HALF_WIDTH_RE`) made the ones they are written
    for, each by one character."""
    if "「" in text or "『" in text:
        text = text.translate(_OTHER_MARKS)
    if '"' in text and text.count('"') % 2 == 0:
        marks = iter("“”" * (text.count('"') // 2))
        text = re.sub('"', lambda _: next(marks), text)
    if _HALF_WIDTH_RE.search(text):
        text = _HALF_WIDTH_RE.sub(lambda m: m[0].translate(_FULL_WIDTH), text)
    return text


def _as_written(item: _Found, read: str, written: str) -> str:
    """A quote's words as the paragraph writes them (`read` is `_as_read(written)`)."""
    if read is written or (at := read.find(item.text, item.start)) < 0:
        return item.text
    return written[at:at + len(item.text)]


def _run_on_back(quotes: list[Quote], texts: Mapping[int, str]) -> list[Quote]:
    """Words that run on over paragraphs with their speaker named only after the last part
    (`“……。` then `“……。”某某说。`): the parts before, which no one was given, are theirs."""
    for i in range(len(quotes) - 2, -1, -1):
        part, after = quotes[i], quotes[i + 1]
        text = texts.get(part.paragraph, "")
        if part.kind == after.kind == "direct" and not part.speaker \
                and not part.unnamed_speaker and (after.speaker or after.unnamed_speaker) \
                and after.paragraph == part.paragraph + 1 \
                and text.rfind("“") > text.rfind("”") \
                and texts.get(after.paragraph, "").lstrip().startswith("“"):
            quotes[i] = replace(part, speaker=after.speaker, speaker_title=after.speaker_title,
                                unnamed_speaker=after.unnamed_speaker)
    return quotes


# `蒲女士` quoted, then `这位名叫蒲春燕的母亲告诉记者` or `她叫蒲春燕`: one woman, named in full.
_HONORIFIC_NAME_RE = re.compile(rf"(?P<surname>[{CJK_CHARS}]{{1,2}})(?:女士|先生)")


def _named_later(quotes: list[Quote], texts: Sequence[str]) -> list[Quote]:
    """The quotes of someone called by surname and 女士 or 先生 given the full name with
    that surname the text then says they are called by (`这位名叫某某的……`, `她叫某某，`)."""
    speakers = {q.speaker for q in quotes}
    full: dict[str, str] = {}
    for honorific in speakers:
        if not (match := _HONORIFIC_NAME_RE.fullmatch(honorific)):
            continue
        surname = re.escape(match["surname"])
        for text in texts:
            if called := re.search(rf"(?:[她他]|这位|这名)名?叫(?P<name>{surname}"
                                   rf"[{CJK_CHARS}]{{1,2}}?)(?=[的，。])", text):
                full[honorific] = called["name"]
                break
    if not full:
        return quotes
    return [replace(q, speaker=full.get(q.speaker, q.speaker)) for q in quotes]


# `这位男子是某企业的采购总监某某，`: whom a noun pointing back, opening a sentence, is.
_POINTED_IS_RE = re.compile(
    rf"(?:^|(?<=[。！？]))(?:{POINTERS})(?P<noun>[^，。！？；“”是]{{1,6}}?)就?是"
    rf"(?P<who>[^，。！？；“”]{{2,40}}?(?:{POST_RE}|{_ROLES_RE})[{CJK_CHARS}]{{2,4}})[。；，]")
# How many paragraphs back the one described may have spoken.
_DESCRIBED_REACH = 2


def _described_named(quotes: list[Quote], text: str, index: int,
                     known: Mapping[str, str]) -> list[Quote]:
    """The quotes of someone described (`一位中年男子挤到前排：“……？”`) given the name and
    title a later sentence gives them (`这位男子是……的采购总监某某`), when the noun it points
    back with ends the description, in this paragraph or the two before."""
    for pointed in _POINTED_IS_RE.finditer(text):
        name = next((n for n in known if pointed["who"].endswith(n)), "")
        described = next((q.unnamed_speaker for q in reversed(quotes)
                          if index - q.paragraph <= _DESCRIBED_REACH and q.unnamed_speaker
                          and q.unnamed_speaker.endswith(pointed["noun"])), "")
        if name and described:
            quotes = [replace(q, speaker=name, speaker_title=known[name], unnamed_speaker="")
                      if q.unnamed_speaker == described and index - q.paragraph
                      <= _DESCRIBED_REACH else q for q in quotes]
    return quotes


# 他 and 她 refer back to someone named within the last few mentions.
_PRONOUN_REACH = 6
# The head of a noun for a person shows its sex in one of these characters (`丈夫`, `父亲`,
# `大爷`; `妻子`, `女儿`, `姑娘`, `老板娘`, `女士`); before 子, 儿 or 士 the character before
# them is the head (`儿子`, `女儿`, `女士`).
_FEMALE_HEADS = frozenset("女妻母妈娘婆姐妹姨奶嫂姑媳")
_MALE_HEADS = frozenset("男夫父爸爷兄哥叔伯公儿孙")


def _sex_of(noun: str) -> str:
    """他 or 她 for a person noun or address whose head is marked for sex, else ""."""
    head = noun[-2:]
    mark = head[0] if len(head) == 2 and head[1] in "子儿士" else head[-1:]
    return "她" if mark in _FEMALE_HEADS else "他" if mark in _MALE_HEADS else ""


# Nouns that call a person by age or sex, not by a role (`老人`, `姑娘`): bare, as the
# subject of a speech verb, they are definite, the one just named.
_BY_AGE_OR_SEX = frozenset({"老人", "老汉", "老太太", "老大爷", "老奶奶", "姑娘", "小伙", "小伙子",
                            "少年", "女孩", "男孩", "小姑娘", "小家伙", "阿伯", "阿婆", "男子",
                            "女子"})
_BARE_NOUNS = frozenset(ROLES) | _BY_AGE_OR_SEX
# `老院士`, `老教授`, `老支书`: 老 and a post or role, the respect shown an elder who holds it.
_VENERABLE = rf"老(?:{POST_RE}|{alternation(ROLES)})"
_VENERABLE_RE = re.compile(_VENERABLE)
_COUNTED_OPENING_RE = re.compile(
    rf"(?P<who>[一两几][个位名][^，。！？；“”]{{0,10}}?"
    rf"(?:{'|'.join(sorted(_BY_AGE_OR_SEX, key=len, reverse=True))}))(?=[^，。！？；“”]{{1,8}}$)")
_COUNTED_POST_OPENING_RE = re.compile(
    rf"(?P<who>(?:[^，。！？；“”的]{{1,6}}的)?[一两几][个位名][^，。！？；“”]{{0,12}}?"
    rf"(?:{POST_RE}|{ROLE_RE}))(?=[^，。！？；“”]{{1,8}}$)")
_NOUN_SENTENCE_RE = re.compile(
    r"(?:(?:说起|谈起|提起|讲起|回忆起|回想起|想起|谈到|说到|讲到)[^，。！？；“”]{1,10}[，,]"
    r"|[^，。！？；“”]{1,8}时[，,])?"
    rf"(?P<noun>{'|'.join(sorted(_BY_AGE_OR_SEX, key=len, reverse=True))}|{_VENERABLE})(?![们的])"
    # (... or two short clauses of gestures: `阿伯摘下耳机，连连点头。`)
    r"[^，。！？；“”]{1,16}(?:，[^，。！？；“”]{1,8})?[。！？]")


def _called_so(address: str, seen: Sequence[str], known: dict[str, str]) -> str:
    """The one person known whom the text has called by a surname and `address` (`雷阿婆`,
    `房大爷`), else ""."""
    called = {name for text in seen for at in _find_all(text, address) if at
              for size in (1, 2) if at >= size
              and (name := by_surname_and_address(text[at - size:at + len(address)], known))}
    return called.pop() if len(called) == 1 else ""


def _bare_noun_for(noun: str, recent: str, sexes: Mapping[str, str],
                   known: Mapping[str, str]) -> bool:
    """Whether `noun`, an unnamed speaker written as a bare noun (no count, no determiner:
    `老人笑着说`, not `一位老人说`), stands for `recent`, the person the paragraph has just
    named: a noun of age or sex that agrees with what the text has shown of them, or the
    noun that ends one part of their title (`患者` for `患者某某`)."""
    if not recent or recent.startswith(_DESCRIBED) or noun not in _BARE_NOUNS:
        return False
    title = known.get(recent, "")
    if any(part.endswith(noun) for part in title.split("、") if part):
        return True
    sex = sexes.get(recent) or _sex_of(title)
    return noun in _BY_AGE_OR_SEX and sex in ("", _sex_of(noun) or sex)


def _asked_before(text: str, anchor: int, history: Sequence[str],
                  known: dict[str, str]) -> str:
    """Whom the sentence before asked (`……，问师傅能不能歇一会儿。`, `……问某某……。`), when a
    pronoun opens the sentence at `anchor`: someone known, or an apprentice's master."""
    if anchor == 0 or _sentence_start(text, anchor) != anchor \
            or not (asking := _ASKED_RE.search(text, _sentence_start(text, anchor - 1), anchor)):
        return ""
    who = asking["who"]
    if who.startswith(_MASTERS):
        return _master_of(history, known)
    return next((name for written, name in written_forms(known) if who.startswith(written)), "")


# `……问师傅能不能……。`: someone asked in the narrative, not in marks, in a sentence's last
# clause.
_ASKED_RE = re.compile(r"问(?P<who>[^，。！？；“”]{2,8})[^，。！？；“”]*[。！？]$")
def _post_after_is(text: str, at: int) -> str:
    """The post or role that the clause after `是` at `at` is, when it ends in one."""
    clause = text[at:at + _DESCRIBED_SPAN * 2]
    clause = clause[:min((clause.find(mark) for mark in "，。！？；" if mark in clause),
                         default=len(clause))]
    return clean_title(clause) if _PERSON_NOUN_END_RE.search(clause) \
        and "的" not in clause else ""


# What a hand does opening a phrase read as someone described (`指着机器人`), and a name in
# marks opening a clause (`，“大刘”已经……`).
_HELD_OPENING_RE = re.compile(f"[{CJK_CHARS}]着")
_ALIAS_OPENING_RE = re.compile(r"(?:^|(?<=[，。！？；]))“(?P<alias>[^“”，。！？、：]{2,6})”")
# ... and opening the sentence right after words (`“……。”“老焦”头也不抬。`).
_ALIAS_AFTER_RE = re.compile(r"“(?P<alias>[^“”，。！？、：]{2,6})”(?=[^，。！？；：“”])")


def _alias_after(text: str, end: int, aliases: Mapping[str, str]) -> str:
    """The name someone goes by (`aliases`) that opens the sentence at `end`, in marks
    (`“老焦”头也不抬`) or not (`桂姐一边……，一边……`), as its subject (not `桂姐的`), else ""."""
    if (called := _ALIAS_AFTER_RE.match(text, end)) and called["alias"] in aliases:
        return called["alias"]
    return next((alias for alias in aliases if text.startswith(alias, end)
                 and text[end + len(alias):end + len(alias) + 1] not in ("的", "们", "")), "")
_REACTION_MAX = 24
_VOCATIVE_RE = re.compile("(?P<who>[^，。！？；“”]{1,4})[，！]")


def _addressee(words: str, said: _Said, text: str, mentions: Sequence[tuple[int, str, str]],
               history: Sequence[str], known: dict[str, str],
               parents: Mapping[str, str] | None = None, named_before: Sequence[str] = ()) -> str:
    """Whom words that end a paragraph speak to: someone called at their start
    (`师傅，……？`, `某某，……`, a child's `妈妈……`: the parent named with the child), else the
    one other person the paragraph names before them, or, when it names no other, the one
    other person the paragraph before named (`讲解员甲正在接待中学生乙。` | `“……？”乙问。`)."""
    if parents and words.startswith(_PARENT_CALLS) and said.name in parents:
        return parents[said.name]
    if vocative := _VOCATIVE_RE.match(words):
        if vocative["who"] in _MASTERS:
            return _master_of(history, known)
        if called := next((name for written, name in written_forms(known)
                           if vocative["who"] == written), ""):
            return called
    before = text[:text.rfind(words)]
    others = [name for at, name, _ in mentions if at < len(before) and name != said.name
              and not name.startswith(_DESCRIBED)]
    if not others and said.name in named_before:
        others = [name for name in named_before if name != said.name]
    return others[-1] if len(set(others)) == 1 else ""


# How a child calls a parent, and what the text calls a child by.
_PARENT_CALLS = ("妈妈", "爸爸", "妈，", "爸，")
_CHILDREN = ("女儿", "儿子")


def _child_of(history: Sequence[str], known: Mapping[str, str],
              parents: Mapping[str, str]) -> str:
    """The child the text named last among the people just named, known as someone's
    女儿 or 儿子 (`女儿小名叫朵朵`), when a parent was named with them."""
    return next((name for name in reversed(history[-_PRONOUN_REACH:]) if name in parents
                 and known.get(name, "").endswith(_CHILDREN)), "")


def _turn_taker(item: _Found, turn: tuple[_Said, str, bool] | None,
                exchange: tuple[_Said, _Said] | None, reaction: bool,
                known: dict[str, str]) -> _Said | None:
    """Who says bare words alone in their paragraph, in a dialogue told in paragraphs: the
    one a question just before was put to; in an exchange so begun, the other one when
    they ask back; the one who spoke last when the other's turn was a short paragraph of
    what they did (`某某凑近闻了闻，摇摇头。`). None where no dialogue is under way."""
    if turn and turn[1] and turn[2] and turn[1] in known:
        return _Said(turn[1], known[turn[1]], "", 0)
    if turn and exchange and _same(turn[0], exchange[0]):
        return exchange[1]
    if turn is None and exchange and reaction:
        return exchange[0]
    return None


def _same(one: _Said, other: _Said) -> bool:
    return (one.name, one.unnamed) == (other.name, other.unnamed)


def _speaker_of(said: _Said) -> Speaker:
    return Speaker(said.name, "", "", unnamed=said.unnamed)


_MASTERS = ("师傅", "师父")
_APPRENTICES = ("徒弟", "学徒", "徒弟们")


def _master_of(history: Sequence[str], known: Mapping[str, str]) -> str:
    """Whom a bare 师傅 means where the text names an apprentice (`徒弟某某`): the person
    named last who is no apprentice, or "" when the text names none."""
    if not any(title.endswith(_APPRENTICES) for title in known.values()):
        return ""
    return next((name for name in reversed(history) if name in known
                 and not known[name].endswith(_APPRENTICES)), "")


# What a child calls a grandparent, and the titles of those it may mean (a parent's
# parent-in-law is the child's grandparent too).
_GRANDPARENTS = {"奶奶": ("奶奶", "婆婆"), "爷爷": ("爷爷", "公公"), "外婆": ("外婆", "岳母"),
                 "姥姥": ("姥姥", "外婆", "岳母"), "外公": ("外公", "岳父"),
                 "姥爷": ("姥爷", "外公", "岳父")}


def _grandparent_for(noun: str, known: Mapping[str, str]) -> str:
    """The one person known whose title ends in a grandparent noun (`奶奶`) means, or in a
    parent-in-law of that side (`婆婆`); "" when none is or several are."""
    owners = [name for name, title in known.items()
              if title.split("、")[-1].endswith(_GRANDPARENTS[noun])]
    return owners[0] if len(owners) == 1 else ""


def _venerable_for(noun: str, known: Mapping[str, str]) -> str:
    """The one person known whom 老 and a post or role that ends a part of their title
    means (`老院士` for `中国科学院院士、某大学教授某某`); "" when none is or several are."""
    if not _VENERABLE_RE.fullmatch(noun):
        return ""
    owners = [name for name, title in known.items()
              if any(part.endswith(noun[1:]) for part in title.split("、"))]
    return owners[0] if len(owners) == 1 else ""


def _definite_for(unnamed: str, named: Sequence[str], known: Mapping[str, str]) -> str:
    """The one person named in the paragraph (`named`) whom a definite description means:
    a place or state, 的, and the noun that ends a part of their title (`一旁的妻子` for
    `妻子某某`); not someone counted (`一位……的志愿者`), who is new."""
    if _COUNTED_DESCRIPTION_RE.match(unnamed):
        return ""
    noun = unnamed.rsplit("的", 1)[-1]
    if noun not in _BARE_NOUNS:
        return ""
    owners = {name for name in named if not name.startswith(_DESCRIBED) and any(
        part.endswith(noun) for part in known.get(name, "").split("、") if part)}
    return owners.pop() if len(owners) == 1 else ""


_COUNTED_DESCRIPTION_RE = re.compile(r"^(?:也有|还有|有)?(?:[一两几多数]|\d+)[位名个]")
# A husband and a wife, each the other's.
_SPOUSE_OF = {"丈夫": "妻子", "妻子": "丈夫"}


def _spouse_for(noun: str, text: str, named: Sequence[tuple[int, str, str]]) -> str:
    """Whom a bare 丈夫 or 妻子 means in a paragraph that names a couple (`甲和妻子乙`): the one
    the paragraph titled so, else the one joined to the one titled as the other spouse."""
    titled = {name for _, name, title in named if title.endswith(noun)}
    if titled:
        return titled.pop() if len(titled) == 1 else ""
    other = _SPOUSE_OF[noun]
    joined = {one for (at, one, _), (later, two, title) in pairwise(sorted(named))
              if title.endswith(other) and one != two
              and _JOINED_RE.fullmatch(text, at + len(one), later - len(other))}
    return joined.pop() if len(joined) == 1 else ""


def _agreeing(pronoun: str, recent: str, history: Sequence[str], sexes: Mapping[str, str],
              known: Mapping[str, str], named: Sequence[tuple[int, str]] = (),
              text: str = "", named_before: Sequence[str] = ()) -> str:
    """Whom 他/她 means: the person last named, unless the text has shown that person to be
    of the other sex (called by the other pronoun, or by a noun marked for sex: `她的丈夫某某`);
    then the last one the paragraph has `named` (with where, in `text`) shown to be of the
    pronoun's sex (`某某和妻子某某……。“……”他说。她……：“……”`, the wife named in passing, no
    sentence's subject), or, when it has named no one yet, the paragraph before
    (`named_before`: a column may break a paragraph there), or the one named beside that
    person in the same sentence, or else the last one named before who may be meant."""
    def sex(name: str) -> str:
        # (A name itself says nothing, unless it is a surname and a form of address: `刘女士`.)
        return sexes.get(name) or _sex_of(known.get(name, "")) or (
            _sex_of(name) if name.startswith(_DESCRIBED) or FAMILIAR_RE.fullmatch(name) else "")

    if not recent or sex(recent) in ("", pronoun):
        return recent
    return next((name for name in reversed([name for _, name in named] or named_before)
                 if sex(name) == pronoun), "") \
        or _companion(recent, named, text, sex) \
        or next((name for name in reversed(history[-_PRONOUN_REACH:])
                 if name != recent and sex(name) in ("", pronoun)), recent)


# Someone counted and described with a noun marked for sex (`一位女观众`, `一名男子`,
# `一位大妈`).
_COUNTED_PERSON_RE = re.compile(
    rf"[一两][位名个](?:[^，。！？；“”的]{{0,8}}的)?[^，。！？；“”]{{0,4}}?"
    rf"(?:{'|'.join(sorted(_BY_AGE_OR_SEX, key=len, reverse=True))}|{_ROLES_RE})")


def _described_of_sex(pronoun: str, recent: str, text: str, start: int,
                      named: Sequence[tuple[int, str, str]], sexes: Mapping[str, str],
                      known: Mapping[str, str]) -> str:
    """Someone counted and described as of the pronoun's sex after the last one named (and
    after any words in marks) before the quote at `start`, when the text has not shown the one
    named to be of it, else ""."""
    # (他 stands for anyone whose sex the text has not shown: only 她, or 他 after a woman.)
    shown = sexes.get(recent) or _sex_of(known.get(recent, ""))
    if not recent or recent.startswith(_DESCRIBED) or shown == pronoun \
            or (pronoun == "他" and not shown):
        return ""
    since = max((at for at, name, _ in named if at < start), default=0)
    since = max(since, text.rfind("”", 0, start) + 1)
    for match in reversed(list(_COUNTED_PERSON_RE.finditer(text, since, start))):
        who = match.group()
        sex = "她" if "女" in who else "他" if "男" in who else _sex_of(who)
        if sex == pronoun and not any(match.start() <= at <= match.end() + 1 for at, _, _ in named):
            return who
    return ""


def _companion(one: str, named: Sequence[tuple[int, str]], text: str,
               sex: Callable[[str], str]) -> str:
    """The one `named` right beside `one` (after, else before), joined to them in one
    clause (`甲和乙`, `甲带着孙子乙`), of no sex the text has shown: `甲和乙……。他说，……。
    她则……` — 她 is 乙 once 他 is 甲; or named after `one`, joined to them by the pronoun
    that is them (`甲……，乙陪着她……。她……问：“……？”他……答道：` — 他 is 乙)."""
    where = next((n for n in range(len(named) - 1, -1, -1) if named[n][1] == one), -1)
    if where < 0:
        return ""
    pairs = [named[n:n + 2] for n in (where, where - 1) if 0 <= n < len(named) - 1]
    return next((other for (at, first), (later, second) in pairs
                 if first != second and _JOINED_RE.match(text, at + len(first), later)
                 and not _FULL_STOP_RE.search(text, at, later) and "，" not in text[at:later]
                 and not sex(other := second if first == one else first)
                 and not other.startswith(_DESCRIBED)), "") \
        or next((other for at, other in reversed(named[where + 1:])
                 if other != one and not sex(other) and not other.startswith(_DESCRIBED)
                 and (joined := _JOINED_RE.match(text, at + len(other)))
                 and text.startswith(sex(one), joined.end())), "")


# What joins two people in one clause, the one before it the subject or with the other.
_JOINED_RE = re.compile("和|与|同|跟|及|以及|带着|带领|领着|陪着|携")


def _pointed_back(noun: str, recent: str, history: Sequence[str],
                  known: Mapping[str, str], strict: bool = False) -> str:
    """Whom `这位返乡青年` or `该负责人` means: the person last named, unless the noun ends no
    part of their title (or description) and it ends one of someone named shortly before
    (`返乡青年某某……。讲解员某某……。这位返乡青年说`); when it ends no one's, the person last
    named, or no one if `strict`."""
    def fits(name: str) -> bool:
        title = name.removeprefix(_DESCRIBED) if name.startswith(_DESCRIBED) \
            else known.get(name, "")
        return any(part.endswith(noun) for part in title.split("、") if part)

    if not noun or not recent or fits(recent):
        return recent
    return next((name for name in reversed(history[-_PRONOUN_REACH:])
                 if name != recent and fits(name)), "" if strict else recent)


# Kin by what they are to someone, the same in either word (`父亲` and `爸爸`); not 爷爷 or
# 奶奶, which address any elder.
_KIN_NOUNS = {"父亲": "父", "爸爸": "父", "母亲": "母", "妈妈": "母", "儿子": "子", "女儿": "女",
              "妻子": "妻", "丈夫": "夫"}


def _kin_of_no_one(noun: str, named: Sequence[str], known: Mapping[str, str]) -> bool:
    """Whether `这位……爸爸` names kin that none of the people just `named` is said to be."""
    def kin(words: str) -> str:
        return next((_KIN_NOUNS[word] for word in _KIN_NOUNS if words.endswith(word)), "")

    wanted = kin(noun)
    return bool(wanted) and not any(
        kin(part) == wanted for name in named[-_PRONOUN_REACH:] if name
        for part in (name.removeprefix(_DESCRIBED) if name.startswith(_DESCRIBED)
                     else known.get(name, "")).split("、"))


def _elder(recent: str, history: Sequence[str], known: Mapping[str, str]) -> str:
    """Whom `这位老人` means: the person last named if the text showed them old, else the
    last one named before who was (`78岁的老铁匠某某`, then his son and grandson)."""
    def old(name: str) -> bool:
        return bool(name) and not name.startswith(_DESCRIBED) and is_elder(known.get(name, ""))

    if not recent or old(recent):
        return recent
    return next((name for name in reversed(history[-_PRONOUN_REACH:]) if old(name)), recent)


def _titles_after_names(text: str, known: dict[str, str], words: Sequence[str],
                        mentions: Sequence[tuple[int, str, str]] = ()) -> None:
    """Titles given after the name (`某某是某公司总工程师，从事……`, `某某，某公司总经理，……`),
    for people whose title is not known yet: the words after the last 的, when they end in a
    post; not words that are the title of someone `mentions` names after them."""
    for match in matches_after(_IS_TITLE_RE, text, _IS_TITLE_AFTER_RE):
        name = match["name"] or match["apposed"] or match["called"]
        title = match["title"].rsplit("的", 1)[-1]
        # (`他叫某某，是……`: the text says it is a name, which the dictionary may not know.)
        if not known.get(name) and (is_person_name(name) or re.fullmatch(_TRANSCRIBED, name)
                                    or match["called"]) \
                and not _COUNTED_TITLE_RE.match(title) and (title := clean_title(title)):
            known[name] = title
    # A name then a post, both of whole words (`钱|副省长` is a surname and a post); the
    # post vouches for a name jieba made up as one word of its own (`郗振东|教授`), as a
    # post before one does.
    matches = matches_after(_NAME_THEN_POST_RE, text, _NAME_THEN_POST_AFTER_RE)
    if not matches:
        return
    starts = word_starts(words)
    # (`问渠智算创始人兼首席执行官宦晓岚`: a brand and the first post of a chain, jieba's
    # 问渠智算 one word, are the title of the one named after the chain.)
    titled = [(at - len(title), at) for at, _, title in mentions
              if title and text.startswith(title, at - len(title))]
    for match in matches:
        name = match["name"]
        if _ROLE_OR_POST_END_RE.fullmatch(name) \
                or any(begin <= match.start() < end for begin, end in titled):
            continue  # `博士后|研究员` (jieba tags 博士后 a name): two posts, no name
        if not known.get(name) and match.start() in starts and match.end("name") in starts \
                and match.end() in starts and ((
                    is_person_name(name) or (starts[match.start()] == name
                                             and not segment.word_tag(name)
                                             and not set(name) & FUNCTION_CHARS))
                    if re.fullmatch(f"[{CJK_CHARS}]+", name)
                    else not any(name in other for other in known)):
            # (`皇甫立新教授`, `格桑卓玛院士`, `John Miller研究员`, `林嘉欣（Grace Lim）教授`;
            # not `Grant教授` for the `Oliver Grant` named before.)
            known[name] = match["title"]


# What a description before a name ends in: `……的苗族绣娘某某`, `坐在一旁的是徒弟某某`.
_DESCRIPTION_END = "的是"
_CLAUSE_START_MARKS = "，。！？；：“”、"


def _described_at_first_mention(name: str, seen: Sequence[str]) -> str:
    """The title of someone quoted by name alone, whose title no post or listed role gave:
    the noun right before their first mention outside quotation marks, after a description
    that ends in 的 or 是 (`68岁的苗族绣娘某某`, `坐在她旁边的是徒弟某某`); "" when the first
    mention has none."""
    for text in seen:
        spans = [m.span() for m in _SPAN_RE.finditer(text)]
        for match in re.finditer(re.escape(name), text):
            at = match.start()
            if any(a < at < b for a, b in spans):
                continue
            clause = max(text.rfind(mark, 0, at) for mark in _CLAUSE_START_MARKS) + 1
            head = text[clause:at]
            cut = max(head.rfind(ch) for ch in _DESCRIPTION_END)
            noun = head[cut + 1:] if cut >= 0 else ""
            return noun if noun and is_noun_phrase(noun) else ""
    return ""


def _turns(text: str, known: dict[str, str],
           fresh: set[str]) -> list[tuple[str, int, int]]:
    """The turns of a question-and-answer paragraph: (who, where the words start, where
    they end), or none when the paragraph does not open with one."""
    if "：" not in text and ":" not in text:
        return []  # (a turn ends in a colon; the pattern is slow to fail)
    marks = [m for m in _TURN_RE.finditer(text) if _is_turn(m["who"], known, fresh)]
    if not marks or marks[0].start() != 0:
        return []
    ends = [m.start() for m in marks[1:]] + [len(text.rstrip())]
    return [(m["who"], m.end(), end) for m, end in zip(marks, ends, strict=True)]


def _is_turn(who: str, known: dict[str, str], fresh: set[str]) -> bool:
    return _asks(who) or who == _ANSWER or is_person_name(who) \
        or bool(re.fullmatch(r"[^\x00-\x7f]{1,8}[·•][^\x00-\x7f]{1,8}", who)) \
        or (" " in who and bool(re.fullmatch(LATIN_NAME, who))) \
        or bool(_turn_speaker(who, known, fresh))


def _asks(who: str) -> bool:
    """Whether a turn's `who` asks: the reporter, 问, the host, or a medium's reporter
    (`新京报记者：`)."""
    return who in _QUESTIONERS or (len(who) > len("记者") and who.endswith("记者"))


def _turn_speaker(who: str, known: dict[str, str], fresh: set[str]) -> str:
    """Whom a turn names that no name check reads: someone named before by surname and
    post (`卞副市长：`; not one `fresh`, first named in the paragraph, which a mention read
    out of the turn itself: `柏副|市长`), or a name with the post in brackets
    (`某某（某市副市长）：`, whose title it records)."""
    if not known and "（" not in who and "(" not in who:
        return ""
    speaker = parse_speaker(who, known)
    if speaker is None or not speaker.name or speaker.name in PRONOUNS or speaker.context:
        return ""
    if speaker.name in known and speaker.name not in fresh:
        return speaker.name
    if speaker.title and ("（" in who or "(" in who):
        known[speaker.name] = speaker.title
        return speaker.name
    return ""


def _answers(text: str, turns: list[tuple[str, int, int]], asked: bool, interviewee: str,
             known: dict[str, str], fresh: set[str]) -> tuple[list[_Found], bool]:
    """The answers among `turns`, each one direct quote of whoever gives it (`答：` the
    person interviewed); the questions are not quotes. Only a turn that follows a question
    is an answer: a name and a colon alone introduce many things.

    Returns:
        The answers, and whether the paragraph ends in a question.
    """
    found = []
    for who, start, end in turns:
        if _asks(who):
            asked = True
            continue
        words = text[start:end].strip()
        name = interviewee if who == _ANSWER else _turn_speaker(who, known, fresh) or who
        if asked and name and _SENTENCE_END_RE.search(words):
            at = start + text[start:end].index(words[0])
            found.append(_Found(at, end, words, Speaker(name, "", ""), "", "direct", at))
        asked = False
    return found, asked


def quote_id(text: str) -> str:
    """A stable id for a quote, from its text, so curation can refer to it."""
    return "q-" + hashlib.sha1(text.encode()).hexdigest()[:8]


def _resolve(item: _Found, text: str, previous: _Said | None, first: bool, recent: str,
             known: dict[str, str], seen: Sequence[str] = ()) -> _Said | None:
    """Who said `item`: its own speaker, the speech it continues, or nobody given."""
    speaker = item.speaker
    if speaker is None:
        # A quote right after someone's words (or opening the paragraph after them) goes on.
        gap = text[0 if first else previous.end if previous else 0:item.start]
        if _TURN_TAKEN_RE.match(text, item.end) and not text[:item.start].rstrip().endswith("："):
            # (Not when someone takes the turn after them: `“……？”某某回答：“……”`.)
            return _Said("", "", "", item.end) if item.kind == "direct" else None
        if previous is not None and not gap.strip(" 。，"):
            return _Said(previous.name, previous.title, previous.unnamed, item.end)
        if previous is not None and not first and previous.name and item.kind == "direct" \
                and _goes_on_after(gap, previous.name, known):
            # `某某称，……。每走几步就是一个首发模型。“……。”`, `某某表示，……。她对……印象最深。
            # “……。”`: the words of the one who spoke in this paragraph, told on in a
            # sentence or two that bring in no one else.
            return _Said(previous.name, previous.title, previous.unnamed, item.end)
        return _Said("", "", "", item.end) if item.kind == "direct" else None
    if speaker.unnamed:
        return _Said("", "", speaker.unnamed, item.end)
    name = speaker.name
    if name in PRONOUNS or name == BACK_REFERENCE:
        if not recent:
            return _Said("", "", "", item.end) if item.kind == "direct" else None
        if recent.startswith(_DESCRIBED):
            return _Said("", "", recent.removeprefix(_DESCRIBED), item.end)
        name = recent
    title = speaker.title
    if not title and not known.get(name) and name not in PRONOUNS and name != BACK_REFERENCE:
        title = _described_at_first_mention(name, seen)
    if title and not known.get(name):
        known[name] = title
    elif title and known.get(name) and title.endswith(known[name]) \
            and title[:-len(known[name])].endswith(("、", "兼")):
        # `该校……教授某某团队` in the lead, then `论文通讯作者、……教授某某向记者讲述……：`: a
        # chain that ends in the title first given is the fuller title, for 他/她 after it.
        known[name] = title
    # `某某局长` after `某市某局局长某某`: a later title that is the tail of the first one
    # is the first one, as written there.
    # (`院士` after `中国工程院院士、浙江大学教授`: the tail of one of its parts.)
    # (... and the whole title's tail: a phrase cut by the look-back, `人大代表、某公司董事长`
    # for `全国人大代表、某公司董事长`.)
    if title and (any(part.endswith(title) for part in known.get(name, "").split("、"))
                  or known.get(name, "").endswith(title)):
        title = known[name]
    # `该院院长某某介绍，`: the phrase keeps 该, the paragraph's mention named the body.
    if title and (this := THIS_BODY_RE.match(title)) \
            and known.get(name, "").endswith(title[this.end():]) \
            and not THIS_BODY_RE.match(known[name]):
        title = known[name]
    return _Said(name, title or known.get(name, ""), "", item.end)


# What brings someone else into a sentence between one's words and a quote after them.
_SOMEONE_ELSE_RE = re.compile(r"[“”：]|一[位名]|一个[^，。]{0,6}?[人者员孩女男商生]"
                              r"|[有不]少|多[位名]|记者|观众|有人|另一|随后|接着")
_GOES_ON_MAX = 48


def _goes_on_after(gap: str, name: str, known: Mapping[str, str]) -> bool:
    """Whether the narrative between someone's words and a quote with no attribution of its
    own carries their words on: one or two short sentences that name no one else nor bring
    anyone in (a person counted or described, the reporter, the audience, a turn of time)."""
    gap = gap.strip(" ，")
    return 0 < len(gap) <= _GOES_ON_MAX and gap.endswith("。") and gap.count("。") <= 2 \
        and not _SOMEONE_ELSE_RE.search(gap) \
        and not any(other in gap for other in known if other != name and len(other) >= 2)


# How many paragraphs back 该公司 may find the company it stands for.
_BODY_LOOKBACK = 2


def _direct(text: str, masked: str, known: dict[str, str]) -> list[_Found]:
    found = []
    for span in _SPAN_RE.finditer(text):
        inner = span.group(1)
        # Speech is never named (`被称为“……”`) nor qualifies a noun (`“……”的故事`).
        if _TERM_BEFORE_RE.search(text, max(0, span.start() - 8), span.start()) \
                or _THOUGHT_BEFORE_RE.search(text, max(0, span.start() - 8), span.start()) \
                or _THOUGHT_AFTER_RE.match(text, span.end()) \
                or text.startswith("的", span.end()) or _inside_phrase(text, span) \
                or _INSCRIPTION_RE.search(text, _clause_start(text, span.start()), span.start()):
            continue
        speaker, verb, end, anchor = _attribution(masked, span.start(), span.end(), known)
        if speaker is not None:
            # (Short words in marks are a term unless cited as someone's: `正如某某所说，“……”`.)
            # (... or all that a verb of speech says, the sentence ending with the marks:
            # `某某认为，“关键是数据”。`, not `他表示，“十四五”时期……`.)
            if _SPEECHLIKE_RE.search(inner) or len(inner) >= 8 \
                    or _CITED_BEFORE_RE.search(text, max(0, span.start() - 24), span.start()) \
                    or (text.startswith(("。", "！", "？"), span.end()) and len(inner) >= 4
                        and _SAYS_BEFORE_RE.search(text, max(0, span.start() - 8),
                                                   span.start())):
                found.append(_Found(span.start(), end, inner, speaker, verb, "direct", anchor))
        elif _SENTENCE_END_RE.search(inner) and (len(inner) >= 4 or (
                len(inner) == 3 and inner.endswith("！"))):  # (`“点火！”`: a command)
            found.append(_Found(span.start(), span.end(), inner, None, "", "direct",
                                span.start()))
    for at, (item, after) in enumerate(pairwise(found)):
        crowd = after.speaker.unnamed if after.speaker is not None else ""
        if item.speaker is None and after.start == item.end and after.speaker is not None \
                and crowd and (_GROUP_RE.search(crowd)
                               or _AT_ONCE_RE.search(after.speaker.context + after.verb)):
            # `“……！”“……！”孩子们你一言我一语。`: words in a row that a crowd's clause after
            # them gives to the crowd are all theirs (one speaker named after a question
            # and its answer answers only: `“……？”“……。”讲解员说。`).
            found[at] = replace(item, speaker=after.speaker, verb=after.verb)
        elif item.speaker is not None and item.anchor > item.start \
                and (after.speaker is None or after.anchor == item.anchor
                     or after.anchor > after.start) \
                and _calls(item.text, item.speaker, known) \
                and (colon := text.find("：“", item.anchor)) + 1 == after.start \
                and not _FULL_STOP_RE.search(text, item.anchor, colon):
            # `“教练，……？”一位……的年轻教练蹲下身……：“……”`: words that call by name or
            # noun the one the clause after them describes are put to that one, who answers
            # after the colon; whose they are is for the narrative before to tell.
            if after.speaker is None:
                found[at + 1] = replace(after, speaker=item.speaker, verb=item.verb,
                                        anchor=item.anchor)
            found[at] = replace(item, speaker=Speaker(_ASKER, "", ""), verb="",
                                anchor=item.start)
    return found


def _calls(words: str, speaker: Speaker, known: Mapping[str, str]) -> bool:
    """Whether `words` open by calling the one `speaker` names or describes (`教练，……` for
    `一位……教练`, `老师，……` for `老师某某`)."""
    who = vocative["who"] if (vocative := _VOCATIVE_RE.match(words)) else ""
    return len(who) >= 2 and (speaker.name == who or (
        speaker.unnamed or speaker.title or known.get(speaker.name, "")).endswith(who))


# Many speaking, as a crowd or at once.
_GROUP_RE = re.compile("们$|^(?:几|众|大家|不少|许多|多[位名个])")
_AT_ONCE_RE = re.compile("齐声|纷纷|你一言我一语|你一句我一句|七嘴八舌|异口同声")


def _sound_bite(text: str, known: dict[str, str]) -> _Found | None:
    """A broadcaster's sound bite as its site prints it (`【同期】某局副局长 某某：……。`): the
    tag, the caption and the words, with no marks, are a direct quote of the one named.
    (A column may have dropped the caption's space at a line's end: `……局副局长某某：`.)"""
    if not (tag := _SOUND_BITE_RE.match(text)) or (colon := text.find("：")) < 0:
        return None
    if caption := caption_mention(text):
        at, speaker = caption[0], Speaker(caption[1], "", "")
    elif (read := parse_speaker(text[tag.end():colon], known)) and read.name \
            and read.name not in PRONOUNS and not read.context:
        at, speaker = tag.end(), read
    else:
        return None
    words = text[colon + 1:].strip()
    if words.startswith("“") or not _SENTENCE_END_RE.search(words):
        return None
    start = text.index(words, colon)
    return _Found(start, start + len(words), words, speaker, "", "direct", at)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding offset `at` starts: after the last clause mark before it."""
    return max(text.rfind(mark, 0, at) for mark in "，。！？；”") + 1


def _inside_phrase(text: str, span: re.Match[str]) -> bool:
    """Whether the marks hold a name inside a phrase (`在“某某”分论坛上表示`): words run on
    both sides of them and they hold no clause mark, as speech does."""
    return span.start() > 0 and span.end() < len(text) \
        and _CJK_RE.match(text, span.start() - 1) is not None \
        and _CJK_RE.match(text, span.end()) is not None \
        and not _SPEECHLIKE_RE.search(span.group(1))


def _attribution(text: str, start: int, end: int,
                 known: dict[str, str]) -> tuple[Speaker | None, str, int, int]:
    """The speaker who introduces the quote with a colon, else the one named right after
    the closing mark, else one introduced with a comma right before the opening mark, else
    the one whose words open the sentence, else a person named before a bare colon.

    Returns:
        (speaker, verb, where the attribution ends, where the speaker phrase starts).
    """
    window = max(0, start - _LOOKBACK)
    if (view := _IN_VIEW_RE.search(text, window, start)) \
            and (speaker := _read(view["who"], known)) and (speaker.name or speaker.unnamed):
        return speaker, "", end, view.start("who")
    before = _before(text[window:start])
    if before is None and _UNMARKED_VERB_RE.search(text, window, start) \
            and _SPEECHLIKE_RE.search(text, start, end - 1):
        # `队长某某表示“……。”`: words run straight on from the verb, as a colon would open
        # them (sports and entertainment sites write so).
        before = _before(text[window:start] + "：")
    before_speaker = _read(before[0], known) if before else None
    if before and before_speaker is None and before[1].startswith("问") \
            and before[0].strip().endswith("记者") and before[2] in "：:":
        # `记者问某某：“……？”`: the writer asks; the one asked, named after 问, does not.
        return _UNREAD, before[1], end, window + before[3]
    if before and before_speaker is None and is_adverbial(before[0]) \
            and text[window + before[3] - 1: window + before[3]] in "，,":
        # `两名大学生刚刚体验完，兴奋地告诉记者：` — the subject opens the clause before.
        comma = window + before[3] - 1
        lead = text[max(text.rfind(mark, window, comma) for mark in "，。！？；”") + 1:comma]
        if said := _clause_subject(lead, known) or _described(lead) \
                or _setting_subject(lead, known) or _placed(lead) or _bare_noun_opening(lead) \
                or ((done := _SAID_DONE_RE.match(lead)) and _read(done["who"], known)):
            return said, before[1], end, comma - len(lead)
    if before is None and (bare := _BARE_VERB_RE.search(text, window, start)):
        # `他停顿了一下，补充说，“……”`: the verb's subject opens the clause before it.
        lead = text[max(text.rfind(mark, window, bare.start()) for mark in "，。！？”") + 1:
                    bare.start()]
        # (Or someone counted and described: `一位白发老人驻足良久，感叹道：`.)
        if said := _clause_subject(lead, known) or _described(lead):
            return said, bare["verb"], end, bare.start()
    if before and before_speaker and before[2] in "：:":
        if text[end - 2:end - 1] == "，" and (between := _between(text, end, known)) \
                and between[0].name in (*PRONOUNS, before_speaker.name):
            # `某某说：“……，”他顿了顿，“……。”`: the one introduced goes on after a pause.
            return before_speaker, before[1], between[1], window + before[3]
        return before_speaker, before[1], end, window + before[3]
    if (following := text.find("“", end)) > end \
            and _reporters_question(text, end, following - 1) \
            and not _CLAUSE_END_RE.search(text, end, following):
        # `“……？”面对记者提问，某某回答：“……”`: the answer is 某某's, not the question.
        return _UNREAD, "", end, end
    if before and before_speaker and before[2] in "，," and _NEXT_COLON_RE.match(text, end):
        # `“……，”甲说，“……。”乙接过话：“……”`: a clause after the words that introduces
        # the next ones with a colon is no attribution of these.
        return before_speaker, before[1], end, window + before[3]
    if (heard := _HEARD_WORDS_RE.match(text, end)) is not None \
            and _SENTENCE_END_RE.search(text, start, end - 1) \
            and (speaker := _read(heard["who"], known)) is not None:
        # `“……。”听到机器人的提醒，……`, `“……！”随着场边小观众的一声声呐喊，……`: whose
        # words they were, heard or sounding as the next sentence opens.
        return speaker, "", heard.end(), heard.start("who")
    if (turn := _TURN_TAKEN_RE.match(text, end)) \
            and _SENTENCE_END_RE.search(text, start, end - 1) \
            and not text[:start].rstrip().endswith(("：", ":")):
        # `“……？”她的女儿在一旁接话：“……。”`: whoever takes the turn after the words,
        # introducing words of their own, answers them; the words are the one's whom the
        # sentence before is about (not the one who answers), or no one's.
        sentence = _sentence_start(text, start)
        if (subject := _previous_subject(text, sentence, start, known)) \
                and not (subject.name and subject.name in turn.group()):
            return subject, "", end, _sentence_start(text, sentence - 1)
        return None, "", end, start
    # `“……”据某某介绍，……` names the source of what follows, not of the quote.
    # (Nor is a verb of speech that is what one faces or answers: `面对质疑，某某强调`.)
    if (after := _AFTER_RE.match(text, end)) and not after["phrase"].lstrip().startswith("据") \
            and not _FACED_RE.search(after["phrase"]):
        # (`赛迪顾问分析师某某对记者说`: 分析 of 分析师 is a noun's start, not a verb.)
        # (Nor is a verb denied: `一位不愿透露姓名的参展商说` speaks with 说, not 透露.)
        # (Nor one that names: `被网友称为“黄瓜哥”的小伙子某某说`.)
        denied = _DENIED_RE.search(after["phrase"]) is not None
        speaker = None if _verb_starts_noun(text, after) or denied \
            or text.startswith(_NAMING, after.end("verb") - 1) else _read(after["phrase"], known)
        # `赛迪顾问分析师某某对记者说`: a verb's character ending a word (顾问) cut the phrase
        # short; a later verb in the clause may end a phrase that reads.
        longer: re.Match[str] | None = after
        while speaker is None and longer and "，" not in longer["phrase"] \
                and (longer := _after_re(len(longer["phrase"]) + 1).match(text, end)):
            if not _verb_starts_noun(text, longer) \
                    and (speaker := _read(longer["phrase"], known)) is not None:
                after = longer
        if speaker and before and before[2] in "，,：:" \
                and _INTRODUCES_RE.match(text, after.end()):
            # `“……，”甲说，“……。”乙补充道：“……”`: the second part is 甲's; the colon after
            # 乙's verb introduces the words that follow it. (So with a colon before the
            # quote whose speaker does not read: `记者问：“……？”某某答：“……”` is no
            # answer of 某某's.)
            return before_speaker or _UNREAD, before[1], end, window + before[3]
        if speaker and text.startswith(("：", ":"), after.end()) \
                and _INTRODUCES_RE.match(text, after.end()) \
                and text[:start].rstrip().endswith(("：", ":")):
            # (... nor when a colon with no speech verb introduced these words: `……举起了手：
            # “……？”某某拿起一个模型回答：“……。”` — the colon's clause says whose they are.)
            speaker = None
        if speaker:
            return speaker, after["verb"], after.end(), after.start("phrase")
        # (A verb denied says nothing: `“……？”某某没有直接回答，……` leaves the words to
        # whoever introduced them.)
        if _AFTER_CLAUSE_RE.match(text, end) and not (denied and speaker is None) and not (
                _INTRODUCES_RE.match(text, after.end()) and text.startswith("：", after.end())
                and text[:start].rstrip().endswith(("：", ":"))):
            # Someone the phrase does not let us read says it: not whoever spoke before.
            # (Unless the verb introduces the next quote with a colon, and a colon introduced
            # this one: `……举起了手：“……？”某某拿起……回答：“……。”`.)
            return _UNREAD, after["verb"], after.end(), after.start("phrase")
    if before is None and (split := _SPLIT_MIDDLE_RE.search(text, window, start)) \
            and (who := _read(split["who"], known)) \
            and ((who.name and who.name not in PRONOUNS) or who.unnamed):
        # `甲说：“……，”乙接过话头，“……。”`: someone named between the parts of a split
        # quote, with what they do and no speech verb, speaks the second (unless
        # words after it say whose it is, above).
        return who, "", end, split.start("who")
    # `某某给儿子发了一条消息：“……。”儿子只回了一句：“……。”` — a whole sentence in marks
    # after a clause whose colon opens it is that clause's subject's; whoever opens the
    # sentence after it goes on to words of their own.
    if text[:start].rstrip().endswith(("：", ":")) \
            and _SENTENCE_END_RE.search(text, start, end - 1) \
            and (intro := _colon_speaker(text[_sentence_start(text, start):start].rstrip(" ：:"),
                                         known)) and (intro.name or intro.unnamed):
        return intro, "", end, _sentence_start(text, start)
    if text.startswith(("，", ","), end) and (after := _AFTER_RE.match(text, end + 1)) \
            and text[after.end():after.end() + 1] in ("，", "。") \
            and not after["phrase"].lstrip().startswith("据") \
            and not _verb_starts_noun(text, after) \
            and (speaker := _read(after["phrase"], known)) and (speaker.name or speaker.unnamed):
        # `“……”，某某兴奋地介绍，……`: a comma between the words and whose they are.
        return speaker, after["verb"], after.end(), after.start("phrase")
    if between := _between(text, end, known):
        if _reported_goes_on(text, start, between):
            # `她说，……。“……”她丈夫某某在一旁直笑：“……”`: words right after one's reported
            # speech go on with it; whoever the clause after them names speaks only next.
            return None, "", end, start
        return between[0], "", between[1], end
    if _SENTENCE_END_RE.search(text, start, end - 1):
        # `“……。”站在果园里，某某一边……，一边说。`: the sentence ends in its attribution.
        # (A phrase that opens with whom the words are for, `对围观的观众`, is no speaker:
        # the subject is the clause's before it, below.)
        if (tail := _TAIL_RE.match(text, end)) \
                and not is_adverbial(tail["phrase"]) \
                and (speaker := _read(tail["phrase"], known)):
            return speaker, tail["verb"], tail.end("verb"), tail.start("phrase")
        # `“……。”这位老人把锅翻过来，指着……告诉记者，“……。”`: the verb's clause has no
        # subject of its own (only what is done while speaking); a clause before it names one.
        if tail and is_adverbial(tail["phrase"]) \
                and (speaker := _setting_subject(text[end:tail.start("phrase")], known)):
            return replace(speaker, context=tail["phrase"]), tail["verb"], tail.end("verb"), end
        # `“……。”某公司总设计师某某站在模型前，……`: the person the sentence goes on about.
        if subject := _subject_after(text, end, known):
            return subject, "", end, end
        # `“……。”某某的一番话引来阵阵掌声。`: the one whose words they are said to be.
        if (words_of := _WORDS_AFTER_RE.match(text, end)) \
                and (speaker := _read(words_of["who"], known)) \
                and (speaker.name or speaker.unnamed):
            return speaker, "", end, end
        # `“点火！”随着指挥员一声令下，……`: the one whose order (or shout) it was.
        if (order := _ORDER_RE.match(text, end)) and (speaker := _read(order["who"], known)):
            return speaker, order["verb"], order.end(), order.start("who")
        # `“……。”说这话的，是一位头发花白的老人。`: the one the words are said to be by;
        # `“……。”说话间，老人摸了摸……`: the one who opens the clause said while speaking.
        if (said_by := _SAID_BY_RE.match(text, end)) \
                and (speaker := _read(said_by["who"], known) if said_by["who"]
                     else _clause_subject(text[said_by.end():_clause_end(text, said_by.end())],
                                          known) or _described(text[said_by.end():])
                     or _bare_noun_opening(text[said_by.end():])
                     or _name_opening(text[said_by.end():])):
            return speaker, "", end, said_by.start()
        # `“……！”人群里，村民们举着手机不停地拍。`: a shout, then a crowd opening the
        # sentence after it (after where they are), doing something: the crowd's.
        if text.startswith("！", end - 2) and (crowd := _CROWD_AFTER_RE.match(text, end)):
            return Speaker("", "", "", unnamed=crowd["who"]), "", end, crowd.start("who")
    if before and before_speaker:
        return before_speaker, before[1], end, window + before[3]
    sentence = _sentence_start(text, start)
    for clause in [sentence] + [m.end() for m in re.finditer("[，,]", text[:start])
                                if m.end() > sentence]:
        if (opening := _OPENING_RE.match(text, clause)) and opening.end() <= start \
                and _SENTENCE_END_RE.search(text, start, end - 1) \
                and (speaker := _read(opening["phrase"], known)):
            return speaker, opening["verb"], end, clause
    if text[:start].rstrip().endswith(("：", ":")) \
            and (speaker := _colon_speaker(text[sentence:start].rstrip(" ：:"), known)):
        return speaker, "", end, sentence
    if before:
        return _UNREAD, before[1], end, window + before[3]
    if text[:start].rstrip().endswith(("，", ",")) \
            and _SENTENCE_END_RE.search(text, start, end - 1) \
            and (subject := _clause_opener(text[sentence:start].rstrip(" ，,"), known)):
        # `第一次来中国的某某对一切都感到惊奇，“……。”`: a whole sentence in marks after a
        # comma, with no speech verb, is the words of someone known who opens the clause.
        return subject, "", end, sentence
    # `某店第五代传人某某感慨良多。“……。”` ending the paragraph: the words of the person the
    # sentence right before is about.
    # (... or followed only by what that person then did, with 他/她 opening a clause of the
    # next sentence and no words in marks: `……。“……。”试用了十来分钟后，她觉得……`.)
    if (not text[end:].strip() or _goes_on_about_them(text, end)) \
            and _SENTENCE_END_RE.search(text, start, end - 1) \
            and (subject := _previous_subject(text, sentence, start, known)):
        return subject, "", end, _sentence_start(text, sentence - 1)
    return None, "", end, start


def _goes_on_about_them(text: str, end: int) -> bool:
    """Whether the next sentence after a quote has 他 or 她 opening a clause and holds no
    words in marks (only terms: `他把平板转过来，屏幕上是一个绿色的“98”。`): it goes on about
    whom the sentence before the quote was about."""
    rest = text[end:]
    stop = _CLAUSE_END_RE.search(rest)
    sentence = rest[:stop.start() if stop else len(rest)]
    if "“" in sentence and (sentence.count("“") != sentence.count("”") or any(
            len(term) > _MAX_TERM or _SPEECHLIKE_RE.search(term)
            for term in _SPAN_RE.findall(sentence))):
        return False
    return _CLAUSE_PRONOUN_RE.search(sentence) is not None


# Prepositions that open the phrase of whom someone speaks to (`对围观的观众说`).
_ADDRESSING = tuple("向对跟给朝冲")


def _reporters_question(text: str, end: int, attribution_end: int) -> bool:
    """Whether the quote that closes at `end` is a reporter's question that the attribution
    after it answers: the words end in ？, the attribution speaks of a reporter (`面对记者
    提问，`, `对记者的追问，`) and introduces the next quote with a colon."""
    return text[end - 2:end - 1] in ("？", "?") and "记者" in text[end:attribution_end] \
        and _INTRODUCES_RE.match(text, attribution_end) is not None


def _verb_starts_noun(text: str, match: re.Match[str]) -> bool:
    """Whether the speech verb `match` found runs on into a noun the dictionary knows
    (`分析|师`, a post): the verb is a word's start, not the attribution's verb."""
    end = match.end("verb")
    return end < len(text) and _CJK_RE.match(text, end) is not None \
        and segment.word_tag(text[match.start("verb"):end + 1]).startswith("n")


@lru_cache(maxsize=64)
def _after_re(shortest: int) -> re.Pattern[str]:
    """`_AFTER_RE` with a speaker phrase of at least `shortest` characters."""
    return re.compile(rf"\s*(?P<phrase>{_PHRASE_CHAR}{{{shortest},48}}?)"
                      rf"(?P<verb>(?:{_VERB})(?:说|道|称)?)")


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts (after a sentence mark and its closer)."""
    ends = [m.end() for m in _SENTENCE_MARK_RE.finditer(text, 0, position)]
    return ends[-1] if ends else 0


def _colon_speaker(clause: str, known: dict[str, str]) -> Speaker | None:
    """`10岁的某某拿着画像：“……”`: a person who opens the clause, with no speech verb;
    `他给记者打了个比方：` the person last named."""
    if " " in clause and (caption := caption_mention(clause + "：")):
        return Speaker(caption[1], caption[2], "")  # `某公司总经理 某某：`, an interview caption
    # (How the voice sounds is no part of what the subject does: `一台迎宾机器人就用清脆的
    # 童声向观众打招呼：` is as long as `一台迎宾机器人向观众打招呼：`.)
    clause = VOICE_RE.sub("", clause)
    if machine := _MACHINE_OPENING_RE.match(clause, clause.rfind("，") + 1):
        return Speaker("", "", "", unnamed=machine["who"])  # `一台导览机器人迎上来：`
    if (turned := _TURNED_TO_RE.match(clause, clause.rfind("，") + 1)) \
            and turned["who"] != "记者" and _ROLE_OR_POST_START_RE.search(clause, turned.end()):
        # `主持人向某公司创始人某某抛出一个问题：` — someone unnamed who turns to a person
        # named after the preposition speaks, not that person.
        return _someone_described(turned["who"])
    if (comma := clause.rfind("，")) > 0 \
            and (own := _last_clause_subject(clause[comma + 1:], known)):
        return own
    if opening := _PRONOUN_OPENING_RE.match(clause):
        return Speaker(opening[1], "", "")  # `她看着某某沙哑的嗓子，递过去……：`: whom 她 means
    if "着" in clause and _PRONOUN_OPENING_RE.match(clause, clause.rfind("，") + 1) \
            and (described := _DESCRIBED_RE.match(clause)) \
            and _HELD_OPENING_RE.fullmatch(clause, described.end(), described.end() + 2):
        # `一位老农拉着某某问价钱，……，他一拍大腿：` — 他 is the one described who opens the
        # sentence, not whom they hold.
        return Speaker("", "", "", unnamed=described["who"])
    for written, name in written_forms(known):
        at = clause.find(written, 0, 16)
        # `某某的徒弟、某某……：` — a name before 的 qualifies the subject; it is not it,
        # unless what it qualifies is speech (`某某的回答很干脆：`).
        if at >= 0 and (not clause.startswith("的", at + len(written))
                        or _SPEECH_NOUN_RE.match(clause, at + len(written))):
            return Speaker(name, "", "")
    if pronoun := _CLAUSE_PRONOUN_RE.search(clause):
        return Speaker(pronoun[1], "", "")
    # `对于……，某某的回答很干脆：` — a name opening the last part, whose speech it is.
    last = clause[clause.rfind("，") + 1:]
    if (noun := _SPEECH_NOUN_RE.search(last)) and 2 <= noun.start() <= 4 \
            and is_person_name(last[:noun.start()]):
        return Speaker(last[:noun.start()], "", "")
    # `顾董事长算了一笔账：` — a surname and post of someone seen before, opening the clause
    # or its last part (`谈到……，乔总给记者算了一笔账：`).
    if name := by_surname_and_post(clause, known) \
            or by_surname_and_post(clause[clause.rfind("，") + 1:], known):
        return Speaker(name, "", "")
    # `见到记者，房大爷打开了话匣子：` — a surname and a form of address of someone named in
    # full before.
    if name := by_surname_and_address(clause[clause.rfind("，") + 1:], known):
        return Speaker(name, "", "")
    if mentions := person_mentions(clause, segment.words(clause)):
        _, name, title = mentions[0]
        return Speaker(name, title, "")
    # `一旁的妻子接过话：` — someone described by a role, unnamed.
    # (`一个扎着马尾的小女孩举起了手：` — or counted and called by age or sex.)
    # (`台下的一位企业负责人接过话头：` — or counted and called by a post.)
    # (Not what a hand does: `搓着手憋出一句：`.)
    if (unnamed := _UNNAMED_OPENING_RE.match(clause, clause.rfind("，") + 1)
            or _COUNTED_OPENING_RE.match(clause, clause.rfind("，") + 1)
            or _COUNTED_POST_OPENING_RE.match(clause, clause.rfind("，") + 1)) \
            and not is_held_action(unnamed["who"]):
        return _someone_described(unnamed["who"])
    # (A name that ends where a word ends first: `李明|话锋一转：` is 李明, not 李明话.)
    # (... or opening the last clause, after what the sentence is about: `谈到未来，某某信心
    # 满满：`; not whose the subject is, `……，某某的团队更有底气：`.)
    ends = set(accumulate(map(len, segment.words(clause))))
    last_start = clause.rfind("，") + 1
    opening_last = [last_start] if last_start > 0 \
        and "的" not in clause[last_start:last_start + 4] else []
    for at in [0] + [m.end() for m in re.finditer("的", clause[:16])] + opening_last:
        for size in sorted((3, 2), key=lambda size: at + size not in ends):
            name = clause[at:at + size]
            # (Not a noun before a role or post, which it qualifies: `来自内蒙古的马头琴|演奏家`.)
            if len(name) == size and is_person_name(name) \
                    and not _ROLE_OR_POST_START_RE.match(clause, at + size):
                return Speaker(name, "" if at == last_start > 0 else clean_title(clause[:at]), "")
    # `导览机器人眨了眨眼睛，回答：`, `导览机器人带着他们……，讲到一半突然提问：` — a machine
    # opening an earlier clause is the subject of the last, which has none of its own.
    if any(machine in clause for machine in MACHINES) \
            and (machines := _MACHINE_CLAUSE_RE.findall(clause)):
        return Speaker("", "", "", unnamed=machines[-1])
    return None


# Someone described by a role alone, turning to someone with a preposition: `主持人向……`.
_TURNED_TO_RE = re.compile(
    rf"(?P<who>(?:[一两几]?[位名个])?[^，。！？；：“”向对跟给朝冲]{{0,8}}?(?:{ROLE_RE}))"
    "(?=[向对跟给朝冲])")
# The subject of a sentence's last clause before a colon, when it has one of its own.
# (Not a machine that someone points at or does something to: `她指了指机器人的后背：`.)
_MACHINE_OPENING_RE = re.compile(
    rf"(?![他她我你])(?P<who>[^，。！？；“”了]{{0,8}}?(?:{'|'.join(MACHINES)}))"
    rf"(?=[^，。！？；“”]{{1,12}}$)")
_MACHINE_CLAUSE_RE = re.compile(
    rf"(?:^|(?<=，))(?![他她我你])([^，。！？；“”了]{{0,8}}?(?:{'|'.join(MACHINES)}))"
    rf"(?=[^，。！？；“”]{{1,16}}，)")
_LISTED_OPENING_RE = re.compile(
    rf"(?P<who>[^，。！？；“”]{{0,8}}?(?:{POST_RE}|{_ROLES_RE}))(?=[^，。！？；“”]{{1,8}}$)")


def _after_companion(title: str, known: dict[str, str], here: Sequence[str] = ()) -> str:
    """`某某和同事某某`: someone known or named `here` before, then 和 (与, 及, 跟), opens no
    title of the one named after them; the title starts after the joining word."""
    for written in [*here, *(written for written, _ in written_forms(known))]:
        for joined in ("和", "与", "及", "跟"):
            if (at := title.find(written + joined)) >= 0 and len(title) > at + len(written) + 1:
                return title[at + len(written) + 1:]
    return title


_WITH_OR_LIKE = tuple("跟和与同比像")
# 他 or 她 opening the clause before a colon is its subject, whoever is named after it.
_PRONOUN_OPENING_RE = re.compile("(他|她)(?![们的身旁边俩家])")


def _last_clause_subject(last: str, known: dict[str, str]) -> Speaker | None:
    """`某某试着皱了皱眉，工作人员某某马上问他：` — the last clause before a colon opens with a
    subject of its own (someone titled, known or named, someone described by a listed role
    or post ending on a word), who speaks, not whoever opened the sentence."""
    words = segment.words(last)
    if (mentions := person_mentions(last, words)) and mentions[0][2] \
            and mentions[0][0] == len(mentions[0][2]):
        return Speaker(mentions[0][1], mentions[0][2], "")
    for written, name in written_forms(known):
        if last.startswith(written):
            return Speaker(name, "", "")
    # (`房大爷`, `乔总` for someone named in full before; `郑大爷` for no one known.)
    if name := by_surname_and_address(last, known) or by_surname_and_post(last, known):
        return Speaker(name, "", "")
    if mentions and mentions[0][0] == 0:
        return Speaker(mentions[0][1], "", "")
    # (Not whose something is: `采购商的行业更加多元：` is no buyer speaking; nor whom the
    # subject is with or like: `某某蹲下来，跟男孩一般高：`.)
    # (... nor whom 他 faces: `他冲着社区工作人员直摆手：` is his.)
    if (described := _LISTED_OPENING_RE.match(last)) and not is_held_action(described["who"]) \
            and not last.startswith(_WITH_OR_LIKE) and not _PRONOUN_OPENING_RE.match(last) \
            and described.end("who") in accumulate(map(len, words)) \
            and not last.startswith("的", described.end("who")):
        return _someone_described(described["who"])
    return None


def _someone_described(who: str) -> Speaker:
    """The one a description opening a colon's clause gives: someone unnamed, as written, or
    whom it points back to (`谈及未来，这位“90后”创业者信心满满：`)."""
    who = who.translate(_UNMASK)
    if back := _POINTING_BACK_RE.match(who):
        return Speaker(BACK_REFERENCE, who[back.end():], "")
    return Speaker("", "", "", unnamed=who)


_ROLE_OR_POST_END_RE = re.compile(f"(?:{POST_RE}|{ROLE_RE})$")
_ROLE_OR_POST_START_RE = re.compile(f"[{CJK_CHARS}]{{0,3}}?(?:{POST_RE}|{ROLE_RE})")


def _indirect(text: str, masked: str, known: dict[str, str]) -> list[_Found]:
    found: list[_Found] = _opinions(text, masked, known) if "认为" in masked else []
    # Only clause starts with a reporting verb and a comma close after them can match.
    verbs = [m.start() for m in _REPORT_COMMA_RE.finditer(masked)]
    if not verbs:
        return found
    quoted = [m.span() for m in _SPAN_RE.finditer(text)]
    starts = [0] + [m.end() for m in _STARTS_RE.finditer(text)]
    slack = sum(len(m.group()) - 1 for m in _ORIGINAL_UNIT_RE.finditer(text)) \
        if "（" in text or "(" in text else 0
    for start in starts:
        near = bisect_right(verbs, start)
        if near == len(verbs) or verbs[near] > start + _MAX_PHRASE + slack:
            continue
        if any(a < start < b for a, b in quoted) \
                or any(f.anchor <= start < f.end for f in found):
            continue
        match = _INDIRECT_RE.match(masked, start)
        # (`某某说，“……”。`: words all in marks, short enough to be masked as a term, are
        # the direct quote the marks make them, not reported speech as well.)
        if not match or _ALL_QUOTED_RE.fullmatch(text, match.start("text"), match.end()):
            continue
        speaker = _read(match["phrase"], known)
        if speaker is None:
            continue
        found.append(_Found(match.start("text"), match.end(), text[match.start("text"):match.end()],
                            speaker, match["verb"], "indirect", match.start()))
    return found


def _opinions(text: str, masked: str, known: dict[str, str]) -> list[_Found]:
    """Opinions reported with no comma after 认为 (`对于……，他认为关键在于……。`), held by
    someone named or a pronoun that opens the clause."""
    found: list[_Found] = []
    quoted = [m.span() for m in _SPAN_RE.finditer(text)]
    for start in [0] + [m.end() for m in _STARTS_RE.finditer(text)]:
        if any(a < start < b for a, b in quoted) or not (match := _OPINION_RE.match(masked, start)):
            continue
        speaker = _read(match["phrase"], known)
        if speaker is None or not speaker.name or match["phrase"].endswith("被"):
            continue
        found.append(_Found(match.start("text"), match.end(), text[match.start("text"):match.end()],
                            speaker, match["verb"], "indirect", match.start()))
    return found


# An attribution between the two parts of a split quote: a closing mark, a phrase with no
# sentence mark, a comma.
_SPLIT_BEFORE_RE = re.compile(r"”[^“”。！？；：]{1,40}，")
_SPLIT_MIDDLE_RE = re.compile(r"”(?P<who>[^“”。！？；：，]{1,40})，$")


def _open_quote(text: str, masked: str, known: dict[str, str]) -> list[_Found]:
    """A paragraph of a quote that runs on (`“……。` with no closing mark: the next
    paragraph opens another mark): its words, spoken by whoever was speaking; or, after an
    introduction (`某某对记者说：“……。`), by whom it introduces."""
    body = text.strip()
    if body.startswith("“") and "”" not in body and _POINT_END_RE.search(body):
        at = text.index("“")
        return [_Found(at, len(text), body[1:], None, "", "direct", at)]
    at = text.rfind("“")
    rest = text[at + 1:].rstrip()
    if at <= 0 or "”" in rest or not _POINT_END_RE.search(rest):
        return []
    if (split := _SPLIT_BEFORE_RE.search(text, 0, at)) and split.end() == at:
        # `“……。”某某说，“……。` — the second part of a split quote runs on: the words
        # of whoever spoke the first.
        return [_Found(at, len(text), rest, None, "", "direct", at)]
    if not text[:at].rstrip().endswith(("：", ":")):
        return []
    window = max(0, at - _LOOKBACK)
    intro = _before(masked[window:at].rstrip())
    if not intro or not (speaker := _read(intro[0], known)):
        # `说起……，他打开了话匣子：“……。`: a person who opens the clause, no speech verb.
        sentence = _sentence_start(text, at)
        if speaker := _colon_speaker(text[sentence:at].rstrip(" ：:"), known):
            return [_Found(at, len(text), rest, speaker, "", "direct", sentence)]
        return []
    return [_Found(at, len(text), rest, speaker, intro[1], "direct", window + intro[3])]


def _introduction(masked: str, known: dict[str, str]) -> list[_Found]:
    """A paragraph that ends introducing speech (`某某回忆道：`): the quote opens the next
    paragraph."""
    if not masked.rstrip().endswith(("：", ":")):
        return []
    window = max(0, len(masked.rstrip()) - _LOOKBACK)
    intro = _before(masked[window:].rstrip())
    if not intro or not (speaker := _read(intro[0], known)):
        return []
    end = len(masked)
    return [_Found(end, end, "", speaker, intro[1], "intro", window + intro[3])]


def _described_people(text: str, words: Sequence[str]) -> list[tuple[int, str, str]]:
    """People described, not named, who open a sentence or whom the reporter met, as
    mentions; a description ends with a whole word, the first that ends in a role or post
    (`一位来自民营火箭企业的年轻工程师`, not the 民 of 民营 nor the 工 of 工程师)."""
    ends = set(accumulate(map(len, words)))
    found = []
    # (The reporter who met someone is named: no search for the meeting without 记者.)
    patterns = (_DESCRIBED_RE, _MET_DESCRIBED_RE) if "记者" in text else (_DESCRIBED_RE,)
    matches = [m for pattern in patterns for m in pattern.finditer(text)]
    for match in matches:
        start, end = match.span("who")
        if words and end not in ends:
            limit = min(len(text), start + 2 + _DESCRIBED_SPAN + 4)
            end = next((e for e in sorted(ends) if end < e <= limit
                        and not _DESCRIPTION_MARK_RE.search(text, start, e)
                        and _PERSON_NOUN_END_RE.search(text, start, e)), end)
        # (A role after the role is part of it: `一名大学生志愿者`, not `一名大学生`.)
        while words and (longer := next((e for e in sorted(ends) if e > end), 0)) \
                and _PERSON_NOUN_RE.fullmatch(text, end, longer):
            end = longer
        found.append((start, _DESCRIBED + text[start:end], ""))
    return found


# Questions put, told of in a sentence: `问题一个接一个`, `举手提问`, `围着他问个不停`.
_ASKING_RE = re.compile("问题|提问|发问|追问|问个不停|问这问那")
# A group counted as one (`一群大学生`, `一批……的采购商`), as people are by 位 and 名.
_GROUP_DESCRIBED_RE = re.compile(
    rf"(?:^|(?<=[。！？；，]))(?P<who>一[群批伙行][^，。！？；“”]{{0,{_DESCRIBED_SPAN}}}?"
    rf"(?:{ROLE_RE}))")


def _asker_before(before: str) -> str:
    """Who put a question in marks that has no attribution of its own: someone described
    (`一位观众`, `一群来自某地的大学生`) who opens a clause of the sentence right before it
    (in its paragraph, or last in the paragraph before when the question opens one), when
    that sentence tells of questions put; "" otherwise."""
    before = before.rstrip()
    if not before.endswith(("。", "！")):
        return ""
    sentence = before[_sentence_start(before, len(before) - 1):]
    if not _ASKING_RE.search(sentence):
        return ""
    match = _DESCRIBED_RE.search(sentence) or _GROUP_DESCRIBED_RE.search(sentence)
    return match["who"] if match else ""


def _clause_end(text: str, at: int) -> int:
    """Where the clause that starts at offset `at` ends: at its next clause mark."""
    mark = _CLAUSE_MARK_RE.search(text, at)
    return mark.start() if mark else len(text)


def _described(clause: str) -> Speaker | None:
    """Someone described, not named, who opens `clause` (`两名来自某地的大学生刚刚……`)."""
    if match := _DESCRIBED_RE.match(clause):
        return Speaker("", "", "", unnamed=match["who"])
    return None


def _bare_noun_opening(clause: str) -> Speaker | None:
    """A bare noun of age or sex, or a role, that opens `clause` as its subject (`老人有些
    拘谨`): someone described, whom the paragraph's last named person may be."""
    words = segment.words(clause[:8])
    if len(words) >= 2 and words[0] in _BARE_NOUNS and words[1] not in ("的", "们"):
        return Speaker("", "", "", unnamed=words[0])
    return None


def _name_opening(clause: str) -> Speaker | None:
    """A name that opens `clause` (`某某的眼眶有些湿润`): one word jieba reads, or a surname and
    the word after it."""
    words = segment.words(clause[:8])
    names = words[:1] + (["".join(words[:2])] if words and len(words[0]) == 1 else [])
    for name in names:
        if 2 <= len(name) <= 4 and is_person_name(name):
            return Speaker(name, "", "")
    return None


def _placed(clause: str) -> Speaker | None:
    """Someone described by where they are, not counted, who opens `clause` and does
    something in it (`看台上的村民敲起了铜锣`)."""
    if match := _PLACED_RE.match(clause):
        return Speaker("", "", "", unnamed=match["who"])
    return None


def _clause_subject(clause: str, known: dict[str, str]) -> Speaker | None:
    """Someone known, or 他/她, who opens `clause`."""
    if clause[:1] in PRONOUNS:
        return Speaker(clause[0], "", "")
    for written, name in written_forms(known):
        if clause.startswith(written):
            return Speaker(name, "", "")
    return None


def _before(text: str) -> tuple[str, str, str, int] | None:
    """The speaker phrase, verb and mark that end `text` (`某某回答说：`), and where the
    phrase starts; a verb the phrase ends with belongs to the verb (回答 + 说)."""
    # (The pattern ends in the mark: on text that does not, it fails slowly, at every offset.)
    if text.rstrip()[-1:] not in ("：", ":", "，", ",") or not (match := _BEFORE_RE.search(text)):
        return None
    phrase, verb = match["phrase"], match["verb"]
    # `他感叹道：` — the greedy phrase took the start of a verb whose end is a verb too (叹道).
    for size in (2, 1):
        if len(phrase) >= size and _FULL_VERB_RE.fullmatch(phrase[-size:] + verb):
            phrase, verb = phrase[:-size], phrase[-size:] + verb
            break
    if not phrase:
        return None  # `，感叹道：`: the whole verb opens its clause, with no subject of its own
    if more := _VERB_END_RE.search(phrase):
        if more.start() == 0:
            return None  # `，补充说，`: the verb has no subject of its own
        phrase, verb = phrase[: more.start()], more.group() + verb
    return phrase, verb, match["sep"], match.start()


# What follows someone known in a description of another: `坐在甲身旁的`, `甲的`.
_PLACED_BY_RE = re.compile("(?:身旁|身边|旁边|身后|对面)?的")


def _find_all(text: str, part: str) -> list[int]:
    """Every offset where `part` occurs in `text`."""
    return [m.start() for m in re.finditer(re.escape(part), text)]


def _between(text: str, end: int, known: dict[str, str]) -> tuple[Speaker, int] | None:
    """`“……。”回忆起当晚，某某仍心有余悸，“……。”`: one person, named (or 他/她) in the clauses
    between two quotes of one sentence, speaks both.

    Returns:
        The speaker and where the next quote opens, or None.
    """
    following = text.find("“", end)
    between = text[end:following]
    if following < 0 or not between.endswith(("，", "：")) or _CLAUSE_END_RE.search(between):
        return None
    forms = [(written, name) for written, name in written_forms(known) if written in between]
    people = {name for _, name in forms}
    # `坐在甲身旁的投资人乙接过话头，`: someone placed by 甲 (or 甲's) opens the clause, not 甲.
    placed = {name for written, name in forms for at in _find_all(between, written)
              if _PLACED_BY_RE.match(between, at + len(written))}
    if placed and len(people - placed) == 1:
        people -= placed
    elif placed and people == placed and (other := _read(between[:-1], known)) \
            and other.name and other.name not in people and other.name not in PRONOUNS:
        return other, following
    if len(people) == 1:
        return Speaker(people.pop(), "", ""), following
    if not people and (pronoun := _CLAUSE_PRONOUN_RE.search(between)):
        return Speaker(pronoun[1], "", ""), following
    # (`“……，”他的妈妈笑着接过话，“……。”`: someone described by a role opens them.)
    if not people and (unnamed := _UNNAMED_OPENING_RE.match(between[:-1])):
        return _someone_described(unnamed["who"]), following
    return None


def _alias_between(text: str, end: int, aliases: Mapping[str, str],
                   known: dict[str, str]) -> tuple[str, int] | None:
    """The one person a name the text said someone goes by (`都叫她“芳姐”`) means, when it is
    the only one named in the clauses between two quotes of one sentence (as `_between`
    reads known names), and where the next quote opens; else None."""
    following = text.find("“", end)
    between = text[end:following]
    if following < 0 or not between.endswith(("，", "：")) or _CLAUSE_END_RE.search(between) \
            or "”" in between:
        return None
    people = {who for alias, who in aliases.items() if alias in between} \
        | {name for written, name in written_forms(known) if written in between}
    return (people.pop(), following) if len(people) == 1 \
        and any(alias in between for alias in aliases) else None


_LISTED_ITEM_RE = re.compile(f"、(?P<item>[{CJK_CHARS}]{{2}})(?=[、的])")


def _not_listed_actions(text: str, mentions: list[tuple[int, str, str]]
                        ) -> list[tuple[int, str, str]]:
    """The mentions but those of a list that holds a word of two that is no name and names no
    one (`古代窑工拉坯、施釉、装窑的场景`: things done, read as names after a role)."""
    starts = {at for at, _, _ in mentions}
    listed: list[int] = []
    for at, name, title in mentions:
        if not title or not text.startswith("、", end := at + len(name)):
            continue
        chain = [at]
        while (item := _LISTED_ITEM_RE.match(text, end)) and item.start("item") in starts:
            chain.append(item.start("item"))
            end = item.end()
        if item and item.start("item") not in starts and not is_person_name(item["item"]):
            listed += chain
    return [m for m in mentions if m[0] not in listed] if listed else mentions


def _reported_goes_on(text: str, start: int, between: tuple[Speaker, int]) -> bool:
    """Whether a quote opening the sentence after someone's reported speech (`她说，……。`)
    goes on with it, the clause after the quote naming another who introduces words of their
    own with a colon."""
    speaker, following = between
    if start == 0 or _sentence_start(text, start) != start or not speaker.name \
            or speaker.name in PRONOUNS or not text.startswith("：", following - 1):
        return False
    opening = _OPENING_RE.match(text, _sentence_start(text, start - 1))
    return opening is not None and opening.end() < start and speaker.name not in opening["phrase"]


def _previous_subject(text: str, sentence: int, start: int,
                      known: dict[str, str]) -> Speaker | None:
    """The one known person who opens the sentence that ends right before a quote (after
    their title as written), when the quote opens right after it."""
    if sentence != start or sentence == 0:
        return None
    previous = text[_sentence_start(text, sentence - 1):sentence]
    if previous[:1] in PRONOUNS and previous[1:2] not in ("们", "的") \
            and not _OPENING_RE.match(previous) \
            and not any(written in previous for written, _ in written_forms(known)):
        # `75岁的甘大爷是……。他背着手……走向隔壁的糖水铺。“……。”`: the one 他 means.
        return Speaker(previous[0], "", "")
    if _OPENING_RE.match(previous):
        # `她说，跟着某某……。“……。”` — reported speech, which the quote goes on with: the
        # people it names are not who speaks.
        return None
    # `另一位持股多年的股东更关心分红。“……？”`: another of those who spoke before, counted
    # and described, opening it takes the turn. (Not anyone counted: `一位观众走上前来。“……？”`
    # gives the words no speaker.)
    if (described := _DESCRIBED_RE.match(previous)) and described["who"].startswith("另") \
            and not previous.startswith("的", described.end()):
        return Speaker("", "", "", unnamed=described["who"])
    people = {name for written, name in written_forms(known) if written in previous}
    if len(people) == 2:
        # `某某的母亲张桂兰在一旁帮着打包。“……。”`: the kin, named right after the kin word,
        # of the one who opens the sentence.
        for written, owner in written_forms(known):
            if previous.startswith(written) \
                    and (kin := _KIN_AFTER_RE.match(previous, len(written))):
                return next((Speaker(other, "", "") for form, other in written_forms(known)
                             if other != owner and previous.startswith(form, kin.end())), None)
    if len(people) != 1:
        return None
    name = people.pop()
    for written, owner in written_forms(known):
        at = previous.find(written)
        clause = max(previous.rfind(mark, 0, at) for mark in "，,；") + 1
        # (Not whom a completed action was done to: `不少学生围住了某某。“老师，……？”`.)
        if owner == name and at >= 0 and (at == clause or (
                "了" not in previous[clause:at]
                and (speaker := _read(previous[clause:at + len(written)], known))
                and speaker.name == name)):
            if kin := _KIN_AFTER_RE.match(previous, at + len(written)):
                # `某某的母亲在一旁帮着打包。“……。”`: the one the text names only by kin.
                return Speaker("", "", "", unnamed=previous[clause:kin.end()])
            return Speaker(name, "", "")
    return None


def _subject_after(text: str, end: int, known: dict[str, str]) -> Speaker | None:
    """Someone known who opens the clause right after a quote, bare or behind their title
    as first written (`”某公司总设计师某某站在……`)."""
    clause = text[end: end + _LOOKBACK]
    if _REPORTER_SAW_RE.match(clause):
        # `“……。”记者见到某某时，他正……` and `记者注意到，说这话时，某某……`: the person the
        # reporter met as the words were said says them; not whoever the reporter saw
        # afterwards (`记者在现场看到，工程师某某正在……`).
        if when := _MET_WHEN_RE.match(clause):
            return _person_in(when["who"] or when["subject"], known)
        return None
    if when := _SAID_WHEN_RE.match(clause):
        if when["subject"][:1] in PRONOUNS and not when["subject"].startswith(("他们", "她们")):
            return Speaker(when["subject"][0], "", "")
        return _person_in(when["subject"], known)
    # (A sentence after the words that a pronoun opens is theirs: `“……！”他激动得眼眶泛红。
    # 某某的父亲……` — the one named in the next sentence, or their kin, did not speak.)
    sentence = clause[:m.start()] if clause.startswith(PRONOUNS) \
        and (m := _FULL_STOP_RE.search(clause)) else clause
    # (... and whoever is named after other words in marks said those: `“……？”记者问。
    # “……。”工程师某某说。`)
    sentence = sentence.partition("“")[0]
    for written, name in written_forms(known):
        at = sentence.find(written)
        if at == 0 or (at > 0 and (speaker := _read(sentence[:at + len(written)], known))
                       and speaker.name == name):
            if kin := _KIN_AFTER_RE.match(clause, at + len(written)):
                # `”科考队员某某的妻子抱着孩子，……`: the one the text names only by kin.
                return Speaker("", "", "", unnamed=clause[:kin.end()])
            return Speaker(name, "", "")
    # `“……？”苗院士话音刚落，……`: someone known by surname and post opening the clause, as
    # by their name (not whose thing it is: `苗院士的学生`).
    for written, name in titled_forms(known):
        if clause.startswith(written) and not clause.startswith("的", len(written)):
            return Speaker(name, "", "")
    # `“……。”师傅白了他一眼。`: the master of an apprentice the text names, opening the
    # sentence after the words (whom `_master_of` finds).
    if clause.startswith(_MASTERS) and not clause.startswith(("的", "们"), 2):
        return Speaker("", "", "", unnamed=clause[:2])
    # `“……。”这位返乡青年一脸自豪。`, `这位上海人竖起大拇指`: a description pointing back
    # that opens the sentence after the words (not whose thing it is: `这位老人的孙子`).
    if (back := _BACK_OPENING_RE.match(clause)) is not None \
            and not clause.startswith("的", back.end()):
        return parse_speaker(back.group(), known)
    # `“……！”她热情地招呼着。`: 他/她 opening a short sentence of their own.
    if (pronoun := _PRONOUN_SENTENCE_RE.match(clause)) is not None:
        return Speaker(pronoun[1], "", "")
    # `“……。”这位“90后”创业者信心满满。`: a noun pointing back to someone, opening a short
    # sentence of its own.
    if (back := _BACK_SENTENCE_RE.match(clause)) is not None:
        return Speaker(BACK_REFERENCE, back["noun"].translate(_UNMASK), "")
    # `“……。”说起那段日子，老人笑出了声。`: a bare noun of age or sex opening a short
    # sentence (after the topic or time of the words), definite as the one just named.
    if (noun := _NOUN_SENTENCE_RE.match(clause)) is not None:
        return Speaker("", "", "", unnamed=noun["noun"])
    # `“……。”陪着孩子的妈妈很有感触。`: someone described by whose kin they are, opening a
    # short sentence of their own (not named after the noun: that name is known).
    if (kin := _KIN_SENTENCE_RE.match(clause)) is not None:
        return Speaker("", "", "", unnamed=kin["who"])
    # `“……！”一个扎着羊角辫的小女孩拽着妈妈的衣角`, `“……”一位深圳的小学生如数家珍。`:
    # someone counted and described who opens the sentence after the words, doing something
    # else than speaking (not whose thing it is: `一位观众的手机`).
    if (described := _DESCRIBED_RE.match(clause)) is not None \
            and (not clause.startswith("的", described.end())
                 or (text[end - 2:end - 1] in "？?"
                     and clause.startswith(_QUESTIONS, described.end()))):
        # (... or whose question the words were: `“……？”一个小男孩的问题把大家逗乐了。`)
        return Speaker("", "", "", unnamed=described["who"])
    # `“……！”看台上一位70多岁的老大爷激动地站了起来。`: someone counted and called by age or
    # sex, after where they are, opening a short sentence of their own.
    if (counted := _COUNTED_AFTER_RE.match(clause)) is not None:
        return Speaker("", "", "", unnamed=counted["who"])
    # `“……！”主播“茶妹阿香”举着玻璃杯凑近镜头`: a role and the nickname in marks one goes
    # by, no name, opening the clause after the words and doing something there.
    if (nicknamed := _NICKNAMED_OPENING_RE.match(clause)) is not None:
        return Speaker("", "", "", unnamed=nicknamed["who"].translate(_UNMASK))
    # `“欢迎光临！”展厅入口，一台迎宾机器人向观众打招呼。`: a machine that greets, after where
    # it stands.
    if (machine := _MACHINE_GREETS_RE.match(clause)) is not None:
        return Speaker("", "", "", unnamed=machine["who"])
    return None


_QUESTIONS = ("的问题", "的提问")
_COUNTED_AFTER_RE = re.compile(
    r"(?:[^，。！？；“”的]{1,6}?[上里边旁前中下外][，,]?)?"
    rf"(?P<who>[一两几][个位名][^，。！？；“”]{{0,10}}?"
    rf"(?:{'|'.join(sorted(_BY_AGE_OR_SEX, key=len, reverse=True))}))(?![们的])"
    r"[^，。！？；“”]{1,16}[。！？]")
_NICKNAMED_OPENING_RE = re.compile(
    rf"(?P<who>[^，。！？；“”的]{{0,8}}?(?:{POST_RE}|{ROLE_RE})"
    rf"[“\ue000][^“”\ue000\ue001，。！？]{{1,8}}[”\ue001])(?=[^，。！？；“”的\ue000]{{2,}})")
# Words heard or sounding, by whose they are (`听到机器人的提醒`, `随着观众的一声声呐喊`), opening
# the sentence after a quote, after a time or place at most.
_HEARD_WORDS_RE = re.compile(
    r"(?:[^，。！？；“”]{1,12}[，,])?(?:听到|听了|听完|随着|伴着|伴随着)"
    r"(?P<who>[^，。！？；“”的]{1,12}?)的(?:一声声|一阵阵|一声|一阵|阵阵|声声|一番|几句)?"
    r"(?:提醒|呐喊|喊声|叫喊|欢呼|欢呼声|问候|回答|介绍|讲解|吆喝|招呼|叮嘱|提问|话)(?=[，,])")
_MACHINE_GREETS_RE = re.compile(
    rf"(?:[^，。！？；“”]{{1,8}}[，,])?(?P<who>[^，。！？；“”]{{0,10}}?(?:{'|'.join(MACHINES)}))"
    r"[^，。！？；“”]{0,16}?(?:打招呼|打着招呼|问好|致意|招呼道)")


# `这位老人`, `这名90后`: a description pointing back that opens a clause.
_BACK_OPENING_RE = re.compile(
    rf"(?:{POINTERS})[^，。！？；“”]{{0,10}}?(?:{ROLE_RE}|(?:[5-9]0|00|10)后"
    # (... or where they are from, with 人: `这位上海人`.)
    rf"|(?<=[这此][位名])[{CJK_CHARS}]{{1,4}}?人(?![员士民们]))")


# An age, then a description or title, right before a name (`9岁的`, `73岁的退休教师`).
_AGED_BEFORE_RE = re.compile(r"\d{1,3}岁的?[^，。！？；“”的]{0,8}$")
_AGE_OPENING_RE = re.compile(r"(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的)?")


def _setting_subject(setting: str, known: dict[str, str]) -> Speaker | None:
    """Who opens one of the clauses of `setting` (the last that names someone): 他/她,
    someone known, a description pointing back, or someone named behind their title."""
    for clause in reversed(setting.strip().rstrip("，,").split("，")):
        if speaker := _clause_subject(clause, known):
            return speaker
        if back := _BACK_OPENING_RE.match(clause):
            return parse_speaker(back.group(), known)
        for at, name, title in person_mentions(clause, segment.words(clause)):
            if _AGE_OPENING_RE.fullmatch(clause, 0, at):
                return Speaker(name, title, "")  # `9岁的某某踮着脚`
            if (speaker := _read(clause[:at + len(name)], known)) and speaker.name == name:
                return speaker
        # `身穿苗族盛装的某某对着镜头，一边……一边介绍`: someone described and named, then
        # what they do, as a speaker phrase reads before its verb.
        if (speaker := _read(clause, known)) and speaker.name and speaker.context \
                and speaker.name not in PRONOUNS:
            return replace(speaker, context="")
    return None


# (A description or a title may come first: `在中国生活了6年的德国留学生某某`.)
_OPENER_SPAN = 24


def _clause_opener(clause: str, known: dict[str, str]) -> Speaker | None:
    """Someone known who opens the last clause of `clause`, after a description that ends
    in 的 or their title (`第一次来中国的某某`)."""
    last = clause[clause.rfind("，") + 1:]
    for written, name in written_forms(known):
        at = last.find(written, 0, _OPENER_SPAN)
        if at >= 0 and len(last) > at + len(written) and (
                at == 0 or last[at - 1] == "的" or _PERSON_NOUN_END_RE.search(last, 0, at)):
            return Speaker(name, "", "")
    return None


def _person_in(phrase: str, known: dict[str, str]) -> Speaker | None:
    """The person `phrase` names first: someone known who opens or ends it, else someone
    named after a post or role."""
    for written, name in written_forms(known):
        if phrase.startswith(written) or phrase.endswith(written):
            return Speaker(name, "", "")
    if found := person_mentions(phrase, segment.words(phrase)):
        _, name, title = found[0]
        return Speaker(name, title, "")
    return None


def _with_known(mentions: list[tuple[int, str, str]], text: str,
                known: dict[str, str]) -> list[tuple[int, str, str]]:
    """The mentions of people plus every place the paragraph names someone already known
    (outside quotation marks), in order: later bare names resolve 他/她 too."""
    if not known:
        return mentions
    forms = dict(written_forms(known))
    # (`老牟` read as someone called by surname: the person known in full by it.)
    mentions = [(at, forms.get(name, name) if name not in known else name, title)
                for at, name, title in mentions]
    if titled := dict(titled_forms(known)):
        # `伍老师` read as a form of address: the person known by that surname and post.
        mentions = [(at, titled.get(name, name), title) for at, name, title in mentions]
    spans = [m.span() for m in _SPAN_RE.finditer(text)]
    seen = {at for at, _, _ in mentions}
    extra = []
    # (`卢院士持乐观态度。“……”他说。`: a surname and post name someone known too.)
    for at, written, name in _find_known(text, written_forms(known) + list(titled.items())):
        if at not in seen and not any(a < at < b for a, b in spans):
            # `某某的父亲是……。他说` : 他 is the father, whom the text does not name.
            kin = _KIN_AFTER_RE.match(text, at + len(written))
            if kin and any(kin.end() <= other <= kin.end() + _KIN_TITLE_MAX
                           and not _CLAUSE_MARK_RE.search(text, kin.end(), other)
                           for other in seen):
                # `某某的儿子某某`, `某某的学生、博士研究生某某`: the one named after the kin
                # word (and the posts joined to it) is named; that mention stands.
                continue
            extra.append((at, _DESCRIBED + text[at:kin.end()] if kin else name, ""))
            seen.add(at)
    # `某医生显得有些……。“……”他说。`: a surname and post opening a clause name someone known.
    initials = {name[0] for name in known}  # (whom it names starts with the clause)
    for at in [0, *(m.end() for m in _CLAUSE_MARK_RE.finditer(text))]:
        if text[at:at + 1] in initials and at not in seen \
                and not any(a < at < b for a, b in spans) \
                and (name := by_surname_and_post(text[at:at + _SURNAME_POST_MAX], known,
                                                 loose=True)):
            extra.append((at, name, ""))
            seen.add(at)
    return sorted(mentions + extra) if extra else mentions


def _find_known(text: str, forms: list[tuple[str, str]]) -> list[tuple[int, str, str]]:
    """Where the text writes someone known, left to right without overlaps, the longest
    form at each place: (offset, as written, name).

    (A regular expression of the forms would do the same, but compiling one for each new set
    of known people cost more than the rest of the quote stage.)"""
    found = sorted((at, -len(written), written, name) for written, name in forms
                   if written and written in text for at in _offsets(text, written))
    matches: list[tuple[int, str, str]] = []
    end = 0
    for at, _, written, name in found:
        if at >= end:
            matches.append((at, written, name))
            end = at + len(written)
    return matches


def _offsets(text: str, word: str) -> list[int]:
    """Every offset at which `word` starts in `text`."""
    found, at = [], text.find(word) if word else -1
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _outside_quotes(mentions: list[tuple[int, str, str]],
                    text: str) -> list[tuple[int, str, str]]:
    """The mentions that are not inside a quotation of speech (a sentence in marks)."""
    spans = [m.span() for m in _SPAN_RE.finditer(text) if _SPEECHLIKE_RE.search(m[1])]
    if not spans:
        return mentions
    return [m for m in mentions if not any(a < m[0] < b for a, b in spans)]


_CLEFT = "的是"


def _subjects(mentions: list[tuple[int, str, str]], text: str) -> list[tuple[int, str, str]]:
    """The first person named in each sentence, its subject as a rule: 他/她 in the next
    sentence means them, not someone the sentence names in passing (`某某是某某带出的学生。
    她说……`)."""
    seen: set[int] = set()
    found = []
    ends = [m.end() for m in _SENTENCE_MARK_RE.finditer(text)]
    sentences = [bisect_right(ends, at) for at, _, _ in mentions]
    # `为某某担任翻译的是某大学博士生某某。“……”她笑着说。`: the one named after 的是 is
    # whom the sentence is about, not the one named in the clause before it.
    clefts: dict[int, int] = {}
    for n, (at, _, _) in enumerate(mentions):
        cleft = text.rfind(_CLEFT, 0, at)
        if cleft >= 0 and not _CLAUSE_MARK_RE.search(text, cleft, at) and any(
                sentences[m] == sentences[n] and mentions[m][0] < cleft for m in range(n)):
            clefts.setdefault(sentences[n], n)
    for n, mention in enumerate(mentions):
        at, name, _ = mention
        sentence = sentences[n]
        if clefts.get(sentence, n) != n:
            continue
        if text.startswith("的", at + len(name)) and sentence in sentences[n + 1:]:
            # `某某的徒弟、某某`: a name before 的 qualifies the subject, the person named
            # after it (`作家某某的小说……。他说` has no other: 他 is the writer).
            continue
        if sentence not in seen:
            seen.add(sentence)
            found.append(mention)
    return found


def _mask_terms(text: str) -> str:
    """The text with short quoted terms (`“95后”`) marked by private characters instead
    of quotation marks, and the comma of `一边……，一边` by another, so a speaker phrase
    may hold them; offsets are unchanged."""
    if "边" in text:
        text = _WHILE_COMMA_RE.sub(lambda m: m[1] + _WHILE_COMMA, text)
    return _SPAN_RE.sub(
        lambda m: _TERM_OPEN + m[1] + _TERM_CLOSE if len(m[1]) <= _MAX_TERM
        and not _SPEECHLIKE_RE.search(m[1]) else m[0], text)


# A short term in marks (masked) right before a name, after a title and 、 or opening the phrase.
_NICKNAME_IN_PHRASE_RE = re.compile(
    f"(?:^|、){_TERM_OPEN}[^{_TERM_OPEN}{_TERM_CLOSE}]{{1,8}}{_TERM_CLOSE}(?=[{CJK_CHARS}])")


def _read(phrase: str, known: dict[str, str]) -> Speaker | None:
    """`parse_speaker` on a phrase of the masked text, with its quotation marks restored."""
    if _WHILE_COMMA in phrase:
        phrase = phrase.translate(_UNMASK_COMMA)
    speaker = parse_speaker(phrase, known)
    if speaker is None and _TERM_OPEN in phrase \
            and (nickname := _NICKNAME_IN_PHRASE_RE.search(phrase)) \
            and (plain := parse_speaker(phrase[:nickname.start()] + phrase[nickname.end():],
                                        known)) and plain.name:
        # `“小鹿”某某对着镜头喊`, `讲解员、“科普达人”某某说`: a nickname in marks right
        # before a name is no part of the name nor of the title.
        return plain
    if speaker is None or _TERM_OPEN not in phrase:
        return speaker
    return Speaker(*(part.translate(_UNMASK) for part in
                     (speaker.name, speaker.title, speaker.context, speaker.unnamed)))


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    seen: set[tuple[str, int]] = set()
    unique = []
    for quote in quotes:
        if (quote.text, quote.paragraph) not in seen:
            seen.add((quote.text, quote.paragraph))
            unique.append(quote)
    return unique
