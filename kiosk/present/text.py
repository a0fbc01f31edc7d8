"""Every visitor-facing string that Python writes, in one translatable place.

Strings are marked the way Qt's `lupdate` reads Python: `translate("Context", "source")`
for a string formatted now, `QT_TRANSLATE_NOOP("Context", "source")` for one stored in a
table and translated when shown. Until the Qt layer installs Qt's translator (`install`),
`translate` returns the source text, so this module and its callers stay free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Translator = Callable[[str, str, str | None, int], str]

CONTEXT = "Present"
_translator: Translator | None = None


def install(translator: Translator | None) -> None:
    """Makes `translator` (e.g. `QCoreApplication.translate`) translate every string here;
    None restores the source texts."""
    global _translator
    _translator = translator


def translate(context: str, source: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """`source` in the visitor's language (Qt's `%n` is replaced by `n` when given)."""
    text = source if _translator is None else _translator(context, source, disambiguation, n)
    return text.replace("%n", str(n)) if n >= 0 else text


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
    return arg(translate(CONTEXT, "原文第%1段"), ordinal)


def from_curator(source: str) -> str:
    """An item a curator added or corrected, with the curator's source when given."""
    if not source:
        #: Provenance of an item a curator added, when no source is given
        return translate(CONTEXT, "策展补充")
    #: Provenance of an item a curator added; %1 is the source (publication, date, page)
    return arg(translate(CONTEXT, "策展补充：%1"), source)


def from_caption() -> str:
    """An item known only from a photo caption."""
    #: Provenance of an item known only from a photo caption of the article
    return translate(CONTEXT, "原文图片说明")


def from_article() -> str:
    """An item from the article whose paragraph is not known."""
    #: Provenance of an item from the article, paragraph unknown
    return translate(CONTEXT, "原文")


# Home tile teasers ----------------------------------------------------------------------------

def count_achievements(count: int) -> str:
    """Teaser of the achievements tile."""
    #: Home tile teaser: how many achievements the kiosk shows
    return translate(CONTEXT, "%n项成果", None, count)


def count_voices(quotes: int, speakers: int) -> str:
    """Teaser of the voices tile."""
    #: Home tile teaser: %1 quotations by %2 speakers
    return arg(translate(CONTEXT, "%1段引语 · %2位嘉宾"), quotes, speakers)


def count_figures(count: int) -> str:
    """Teaser of the figures tile when no figure stands out."""
    #: Home tile teaser: how many key figures the article gives
    return translate(CONTEXT, "%n个数字", None, count)


def figure_phrase(literal: str, label: str) -> str:
    """A figure read as a phrase: its number, then what it counts."""
    #: A key figure as a phrase: %1 the number as written (80多个), %2 what it counts
    return arg(translate(CONTEXT, "%1%2"), literal, label)


def enumeration(items: Sequence[str]) -> str:
    """Names in a row, as a sentence lists them."""
    #: Separator between names in a list (Chinese enumeration comma)
    return translate(CONTEXT, "、").join(items)


def keywords(items: Sequence[str]) -> str:
    """Keywords in a row, set apart by a dot."""
    return " · ".join(items)


# Dates --------------------------------------------------------------------------------------

def _parts(iso: str) -> tuple[str, str, str]:
    year, month, day = [*iso.split("-"), "", ""][:3]
    return year, month.lstrip("0"), day.lstrip("0")


def date_range(start: str, end: str) -> str:
    """`2023年5月25日—30日` from ISO dates (`YYYY-MM-DD`); '' without a start."""
    if not start:
        return ""
    y1, m1, d1 = _parts(start)
    #: A date; %1 year, %2 month, %3 day
    text = arg(translate(CONTEXT, "%1年%2月%3日"), y1, m1, d1)
    if not end or end == start:
        return text
    y2, m2, d2 = _parts(end)
    if y1 != y2:
        #: Dates across two years: %1 the first date, %2 the last
        return arg(translate(CONTEXT, "%1—%2"), text,
                   arg(translate(CONTEXT, "%1年%2月%3日"), y2, m2, d2))
    if m1 == m2:
        #: Days of one month; %1 year, %2 month, %3 first day, %4 last day
        return arg(translate(CONTEXT, "%1年%2月%3日—%4日"), y1, m1, d1, d2)
    #: Days across two months of a year; %1 year, %2 first month, %3 first day,
    #: %4 last month, %5 last day
    return arg(translate(CONTEXT, "%1年%2月%3日—%4月%5日"), y1, m1, d1, m2, d2)
