"""Whether a unit is open at a moment, from its structured opening hours.

Hours are wall-clock times in the city's time zone (Europe/Stockholm). Each day has the
windows of its regular hours, unless an exception names that date: then only the
exception's window (or none: closed). A window whose closing time is not after its
opening time runs past midnight and ends on the next day; an exception replaces the
windows that start on its date, so the night before still ends as planned. Windows are
compared as instants, so a night across a daylight-saving change is as long as it
really is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

CITY_TIMEZONE = ZoneInfo("Europe/Stockholm")
WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Window:
    opens: dt.time
    closes: dt.time


@dataclass(frozen=True)
class OpeningHours:
    """Regular windows per weekday (0 = Monday) and exceptions per date."""

    regular: dict[int, tuple[Window, ...]] = field(default_factory=dict)
    exceptions: dict[dt.date, Window | None] = field(default_factory=dict)
    notes: dict[dt.date, str] = field(default_factory=dict)  # why an exception is made
    zone: ZoneInfo = CITY_TIMEZONE

    @property
    def is_empty(self) -> bool:
        return not self.regular and not self.exceptions

    def windows_on(self, day: dt.date) -> tuple[Window, ...]:
        """The windows that start on `day`."""
        if day in self.exceptions:
            exception = self.exceptions[day]
            return () if exception is None else (exception,)
        return self.regular.get(day.weekday(), ())

    def _instants(self, day: dt.date) -> Iterator[tuple[dt.datetime, dt.datetime]]:
        for window in self.windows_on(day):
            end_day = day if window.closes > window.opens else day + dt.timedelta(days=1)
            yield (
                dt.datetime.combine(day, window.opens, tzinfo=self.zone),
                dt.datetime.combine(end_day, window.closes, tzinfo=self.zone),
            )

    def is_open(self, moment: dt.datetime) -> bool:
        """True when `moment` (time-zone aware) lies in a window: opening included,
        closing excluded."""
        if moment.tzinfo is None:
            raise ValueError("The moment must be time-zone aware.")
        instant = moment.astimezone(dt.UTC)
        today = moment.astimezone(self.zone).date()
        for day in (today - dt.timedelta(days=1), today):
            for start, end in self._instants(day):
                if start.astimezone(dt.UTC) <= instant < end.astimezone(dt.UTC):
                    return True
        return False


def _time(value: Any) -> dt.time | None:
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.time.fromisoformat(value)
        except ValueError:
            return None
    return None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def opening_hours_from_blocks(raw: Iterable[dict[str, Any]]) -> OpeningHours:
    """Opening hours from the stored blocks of `UnitPage.opening_hours` (its raw data).

    A block with times missing or unreadable is left out rather than guessed at.
    """
    regular: dict[int, list[Window]] = {}
    exceptions: dict[dt.date, Window | None] = {}
    notes: dict[dt.date, str] = {}
    for block in raw:
        value = block.get("value") or {}
        opens, closes = _time(value.get("opens")), _time(value.get("closes"))
        if block.get("type") == "regular" and opens is not None and closes is not None:
            for code in value.get("weekdays") or []:
                if code in WEEKDAY_CODES:
                    regular.setdefault(WEEKDAY_CODES.index(code), []).append(Window(opens, closes))
        elif block.get("type") == "exception" and (day := _date(value.get("date"))) is not None:
            if opens is not None and closes is not None:
                exceptions[day] = Window(opens, closes)
            else:
                exceptions[day] = None  # closed all day
            notes[day] = str(value.get("note") or "")
    return OpeningHours(
        regular={day: tuple(windows) for day, windows in regular.items()},
        exceptions=exceptions,
        notes=notes,
    )
