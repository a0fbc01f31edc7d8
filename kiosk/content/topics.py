"""Topics: the article's own terms, by TF-IDF, and the items they appear in.

A term's weight is how often the article uses it times how rare it is in general Chinese
(jieba's dictionary frequencies stand in for document frequencies; they are in memory
already, unlike `jieba.analyse`'s 6 MB `idf.txt`). A topic is a noun or a name, never a
verb or a person; general vocabulary (`技术`, `地区`) is too common however often it
appears. Rarity alone lets abstract nouns through (`名片`, `版图`, `格局`), so a topic must
also be part of something the article names (an achievement, exhibit, organisation, the
event, a sub-forum or field); only an article that names too little falls back to terms
that at least two of its items mention.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from kiosk.content import segment
from kiosk.content.model import Achievement, Exhibit, Figure, Paragraph, Quote, Topic
from kiosk.content.names import ORG_SUFFIXES, POSTS, ROLES
from kiosk.content.text import CJK_CHARS

# Nouns, names of places and bodies, foreign words and abbreviations.
_NOUN_TAGS = ("n", "nz", "nt", "ns", "eng", "j")
# Below this rarity (log of corpus total over frequency) a word is everyday vocabulary:
# 技术 7.4, 地区 7.3, 科技 8.3 fall below it; 人才 8.8, 论坛 9.6, 量子 11.5 above.
GENERAL_RARITY = 8.5
# Below this one a word is still common (体系 8.9, 人才 8.8, 网络 8.9, 汽车 8.7): it is a
# topic only when the article keeps coming back to it.
COMMON_RARITY = 9.5
COMMON_MIN_COUNT = 3
# News words rare in general text but part of every report's furniture, words of scope, and
# the kind words that end the names of bodies and events.
STOPWORDS = frozenset({
    "新华社", "记者", "开幕式", "闭幕式", "主办方", "组委会", "发布会", "全球", "世界", "国际",
    "全国", "全市", "全省", "海外", "国内", "论坛", "峰会", "大会", "博览会", "展会", "会议",
    "展区", "展台", "展厅", "展馆", "现场", "参观", "团队", "小时", "分钟", "公里", "直径",
    *ORG_SUFFIXES})
MAX_TOPICS = 24
# A character that continues a name: a Chinese character that is no grammatical word.
_NAME_CHAR_RE = re.compile(f"[{CJK_CHARS}]")
_GRAMMAR_CHARS = set("的了在是和与及等将被把从向对也都就又还曾为着过之其这那个一")
MIN_NAMED = 5


def extract_topics(paragraphs: Sequence[Paragraph], words: Mapping[int, Sequence[str]],
                   quotes: Sequence[Quote], achievements: Sequence[Achievement],
                   exhibits: Sequence[Exhibit], figures: Sequence[Figure],
                   names: Sequence[str], people: Sequence[str] = ()) -> list[Topic]:
    """Ranks the article's terms by TF-IDF and lists the items each appears in.

    Args:
        paragraphs: paragraphs in reading order.
        words: each paragraph's words, by paragraph index.
        quotes, achievements, exhibits, figures: the items a topic can lead to.
        names: what else the article names (organisations, the event, sub-forums, fields).
        people: the people it names, whose names (or parts of them) are never topics.

    Returns:
        Up to MAX_TOPICS topics, each in at least two paragraphs and at least one item.
    """
    names = [*names, *(a.name for a in achievements), *(e.name for e in exhibits)]
    spread: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for para in paragraphs:
        terms = [w for w in words.get(para.index, ()) if _is_term(w)]
        total.update(terms)
        spread.update(set(terms))
    # (One string for each list, its items joined by a line break, which no word holds: one
    # search for a word instead of one for each item.)
    everyone, named_things = "\n".join(people), "\n".join(names)
    for word in [w for w in spread if w in everyone]:
        del spread[word]
    fragments = _fragments(words, [w for w in spread if spread[w] >= 2])
    score = {w: total[w] * segment.rarity(w) for w in spread if spread[w] >= 2
             and (total[w] >= COMMON_MIN_COUNT or segment.rarity(w) >= COMMON_RARITY)
             and w not in fragments}
    top = max(score.values(), default=1.0)
    ranked = _unique(sorted(score, key=lambda w: (-score[w], w)))

    def topic(term: str) -> Topic:
        return Topic(
            term=term, weight=round(score[term] / top, 4),
            quotes=[q.id for q in quotes if term in q.text],
            achievements=[a.id for a in achievements
                          if term in a.name or term in a.summary
                          or any(term in f.text for f in a.facts)],
            exhibits=[e.id for e in exhibits
                      if term in e.name or term in e.demonstration
                      or any(term in c.text for c in e.captions)],
            figures=[f.id for f in figures if term in f.sentence],
            paragraphs=[p.index for p in paragraphs if term in p.text])

    named = [t for w in ranked if w in named_things if _items(t := topic(w)) >= 1]
    if len(named) < MIN_NAMED:
        named += [t for w in ranked if w not in named_things if _items(t := topic(w)) >= 2]
    return named[:MAX_TOPICS]


def _fragments(words: Mapping[int, Sequence[str]], terms: Iterable[str]) -> set[str]:
    """The words only ever part of one longer name: the same word always stands right
    before them, or right after them, and that word is a single character or a name
    (`江南` of `湘某江南医院`, `博会` of `东博会`; not `检测仪` of `重金属检测仪`)."""
    befores: dict[str, set[str]] = {term: set() for term in terms}
    afters: dict[str, set[str]] = {term: set() for term in befores}
    for para_words in words.values():
        for n, word in enumerate(para_words):
            if word in befores:
                befores[word].add(para_words[n - 1] if n else "")
                afters[word].add(para_words[n + 1] if n + 1 < len(para_words) else "")
    return {word for word in befores
            if any(len(side) == 1 and _name_part(next(iter(side)))
                   for side in (befores[word], afters[word]))}


def _name_part(word: str) -> bool:
    if not _NAME_CHAR_RE.fullmatch(word[:1]) or word in _GRAMMAR_CHARS:
        return False
    tag = segment.word_tag(word)
    return len(word) == 1 or not tag or tag.startswith(("nr", "ns", "nz"))


def _unique(ranked: list[str]) -> list[str]:
    """The ranked terms without those a higher-ranked term contains (`量子` after
    `量子计算`): a visitor who types the shorter one finds the longer; nor a place with the
    kind of division after it when the place is there already (`深圳市` after `深圳`)."""
    kept: list[str] = []
    for term in ranked:
        if not any(term in longer or (term[-1] in _DIVISIONS and term[:-1] == longer)
                   for longer in kept):
            kept.append(term)
    return kept


# The kinds of division a place's name may end in (`深圳市`, `广东省`).
_DIVISIONS = frozenset("省市县区州")


def _items(topic: Topic) -> int:
    return len(topic.quotes) + len(topic.achievements) + len(topic.exhibits) \
        + len(topic.figures)


@lru_cache(maxsize=16384)
def _is_term(word: str) -> bool:
    if len(word) < 2 or word in STOPWORDS or word in POSTS or word in ROLES \
            or word.isdigit():
        return False
    tag = segment.word_tag(word)
    return tag.startswith(_NOUN_TAGS) and not tag.startswith("nr") \
        and segment.rarity(word) >= GENERAL_RARITY
