"""Every visitor-facing string that Python writes, in one translatable place.

Strings are marked the way Qt's `lupdate` reads Python: `translate("Context", "source")`
for a string formatted now, `QT_TRANSLATE_NOOP("Context", "source")` for one stored in a
table and translated when shown. Until the Qt layer installs Qt's translators (`install`),
`translate` returns the source text, so this module and its callers stay free of Qt. Some
strings are shown in both languages (a screen's title with its name in the other language
under it): `in_other_language` gives that second one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Translator = Callable[[str, str, str | None, int], str | None]

CONTEXT = "Present"  # lupdate reads only literal contexts: calls below spell it out
_translator: Translator | None = None
_other: Translator | None = None


def install(translator: Translator | None, other: Translator | None = None) -> None:
    """Makes `translator` (e.g. `QCoreApplication.translate`) translate every string here,
    and `other` into the language not shown; None gives the source texts (Chinese)."""
    global _translator, _other
    _translator, _other = translator, other


def in_other_language(context: str, source: str) -> str:
    """`source` in the language the visitor is not reading (a title's second line)."""
    return source if _other is None else (_other(context, source, None, -1) or source)


def translate(context: str, source: str) -> str:
    """`source` in the visitor's language.

    Counts are `%1` placeholders filled by `arg`, not Qt's `%n`: lupdate marks a Python
    message plural only when its count is a literal, so English labels the count instead
    ("Achievements: 6").
    """
    if _translator is None:
        return source
    return _translator(context, source, None, -1) or source


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Marks `source` for translation without translating it (tables of strings)."""
    return source


def arg(template: str, *values: object) -> str:
    """Qt-style `%1`, `%2` … substitution: translations may reorder the placeholders."""
    for number in range(len(values), 0, -1):  # %10 before %1
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


# Provenance: where an item on screen came from ----------------------------------------------

def from_paragraph(ordinal: int) -> str:
    """The article paragraph an item came from, counted as a reader meets them."""
    #: Provenance of an item: %1 is the paragraph's number in the article
    return arg(translate("Present", "原文第%1段"), ordinal)


def from_curator(source: str) -> str:
    """An item a curator added or corrected, with the curator's source when given."""
    if not source:
        #: Provenance of an item a curator added, when no source is given
        return translate("Present", "策展补充")
    #: Provenance of an item a curator added; %1 is the source (publication, date, page)
    return arg(translate("Present", "策展补充：%1"), source)


def from_paragraph_and_curator(ordinal: int, source: str) -> str:
    """An article item a curator enriched: the paragraph, and the curator's source."""
    #: Provenance of an article item a curator enriched; %1 the paragraph's number, %2 the
    #: curator's source
    return arg(translate("Present", "原文第%1段；策展补充：%2"), ordinal, source)


def from_caption() -> str:
    """An item known only from a photo caption."""
    #: Provenance of an item known only from a photo caption of the article
    return translate("Present", "原文图片说明")


def from_article() -> str:
    """An item from the article whose paragraph is not known."""
    #: Provenance of an item from the article, paragraph unknown
    return translate("Present", "原文")


# Home tile teasers ----------------------------------------------------------------------------

def count_achievements(count: int) -> str:
    """Teaser of the achievements tile."""
    #: Home tile teaser: how many achievements the kiosk shows (%1)
    return arg(translate("Present", "%1项成果"), count)


def count_voices(quotes: int, speakers: int) -> str:
    """Teaser of the voices tile."""
    #: Home tile teaser: %1 quotations by %2 speakers
    return arg(translate("Present", "%1段引语 · %2位嘉宾"), quotes, speakers)


def count_figures(count: int) -> str:
    """Teaser of the figures tile when no figure stands out."""
    #: Home tile teaser: how many key figures the article gives (%1)
    return arg(translate("Present", "%1个数字"), count)


def figure_phrase(literal: str, label: str) -> str:
    """A figure read as a phrase: its number, then what it counts."""
    #: A key figure as a phrase: %1 the number as written (80多个), %2 what it counts
    return arg(translate("Present", "%1%2"), literal, label)


def all_speakers() -> str:
    """The filter chip that shows the quotes of every speaker."""
    #: Filter chip that shows quotes of every speaker
    return translate("Present", "全部嘉宾")


def enumeration(items: Sequence[str]) -> str:
    """Names in a row, as a sentence lists them."""
    #: Separator between names in a list (Chinese enumeration comma)
    return translate("Present", "、").join(items)


def keywords(items: Sequence[str]) -> str:
    """Keywords in a row, set apart by a dot."""
    return " · ".join(items)


# Dates --------------------------------------------------------------------------------------

MONTHS = (QT_TRANSLATE_NOOP("Present", "1月"), QT_TRANSLATE_NOOP("Present", "2月"),
          QT_TRANSLATE_NOOP("Present", "3月"), QT_TRANSLATE_NOOP("Present", "4月"),
          QT_TRANSLATE_NOOP("Present", "5月"), QT_TRANSLATE_NOOP("Present", "6月"),
          QT_TRANSLATE_NOOP("Present", "7月"), QT_TRANSLATE_NOOP("Present", "8月"),
          QT_TRANSLATE_NOOP("Present", "9月"), QT_TRANSLATE_NOOP("Present", "10月"),
          QT_TRANSLATE_NOOP("Present", "11月"), QT_TRANSLATE_NOOP("Present", "12月"))


def _parts(iso: str) -> tuple[str, str, str]:
    """Year, month as a reader names it (`5月`, `May`), and day of `YYYY-MM-DD`."""
    year, month, day = [*iso.split("-"), "", ""][:3]
    number = int(month) if month.isdigit() else 0
    name = translate("Present", MONTHS[number - 1]) if 1 <= number <= 12 else ""
    return year, name, day.lstrip("0")


def date_range(start: str, end: str) -> str:
    """`2023年5月25日—30日` (`25–30 May 2023`) from ISO dates; '' without a start."""
    if not start:
        return ""
    y1, m1, d1 = _parts(start)
    #: A date; %1 year, %2 month's name (5月), %3 day
    text = arg(translate("Present", "%1年%2%3日"), y1, m1, d1)
    if not end or end == start:
        return text
    y2, m2, d2 = _parts(end)
    if y1 != y2:
        #: Dates across two years: %1 the first date, %2 the last
        return arg(translate("Present", "%1—%2"), text,
                   arg(translate("Present", "%1年%2%3日"), y2, m2, d2))
    if m1 == m2:
        #: Days of one month; %1 year, %2 month's name, %3 first day, %4 last day
        return arg(translate("Present", "%1年%2%3日—%4日"), y1, m1, d1, d2)
    #: Days across two months of a year; %1 year, %2 first month's name, %3 first day,
    #: %4 last month's name, %5 last day
    return arg(translate("Present", "%1年%2%3日—%4%5日"), y1, m1, d1, m2, d2)
