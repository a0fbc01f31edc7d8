"""Speaker phrases: who the subject of a speech verb is, named, unnamed or a pronoun.

A speaker phrase reads `[title or role] name [adverbials]`, as in
`某研究院院长张三在开幕式上`, `市民李四一边试戴一边` or `王五笑着`, or it describes someone
without a name: `一位来自某地的参展商`, `不少观众`, `与会专家`. Posts and role nouns are
closed lists of the genre's grammar; names come from the shape of what follows a post or role
(a name then an adverbial, or nothing), from jieba's tags, from `·` and Latin script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kiosk.content import segment
from kiosk.content.names import (
    COMPOUND_SURNAMES,
    POST_RE,
    ROLE_RE,
    SURNAMES,
    clean_title,
    is_person_name,
)
from kiosk.content.text import CJK_CHARS

PRONOUNS = ("他", "她")
# Plural pronouns stand for a group the text has described: an unnamed speaker.
_GROUP_PRONOUNS = ("他们", "她们", "大家")
_C = f"[{CJK_CHARS}]"
# Adverbials between a speaker and the verb: time, place, manner, addressee.
_ADVERBIAL = (
    rf"(?:\d{{1,2}}日|当天|当日|日前|近日|今天|昨天|随后|同时|再次|也|还|又|则|都|均|曾"
    rf"|一致|纷纷|普遍|现场|在{_C}[^，。“”：]{{0,23}}?(?:中|上|时|期间|之际|会上|前|后|里)"
    rf"|在接受[^，。“”：]{{0,16}}?采访时|接受[^，。“”：]{{0,16}}?采访时"
    rf"|[向对跟给](?:{_C}{{0,4}}记者|媒体|观众|大家|来宾|与会者)|告诉{_C}{{0,4}}记者"
    rf"|一边[^，。“”：]{{1,10}}?一边[^，。“”：]{{0,6}}?|{_C}{{1,2}}[后地]|{_C}着"
    rf"|通过视频|以视频方式)"
)
_ADVERBIALS_RE = re.compile(rf"(?:{_ADVERBIAL})+")
# What may follow a name: its post (`张三教授`), then adverbials.
_AFTER_NAME_RE = re.compile(rf"(?P<post>(?:{POST_RE})?)(?P<ctx>(?:{_ADVERBIAL})*)")
_CONTEXT_RE = re.compile(rf"(?P<ctx>(?:{_ADVERBIAL})*)$")
# `也有业内人士`: the existential verb is not part of the description.
_LEADING_RE = re.compile(r"^(?:也|还|另外|另)有")
_FOREIGN_RE = re.compile(rf"{_C}{{1,8}}(?:[·•]{_C}{{1,8}})+$")
_LATIN_RE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z'.\-]*(?: [A-Z][A-Za-z'.\-]*){1,3}$")
_SURNAME_POST_RE = re.compile(rf"(?P<surname>{_C}{{1,2}})(?P<post>{POST_RE})")
_TITLED_RE = re.compile(rf"(?:{POST_RE}|{ROLE_RE})(?=(?P<after>{_C}[^，。“”：]{{1,30}})$)")
_ROLE_END_RE = re.compile(rf"(?:{POST_RE}|{ROLE_RE})$")


@dataclass(frozen=True)
class Speaker:
    """A parsed speaker phrase: a name (or a pronoun), or an unnamed speaker as described."""

    name: str
    title: str
    context: str
    unnamed: str = ""


def parse_speaker(phrase: str, known: dict[str, str]) -> Speaker | None:
    """Reads the speaker out of the words before (or after) a speech verb.

    Args:
        phrase: the words between the quote or clause boundary and the verb.
        known: people already seen, name → title, for bare-name and pronoun mentions.

    Returns:
        The speaker, or None when the phrase names and describes nobody.
    """
    # `据某某介绍`: the source is who speaks.
    phrase = phrase.strip(" \u3000").removeprefix("据")
    # From the second character on: a phrase is never all adverbials (`她笑着`).
    context = _CONTEXT_RE.search(phrase, 1)["ctx"] if phrase else ""  # type: ignore[index]
    rest = phrase[: len(phrase) - len(context)].strip()
    if not rest:
        return None
    for pattern in (_FOREIGN_RE, _LATIN_RE):
        if match := pattern.search(rest):
            name = _after_last_post(match.group())
            if len(name) >= 2:
                return Speaker(name, clean_title(rest[: len(rest) - len(name)]), context)
    if rest in PRONOUNS or rest in known:
        return Speaker(rest, "", context)
    if rest in _GROUP_PRONOUNS:
        return Speaker("", "", context, unnamed=rest)
    if (match := _SURNAME_POST_RE.fullmatch(rest)) \
            and (name := _by_surname_and_post(match["surname"], match["post"], known)):
        return Speaker(name, "", context)
    return _named(phrase, known) or _unnamed(rest, context)


def split_name(text: str, lenient: bool) -> tuple[str, str, str] | None:
    """Splits `text` into a leading person's name, a post and the adverbials after it.

    Args:
        text: words that start with a name, as after a post (`张三在会上`, `张三教授`).
        lenient: whether a post or role stands right before, which vouches for the name
            when jieba does not know it; without one the name must read as a name.

    Returns:
        (name, post, adverbials), or None when no name is followed only by those.
    """
    sizes = (4, 3) if text.startswith(COMPOUND_SURNAMES) else (3, 2, 4)
    for size in sizes:
        name = text[:size]
        tail = _AFTER_NAME_RE.fullmatch(text, size)
        if len(name) < size or not re.fullmatch(f"{_C}+", name) or tail is None:
            continue
        if is_person_name(name) or (lenient and _could_be_name(name)):
            return name, tail["post"], tail["ctx"]
    return None


def _named(phrase: str, known: dict[str, str]) -> Speaker | None:
    """`title name adverbials`, `name post adverbials` or `name adverbials`."""
    for name in sorted(known, key=len, reverse=True):
        at = phrase.rfind(name)
        if at >= 0 and (tail := _AFTER_NAME_RE.fullmatch(phrase, at + len(name))):
            return Speaker(name, clean_title(phrase[:at]) or tail["post"], tail["ctx"])
    for match in reversed(list(_TITLED_RE.finditer(phrase))):
        if found := split_name(match["after"], lenient=True):
            name, post, context = found
            return Speaker(name, clean_title(phrase[: match.end()] + post), context)
    if found := split_name(phrase, lenient=False):
        return Speaker(found[0], found[1], found[2])
    return None


def _unnamed(rest: str, context: str) -> Speaker | None:
    """`一位来自某地的参展商`, `与会专家`: someone described by a role or post, no name."""
    if not _ROLE_END_RE.search(rest):
        return None
    return Speaker("", "", context, unnamed=_LEADING_RE.sub("", rest))


def _could_be_name(text: str) -> bool:
    """Two to four characters after a post that do not start like a verb or adverb."""
    if re.search(r"[的了在是和与及等也都就一这那其之]", text):
        return False
    if text[0] in SURNAMES or text.startswith(COMPOUND_SURNAMES):
        return True
    tags = _tags(text)
    return not tags or tags[0][1][:1] not in set("vdpucrm")


def _by_surname_and_post(surname: str, post: str, known: dict[str, str]) -> str:
    """`宋教授` → the one person seen so far named 宋… whose title ends with 教授."""
    matches = [n for n, t in known.items() if n.startswith(surname) and t.endswith(post)]
    return matches[0] if len(matches) == 1 else ""


def _after_last_post(text: str) -> str:
    """Drops a title that jieba-less matching glued to the front of a foreign name."""
    head = text.split("·")[0]
    best = max((m.end() for m in re.finditer(POST_RE, head)), default=-1)
    return text[best:] if best >= 0 else text


@lru_cache(maxsize=4096)
def _tags(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(segment.tag(text))
