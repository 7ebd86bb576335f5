"""Whether a unit is open: regular hours, exceptions, nights past midnight, daylight saving."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from cms.openinghours import OpeningHours, opening_hours_from_blocks

STOCKHOLM = ZoneInfo("Europe/Stockholm")
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=STOCKHOLM)


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def hours(*blocks: tuple[str, dict[str, object]]) -> OpeningHours:
    return opening_hours_from_blocks([{"type": kind, "value": value} for kind, value in blocks])


LIBRARY = hours(
    ("regular", {"weekdays": WEEKDAYS, "opens": "08:00", "closes": "17:00"}),
    ("regular", {"weekdays": ["sat"], "opens": "10:00", "closes": "14:00"}),
    ("exception", {"date": "2026-06-19", "opens": None, "closes": None, "note": "Midsommarafton"}),
    ("exception", {"date": "2026-12-23", "opens": "08:00", "closes": "12:00", "note": ""}),
)
NIGHT_SHELTER = hours(
    ("regular", {"weekdays": ["fri", "sat"], "opens": "22:00", "closes": "06:00"}),
)


def test_regular_hours_include_opening_and_exclude_closing() -> None:
    # Tuesday 10 March 2026
    assert not LIBRARY.is_open(local(2026, 3, 10, 7, 59))
    assert LIBRARY.is_open(local(2026, 3, 10, 8, 0))
    assert LIBRARY.is_open(local(2026, 3, 10, 16, 59, 59))
    assert not LIBRARY.is_open(local(2026, 3, 10, 17, 0))
    assert LIBRARY.is_open(local(2026, 3, 14, 11, 0))  # Saturday
    assert not LIBRARY.is_open(local(2026, 3, 15, 11, 0))  # Sunday: no hours


def test_hours_are_the_citys_wall_clock_in_summer_and_winter() -> None:
    # 15:30 UTC is 16:30 in winter (CET) and 17:30 in summer (CEST).
    assert LIBRARY.is_open(utc(2026, 1, 13, 15, 30))
    assert not LIBRARY.is_open(utc(2026, 7, 14, 15, 30))
    # 06:30 UTC is 07:30 in winter, 08:30 in summer.
    assert not LIBRARY.is_open(utc(2026, 1, 13, 6, 30))
    assert LIBRARY.is_open(utc(2026, 7, 14, 6, 30))


def test_a_holiday_exception_closes_the_day() -> None:
    assert not LIBRARY.is_open(local(2026, 6, 19, 10, 0))  # Friday, midsommarafton
    assert LIBRARY.is_open(local(2026, 6, 18, 10, 0))


def test_an_exception_with_hours_replaces_the_days_regular_hours() -> None:
    assert LIBRARY.is_open(local(2026, 12, 23, 11, 59))
    assert not LIBRARY.is_open(local(2026, 12, 23, 12, 0))


def test_an_exception_opens_a_day_without_regular_hours() -> None:
    sunday_opening = hours(
        ("regular", {"weekdays": WEEKDAYS, "opens": "08:00", "closes": "17:00"}),
        ("exception", {"date": "2026-11-29", "opens": "12:00", "closes": "16:00", "note": ""}),
    )
    assert sunday_opening.is_open(local(2026, 11, 29, 13, 0))
    assert not sunday_opening.is_open(local(2026, 12, 6, 13, 0))


def test_overnight_hours_run_past_midnight() -> None:
    # Friday 6 March 2026 22:00 to Saturday 06:00, Saturday 22:00 to Sunday 06:00.
    assert not NIGHT_SHELTER.is_open(local(2026, 3, 6, 21, 59))
    assert NIGHT_SHELTER.is_open(local(2026, 3, 6, 23, 30))
    assert NIGHT_SHELTER.is_open(local(2026, 3, 7, 5, 59))
    assert not NIGHT_SHELTER.is_open(local(2026, 3, 7, 6, 0))
    assert NIGHT_SHELTER.is_open(local(2026, 3, 8, 3, 0))  # Sunday morning
    assert not NIGHT_SHELTER.is_open(local(2026, 3, 9, 3, 0))  # Monday morning


def test_an_exception_does_not_cut_short_the_night_before() -> None:
    shelter = hours(
        ("regular", {"weekdays": ["fri", "sat"], "opens": "22:00", "closes": "06:00"}),
        ("exception", {"date": "2026-03-07", "note": "Stängt lördag"}),
    )
    assert shelter.is_open(local(2026, 3, 7, 3, 0))  # Friday's night goes on
    assert not shelter.is_open(local(2026, 3, 7, 23, 0))  # Saturday's is cancelled


def test_a_night_across_the_spring_change_is_an_hour_shorter() -> None:
    # Clocks go from 02:00 to 03:00 on Sunday 29 March 2026.
    start = utc(2026, 3, 28, 21, 0)  # Saturday 22:00 CET
    assert NIGHT_SHELTER.is_open(start)
    assert not NIGHT_SHELTER.is_open(start - dt.timedelta(seconds=1))
    assert NIGHT_SHELTER.is_open(utc(2026, 3, 29, 1, 30))  # 03:30 CEST
    assert NIGHT_SHELTER.is_open(utc(2026, 3, 29, 3, 59))  # 05:59 CEST
    assert not NIGHT_SHELTER.is_open(utc(2026, 3, 29, 4, 0))  # 06:00 CEST: 7 hours open


def test_a_night_across_the_autumn_change_is_an_hour_longer() -> None:
    # Clocks go from 03:00 back to 02:00 on Sunday 25 October 2026.
    assert NIGHT_SHELTER.is_open(utc(2026, 10, 24, 20, 0))  # Saturday 22:00 CEST
    assert NIGHT_SHELTER.is_open(utc(2026, 10, 25, 4, 59))  # 05:59 CET
    assert not NIGHT_SHELTER.is_open(utc(2026, 10, 25, 5, 0))  # 06:00 CET: 9 hours open


def test_daytime_hours_on_the_change_days_follow_the_new_offset() -> None:
    weekend = hours(("regular", {"weekdays": ["sun"], "opens": "10:00", "closes": "16:00"}))
    assert weekend.is_open(utc(2026, 3, 29, 8, 0))  # 10:00 CEST
    assert not weekend.is_open(utc(2026, 3, 29, 7, 59))
    assert weekend.is_open(utc(2026, 10, 25, 9, 0))  # 10:00 CET
    assert not weekend.is_open(utc(2026, 10, 25, 8, 59))


def test_no_hours_and_unreadable_blocks_are_never_open() -> None:
    broken = hours(
        ("regular", {"weekdays": ["mon"], "opens": "8", "closes": None}),
        ("exception", {"date": "inte ett datum"}),
    )
    assert broken.is_empty
    assert not broken.is_open(local(2026, 3, 9, 12, 0))


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError):
        LIBRARY.is_open(dt.datetime(2026, 3, 10, 12, 0))
