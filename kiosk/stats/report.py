"""Reports over one or more statistics databases: visits, their length, top items, hours.

Pure Python without Qt: the command line and the admin screen both read it. Days and hours
are those of the time zone of the `now` a report is made for.
"""

from __future__ import annotations

import csv
import io
import math
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from kiosk.stats import schema

TOP_ITEMS = 10
WEEK_DAYS = 7
# Visits in which staff unlocked the admin pad: not visitors, left out of every number.
_STAFF = "(SELECT visit FROM events WHERE kind = 'admin' AND visit IS NOT NULL)"


@dataclass(frozen=True)
class ItemCount:
    """An item and how often it was opened; `title` is its name when last opened."""

    key: str
    title: str
    opens: int


@dataclass(frozen=True)
class Period:
    """The numbers for the days `first_day` to `last_day`, both included.

    Visit lengths count finished visits only; `median_seconds` and `p90_seconds` are None
    without one. The 90th percentile is the nearest rank: the length that 90% of visits do
    not exceed.
    """

    name: str
    first_day: date
    last_day: date
    visits: int
    median_seconds: float | None
    p90_seconds: float | None
    top_items: tuple[ItemCount, ...]
    hours: tuple[int, ...]  # visits begun in each hour of the day, 0 to 23


@dataclass
class Usage:
    """Rows read from the databases: visits (start, end or None) and item opens."""

    visits: list[tuple[float, float | None]] = field(default_factory=list)
    opens: list[tuple[float, str, str]] = field(default_factory=list)  # at, item, title


def read(paths: Sequence[Path], since: float = 0.0) -> Usage:
    """Reads the visits and item opens from `since` on from each database, added together;
    visits staff made (the admin pad was unlocked) are left out.

    Args:
        paths: statistics databases (one per kiosk); read only.
        since: Unix time of the earliest row wanted.

    Returns:
        The rows of every database.

    Raises:
        sqlite3.Error: a file is missing or is not a statistics database.
    """
    usage = Usage()
    for path in paths:
        db = schema.connect(path, readonly=True)
        try:
            usage.visits += db.execute(
                f"SELECT started, ended FROM visits WHERE started >= ? AND id NOT IN {_STAFF}",
                (since,)).fetchall()
            usage.opens += db.execute(
                "SELECT at, item, title FROM opens WHERE item != '' AND at >= ? "
                f"AND (visit IS NULL OR visit NOT IN {_STAFF}) ORDER BY at", (since,)).fetchall()
        finally:
            db.close()
    return usage


def periods(now: datetime, since: date | None = None) -> list[tuple[str, date, date]]:
    """The periods a report covers: today and the last seven days, or from `since` to today.

    Args:
        now: the moment of the report, with its time zone.
        since: the first day of a single period instead.

    Returns:
        (name, first day, last day) of each period.
    """
    today = now.date()
    if since is not None:
        return [("since", since, today)]
    return [("today", today, today),
            ("7days", today - timedelta(days=WEEK_DAYS - 1), today)]


def start_of(day: date, now: datetime) -> float:
    """Unix time of the midnight that starts `day` in the time zone of `now`."""
    return datetime.combine(day, time(), now.tzinfo).timestamp()


def summarize(usage: Usage, name: str, first_day: date, last_day: date,
              now: datetime) -> Period:
    """The numbers of one period.

    Args:
        usage: rows from `read`.
        name: the period's name ("today", "7days", "since").
        first_day: its first day.
        last_day: its last day (included).
        now: the moment of the report; its time zone sets days and hours.

    Returns:
        The period's visits, visit lengths, top items and visits per hour.
    """
    begin = start_of(first_day, now)
    end = start_of(last_day + timedelta(days=1), now)
    visits = [(start, stop) for start, stop in usage.visits if begin <= start < end]
    lengths = sorted(stop - start for start, stop in visits if stop is not None)
    hours = [0] * 24
    for start, _ in visits:
        hours[datetime.fromtimestamp(start, now.tzinfo).hour] += 1
    counts: Counter[str] = Counter()
    titles: dict[str, str] = {}
    for at, item, title in usage.opens:
        if begin <= at < end:
            counts[item] += 1
            titles[item] = title or titles.get(item, "")
    top = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:TOP_ITEMS]
    return Period(
        name=name, first_day=first_day, last_day=last_day, visits=len(visits),
        median_seconds=statistics.median(lengths) if lengths else None,
        p90_seconds=lengths[math.ceil(0.9 * len(lengths)) - 1] if lengths else None,
        top_items=tuple(ItemCount(key, titles[key], n) for key, n in top),
        hours=tuple(hours))


def report(paths: Sequence[Path], now: datetime, since: date | None = None) -> list[Period]:
    """Today and the last seven days (or from `since`) over the databases in `paths`.

    Args:
        paths: statistics databases, added together.
        now: the moment of the report, with its time zone.
        since: report one period from this day instead.

    Returns:
        One `Period` for each of `periods(now, since)`.
    """
    wanted = periods(now, since)
    usage = read(paths, min(start_of(first, now) for _, first, _ in wanted))
    return [summarize(usage, name, first, last, now) for name, first, last in wanted]


Namer = Callable[[ItemCount], str]


def stored_name(item: ItemCount) -> str:
    """The name an item had when it was opened, else its key."""
    return item.title or item.key


def duration(seconds: float | None) -> str:
    """`m:ss` (or `h:mm:ss`), `-` for None."""
    if seconds is None:
        return "-"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    return (f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours
            else f"{rest // 60}:{rest % 60:02d}")


_TITLES = {"today": "Today", "7days": "Last 7 days", "since": "Since"}


def format_text(report_periods: Sequence[Period], name: Namer = stored_name) -> str:
    """The report as staff read it in a terminal.

    Args:
        report_periods: from `report`.
        name: names an item (the stored name by default).

    Returns:
        Lines of text, ending with a newline.
    """
    out: list[str] = []
    for period in report_periods:
        days = (str(period.first_day) if period.first_day == period.last_day
                else f"{period.first_day} to {period.last_day}")
        out.append(f"{_TITLES.get(period.name, period.name)} ({days})")
        out.append(f"  visits: {period.visits}")
        out.append(f"  visit length: median {duration(period.median_seconds)}, "
                   f"90th percentile {duration(period.p90_seconds)}")
        out.append("  top items:" if period.top_items else "  top items: none")
        for item in period.top_items:
            named = name(item)
            out.append(f"  {item.opens:>6}  {named}" + (f"  ({item.key})" if named != item.key
                                                          else ""))
        busiest = max(period.hours)
        out.append("  visits per hour:" if busiest else "  visits per hour: none")
        for hour, count in enumerate(period.hours):
            if count:
                bar = "#" * max(1, round(30 * count / busiest))
                out.append(f"    {hour:02d}:00  {count:>5}  {bar}")
    return "\n".join(out) + "\n"


CSV_HEADER = ("period", "first_day", "last_day", "metric", "key", "name", "value")


def format_csv(report_periods: Sequence[Period], name: Namer = stored_name) -> str:
    """The same numbers as `format_text`, one per row (see `CSV_HEADER`).

    Metrics: `visits`; `median_seconds` and `p90_seconds` (empty without a finished visit);
    `top_item` (key, name, opens; most opened first); `visits_in_hour` (key the hour, 00-23).

    Args:
        report_periods: from `report`.
        name: names an item (the stored name by default).

    Returns:
        CSV text with a header row.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for period in report_periods:
        head = (period.name, period.first_day.isoformat(), period.last_day.isoformat())

        def seconds(value: float | None) -> str:
            return "" if value is None else f"{value:g}"

        writer.writerow((*head, "visits", "", "", period.visits))
        writer.writerow((*head, "median_seconds", "", "", seconds(period.median_seconds)))
        writer.writerow((*head, "p90_seconds", "", "", seconds(period.p90_seconds)))
        for item in period.top_items:
            writer.writerow((*head, "top_item", item.key, name(item), item.opens))
        for hour, count in enumerate(period.hours):
            writer.writerow((*head, "visits_in_hour", f"{hour:02d}", "", count))
    return buffer.getvalue()
