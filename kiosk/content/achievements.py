"""Achievements the article announces, and earlier results and facilities it mentions."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache

from kiosk.content.model import (
    Achievement,
    AchievementKind,
    Announcement,
    Fact,
    Paragraph,
    Provenance,
    Quote,
)
from kiosk.content.numbers import CN_NUMERAL, to_number
from kiosk.content.text import CJK_CHARS, clauses, sentences

_COUNTED = rf"(?:\d+|[{CN_NUMERAL}]+)\s*(?:大|项|个)[^，。、的“”]{{0,8}}?成果"
_ANNOUNCED_RE = re.compile(
    rf"(?P<n>\d+|[{CN_NUMERAL}]+)\s*(?:大|项|个)[^，。、的“”]{{0,8}}?成果")
_NAMED_BEFORE_RE = re.compile(
    rf"(?:^|[，：；的])(?P<items>[^，。：；的]{{2,60}}?)\s*等\s*{_COUNTED}")
_RELEASED_RE = re.compile(
    rf"(?:发布|推出|亮相|揭晓)了?(?P<items>[^，。：；]{{2,80}}?)等\s*{_COUNTED}")
_FROM_TO_RE = re.compile(r"从(?P<a>[^，。从到“”]{2,30})到(?P<b>[^，。从“”]{2,30}?)[，,]")
_FACILITY_HEADS = ("装置", "设施", "望远镜", "加速器", "对撞机", "光源", "大科学装置")
_FACILITY_LIST_RE = re.compile(
    rf"(?P<items>(?:[{CJK_CHARS}]{{2,16}}(?:{'|'.join(_FACILITY_HEADS)})、?)+)等")
_EARLIER_RE = re.compile(
    r"(?P<phrase>[^，。；]{2,60}?)在(?P<year>(?:19|20)\d{2})\s*年?[^，。；]{0,12}?"
    r"(?:亮相|发布|问世|面世|首发)")
_EARLIER_HINT_RE = re.compile(r"(?:19|20)\d{2}[^，。；]*?(?:亮相|发布|问世|面世|首发)")
_SUPERLATIVE_RE = re.compile(r"最|首|第一|领先|唯一|世界级|国际先进")
# A number that is not a year: `136 个`, `四倍`, `28.4%`.
_FIGURE_RE = re.compile(
    r"(?<![\d.])(?!(?:19|20)\d\d)\d+(?:\.\d+)?|[两二三四五六七八九十百千万]+(?:个|项|倍|成)")
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9\-]+")
_CJK_RE = re.compile(f"[{CJK_CHARS}]")
_LEADING_NOISE_RE = re.compile(r"^(?:一系列|一批|今年|此次发布的|此次|本次|这款|该)")


def announced(paragraphs: Sequence[Paragraph]) -> Announcement:
    """How many results the article says were announced (`十大重大成果` → 10)."""
    for para in paragraphs:
        if match := _ANNOUNCED_RE.search(para.text):
            value = to_number(match["n"])
            return Announcement(int(value) if value else None, match.group(), para.index)
    return Announcement(None, "", None)


def extract_achievements(paragraphs: Sequence[Paragraph], quotes: Sequence[Quote],
                         article_year: int | None) -> list[Achievement]:
    """Finds named achievements with their summary, facts, quotes and paragraphs.

    Args:
        paragraphs: paragraphs in reading order.
        quotes: the article's quotes, to link those that speak of an achievement.
        article_year: results shown in earlier years are marked `earlier`.
    """
    named: dict[str, tuple[str, AchievementKind, int | None]] = {}
    for para in paragraphs:
        # Cheap tests first: the patterns below scan slowly and most paragraphs hold none.
        if "成果" in para.text:
            for name in _major_names(para.text):
                _add(named, name, "major", None)
        if "等" in para.text:
            for match in _FACILITY_LIST_RE.finditer(para.text):
                for name in match["items"].split("、"):
                    _add(named, name, "facility", None)
        if not _EARLIER_HINT_RE.search(para.text):
            continue
        for match in _EARLIER_RE.finditer(para.text):
            year = int(match["year"])
            name = _tail_noun(match["phrase"])
            if article_year and year < article_year and name:
                _add(named, name, "earlier", year)
    return [_achievement(name, kind, year, paragraphs, quotes)
            for name, kind, year in named.values()]


def _major_names(text: str) -> list[str]:
    names: list[str] = []
    for pattern in (_NAMED_BEFORE_RE, _RELEASED_RE):
        for match in pattern.finditer(text):
            names += [_tail_noun(part) for part in match["items"].split("、")]
    for _, sentence in sentences(text):
        if "成果" in sentence:
            for match in _FROM_TO_RE.finditer(sentence):
                names += [_clean(match["a"]), _clean(match["b"])]
    return [n for n in names if len(_key(n)) >= 3]


def _tail_noun(phrase: str) -> str:
    """The noun phrase at the end: what follows the last 的 of its modifiers."""
    return _clean(phrase[phrase.rfind("的") + 1:] if "的" in phrase else phrase)


def _clean(name: str) -> str:
    name = re.sub(r"^.*?(?:发布|推出|揭晓)了?", "", name.strip(" ，、"))
    return _LEADING_NOISE_RE.sub("", name).strip()


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """The Chinese characters of a name or text, to compare names in any layout."""
    return "".join(_CJK_RE.findall(name))


@lru_cache(maxsize=4096)
def _unspaced(text: str) -> str:
    return text.replace(" ", "")


def _add(named: dict[str, tuple[str, AchievementKind, int | None]], name: str,
         kind: AchievementKind, year: int | None) -> None:
    """Adds a name, merging it with a longer or shorter form of the same name."""
    key = _key(name)
    if len(key) < 3:
        return
    for old_key, (old_name, old_kind, old_year) in list(named.items()):
        if key in old_key or old_key in key:
            if len(name) > len(old_name):
                del named[old_key]
                named[key] = (name, old_kind, old_year)
            return
    named[key] = (name, kind, year)


def _mentions(text: str, name: str) -> bool:
    """The text names the item: its full name, its Chinese words, or its Latin name."""
    unspaced, key, aliases = _written(name)
    if unspaced in _unspaced(text) or (key is not None and key in _key(text)):
        return True
    return any(alias in text for alias in aliases) if aliases else False


@lru_cache(maxsize=1024)
def _written(name: str) -> tuple[str, str | None, tuple[str, ...]]:
    """How a text may write the item (looked for in every paragraph and sentence): its name
    without spaces; its Chinese characters, unless the name holds a digit; the Latin-script
    names inside it (`某某芯片 Nova` → `Nova`)."""
    digit = any(ch.isdigit() for ch in name)
    return _unspaced(name), None if digit else _key(name), tuple(_LATIN_RE.findall(name))


def _achievement(name: str, kind: AchievementKind, year: int | None,
                 paragraphs: Sequence[Paragraph], quotes: Sequence[Quote]) -> Achievement:
    paras = [p for p in paragraphs if _mentions(p.text, name)]
    facts: list[Fact] = []
    summary = ""
    for para in paras:
        for _, sentence in sentences(para.text):
            if not _mentions(sentence, name):
                continue
            if not summary or (_defines(sentence, name) and not _defines(summary, name)):
                summary = sentence.strip()
            facts += [Fact(c, para.index) for c in _facts(sentence, name)]
    related = _related_quotes(name, quotes)
    return Achievement(
        id="a-" + hashlib.sha1(_key(name).encode()).hexdigest()[:8], name=name, kind=kind,
        summary=summary, facts=_unique(facts), quotes=related,
        paragraphs=[p.index for p in paras],
        provenance=Provenance("article", paras[0].index if paras else None), year=year)


def _defines(sentence: str, name: str) -> bool:
    """`X是……` reads as a definition of X."""
    return bool(re.search(rf"{re.escape(_key(name)[-4:])}[^，。]{{0,4}}是", sentence))


def _facts(sentence: str, name: str) -> list[str]:
    """Clauses about the item with a number or a superlative, and its leading description."""
    found = []
    for _, clause in clauses(sentence):
        clause = clause.strip(" “”")
        if clause.startswith("从"):
            continue
        span = _name_span(clause, name)
        rest = clause[span[1]:].strip() if span else clause
        if span and clause[: span[0]].rstrip().endswith("的"):
            described = clause[: span[0]].rstrip()[:-1].strip()
            if len(described) >= 6 and not described.endswith(("发布", "推出", "研发")) \
                    and not _ANNOUNCED_RE.search(described):
                found.append(described)
        if (_FIGURE_RE.search(rest) or _SUPERLATIVE_RE.search(rest)) \
                and not _ANNOUNCED_RE.search(rest):
            found.append(rest)
    return [f for f in found if len(f) >= 4]


def _name_span(clause: str, name: str) -> tuple[int, int] | None:
    """Where the item's name (in any word order of its parts) stands in a clause."""
    parts = [_key(name), *_LATIN_RE.findall(name)]
    spans = [(at, at + len(part)) for part in parts if part and (at := clause.find(part)) >= 0]
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def _related_quotes(name: str, quotes: Sequence[Quote]) -> list[str]:
    """Quotes that name the item, and their speakers' other quotes nearby."""
    direct = [q for q in quotes if _mentions(q.text, name)]
    related = {q.id for q in direct}
    for quote in quotes:
        if any(quote.speaker and quote.speaker == d.speaker
               and abs(quote.paragraph - d.paragraph) <= 3 for d in direct):
            related.add(quote.id)
    return [q.id for q in quotes if q.id in related]


def _unique(facts: list[Fact]) -> list[Fact]:
    seen: set[str] = set()
    out = []
    for fact in facts:
        if fact.text not in seen:
            seen.add(fact.text)
            out.append(fact)
    return out
