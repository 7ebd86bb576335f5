"""Office-hour arithmetic: evenings, weekends, Swedish holidays and eves, DST changes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contactcenter.officehours import OfficeHours, closed_days

STOCKHOLM = ZoneInfo("Europe/Stockholm")
HOURS = OfficeHours()
FOUR = dt.timedelta(hours=4)


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=STOCKHOLM)  # type: ignore[misc]


def test_swedish_holidays_and_eves_close_the_office_in_2026() -> None:
    assert closed_days("SE", 2026) == {
        dt.date(2026, 1, 1),  # nyårsdagen
        dt.date(2026, 1, 6),  # trettondedag jul
        dt.date(2026, 4, 3),  # långfredagen
        dt.date(2026, 4, 5),  # påskdagen
        dt.date(2026, 4, 6),  # annandag påsk
        dt.date(2026, 5, 1),  # första maj
        dt.date(2026, 5, 14),  # Kristi himmelsfärdsdag
        dt.date(2026, 5, 24),  # pingstdagen
        dt.date(2026, 6, 6),  # nationaldagen
        dt.date(2026, 6, 19),  # midsommarafton
        dt.date(2026, 6, 20),  # midsommardagen
        dt.date(2026, 10, 31),  # alla helgons dag
        dt.date(2026, 12, 24),  # julafton
        dt.date(2026, 12, 25),  # juldagen
        dt.date(2026, 12, 26),  # annandag jul
        dt.date(2026, 12, 31),  # nyårsafton
    }


@pytest.mark.parametrize(
    ("received", "due"),
    [
        pytest.param(local(2026, 3, 10, 9, 0), local(2026, 3, 10, 13, 0), id="morning"),
        pytest.param(local(2026, 3, 10, 13, 0), local(2026, 3, 10, 17, 0), id="ends-at-closing"),
        pytest.param(local(2026, 3, 10, 16, 0), local(2026, 3, 11, 11, 0), id="over-night"),
        pytest.param(local(2026, 3, 10, 20, 30), local(2026, 3, 11, 12, 0), id="evening"),
        pytest.param(local(2026, 3, 11, 6, 15), local(2026, 3, 11, 12, 0), id="early-morning"),
        pytest.param(local(2026, 3, 13, 16, 0), local(2026, 3, 16, 11, 0), id="weekend"),
        pytest.param(local(2026, 3, 14, 10, 0), local(2026, 3, 16, 12, 0), id="on-saturday"),
        # Midsommarafton (Fri 19 June) and midsommardagen are closed.
        pytest.param(local(2026, 6, 18, 15, 0), local(2026, 6, 22, 10, 0), id="midsummer"),
        # Julafton, juldagen, annandag jul (a Saturday) and the Sunday.
        pytest.param(local(2026, 12, 23, 16, 0), local(2026, 12, 28, 11, 0), id="christmas"),
        # Nyårsafton and nyårsdagen, then the weekend.
        pytest.param(local(2026, 12, 30, 16, 0), local(2027, 1, 4, 11, 0), id="new-year"),
        # Långfredagen and annandag påsk.
        pytest.param(local(2026, 4, 2, 16, 0), local(2026, 4, 7, 11, 0), id="easter"),
        pytest.param(local(2026, 5, 13, 15, 0), local(2026, 5, 15, 10, 0), id="ascension"),
        pytest.param(local(2025, 6, 5, 14, 0), local(2025, 6, 9, 9, 0), id="national-day"),
        # Clocks forward on Sunday 29 March 2026, back on Sunday 25 October 2026.
        pytest.param(local(2026, 3, 27, 16, 0), local(2026, 3, 30, 11, 0), id="dst-spring"),
        pytest.param(local(2026, 10, 23, 16, 0), local(2026, 10, 26, 11, 0), id="dst-autumn"),
    ],
)
def test_four_office_hours_after_receipt(received: dt.datetime, due: dt.datetime) -> None:
    answer = HOURS.add(received, FOUR)
    assert answer == due
    assert answer.tzinfo == dt.UTC
    assert HOURS.between(received, due) == FOUR


def test_dst_changes_move_the_window_with_the_clocks() -> None:
    before, after = HOURS.window(dt.date(2026, 3, 27)), HOURS.window(dt.date(2026, 3, 30))
    assert before is not None and after is not None
    assert before[0].time() == dt.time(7, 0)  # 08:00 CET
    assert after[0].time() == dt.time(6, 0)  # 08:00 CEST
    # The weekend is an hour shorter in real time, not in office time.
    friday, monday = local(2026, 3, 27, 16, 0), local(2026, 3, 30, 11, 0)
    # (Subtracting two times in one zone is wall-clock arithmetic; in UTC it is real.)
    assert monday.astimezone(dt.UTC) - friday.astimezone(dt.UTC) == dt.timedelta(hours=66)
    assert HOURS.between(friday, monday) == FOUR


def test_between_counts_only_open_time() -> None:
    friday_noon, monday_noon = local(2026, 3, 13, 12, 0), local(2026, 3, 16, 12, 0)
    assert HOURS.between(friday_noon, monday_noon) == dt.timedelta(hours=9)
    assert HOURS.between(local(2026, 3, 14, 9, 0), local(2026, 3, 15, 18, 0)) == dt.timedelta(0)
    assert HOURS.between(monday_noon, friday_noon) == dt.timedelta(0)
    week = HOURS.between(local(2026, 3, 9, 0, 0), local(2026, 3, 16, 0, 0))
    assert week == dt.timedelta(hours=45)


def test_is_open_includes_opening_and_excludes_closing() -> None:
    assert HOURS.is_open(local(2026, 3, 10, 8, 0))
    assert HOURS.is_open(local(2026, 3, 10, 16, 59))
    assert not HOURS.is_open(local(2026, 3, 10, 17, 0))
    assert not HOURS.is_open(local(2026, 12, 24, 10, 0))
    assert not HOURS.is_open(local(2026, 6, 19, 10, 0))


def test_office_hours_are_configurable() -> None:
    short = OfficeHours(
        opens=dt.time(9, 30),
        closes=dt.time(15, 0),
        weekdays=frozenset({0, 1, 2, 3}),
        extra_closed=frozenset({dt.date(2026, 3, 10)}),
    )
    # Monday 14:00: one office hour left that day; Tuesday is closed, so Wednesday 12:30.
    assert short.add(local(2026, 3, 9, 14, 0), FOUR) == local(2026, 3, 11, 12, 30)
    # Thursday 14:00: one hour, Friday is no weekday of this office, then Monday 12:30.
    assert short.add(local(2026, 3, 12, 14, 0), FOUR) == local(2026, 3, 16, 12, 30)
    helsinki = OfficeHours(timezone="Europe/Helsinki", country="FI")
    assert helsinki.add(local(2026, 3, 10, 7, 0), FOUR) == local(2026, 3, 10, 11, 0)


def test_eves_before_holidays_may_close_early() -> None:
    early = OfficeHours(eves_close=dt.time(13, 0))
    # Valborg (Thursday 30 April): 12:00-13:00, then May Day and the weekend are closed.
    valborg = local(2026, 4, 30, 12, 0)
    assert early.between(valborg, local(2026, 5, 4, 9, 0)) == dt.timedelta(hours=2)
    assert HOURS.between(valborg, local(2026, 5, 4, 9, 0)) == dt.timedelta(hours=6)
    assert not early.is_open(local(2026, 4, 30, 13, 0))
    assert early.is_open(local(2026, 4, 29, 16, 0))  # an ordinary day keeps its hours
    # Skärtorsdag 2 April 13:00 plus four hours: Good Friday to Easter Monday are closed.
    assert early.add(local(2026, 4, 2, 12, 0), FOUR) == local(2026, 4, 7, 11, 0)
    # Midsummer, Christmas and New Year's eves stay closed all day.
    assert not early.is_open(local(2026, 6, 19, 10, 0))
    assert early.window(dt.date(2026, 12, 24)) is None
    # The days before those are ordinary working days.
    for ordinary in (dt.date(2026, 6, 18), dt.date(2026, 12, 23), dt.date(2026, 12, 30)):
        assert early.is_open(local(ordinary.year, ordinary.month, ordinary.day, 16, 0))


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        # trettondagsafton, skärtorsdag, valborg, before Ascension, allhelgonaafton
        (2026, ["01-05", "04-02", "04-30", "05-13", "10-30"]),
        (2027, ["01-05", "03-25", "04-30", "05-05", "11-05"]),
        (2028, ["01-05", "04-13", "04-30", "05-24", "11-03"]),
    ],
)
def test_the_eves_that_close_early(year: int, expected: list[str]) -> None:
    from contactcenter.officehours import eves

    assert sorted(d.strftime("%m-%d") for d in eves("SE", year)) == expected
    assert eves("FI", year) == frozenset()


def test_closing_early_on_eves_and_extra_days_comes_from_settings() -> None:
    from django.test import override_settings

    from contactcenter.conf import service_levels

    conf = {"EVES_CLOSE": "14:00", "CLOSED_DATES": ["2026-05-15"]}
    service_levels.cache_clear()
    try:
        with override_settings(CONTACTCENTER=conf):
            hours = service_levels().office_hours
    finally:
        service_levels.cache_clear()
    assert hours.eves_close == dt.time(14, 0)
    assert hours.window(dt.date(2026, 5, 15)) is None  # the Friday after Ascension
    assert hours.window(dt.date(2026, 5, 13)) == (
        local(2026, 5, 13, 8, 0).astimezone(dt.UTC),
        local(2026, 5, 13, 14, 0).astimezone(dt.UTC),
    )


@pytest.mark.parametrize(
    "bad",
    [
        {"opens": dt.time(17), "closes": dt.time(8)},
        {"weekdays": frozenset()},
        {"weekdays": frozenset({7})},
        {"timezone": "Europe/Nowhere"},
        {"eves_close": dt.time(7, 0)},
        {"eves_close": dt.time(18, 0)},
    ],
)
def test_bad_configuration_is_refused(bad: dict[str, object]) -> None:
    with pytest.raises(Exception):  # noqa: B017 - ValueError or ZoneInfoNotFoundError
        OfficeHours(**bad)  # type: ignore[arg-type]


def test_naive_times_and_negative_amounts_are_refused() -> None:
    with pytest.raises(ValueError):
        HOURS.add(dt.datetime(2026, 3, 10, 9, 0), FOUR)
    with pytest.raises(ValueError):
        HOURS.between(local(2026, 3, 10, 9, 0), dt.datetime(2026, 3, 10, 10, 0))
    with pytest.raises(ValueError):
        HOURS.add(local(2026, 3, 10, 9, 0), -FOUR)


# --- Properties -------------------------------------------------------------------------------

moments = st.datetimes(
    min_value=dt.datetime(2024, 1, 1),
    max_value=dt.datetime(2030, 12, 31),
    timezones=st.just(dt.UTC),
)
amounts = st.integers(min_value=0, max_value=60 * 60 * 24 * 20).map(
    lambda s: dt.timedelta(seconds=s)
)


@settings(max_examples=300, deadline=None)
@given(start=moments, amount=amounts)
def test_adding_office_time_then_measuring_it_gives_it_back(
    start: dt.datetime, amount: dt.timedelta
) -> None:
    end = HOURS.add(start, amount)
    assert end >= start
    assert HOURS.between(start, end) == amount
    if amount:
        # It ends while open or exactly at a closing time, never in closed time.
        assert HOURS.is_open(end - dt.timedelta(microseconds=1))


@settings(max_examples=300, deadline=None)
@given(a=moments, b=moments, c=moments)
def test_office_time_adds_up_over_consecutive_spans(
    a: dt.datetime, b: dt.datetime, c: dt.datetime
) -> None:
    a, b, c = sorted([a, b, c])
    total = HOURS.between(a, c)
    assert HOURS.between(a, b) + HOURS.between(b, c) == total
    assert dt.timedelta(0) <= total <= c - a


@settings(max_examples=200, deadline=None)
@given(start=moments, first=amounts, second=amounts)
def test_adding_in_two_steps_is_adding_once(
    start: dt.datetime, first: dt.timedelta, second: dt.timedelta
) -> None:
    once = HOURS.add(start, first + second)
    if first:
        assert HOURS.add(HOURS.add(start, first), second) == once
    assert HOURS.add(start, first) <= once


@pytest.mark.parametrize(
    "conf",
    [{"EVES_CLOSE": "sent"}, {"CLOSED_DATES": ["2026-13-01"]}, {"TIME_ZONE": "Europe/Nowhere"}],
)
def test_bad_contact_center_settings_fail_the_system_check(conf: dict[str, object]) -> None:
    from django.test import override_settings

    from contactcenter.apps import check_service_levels

    with override_settings(CONTACTCENTER=conf):
        errors = check_service_levels()
    assert [e.id for e in errors] == ["contactcenter.E001"]
    assert check_service_levels() == []
