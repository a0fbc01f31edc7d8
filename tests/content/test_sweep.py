"""A sweep of attribution forms: invented paragraphs that combine the order of quote and
attribution, who speaks (post, body and post, role, foreign role, title chain, age, 的-phrase,
unnamed), the kind of name, what stands between name and verb, the speech verb and how the
speaker comes back later, each parsed as a small article (headline, dateline, paragraphs).
The combinations are sampled with fixed seeds (three samples: the axes above; harder
attributions, names and titles with two speakers and datelines; the speaker coming back
later), so the table is the same on every run; the hand-picked cases and the negatives
(terms, slogans, names and words on things in marks) come after them.
`KNOWN` lists the cases the parser still gets wrong, each checked to fail, so a fix shows."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from kiosk.content.build import build_model
from kiosk.content.source import SourceText
from tests.content.helpers import direct

_HEADLINE = "第五届中国—东盟农业博览会在南宁开幕"
_DATELINE = ("新华社南宁9月18日电（记者韦一凡）第五届中国—东盟农业博览会18日在南宁国际会展中心开幕，"
             "来自12个国家的600多家企业参展。")

# (text of a quote, a second part for a split quote, reported speech for the sentence after).
_SAYINGS = [
    ("今年的订单比去年多了三成。", "我们准备再建一条生产线。", "企业今年计划新增两个海外仓"),
    ("这次带来的样品第一天就被订完了。", "很多客户当场就签了意向书。", "展会为企业搭起了对接的桥梁"),
    ("机器人采摘一小时能顶十个人。", "关键是不伤果子。", "这项技术已在多个果园推广"),
    ("我们的芒果三天就能运到北京。", "冷链物流帮了大忙。", "当地物流成本下降了两成"),
    ("有了数据，种地心里就有底了。", "哪块地缺水一看就知道。", "全县已建成十个数字农场"),
    ("第一次来中国参展，没想到这么热闹。", "明年我还要再来。", "双方合作前景广阔"),
]

# (name, sex, surname or "" when the name has none a post can follow).
_NAMES = {
    "han2": [("高翔", "他", "高"), ("江涛", "他", "江"), ("白雪", "她", "白"), ("石磊", "他", "石"),
             ("夏雨", "她", "夏"), ("金鑫", "他", "金"), ("方圆", "他", "方"), ("常青", "她", "常"),
             ("牛犇", "他", "牛"), ("路遥", "他", "路"), ("包晨", "她", "包"), ("车辉", "他", "车"),
             ("龚琳", "她", "龚"), ("覃勇", "他", "覃")],
    "han3": [("高明远", "他", "高"), ("江晓峰", "他", "江"), ("白玉洁", "她", "白"),
             ("石建国", "他", "石"), ("夏晓雯", "她", "夏"), ("金永辉", "他", "金"),
             ("文雅婷", "她", "文"), ("方志强", "他", "方"), ("向春燕", "她", "向"),
             ("常立新", "他", "常"), ("牛振华", "他", "牛"), ("路明轩", "他", "路"),
             ("管文博", "他", "管"), ("包海燕", "她", "包"), ("车志刚", "他", "车"),
             ("王建华", "他", "王"), ("李晓梅", "她", "李"), ("陈思远", "他", "陈"),
             ("韦丽娟", "她", "韦"), ("覃振宇", "他", "覃"), ("莫少聪", "他", "莫"),
             ("黎秀英", "她", "黎"), ("詹一鸣", "他", "詹"), ("祁红梅", "她", "祁"),
             ("邢立军", "他", "邢"), ("殷晓光", "他", "殷"), ("甘露华", "她", "甘"),
             ("储建平", "他", "储"), ("闫淑珍", "她", "闫"), ("晏子豪", "他", "晏")],
    "compound": [("欧阳明辉", "他", "欧阳"), ("司马振宇", "他", "司马"), ("上官婉清", "她", "上官"),
                 ("诸葛文轩", "他", "诸葛"), ("端木蓉", "她", "端木"), ("皇甫立新", "他", "皇甫")],
    "dot": [("阿依古丽·买买提", "她", ""), ("艾力·吐尔逊", "他", ""), ("颂猜·西里蓬", "他", ""),
            ("玛丽亚·洛佩斯", "她", ""), ("阮文雄", "他", "")],
    "nosurname": [("扎西次仁", "他", ""), ("格桑卓玛", "她", ""), ("次仁多吉", "他", ""),
                  ("巴特尔", "他", ""), ("其其格", "她", "")],
    "latin": [("Somchai", "他", ""), ("Maria Lopez", "她", ""), ("John Miller", "他", ""),
              ("Ahmed Hassan", "他", "")],
    "bracket": [("柯霖（Colin Hart）", "他", ""), ("林嘉欣（Grace Lim）", "她", "")],
}

# Who speaks: (kind, phrase before the name, title, posts a surname may take later).
_BODIES = ["广西绿源农业科技有限公司", "云南普洱茶业集团", "中国农业科学院", "南宁市农业农村局",
           "泰国正大农业公司", "华南农业大学"]
_POSTS = [("总经理", "总"), ("董事长", "总"), ("副总裁", "总"), ("首席技术官", ""),
          ("技术总监", ""), ("销售经理", "经理"), ("研究员", "研究员"), ("教授", "教授"),
          ("主任", "主任"), ("负责人", "")]
_ROLES = ["参展商", "采购商", "游客", "市民", "村民", "店主", "摊主", "志愿者", "讲解员", "工程师",
          "研究员", "医生", "护士", "教练", "运动员", "队长", "学生", "家长", "老师", "农民",
          "种植户", "养殖户", "快递员", "司机", "厨师", "设计师", "主播", "创始人", "负责人"]
_ROLE_LATER = {"研究员": "研究员", "医生": "医生", "教练": "教练", "队长": "队长", "老师": "老师"}
_AFTER_NAME = ["教授", "研究员", "博士", "院士", "主任"]
_COUNTRIES = ["泰国", "越南", "马来西亚", "老挝", "印度尼西亚"]
_DE = ["负责展台设计的", "在展会上第一次摆摊的", "专程从广州赶来的", "带着女儿来逛展的"]
_UNNAMED = ["一名工作人员", "不少游客", "多名采购商", "一位来自柳州的参展商", "展台工作人员",
            "南宁市农业农村局相关负责人", "现场一位讲解员", "几位村民"]

# Verbs by the orders they fit; 呼吁 and 建议 introduce quotes, their reported speech is not kept.
_VERBS_ANY = ["说", "表示", "介绍", "坦言", "透露", "强调", "告诉记者", "解释", "补充", "感叹",
              "说道", "直言", "回忆", "对记者说"]
_VERBS = {
    "after": [*_VERBS_ANY, "指出", "感慨", "笑称", "分析", "总结", "坦承", "回应", "提醒"],
    "colon": [*_VERBS_ANY, "指出", "认为", "称", "感慨", "笑称", "举例说", "打了个比方",
              "表示说", "分析", "提醒", "呼吁", "建议", "寄语", "坦承", "回应",
              "总结", "展望", "描述道"],
    "comma": [*_VERBS_ANY, "指出", "认为", "称", "感慨", "笑称", "举例说", "分析", "提醒",
              "坦承", "回应", "总结"],
    "split": ["说", "表示", "介绍", "坦言", "透露", "解释说", "说道", "告诉记者", "笑着说",
              "补充说", "感叹", "对记者说"],
    "continued": ["说", "表示", "介绍", "指出", "认为", "坦言", "透露", "强调", "称", "告诉记者",
                  "解释", "分析"],
    "after_more": ["说", "表示", "介绍", "坦言", "透露", "告诉记者", "解释说", "补充说", "对记者说"],
}
_PLAIN_VERBS = {"说", "表示", "介绍", "指出", "认为", "坦言", "透露", "强调", "称"}
_INTERJECTIONS = {
    "none": [""],
    "time": ["18日", "当天", "日前"],
    "place": ["在南宁", "在发布会上", "在开幕式致辞中", "在展台前"],
    "manner": ["笑着", "自豪地", "一边翻看样品一边", "兴奋地"],
    "interview": ["接受记者采访时", "在接受记者采访时", "18日在开幕式上"],
}
_LATER = ["bare", "surname_post", "pronoun", "intro"]


@dataclass(frozen=True)
class Case:
    """One invented paragraph or two and the direct quotes they hold."""

    id: str
    paragraphs: tuple[str, ...]
    expected: tuple[tuple[str, str, str, bool], ...]  # text, speaker, title, unnamed
    axes: tuple[tuple[str, str], ...] = ()


def _who(rng: random.Random, kind: str, name_kind: str) -> tuple[str, str, str, str]:
    """(phrase before the name, title, post a surname takes later, kind actually used)."""
    if kind == "post":
        post, later = rng.choice(_POSTS)
        return post, post, later, kind
    if kind == "org_post":
        post, later = rng.choice(_POSTS)
        body = rng.choice(_BODIES)
        return body + post, body + post, later, kind
    if kind == "role":
        role = rng.choice(_ROLES)
        return role, role, _ROLE_LATER.get(role, ""), kind
    if kind == "foreign":
        role = rng.choice(["采购商", "参展商", "游客", "客商"])
        return f"来自{rng.choice(_COUNTRIES)}的{role}", role, "", kind
    if kind == "chain":
        body = rng.choice(_BODIES[:3])
        first = rng.choice(["全国人大代表", "全国政协委员", "中国工程院院士", "全国劳动模范"])
        post, later = rng.choice(_POSTS[:3])
        return f"{first}、{body}{post}", f"{first}、{body}{post}", later, kind
    if kind == "age":
        age = rng.choice(["32岁的", "今年58岁的", "年仅26岁的"])
        if rng.random() < 0.5:
            return age, "", "", kind
        role = rng.choice(_ROLES[:20])
        return age + role, role, _ROLE_LATER.get(role, ""), kind
    if kind == "de":
        role = rng.choice(["工程师", "摊主", "市民", "游客", "设计师"])
        return rng.choice(_DE) + role, role, "", kind
    raise ValueError(kind)


def _verb_phrase(rng: random.Random, order: str, inter_kind: str) -> tuple[str, str]:
    """(what stands between name and verb, the verb)."""
    verb = rng.choice(_VERBS[order])
    if verb not in _PLAIN_VERBS or verb == "对记者说":
        inter_kind = rng.choice(["none", "time"]) if verb != "对记者说" else inter_kind
    inter = rng.choice(_INTERJECTIONS[inter_kind])
    if inter == "一边翻看样品一边" and verb not in {"说", "介绍", "表示"}:
        inter = "笑着"
    return inter, verb


def _paragraph(order: str, subject: str, inter: str, verb: str,
               saying: tuple[str, str, str]) -> tuple[str, list[str]]:
    """The paragraph and its direct quotes in order."""
    first, second, reported = saying
    said = f"{subject}{inter}{verb}"
    if order == "after":
        return f"“{first}”{said}。", [first]
    if order == "colon":
        return f"{said}：“{first}”", [first]
    if order == "comma":
        return f"{said}，“{first}”", [first]
    if order == "split":
        return f"“{first[:-1]}，”{said}，“{second}”", [first[:-1] + "，", second]
    if order == "continued":
        return f"{said}，{reported}。“{first}”", [first]
    if order == "after_more":
        return f"“{first}”{said}，{reported}。", [first]
    raise ValueError(order)


def _later(rng: random.Random, later: str, name: str, sex: str, surname: str,
           post: str) -> str:
    """How the speaker is named in the second paragraph."""
    if later == "bare":
        return name.split("（")[0]
    if later == "surname_post":
        return surname + post
    return sex


def _generated(count: int) -> list[Case]:
    rng = random.Random(1)
    cases: dict[str, Case] = {}
    whos = ["post", "org_post", "name_post", "role", "foreign", "chain", "age", "de", "unnamed",
            "woman"]
    while len(cases) < count:
        order = rng.choice(list(_VERBS))
        who = rng.choice(whos)
        name_kind = rng.choice(list(_NAMES))
        inter_kind = rng.choice(list(_INTERJECTIONS))
        later = rng.choice(_LATER)
        name, sex, surname = rng.choice(_NAMES[name_kind])
        if who == "foreign":
            name_kind = rng.choice(["dot", "latin", "bracket"])
            name, sex, surname = rng.choice(_NAMES[name_kind])
        saying = rng.choice(_SAYINGS)
        inter, verb = _verb_phrase(rng, order, inter_kind)
        if who == "unnamed":
            described = rng.choice(_UNNAMED)
            subject, speaker, title, unnamed, later_post = described, "", "", True, ""
            name_kind = "-"
        elif who == "woman":
            surname = rng.choice(["刘", "高", "江", "詹", "覃", "欧阳"])
            role = rng.choice(["市民", "游客", "家长", "南宁市民", "来自杭州的游客"])
            speaker = surname + "女士"
            subject, title, unnamed, later_post = role + speaker, role.split("的")[-1], False, ""
            name_kind, sex, name = "woman", "她", speaker
        elif who == "name_post":
            post = rng.choice(_AFTER_NAME)
            subject, speaker, title, unnamed = name + post, name.split("（")[0], post, False
            later_post = post if surname else ""
        else:
            phrase, title, later_post, _ = _who(rng, who, name_kind)
            subject, speaker, unnamed = phrase + name, name.split("（")[0], False
        if later == "surname_post" and not (surname and later_post):
            later = "bare"
        if unnamed and later in {"bare", "surname_post"}:
            later = "pronoun" if "负责人" not in subject else "this_head"
        paragraph, texts = _paragraph(order, subject, inter, verb, saying)
        expected = [(t, speaker, title, unnamed) for t in texts]
        paragraphs = [paragraph]
        if later == "intro":
            # Named in the lead with the title, quoted later by the name alone.
            lead = f"{subject}出席开幕式并参观了各个展区。"
            bare = speaker if not unnamed else ""
            if unnamed or who == "woman":
                later = "pronoun"
            else:
                paragraphs = [lead, f"“{saying[1]}”{bare}说。"]
                expected = [(saying[1], speaker, title, unnamed)]
        if later != "intro":
            if unnamed and later == "this_head":
                again = "该负责人"
            elif unnamed:
                again = "他们" if subject[:2] in {"不少", "多名", "几位"} else sex
            else:
                again = _later(rng, later, speaker, sex, surname, later_post)
            second = "展会现场人气很旺。" if rng.random() < 0.5 else "谈到下一步，"
            if second.endswith("，"):
                paragraphs.append(f"{second}{again}说：“{saying[1]}”")
            else:
                paragraphs.append(f"{second}“{saying[1]}”{again}说。")
            expected.append((saying[1], speaker, title, unnamed))
        axes = (("order", order), ("who", who), ("name", name_kind), ("inter", inter_kind),
                ("verb", verb), ("later", later))
        key = "|".join(paragraphs)
        cases.setdefault(key, Case(f"g{len(cases):03d}", tuple(paragraphs), tuple(expected),
                                   axes))
    return list(cases.values())


# A second, harder sample (its own seed, so the first keeps its ids): a clause of topic,
# time or place before the speaker, longer words between name and verb, more kinds of name
# and title, two speakers in one paragraph, and forms of address for the speaker later.
_LEADS = ["", "谈起这次参展，", "说起这些变化，", "在展会现场，", "18日上午，", "在广西馆，"]
_LONG_INTER = ["日前在接受本报记者专访时", "在谈到今年的订单时", "在开幕式后的新闻发布会上",
               "18日晚在南宁", "站在展台前", "指着样品", "一边给客人装袋一边",
               "向记者展示手机上的订单时", "在展会现场", "接受采访时"]
_NAMES_2 = {
    "word": [("高峰", "他", "高"), ("江河", "他", "江"), ("金山", "他", "金"), ("文明", "他", "文"),
             ("方正", "他", "方"), ("向阳", "她", "向"), ("常胜", "他", "常"), ("白云", "她", "白"),
             ("夏天", "她", "夏"), ("石林", "他", "石"), ("路平", "他", "路"), ("车前", "他", "车"),
             ("管理", "他", "管"), ("包子涵", "她", "包"), ("石油生", "他", "石"), ("高山青", "她", "高")],
    "rare": [("郗立新", "他", "郗"), ("阚志远", "他", "阚"), ("蔺晓辉", "她", "蔺"),
             ("冉春燕", "她", "冉"), ("庹文杰", "他", "庹"), ("芮雪", "她", "芮"),
             ("亓建军", "他", "亓"), ("佘丽华", "她", "佘"), ("茆振东", "他", "茆")],
    "east_asian": [("佐藤美咲", "她", ""), ("山田浩二", "他", ""), ("金承焕", "他", "金"),
                   ("朴敏浩", "他", "朴"), ("阮氏秋香", "她", "")],
    "latin_initial": [("John K. Miller", "他", ""), ("Anna-Lena Berg", "她", "")],
}
_TITLES_2 = [
    ("广西田园农场的种植户", "种植户"), ("来自越南胡志明市的采购商", "采购商"),
    ("全国人大代表、广西绿源农业科技有限公司党委书记、董事长",
     "全国人大代表、广西绿源农业科技有限公司党委书记、董事长"),
    ("志愿者队长、18岁的", "志愿者队长"), ("南宁市农业农村局副局长", "南宁市农业农村局副局长"),
    ("中国农业科学院研究员、博士生导师", "中国农业科学院研究员、博士生导师"),
    ("第一次来中国参展的老挝商人", "老挝商人"), ("绿源公司创始人兼首席执行官", "绿源公司创始人兼首席执行官"),
    ("日本丸山株式会社社长", "日本丸山株式会社社长"), ("展台负责人", "展台负责人"),
]
_VERBS_2 = ["说", "表示", "介绍", "告诉记者", "对记者说", "笑着说", "感慨地说", "回答说", "补充道",
            "称赞道", "说道", "表示说", "透露", "坦言"]


def _harder(count: int) -> list[Case]:
    rng = random.Random(2)
    cases: dict[str, Case] = {}
    while len(cases) < count:
        kind = rng.choice(["one", "one", "one", "two", "dateline"])
        order = rng.choice(["after", "colon", "comma", "split"])
        lead = rng.choice(_LEADS)
        inter = rng.choice(["", "", *_LONG_INTER])
        verb = rng.choice(_VERBS_2)
        if inter.endswith("一边") or verb in {"笑着说", "感慨地说"}:
            inter = "" if verb in {"笑着说", "感慨地说"} else inter
        name_kind = rng.choice(list(_NAMES_2))
        name, _, _ = rng.choice(_NAMES_2[name_kind])
        phrase, title = rng.choice(_TITLES_2)
        saying = rng.choice(_SAYINGS)
        if order == "after" and lead:
            order = "colon"  # (a clause of topic opens the sentence, before the speaker)
        if order == "split" and lead:
            lead = ""
        text, texts = _paragraph(order, lead + phrase + name, inter, verb, saying)
        paragraphs, expected = [text], [(t, name, title, False) for t in texts]
        if kind == "two":
            # A second speaker in the same paragraph, a post before the name.
            other, other_title = rng.choice([("韦丽娟", "讲解员"), ("覃振宇", "销售经理"),
                                             ("黎秀英", "村民")])
            paragraphs[0] += f"{other_title}{other}接过话说：“{saying[2]}。”"
            expected.append((saying[2] + "。", other, other_title, False))
        elif kind == "dateline":
            # The quote opens the first paragraph, right after the dateline's bracket.
            paragraphs = []
            expected = [(saying[0], name, title, False)]
            dateline = _DATELINE.split("）")[0] + "）"
            case_text = f"{dateline}“{saying[0]}”{phrase}{name}{verb}。博览会18日开幕。"
            axes = (("kind", kind), ("name2", name_kind), ("title2", title.split("、")[-1]),
                    ("verb2", verb), ("dateline", "1"))
            cases.setdefault(case_text, Case(f"x{len(cases):03d}", (case_text,),
                                             tuple(expected), axes))
            continue
        axes = (("kind", kind), ("order2", order), ("lead", lead or "-"),
                ("inter2", inter or "-"), ("name2", name_kind),
                ("title2", title.split("、")[-1]), ("verb2", verb))
        key = "|".join(paragraphs)
        cases.setdefault(key, Case(f"x{len(cases):03d}", tuple(paragraphs), tuple(expected),
                                   axes))
    return list(cases.values())


# A third sample (its own seed): how the speaker comes back after a paragraph or two, with
# someone else named in between or a term in marks beside the words.
_PEOPLE_3 = [
    # (first mention, name, title, later forms that name them)
    ("华南农业大学教授龚立新", "龚立新", "华南农业大学教授", ["龚教授", "龚立新教授", "龚立新"]),
    ("南宁市商务局副局长覃海燕", "覃海燕", "南宁市商务局副局长", ["覃副局长", "覃海燕", "她"]),
    ("绿源农业科技有限公司董事长江涛", "江涛", "绿源农业科技有限公司董事长", ["江总", "江董事长", "他"]),
    ("中国农业科学院研究员白玉洁", "白玉洁", "中国农业科学院研究员", ["白研究员", "白玉洁", "她"]),
    ("绿源农业科技有限公司负责人石建国", "石建国", "绿源农业科技有限公司负责人",
     ["该负责人", "石建国", "他"]),
    ("种植户牛振华", "牛振华", "种植户", ["老牛", "牛振华", "他"]),
    ("返乡青年路明轩", "路明轩", "返乡青年", ["小路", "路明轩", "这位返乡青年"]),
    ("泰国采购商颂猜·西里蓬", "颂猜·西里蓬", "泰国采购商", ["颂猜", "他", "颂猜·西里蓬"]),
    ("马来西亚参展商陈志威（Tan Chee Wei）", "陈志威", "马来西亚参展商",
     ["陈志威", "Tan Chee Wei", "他"]),
    ("中国工程院院士、浙江大学教授欧阳明辉", "欧阳明辉", "中国工程院院士、浙江大学教授",
     ["欧阳院士", "欧阳明辉", "他"]),
]
_BETWEEN_3 = ["", "讲解员韦丽娟带着观众参观了展区。", "这款被称为“田间管家”的机器人吸引了不少观众。",
              "所谓“订单农业”，就是先找买家再种地。", "展会期间，“数字丝路”主题展区人气最旺。"]
_FIRST_3 = ["{who}出席开幕式并参观了各个展区。", "{who}介绍，今年企业的订单比去年多了三成。",
            "“今年的订单比去年多了三成。”{who}说。", "{who}表示：“今年的订单比去年多了三成。”"]
_LATER_3 = ["“{text}”{again}说。", "{again}告诉记者：“{text}”", "谈到下一步，{again}说：“{text}”",
            "“{text}”{again}笑着补充道。", "{again}坦言，“{text}”"]


def _comebacks(count: int) -> list[Case]:
    rng = random.Random(3)
    cases: dict[str, Case] = {}
    while len(cases) < count:
        who, name, title, forms = rng.choice(_PEOPLE_3)
        again = rng.choice(forms)
        first = rng.choice(_FIRST_3)
        between = rng.choice(_BETWEEN_3)
        later = rng.choice(_LATER_3)
        text = rng.choice(_SAYINGS)[1]
        if again in {"他", "她"} and "韦丽娟" in between:
            between = ""  # (她 would then mean the guide)
        paragraphs = [first.format(who=who)]
        expected = [("今年的订单比去年多了三成。", name, title, False)] if "“" in first else []
        if between:
            paragraphs.append(between)
        paragraphs.append(later.format(again=again, text=text))
        expected.append((text, name, title, False))
        form = ("pronoun" if again in {"他", "她"} else "bare" if again in (name, "颂猜")
                else "back" if again.startswith(("该", "这位")) else "other")
        axes = (("first3", first[:6]), ("between3", between[:6] or "-"),
                ("later3", later[:8]), ("form3", form), ("person3", name))
        key = "|".join(paragraphs)
        cases.setdefault(key, Case(f"c{len(cases):03d}", tuple(paragraphs), tuple(expected),
                                   axes))
    return list(cases.values())


def _case(id_: str, *paragraphs: str, expected: list[tuple[str, str, str, bool]],
          axis: str) -> Case:
    return Case(id_, tuple(paragraphs), tuple(expected), (("hand", axis),))


# Hand-picked hard ones: surnames that are words after the verb's neighbours, names jieba may
# glue to what follows, and attribution that the sampled forms do not reach.
_HAND = [
    _case("h01", "“今年的订单翻了一番。”参展商高远在展台前对记者说。",
          expected=[("今年的订单翻了一番。", "高远", "参展商", False)], axis="word-name"),
    _case("h02", "“这批货下周发往曼谷。”店主江海洋一边打包一边说。",
          expected=[("这批货下周发往曼谷。", "江海洋", "店主", False)], axis="word-name"),
    _case("h03", "“我们村的菌子全靠直播卖出去。”村民石头说。",
          expected=[("我们村的菌子全靠直播卖出去。", "石头", "村民", False)], axis="word-name"),
    _case("h04", "快递员路平告诉记者：“一天要送三百多件。”",
          expected=[("一天要送三百多件。", "路平", "快递员", False)], axis="word-name"),
    _case("h05", "“种子好，收成才好。”种植户牛大力笑着说。",
          expected=[("种子好，收成才好。", "牛大力", "种植户", False)], axis="word-name"),
    _case("h06", "“冷链车一路都有温控。”司机车向东说。",
          expected=[("冷链车一路都有温控。", "车向东", "司机", False)], axis="word-name"),
    _case("h07", "“这道菜用的是本地的香米。”厨师管平安介绍。",
          expected=[("这道菜用的是本地的香米。", "管平安", "厨师", False)], axis="word-name"),
    _case("h08", "主播文静对着镜头说：“家人们，这款果干今天特价。”",
          expected=[("家人们，这款果干今天特价。", "文静", "主播", False)], axis="word-name"),
    _case("h09", "“一年能省下两万元人工。”养殖户方向明说。",
          expected=[("一年能省下两万元人工。", "方向明", "养殖户", False)], axis="word-name"),
    _case("h10", "“孩子们学得特别认真。”老师常乐说。",
          expected=[("孩子们学得特别认真。", "常乐", "老师", False)], axis="word-name"),
    _case("h11", "“我们想把榴莲卖到更多城市。”来自马来西亚的参展商陈志威（Tan Chee Wei）说。",
          expected=[("我们想把榴莲卖到更多城市。", "陈志威", "参展商", False)], axis="bracket"),
    _case("h12", "全国人大代表、广西绿源农业科技有限公司董事长白玉洁11日在南宁表示：“品牌是农产品的第二张身份证。”",
          expected=[("品牌是农产品的第二张身份证。", "白玉洁", "全国人大代表、广西绿源农业科技有限公司董事长",
                     False)], axis="chain"),
    _case("h13", "“订单排到了明年三月。”32岁的返乡青年夏天告诉记者。",
          expected=[("订单排到了明年三月。", "夏天", "返乡青年", False)], axis="age"),
    _case("h14", "“这是我第三次来南宁。”越南采购商阮氏梅说，“每次都有新收获。”",
          expected=[("这是我第三次来南宁。", "阮氏梅", "越南采购商", False),
                    ("每次都有新收获。", "阮氏梅", "越南采购商", False)], axis="split"),
    _case("h16", "绿源公司总经理高明远给记者打了个比方：“数据就像种地的眼睛。”",
          expected=[("数据就像种地的眼睛。", "高明远", "绿源公司总经理", False)], axis="verb"),
    _case("h17", "日本丸山株式会社营业担当山本健司说：“中国市场很大。”",
          expected=[("中国市场很大。", "山本健司", "日本丸山株式会社营业担当", False)],
          axis="foreign-post"),
    _case("h18", "研究员龚立新、教授白玉洁等专家表示：“数字农业大有可为。”",
          expected=[("数字农业大有可为。", "", "", True)], axis="group"),
    _case("h19", "展会现场……“这台机器一天能收20亩地。”农机手车向东说。",
          expected=[("这台机器一天能收20亩地。", "车向东", "农机手", False)], axis="ellipsis"),
    _case("h20", "“去年只卖了几百箱，今年卖了一万多箱。”种植户高峰一边搬箱子一边说，“全靠直播。”",
          expected=[("去年只卖了几百箱，今年卖了一万多箱。", "高峰", "种植户", False),
                    ("全靠直播。", "高峰", "种植户", False)], axis="word-name"),
    _case("h21", "绿源公司总经理高明远（右）向客商介绍新产品。", "“这是我们今年的新品。”高明远说。",
          expected=[("这是我们今年的新品。", "高明远", "绿源公司总经理", False)], axis="intro"),
    _case("h22", "“我们还要再来！”几位越南客商异口同声地说。",
          expected=[("我们还要再来！", "", "", True)], axis="group"),
    _case("h23", "高明远的女儿高雨桐今年上大学，她说：“我想学农业。”",
          expected=[("我想学农业。", "高雨桐", "女儿", False)], axis="kin"),
    _case("h15", "华南农业大学教授包容在开幕式致辞中指出：“农业的出路在科技。”",
          expected=[("农业的出路在科技。", "包容", "华南农业大学教授", False)], axis="word-name"),
]

# Terms, slogans and names in marks: none is a quote.
_NEGATIVE = [
    "这款被称为“田间管家”的机器人吸引了不少观众。",
    "所谓“订单农业”，就是先找买家再种地。",
    "本届博览会以“开放合作 共享未来”为主题。",
    "展会期间，“数字丝路”主题展区人气最旺。",
    "他们带来的“金穗3号”水稻种子很受欢迎。",
    "“东盟之夜”文艺晚会当晚在南宁剧场举行。",
    "村民们把这台机器叫作“铁牛”。",
    "入口处挂着“科技兴农 共富乡村”的横幅。",
    "这座被誉为“东方果园”的小城今年迎来了丰收。",
    "景德镇素有“瓷都”之称。",
    "现场还设置了“非遗体验区”“科普长廊”等展区。",
    "展台上的“小青”采摘机器人正在演示。",
    "“丝路风情”特色商品展同期举行。",
    "他把这种模式称为“云端牧场”。",
    "这项技术被业内称作“种子芯片”。",
    "今年的主题是“智慧农业”。",
    # Words shown on a thing, or a theme, after a colon: no one says them.
    "本届博览会的主题为：“开放合作，共享未来。”",
    "入口处的横幅上写着：“欢迎您，远方的朋友！”",
    "大屏幕上滚动显示着：“距离开幕还有10天。”",
    "手机屏幕上弹出一条提示：“您的订单已发货。”",
    "包装盒上写着一行小字：“产自广西百色。”",
    "展台上印有“绿色食品”字样。",
    "一款名为“小青”的采摘机器人正在演示。",
    "论坛以“数字农业的未来”为题展开讨论。",
    "该企业荣获“全国农业龙头企业”称号。",
    "活动现场，志愿者们喊出了“服务博览会，展示新形象”的口号。",
    "展馆内，“科技改变生活”几个大字格外醒目。",
    "他的微信签名是“踏实做事，诚信做人”。",
    "网友纷纷留言“太好看了”“想去”。",
]

CASES = _generated(420) + _harder(240) + _comebacks(160) + _HAND
# What the parser still reads wrong, by cause. (On 06a8bf6 the first sample missed 25 of 420,
# the second 50 of 240, the third 4 of 160, and five negatives were quotes; the rules tested
# at the end of this file fixed the others.)
KNOWN = {
    # `采购商夏天感慨地`: a name that jieba tags a time word, before adverbials.
    "x171",
    # `牛犇教授` (jieba tags 牛犇 a time word) named in a sentence with no speech.
    "g285",
}


def quotes_of(case: Case) -> list[tuple[str, str, str, bool]]:
    """The direct quotes of the case's paragraphs, parsed as an article."""
    opening = [_HEADLINE] if dict(case.axes).get("dateline") else [_HEADLINE, _DATELINE]
    text = "\n\n".join([*opening, *case.paragraphs]) + "\n"
    model = build_model(SourceText("<sweep>", text, "utf-8", ""))
    return [(q.text, q.speaker, q.speaker_title, bool(q.unnamed_speaker) and not q.speaker)
            for q in model.quotes if q.kind == "direct"]


def passes(case: Case) -> bool:
    """Whether the parser reads exactly the case's direct quotes."""
    return quotes_of(case) == list(case.expected)


@pytest.mark.parametrize("case", [c for c in CASES if c.id not in KNOWN], ids=lambda c: c.id)
def test_sweep(case: Case) -> None:
    assert quotes_of(case) == list(case.expected), case.paragraphs


@pytest.mark.parametrize("case", [c for c in CASES if c.id in KNOWN], ids=lambda c: c.id)
def test_known_misses_still_fail(case: Case) -> None:
    assert not passes(case), "fixed: move it out of KNOWN"


@pytest.mark.parametrize("text", _NEGATIVE)
def test_terms_in_marks_are_no_quotes(text: str) -> None:
    model = build_model(SourceText("<sweep>", "\n\n".join([_HEADLINE, _DATELINE, text]) + "\n",
                                   "utf-8", ""))
    assert [q.text for q in model.quotes] == []


# The rules the sweep led to, each on invented sentences that failed before them.
@pytest.mark.parametrize(("texts", "expected"), [
    # An age before a transcribed or Latin name is no part of it, nor a title.
    (("“今年的订单翻了一番。”32岁的玛丽亚·洛佩斯说。",),
     [("今年的订单翻了一番。", "玛丽亚·洛佩斯", "", "")]),
    (("今年58岁的Somchai透露，他们今年新开了两家店。", "“明年还要再来。”Somchai说。"),
     [("明年还要再来。", "Somchai", "", "")]),
    # A Latin or transcribed name before its post; a name without a Han surname that jieba
    # keeps as one word it lacks, before a post.
    (("Somchai博士在发布会上对记者说，“芒果三天就能运到北京。”",),
     [("芒果三天就能运到北京。", "Somchai", "博士", "")]),
    (("玛丽亚·洛佩斯院士认为，合作前景广阔。“明年还要再来。”",),
     [("明年还要再来。", "玛丽亚·洛佩斯", "院士", "")]),
    (("“哪块地缺水一看就知道，”其其格院士接受记者采访时表示，“数据帮了大忙。”",),
     [("哪块地缺水一看就知道，", "其其格", "院士", ""), ("数据帮了大忙。", "其其格", "院士", "")]),
    # ... also before a colon and a verb no list holds (the subject of the clause speaks).
    (("格桑卓玛院士描述道：“那天的风特别大。”",), [("那天的风特别大。", "格桑卓玛", "院士", "")]),
    # A name and its post in a sentence with no speech give the title of the bare name later.
    (("皇甫立新教授出席开幕式。", "“关键是不伤果子。”皇甫立新说。"),
     [("关键是不伤果子。", "皇甫立新", "教授", "")]),
    (("John Miller研究员出席开幕式。", "“关键是不伤果子。”John Miller说。"),
     [("关键是不伤果子。", "John Miller", "研究员", "")]),
    (("林嘉欣（Grace Lim）教授出席开幕式。", "“关键是不伤果子。”林嘉欣说。"),
     [("关键是不伤果子。", "林嘉欣", "教授", "")]),
    # A name ends before a verb with its aspect, though jieba glued the post to its surname
    # (`董事|长江|涛|笑|着`), so `江总` later is the one chairman named 江.
    (("“订单排到了明年。”某公司董事长江涛笑着说。", "“很好。”江总说。"),
     [("订单排到了明年。", "江涛", "某公司董事长", ""), ("很好。", "江涛", "某公司董事长", "")]),
    # A compound surname and a given name of two after an age; of one before the verb
    # (`欧阳明|说` is no name of four, so 他 later is 欧阳明).
    (("32岁的欧阳明辉提醒，“订单多了。”", "谈到下一步，他说：“很好。”"),
     [("订单多了。", "欧阳明辉", "", ""), ("很好。", "欧阳明辉", "", "")]),
    (("“订单多了。”华南农业大学教授欧阳明说。", "“很好。”他说。"),
     [("订单多了。", "欧阳明", "华南农业大学教授", ""), ("很好。", "欧阳明", "华南农业大学教授", "")]),
    # A name that is a word after a post, then a manner (`董事长方圆自豪地`).
    (("董事长方圆自豪地说，“样品第一天就被订完了。”",),
     [("样品第一天就被订完了。", "方圆", "董事长", "")]),
    # A second speaker who takes over after a split quote, with or without a speech verb
    # (`接过话说：`, `接过话：`): the colon introduces the next words, the split's second
    # part stays with the first speaker.
    (("“订单排到了明年，”创始人庹文杰说，“我们还要扩产。”销售经理覃振宇接过话说：“新厂年底投产。”",),
     [("订单排到了明年，", "庹文杰", "创始人", ""), ("我们还要扩产。", "庹文杰", "创始人", ""),
      ("新厂年底投产。", "覃振宇", "销售经理", "")]),
    (("“订单排到了明年，”创始人庹文杰说，“我们还要扩产。”销售经理覃振宇接过话：“新厂年底投产。”",),
     [("订单排到了明年，", "庹文杰", "创始人", ""), ("我们还要扩产。", "庹文杰", "创始人", ""),
      ("新厂年底投产。", "覃振宇", "销售经理", "")]),
    # 称赞道; a day and a part of it before a place (`18日晚在南宁`).
    (("展台负责人佘丽华称赞道，“样品第一天就被订完了。”",),
     [("样品第一天就被订完了。", "佘丽华", "展台负责人", "")]),
    (("“有了数据，种地心里就有底了。”副局长庹文杰18日晚在南宁表示。",),
     [("有了数据，种地心里就有底了。", "庹文杰", "副局长", "")]),
    # After an age, whole words before the adverbials are a name, whatever the dictionary
    # knows of them.
    (("志愿者队长、18岁的朴敏浩表示，“没想到这么热闹。”",),
     [("没想到这么热闹。", "朴敏浩", "志愿者队长", "")]),
    (("“样品第一天就被订完了。”18岁的阮氏秋香感慨地说。",),
     [("样品第一天就被订完了。", "阮氏秋香", "", "")]),
    (("“样品第一天就被订完了。”志愿者队长、18岁的江河对记者说。",),
     [("样品第一天就被订完了。", "江河", "志愿者队长", "")]),
    # After a post, a name that is a word (or two characters on their own) before words
    # that could all be adverbials (`江河接受采访时`: 6 characters and 时).
    (("谈起这次参展，副局长江河接受采访时表示：“有了数据，种地心里就有底了。”",),
     [("有了数据，种地心里就有底了。", "江河", "副局长", "")]),
    (("研究员、博士生导师路平接受采访时告诉记者：“没想到这么热闹。”",),
     [("没想到这么热闹。", "路平", "研究员、博士生导师", "")]),
    # A long attribution the look-back cuts inside its title (`全国|人大代表、……`) keeps the
    # title the paragraph's mention gives.
    (("18日上午，全国人大代表、广西绿源农业科技有限公司党委书记、董事长Anna-Lena Berg"
      "一边给客人装袋一边补充道：“样品第一天就被订完了。”",),
     [("样品第一天就被订完了。", "Anna-Lena Berg",
       "全国人大代表、广西绿源农业科技有限公司党委书记、董事长", "")]),
    # A name jieba glued to a verb before 在 (`朴敏浩站|在`) ends before the verb.
    (("采购商朴敏浩站在展台前坦言：“机器人一小时能顶十个人。”", "“很好。”朴敏浩说。"),
     [("机器人一小时能顶十个人。", "朴敏浩", "采购商", ""), ("很好。", "朴敏浩", "采购商", "")]),
    # `这位返乡青年`, `该负责人` with someone else named in between: the one the noun fits.
    (("返乡青年路明轩介绍，今年的订单多了三成。", "讲解员韦丽娟带着观众参观了展区。",
      "这位返乡青年告诉记者：“哪块地缺水一看就知道。”"),
     [("哪块地缺水一看就知道。", "路明轩", "返乡青年", "")]),
    (("“订单多了三成。”某公司负责人石建国说。", "讲解员韦丽娟带着观众参观了展区。",
      "“明年还要再来。”该负责人笑着补充道。"),
     [("订单多了三成。", "石建国", "某公司负责人", ""), ("明年还要再来。", "石建国", "某公司负责人", "")]),
    # Unchanged: the one just named when the noun fits no one (`这位老师` for a 研究员).
    (("研究员白玉洁介绍，今年的订单多了三成。", "“哪块地缺水一看就知道。”这位专家说。"),
     [("哪块地缺水一看就知道。", "白玉洁", "研究员", "")]),
    # Short words in marks cited as someone's (`用他的话说，`, `正如某某所说，`) are a quote.
    (("绿源公司总经理高明远介绍了企业的情况。", "用他的话说，“数据就是新农具”。"),
     [("数据就是新农具", "高明远", "绿源公司总经理", "")]),
    (("正如绿源公司总经理高明远所说，“数据是新农具”。",),
     [("数据是新农具", "高明远", "绿源公司总经理", "")]),
    # Unchanged: a term in marks in reported speech.
    (("高明远说，这就是所谓的“数据农业”。",), []),
    # A quote over paragraphs whose points end in ；, and `（化名）` after the name.
    (("绿源公司总经理高明远说：“第一，要有好种子；", "“第二，要有好技术；", "“第三，要有好市场。”"),
     [("第一，要有好种子；", "高明远", "绿源公司总经理", ""),
      ("第二，要有好技术；", "高明远", "绿源公司总经理", ""),
      ("第三，要有好市场。", "高明远", "绿源公司总经理", "")]),
    (("“我们每天直播六个小时。”主播李小雨（化名）说。",),
     [("我们每天直播六个小时。", "李小雨", "主播", "")]),
    # Unchanged: speech about what a screen shows, and words written by someone.
    (("工程师高明远指着屏幕上显示的数据说：“今年的产量提高了两成。”",),
     [("今年的产量提高了两成。", "高明远", "工程师", "")]),
    (("主持人宣布：“第五届博览会现在开幕！”",), [("第五届博览会现在开幕！", "", "", "主持人")]),
    # After an age, a transcribed surname and two characters of a given name before a verb.
    (("在广西馆，志愿者队长、18岁的佐藤美咲接受采访时表示说：“芒果三天就能运到北京。”",
      "“很好。”佐藤美咲说。"),
     [("芒果三天就能运到北京。", "佐藤美咲", "志愿者队长", ""),
      ("很好。", "佐藤美咲", "志愿者队长", "")]),
    # A day and a part of it between name and verb (`当天下午`, `昨天下午`) is no name.
    (("“订单多了三成。”绿源公司董事长高明远当天下午表示。",),
     [("订单多了三成。", "高明远", "绿源公司董事长", "")]),
    (("“订单多了三成。”绿源公司董事长当天下午表示。",),
     [("订单多了三成。", "", "", "绿源公司董事长")]),
    (("“订单多了三成。”研究员高明远昨天下午在南宁表示。",),
     [("订单多了三成。", "高明远", "研究员", "")]),
    # `正如某某所说，“……”。` opens no title with 正如.
    (("正如绿源公司总经理高明远所说，“数据就是新时代的农具”。",),
     [("数据就是新时代的农具", "高明远", "绿源公司总经理", "")]),
    # Unchanged: a described speaker and a manner.
    (("两位老人异口同声地说：“好！”",), [("好！", "", "", "两位老人")]),
    # Unchanged: a Latin surname and post for a person named before in full (the title is
    # the first mention's, as the folder's convention has it).
    (("化学会会士Oliver Grant在深圳工作。", "谈到打算，Grant教授表示：“奖金会用来资助年轻人。”"),
     [("奖金会用来资助年轻人。", "Oliver Grant", "化学会会士", "")]),
])
def test_rules_the_sweep_led_to(texts: tuple[str, ...],
                                expected: list[tuple[str, str, str, str]]) -> None:
    assert direct(*texts) == expected
