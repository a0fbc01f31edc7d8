"""People's names, posts, roles and organisations, as Chinese news writes them.

Posts (`院长`), roles (`市民`) and organisation suffixes are general vocabulary; names come
from jieba's dictionary (tags, word frequencies), from a common surname, or from where they
stand: right after a post or role. Speaker phrases are read in `speakers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Any

from kiosk.content import segment
from kiosk.content.text import CJK_CHARS, blank_quoted

# Posts that end a title, longest first so 副总经理 wins over 经理.
POSTS = sorted({
    "主席", "副主席", "联席主席", "名誉主席", "执行主席", "院长", "副院长", "所长", "副所长",
    "会士",
    "发起人",
    "研究员", "副研究员", "总经理", "副总经理", "经理", "董事长", "副董事长", "董事", "总裁",
    "副总裁", "高级副总裁", "首席执行官", "首席科学家", "首席技术官", "首席运营官", "主任",
    "副主任", "总干事", "副总干事", "秘书长", "副秘书长", "部长", "副部长", "局长", "副局长",
    "市长", "副市长", "省长", "副省长", "书记", "副书记", "总书记", "教授", "副教授", "院士",
    "博士", "博士后", "工程师", "总工程师", "高级工程师", "负责人", "创始人", "联合创始人", "校长",
    "副校长", "理事长", "副理事长", "会长", "副会长", "行长", "副行长", "总监", "技术总监",
    "主管", "专家", "委员", "总统", "总理", "副总理", "大使", "执行董事", "合伙人", "科学家",
    "主任医师", "医生", "处长", "厅长", "司长", "总经济师", "总设计师", "总师", "首席专家", "担当",
    "参赞", "公使", "领事", "总领事", "助理", "总经理助理", "董事长助理", "总指挥", "副总指挥",
    "总编辑", "社长", "台长", "发言人", "新闻发言人", "CEO", "CTO", "COO", "顾问",
    "干事", "主编", "副主编", "董事会秘书", "总编",
    # A listed company's board secretary as the business press shortens it, and a founder as
    # Hong Kong and Taiwan write it (`联席创办人`).
    "董秘", "创办人", "联合创办人",
    # A board's members (`某公司常务理事某某`; 理事长 and 董事 are above).
    "理事", "常务理事", "监事",
    # Military ranks (`表演队队长、空军中校某某`).
    "少校", "中校", "上校", "大校", "准将", "少将", "中将", "上将",
    # Heads of a county, a township, a village and of the bodies a county report meets.
    "县长", "副县长", "镇长", "副镇长", "乡长", "副乡长", "村长", "站长", "副站长", "馆长",
    "副馆长", "厂长", "副厂长", "科长", "副科长",
    # ... and of a group, in a village or a team (`村民小组长`, `课题组组长`).
    "组长", "副组长",
}, key=len, reverse=True)


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, longest first, as a tree of shared prefixes: Python's
    engine tries a flat list of ~150 alternatives one by one at every position."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


POST_RE = alternation(POSTS)

ORG_SUFFIXES = (
    "研究院", "研究所", "研究中心", "实验室", "有限公司", "股份公司", "公司", "集团", "组织",
    "基金会", "联合会", "委员会", "管委会", "协会", "学会", "大学", "学院", "科学院", "工程院",
    "医院", "银行", "科委", "工商联", "联盟", "商会", "部", "局", "厅", "署", "办公室",
)

# The hundred most common surnames, for names jieba does not tag.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿"
    "桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝储原"
    # (The south's: 容, an adjective to jieba, `粤剧花旦容某某`.)
    "容"
    # Surnames jieba reads as a word of their own (闻 a verb, 刀 a noun: `闻|启航`, `刀|丽萍`).
    # (花, 谈 and 相, verbs on their own, and 计, a noun, open a name only before a speech
    # verb: see below.)
    "闻刀花谈相计"
)
COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "闻人",
    "夏侯", "端木", "澹台", "长孙", "宇文", "司徒", "司空", "西门", "南宫", "呼延", "轩辕",
    "独孤", "申屠", "钟离", "宗政", "濮阳", "淳于", "公冶", "赫连", "拓跋", "万俟", "鲜于",
    "太史", "公羊")

# People named by what they do or where they are rather than by office. They introduce a
# name (`市民张三`) or stand for someone the text does not name (`一位参展商`).
ROLES = sorted({
    "参展商", "展商", "参展者", "采购商", "经销商", "工作人员", "讲解员", "技术员", "预报员",
    "研究人员", "科研人员", "策划人", "设计师", "教师", "老师", "学生", "大学生", "研究生",
    "博士生", "中学生", "小学生", "市民", "村民", "牧民", "居民", "农民", "渔民", "游客",
    "观众", "网友", "家长", "志愿者", "护士", "患者", "工人", "司机", "店长", "店员", "种植户",
    "养殖户", "农户", "代表", "嘉宾", "来宾", "宾客", "外宾", "人士", "业内人士", "从业者",
    "消费者", "用户", "运动员",
    "教练", "选手", "小将", "新秀", "乘客", "飞行员", "队员", "创业者", "企业家", "学者",
    "党组书记", "主任委员", "村医", "乡村医生",
    # Trades, callings and stations the genre quotes people by.
    "商人", "客商", "厂商", "供应商", "批发商", "代理商", "老板", "老板娘", "店主", "摊主", "商户",
    "导演", "演员", "编剧", "制片人", "主持人", "歌手", "作家", "画家", "艺术家", "摄影师",
    "花旦", "武生",  # (an opera's parts, which jieba tags as names: `粤剧花旦某某`)
    "冠军", "教练员", "主教练", "队长", "裁判", "跑者", "骑手", "船长", "机长", "主播", "博主",
    "翻译", "口译员", "译员",
    "毕业生", "留学生", "本科生", "硕士生", "新生", "校友", "青年", "少年", "老人", "姑娘", "小伙",
    "小伙子",  # (whole: not the role 小伙 and a name opening with 子)
    "支书", "村支书", "第一书记", "农技员", "投资人", "球迷", "粉丝", "歌迷", "影迷", "前锋",
    "后卫", "门将", "中场", "成员", "师傅", "传承人", "车主", "业主", "货主", "审稿人", "评委",
    "代理人", "经纪人", "候选人", "领队", "传人", "学徒", "策展人", "养蜂人", "守林人", "牧羊人",
    "徒弟", "摆渡人", "带头人", "艺人", "手艺人", "匠人", "工匠", "非遗传承人", "对接人", "联络人",
    "同事", "航迷", "军迷", "车迷", "书迷", "戏迷", "台青", "台胞", "港青", "小哥",
    "快递小哥", "外卖小哥", "主帅", "绣娘", "功臣", "获得者", "得主",
    # Kinship words and forms of address (`患者女儿某某`, `一位老阿妈`).
    "母亲", "父亲", "妈妈", "爸爸", "女儿", "儿子", "妻子", "丈夫", "爷爷", "奶奶", "外婆", "外公",
    "孙子", "孙女", "阿妈", "阿爸", "大妈", "大爷", "大叔", "阿姨", "大姐", "大哥", "家属",
    "老伴", "女婿", "儿媳", "儿媳妇", "哥哥", "姐姐", "弟弟", "妹妹", "外孙", "外孙女", "侄子",
    "侄女",
    # Everyday nouns for people a report quotes unnamed (`一个小朋友告诉记者`, `群众说：`,
    # `一个顾客说`): children, crowds, customers, the uniformed.
    "小朋友", "孩子", "小孩", "男孩", "女孩", "小男孩", "小女孩", "群众", "听众", "顾客",
    "食客", "房东", "网红", "华侨", "侨胞", "保安", "民警", "交警", "军人", "退伍军人",
    "官兵", "战士", "干部", "村干部", "老太太", "老大爷", "邻居", "街坊",
    # (Peers in a science report: `国际同行评价：`.)
    "同行",
    # (A listed company's owners at its meeting: `一位中小股东问：`.)
    "股东", "小股东", "大股东", "股民", "散户",
    "小家伙",  # (whole: jieba tags it a name)
    "阿伯", "阿婆",  # (how the south calls an old man or woman)
}, key=len, reverse=True)
# Beyond the lists, a noun for a person ends in one of these (科长, 飞手, 茶农, 工程师, 银匠,
# 跑友): a name may follow it. Names are checked on their own, so a false role costs little.
ROLE_SUFFIXES = "长员师手者户民农工生家商匠官友"
# (The 者 of 记者 makes no speaker: the reporter is whom people speak to. The 官 of the
# compound surname 上官 ends no role, nor does a counted 家, a measure word: `一家企业`.)
_SUFFIX_NOT = r"(?<!记)(?!(?<=上)官)(?!(?<=[一两几这那每某各])家)"
ROLE_RE = alternation(ROLES) + rf"|(?<=[{CJK_CHARS}]){_SUFFIX_NOT}[{ROLE_SUFFIXES}]"
# A name in Latin script: capitalised words, the first with a small letter second (`Somchai`,
# `Kevin Walsh`), so abbreviations (`AI`, `CEO`, `SUV`) are not names; or initials with their
# full stops before a surname (`K.W. Leung`, `J. Tan`, as Hong Kong and Singapore write them).
# A given name in Latin letters with a Han surname written after it (`Kelvin陈`, `Jason梁`,
# as Hong Kong and Taiwan people are often named): one word, then one surname that is no
# grammatical word and opens no common word after a name (高兴, 于是, 文中, 明年, 方面) nor a
# speech verb (`Somchai解释说`, `Li谈到`).
_SURNAMES_AFTER_LATIN = "".join(sorted(SURNAMES - set(
    "的了在是和与及等将被把从向对也都就又还曾说称指表认介为着过们以带正则即亦仍便才却已当因若"
    "每各此该这那时用跟给并不高于余文明方谈坦透解感提回补直呼建总笑分预形告答问讲喊叹强常")))
LATIN_NAME = rf"(?:[A-Z][a-z]{{2,}}[{_SURNAMES_AFTER_LATIN}]" \
    r"|[A-Z][a-z'][A-Za-z'.\-]*(?: [A-Z][A-Za-z'.\-]*){0,3}" \
    r"|(?:[A-Z]\. ?){1,3}[A-Z][a-z'][A-Za-z'.\-]*)"
# (The leading class lets the engine skip the characters no post or role begins with
# before it tries the tree of alternatives: most of any text.)
_LATIN_NAME_RE = re.compile(LATIN_NAME)
_MENTION_RE = re.compile(
    rf"(?=[{re.escape(''.join({w[0] for w in POSTS + ROLES}) + ROLE_SUFFIXES)}])"
    rf"(?P<role>(?P<listed>{alternation(POSTS + ROLES)}(?:之一)?)|(?<=[{CJK_CHARS}]){_SUFFIX_NOT}"
    rf"[{ROLE_SUFFIXES}])(?P<nickname>[“\ue000][^“”\ue000\ue001，。！？；：、]{{1,8}}[”\ue001])?"
    rf"(?=(?!兼)(?P<name>[{CJK_CHARS}]{{2,5}}|(?P<latin>{LATIN_NAME})"
    rf"|(?<=[A-Z]) (?P<spaced>{LATIN_NAME})))")
# (`初二学生“小百科”某某`, `讲解员“恐龙姐姐”某某`: what people call someone, in marks between
# the role and the name, is no part of either.)
# (A post in Latin letters is set apart from a Latin name by a space: `某公司CTO Kevin Zhou`.)
# (兼 after a post joins it to the next, `厅长兼省外国专家局局长某某`: no name opens there,
# whatever jieba glues it to: 兼省.)
_CLAUSE_MARKS = "，。！？；：“”"
_REPORTER_WORDS = {"记者", "通讯员", "实习生", "摄影"}
_NOUN_START_RE = re.compile(f"[{re.escape(_CLAUSE_MARKS)}的]")
# Someone named by surname and a form of address (`郑大爷`, `刘女士`, `冉师傅`).
FAMILIAR_FORMS = ("大爷", "大妈", "大娘", "大叔", "大姐", "大哥", "阿姨", "奶奶", "爷爷", "婆婆",
                  "师傅", "女士", "先生", "老师", "阿婆", "阿公", "阿妈", "阿爸", "阿伯", "大婶",
                  "老汉", "大伯", "大嫂", "老伯")
# `……的阿杰，`: a name of 阿 and one character (not a form of address: 阿姨, 阿伯) that a
# description ends with, before its clause's comma.
_A_NAME_RE = re.compile(rf"(?<=的)阿(?![姨妈爸婆公伯哥姐妹叔婶])[{CJK_CHARS}](?=[，,])")
FAMILIAR_RE = re.compile(
    f"(?P<name>[{''.join(sorted(SURNAMES))}](?:{'|'.join(FAMILIAR_FORMS)}))")
_TITLE_END_RE = re.compile(f"(?:{alternation(POSTS + ROLES)})$")
_POST_OR_ROLE_RE = re.compile(alternation(POSTS + ROLES))
_ORIGINAL_AFTER_RE = re.compile(r"[（(][A-Za-z][A-Za-z.'\- ]*[）)]")
_NAME_CHARS_RE = re.compile(f"[{CJK_CHARS}]{{2,4}}")
_NAME_WORD_RE = re.compile(f"[{CJK_CHARS}]{{1,5}}")
_RARE_WORD = 11.0
# An adjective rarer than this after a surname that is also a preposition reads as a name.
_RARE_ADJECTIVE = 13.0
# The years of senior middle school (`高二学生`): 高 is a surname and the dictionary may tag
# one of them a name, but they name no one (初二, 大一 and 研一 open with no surname).
_SCHOOL_YEARS = frozenset(("高一", "高二", "高三"))
_NOT_NAME_TAGS = set("vdpfucm")
# Words that end a name: verbs, adverbs, prepositions, conjunctions, particles, marks,
# numerals, pronouns, place and time words.
_AFTER_NAME_TAGS = set("vdpcuxmrft")
FUNCTION_CHARS = set("的了在是和与及等将被把从向对也都就又还曾说称指表认介为着过们")
# Characters that end a name when jieba glues them to its last part (`拉博说`, `切罗诺以`,
# `冯带着`): function words, prepositions and adverbs, and how speech verbs begin;
# prepositions of means and of the one spoken to too (`差猜·汶纳用中文说`, jieba: 汶纳用|中文;
# `彼得罗夫|跟|记者`), which no transcription uses as a syllable.
_VERB_START_CHARS = set("谈坦透解感提回补直呼建总笑分预形告答问讲喊叹强常夸")
# (`见到某某时，`: 时 is the time of a clause, no name's end.)
_BOUNDARY_CHARS = FUNCTION_CHARS | _VERB_START_CHARS \
    | set("以带正则即亦仍便才却已当因若每各此该这那时用跟给并不半请")
# Adverbs of time and degree that stand between a subject and its verb and that no
# transcription uses as a syllable: they end a transcribed name (`朱塞佩·费拉里|刚|签下`,
# `汉斯·韦伯|先|来到`). Not a Han name's end: given names hold them (王刚, 李先).
TRANSCRIBED_BOUNDARY_CHARS = frozenset("刚先再均竟仅")
# Adverbs of order or time after a subject (`杨立家先卖起了关子`, jieba: 杨立家|先卖;
# `居民王建国刚量完血压`, jieba: 王建国|刚): they end a Han name of three that reads as one
# before them.
_FIRST_ADVERBS = frozenset("先刚")
# Forms of address of one character after a surname (`方叔`, `林姐`, `老常` aside): what
# follows them is no part of the name.
_ONE_CHAR_ADDRESS = frozenset("叔姨姐哥伯婶嫂")
# Verbs of posture, which 在 and where follow (`站在`, `蹲在`), and which end no name
# before 在 (立 does: 张建立).
POSTURE_CHARS = frozenset("站坐蹲躺靠倚")
# Aspect particles: the word before them is a verb.
_ASPECT = ("了", "着", "过")
# ... and the particle of how a verb is done (`看得很仔细`).
_AFTER_VERB = (*_ASPECT, "得")
# A word this rare that jieba made of a name's last character and a verb is its guess.
_GLUED_RARE = 15.0
# A place this rare after a listed role, before a verb, is a person's name (`客商|罗沙|走进`).
_RARE_PLACE = 15.0
# What ends a clause of time (`见到某某时`, `某某到达后`).
_WHEN = "时后"
# ... and what follows a verb of posture or motion (`站|在`, `走|到`, `捧|起`).
_COMPLEMENTS = (*_ASPECT, "在", "到", "起")
# Adverbs that follow a sentence's subject (`某某则认为`, `某某也表示`).
_SUBJECT_ADVERBS = frozenset("则也还都就却亦又便仍才")
# Adverbs that follow a subject and that given names do not end in (亦, 便, 仍, 才 do).
_GLUED_ADVERBS = _SUBJECT_ADVERBS - frozenset("亦便仍才")
# A short term in marks (no clause mark inside) that ends where a clause would start.
_TERM_MAX = 12
_TERM_BEFORE_RE = re.compile(rf"“[^“”，。！？；：]{{1,{_TERM_MAX}}}”$")
# What follows the last name of a list but one, or the last (`甲、乙等专家`).
_LIST_AFTER = ("、", "等")
# Conjunctions of one character that may end a name (`祁嘉和`, `吴永与`).
_NAME_CONJUNCTIONS = ("和", "与", "及")
# A transcribed name's last part ends where a preposition, verb or mark begins.
_FOREIGN_AT_RE = re.compile(
    rf"[{CJK_CHARS}]{{1,8}}(?:-[{CJK_CHARS}]{{1,8}})*(?:[·•][{CJK_CHARS}]{{1,4}}?)+"
    rf"(?=[在向对说表指认是的了和与及将也已曾，。、“]|$)")
# The parts of a transcribed name before its last part (`基普鲁托·`, `让-皮埃尔·`: a part
# may hold a hyphen).
_FOREIGN_HEAD_RE = re.compile(rf"(?:[{CJK_CHARS}]{{1,8}}(?:-[{CJK_CHARS}]{{1,8}})*[·•])+")
_DOT_NAME_MAX = 6
_DOT_HEAD_MAX = 4
# `龙秀英忙得……`: a character followed by a complement or aspect particle is a predicate.
_PREDICATE_AFTER_RE = re.compile("[得着了过]")
# Transcribed names are spelt with characters for their sound: a word rarer than this
# inside one is a syllable, not the verb after it (`热合` 17.2; `出席` 9.6, `执导` 12.8).
_RARE_SOUND = 14.0
# A character rarer than this as a word of its own (`扎` 9.9) may open a transcribed name;
# everyday verbs are commoner (`去` 6.2, `跑` 8.6).
_UNCOMMON_CHAR = 9.5
# ... and one commoner than this (`天` 7.4) is an everyday word, never a name's last syllable.
_EVERYDAY_CHAR = 8.5
# A verb this common as a word of its own (`站` 7.9, `患` 10.3) after a two-character name
# is the sentence's; a rarer one is a syllable of the name (`黄语|晴|在` 11.1).
_COMMON_VERB = 10.5
_AGENTS = ("被", "由", "让", "请")
# Whom people speak to (`企业主|向记者|坦言`): never the end of a name.
_REPORTER = "记者"
_AGENT_RE = re.compile("|".join(_AGENTS))
# Words a title never starts with: what introduces the person (`由某导演执导`, `据某某介绍`).
# (同 of 同事, 与 of 与会, 经 of 经理: a word, not the preposition. `另一位评委`: a
# determiner, no part of the post.)
# (`记者在展台见到某公司副总裁`: whom the reporter met; the meeting is no part of the post.)
# (`出席开幕式的有某院士`, `参加会议的还有某局长`: who were there; 有关, 有色, 有限 are words.)
_TITLE_LEAD_RE = re.compile(r"^[—…\-\s]*(?:(?:本报)?记者[^，。]{0,12}?"
                            r"(?:见到|看到|遇到|找到|采访|拜访|来到|走进|走访|探访)了?"
                            r"|这就是|这是|正是|就是|随着|由|据|在|向|对|让|请|被"
                            r"|经(?![理纪销营])|与(?!会)|和|同(?![事学行伴乡志])|跟"
                            r"|(?:还|也)?有(?![关色限机线效益])"
                            r"|作为|身为|陪同|包括|其中|而|但|也|还|则|即|是"
                            r"|正如|正像|诚如|恰如|借用|用(?![户品])"
                            r"|另一(?:位|名))")


def person_mentions(text: str, words: Sequence[str] = ()) -> list[tuple[int, str, str]]:
    """People named after a post or role anywhere in `text` (`退休教师张三试穿了……`), and
    transcribed names with `·` that open a clause.

    Args:
        text: a paragraph.
        words: its jieba words, when known: a name ends where a word ends (`代表齐聚江城`
            holds no name), and a string the dictionary lacks may then be a rare name.

    Returns:
        (offset, name, title) for each, the title being the words from the clause start (or
        from the previous person of a list joined by `、`).
    """
    found: list[tuple[int, str, str]] = []
    match = _MENTION_RE.search(text)
    starts = word_starts(words)
    word_ends = set(accumulate(map(len, words)))
    caption = caption_mention(text) if " " in text[:56] else None
    if not match and "·" not in text and "•" not in text and "、" not in text and caption is None:
        found = _nouns_before_names(text, starts) + _aged_names(text, starts, [], word_ends)
        found += _old_and_surname(text, starts, found) if "老" in text else []
        return sorted(found + _honoured_names(text, starts, found))
    previous_end = -1
    pos = match.start() if match else len(text)  # (the text before holds no post or role)
    while match := _MENTION_RE.search(text, pos):
        pos = match.end()
        # A role known only by its last character must end a word, and its name be a name.
        inside = bool(words) and match.end("role") not in word_ends
        if inside and match["listed"] and match.start() not in starts and (
                later := next((o for o in range(match.start() + 1, match.end("role"))
                               if o in starts), -1)) > 0 and _POST_OR_ROLE_RE.match(text, later):
            # `航空公|司机|长`: a listed noun across two words (航空公司|机长) is none when one
            # starts at the second word; not `营业部|长山` (部长, then a name jieba cut).
            pos = later
            continue
        # (jieba may glue the role's last character to the name: `茶艺师黄语桐` → 师黄/语桐)
        if inside and not match["listed"] and not (
                match.start() in starts and not segment.word_tag(starts[match.start()])):
            continue
        at = match.end() + (1 if match["spaced"] else 0)
        if inside and match["listed"] and _longer_person_noun(match.start(), at, starts):
            continue  # `护士|长包晓雯`: the post is 护士长, read at its last character
        # Inside a word it knows (`代表|团成员`, `执行官|方晓婉`), only a name that reads as one.
        # (A role known by its last character vouches for a rare name when the dictionary
        # knows the whole role as a noun: `进口商|朴敏浩`.)
        rare = (bool(match["listed"]) or _noun_word_ending(starts, at)) \
            and not (inside and _inside_known_word(at, starts))
        doubled = text[at:at + 1] * 2 == text[at:at + 2] == starts.get(at)
        name = "" if doubled else _foreign_at(text, at, starts) or match["latin"] \
            or match["spaced"] or _name_at(
            match["name"] or "", at, starts, word_ends, rare=rare) or (
            inside and bool(match["listed"]) and _resegmented_name(text, at)) or (
            bool(match["listed"]) and not inside and _listed_word_name(text, at, starts))
        if young_and_surname(text[at:at + 2]) \
                and (starts.get(at) == text[at:at + 2] or (
                    not name and starts.get(at) == "小" and starts.get(at + 1) == text[at + 1])) \
                and (at + 2 == len(text) or starts.get(at + 2) is not None):
            name = text[at:at + 2]  # `徒弟小周`: 小 and a surname, a word or two of their own
        if doubled and match["role"].endswith(_PET_NAMED) and _pet_name(text, at, starts):
            # `她的女儿朵朵`, `孙子牛牛拉着……`: someone called by one character twice, a
            # word of its own, is called so (no third character); a doubled adverb or time
            # (`女儿天天来`) names no one.
            name = text[at:at + 2]
        if not name and match["listed"]:
            # A post that names no one may be the head of a longer one (`副主任|医师某某`):
            # look again from its second character.
            pos = match.start() + 1
        if not name or at < previous_end:
            continue
        if len(sound := starts.get(at, "")) >= 2 and segment.word_tag(sound) in _SOUND_TAGS:
            continue  # `老院士|哈哈|一笑`: a laugh or a cry opens no name (么 of 么雪晴 may)
        if name[0] in _SAYS and not segment.word_tag(starts.get(at, "")).startswith("nr"):
            continue  # `学生们围着院士|问个|不停：`: a speech verb opens what they do, no name
        if name[0] in VERB_SURNAMES and starts.get(at) == name[0] \
                and not _said_after(text, at + len(name)):
            continue  # `志愿者|花|三天`: 花 opens a name only right before its verb
        if name[0] in VERB_SURNAMES and len(word := starts.get(at, "")) >= 2 \
                and segment.word_tag(word)[:2] not in ("", "nr") and (
                len(word) >= len(name)
                or segment.word_tag(starts.get(at + len(word), "")).startswith("f")):
            # `技术员|计时|后`, `研究员|花钱|后`: a word of the dictionary and a localizer,
            # no name (`市民|谈心|怡说` is one).
            continue
        if starts.get(at) == name[0] and name[0] in _ADDRESSING and _addressee_after(text, at + 1):
            continue  # `主持人|向|灵犀|具身联合创始人、CEO某某|抛出`: to whom, not a name
        if "·" in name and _POST_OR_ROLE_RE.search(name.split("·")[0]):
            continue  # `总裁兼首席执行官卡尔·`: the name follows the last post
        if len(suffix := starts.get(at + len(name), "")) >= 2 and suffix in ORG_SUFFIXES \
                and segment.word_tag(name).startswith("nrt"):
            continue  # `零售商迈森|集团`: a transcribed name before `集团` names a body
        clause = _chained_clause(text, _clause_start(text, match.start()), previous_end)
        # (The one named before may have their name's original after it: `某·某（Latin）和
        # 同事、技术顾问某某`.)
        joint = original.end() if previous_end >= 0 \
            and (original := _ORIGINAL_AFTER_RE.match(text, previous_end)) else previous_end
        if previous_end >= clause and text.startswith(("、", "和", "与", "及"), joint):
            clause = joint + 1  # `甲局局长张三、乙馆馆长李四`: 李四's title is his own
        elif previous_end >= clause and found and previous_end == found[-1][0] + len(found[-1][1]) \
                and _nouns_only(text[previous_end:match.end("role")]):
            # `……、国家杰出青年科学基金获得者某某`: only nouns run from the one read before to
            # this post, so that one (jieba tags 杰出青年 a name) was a part of this title.
            found.pop()
        elif previous_end >= clause:
            # `小将甲在决赛中战胜日本选手乙`: the title of a person named after another in
            # the clause follows the last verb between them.
            clause = _after_last_verb(text, previous_end, match.start())
        title = clean_title(text[clause: match.end("role")])
        if addressed := _ADDRESSED_AFTER_RE.search(title):
            title = title[addressed.end():]  # (`主持人向|某公司创始人某某`: after the 向)
        if title in POSTS and found and previous_end == found[-1][0] + len(found[-1][1]) \
                and text.startswith("、", previous_end) and "、" not in found[-1][2] \
                and (bodies := organisations_in_title(found[-1][2])):
            # `某集团董事长甲、总经理乙`: a bare post listed after a body's post is a post
            # of that body.
            title = bodies[-1] + title
        found.append((at, name, title))
        previous_end = at + len(name)
    found += _aged_names(text, starts, found, word_ends)
    for familiar in FAMILIAR_RE.finditer(text):
        # `86岁的郑大爷是……。他告诉记者` — after 的, an age, a mark or a role.
        at, name = familiar.start(), familiar["name"]
        if _within(at, found) or not (
                at == 0 or text[at - 1] in "的岁" + _CLAUSE_MARKS
                or _TITLE_END_RE.search(text, max(0, at - 8), at)):
            continue
        clause = _clause_start(text, at)
        head = text[clause:at]
        found.append((at, name, clean_title(head) if _TITLE_END_RE.search(head) else ""))
    found += _honoured_names(text, starts, found)
    for called in _A_NAME_RE.finditer(text) if "的阿" in text else ():
        # `在华强北做了十多年配件生意的阿杰，……`: 阿 and one character after a description
        # is how the south calls someone by name.
        if not _within(called.start(), found):
            found.append((called.start(), called.group(), ""))
    found += _old_and_surname(text, starts, found) if "老" in text else []
    for post in _POST_THEN_LIST_RE.finditer(text) if "、" in text else ():
        # `某公司总经理、全国劳动模范某某`: a post, then a noun no list holds and a name.
        if (chained := _honour_then_name(text, post.end(), starts, word_ends)) \
                and not any(post.end() <= o < chained[0] + len(chained[1]) + _HONOUR_MAX
                            and _clause_start(text, o) <= post.end() for o, _, _ in found):
            # (Not when the lists read someone further on in the chain: `教授、某省某基地
            # 首席专家某某`.)
            at, name = chained
            found.append((at, name, clean_title(text[_clause_start(text, post.start()):at])))
    for at in _dot_name_starts(text, starts) if "·" in text or "•" in text else ():
        if _within(at, found):
            continue
        if name := _foreign_at(text, at, starts):
            # `某协会主席让-皮埃尔·莫罗`: a post or role right before is the title, from
            # the person named before it in the clause on (`经理某某和某社总经理某·某`).
            clause = _clause_start(text, at)
            clause = max([clause] + [o + len(n) for o, n, _ in found if o + len(n) <= at])
            head = text[clause:at]
            # (... or a reporter, another outlet's or a senior one: `某通讯社主任记者某·某`,
            # `来自某国的记者某·某`.)
            found.append((at, name, clean_title(head) if _TITLE_END_RE.search(head)
                          or head.endswith("记者") else ""))
    found += [mention for mention in _nouns_before_names(text, starts)
              if not _within(mention[0], found)]
    for pet in _PET_NAME_RE.finditer(text) if "名" in text else ():
        # `女儿小名叫朵朵`: the name a child is called by, the noun before it the title.
        name = pet["name"]
        if not _within(pet.start("name"), found) and (is_person_name(name) or (
                len(name) == 2 and name[0] == name[1] and name[0] not in FUNCTION_CHARS)):
            head = text[_clause_start(text, pet.start()):pet.start()].removesuffix("的")
            found.append((pet.start("name"), name,
                          clean_title(head) if _TITLE_END_RE.search(head) else ""))
    found += _listed_after(text, found, starts)
    if caption:
        found = [m for m in found if not caption[0] <= m[0] < caption[0] + len(caption[1])]
        found.append(caption)
    if any(THIS_BODY_RE.match(title) for _, _, title in found):
        found = [(at, name, _named_body(title, text[:max(0, at - len(title))], starts))
                 for at, name, title in found]
    if "之" in text:
        found = [(at, _by_whose(text, at, name), title) for at, name, title in found]
    return sorted(found)


def _by_whose(text: str, at: int, name: str) -> str:
    """`出自陶艺家某某之手`, `出自某某之口`, `出自某·某之笔`: by whose hand, mouth or pen; the
    name, read on through 之 (jieba may hold it in one word with the name's end: `林默之手`),
    ends before it."""
    if (by := text.find("之", at + 2, at + len(name) + 1)) > 0 and text[by + 1:by + 2] in "手口笔":
        return name[:by - at]
    return name


# `某公司总经理 某某：“……”`: the caption of an interview in a broadcast's text, a title
# ending in a post or role, a space, the name and a colon, opening the paragraph (after the
# site's tag for a sound bite, `【同期】`, when it prints one).
_CAPTION_RE = re.compile(
    rf"^(?:【[^】\s]{{1,6}}】\s*)?(?P<title>[^\s{_CLAUSE_MARKS}]{{2,40}}) "
    rf"(?P<name>{LATIN_NAME}|[^\s{_CLAUSE_MARKS}、]{{2,12}})[：:]")


_CAPTION_NOT_END = ("说", "表示", "介绍", "指出", "认为", "强调", "透露", "坦言", "回答")


def caption_mention(text: str) -> tuple[int, str, str] | None:
    """The person an interview caption opening `text` names, as (offset, name, title)."""
    if not (caption := _CAPTION_RE.match(text)):
        return None
    title, name = caption["title"], caption["name"]
    # (`某局副局长 某某说：` is an attribution with a spaced name, no caption.)
    if any(name.endswith(verb) and len(name) - len(verb) >= 2 for verb in _CAPTION_NOT_END):
        return None
    if title.endswith(_REPORTER) or _POST_OR_ROLE_RE.search(name) \
            or not (_TITLE_END_RE.search(title) or title[-1] in ROLE_SUFFIXES) \
            or not (re.fullmatch(LATIN_NAME, name) or "·" in name
                    or _NAME_CHARS_RE.fullmatch(name)):
        return None
    return caption.start("name"), name, clean_title(title)


# `该校教授某某`: 该 and the head of a body's name stand for the body named before it. The
# heads a determiner uses for bodies whose names end otherwise (`该校` for a 大学).
_BODY_HEADS = {"校": ("大学", "学院", "学校", "中学", "小学", "校"),
               "企业": ("公司", "集团", "企业")}
THIS_BODY_RE = re.compile(r"^(?:该(?P<head>校|院|所|公司|集团|企业|中心|局|厅|部|委|馆|会)"
                           # (A body's head alone opens a title for the body named before it:
                           # `某某有限公司……。公司副总经理某某`; not 院 of 院长, 所 of 所长.)
                           r"|(?P<bare>公司|集团|医院|学校|研究院|研究所|实验室|基金会|博物馆))")
# What a body's name is made of, word by word: nouns, places, names of bodies, the words
# the dictionary lacks, and numbers.
_BODY_WORD_TAGS = ("n", "ns", "nt", "nz", "j", "m", "b", "eng", "")


def _named_body(title: str, before: str, starts: dict[int, str]) -> str:
    """A title opened by `该` and a body's head (`该校化学学院教授`) with the body the
    paragraph names last before it put in their place (`记者从某某大学获悉，该校……` →
    `某某大学化学学院教授`); the title as it is when none is named."""
    match = THIS_BODY_RE.match(title)
    if not match:
        return title
    head = match["head"] or match["bare"]
    heads = _BODY_HEADS.get(head, (head,))
    ends = {pos + len(word): pos for pos, word in starts.items() if pos + len(word) <= len(before)}
    for end in sorted(ends, reverse=True):
        if not before[:end].endswith(heads):
            continue
        if any(before[:end].endswith("该" + each) for each in heads):
            continue  # (`……在该公司位于某地的电站……`: the same body pointed at again)
        begin = ends[end]
        # Back over the words of the name to the word before it that is none of its own
        # (`从|中国|科学技术|大学`), at most twenty characters
        # (`华中科技大学同济医学院附属协和医院`).
        while begin in ends and end - ends[begin] <= _BODY_NAME_MAX \
                and (segment.word_tag(word := starts[ends[begin]]) in _BODY_WORD_TAGS
                     or _brand_after_place(ends[begin], starts, ends)) \
                and word not in FUNCTION_CHARS and _CJK_WORD_RE.fullmatch(word):
            if word[0] in _BODY_LEADS and not segment.word_tag(word):
                begin -= len(word) - 1  # (jieba's guess `据省|人民|医院`: 据 is none of it)
                break
            begin = ends[begin]
        begin = _led_body_start(before, begin, end, starts, ends)
        body = before[begin:end]
        # (Only a body the text names: `江苏一家环保企业` and `一家民营航天企业` are
        # described, and 该企业 stays.)
        if len(body) > max(map(len, heads)) and not _COUNTED_BODY_RE.search(body) \
                and not _COUNTED_BEFORE_RE.search(before, 0, begin):
            return body + title[match.end():]
        return title
    return title


def _brand_after_place(at: int, starts: dict[int, str], ends: dict[int, int]) -> bool:
    """Whether the word at `at`, two characters jieba tags a name or a quality, is a body's
    brand after the place that opens its name (`西安|灵犀|智能|科技|有限公司`, `西安|明远|……`;
    not a verb: `在|西安|采访|……公司`)."""
    tag = segment.word_tag(word := starts[at])
    return len(word) == 2 and (tag.startswith("nr") or tag in _BRAND_TAGS) and at in ends \
        and segment.word_tag(starts[ends[at]]) == "ns"


# (A time word too: `西安|九天|动力|科技|有限公司`, jieba tags 九天 a time.)
_BRAND_TAGS = ("a", "an", "b", "z", "t")


def _led_body_start(before: str, begin: int, end: int, starts: dict[int, str],
                    ends: dict[int, int]) -> int:
    """Where a body's name ending at `end` starts when a preposition introduces it: the
    preposition bounds it, past words that end no name by their tags (`在|大连|深蓝|海洋|
    装备|有限公司`, jieba tags 大连 an adverb and 深蓝 a distinction; `由|中国科学院|甬江|先进|
    材料|研究所`, 先进 an adjective); `begin` when no preposition is reached first."""
    reach = begin
    while reach in ends and end - ends[reach] <= _BODY_NAME_MAX:
        word = starts[ends[reach]]
        if word in _BODY_LEADS:
            return reach
        if word in FUNCTION_CHARS or not _CJK_WORD_RE.fullmatch(word) \
                or segment.word_tag(word).startswith(("v", "p", "r", "m", "q")):
            break
        reach = ends[reach]
    return begin


def body_from_before(title: str, here: str,
                     earlier: Sequence[tuple[str, Sequence[str]]]) -> str:
    """A title opened by `该` or a body's head (`该公司副总经理`) whose paragraph names no such
    body before it (`here`) with the body the nearest paragraph before that speaks of one
    names last (`earlier`: each paragraph's text and words, nearest last); the title as it is
    when that body is only described (`一家民营企业`) or none is named."""
    match = THIS_BODY_RE.match(title)
    if not match:
        return title
    heads = _BODY_HEADS.get(match["head"] or match["bare"], (match["head"] or match["bare"],))
    if any(head in blank_quoted(here) for head in heads):
        return title
    for before, words in reversed(earlier):
        # (Not a body in the words quoted: `“这是法国企业……”`.)
        before = blank_quoted(before)
        if any(head in before for head in heads):
            return _named_body(title, before, word_starts(words))
    return title


_BODY_NAME_MAX = 20
_COUNTED_BODY_RE = re.compile("[一两几某][家所座个]")
_COUNTED_BEFORE_RE = re.compile(r"[一两几某][家所座个][^，。、；：“”\s]{0,6}$")
# Prepositions that open the phrase naming a body (`据|省……`, `从|某大学`).
_BODY_LEADS = frozenset("据从在由向对与和跟把被将经为于自到")
_CJK_WORD_RE = re.compile(f"[{CJK_CHARS}A-Za-z0-9]+")


_LIST_JOINERS = ("、", *_NAME_CONJUNCTIONS)


def _aged_names(text: str, starts: dict[int, str], found: list[tuple[int, str, str]],
                ends: set[int]) -> list[tuple[int, str, str]]:
    """`某某的徒弟、24岁的栾小北是……`: after an age and 的, a word of two or three that
    reads as a name (not a role the dictionary calls one: `小学生`) is a person's, not yet
    among those `found`; what stands before the age (joined by 、) is the title."""
    aged: list[tuple[int, str, str]] = []
    for match in _AGED_RE.finditer(text) if "岁的" in text else ():
        at, name = match.end(), starts.get(match.end(), "")
        if (latin := _LATIN_NAME_RE.match(text, at)) and not _within(at, found):
            # `今年58岁的Somchai`: a name in Latin letters, known by it later.
            aged.append((at, latin.group(), clean_title(text[_clause_start(text, at):at])))
            continue
        if ("·" in text[at:at + 9] or "•" in text[at:at + 9]) and not _within(at, found) \
                and at in _dot_name_starts(text, starts) \
                and (foreign := _foreign_at(text, at, starts)):
            # `29岁的阿依达娜·努尔兰`: a transcribed name, whole (jieba: 阿依达|娜|·); not
            # one after a role, read with it (`23岁的水手某·某`).
            aged.append((at, foreign, clean_title(text[_clause_start(text, at):at])))
            continue
        # (Four with a compound surname: `32岁的欧阳明|辉`.)
        sizes = (2, 3, 4) if text.startswith(COMPOUND_SURNAMES, at) else (2, 3)
        if name and (whole := _name_at(text[at:at + 5], at, starts, ends, rare=False)) \
                and len(whole) in sizes and whole.startswith(name):
            # `8岁的栾|小川`; `7岁的黎子|墨拉着`: jieba glued the name's last character to a verb
            name = whole
        if len(name) == 1 and segment.rarity(name) >= _RARE_WORD and name not in FUNCTION_CHARS \
                and len(given := starts.get(at + 1, "")) == 2 and _given_name_word(given) \
                and not _within(at, found):
            # `11岁的庾|朵朵`: a rare surname, a word of its own, and a given name.
            aged.append((at, name + given, clean_title(text[_clause_start(text, at):at])))
            continue
        if name in _DOUBLED_KIN and not _within(at + 2, found) \
                and (kin := _name_at(text[at + 2:at + 7], at + 2, starts, ends, rare=True)):
            # `72岁的公公|葛长顺`: the kin noun is the title of the name after it.
            aged.append((at + 2, kin, clean_title(text[_clause_start(text, at):at + 2])))
            continue
        if len(name) not in sizes or name in ROLES or name in POSTS or _within(at, found):
            continue
        # (`9岁的幸子|谦`: a surname outside the list, which jieba joined to the next character
        # in a word its dictionary lacks, leaving alone a character it knows as a name's.)
        # (Not a role the dictionary lacks before a surname: `25岁的飞手|邓|某某`.)
        lone = starts.get(at + len(name), "")
        if len(name) == 2 and not segment.word_tag(name) and len(lone) == 1 \
                and segment.word_tag(lone).startswith("nr") and lone not in FUNCTION_CHARS \
                and lone not in SURNAMES:
            name += lone
        elif len(name) == 2 and segment.word_tag(name).startswith(("nrt", "ns")) \
                and (given := _given_syllables(at + 2, starts)):
            name += given  # `18岁的佐藤|美|咲|接受`: a transcribed surname and its given name
        # (A child is often called by a doubled character: `8岁的朵朵`, `6岁的豆豆`.)
        elif not (is_person_name(name)
                  or (len(name) == 2 and name[0] == name[1] and name[0] not in FUNCTION_CHARS
                      and name not in _DOUBLED_KIN)):
            continue
        aged.append((at, name, clean_title(text[_clause_start(text, at):at])))
    return aged


# Kin nouns of one character said twice: `70岁的婆婆某某` names 某某, not 婆婆.
_DOUBLED_KIN = frozenset(("爸爸", "妈妈", "爷爷", "奶奶", "婆婆", "公公", "姥姥", "哥哥", "姐姐",
                          "弟弟", "妹妹", "叔叔", "伯伯", "舅舅", "姑姑", "婶婶"))
_SYLLABLE_NOT_TAGS = set("vpducmqfr")
_AFTER_GIVEN_TAGS = set("vpdt")


_HONOURS_RE = re.compile("先生|女士")


def _honoured_names(text: str, starts: dict[int, str],
                    found: Sequence[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Names the dictionary knows as names, of two characters or more, right before 先生 or
    女士 (`来自美国的布莱恩先生和两位助理……`): someone named, whom 他/她 may mean after.
    (A surname alone before them is the familiar form, read apart: `刘女士`.)"""
    honoured = []
    for honour in _HONOURS_RE.finditer(text) if "先生" in text or "女士" in text else ():
        end = honour.start()
        at = next((start for start in range(end - 2, max(-1, end - 7), -1)
                   if start + len(starts.get(start, "")) == end), -1)
        if at < 0 or not segment.word_tag(starts[at]).startswith("nr") or _within(at, found):
            continue
        head = text[_clause_start(text, at):at]
        honoured.append((at, starts[at], clean_title(head) if _TITLE_END_RE.search(head) else ""))
    return honoured


def _given_syllables(pos: int, starts: dict[int, str]) -> str:
    """The two characters at `pos` when they are a given name after a transcribed surname:
    two lone characters (or a word of two that is no everyday word) that are no verb,
    preposition or grammatical word, then a verb, preposition, adverb or time."""
    first = starts.get(pos, "")
    parts = [first, starts.get(pos + 1, "")] if len(first) == 1 else [first]
    given = "".join(parts)
    if len(given) != 2 or set(given) & FUNCTION_CHARS or any(
            segment.word_tag(part)[:1] in _SYLLABLE_NOT_TAGS for part in parts) \
            or (len(first) == 2 and segment.word_tag(first)[:2] not in ("", "nr", "nz")):
        return ""
    return given if segment.word_tag(starts.get(pos + 2, ""))[:1] in _AFTER_GIVEN_TAGS else ""


def _within(at: int, found: Sequence[tuple[int, str, str]]) -> bool:
    """Whether offset `at` falls inside a name already `found`."""
    return any(offset <= at < offset + len(name) for offset, name, _ in found)


def _listed_after(text: str, found: list[tuple[int, str, str]],
                  starts: dict[int, str]) -> list[tuple[int, str, str]]:
    """`某队选手甲、乙和丙`: bare names listed right after a titled one share its title (a
    name with a post of its own, `甲局局长张三、乙馆馆长李四`, is found on its own). A list
    starts with 、: `教授甲与乙共同完成了……` joins two people, not one title."""
    more: list[tuple[int, str, str]] = []
    taken = {offset for offset, _, _ in found}
    for offset, name, title in found:
        at = offset + len(name)
        if not text.startswith("、", at):
            continue
        while title and text.startswith(_LIST_JOINERS, at) and at + 1 not in taken:
            word = starts.get(at + 1, "")
            if len(word) not in (2, 3) or not is_person_name(word):
                break
            more.append((at + 1, word, title))
            at += 1 + len(word)
    return more


def _nouns_before_names(text: str, starts: dict[int, str]) -> list[tuple[int, str, str]]:
    """`领唱吴雨桐今年刚满19岁`: a noun the lists of posts and roles lack, opening a clause
    (or after 的) right before a word that reads as a person's name (or one of three or four
    the dictionary knows whole as a name: `导游|阿依古丽`), is that person's role.

    (Only a noun of the dictionary, and never the reporter's: `记者某某在现场看到`.)"""
    found: list[tuple[int, str, str]] = []
    for at in [0, *(m.end() for m in _NOUN_START_RE.finditer(text))]:
        # (The noun first: most places open no noun of two characters or more.)
        if len(word := starts.get(at, "")) < 2 or word in _REPORTER_WORDS \
                or segment.word_tag(word) != "n":
            continue
        after = starts.get(at + len(word), "")
        if _address_then_adverb(after):
            after = after[:2]  # `居民|方叔刚|量完`: 方叔, then 刚
        if len(after) in (2, 3, 4) \
                and (is_person_name(after) or (len(after) > 2 and _whole_name_word(after))) \
                and not _verb_then_count(at + len(word), starts) \
                and segment.word_tag(starts.get(at + len(word) + len(after), "")) != "n":
            # (... not a word the dictionary lacks inside a compound of nouns: `数字|文旅|展区`.)
            found.append((at + len(word), after, word))
    return found


def _verb_and_object(inside: Sequence[str]) -> bool:
    """Whether the words of a rare "name" are a verb of one character and a noun of the
    dictionary: what someone does to something (`帮老人|戴|手环`), no name."""
    return len(inside) == 2 and len(inside[0]) == 1 and len(inside[1]) == 2 \
        and segment.word_tag(inside[0]).startswith("v") and segment.word_tag(inside[1]) == "n"


def _verb_then_count(at: int, starts: dict[int, str]) -> bool:
    """Whether the word at `at` is two characters jieba made up, the second a verb, with a
    numeral after it: what is done and how many times (`机器人|连翻|两个|跟头`), no name."""
    word = starts.get(at, "")
    return len(word) == 2 and not segment.word_tag(word) and segment.word_tag(word[1]) == "v" \
        and segment.word_tag(starts.get(at + 2, ""))[:1] == "m"


def _old_and_surname(text: str, starts: dict[int, str],
                     found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """`种了十几年魔芋的老常挤到前面`, `老常把……`: 老 and a surname, a word of its own that
    the dictionary holds as a name or not at all (not 老师, 老家), after a description with 的
    or opening a clause, is how someone is called by name."""
    called = []
    for match in _OLD_AND_SURNAME_RE.finditer(text):
        at, word = match.start(), match.group()
        if starts.get(at) == word and segment.word_tag(word)[:2] in ("", "nr") \
                and not _within(at, found):
            called.append((at, word, ""))
    return called


_OLD_AND_SURNAME_RE = re.compile(
    rf"(?:^|(?<=[的{re.escape(_CLAUSE_MARKS)}]))老[{''.join(sorted(SURNAMES))}]")


def _address_then_adverb(word: str) -> bool:
    """Whether `word` is a surname, a form of address of one character and an adverb jieba
    glued to them (`方叔刚`, `林姐正`): someone called by surname, then what they do."""
    return len(word) == 3 and word[0] in SURNAMES and word[1] in _ONE_CHAR_ADDRESS \
        and word[2] in _BOUNDARY_CHARS | _FIRST_ADVERBS


def _whole_name_word(word: str) -> bool:
    """Whether the dictionary knows `word` whole as a person's name (`阿依古丽`, `热依拉`):
    names of peoples without Han surnames, which no surname list holds."""
    return segment.word_tag(word) in ("nr", "nrt", "nrfg")


def _dot_name_starts(text: str, starts: dict[int, str]) -> list[int]:
    """Where transcribed names with `·` start: at a clause start, or (with the words known)
    at the word right before the first `·` (`……的球迷汤姆·贝克`)."""
    found = [m.start("name") for m in _CLAUSE_DOT_RE.finditer(text)]
    ends = {pos + len(word): pos for pos, word in starts.items()}
    for dot in re.finditer("[·•]", text):
        begin = dot.start()
        # The first part: the words before the first ·, back to a person noun, a
        # grammatical word or a mark, at most four characters (`的吾/兰·`, `球迷汤姆·`).
        while begin in ends and dot.start() - ends[begin] <= _DOT_HEAD_MAX:
            word = starts[ends[begin]]
            # (A word that ends a post or role, `首席|执行官`, is no part of the name.)
            if not re.fullmatch(f"[{CJK_CHARS}]+", word) or word in FUNCTION_CHARS \
                    or word in POSTS or word in ROLES or _person_noun(word) \
                    or _TITLE_END_RE.search(text, max(0, begin - 8), begin):
                break
            begin = ends[begin]
        # `种植户颂猜·`: jieba glued the last character of a role to the name (户颂/猜).
        if begin < dot.start() and _TITLE_END_RE.search(text, max(0, begin - 6), begin + 1):
            begin += 1
        # `让-皮埃尔·`: a first part written in two words joined by a hyphen.
        while begin >= 2 and text[begin - 1] == "-" and begin - 1 in ends:
            before = ends[begin - 1]
            if not re.fullmatch(f"[{CJK_CHARS}]{{1,4}}", starts[before]):
                break
            begin = before
        if begin < dot.start() and text[dot.start() - 1] != "·" and not any(
                begin < other < dot.start() for other in found):
            found.append(begin)
    return sorted(set(found))


# A transcribed name opening a clause, its first part short (`某某及某某某某·某某基金会` is a body).
_CLAUSE_DOT_RE = re.compile(
    rf"(?:^|(?<=[{_CLAUSE_MARKS}]))(?P<name>(?:[{CJK_CHARS}]{{1,4}}(?:-[{CJK_CHARS}]{{1,4}})*[·•])+)")


def _person_noun(word: str) -> bool:
    """Whether the dictionary knows `word` as a common noun ending in a person's suffix
    (`官员`, `学者`): a role before a transcribed name, never its first part (`官员|索·帕拉`)."""
    return len(word) >= 2 and word[-1] in ROLE_SUFFIXES and segment.word_tag(word) == "n"


def _foreign_at(text: str, at: int, starts: dict[int, str]) -> str:
    """The transcribed name with `·` that starts at `at` (`基普鲁托·切罗诺以……` →
    `基普鲁托·切罗诺`), its last part ending where a word that is no name begins."""
    head = _FOREIGN_HEAD_RE.match(text, at)
    if not head or text.startswith("记者", at):
        return ""  # (`主任记者某·某`: the reporter is the title's, read before the name)
    end = head.end()
    if not starts:
        match = _FOREIGN_AT_RE.match(text, at)
        return match.group() if match else ""
    last = _name_end(end, _DOT_NAME_MAX, starts, transcribed=True) - end
    if last <= 0 and re.fullmatch(f"[{CJK_CHARS}]{{2,4}}", word := starts.get(end, "")) \
            and not segment.word_tag(word).startswith(("v", "d", "p", "c", "u")):
        # A part the dictionary knows as a word (`·买买提`) is the name's, and so are the
        # syllables after it (`·买买提|明|12日`).
        last = _name_end(end + len(word), _DOT_NAME_MAX - len(word), starts,
                         transcribed=True) - end
    if last <= 0 or text.startswith(ORG_SUFFIXES, end + last):
        return ""  # `某某·某某基金会` names a body
    return text[at:end + last]


def _nouns_only(text: str) -> bool:
    """Whether `text` is one or more words the dictionary knows as common nouns."""
    return bool(text) and all(segment.word_tag(word)[:1] == "n"
                              and not segment.word_tag(word).startswith("nr")
                              for word in segment.words(text))


_CHAIN_MAX = 30


def _chained_clause(text: str, clause: int, previous_end: int) -> int:
    """Where a title starts when the clause before its own, after a comma, holds only posts
    (`某区党工委委员、管委会副主任，规划建设局局长某某`: one person's chain of posts, its
    parts grouped by the comma); `clause` otherwise."""
    if clause < 2 or text[clause - 1] != "，":
        return clause
    before = _clause_start(text, clause - 1)
    head = text[before:clause - 1]
    if before <= previous_end or len(head) > _CHAIN_MAX or not _POST_AT_END_RE.search(head) \
            or clean_title(head) != head or "的" in head:
        return clause
    return before


def _clause_start(text: str, at: int) -> int:
    """Where the clause that holds offset `at` starts: after the last clause mark before it,
    a short term in marks being part of the clause (`某大学学生、“飞鹰”战队队长`)."""
    clause = max(text.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1
    while clause > 0 and text[clause - 1] == "”" \
            and (term := _TERM_BEFORE_RE.search(text, max(0, clause - _TERM_MAX - 2), clause)):
        clause = max(text.rfind(mark, 0, term.start()) for mark in _CLAUSE_MARKS) + 1
    return clause


def _name_end(at: int, limit: int, starts: dict[int, str], transcribed: bool = False) -> int:
    """Where a name that starts at `at` ends: after the words that can be part of a name
    (single characters that end no name, words the dictionary lacks or knows as names or
    places, and in a `transcribed` name also rare words: `热合曼`), at most `limit`
    characters on. A word jieba glued from a name's end and the next word (`拉博说`) ends
    the name before its last character."""
    pos, last_by_sound, previous = at, -1, at
    while pos in starts and pos - at < limit:
        word = starts[pos]
        # (A transcription may be one word of five: `埃尔南德斯`.)
        if not _NAME_WORD_RE.fullmatch(word):
            break
        if len(word) == 1:
            if word in _BOUNDARY_CHARS or _verb_with_aspect(word, pos, starts) \
                    or (transcribed and pos > at and (
                        word in TRANSCRIBED_BOUNDARY_CHARS
                        or _verb_with_direction(word, pos, starts, transcribed=True))) \
                    or (pos - at >= 2 and word in _NUMERAL_WORDS
                        and _syllables_opening(starts[at], at, at, starts)) \
                    or (pos - at >= 4 and segment.word_tag(word).startswith("v")):
                break  # (a verb on its own after four characters: `格桑|多吉|背|起`)
        elif pos > at and _ends_with_subject_adverb(word):
            return min(pos + 1, at + limit)  # (`山田|浩|二则|更`: 二 is the name's, 则 not)
        elif (tag := segment.word_tag(word)) and not tag.startswith(("nr", "ns", "nz")):
            if tag[:1] in ("l", "i"):
                break  # (a set phrase is no syllable: `通猜|正忙着|给`)
            if not ((transcribed or (pos == at and _family_noun(word, tag, starts.get(
                    pos + len(word), "")))) and segment.rarity(word) >= _RARE_SOUND) or (
                    tag.startswith("v") and pos > at and _unknown_or_name(starts[previous])):
                break  # (`吐尔逊|捧起|刚割`: a verb after a whole part ends the name)
            last_by_sound = pos
        elif not tag and transcribed and (cut := _preposition_inside(word)):
            return min(pos + cut, at + limit)  # (`科|瓦尔斯|卡在主|论坛`: 在 opens a place)
        elif not tag and (word[-1] in _BOUNDARY_CHARS or _verb_with_aspect(word, pos, starts)
                          or _verb_with_direction(word[-1], pos + len(word) - 1, starts)) \
                and not (transcribed and _syllable_before_date(word, pos, starts)) \
                and not (transcribed and _syllable_before_word(word, pos, starts)) \
                and not _syllables_opening(word, pos, at, starts):
            # ... unless what is left is one verb (`举着`) or, in a transcribed name, an
            # adverb (`施密特|先说`).
            head = word[:-1]
            if len(head) == 1 and (segment.word_tag(head).startswith("v") or (
                    transcribed and head in TRANSCRIBED_BOUNDARY_CHARS)):
                break
            if head in _PAIR_ADVERBS and pos - at >= 3 and not transcribed:
                break  # (`庾立峰|正为`: after a name of three, 正 opens what they do)
            return min(pos + len(head), at + limit)
        previous = pos
        pos += len(word)
    # A rare word is a syllable inside a name (`热合|曼`), not at its end (`吐尔逊|捧起`).
    if last_by_sound >= 0 and last_by_sound + len(starts[last_by_sound]) == pos:
        pos = last_by_sound
    return min(pos, at + limit)


def _name_before_pair(at: int, starts: dict[int, str]) -> str:
    """The two or three characters at `at` before `边……边……` (`某某边演示边解释`, `某某边走边说`),
    which jieba glues to the name before it: the 边 that comes again a verb later is no
    syllable of the name."""
    after, pos = "", at
    while len(after) < 10 and (word := starts.get(pos)):
        after, pos = after + word, pos + len(word)
    for size in (3, 2):
        # (An adverb may come first: `某某正边演示边解释`, jieba: 正边.)
        first = size + (after[size:size + 1] in _PAIR_ADVERBS)
        if after[first:first + 1] == "边" and "边" in after[first + 2:first + 5] \
                and after[size - 1] != "一":  # (`鲁婧|一边……一边`)
            return after[:size]
    return ""


_PAIR_ADVERBS = frozenset("正就也还又都")


# A numeral standing alone after the syllables of a name opened by a word the dictionary
# lacks opens what follows (`阿说|木|呷|一|起来`; `田中|健|一` is a Japanese name's).
_NUMERAL_WORDS = frozenset("一二三四五六七八九十两几")


def _syllables_opening(word: str, pos: int, at: int, starts: dict[int, str]) -> bool:
    """Whether `word`, two characters the dictionary lacks that open the name, is its first
    syllables, not one character and a verb glued to it: no name is one character, and
    two more single characters follow that are no function words (`妻子|阿说|木|呷|一起`,
    a Yi name; not `拉博说`)."""
    if pos != at or len(word) != 2:
        return False
    following = [starts.get(pos + 2, ""), starts.get(pos + 3, "")]
    return all(len(w) == 1 and w not in FUNCTION_CHARS and w not in _BOUNDARY_CHARS
               for w in following)


def _uncommon_first(at: int, starts: dict[int, str]) -> bool:
    """Whether the character at `at` is a word of its own that no Han name starts with and
    that is uncommon on its own (`扎|西平|措`): the first syllable of a name of a people
    without Han surnames, not a verb such as 去 or 看 (common words on their own). Four
    characters at most (`扎西平措|家`), or five when a word of two ends them and one of
    them is known as part of a transcribed name (`基|普罗|蒂奇`)."""
    word = starts.get(at, "")
    return len(word) == 1 and word not in SURNAMES and word not in _BOUNDARY_CHARS \
        and not segment.word_tag(word).startswith("nr") and segment.rarity(word) >= _UNCOMMON_CHAR


def _transcribed_inside(at: int, size: int, starts: dict[int, str]) -> bool:
    """Whether a word between `at` and `at + size` is one the dictionary knows as part of a
    transcribed name (`基|普罗|蒂奇`; not `扎|西平|措家`, where 家 is a home)."""
    return any(segment.word_tag(word).startswith("nrt")
               for word in _words_in(starts, at, at + size))


def _syllable_before_word(word: str, pos: int, starts: dict[int, str]) -> bool:
    """Whether a transcription's last word ends in a character that begins speech verbs
    (`沙吾提`, 提 of 提到) but begins no verb with the word after it (`沙吾提|专门`): a
    syllable of the name, not the verb jieba would have glued to it (`某某提|醒`)."""
    nxt = starts.get(pos + len(word), "")
    return word[-1] in _VERB_START_CHARS and bool(nxt) and nxt[:1] not in _ASPECT and not any(
        segment.word_tag(word[-1] + nxt[:size]).startswith("v") for size in (1, 2))


def _given_name_word(word: str) -> bool:
    """A word the dictionary knows as a name's, or a rare one that is no verb, adverb or
    function word (`伏|嘉禾`, `盖|明远`): it may be a given name."""
    tag = segment.word_tag(word)
    return tag in ("nr", "nrfg") or (segment.rarity(word) >= _RARE_WORD
                                     and tag[:1] not in ("v", "d", "p", "c", "u", "r", "m"))


def _unknown_or_name(word: str) -> bool:
    """A word of two or more characters the dictionary lacks or knows as a name."""
    tag = segment.word_tag(word)
    return len(word) >= 2 and (not tag or tag.startswith("nr"))


def _split_after_first(at: int, starts: dict[int, str]) -> bool:
    """Whether jieba split a name's first character off a word of three or more that it
    does not know (`旦|增卓玛`) or knows only as a rare transcribed name (`达|尼亚尔`): a Han
    surname is followed by a given name of one or two, not by a transcription's syllables."""
    if len(starts.get(at, "")) != 1 or len(rest := starts.get(at + 1, "")) < 3:
        return False
    tag = segment.word_tag(rest)
    return not tag or (tag.startswith("nr") and segment.rarity(rest) >= _RARE_SOUND)


def _verb_with_aspect(word: str, pos: int, starts: dict[int, str]) -> bool:
    """Whether `word` (one character, or a word the dictionary lacks) ends in a verb that
    an aspect particle follows (`吾|守尔作|了`, `卡里莫夫|看|了`), or the 得 of how it is
    done (`约瑟夫·卡兰|看|得|很|仔细`, `李明|看|得`): a name never ends in a verb, so the
    name ends before it."""
    return starts.get(pos + len(word)) in _AFTER_VERB \
        and segment.word_tag(word[-1]).startswith("v")


_DIRECTIONS = frozenset("出起来去上下回过")
# What a verb comes to (`瞪大`, `睁开`, `听完`).
_RESULTS = frozenset("大小开完好住")


def _verb_with_direction(word: str, pos: int, starts: dict[int, str],
                         transcribed: bool = False) -> bool:
    """Whether `word`, one character, is a verb that a direction and an aspect particle
    follow, each a word of its own (`李明|道|出|了|原因`, jieba tags 道 a measure word):
    a name takes no direction, so the verb is the sentence's. After a `transcribed` name's
    parts a verb needs only the direction (`安娜·施密特|拿|起|一件……`): a syllable takes none."""
    if len(word) != 1 or starts.get(pos + 1, "") not in _DIRECTIONS:
        return False
    tag = segment.word_tag(word)
    if transcribed:
        return tag.startswith("v")
    return starts.get(pos + 2) in _ASPECT and not tag.startswith("nr")


def _japanese_name_of_five(after: str, at: int, starts: dict[int, str]) -> str:
    """`铃木|健|太郎`: a family name of two that the dictionary knows as a name's and no
    common surname opens, then a character and a rare noun of two that names no person
    (not a post, role or form of address: `阙文|涛|博士`, `……|家人`), is a Japanese name of
    five, not a Han name of three and a word (`宁可|欣|上台`)."""
    family, given = starts.get(at, ""), starts.get(at + 3, "")
    if len(family) != 2 or family[0] in SURNAMES or after.startswith(COMPOUND_SURNAMES) \
            or not segment.word_tag(family).startswith("nr") \
            or len(starts.get(at + 2, "")) != 1 or len(given) != 2 or at + 5 not in starts \
            or any(ch in FUNCTION_CHARS for ch in after[2:5]):
        return ""
    tag = segment.word_tag(given)
    if not (tag == "n" or tag.startswith("nr")) or segment.rarity(given) < _RARE_WORD \
            or _POST_OR_ROLE_RE.fullmatch(given) or given in FAMILIAR_FORMS \
            or given in ADDRESS_FORMS or given[-1] in ROLE_SUFFIXES + "人":
        return ""
    return after[:5]


# Whom a pet name may follow: kin and children (not a crowd: `群众阵阵喝彩`).
_PET_NAMED = ("儿子", "女儿", "孙子", "孙女", "外孙", "外孙女", "侄子", "侄女", "妹妹", "弟弟",
              "小朋友", "孩子", "小孩", "男孩", "女孩", "学生", "小家伙", "宝宝")


def _pet_name(text: str, at: int, starts: dict[int, str]) -> bool:
    """Whether a child's pet name opens `text` at `at`: one character twice, a word of its
    own that is no adverb, time, number nor person noun (`朵朵`, `豆豆`; not `常常`, `天天`,
    `妈妈`)."""
    pair = text[at:at + 2]
    return len(pair) == 2 and pair[0] == pair[1] and starts.get(at) == pair \
        and pair[0] not in FUNCTION_CHARS and pair not in ROLES \
        and segment.word_tag(pair)[:1] not in ("d", "t", "m", "r")


def _name_at(after: str, at: int, starts: dict[int, str], ends: set[int], rare: bool) -> str:
    """The name that `after` (the text at offset `at`, right after a post) begins with;
    `rare` allows a name the dictionary does not know."""
    # (`贺立群站在`, `龙秀芬忙得`: a Han name and a verb jieba glued to its end; not when the
    # verb's character is in a word the dictionary knows as a name: `古丽/米拉`.)
    verb_after_han = is_person_name(after[:3]) \
        and segment.word_tag(after[3:4]).startswith("v") \
        and not segment.word_tag(_word_at(at + 3, starts)).startswith(("nr", "ns", "nz")) \
        and not _unknown_syllables(at + 3, starts)
    # (... nor an adverb after a whole Han name jieba reads first: `易秀兰/常挂`, `易秀兰常说`.)
    first_word = starts.get(at, "")
    if first_word in _ADVERB_SURNAMES:
        # `冰淇淋摊主|都|小雅|说`: an adverb that is a rare surname opens a name after a post
        # or role only before a given name of two and a speech verb, and not after many
        # (`工人|都|说`, `几位专家|都|齐声|说` name no one).
        before = "".join(w for o in range(max(0, at - 6), at)
                         if (w := starts.get(o)) and o + len(w) <= at)
        given = after[1:3]
        return after[:3] if starts.get(at + 1) == given and (
            segment.word_tag(given) in ("nr", "nrfg", "") and segment.rarity(given) >= _RARE_GIVEN
            and given[-1] not in "了着过地得") \
            and (after[3:4] in _SAYS or after.startswith(_SPEECH_WORDS, 3)) \
            and not _MANY_RE.search(before) else ""
    if (paired := _name_before_pair(at, starts)) and (rare or is_person_name(paired)):
        return paired
    if made_up := _made_up_han_name(at, starts):
        return made_up
    # (A word of three the dictionary knows as a name is a Han name when it starts with a
    # surname; `阿迪力|别克` is the first part of a longer transcribed one.)
    han_first = (len(first_word) == 3 and segment.word_tag(first_word).startswith("nr")
                 and (first_word[0] in SURNAMES
                      or segment.word_tag(first_word[0]).startswith("nr"))) \
        or (is_person_name(after[:3]) and (after[3:4] in _FIRST_ADVERBS or (
            after[3:4] in _BOUNDARY_CHARS and not _unknown_syllables(at + 3, starts))))
    # (... nor a word the dictionary knows, not as a name's, after three characters that
    # read as a Han name: `宁可|欣|上台|领奖`.)
    word_after = starts.get(at + 3, "")
    han_then_word = len(word_after) >= 2 and is_person_name(after[:3]) \
        and bool(tag := segment.word_tag(word_after)) and not tag.startswith(("nr", "nz")) \
        and not _glued(at + 4, starts)  # (`山田浩|二则|更`: 二 is the name's)
    if japanese := _japanese_name_of_five(after, at, starts):
        return japanese
    for size in (5, 4):
        whole = after[:size]
        if (han_first and (size == 5 or after[3:4] in _BOUNDARY_CHARS | _FIRST_ADVERBS)) \
                or han_then_word or _address_then_adverb(after[:3]):
            continue
        if starts and len(whole) == size and (len(starts.get(at, "")) >= 2
                                              or _split_after_first(at, starts)
                                              or (size == 4 and _uncommon_first(at, starts))
                                              or (size == 5 and _uncommon_first(at, starts)
                                                  and len(starts.get(at + 3, "")) == 2
                                                  and _transcribed_inside(at, size, starts))) \
                and not verb_after_han \
                and not (len(starts[at]) == 4 and _glued(at + 3, starts)
                         and is_person_name(after[:3])) \
                and _name_end(at, size, starts) == at + size \
                and not _cuts_known_name(at + size, starts) \
                and not any(ch in FUNCTION_CHARS for ch in (
                    whole[2:] if not segment.word_tag(first_word)
                    and _syllables_opening(first_word, at, at, starts) else whole)) \
                and not _PREDICATE_AFTER_RE.match(_following(starts, at + size)) \
                and not (starts.get(at + size) in _PREPOSITIONS
                         and segment.word_tag(whole[-1]).startswith("v")) \
                and not (len(first_word) >= 2 and not segment.word_tag(first_word)
                         and _read_as_verb(first_word)) \
                and not (len(first_word) == 2 and first_word[1] in _ASPECT
                         and segment.word_tag(first_word[0]).startswith("v")) \
                and not (len(first_word) == 4 and after[4:5] == "地"):
            # (Nor a verb and its aspect jieba made up as one word: `主播|举着|刚|摘`; nor a
            # word of four before 地, how something is done: `所长|满头大汗|地|跑来`.)
            # `吉克阿依`, `阮氏秋香`, `次仁央宗`, `哈斯其其格`: four or five characters that
            # can all be part of a name and are followed by a word that cannot: a name of a
            # people without Han surnames. (A Han name's surname is a word of its own:
            # `邰/文博/站在` is 邰文博.) Five when a transcription ends with a word of two
            # (`基|普罗|蒂奇`, not cut to four). A first word the dictionary lacks and
            # jieba's model reads as a verb opens a predicate, no name: `几位老人|送餐|上门`.
            return whole
    for size in (4, 3) if after.startswith(COMPOUND_SURNAMES) else (3, 2):
        candidate = after[:size]
        if len(candidate) < size:
            continue
        if not starts:
            if is_person_name(candidate):
                return candidate
            continue
        if len(first := starts.get(at, "")) >= 2 and first[0] in _NUMERAL_WORDS \
                and segment.word_tag(first)[:1] in ("a", "d", "m"):
            continue  # `男孩|一般|高`: a word of a numeral and more (一般, 一起) opens no name
        if size == 2 and starts.get(at) == candidate and candidate[0] in SURNAMES \
                and segment.word_tag(candidate)[:1] in ("v", "a") \
                and starts.get(at + 2) in _ALREADY:
            return candidate  # `讲解员|甘露|已经`: a word of two that opens no predicate here
        # With the words known, a name ends with a word (jieba may glue its start to the
        # post: `种植户马永福` → 户马/永福), does not start with a verb or function word, and
        # may be a rare one the dictionary lacks.
        # (A common surname that jieba reads as a verb on its own, `顾|承德`, starts one.)
        # (... nor a character uncommon on its own that jieba reads as a verb, before a word
        # that may be a given name, after a post: `主任|伏|嘉禾`, `经理|盖|明远`, a rare
        # surname; not `主任|看|海燕`.)
        if not (at + size in ends or _glued(at + size, starts)) or (
                at in starts and segment.word_tag(starts[at])[:1] in _NOT_NAME_TAGS
                and not (len(starts[at]) == 1 and starts[at] in SURNAMES)
                and starts[at] not in COMPOUND_SURNAMES  # (`鲜于`, a verb to the dictionary)
                and not (rare and size == 3 and len(starts[at]) == 1
                         and segment.rarity(starts[at]) >= _UNCOMMON_CHAR
                         and starts.get(at + 1) == candidate[1:]
                         and _given_name_word(candidate[1:]))):
            continue
        # A grammatical character inside a word of the name that the dictionary knows as a
        # name or noun is part of it (`吴永和`: 吴/永和), not one in any other (`常说`).
        inside = _words_in(starts, at, at + size)
        if size == 4 and starts.get(at + 3) == candidate[3] and candidate[3] in _BOUNDARY_CHARS:
            continue  # `欧阳明|说`: a compound surname and one character, then the verb
        if size == 4 and starts.get(at + 2) == candidate[2:] and candidate[3] in _BOUNDARY_CHARS \
                and not segment.word_tag(candidate[2:]):
            continue  # `公孙|敏则|不同意`: one character, then an adverb jieba's model glued
        if size == 4 and starts.get(at + 2) == candidate[2:] \
                and not segment.word_tag(candidate[2:]).startswith("nr") \
                and _verb_with_aspect(candidate[2:], at + 2, starts):
            continue  # `司马|悦笑|着`: the given name's character, then a verb with its aspect
        if size == 3 and starts.get(at + 2) == candidate[2] \
                and (_verb_with_aspect(candidate[2], at + 2, starts)
                     or _verb_with_direction(candidate[2], at + 2, starts)):
            continue  # `董事|长江|涛|笑|着`: a name ends before a verb with its aspect
        if size == 3 and candidate[2] in POSTURE_CHARS and starts.get(at + 3) == "在" \
                and (starts.get(at + 2) == candidate[2] or starts.get(at) == candidate):
            continue  # `老汪|蹲|在`, `老汪站|在`: a name ends before a verb of posture and 在
        if size == 3 and _verb_after_name_word(at, starts):
            continue  # `曲珍|患|高血压`: the name is the word jieba knows as one
        if size == 3 and _verb_and_object(_words_in(starts, at, at + 3)) \
                and not _said_after(after, 3) \
                and not _WHEN_SAID_RE.match("".join(_words_in(starts, at + 3, at + 6))):
            # `帮老人|戴|手环|一边`: a verb and its object; `花|建业|介绍` is a name, and so is
            # `相|立言|2|日` (the day, which `after`, Chinese characters only, leaves out).
            continue
        if size == 3 and starts.get(at + 1) == candidate[1:] and candidate[2] == "说" \
                and starts.get(at + 3, "。")[:1] in "，。：；:":
            continue  # `工程师李|明说|，`: the given name's character, then the verb 说
        if size == 3 and starts.get(at + 1) == candidate[1:] \
                and starts.get(at + 3, "") in _DIRECTIONS \
                and segment.word_tag(candidate[2] + starts[at + 3]).startswith("v"):
            continue  # `王|文摘|下`: the given name's character, then a verb (摘下)
        if candidate.startswith("边") and "边" in after[1:]:
            continue  # `工程师|边擦汗边解释`: one thing done while another, no surname 边
        if size == 3 and starts.get(at) == candidate and candidate[2] in _SAYS \
                and not segment.word_tag(candidate) and starts.get(at + 3, "")[:1] in _SAID_END:
            continue  # `工程师邹立答。`: a name and the verb of speech, made up as one word
        if size == 2 and _verb_then_count(at, starts):
            continue  # `机器人|连翻|两个|跟头`: an adverb and a verb, then how many times
        if size == 2 and starts.get(at) == candidate and candidate[1] in _NAME_NEVER_ENDS \
                and not segment.word_tag(candidate):
            continue  # `阿伯|戴上|耳机`: a verb and its direction, made up as one word
        if size == 2 and starts.get(at) == candidate and candidate[1] in _POSTED_TO \
                and candidate[0] not in SURNAMES and not segment.word_tag(candidate) \
                and segment.word_tag(candidate[0]).startswith("v"):
            continue  # `讲师|驻村|培训`: a verb and where one is sent, made up as one word
        if size == 3 and candidate[1] in _ONE_CHAR_ADDRESS \
                and candidate[2] in _BOUNDARY_CHARS | _FIRST_ADVERBS:
            continue  # `居民方叔刚量完血压` (方叔刚 one word): a surname, 叔, then an adverb
        if size == 3 and starts.get(at) == candidate and candidate[-1] in _WHEN \
                and is_person_name(candidate[:2]):
            continue  # `郭明时，`: a name and the 时 of its clause, made up as one word
        if size == 3 and starts.get(at) == candidate[:2] and starts.get(at + 2) == candidate[2] \
                and candidate[2] in _GLUED_ADVERBS \
                and is_person_name(candidate[:2]) \
                and segment.word_tag(starts.get(at + 3, ""))[:1] in ("d", "v"):
            continue  # `黎刚|则|回复`: a name jieba reads, then the adverb after it
        if size == 3 and starts.get(at) == candidate and candidate[-1] in _GLUED_ADVERBS \
                and not segment.word_tag(candidate) \
                and segment.word_tag(starts.get(at + 3, ""))[:1] in ("d", "v"):
            continue  # `宓宁则|更|关心`: a name and the adverb after it, made up as one word
        # (`卡车司机试驾后说`: a localizer of its own, 后 or 时, ends an action, not a name.)
        # (... nor a word jieba's model reads as a verb: `青年|竞演|剧目`.)
        # (The model's reading costs most: it is asked last.)
        # (... nor a rare one that opens with a common noun of two: `博士生|导师|栾`.)
        if size == 2 and rare and starts.get(at) == candidate and candidate[0] in SURNAMES \
                and segment.word_tag(candidate) == "ns" \
                and segment.rarity(candidate) >= _RARE_PLACE \
                and segment.word_tag(starts.get(at + 2, ""))[:1] == "v":
            # `客商|罗沙|走进`: a name the dictionary holds as a rare place's (not `常州`, `黄山`)
            return candidate
        if _manner_adverbial(candidate):
            continue  # `村民|高兴|地说`: a surname and what follows make a manner, 高兴地
        if is_person_name(candidate) or (rare and not segment.word_tag(candidate)
                                         and not candidate.endswith(_REPORTER)
                                         and not (inside and len(inside[0]) == 2
                                                  and segment.word_tag(inside[0]) == "n")
                                         and not any(
                ch in FUNCTION_CHARS and not segment.word_tag(word).startswith(("nr", "nz", "n"))
                and not (n == len(inside) - 1 and _name_ending_conjunction(at + size, starts))
                for n, word in enumerate(inside) for ch in word) and not any(
                len(word) == 1 and segment.word_tag(word)[:1] == "f" for word in inside[1:])
                                         and not _manner_adverbial(candidate)
                                         and not _read_as_verb(candidate)
                                         and not _opens_predicate(inside)):
            return candidate
    return ""


# `女儿小名叫朵朵`: the name someone (a child, mostly) is called by at home.
_PET_NAME_RE = re.compile(
    rf"(?:小名|乳名|昵称)(?:叫|是)(?P<name>[{CJK_CHARS}]{{2,3}}?)(?=[，。！？；])")
# Adverbs of time after which a verb follows: a word of two before one, after a post and
# opening with a surname, is a name even when the dictionary holds it as a verb (`甘露`).
_ALREADY = frozenset(("已经", "早已", "早就", "正在", "刚刚", "一直", "早早"))
# Verbs of speech of one character that end no name, before the mark that ends the
# attribution (`邹立答。`, `邹立问：`).
# Prepositions of whom one turns to that are surnames too (`向明远`), after a post or role.
_ADDRESSING = frozenset("向")
_ADDRESSED_AFTER_RE = re.compile(rf"(?:{POST_RE}|{ROLE_RE})[{''.join(_ADDRESSING)}]")
_POST_CHAIN_RE = re.compile(rf"(?:、[^、，。！？；：“”]{{0,10}}?(?:{alternation(POSTS + ROLES)}))+")


def _addressee_after(text: str, at: int) -> bool:
    """Whether what follows a preposition at `at - 1` names whom one turns to: in the same
    clause, a post or role with a name after it, right after a word that is no verb or
    grammatical word (`向|某科技|创始人某某`; not `向明远|陪同|院士某某`, `向明远和院士某某`)."""
    end = min([len(text)] + [i for i in (text.find(mark, at) for mark in _CLAUSE_MARKS)
                             if i >= 0])
    later = _POST_OR_ROLE_RE.search(text, at + 1, end)
    if not later or "、" in text[at:later.start()]:
        return False
    before = segment.words(text[at:later.start()])
    # (The posts may be a chain: `联合创始人、CEO某某`.)
    chain = _POST_CHAIN_RE.match(text, later.end(), end)
    after = text[chain.end() if chain else later.end():end]
    return bool(before) and segment.word_tag(before[-1])[:1] not in _NOT_NAME_TAGS \
        and bool(_LATIN_NAME_RE.match(after) or is_person_name(after[:3])
                 or is_person_name(after[:2]))


_SAYS = frozenset("说答问喊")
_SAID_END = frozenset("。：，")
# Directions a verb takes that end no name of two jieba made up (`戴上`, `摘下`, `拿起`).
_NAME_NEVER_ENDS = frozenset("上下起")
# Where people are sent or stationed, after a verb (`驻村`, `进厂`, `下乡`, `入户`).
_POSTED_TO = frozenset("村乡镇厂站校户")
# Surnames jieba reads as words of their own (`研究员|花|建业|介绍`, `总监|谈|佳丽|补充道`,
# `教授|相|立言|2日`, `研究员|计|明远|说`): a name they open stands right before a speech
# verb, a clause mark or the day, as nothing else then follows a post and a name
# (`工程师|花|大量|时间`, `志愿者|花|三天` are what was spent).
VERB_SURNAMES = frozenset("花谈相计")
# Surnames that are adverbs on their own (`都`): see _name_at.
_ADVERB_SURNAMES = frozenset("都")
# Speech verbs of two characters that follow a name (`某某表示`; see _said_after, _name_at).
_SPEECH_WORDS = ("表示", "介绍", "指出", "认为", "告诉", "解释", "笑道", "补充")
# Words that make the people before them many (`几位专家`, `志愿者们`, `各摊主`).
# (... and a given name jieba knows, not as a common word: `齐声` 10.6, `小雅` 14.3.)
_RARE_GIVEN = 12.0
_MANY_RE = re.compile(r"[们些各众群每诸]|所有|(?<!一)[位名个]")
# How a person's age follows their name (`今年26岁`, `现年68岁`, `19岁`).
_AGE_AFTER_RE = re.compile(
    r"(?:今年|现年|年仅|年近|年过|已经|已)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁")
# When the words were said, right after the name that says them (`教授|相|立言|2日|在……上说`,
# `某某当天表示`): it ends a name as a speech verb does.
_WHEN_SAID_RE = re.compile(
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?![报本])|当天|当日|日前|近日|今天|昨天|今日|昨日")
# jieba's tags of onomatopoeia, interjections and particles.
_SOUND_TAGS = ("o", "e", "y")


def _said_after(text: str, at: int) -> bool:
    """Whether a speech verb (by its first character), a clause mark, the person's age
    (`徒弟|谈|小溪|今年|26岁`), the day the words were said (`教授|相|立言|2日|在`) or a
    gesture, a verb and its aspect (`果农谈永福咧着嘴`), follows `at`."""
    return text[at:at + 1] in _SAYS | _VERB_START_CHARS | set(_CLAUSE_MARKS) \
        or text.startswith(_SPEECH_WORDS, at) \
        or _AGE_AFTER_RE.match(text, at) is not None or _WHEN_SAID_RE.match(text, at) is not None \
        or (text[at + 1:at + 2] in ("着", "了") and segment.word_tag(text[at:at + 1])[:1] == "v")


def _opens_predicate(inside: Sequence[str]) -> bool:
    """Whether the words of a rare "name" after a person noun open what that person does
    or feels: a place word (`老人|脸上|笑`) or an everyday character no list holds as a
    surname before a verb (`妈妈|很|有|感触`)."""
    if not inside:
        return False
    if segment.word_tag(inside[0]).startswith("s"):
        return True
    return len(inside) == 2 and len(inside[0]) == 1 and inside[0] not in SURNAMES \
        and segment.rarity(inside[0]) < _EVERYDAY_CHAR and segment.word_tag(inside[1]) == "v"


_POST_THEN_LIST_RE = re.compile(f"(?:{alternation(POSTS)})、")
_HONOUR_MAX = 8
_HONOUR_TAGS = ("n", "l", "b", "a", "j")


def _honour_then_name(text: str, at: int, starts: dict[int, str],
                      ends: set[int]) -> tuple[int, str] | None:
    """`总经理、全国劳动模范某某`: after a post and 、, words of the dictionary that are nouns,
    set phrases or attributes (no post or role, which the lists read) running right up to
    a name the dictionary lacks or knows as one: (where the name starts, the name)."""
    pos = at
    while (word := starts.get(pos)) and pos - at + len(word) <= _HONOUR_MAX:
        tag = segment.word_tag(word)
        if not tag.startswith(_HONOUR_TAGS) or tag.startswith(("nr", "ns", "nt")) \
                or _POST_OR_ROLE_RE.search(word) or not re.fullmatch(f"[{CJK_CHARS}]+", word):
            return None
        pos += len(word)
        after = starts.get(pos, "")
        if pos - at >= 2 and after and segment.word_tag(after)[:2] in ("", "nr") \
                and (name := _name_at(text[pos:pos + 5], pos, starts, ends, rare=True)):
            return pos, name
    return None


def _unknown_syllables(at: int, starts: dict[int, str]) -> bool:
    """Whether the word at `at` is two or more characters the dictionary lacks, that no
    aspect particle follows and jieba's model does not read as a verb: syllables of a
    longer name, not a verb after a Han name (`艾合|买|提江|负责`; not `郝素琴|正带|着`)."""
    word = starts.get(at, "")
    return len(word) >= 2 and not segment.word_tag(word) \
        and starts.get(at + len(word)) not in _ASPECT and not _read_as_verb(word)


def _listed_word_name(text: str, at: int, starts: dict[int, str]) -> str:
    """A name that is a word (`江山`, `高原`, nouns or places to the dictionary) after a
    listed post, in a list of people: a word of two characters that starts with a surname
    and is followed by the mark or word that joins or closes a list (`、`, `等`)."""
    word = starts.get(at, "")
    if len(word) != 2 or word[0] not in SURNAMES or text[at + 2:at + 3] not in _LIST_AFTER \
            or not segment.word_tag(word).startswith(("n", "s")):
        return ""
    return word


def _name_ending_conjunction(end: int, starts: dict[int, str]) -> bool:
    """Whether the word that ends at `end` is a conjunction on its own (和, 与, 及) that
    joins nothing: a clause mark, an adverb that follows a subject, a verb or a preposition
    comes next (`研究员祁嘉|和|、`, `祁嘉|和|则|提醒`, `叶昌|和|对|会风`). It is then a
    name's last character."""
    if starts.get(end - 1) not in _NAME_CONJUNCTIONS:
        return False
    after = starts.get(end, "")
    # (jieba may glue the preposition to what follows into a word it lacks: `对会风`.)
    return after[:1] in _CLAUSE_MARKS + "、" or after in _SUBJECT_ADVERBS \
        or segment.word_tag(after).startswith(("v", "p")) or (
            not segment.word_tag(after) and segment.word_tag(after[:1]).startswith("p"))


def _verb_after_name_word(at: int, starts: dict[int, str]) -> bool:
    """Whether a two-character word the dictionary lacks or knows as a name starts at `at`
    and is followed by a character on its own that reads as a verb taking an object
    (`曲珍|患|高血压`) or a complement (`李强|站|在`): the verb is the sentence's, not the
    name's third character (unless it is rare as a word: `黄语|晴|在`)."""
    word = starts.get(at, "")
    verb = starts.get(at + 2, "")
    after = starts.get(at + 3, "")
    return _unknown_or_name(word) and len(word) == 2 and len(verb) == 1 \
        and segment.word_tag(verb)[:1] in ("v", "z") and segment.rarity(verb) < _COMMON_VERB \
        and (after in _COMPLEMENTS or (
            len(after) >= 2 and segment.word_tag(after)[:1] in ("n", "m")
            and after not in POSTS and after not in ROLES))


def _manner_adverbial(text: str) -> bool:
    """Whether `text` is a word the dictionary knows as a verb, adjective or adverb and the
    地 that makes it a manner adverbial (`母亲|心疼|地说`): no name."""
    return text.endswith("地") \
        and segment.word_tag(text[:-1])[:1] in ("v", "a", "b", "d", "z", "i", "l")


@lru_cache(maxsize=4096)
def _read_as_verb(text: str) -> bool:
    """Whether jieba's model reads `text`, a string its dictionary lacks, as one verb.

    (The part-of-speech model's reading costs most of a millisecond; the answer never
    changes, so it is kept.)"""
    tags = segment.tag(text)
    return len(tags) == 1 and tags[0][1] in ("v", "vn")


def _made_up_han_name(at: int, starts: dict[int, str]) -> str:
    """A Han name that jieba made up as one word (its dictionary lacks it) with a single
    character standing alone after it: the word is the whole name (`任佳怡|连|看`),
    since a Han name has a surname and at most two more characters."""
    word = starts.get(at, "")
    if _name_then_common_char(word) or _name_then_doubled_verb(word, at, starts):
        return word[:3]
    after = starts.get(at + len(word), "")
    # (A surname off the list when a second character stands alone after it too: `蒯晓光|难|
    # 掩`; a name of another people may go on in single syllables.)
    if len(word) != 3 or len(after) != 1 \
            or (word[0] not in SURNAMES and len(starts.get(at + 4, "")) != 1) \
            or word.startswith(COMPOUND_SURNAMES) or segment.word_tag(word) \
            or not is_person_name(word) or not re.fullmatch(f"[{CJK_CHARS}]", after) \
            or _TITLE_END_RE.search(word + after):
        return ""  # (`钱副省|长`: a surname and a post, no name)
    return word


def _name_then_doubled_verb(word: str, at: int, starts: dict[int, str]) -> bool:
    """Whether `word`, four characters jieba made up as one, is a Han name glued to the
    first verb of a doubled one (`桑晓岚顿|了|顿`, `戚晓岚瞪|了|瞪`), the verb coming again
    after 了, or of one done briefly (`戚晓岚顿|了|一下`)."""
    return len(word) == 4 and not segment.word_tag(word) and is_person_name(word[:3]) \
        and starts.get(at + 4) == "了" \
        and (starts.get(at + 5, "")[:1] == word[3] or starts.get(at + 5) == "一下")


def _name_then_common_char(word: str) -> bool:
    """Whether `word`, four characters jieba made up as one (its dictionary lacks it), is
    a Han name glued to a character that is an everyday word of its own (`鲍承宗天|不亮`:
    天 is the sentence's). A name of a people without Han surnames (`吉克阿依`) ends in a
    syllable rarer on its own."""
    return len(word) == 4 and word[0] in SURNAMES and not word.startswith(COMPOUND_SURNAMES) \
        and not segment.word_tag(word) and is_person_name(word[:3]) \
        and word[3] not in SURNAMES and segment.rarity(word[3]) < _EVERYDAY_CHAR \
        and not segment.word_tag(word[3]).startswith("nr")


def word_starts(words: Sequence[str], at: int = 0) -> dict[int, str]:
    """Offset → the word starting there, for a text (starting at `at`) segmented into `words`."""
    if not words:
        return {}
    return dict(zip(accumulate(map(len, words[:-1]), initial=at), words, strict=True))


def _resegmented_name(text: str, at: int) -> str:
    """The name after a post whose last character jieba glued to the name's first into a
    word it knows (`营业部/长山/本健司`): the words of what follows the post, segmented on
    their own (`山本/健司/正向`), read as a name that reads as one."""
    after = text[at:at + 12]
    words = segment.words(after)
    ends = accumulate(map(len, words), initial=at)
    return _name_at(after[:5], at, word_starts(words, at), set(ends) - {at}, rare=False)


def _word_at(pos: int, starts: dict[int, str]) -> str:
    """The word that holds offset `pos`, or ''."""
    for start in range(pos, max(-1, pos - 8), -1):
        if (word := starts.get(start)) is not None:
            return word if start + len(word) > pos else ""
    return ""


def _family_noun(word: str, tag: str, after: str) -> bool:
    """Whether `word`, opening a name, may be a family name the dictionary knows as a common
    noun or a place word (`小野|寺纱织`, `井上|阳菜`): two characters, before a word it lacks
    (it must be rare as well, which the caller asks)."""
    return tag in ("n", "s") and len(word) == 2 and len(after) >= 2 and not segment.word_tag(after)


# Prepositions that open the adverbial after a name; a transcription does not spell with them.
_PREPOSITIONS = frozenset("在向从把被")


def _preposition_inside(word: str) -> int:
    """Where a preposition begins inside `word`, a word jieba made up of a name's last
    syllable and what follows it (`卡在主`), or 0."""
    return next((i for i, ch in enumerate(word) if i and ch in _PREPOSITIONS), 0)


def _syllable_before_date(word: str, pos: int, starts: dict[int, str]) -> bool:
    """Whether `word`, a part of a transcription that ends in an adverb that follows a
    subject (`阿不都`), comes right before a date: an adverb follows the time of a clause
    (`12日也表示`), never precedes it, so the character is a syllable."""
    return word[-1] in _SUBJECT_ADVERBS and starts.get(pos + len(word), "")[:1].isdigit()


def _cuts_known_name(end: int, starts: dict[int, str]) -> bool:
    """Whether `end` falls inside a word the dictionary knows as a name (`塔|阿卜杜|拉`):
    a name ends with such a word, never inside it."""
    for start in range(end - 1, max(-1, end - 5), -1):
        if (word := starts.get(start)) is not None:
            return start + len(word) > end and segment.word_tag(word).startswith("nr")
    return False


def _glued(end: int, starts: dict[int, str]) -> bool:
    """Whether a name may end at `end` inside a word jieba does not know whose last
    character follows the name and ends names or is a verb (`蔺志鸿已` → 蔺志鸿 + 已,
    `邰文博站` → 邰文博 + 站)."""
    for start in range(end - 1, max(-1, end - 5), -1):
        if (word := starts.get(start)) is not None:
            if start == end - 1 and len(word) == 3 and word[2] in _ASPECT \
                    and not segment.word_tag(word) and segment.word_tag(word[1]).startswith("v"):
                return True  # `黎子|墨拉着|妈妈`: the name's last character, a verb and 着
            if start == end - 1 and len(word) == 3 and word[1] in _PREPOSITIONS \
                    and not segment.word_tag(word):
                return True  # `隗子|航在分|论坛`: the name's last character, then 在 ……
            if start + len(word) == end + 2 and len(word) >= 4 and not segment.word_tag(word) \
                    and segment.word_tag(word[-2]).startswith("v") \
                    and word[-1] in _RESULTS and starts.get(end + 2) in _ASPECT:
                return True  # `王贝贝瞪大|了`: the name, then a verb, its result and 了
            if start + len(word) != end + 1:
                return False
            if len(word) == 2 and word[-1] in "说道" and start == end - 1 \
                    and starts.get(end + 1, "。")[:1] in "，。：；:":
                return True  # `濮|嘉|言说|。`: the name's last character and the verb 说
            if len(word) == 2 and word[-1] in "向对跟给" and start == end - 1 \
                    and starts.get(end + 1) in _ADDRESSEES:
                return True  # `隗子|航向|记者`: the name's last character, then whom to
            if len(word) == 2 and start == end - 1 and word[1] in _GLUED_ADVERBS \
                    and segment.word_tag(starts.get(end + 1, ""))[:1] in ("v", "d"):
                return True  # `鲁晓|燕都|来了`: the name's last character, then 都 and a verb
            if len(word) == 3 and start == end - 2 and word[2] in _GLUED_ADVERBS | _FIRST_ADVERBS \
                    and not segment.word_tag(word) \
                    and segment.word_tag(starts.get(end + 1, ""))[:1] in ("v", "d"):
                return True  # `章|一宁刚|坐完`: the given name, then 刚 and a verb
            if len(word) == 2 and start == end - 1 and starts.get(end + 1, "") in _ASPECT \
                    and segment.rarity(word) >= _GLUED_RARE \
                    and segment.word_tag(word[1]).startswith("v"):
                # `符德|胜举|着`: the name's last character, then a verb and 着 (jieba's word is
                # one it lacks or a rare one; not `挥舞|着`)
                return True
            if len(word) == 2 and start == end - 1 and starts.get(end + 1, "") in _DIRECTIONS \
                    and segment.word_tag(word[1] + starts[end + 1]).startswith("v"):
                return True  # `仉博|文摘|下`: the name's last character, then a verb (摘下)
            if len(word) == 2 and word[-1] == "是" and start == end - 1 \
                    and segment.word_tag(word)[:1] in ("d", "c", "n") \
                    and word[0] not in _COPULA_ADVERBS:
                return True  # `濮一|凡是|个`, `韦正|光是|村小学的`: the name's last character
                # and the copula (光是, "merely", a noun to the dictionary)
            if not segment.word_tag(word):
                # (`卜|一凡顿|了|顿`: a verb doubled around 了 is the sentence's.)
                return word[-1] in _BOUNDARY_CHARS \
                    or segment.word_tag(word[-1]).startswith("v") \
                    or (starts.get(end + 1) == "了" and starts.get(end + 2) == word[-1]) \
                    or _verb_with_direction(word[-1], end, starts)  # (`鲍立|群道|出|了`)
            if _ends_with_subject_adverb(word):
                return True
            # A word it knows, not as a verb (`厍海|东站|在`; not `去年|接受|了`), whose last
            # character is a verb that a complement or aspect particle follows: the verb
            # is the sentence's.
            return starts.get(end + 1) in _COMPLEMENTS \
                and not segment.word_tag(word).startswith("v") \
                and segment.word_tag(word[-1]).startswith("v")
    return False


# Adverbs that make a word with the copula and end no given name (`韦正|只是`, `李明|总是`;
# 凡 and 光 do end some: 濮一凡, 韦正光).
_COPULA_ADVERBS = frozenset("只总就也还都便更但或可要于倒硬却亦")
# Whom people speak to, after 向, 对, 跟 or 给 (`向记者介绍`).
_ADDRESSEES = frozenset({"记者", "观众", "大家", "媒体", "游客", "来宾", "参观者"})


def _ends_with_subject_adverb(word: str) -> bool:
    """Whether jieba glued a name's last character to an adverb that follows a subject:
    a two-character conjunction or adverb it knows ending in one (`山田浩|二则|更关注`)."""
    return len(word) == 2 and word[-1] in _SUBJECT_ADVERBS \
        and segment.word_tag(word)[:1] in ("c", "d")


def _noun_word_ending(starts: dict[int, str], end: int) -> bool:
    """Whether a word of two or more characters the dictionary knows as a common noun, and
    not an everyday one (`国家`, `人民`), ends at `end` and no organisation follows it."""
    for start in range(end - 2, max(-1, end - 6), -1):
        if (word := starts.get(start)) is not None and start + len(word) == end:
            after = starts.get(end, "")
            return segment.word_tag(word) == "n" and segment.rarity(word) >= _RARE_WORD \
                and not after.endswith(ORG_SUFFIXES)
    return False


def _longer_person_noun(start: int, end: int, starts: dict[int, str]) -> bool:
    """Whether the listed post or role from `start` to `end` is the head of a noun the
    dictionary knows that ends one character later in a role's last character (`护士|长`,
    `护士长` a noun): that noun is the post, and no name starts inside it."""
    word = starts.get(start, "")
    return len(word) == end - start + 1 and word[-1] in ROLE_SUFFIXES \
        and segment.word_tag(word).startswith("n") and not segment.word_tag(word).startswith("nr")


def _inside_known_word(pos: int, starts: dict[int, str]) -> bool:
    """Whether `pos` falls inside a word the dictionary knows."""
    for start in range(pos - 1, max(-1, pos - 8), -1):
        if (word := starts.get(start)) is not None:
            return start + len(word) > pos and bool(segment.word_tag(word))
    return False


def _following(starts: dict[int, str], at: int) -> str:
    """The word that starts at `at`, or ''."""
    return starts.get(at, "")


def _words_in(starts: dict[int, str], start: int, end: int) -> list[str]:
    """The words from `start` to `end`; a word that runs past `end` is cut there."""
    found, pos = [], start
    while pos < end and (word := starts.get(pos)):
        found.append(word[: end - pos])
        pos += len(word)
    return found


_BODY_TAGS = ("ns", "nt", "nz")


def _body_word(word: str) -> bool:
    """A place's or body's name to the dictionary, or a word of two or more Han characters
    it lacks (a brand's name, `智海`)."""
    tag = segment.word_tag(word)
    return tag.startswith(_BODY_TAGS) or (not tag and _NAME_CHARS_RE.fullmatch(word) is not None)


def _after_last_verb(text: str, start: int, end: int) -> int:
    """Where the title of a person named after another in one clause begins, the post at
    `end`: after the last verb between them, and past words before the post that are
    neither names of places or bodies nor end like a body (`以4比2战胜|日本选手`, where jieba
    tags 战胜 a noun)."""
    words = segment.words(text[start:end])
    offsets = list(accumulate(len(w) for w in words))
    cut = copula = start
    for word, offset in zip(words, offsets, strict=True):
        if len(word) >= 2 and segment.word_tag(word).startswith("v"):
            cut = start + offset
        elif word == "是":
            copula = start + offset
    if copula > cut:
        # `甲主刀的是某医院某科副主任医师乙`: what follows the copula is what 乙 is.
        return copula
    head = start
    pairs = list(zip(words, offsets, strict=True))
    for n in range(len(pairs) - 1, -1, -1):
        word, offset = pairs[n]
        at = start + offset - len(word)
        # (A common noun after a body's name ends that name, as after a word the dictionary
        # lacks, a brand's: `智海|科技|董事长`.)
        if at < cut or not (_body_word(word) or word.endswith(tuple(ORG_SUFFIXES)) or (
                n > 0 and segment.word_tag(word) == "n" and _body_word(pairs[n - 1][0]))):
            head = start + offset
            break
    return max(cut, head)


# Forms of address: alone before or after a name (`阿妈曲珍`, `曲珍老人`) they are how the
# person is called, not a title (`侗族老人某某` has one: a form of address described).
ADDRESS_FORMS = frozenset({"阿妈", "阿爸", "大妈", "大爷", "大娘", "大叔", "阿姨", "大姐", "大哥",
                           "老人", "阿婆", "阿公", "老阿妈", "老大爷"})


def clean_title(title: str) -> str:
    """Trims an appositive such as `全球最大的某类学会` off the front of a title; a bare
    form of address is none."""
    # (`两名六年级学生甲和乙`: how many people share a title is no part of it; nor is what
    # people call someone, in marks after it: `初二学生“小百科”某某`.)
    title = _NICKNAME_AT_END_RE.sub("", _COUNTED_AT_START_RE.sub("", _clean_title(title)))
    # `这款机器人的研发商、某公司产品经理某某`: what a firm is to the thing (its maker, its
    # developer) is the body's, when the body follows: the person's title is the body's post.
    if (maker := _FIRM_ROLE_RE.match(title)) \
            and any(len(body) >= 2 and body in title[maker.end():] for body in ORG_SUFFIXES):
        title = title[maker.end():]
    return "" if title in ADDRESS_FORMS else title


_AGENT_LEAD_RE = re.compile("^[^、，]{1,12}?(?:(?<![自理缘经])由|出自)(?=.{2})")
_FIRM_ROLE_RE = re.compile("[^、]{0,8}?(?:研发|制造|生产|开发|运营|服务|供应|提供|承建|出品|设计)"
                           "(?:商|方|单位|企业)、")


def _clean_title(title: str) -> str:
    # `现任某公司首席技术官的某某`, `作为项目负责人的某某`: the post held, before the 的.
    if (office := _POST_HELD_RE.fullmatch(title)) and _PERSON_NOUN_END_RE.search(office["post"]):
        return _clean_title(office["post"])
    # `记者遇到了某公司经理`: a title holds no completed action; it starts after one.
    # (Nor a site's tag for a sound bite before the caption: `【同期】某局副局长某某：`.)
    title = _TITLE_LEAD_RE.sub("", title.strip(" ，、—-").rpartition("了")[2].rpartition("】")[2])
    # ... nor who something is by or from (`编程课由教练组组长某某主讲`, `这层膜出自……博士后`).
    title = _AGENT_LEAD_RE.sub("", title)
    # ... nor an action held (`龚大爷带着孙子某某`: the kin noun after it is the title).
    if (held := title.rfind("着")) > 0 and segment.word_tag(title[held - 1]).startswith("v"):
        title = title[held + 1:]
    # `抬臂、下蹲、单脚站立……质检员某某`: an ellipsis closes what went before (a list of
    # things done, cut short); a title holds none.
    title = title.rpartition("…")[2]
    # `某队队长、28岁的某某`: an age right before the name describes; the posts before it are
    # the title.
    title = _AGE_AT_END_RE.sub("", title)
    # `6岁小朋友某某`, `今年32岁工程师某某`: an age opening the title without 的 describes
    # as one with 的 does; the noun after it is the title.
    if "岁" in title:
        title = _AGE_AT_START_RE.sub("", title)
    if "是" in title or "为" in title:
        # ... nor a copula: `某品种的育种负责人是某所研究员` — the title is what it says he is
        # (`论文第一作者为某大学博士生`: 为 after a person noun is one).
        title = _after_copula(title)
    if _AGENT_RE.search(title):
        title = _after_agent(title)
    if "的" not in title:
        return title
    # (... and who something after it is by: `展厅尽头的装置《某某》出自荷兰艺术家`.)
    tail = _TITLE_LEAD_RE.sub("", _AGENT_LEAD_RE.sub("", title[title.rfind("的") + 1:]))
    # `某类学会甲学会主席`: the first organisation word names a category, the second the body.
    # (The 部 of 部长, the 局 of 局长 open the post, not a body: `海外营业部部长` is one.)
    post = _POST_AT_END_RE.search(tail)
    found = list(_ORG_SUFFIX_RE.finditer(tail[:post.start()] if post else tail))
    # Only a repeated kind (`学会……学会`): `某大学某学院` is one body and its school.
    if len(found) >= 2 and found[0].group() == found[-1].group():
        return tail[found[0].end():]
    return tail


_POST_AT_END_RE = re.compile(f"(?:{POST_RE})$")
_POST_HELD_RE = re.compile(r"(?:现在|目前|如今|眼下)?(?:同时)?(?:现任|担任|出任|兼任|作为|身为)"
                           r"(?P<post>[^，。、的]{2,30})的")
_PERSON_NOUN_END_RE = re.compile(f"(?:{POST_RE}|{ROLE_RE})$")
_ORG_SUFFIX_RE = re.compile("|".join(map(re.escape, sorted(ORG_SUFFIXES, key=len, reverse=True))))
_AGED_RE = re.compile(r"(?<![\d.])(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的")
_NICKNAME_AT_END_RE = re.compile("(?<=.)[“\ue000][^“”\ue000\ue001]{1,8}[”\ue001]$")
_COUNTED_AT_START_RE = re.compile(r"^(?:[一两二三四五六七八九十几]|\d{1,3})[名位](?=[^，、])")
_AGE_AT_START_RE = re.compile(r"^(?:年仅|今年|年近|年过|已经|已)?"
                              r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁(?=[^的，、\d半多])")
_AGE_AT_END_RE = re.compile(r"(?<=[^、，\d])、(?:年仅|今年|年近|年过|已经|已)?"
                            r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的?$")


_PERSON_NOUN_AT_END_RE = re.compile(f"(?:{POST_RE}|{ROLE_RE})$")


# (`他就是某公司销售总监某某`, `她也是……`: a copula jieba reads with its adverb.)
_COPULAS = frozenset({"是", "就是", "也是", "正是"})


@lru_cache(maxsize=1024)
def _after_copula(title: str) -> str:
    """What follows the last 是 that is a word of its own (not the 是 of 但是 or 总是), or the
    last 为 that is one right after a person noun (`第一作者为`, not `为企业服务的`)."""
    cut = 0
    for end, word in zip(accumulate(len(w) for w in segment.words(title)),
                         segment.words(title), strict=True):
        if word in _COPULAS or (word == "为" and _PERSON_NOUN_AT_END_RE.search(title, 0, end - 1)):
            cut = end
    return title[cut:] if cut < len(title) else title


@lru_cache(maxsize=1024)
def _after_agent(title: str) -> str:
    """`冠军被肯尼亚选手` → `肯尼亚选手`: what follows the last preposition of a passive or
    an agent (被, 由, 让, 请) is the title; the words before it are the sentence's."""
    cut = 0
    for end, word in zip(accumulate(len(w) for w in segment.words(title)),
                         segment.words(title), strict=True):
        if word in _AGENTS and segment.word_tag(word) == "p":
            cut = end
    return title[cut:]


# Words the dictionary tags as names that are nouns of someone addressed, 小 or 老 before a
# form of address or a kin word said twice (`小姑娘`, `老太太`, `老大爷`, `小姐姐`), or how a
# voice is raised (`齐声`, `高喊`): `一个……的小姑娘问`, `村民齐声喊` name no one.
_ADDRESSED_RE = re.compile(
    rf"[小老](?:(?P<kin>[姐妹弟哥爷奶婆太])(?P=kin)|姑娘|先生|{'|'.join(FAMILIAR_FORMS)})$")
_VOICE_RE = re.compile("[大小轻高低齐连柔厉朗]声$|高[喊呼]$")


# How rare in jieba's corpus 小 and a surname must be to call someone (小张, 小周), not to
# be an everyday word (小时, 小米, 小马, 小于, 小康).
_YOUNG_RARITY = 12.0
_ROLE_OR_POST_WORDS = frozenset(ROLES) | frozenset(POSTS)


def young_and_surname(word: str) -> bool:
    """`小周问：`, `“……”小张笑着说`, `徒弟小周`: 小 and a surname is how a younger colleague,
    an apprentice or a child is called, unless the two make an everyday word."""
    return len(word) == 2 and word[0] == "小" and word[1] in SURNAMES \
        and word not in _ROLE_OR_POST_WORDS and segment.rarity(word) >= _YOUNG_RARITY


@lru_cache(maxsize=4096)
def is_person_name(text: str) -> bool:
    """Tells whether 2-4 Chinese characters read as a person's name.

    The dictionary decides for words it knows (`某某` tagged as a name, `高峰` as a noun);
    otherwise a common surname followed by a given name: one character that is not a
    grammatical word, or two that are a name or a rare word (given names are rare as words;
    `王表示`, `和企业` are not names). Dictionary look-ups only: no tagging pass.
    """
    if not _NAME_CHARS_RE.fullmatch(text) or text in _SCHOOL_YEARS:
        return False
    if tag := segment.word_tag(text):
        return tag.startswith("nr") and not _ADDRESSED_RE.match(text) \
            and not _VOICE_RE.match(text)
    if len(text) == 2 and text[0] == "老" and text[1] in SURNAMES:
        return True  # `老常`, `老韦`: someone called by surname, as `老王` is to the dictionary
    surname = text[:2] if text.startswith(COMPOUND_SURNAMES) else text[0]
    given = text[len(surname):]
    # Beyond the common surnames, one the dictionary knows as a name (`嵇`, `蔺`, `訾`)
    # when a two-character given name follows.
    known = surname in SURNAMES or surname in COMPOUND_SURNAMES \
        or (len(given) == 2 and segment.word_tag(surname).startswith("nr"))
    # (A surname that is also a grammatical word, 向 or 和, opens a name only before a given
    # name of two that is a name's or a rare word: `向|明杰`, not `向|记者`, `和|企业`.)
    if not known or (surname in FUNCTION_CHARS and len(given) != 2) or len(given) not in (1, 2) \
            or (any(ch in FUNCTION_CHARS for ch in given) and not _given_word(given)) \
            or given in POSTS or given in ROLES:
        return False
    # `齐聚江`: the surname and what follows make a verb or a function word.
    if segment.word_tag(text[: len(surname) + 1])[:1] in set("vdpcu") - {""}:
        return False
    if len(given) == 1:
        return True
    if _address_then_adverb(text):
        return False
    if surname in FUNCTION_CHARS:  # (`和|队友`, `向|阳光`: a word the dictionary knows)
        # (An adjective this rare is a given name's too: `向|明远`, `向|清远`.)
        return (segment.word_tag(given) in ("", "nr", "nrfg")
                or (segment.word_tag(given) == "a" and segment.rarity(given) >= _RARE_ADJECTIVE)) \
            and segment.rarity(given) >= _RARE_WORD
    return segment.word_tag(given).startswith("nr") or segment.rarity(given) >= _RARE_WORD


def _given_word(given: str) -> bool:
    """Whether `given`, two characters holding a grammatical one, is a given name all the
    same: a rare word of content (`甘|为民`, 为民 a verb of the dictionary), not a common
    one (`李|表示`) nor a grammatical word (`为了`)."""
    return len(given) == 2 and segment.word_tag(given)[:1] in ("v", "n", "a") \
        and segment.rarity(given) >= _RARE_WORD


def organisations_in_title(title: str) -> list[str]:
    """Splits a written title into the organisations it names.

    `甲研究院院长、乙集团董事长` → [`甲研究院`, `乙集团`].
    """
    found = []
    for part in title.split("、"):
        org = re.sub(rf"(?:{POST_RE})+$", "", part).rstrip("副")
        if len(org) >= 3 and org.endswith(ORG_SUFFIXES):
            found.append(org)
    return found
