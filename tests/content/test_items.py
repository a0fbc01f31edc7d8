"""Achievements, exhibits, people, organisations, event and lists of the seed."""

# (kind, name, provenance origin)
SEED_ACHIEVEMENTS = [
    ("major", "量子计算云平台 Quafu", "article"),
    ("earlier", "量子直接通信样机", "article"),
    ("major", "新一代256核区块链专用加速芯片", "article"),
    ("major", "人体细胞化学重编程体系", "article"),
    ("major", "半导体黑磷的超快瞬时能带调控", "article"),
    ("facility", "综合极端条件实验装置", "article"),
    ("facility", "地球系统数值模拟装置", "article"),
    ("major", "《北京国际科技创新中心建设情况评估报告》", "curation"),
    ("major", "中关村先行先试改革重要进展与成效", "curation"),
]


def test_achievements(seed_model) -> None:  # type: ignore[no-untyped-def]
    got = [(a.kind, a.name, a.provenance.origin) for a in seed_model.achievements]
    assert got == SEED_ACHIEVEMENTS
    assert (seed_model.announced.count, seed_model.announced.literal) == (10, "十大重大成果")


def test_quafu_has_its_facts_quotes_and_sources(article_model) -> None:  # type: ignore[no-untyped-def]
    quafu = article_model.achievements[0]
    assert [f.text for f in quafu.facts] == [
        "基于量子计算机和云计算技术、展现量子计算综合性能",
        "最多可同时操控 136 个量子比特",
        "是国内规模最大、单芯片比特数最高的云平台",
    ]
    assert quafu.summary == "量子计算云平台是量子计算综合性能的展示，是量子计算走向实用化的基础。"
    speakers = {q.id: q.speaker for q in article_model.quotes}
    assert [speakers[q] for q in quafu.quotes] == ["范桁", "范桁"]
    assert quafu.paragraphs == [5, 14, 15]
    earlier = article_model.achievements[1]
    assert earlier.year == 2020
    assert [f.text for f in earlier.facts] == ["由我国科学家研发的全球第一台具有实用价值"]


def test_curated_achievements_carry_their_source(seed_model) -> None:  # type: ignore[no-untyped-def]
    curated = [a for a in seed_model.achievements if a.provenance.origin == "curation"]
    assert all("人民日报" in a.provenance.source for a in curated)
    assert seed_model.event.theme == "开放合作·共享未来"
    assert seed_model.event.provenance.origin == "curation"
    assert seed_model.curation == []


def test_exhibits(article_model) -> None:  # type: ignore[no-untyped-def]
    got = [(e.name, e.category, e.maker, [c.credit for c in e.captions])
           for e in article_model.exhibits]
    # The robot demonstrated in the body (这款单孔机器人) is the one in the second caption.
    assert got == [
        ("单孔腔镜手术机器人", "medical", "北京术锐机器人股份有限公司", ["新华社记者任超"]),
        ("全尺寸人形仿生机器人", "humanoid", "", ["新华社记者张晨霖"]),
    ]
    robot = article_model.exhibits[0]
    assert robot.demonstration.startswith("走进中关村展示中心，观众的目光被一只挥舞着的机器臂所吸引。")
    assert "鹌鹑蛋" in robot.demonstration
    assert [f.text for f in robot.facts] == [
        "它有 7厘米的展开距离", "这款单孔机器人开拓了在泌尿外科、儿科、妇科等多个科室的应用"]
    speakers = {q.id: (q.speaker, q.kind) for q in article_model.quotes}
    assert [speakers[q] for q in robot.quotes] == [
        ("胡慧慧", "direct"), ("胡慧慧", "indirect"), ("胡慧慧", "direct")]


def test_people_and_organisations(seed_model) -> None:  # type: ignore[no-untyped-def]
    people = {p.name: p for p in seed_model.people}
    assert list(people) == ["习近平", "比尔·盖茨", "董进", "胡慧慧", "齐向东", "范桁", "王晓东",
                            "邓鸿森", "赛义夫·拉曼", "丹尼斯·西蒙", "张继红"]
    assert people["习近平"].titles == ["国家主席"]
    assert people["齐向东"].organisations == ["全国工商联", "奇安信集团"]
    assert len(people["邓鸿森"].quotes) == 3
    assert [o.name for o in seed_model.organisations] == [
        "比尔及梅琳达·盖茨基金会", "北京微芯区块链与边缘计算研究院", "北京术锐机器人股份有限公司",
        "全国工商联", "奇安信集团", "北京量子信息科学研究院", "北京生命科学研究所",
        "世界知识产权组织", "电气电子工程师学会", "国际人才组织联合会", "北京市科委",
        "中关村管委会"]


def test_event_sub_forums_and_fields(seed_model) -> None:  # type: ignore[no-untyped-def]
    event = seed_model.event
    assert (event.name, event.start, event.end, event.place) == (
        "2023中关村论坛", "2023-05-25", "2023-05-30", "北京")
    assert seed_model.article.date == "2023-05-27"
    assert seed_model.sub_forums == ["全球工程创新论坛", "全球大流行病的应对和国际合作论坛",
                                     "世界开源创新发展论坛", "世界绿色设计论坛"]
    assert seed_model.fields == ["人工智能", "生命科学", "清洁能源"]


def test_topics_list_the_items_they_appear_in(seed_model) -> None:  # type: ignore[no-untyped-def]
    topics = {t.term: t for t in seed_model.topics}
    assert {"中关村", "量子计算", "区块链"} <= set(topics)
    quantum = topics["量子计算"]
    assert quantum.achievements[0] == seed_model.achievements[0].id
    assert len(quantum.quotes) == 2
    for topic in seed_model.topics:
        assert len(topic.paragraphs) >= 2
        for index in topic.paragraphs:
            assert topic.term in seed_model.article.paragraphs[index].text


def test_topics_are_the_articles_terms_not_general_words(seed_model) -> None:  # type: ignore[no-untyped-def]
    terms = [t.term for t in seed_model.topics]
    assert terms[0] == "中关村"
    # a shorter term inside a higher-ranked one is found by typing it: not a topic of its own
    assert "量子计算" in terms and "量子" not in terms
    # everyday vocabulary, verbs, metaphors and people are not topics; nor are common words
    # the article uses only twice
    assert not {"技术", "地区", "深化", "名片", "版图", "科技", "合作", "北京", "格局", "活力",
                "习近平", "全球", "论坛", "体系", "人才"} & set(terms)
    weights = [t.weight for t in seed_model.topics]
    assert weights == sorted(weights, reverse=True) and weights[0] == 1.0
