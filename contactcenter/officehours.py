"""Office-hour arithmetic: how much office time lies between two moments, and when a
given amount of office time has passed.

Pure Python, no Django. Office hours are a daily window in a time zone on given weekdays;
Swedish public holidays close the office all day, and so do midsummer eve, Christmas eve
and New Year's eve, as at Swedish authorities. Holidays come from the `holidays` package
(its public and de facto categories for Sweden). Times are aware datetimes; the window is
applied in local time, so a DST change moves it with the clocks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from dateutil.easter import easter

WEEKDAYS = frozenset({0, 1, 2, 3, 4})  # Monday to Friday
# Public holidays, plus the eves the holidays package files as "de facto" (midsommarafton,
# julafton, nyårsafton): offices are closed on them.
HOLIDAY_CATEGORIES = ("public", "de_facto")
# No office-hour question spans more than this; a longer one is a programming error.
MAX_SPAN = dt.timedelta(days=3660)


@lru_cache(maxsize=64)
def closed_days(country: str, year: int) -> frozenset[dt.date]:
    """The holidays that close the office for the whole day in this country and year."""
    supported = holidays.country_holidays(country).supported_categories
    categories = tuple(c for c in HOLIDAY_CATEGORIES if c in supported)
    found = holidays.country_holidays(country, years=year, categories=categories)
    return frozenset(found.keys())


@lru_cache(maxsize=64)
def eves(country: str, year: int) -> frozenset[dt.date]:
    """The eves Swedish authorities close early on ("dag före röd dag"): trettondagsafton
    (5 January), skärtorsdag, valborgsmässoafton (30 April), the day before Ascension and
    allhelgonaafton (the Friday before All Saints' Day). Midsummer, Christmas and New
    Year's eves close all day (closed_days). Other countries have none here."""
    if country != "SE":
        return frozenset()
    day = dt.timedelta(days=1)
    easter_day = easter(year)
    all_saints = dt.date(year, 10, 31) + dt.timedelta(
        days=(5 - dt.date(year, 10, 31).weekday()) % 7
    )
    found = {
        dt.date(year, 1, 5),
        easter_day - 3 * day,  # skärtorsdag
        dt.date(year, 4, 30),
        easter_day + 38 * day,  # the day before Ascension (easter + 39)
        all_saints - day,
    }
    return frozenset(found - closed_days(country, year))


@dataclass(frozen=True)
class OfficeHours:
    """When the office is open: `opens`-`closes` local time on `weekdays` (0 = Monday),
    except on the country's holidays and `extra_closed` dates; on the eves before
    holidays it closes at `eves_close` when that is set (at `closes` otherwise)."""

    opens: dt.time = dt.time(8, 0)
    closes: dt.time = dt.time(17, 0)
    timezone: str = "Europe/Stockholm"
    weekdays: frozenset[int] = WEEKDAYS
    country: str = "SE"
    extra_closed: frozenset[dt.date] = field(default_factory=frozenset)
    eves_close: dt.time | None = None

    def __post_init__(self) -> None:
        if not self.opens < self.closes:
            raise ValueError("Office hours must open before they close on the same day.")
        if self.eves_close is not None and not self.opens < self.eves_close <= self.closes:
            raise ValueError("On eves the office closes after opening and by its usual time.")
        if not self.weekdays or not self.weekdays <= set(range(7)):
            raise ValueError("Weekdays are numbers 0 (Monday) to 6 (Sunday), at least one.")
        ZoneInfo(self.timezone)  # an unknown zone fails here, not at the first question

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def is_office_day(self, day: dt.date) -> bool:
        return (
            day.weekday() in self.weekdays
            and day not in closed_days(self.country, day.year)
            and day not in self.extra_closed
        )

    def window(self, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
        """The day's opening and closing moments (aware, UTC), None on a closed day."""
        if not self.is_office_day(day):
            return None
        zone = self.zone
        closes = self.closes
        if self.eves_close is not None and day in eves(self.country, day.year):
            closes = self.eves_close
        start = dt.datetime.combine(day, self.opens, tzinfo=zone).astimezone(dt.UTC)
        end = dt.datetime.combine(day, closes, tzinfo=zone).astimezone(dt.UTC)
        return start, end

    def is_open(self, moment: dt.datetime) -> bool:
        """True while the office is open at this moment (opening included, closing not)."""
        window = self.window(_aware(moment).astimezone(self.zone).date())
        return window is not None and window[0] <= moment < window[1]

    def _windows_from(self, day: dt.date) -> Iterator[tuple[dt.datetime, dt.datetime]]:
        last = day + MAX_SPAN + dt.timedelta(days=366)
        while day <= last:
            window = self.window(day)
            if window is not None:
                yield window
            day += dt.timedelta(days=1)

    def between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """The office time from `start` to `end` (zero if `end` is not after `start`)."""
        start, end = _utc(start), _utc(end)
        if end <= start:
            return dt.timedelta(0)
        if end - start > MAX_SPAN:
            raise ValueError("Office time is counted over at most ten years.")
        total = dt.timedelta(0)
        for opens, closes in self._windows(start, end):
            overlap = min(closes, end) - max(opens, start)
            if overlap > dt.timedelta(0):
                total += overlap
        return total

    def _windows(
        self, start: dt.datetime, end: dt.datetime
    ) -> Iterable[tuple[dt.datetime, dt.datetime]]:
        for window in self._windows_from(start.astimezone(self.zone).date()):
            if window[0] >= end:
                return
            yield window

    def add(self, start: dt.datetime, amount: dt.timedelta) -> dt.datetime:
        """The moment (UTC) when `amount` of office time has passed since `start`.

        Zero is `start` itself. A positive amount that ends exactly at closing time ends
        then, not at the next opening: "within 4 office hours" of 13:00 is 17:00.
        """
        start = _utc(start)
        if amount < dt.timedelta(0):
            raise ValueError("Office time cannot be negative.")
        if amount > MAX_SPAN:
            raise ValueError("Office time is counted over at most ten years.")
        if amount == dt.timedelta(0):
            return start
        left = amount
        for opens, closes in self._windows_from(start.astimezone(self.zone).date()):
            begin = max(opens, start)
            if begin >= closes:
                continue
            if closes - begin >= left:
                return begin + left
            left -= closes - begin
        raise ValueError("The office is closed for longer than office time is counted.")


def _aware(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("Office-hour arithmetic needs aware datetimes.")
    return moment


def _utc(moment: dt.datetime) -> dt.datetime:
    # Arithmetic on aware datetimes in one zone is wall-clock arithmetic; in UTC it is real.
    return _aware(moment).astimezone(dt.UTC)
