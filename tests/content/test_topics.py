"""Topics on every fixture: the articles' own terms, never general words or parts of names."""

import pytest

from kiosk.content import parse
from tests.conftest import FIXTURES

# Words of every report of the genre: never what one report is about.
GENERAL = {"技术", "地区", "发展", "体系", "人才", "网络", "功能", "工作", "问题", "方面", "时间",
           "企业", "项目", "国家", "市场", "服务", "能力", "水平", "领域", "合作", "创新", "科技",
           "记者", "现场", "全球", "世界", "国际", "展会", "论坛"}


@pytest.fixture(scope="module")
def topics() -> dict[str, list[str]]:
    return {path.stem: [t.term for t in parse(path).topics]
            for path in sorted(FIXTURES.glob("*.txt"))}


def test_no_fixture_has_a_general_word_as_a_topic(topics: dict[str, list[str]]) -> None:
    assert {name: sorted(set(terms) & GENERAL) for name, terms in topics.items()
            if set(terms) & GENERAL} == {}


@pytest.mark.parametrize(("name", "wanted", "unwanted"), [
    # parts of one organisation's or event's name (湘雅|江南|医院, 东|博会)
    ("hospital_robot", {"手术机器人", "肝脏"}, {"江南", "湘雅", "网络"}),
    ("asean_buyers", {"东盟"}, {"博会"}),
    # a kind word after a term the article names (重金属|检测仪) is kept
    ("university_fair", {"检测仪", "重金属"}, set()),
    ("port_finance", {"集装箱", "舱位"}, set()),
    ("village_columns", {"花椒"}, set()),
    # a place once, not again with the kind of division after it (深圳, 深圳市)
    ("hitech_fair_shenzhen", {"深圳"}, {"深圳市"}),
])
def test_topics_of_some_fixtures(topics: dict[str, list[str]], name: str, wanted: set[str],
                                 unwanted: set[str]) -> None:
    assert wanted <= set(topics[name])
    assert not unwanted & set(topics[name])
