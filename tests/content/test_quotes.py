"""Quotations: every direct quote of the seed with speaker and title; terms are not quotes."""

import pytest

from kiosk.content.model import Paragraph
from kiosk.content.quotes import extract_quotes

# (speaker, title, context, kind, text) in reading order: the sidebar lead reads first.
SEED_QUOTES = [
    ("习近平", "国家主席", "25日在贺信中指出", "direct",
     "中国坚定奉行互利共赢的开放战略，愿同世界各国一道，携手促进科技创新，推动科学技术更好造福各国人民。"),
    # `习近平主席` after `国家主席习近平`: the later short title carries the first one.
    ("习近平", "国家主席", "在贺信中指出", "direct",
     "人类要破解共同发展难题，比以往任何时候都更需要国际合作和开放共享。"),
    ("比尔·盖茨", "比尔及梅琳达·盖茨基金会联席主席", "在视频演讲中表示", "direct",
     "几年前，‘共享未来’的理念还难以产生共鸣，如今已是不容否认的事实。"),
    ("董进", "北京微芯区块链与边缘计算研究院院长", "说", "direct",
     "中国科技创新最新成果在中关村论坛上展示，能让世界更加了解创新开放的中国。"),
    ("胡慧慧", "北京术锐机器人股份有限公司副总经理", "说", "direct",
     "这只机械臂是手术机器人的一部分，它有 7厘米的展开距离，能够灵活、精准地在狭小的空间内完成"
     "高精准度的手术。"),
    ("胡慧慧", "北京术锐机器人股份有限公司副总经理", "说", "indirect",
     "这款单孔机器人开拓了在泌尿外科、儿科、妇科等多个科室的应用，为众多病症治疗提供了更微创的"
     "手术方案。"),
    ("胡慧慧", "北京术锐机器人股份有限公司副总经理", "说", "direct",
     "在中关村论坛不仅可以展示原创的前沿技术，还能寻找到更多优秀的合作伙伴，让一流技术匹配一流场景，"
     "满足市场需求。"),
    ("齐向东", "全国工商联副主席、奇安信集团董事长", "说", "direct",
     "科技成果就应该造福全人类，而不应成为埋在山洞里的宝藏。"),
    ("齐向东", "全国工商联副主席、奇安信集团董事长", "说", "indirect",
     "科技创新只有开放合作，道路才能越走越宽广。"),
    ("范桁", "北京量子信息科学研究院研究员", "向记者介绍", "direct",
     "在解决某些问题时，经典计算机需要 1万年，量子计算机需要200秒。"),
    ("范桁", "北京量子信息科学研究院研究员", "介绍", "direct",
     "此次发布的 Quafu 量子计算云平台最多可同时操控 136 个量子比特，是国内规模最大、单芯片比特数"
     "最高的云平台。"),
    ("王晓东", "北京生命科学研究所所长", "说", "direct",
     "苹果不会掉到离树太远的地方，基础研究、原始创新，最有可能落在支持它的地方。"),
    ("邓鸿森", "世界知识产权组织总干事", "说", "direct",
     "去年中国提交了 7 万份国际专利申请，是十年前的四倍。今天，近八成的世界知识产权申请来自亚洲、"
     "非洲、拉丁美洲，这其中三分之二来自中国。"),
    ("邓鸿森", "世界知识产权组织总干事", "说", "indirect", "中国的创新成就与科技进步尤令世人瞩目。"),
    ("赛义夫·拉曼", "电气电子工程师学会主席", "说", "direct",
     "随着中国进一步融入全球创新格局，中国的科技创新一定会成为全球创新更加重要的引擎。"),
    ("丹尼斯·西蒙", "国际人才组织联合会主席", "说", "direct", "今天，中国已踏上创新驱动发展的高速轨道。"),
    ("邓鸿森", "世界知识产权组织总干事", "说", "indirect",
     "中关村论坛毫无疑问已成为交流思想和激发活力的国际化平台，对中国未来的创新发展至关重要。"),
    ("张继红", "北京市科委、中关村管委会主任", "说", "direct",
     "我们将始终沿着习近平总书记指引的方向，深入贯彻落实贺信的重要指示精神，充分发挥北京教育、科技、"
     "人才优势，持续推进中关村先行先试改革，加快建设国际科技创新中心和世界领先科技园区，为建成世界"
     "科技强国和实现中国式现代化提供有力支撑。"),
]
NOT_QUOTES = ["试验田", "大国重器", "北京创造", "全球首个", "成绩单", "树苗", "大树", "栖息地",
              "第一动力", "手", "细长手指", "原始创新版图", "电子一条街", "高精尖", "关键变量",
              "最大增量"]


def test_seed_quotes_in_full(seed_model) -> None:  # type: ignore[no-untyped-def]
    got = [(q.speaker, q.speaker_title, q.context, q.kind, q.text) for q in seed_model.quotes]
    assert got == SEED_QUOTES


def test_quoted_terms_are_not_quotes(seed_model) -> None:  # type: ignore[no-untyped-def]
    texts = {q.text for q in seed_model.quotes}
    assert not texts & set(NOT_QUOTES)


def test_every_quote_points_at_the_paragraph_holding_it(seed_model) -> None:  # type: ignore[no-untyped-def]
    paragraphs = seed_model.article.paragraphs
    for quote in seed_model.quotes:
        assert quote.text in paragraphs[quote.paragraph].text
        assert quote.provenance.origin == "article"
        assert quote.provenance.paragraph == quote.paragraph


def _para(text: str, index: int = 0) -> Paragraph:
    return Paragraph(index, text, 1, 1, 0)


@pytest.mark.parametrize(("text", "expected"), [
    ("“我们会继续加大投入。”某某大学校长王大明说。", [("王大明", "某某大学校长", "说")]),
    ("某某公司总裁李小红表示：“明年将推出新产品。”", [("李小红", "某某公司总裁", "表示")]),
    ("“产品已出口二十国。”她补充说。", [("", "", "补充说")]),
    ("张伟在开幕式上指出：“合作是唯一出路。”", [("张伟", "", "在开幕式上指出")]),
    ("某研究院院长 Anna Smith 说：“We will come back.”", [("Anna Smith", "某研究院院长", "说")]),
    ("这款名为“天眼”的设备很受欢迎。", []),
    ("他们把这里称为“梦工厂”。", []),
    ("“没有结尾的引号，某某说", []),
])
def test_attribution_patterns(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(q.speaker, q.speaker_title, q.context) for q in extract_quotes([_para(text)])
           if q.kind == "direct"]
    assert got == expected


def test_title_at_first_mention_carries_over_and_surname_with_post_resolves() -> None:
    paras = [_para("“储能是关键。”某能源大学教授宋启明说。", 0),
             _para("“安全第一，效率第二。”宋启明说。", 1),
             _para("“回收是最后一环。”宋教授说。", 2)]
    got = [(q.speaker, q.speaker_title) for q in extract_quotes(paras)]
    assert got == [("宋启明", "某能源大学教授")] * 3


def test_split_quote_gives_two_quotes_by_one_speaker() -> None:
    text = "“氢能产业链长，”某公司董事长许文博说，“我们正在布局加氢网络。”"
    got = [(q.text, q.speaker) for q in extract_quotes([_para(text)])]
    assert got == [("氢能产业链长，", "许文博"), ("我们正在布局加氢网络。", "许文博")]


def test_colon_introduction_wins_over_a_following_speaker() -> None:
    text = "甲组织主席丹尼·西蒙说：“今天很好。”王大明说，明天也好。"
    got = [(q.speaker, q.kind, q.text) for q in extract_quotes([_para(text)])]
    assert got == [("丹尼·西蒙", "direct", "今天很好。"), ("王大明", "indirect", "明天也好。")]


@pytest.mark.parametrize(("text", "expected"), [
    # (speaker, title, unnamed speaker) of each quote
    ("“价格降了一半。”一位来自宁波的参展商告诉记者。", [("", "", "一位来自宁波的参展商")]),
    ("不少观众表示，希望早日用上这项技术。", [("", "", "不少观众")]),
    ("与会代表一致认为，合作是唯一出路。", [("", "", "与会代表")]),
    ("也有业内人士提醒，辅助驾驶不等于自动驾驶。", [("", "", "业内人士")]),
    ("“电池充得更快了。”现场工作人员介绍。", [("", "", "现场工作人员")]),
    ("市民王小红一边试戴一边说：“戴上方便多了。”", [("王小红", "市民", "")]),
    ("“这台机器很稳。”某公司技术员李建国一边操作一边向记者介绍。", [("李建国", "某公司技术员", "")]),
    ("“数据是粮食。”某研究院首席科学家欧阳明远在主旨演讲中说。", [("欧阳明远", "某研究院首席科学家", "")]),
    ("“填补了空白。”某气象台首席预报员阿旺扎西告诉中新社记者。", [("阿旺扎西", "某气象台首席预报员", "")]),
    ("“手术切口更小了。”来自南通的外科医生柏文山体验后感慨。", [("柏文山", "外科医生", "")]),
])
def test_named_unnamed_and_group_speakers(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(q.speaker, q.speaker_title, q.unnamed_speaker) for q in extract_quotes([_para(text)])]
    assert got == expected


@pytest.mark.parametrize("text", [
    "被誉为“太空快递员”的货运飞船模型前排起了长队。",
    "河西石窟被称为“墙壁上的博物馆”。",
    "“探索浩瀚宇宙，逐梦星辰大海”——一场科普展在当地开展。",
    "他说，一代代航天人“自力更生、艰苦奋斗”的故事值得了解。",
    "会场外，“共护一江清水，共建绿色家园”的标语格外醒目。",
    "展馆入口的横幅上写着“欢迎来到未来世界！”。",
    "村口挂起了标语“绿水青山就是金山银山。”",
])
def test_terms_slogans_and_names_are_never_direct_quotes(text: str) -> None:
    assert [q.text for q in extract_quotes([_para(text)]) if q.kind == "direct"] == []


def test_a_quoted_sentence_without_attribution_has_no_speaker_rather_than_the_last_one() -> None:
    paras = [_para("“合作是出路。”某大学教授张大成说。", 0),
             _para("展区里，“机器狗会跳舞！”一只机器狗在台上转起了圈。", 1)]
    got = [(q.text, q.speaker, q.unnamed_speaker) for q in extract_quotes(paras)]
    assert got == [("合作是出路。", "张大成", ""), ("机器狗会跳舞！", "", "")]


def test_a_pronoun_is_the_person_last_named_even_one_who_has_not_spoken() -> None:
    paras = [_para("“合作是出路。”某大学教授张大成说。", 0),
             _para("72岁的退休教师钱桂英试穿了一套外骨骼。“腿上有劲儿了。”她笑着说。", 1)]
    got = [(q.speaker, q.speaker_title) for q in extract_quotes(paras)]
    assert got == [("张大成", "某大学教授"), ("钱桂英", "退休教师")]


def test_a_quote_that_continues_reported_speech_keeps_its_speaker() -> None:
    paras = [_para("某公司技术员贺建国坦言，刚开始村民并不信任这个“铁家伙”。"
                   "“大家怕它把庄稼压坏，后来都抢着预约。”", 0),
             _para("志愿者殷若兰告诉记者，这两天她每天要接待上千名观众，“嗓子都喊哑了。”", 1)]
    got = [(q.kind, q.speaker, q.speaker_title) for q in extract_quotes(paras)]
    assert got == [("indirect", "贺建国", "某公司技术员"), ("direct", "贺建国", "某公司技术员"),
                   ("direct", "殷若兰", "志愿者")]


def test_a_title_from_a_mention_carries_to_the_speaker_and_to_surname_with_post() -> None:
    paras = [_para("某理工学院教授郜明山团队研发的检测仪吸引了多家企业。", 0),
             _para("郜明山告诉记者：“十分钟就能出结果。”", 1),
             _para("“成果要走出实验室。”郜教授说。", 2)]
    got = [(q.speaker, q.speaker_title) for q in extract_quotes(paras)]
    assert got == [("郜明山", "某理工学院教授")] * 2


def test_the_parts_of_a_split_quote_share_one_remark() -> None:
    text = "“算力就像电力，”某公司董事长郑嘉木说，“要让中小企业用得起。”“明年会更好。”郑嘉木说。"
    quotes = extract_quotes([_para(text)])
    assert [q.remark == quotes[0].id for q in quotes] == [True, True, False]
    assert quotes[2].remark == ""


def test_an_attribution_we_cannot_read_gives_no_speaker_rather_than_the_last_one() -> None:
    paras = [_para("据某某公司总经理温子明介绍，“明年有望开通航线。”", 0),
             _para("“血液十几分钟就能送到。”某急救中心调度科一位值班的说。", 1)]
    got = [(q.speaker, q.speaker_title) for q in extract_quotes(paras)]
    assert got == [("温子明", "某某公司总经理"), ("", "")]


@pytest.mark.parametrize(("text", "expected"), [
    ("“血液十几分钟就能送到。”某市急救中心调度科科长柯佳明说。", ("柯佳明", "某市急救中心调度科科长")),
    ("某民航大学教授骆一明回答说：“安全是生命线。”", ("骆一明", "某民航大学教授")),
    ("带着孩子来看展的市民涂晓明笑言：“以后真能打飞的了。”", ("涂晓明", "市民")),
    ("某乡镇卫生院院长杨秀兰对此深有体会：“病人在家门口就能看好病。”", ("杨秀兰", "某乡镇卫生院院长")),
])
def test_more_posts_verbs_and_colon_introductions(text: str, expected: tuple[str, str]) -> None:
    assert [(q.speaker, q.speaker_title) for q in extract_quotes([_para(text)])] == [expected]


def test_a_pronoun_finds_a_person_named_by_a_role_outside_the_lists() -> None:
    text = "今年26岁的飞手邓晓帆是土生土长的本地人。他说，刚开始家里人不太理解。"
    assert [(q.speaker, q.kind) for q in extract_quotes([_para(text)])] == [("邓晓帆", "indirect")]


@pytest.mark.parametrize(("text", "expected"), [
    # (speaker, title, unnamed speaker) of each quote, in order
    ("“风是家乡的宝贝。”博士毕业生乌兰图雅说。", [("乌兰图雅", "博士毕业生", "")]),
    ("“价格翻了一番。”村党支部书记阿牛阿果一边捧起一把辣椒，一边介绍。",
     [("阿牛阿果", "村党支部书记", "")]),
    ("“今年的收成好！”一位正在晾晒的老阿妈笑着说。", [("", "", "一位正在晾晒的老阿妈")]),
    ("来自印尼的采购商Budi告诉记者：“明年还来。”", [("Budi", "采购商", "")]),
    ("“赛道很快。”某国选手卡马乌·基贝特说。“看台上的加油声很响。”基贝特赛后通过翻译对记者说。",
     [("卡马乌·基贝特", "某国选手", ""), ("卡马乌·基贝特", "某国选手", "")]),
    ("某厅厅长鄢立新、某海关副关长阿不都·热合曼出席。“通关更快了。”阿不都·热合曼说。",
     [("阿不都·热合曼", "某海关副关长", "")]),
    ("“太好玩了！”10岁的黎小舟摘下眼镜后兴奋地说。", [("黎小舟", "", "")]),
    ("记者遇到了货代公司业务经理储晓雯。她向记者展示手机上的订单时说：“订单排到了6月。”",
     [("储晓雯", "货代公司业务经理", "")]),
])
def test_speakers_in_more_shapes(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(q.speaker, q.speaker_title, q.unnamed_speaker) for q in extract_quotes([_para(text)])
           if q.kind == "direct"]
    assert got == expected


def test_a_later_short_title_that_ends_the_first_one_carries_the_first_one() -> None:
    paras = [_para("某省商务厅厅长鄢立新出席发布会。", 0),
             _para("谈及全年目标，鄢立新厅长表示，全省将继续稳订单、拓市场。", 1)]
    assert [(q.speaker, q.speaker_title) for q in extract_quotes(paras)] == [
        ("鄢立新", "某省商务厅厅长")]


def test_a_quote_over_several_paragraphs_is_one_quote_per_paragraph_by_one_speaker() -> None:
    paras = [_para("说起与冰川结缘，某研究所研究员嵇远山回忆道：", 0),
             _para("“第一次上冰川，什么装备都没有。", 1),
             _para("“但我知道，这辈子离不开它了。”", 2)]
    got = [(q.text, q.speaker, q.kind) for q in extract_quotes(paras)]
    assert got == [("第一次上冰川，什么装备都没有。", "嵇远山", "direct"),
                   ("但我知道，这辈子离不开它了。", "嵇远山", "direct")]


def test_two_quotes_around_a_clause_that_names_one_person_are_that_persons() -> None:
    text = ("某救援队队长龙海涛带队出发。“水流太急了。”回忆起当晚的情景，龙海涛仍心有余悸，"
            "“但只要有人在，就不能放弃。”")
    got = [(q.text, q.speaker) for q in extract_quotes([_para(text)])]
    assert got == [("水流太急了。", "龙海涛"), ("但只要有人在，就不能放弃。", "龙海涛")]


def test_reported_speech_may_end_in_a_fragment_in_marks_which_is_no_quote_of_its_own() -> None:
    text = "某馆馆长冉小川介绍，新馆每月举办一场“科学家面对面”活动，“让孩子们近距离感受科学家的魅力”。"
    got = [(q.text, q.speaker, q.kind) for q in extract_quotes([_para(text)])]
    assert got == [("新馆每月举办一场“科学家面对面”活动，“让孩子们近距离感受科学家的魅力”。",
                    "冉小川", "indirect")]


def test_a_description_pointing_back_is_the_person_named_before() -> None:
    text = "女子组冠军由中国选手么晓晴获得。这位来自河北的“95后”姑娘在冲线后激动地说：“是观众把我推过了终点。”"
    assert [(q.speaker, q.speaker_title) for q in extract_quotes([_para(text)])] == [
        ("么晓晴", "中国选手")]


def test_a_source_after_a_quote_is_not_its_speaker() -> None:
    paras = [_para("“我们会继续加大投入。”某厅厅长鄢立新说。", 0),
             _para("对于外界关注的问题，某会会长虞志成回答说：“我们将组织企业抱团出海。”据他介绍，"
                   "今年将举办8场活动。", 1)]
    got = [(q.speaker, q.kind) for q in extract_quotes(paras)]
    assert got == [("鄢立新", "direct"), ("虞志成", "direct"), ("虞志成", "indirect")]


def test_a_pronoun_is_the_subject_of_the_sentence_before_not_a_name_in_passing() -> None:
    paras = [_para("“冰川会说话。”某院院士嵇远山说。", 0),
             _para("研究员次仁卓玛是嵇远山带出的第一位博士。她告诉记者，观测站每年工作近200天。", 1)]
    got = [(q.speaker, q.kind) for q in extract_quotes(paras)]
    assert got == [("嵇远山", "direct"), ("次仁卓玛", "indirect")]


@pytest.mark.parametrize(("text", "expected"), [
    # The sentence ends in its attribution after a clause of setting.
    ("“以前靠经验，现在靠数据。”站在自家地头，56岁的果农何满仓一边剪枝，一边对记者说。",
     [("何满仓", "果农")]),
    ("“合作正当其时。”在5日开幕的论坛上，某国某部副部长颂猜·汶纳（Somchai Boonna）在致辞中说。",
     [("颂猜·汶纳", "某国某部副部长")]),
    # The person the sentence goes on about, with no speech verb.
    ("某企业总设计师邰文山出席活动。“成本要降到三分之一。”该企业总设计师邰文山站在模型前，给记者算了一笔账。",
     [("邰文山", "某企业总设计师")]),
    # 老 and the surname of someone named before; a form of address after a name.
    ("62岁的侗族老人石光明早早占好了位置。“就来给娃娃们加油。”老石一边挥舞小旗，一边用侗语对记者说。",
     [("石光明", "侗族老人")]),
    ("某品牌大中华区总监苏菲女士说：“中国年轻人越来越懂咖啡了。”", [("苏菲", "某品牌大中华区总监")]),
    # A name's original in brackets, full or half width, between the name and the verb.
    ("企业负责人马克·韦伯(Mark Weber)介绍：“我们选择在这里首发。”", [("马克·韦伯", "企业负责人")]),
    # A transcribed name after no person noun, then 他; a colon after a figure of speech.
    ("来自英国的汤姆·贝克举着手机拍个不停。“这里太热闹了！”他感叹。", [("汤姆·贝克", "")]),
    ("来自法国的葡萄酒商人卢卡·马丹在上海生活了十年。他给记者打了个比方：“这里就像一个橱窗。”",
     [("卢卡·马丹", "葡萄酒商人")]),
    # A foreign post; a grammatical character inside a word of the name; a predicate after
    # a name (忙得) is not part of it.
    ("“这是我们第八次参展。”某食品株式会社营业担当佐藤健太说。", [("佐藤健太", "某食品株式会社营业担当")]),
    ("主教练何永和是一名退休教师。“大家图的是为村里争口气。”他说。", [("何永和", "主教练")]),
    ("卖烤鱼的摊主龙秀芬忙得顾不上抬头。“一晚上能卖三百条鱼。”她说。", [("龙秀芬", "摊主")]),
])
def test_speakers_the_second_batch_taught(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(q.speaker, q.speaker_title) for q in extract_quotes([_para(text)])
           if q.kind == "direct"]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (speaker, title, unnamed speaker) of each direct quote
    ("“订单排到了明年。”说这话的是公司市场总监齐婉清。", [("齐婉清", "公司市场总监", "")]),
    ("来自沙特的代表团成员法赫迪专程来看无人机。“技术很有优势。”他说。",
     [("法赫迪", "代表团成员", "")]),
    ("某国驻华使馆经济参赞贝娅·罗兰在开幕当天说：“这是规模最大的一次。”",
     [("贝娅·罗兰", "某国驻华使馆经济参赞", "")]),
    ("某品牌创始人兼首席执行官方晓琪正在直播。“这是我们的故事。”她对着镜头说。",
     [("方晓琪", "某品牌创始人兼首席执行官", "")]),
    ("邱金木的徒弟、95后茶艺师黄语晴在一旁接过话茬：“做茶就是做人。”",
     [("黄语晴", "徒弟、95后茶艺师", "")]),
    # 他 is someone the text describes through a person named before, not that person.
    ("12岁的少年叶尔江·努尔别克正在训练。叶尔江的父亲是一名牧民。说起儿子，他说：“孩子找到了梦想。”",
     [("", "", "叶尔江的父亲")]),
    ("38岁的吾兰·哈力别克在雪场当上了管理员。“在家门口就能上班。”他说。", [("吾兰·哈力别克", "", "")]),
])
def test_speakers_the_third_batch_taught(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(q.speaker, q.speaker_title, q.unnamed_speaker) for q in extract_quotes([_para(text)])
           if q.kind == "direct"]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (speaker, title) of each direct quote
    ("某集团首席执行官马丁·舒尔兹出席。“我们要跟上节奏……”他停顿了一下，补充说，“不，应该跑在前面。”",
     [("马丁·舒尔兹", "某集团首席执行官"), ("马丁·舒尔兹", "某集团首席执行官")]),
    ("来自成都的车主粟佳宁正在询问价格。“这辆车很合适。”她告诉记者。", [("粟佳宁", "车主")]),
    ("该校教授闻人清川团队研发出新材料。对于转化，闻人清川显得很谨慎：“还有很长的路要走。”",
     [("闻人清川", "该校教授")]),
    ("“糖度比往年高了两度。”葡萄种植户买买提·吐尔洪捧起一串葡萄，笑得合不拢嘴。",
     [("买买提·吐尔洪", "葡萄种植户")]),
])
def test_speakers_the_fourth_batch_taught(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(q.speaker, q.speaker_title) for q in extract_quotes([_para(text)])
           if q.kind == "direct"]
    assert got == expected


def test_an_unnamed_reviewer_gives_reported_speech() -> None:
    text = "期刊审稿人在评审意见中认为，这项研究“为低温电池的设计提供了新思路”。"
    got = [(q.kind, q.speaker, q.unnamed_speaker) for q in extract_quotes([_para(text)])]
    assert got == [("indirect", "", "期刊审稿人")]


@pytest.mark.parametrize(("text", "expected"), [
    # (kind, speaker, title) of every quote, in order
    # Posts in brackets after the name; an attribution after a clause of setting, before the
    # second part of a split quote.
    ("“机器人要走进车间。”发布会上，韦思远（某某智能公司创始人、首席执行官）说，“价格还会降。”",
     [("direct", "韦思远", "某某智能公司创始人、首席执行官"),
      ("direct", "韦思远", "某某智能公司创始人、首席执行官")]),
    ("吕明川（某研究院院长）表示，新药已经进入临床试验阶段。",
     [("indirect", "吕明川", "某研究院院长")]),
    # `用某某的话说`, `用他的话说`: reported speech of that person.
    ("某厂总工程师温向东主持了改造。用温向东的话说，这条生产线已经“脱胎换骨”。",
     [("indirect", "温向东", "某厂总工程师")]),
    ("老船工田有福撑了一辈子船。用他的话说，江水就是他的老朋友。",
     [("indirect", "田有福", "老船工")]),
    # 「……」 marks speech as “……” does.
    ("「这里就像我的第二个家。」来自香港的手艺人简家明说，他每年都来。",
     [("direct", "简家明", "手艺人"), ("indirect", "简家明", "手艺人")]),
    # A place that ends in 旁/区/内 between the name and the verb.
    ("某协会会员裘立新在一旁补充道，今年的订单比去年多了三成。",
     [("indirect", "裘立新", "某协会会员")]),
    ("队长石磊在混合采访区说，队员们每天训练六个小时。", [("indirect", "石磊", "队长")]),
    # 助理 is a post; 评价 a speech verb; reported speech that is mostly a fragment in marks.
    ("某企业的董事长助理贲晓雯告诉记者：“客户要的是方案。”", [("direct", "贲晓雯", "董事长助理")]),
    ("期刊的一位审稿人评价说，这是“该领域里程碑式的进展”。", [("indirect", "", "")]),
])
def test_speakers_the_third_round_taught(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(q.kind, q.speaker, q.speaker_title) for q in extract_quotes([_para(text)])]
    assert got == expected


def test_a_quote_opened_after_an_introduction_runs_over_the_next_paragraphs() -> None:
    paras = [_para("剪纸艺人华秀英今年70岁。她一边剪纸，一边对记者说：“剪纸讲究心静。", 0),
             _para("“现在学的年轻人多了。", 1),
             _para("“手艺就断不了。”", 2)]
    got = [(q.speaker, q.speaker_title, q.text) for q in extract_quotes(paras)]
    assert got == [("华秀英", "剪纸艺人", "剪纸讲究心静。"),
                   ("华秀英", "剪纸艺人", "现在学的年轻人多了。"),
                   ("华秀英", "剪纸艺人", "手艺就断不了。")]


@pytest.mark.parametrize(("text", "expected"), [
    # A transcribed name whose first part holds a hyphen, by its last part later.
    ("法国某协会主席让-保罗·杜兰在场边观战。“这里是风筝的故乡。”杜兰说。",
     [("让-保罗·杜兰", "法国某协会主席")]),
    ("让-米歇尔·贝尔纳是第三次参赛。“我们很荣幸。”他说。", [("让-米歇尔·贝尔纳", "")]),
    # The 同 of 同事 is no preposition to cut: the title is what follows the last 的.
    ("他的同事、工程师茅雨晴负责软件。“每条反馈都是方向。”茅雨晴说。", [("茅雨晴", "同事、工程师")]),
])
def test_names_and_titles_the_third_round_taught(text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    got = [(q.speaker, q.speaker_title) for q in extract_quotes([_para(text)])
           if q.kind == "direct"]
    assert got == expected


@pytest.mark.parametrize(("text", "unnamed"), [
    # An adverbial after a role is no name, and the 与 of 与会 is no preposition.
    ("与会嘉宾普遍认为，全球产业链正在深度调整。", "与会嘉宾"),
    ("与会学者一致认为，合作比竞争更重要。", "与会学者"),
    ("不少参展商纷纷表示，今年的订单比去年多。", "不少参展商"),
])
def test_a_group_with_an_adverbial_is_unnamed(text: str, unnamed: str) -> None:
    got = [(q.speaker, q.speaker_title, q.unnamed_speaker) for q in extract_quotes([_para(text)])]
    assert got == [("", "", unnamed)]


@pytest.mark.parametrize(("text", "expected"), [
    # (speaker, title) of each direct quote
    # A Mongolian name of five characters after a role.
    ("某自治区代表队选手乌兰其其格获得冠军。回忆起备战，她眼眶湿润：“每天都练到很晚。”",
     [("乌兰其其格", "某自治区代表队选手")]),
    # A listed role after a known name.
    ("她的教练朝鲁是一名退役运动员。“她的耐力很好，越到后面越强。”朝鲁教练说。", [("朝鲁", "教练")]),
    # 领队 and 传人 are roles.
    ("某省代表队领队费振邦介绍，这项运动后继有人。“孩子们从小就练。”", [("费振邦", "某省代表队领队")]),
    # A quote ending the paragraph right after a sentence about one named person is theirs.
    ("作为老街上的百年老店，某某楼第四代传人顾承德感慨良多。“这门手艺传了一百多年。”",
     [("顾承德", "某某楼第四代传人")]),
])
def test_speakers_the_third_rounds_second_batch_taught(
        text: str, expected: list[tuple[str, str]]) -> None:
    got = [(q.speaker, q.speaker_title) for q in extract_quotes([_para(text)])
           if q.kind == "direct"]
    assert got == expected


@pytest.mark.parametrize("text", [
    # Two people in the sentence before: the text does not say whose the words are.
    "某厂厂长贺立群和工程师邬晓峰站在机床前。“这台机器十年没停过。”",
    # Something follows the quote in the paragraph: not this rule's.
    "某厂厂长贺立群站在机床前。“这台机器十年没停过。”工人们围了上来。",
])
def test_a_quote_after_a_sentence_about_people_needs_one_person_and_the_paragraph_end(
        text: str) -> None:
    assert [q.speaker for q in extract_quotes([_para(text)])] == [""]


def test_a_long_speaker_phrase_before_reported_speech() -> None:
    text = ("某国某州立大学材料科学系教授Anna B. Kowalski在接受新华社记者书面采访时评价，"
            "这项工作“把电池的性能推向了新的高度”。")
    got = [(q.kind, q.speaker) for q in extract_quotes([_para(text)])]
    assert got == [("indirect", "Anna B. Kowalski")]


def test_a_four_character_name_by_its_first_two_characters() -> None:
    text = "某企业营业部长中村浩二正在推荐点心。“我们希望找到合作伙伴。”中村说。"
    got = [(q.speaker, q.speaker_title) for q in extract_quotes([_para(text)])]
    assert got == [("中村浩二", "某企业营业部长")]


@pytest.mark.parametrize(("text", "expected"), [
    # (speaker, title) of each direct quote
    # The phrase before a colon does not keep the start of the verb (他感|叹道).
    ("村里的老支书邵德才今年72岁，他感叹道：“做梦也没想到能发展产业。”", [("邵德才", "老支书")]),
    ("某厂厂长尤建明回忆起当年，他感慨道：“那时候什么都缺。”", [("尤建明", "某厂厂长")]),
])
def test_speakers_the_third_rounds_third_batch_taught(
        text: str, expected: list[tuple[str, str]]) -> None:
    got = [(q.speaker, q.speaker_title) for q in extract_quotes([_para(text)])
           if q.kind == "direct"]
    assert got == expected


def test_a_chief_commander_is_a_post() -> None:
    text = "某研究院型号总指挥阎松林介绍，这型火箭已累计发射超过90次。"
    got = [(q.kind, q.speaker, q.speaker_title) for q in extract_quotes([_para(text)])]
    assert got == [("indirect", "阎松林", "某研究院型号总指挥")]


@pytest.mark.parametrize(("texts", "expected"), [
    # (speaker, unnamed speaker) of each quote: a reference back after an unnamed speaker
    # is that speaker, not the person named before.
    (["某企业亚太区总监安娜·贝克说，销售额增长了三成。",
      "某乳企中国区负责人表示，工厂将于明年投产。", "该负责人说，产品两天就能上架。"],
     [("安娜·贝克", ""), ("", "某乳企中国区负责人"), ("", "某乳企中国区负责人")]),
    (["某局局长郑立平说，展会规模再创新高。",
      "一位参展商告诉记者，今年的订单多了不少。", "他说，明年还会再来。"],
     [("郑立平", ""), ("", "一位参展商"), ("", "一位参展商")]),
])
def test_a_reference_back_after_an_unnamed_speaker_is_that_speaker(
        texts: list[str], expected: list[tuple[str, str]]) -> None:
    paras = [_para(text, n) for n, text in enumerate(texts)]
    assert [(q.speaker, q.unnamed_speaker) for q in extract_quotes(paras)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (speaker, unnamed speaker): 他/她 opening a short sentence right after a quote, with no
    # speech verb, is the speaker; here someone described, not named, before.
    ("湖边，一名志愿者正在给游客分发月饼。“这是本地的五仁月饼，大家尝尝！”她热情地招呼着。",
     [("", "一名志愿者")]),
    ("某村村民章桂芳正在晒辣椒。“今年的辣椒又红又大！”她笑得合不拢嘴。", [("章桂芳", "")]),
    # A sentence of someone's own after the quote with more than a short predicate: no one.
    ("一名志愿者正在分发月饼。“大家尝尝！”她身后的摊位前，排队的人越来越多，队伍一直排到了街角。",
     [("", "")]),
])
def test_a_pronoun_sentence_after_a_quote_is_its_speaker(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.speaker, q.unnamed_speaker) for q in extract_quotes([_para(text)])] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (speaker, title, unnamed speaker) of each direct quote
    # Only adverbials before the verb: the subject opens the clause before (here unnamed).
    ("两名来自佛山的中学生刚刚体验完，兴奋地告诉记者：“感觉自己已经会滑了！”", [("", "", "两名来自佛山的中学生")]),
    # A role opening the clause before a colon, with no name: unnamed.
    ("某某说完，一旁的女儿接过话：“他现在还能帮我做饭了。”", [("", "", "一旁的女儿")]),
    # A name before 的 with no one after it in the sentence is whom 他 means.
    ("作家柏文远的小说已被翻译成12种语言。谈起创作，他说：“科幻是世界通用的语言。”",
     [("柏文远", "作家", "")]),
    # Two people joined by 和: the second one's title is their own.
    ("版权经理祁思琪和某国某出版社总经理詹姆斯·霍尔签下合同。“故事很温暖。”霍尔说。",
     [("詹姆斯·霍尔", "某国某出版社总经理", "")]),
])
def test_speakers_the_third_rounds_fourth_batch_taught(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(q.speaker, q.speaker_title, q.unnamed_speaker) for q in extract_quotes([_para(text)])
           if q.kind == "direct"]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (speaker, title, unnamed speaker) of each direct quote
    # Adverbials after a role are no name (异口同声地, 试驾后).
    ("两位老人异口同声地说：“打球让我们心情好。”", [("", "", "两位老人")]),
    ("一位开了20年货车的卡车司机试驾后说：“开起来很安静。”", [("", "", "一位开了20年货车的卡车司机")]),
    # A surname and a form of address name someone, and 他 is them after.
    ("86岁的宁大爷是年龄最大的选手。他告诉记者：“我每天早上打一个小时球。”", [("宁大爷", "", "")]),
    ("退休教师柯阿姨带着孙子来看展。“孩子特别喜欢机器人。”柯阿姨说。", [("柯阿姨", "退休教师", "")]),
    # A later post that ends one part of a title joined by 、 carries the whole title.
    ("中国工程院院士、某大学教授邝云飞作主旨演讲。“技术只是工具。”邝云飞院士说。",
     [("邝云飞", "中国工程院院士、某大学教授", "")]),
])
def test_speakers_the_third_rounds_fifth_batch_taught(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(q.speaker, q.speaker_title, q.unnamed_speaker) for q in extract_quotes([_para(text)])
           if q.kind == "direct"]
    assert got == expected


@pytest.mark.parametrize(("texts", "expected"), [
    # (speaker, title) of each direct quote
    # Quote first, then `——这是……某某常挂在嘴边的一句话`; `某某常说：`; 她 in the next
    # paragraph after a paragraph that names her without quoting her.
    (["“一根竹子要经过十几道工序。”——这是竹编艺人简秀芝常挂在嘴边的一句话。",
      "简秀芝常说：“竹编要走进人们的生活。”",
      "对于未来，简秀芝很有信心。",
      "“只要有人学，竹编就会一直编下去。”她一字一句地说。"],
     [("简秀芝", "竹编艺人"), ("简秀芝", "竹编艺人"), ("简秀芝", "竹编艺人")]),
    # A role ending in 人 outside the suffixes, and a person named in a paragraph without
    # quotes whom 她 means in the next.
    (["在花海旁，养蜂人阿依古丽·买买提正在查看蜂箱。",
      "说起养蜂，阿依古丽眉飞色舞。“蜜蜂很聪明。”她说。"],
     [("阿依古丽·买买提", "养蜂人")]),
])
def test_speakers_the_third_rounds_sixth_batch_taught(
        texts: list[str], expected: list[tuple[str, str]]) -> None:
    paras = [_para(text, n) for n, text in enumerate(texts)]
    got = [(q.speaker, q.speaker_title) for q in extract_quotes(paras) if q.kind == "direct"]
    assert got == expected


def test_a_transcribed_name_is_read_whole_before_adverbials() -> None:
    text = "德国一家汽车企业首席执行官克里斯托夫·韦伯接受采访时称，中国市场创新速度快。"
    got = [(q.speaker, q.speaker_title) for q in extract_quotes([_para(text)])]
    assert got == [("克里斯托夫·韦伯", "德国一家汽车企业首席执行官")]


def test_a_long_clause_of_time_between_name_and_verb_in_a_split_quote() -> None:
    text = ("“窗外一片漆黑。”潜航员邝思远回忆第一次万米下潜时深有感触地说，"
            "“看到海底生物的那一刻，觉得一切都值了。”")
    got = [(q.speaker, q.speaker_title) for q in extract_quotes([_para(text)])]
    assert got == [("邝思远", "潜航员"), ("邝思远", "潜航员")]


@pytest.mark.parametrize(("text", "expected"), [
    # (speaker, title) of each direct quote
    # A role's last character glued by jieba to a name whose surname is rare (咖农刀/建华).
    ("“以前只能卖鲜果。”咖农刀建民一边翻晒咖啡豆一边说，“现在做精品咖啡。”",
     [("刀建民", "咖农"), ("刀建民", "咖农")]),
    # A name jieba reads as one name though it holds 一 and starts with a verb (闻一鸣).
    ("某研究院研究馆员闻一帆表示，这次展出了新发现的青铜器。“观众都很震撼。”",
     [("闻一帆", "某研究院研究馆员")]),
    # 大声, 轻声 are adverbials.
    ("10岁的小学生宫子轩刚刚上岸。“我想参加奥运会！”他大声说。", [("宫子轩", "小学生")]),
])
def test_speakers_the_third_rounds_eighth_batch_taught(
        text: str, expected: list[tuple[str, str]]) -> None:
    got = [(q.speaker, q.speaker_title) for q in extract_quotes([_para(text)])
           if q.kind == "direct"]
    assert got == expected


def test_a_named_relative_is_the_subject_not_a_description() -> None:
    paras = [_para("“现在做精品咖啡。”咖农刀建民说。", 0),
             _para("刀建民的儿子刀文博大学毕业后回到家乡。他补充说，咖啡已经卖到了全国各地。", 1)]
    got = [(q.speaker, q.speaker_title, q.unnamed_speaker) for q in extract_quotes(paras)]
    assert got == [("刀建民", "咖农", ""), ("刀文博", "儿子", "")]


@pytest.mark.parametrize(("text", "forms", "expected"), [
    # The longest form at each place, then on past it: `切罗诺` inside the full name is not
    # a second mention.
    ("基普鲁托·切罗诺说，切罗诺很高兴。", [("基普鲁托·切罗诺", "基普鲁托·切罗诺"),
                                         ("切罗诺", "基普鲁托·切罗诺")],
     [(0, "基普鲁托·切罗诺", "基普鲁托·切罗诺"), (10, "切罗诺", "基普鲁托·切罗诺")]),
    ("老王和王强，王强和老王。", [("王强", "王强"), ("老王", "王强")],
     [(0, "老王", "王强"), (3, "王强", "王强"), (6, "王强", "王强"), (9, "老王", "王强")]),
    ("没有认识的人。", [("王强", "王强")], []),
    ("哈哈哈哈", [("哈哈", "哈哈")], [(0, "哈哈", "哈哈"), (2, "哈哈", "哈哈")]),
])
def test_known_people_are_found_left_to_right_longest_first(
        text: str, forms: list[tuple[str, str]], expected: list[tuple[int, str, str]]) -> None:
    from kiosk.content.quotes import _find_known

    assert _find_known(text, forms) == expected
