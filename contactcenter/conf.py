"""The contact center's service levels and office hours, from settings.CONTACTCENTER."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from django.conf import settings

from contactcenter.officehours import OfficeHours


@dataclass(frozen=True)
class ServiceLevels:
    office_hours: OfficeHours
    phone_answer: dt.timedelta  # wall-clock time to answer the phone
    email_answer: dt.timedelta  # office time to answer an e-mail
    task_due: dt.timedelta  # office time the receiving organisation has for a forwarded task
    first_contact_goal: float  # share of contacts resolved at first contact


DEFAULTS = {
    "OPENS": "08:00",
    "CLOSES": "17:00",
    "WEEKDAYS": [0, 1, 2, 3, 4],
    "TIME_ZONE": "Europe/Stockholm",
    "COUNTRY": "SE",
    "EVES_CLOSE": None,  # e.g. "13:00": closing time on the eves before holidays
    "CLOSED_DATES": [],  # ISO dates the city closes besides holidays (klämdagar)
    "PHONE_ANSWER_SECONDS": 20,
    "EMAIL_ANSWER_OFFICE_HOURS": 4,
    "TASK_DUE_OFFICE_HOURS": 16,
    "FIRST_CONTACT_GOAL": 0.8,
}


@cache
def service_levels() -> ServiceLevels:
    """The configured levels; settings.CONTACTCENTER overrides any of DEFAULTS."""
    conf = {**DEFAULTS, **getattr(settings, "CONTACTCENTER", {})}
    hours = OfficeHours(
        opens=dt.time.fromisoformat(str(conf["OPENS"])),
        closes=dt.time.fromisoformat(str(conf["CLOSES"])),
        weekdays=frozenset(int(d) for d in conf["WEEKDAYS"]),  # type: ignore[attr-defined]
        timezone=str(conf["TIME_ZONE"]),
        country=str(conf["COUNTRY"]),
        extra_closed=frozenset(dt.date.fromisoformat(str(d)) for d in conf["CLOSED_DATES"]),  # type: ignore[attr-defined]
        eves_close=dt.time.fromisoformat(str(conf["EVES_CLOSE"])) if conf["EVES_CLOSE"] else None,
    )
    return ServiceLevels(
        office_hours=hours,
        phone_answer=dt.timedelta(seconds=float(conf["PHONE_ANSWER_SECONDS"])),  # type: ignore[arg-type]
        email_answer=dt.timedelta(hours=float(conf["EMAIL_ANSWER_OFFICE_HOURS"])),  # type: ignore[arg-type]
        task_due=dt.timedelta(hours=float(conf["TASK_DUE_OFFICE_HOURS"])),  # type: ignore[arg-type]
        first_contact_goal=float(conf["FIRST_CONTACT_GOAL"]),  # type: ignore[arg-type]
    )
