"""Reports over scripted visits: exact visits, lengths, top items and hours; CSV; merge."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kiosk import cli
from kiosk.stats import report
from kiosk.stats.recorder import UsageRecorder
from kiosk.stats.report import ItemCount, start_of
from tests.stats.scripted import KIOSK_A, KIOSK_B, Visit, script

BEIJING = timezone(timedelta(hours=8))
NOW = datetime(2026, 12, 2, 15, 0, tzinfo=BEIJING)
TODAY = NOW.date()


@pytest.fixture
def kiosks(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    script(a, KIOSK_A, TODAY, BEIJING)
    script(b, KIOSK_B, TODAY, BEIJING)
    return a, b


def hours(**counts: int) -> tuple[int, ...]:
    return tuple(counts.get(f"h{hour:02d}", 0) for hour in range(24))


def test_one_kiosk_today_and_last_seven_days(kiosks: tuple[Path, Path]) -> None:
    today, week = report.report([kiosks[0]], NOW)
    assert today == report.Period(
        "today", TODAY, TODAY, visits=3, median_seconds=60, p90_seconds=120,
        top_items=(ItemCount("exhibit:e-1", "机器人", 2),
                   ItemCount("achievement:a-1", "成果一", 1),
                   ItemCount("exhibit:e-2", "机器狗", 1)),
        hours=hours(h09=2, h14=1))
    assert week == report.Period(
        "7days", date(2026, 11, 26), TODAY, visits=4, median_seconds=90, p90_seconds=300,
        top_items=(ItemCount("achievement:a-1", "成果一", 3),
                   ItemCount("exhibit:e-1", "机器人", 2),
                   ItemCount("exhibit:e-2", "机器狗", 1)),
        hours=hours(h09=2, h10=1, h14=1))


def test_merged_kiosks_add_up(kiosks: tuple[Path, Path]) -> None:
    today, week = report.report(list(kiosks), NOW)
    assert (today.visits, today.median_seconds, today.p90_seconds) == (4, 75, 120)
    assert [(i.key, i.opens) for i in today.top_items] == [
        ("exhibit:e-1", 2), ("exhibit:e-2", 2), ("achievement:a-1", 1)]
    assert today.hours == hours(h09=3, h14=1)
    assert (week.visits, week.median_seconds, week.p90_seconds) == (6, 105, 600)
    assert [(i.key, i.opens) for i in week.top_items] == [
        ("achievement:a-1", 3), ("exhibit:e-1", 2), ("exhibit:e-2", 2), ("figure:f-1", 1)]
    assert week.hours == hours(h09=3, h10=1, h14=1, h16=1)


def test_since_reports_one_period(kiosks: tuple[Path, Path]) -> None:
    (period,) = report.report([kiosks[0]], NOW, since=date(2026, 11, 24))
    assert (period.name, period.first_day, period.visits) == ("since", date(2026, 11, 24), 5)
    assert (period.median_seconds, period.p90_seconds) == (60, 300)


def test_visits_staff_made_are_left_out(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    script(path, KIOSK_A, TODAY, BEIJING)
    recorder = UsageRecorder(path, clock=lambda: start_of(TODAY, NOW) + 12 * 3600)
    recorder.visit_started("zh")
    recorder.screen_shown("exhibit", "exhibit:e-2", "机器狗")
    recorder.event("admin")  # the PIN pad was unlocked in this visit
    recorder.visit_ended("zh")
    recorder.close()
    today, _ = report.report([path], NOW)
    assert (today.visits, today.hours[12]) == (3, 0)
    assert ItemCount("exhibit:e-2", "机器狗", 1) in today.top_items


def test_the_top_is_ten_items(tmp_path: Path) -> None:
    keys = [f"exhibit:x{n:02d}" for n in range(12)]
    script(tmp_path / "k.db", [Visit(0, "10:00", 100, tuple(keys))], TODAY, BEIJING)
    (today, _) = report.report([tmp_path / "k.db"], NOW)
    assert [i.key for i in today.top_items] == keys[:10]


def test_nothing_recorded(tmp_path: Path) -> None:
    script(tmp_path / "empty.db", [], TODAY, BEIJING)
    today, _ = report.report([tmp_path / "empty.db"], NOW)
    assert (today.visits, today.median_seconds, today.top_items) == (0, None, ())
    assert "visits: 0" in report.format_text([today])
    assert "today,2026-12-02,2026-12-02,median_seconds,,," in report.format_csv([today])


@pytest.fixture
def beijing_clock(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[date]:
    """The process's local time zone set to Beijing (the command line reports local days);
    no content cache, so items are named as recorded."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    monkeypatch.setenv("ZGC_KIOSK_CACHE", str(tmp_path / "no-cache"))
    time.tzset()
    yield datetime.now(BEIJING).date()
    monkeypatch.undo()
    time.tzset()


def test_cli_csv_of_merged_kiosks(beijing_clock: date, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    script(a, KIOSK_A, beijing_clock, BEIJING)
    script(b, KIOSK_B, beijing_clock, BEIJING)
    config = tmp_path / "kiosk.toml"
    config.write_text("", encoding="utf-8")
    assert cli.main(["stats", "--config", str(config), "--csv", "--merge", str(a), str(b)]) == 0
    rows = capsys.readouterr().out.splitlines()
    day, week = beijing_clock.isoformat(), (beijing_clock - timedelta(days=6)).isoformat()
    assert rows[0] == "period,first_day,last_day,metric,key,name,value"
    assert [r for r in rows if not r.endswith(",0") or "visits_in_hour" not in r] == [
        "period,first_day,last_day,metric,key,name,value",
        f"today,{day},{day},visits,,,4",
        f"today,{day},{day},median_seconds,,,75",
        f"today,{day},{day},p90_seconds,,,120",
        f"today,{day},{day},top_item,exhibit:e-1,机器人,2",
        f"today,{day},{day},top_item,exhibit:e-2,机器狗,2",
        f"today,{day},{day},top_item,achievement:a-1,成果一,1",
        f"today,{day},{day},visits_in_hour,09,,3",
        f"today,{day},{day},visits_in_hour,14,,1",
        f"7days,{week},{day},visits,,,6",
        f"7days,{week},{day},median_seconds,,,105",
        f"7days,{week},{day},p90_seconds,,,600",
        f"7days,{week},{day},top_item,achievement:a-1,成果一,3",
        f"7days,{week},{day},top_item,exhibit:e-1,机器人,2",
        f"7days,{week},{day},top_item,exhibit:e-2,机器狗,2",
        f"7days,{week},{day},top_item,figure:f-1,1000台 机器人,1",
        f"7days,{week},{day},visits_in_hour,09,,3",
        f"7days,{week},{day},visits_in_hour,10,,1",
        f"7days,{week},{day},visits_in_hour,14,,1",
        f"7days,{week},{day},visits_in_hour,16,,1",
    ]
    assert sum("visits_in_hour" in r for r in rows) == 48


def test_cli_text_report_since_a_day(beijing_clock: date, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "usage.db"
    script(path, KIOSK_A, beijing_clock, BEIJING)
    config = tmp_path / "kiosk.toml"
    config.write_text(f'stats_path = "{path}"\n', encoding="utf-8")
    since = (beijing_clock - timedelta(days=8)).isoformat()
    assert cli.main(["stats", "--config", str(config), "--since", since]) == 0
    out = capsys.readouterr().out
    assert f"Since ({since} to {beijing_clock.isoformat()})" in out
    assert "  visits: 5\n  visit length: median 1:00, 90th percentile 5:00\n" in out
    assert "       3  成果一  (achievement:a-1)\n       3  机器人  (exhibit:e-1)\n" in out


@pytest.mark.parametrize(("args", "message"), [
    (["--merge", "nowhere.db"], "error: no statistics database at nowhere.db"),
    (["--since", "yesterday"], "expected YYYY-MM-DD, got 'yesterday'"),
])
def test_cli_refuses(args: list[str], message: str, tmp_path: Path,
                     capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["stats", *args]) == 2
    assert message in capsys.readouterr().err
