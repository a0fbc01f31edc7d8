"""Topics: the nouns the article keeps returning to, and the items they appear in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from kiosk.content import segment
from kiosk.content.model import Achievement, Exhibit, Figure, Paragraph, Quote, Topic
from kiosk.content.names import POSTS

_NOUN_TAGS = ("n", "nz", "nt", "ns", "vn", "eng", "j", "l")
# Words every news report uses; they would top any list and tell a visitor nothing.
STOPWORDS = frozenset({
    "记者", "今天", "今年", "去年", "目前", "方面", "问题", "工作", "时候",
    "地方", "一批", "我们", "他们", "这里", "那里", "时间", "过程", "情况",
    "国家", "中国", "我国", "世界", "全球", "国际", "人民", "社会", "企业",
    "领域", "一些", "其中", "成为", "进行", "作为", "实现", "推动", "发展",
    "建设", "提供", "参与", "重要", "相关", "更加", "不断", "作用", "能力",
    "水平", "基础", "部分", "核心", "支撑", "成果", "活力", "精神", "意识",
    "方向", "优势", "空间", "平台", "新华社", "生动", "格局", "中心", "亮相",
    "体系", "主席", "人类", "一系列", "写照", "窗口", "之一", "前沿", "之下",
})
MAX_TOPICS = 24


def extract_topics(paragraphs: Sequence[Paragraph], quotes: Sequence[Quote],
                   achievements: Sequence[Achievement], exhibits: Sequence[Exhibit],
                   figures: Sequence[Figure]) -> list[Topic]:
    """Ranks nouns by how many paragraphs use them and lists the items for each.

    Returns:
        Up to MAX_TOPICS topics, each appearing in at least two items or paragraphs.
    """
    spread: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for para in paragraphs:
        words = [w for w in segment.words(para.text) if _is_topic_word(w)]
        total.update(words)
        spread.update(set(words))
    ranked = sorted(spread, key=lambda w: (-spread[w], -total[w], w))
    topics = []
    for term in ranked:
        if spread[term] < 2:
            break
        topic = Topic(
            term=term, weight=round(spread[term] / max(1, len(paragraphs)), 4),
            quotes=[q.id for q in quotes if term in q.text],
            achievements=[a.id for a in achievements
                          if term in a.name or term in a.summary
                          or any(term in f.text for f in a.facts)],
            exhibits=[e.id for e in exhibits
                      if term in e.name or term in e.demonstration
                      or any(term in c.text for c in e.captions)],
            figures=[f.id for f in figures if term in f.sentence],
            paragraphs=[p.index for p in paragraphs if term in p.text])
        topics.append(topic)
        if len(topics) == MAX_TOPICS:
            break
    return topics


def _is_topic_word(word: str) -> bool:
    if len(word) < 2 or word in STOPWORDS or word in POSTS or word.isdigit():
        return False
    tag = segment.word_tag(word)
    return tag.startswith(_NOUN_TAGS) and not tag.startswith(("nr", "nrt", "nrfg"))
