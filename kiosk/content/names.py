"""People's names, posts, roles and organisations, as Chinese news writes them.

Posts (`院长`), roles (`市民`) and organisation suffixes are general vocabulary; names come
from jieba's part-of-speech tags, from a common surname, or from where they stand: right
after a post or role. Speaker phrases are read in `speakers`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kiosk.content import segment
from kiosk.content.text import CJK_CHARS

# Posts that end a title, longest first so 副总经理 wins over 经理.
POSTS = sorted({
    "主席", "副主席", "联席主席", "名誉主席", "执行主席", "院长", "副院长", "所长", "副所长",
    "研究员", "副研究员", "总经理", "副总经理", "经理", "董事长", "副董事长", "董事", "总裁",
    "副总裁", "高级副总裁", "首席执行官", "首席科学家", "首席技术官", "首席运营官", "主任",
    "副主任", "总干事", "副总干事", "秘书长", "副秘书长", "部长", "副部长", "局长", "副局长",
    "市长", "副市长", "省长", "副省长", "书记", "副书记", "总书记", "教授", "副教授", "院士",
    "博士", "工程师", "总工程师", "高级工程师", "负责人", "创始人", "联合创始人", "校长",
    "副校长", "理事长", "副理事长", "会长", "副会长", "行长", "副行长", "总监", "技术总监",
    "主管", "专家", "委员", "总统", "总理", "副总理", "大使", "执行董事", "合伙人", "科学家",
    "主任医师", "医生", "处长", "厅长", "司长", "总经济师", "总设计师", "总师", "首席专家",
    "总编辑", "社长", "台长", "发言人", "新闻发言人", "CEO", "CTO", "COO",
}, key=len, reverse=True)
POST_RE = "|".join(map(re.escape, POSTS))

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
    "桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐")

# People named by what they do or where they are rather than by office. They introduce a
# name (`市民张三`) or stand for someone the text does not name (`一位参展商`).
ROLES = sorted({
    "参展商", "展商", "参展者", "采购商", "经销商", "工作人员", "讲解员", "技术员", "预报员",
    "研究人员", "科研人员", "策划人", "设计师", "教师", "老师", "学生", "大学生", "研究生",
    "博士生", "中学生", "小学生", "市民", "村民", "牧民", "居民", "农民", "渔民", "游客",
    "观众", "网友", "家长", "志愿者", "护士", "患者", "工人", "司机", "店长", "店员", "种植户",
    "养殖户", "农户", "代表", "嘉宾", "人士", "业内人士", "从业者", "消费者", "用户", "运动员",
    "教练", "选手", "乘客", "飞行员", "队员", "创业者", "企业家", "学者", "党组书记", "主任委员",
}, key=len, reverse=True)
ROLE_RE = "|".join(map(re.escape, ROLES))
_MENTION_RE = re.compile(rf"(?:{POST_RE}|{ROLE_RE})(?=(?P<name>[{CJK_CHARS}]{{2,4}}))")
_CLAUSE_START_RE = re.compile(r"[，。！？；：“”]")
# A transcribed name's last part ends where a preposition, verb or mark begins.
_FOREIGN_AT_RE = re.compile(
    rf"[{CJK_CHARS}]{{1,8}}(?:[·•][{CJK_CHARS}]{{1,4}}?)+(?=[在向对说表指认是的了和与及将也已曾，。、“]|$)")


def person_mentions(text: str) -> list[tuple[int, str, str]]:
    """People named after a post or role anywhere in `text` (`退休教师张三试穿了……`).

    Returns:
        (offset, name, title) for each, the title being the words from the clause start.
    """
    found = []
    for match in _MENTION_RE.finditer(text):
        after = match["name"]
        sizes = (4, 3) if after.startswith(COMPOUND_SURNAMES) else (3, 2)
        name = next((after[:n] for n in sizes if len(after) >= n and is_person_name(after[:n])),
                    "")
        if not name:
            continue
        if foreign := _FOREIGN_AT_RE.match(text, match.end()):
            name = foreign.group()
        starts = [m.end() for m in _CLAUSE_START_RE.finditer(text, 0, match.start())]
        title = clean_title(text[(starts[-1] if starts else 0): match.end()])
        found.append((match.end(), name, title))
    return found


def clean_title(title: str) -> str:
    """Trims an appositive such as `全球最大的某类学会` off the front of a title."""
    title = title.strip(" ，、")
    if "的" not in title:
        return title
    tail = title[title.rfind("的") + 1:]
    # `某类学会甲学会主席`: the first organisation word names a category, the second the body.
    suffixes = "|".join(map(re.escape, sorted(ORG_SUFFIXES, key=len, reverse=True)))
    found = list(re.finditer(suffixes, tail))
    # Only a repeated kind (`学会……学会`): `某大学某学院` is one body and its school.
    if len(found) >= 2 and found[0].group() == found[-1].group():
        return tail[found[0].end():]
    return tail


@lru_cache(maxsize=4096)
def is_person_name(text: str) -> bool:
    """Tells whether 2-4 Chinese characters read as a person's name."""
    if not 2 <= len(text) <= 4:
        return False
    tags = segment_tags(text)
    if len(tags) == 1 and tags[0][1].startswith("nr"):
        return True
    if any(flag.startswith("nr") for _, flag in tags) and len(tags) <= 2 \
            and tags[0][1].startswith("nr"):
        return True
    surname = text[:2] if text.startswith(COMPOUND_SURNAMES) else text[0]
    return surname in SURNAMES and len(text) - len(surname) in (1, 2) \
        and not any(flag[0] in "vpucd" for _, flag in tags)


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


@lru_cache(maxsize=8192)
def segment_tags(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's (word, part of speech) pairs for a short phrase, cached."""
    return tuple(segment.tag(text))
