"""Rows of the admin statistics view: top items and visits per hour of one report period."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.stats.report import Namer, Period


@dataclass(frozen=True)
class ItemRow:
    """One of the most opened items: `share` is its opens over the first item's (0-1)."""

    rank: int
    key: str
    name: str
    opens: int
    share: float


@dataclass(frozen=True)
class HourRow:
    """Visits begun in one hour of the day: `share` over the busiest hour's (0-1)."""

    hour: int
    label: str
    visits: int
    share: float


def item_rows(period: Period, name: Namer) -> list[ItemRow]:
    """The period's top items, most opened first.

    Args:
        period: a report period.
        name: names an item in the language on show.

    Returns:
        At most ten rows.
    """
    most = max((item.opens for item in period.top_items), default=0)
    return [ItemRow(rank=rank, key=item.key, name=name(item), opens=item.opens,
                    share=item.opens / most if most else 0.0)
            for rank, item in enumerate(period.top_items, start=1)]


def hour_rows(period: Period) -> list[HourRow]:
    """All 24 hours of the day, for the bar chart.

    Args:
        period: a report period.

    Returns:
        One row an hour, midnight first.
    """
    busiest = max(period.hours, default=0)
    return [HourRow(hour=hour, label=f"{hour:02d}", visits=count,
                    share=count / busiest if busiest else 0.0)
            for hour, count in enumerate(period.hours)]
