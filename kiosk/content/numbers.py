"""Chinese and Arabic numerals → numbers."""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"


def chinese_to_int(text: str) -> int | None:
    """Reads a Chinese numeral such as 三, 十二, 一百零五 or 三万.

    Returns:
        The value, or None when `text` is not a well-formed numeral.
    """
    if not text or any(ch not in CN_NUMERAL for ch in text):
        return None
    total = section = digit = 0
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in UNITS:
            section += (digit or 1) * UNITS[ch]
            digit = 0
        else:
            total += (section + digit) * BIG_UNITS[ch]
            section = digit = 0
    return total + section + digit


def to_number(text: str) -> float | None:
    """Reads `136`, `28.4`, `1.5万` or `三` as a number; None when it is neither."""
    text = text.strip()
    if not text:
        return None
    multiplier = 1
    if text[-1] in BIG_UNITS and len(text) > 1 and not chinese_to_int(text):
        multiplier = BIG_UNITS[text[-1]]
        text = text[:-1].strip()
    try:
        return float(text) * multiplier
    except ValueError:
        value = chinese_to_int(text)
        return None if value is None else float(value * multiplier)
