"""Reads of units (the places that serve citizens) for lists, maps and one unit.

No GIS extension is needed: a bounding box narrows the rows in SQL (plain comparisons on
the latitude and longitude columns, indexable on SQLite and PostgreSQL alike), then the
great-circle distance is computed for what is left. A city has some thousands of units,
so the matching set is filtered and sorted in memory after one query.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from django.db.models import Q
from django.utils import timezone

from cms.directory import Directory, directory
from cms.models import Organisation, UnitPage, UnitType
from cms.openinghours import (
    CITY_TIMEZONE,
    WEEKDAY_CODES,
    OpeningHours,
    opening_hours_from_blocks,
)
from cms.representation import contact_data, organisation_data, unit_type_data
from search.engines.base import EARTH_RADIUS_M, distance_m

_ROW_FIELDS = (
    "id",
    "title",
    "url_path",
    "locale_id",
    "unit_type_id",
    "organisation_id",
    "operator",
    "street_address",
    "postal_code",
    "post_town",
    "latitude",
    "longitude",
    "opening_hours",
)
_DETAIL_FIELDS = (*_ROW_FIELDS, "summary", "accessibility", "phone", "email", "contact_id")
_MICRO = Decimal("0.000001")


@dataclass(frozen=True)
class UnitFilter:
    """What a list of units is narrowed to; every given filter must hold."""

    locale: str = "sv"
    unit_type: str | None = None  # the unit type's slug
    organisation: str | None = None  # the owning organisation's slug
    open_now: bool | None = None
    near: tuple[float, float] | None = None  # (lat, lon): sorts by distance
    radius: float | None = None  # metres around `near`
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat


def circle_box(lat: float, lon: float, radius: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) of every point within `radius` metres."""
    angle = radius / EARTH_RADIUS_M
    min_lat, max_lat = lat - math.degrees(angle), lat + math.degrees(angle)
    if min_lat <= -90 or max_lat >= 90:
        return max(min_lat, -90.0), min(max_lat, 90.0), -180.0, 180.0
    # The widest point of a spherical cap is asin(sin r / cos lat) either side.
    ratio = math.sin(angle) / math.cos(math.radians(lat))
    dlon = 180.0 if ratio >= 1 else math.degrees(math.asin(ratio))
    return min_lat, max_lat, lon - dlon, lon + dlon


def _box_q(min_lat: float, max_lat: float, min_lon: float, max_lon: float) -> Q:
    # Rounded outwards to the columns' six decimals: the box never loses an edge point.
    q = Q(
        latitude__gte=Decimal(repr(min_lat)).quantize(_MICRO, ROUND_FLOOR),
        latitude__lte=Decimal(repr(max_lat)).quantize(_MICRO, ROUND_CEILING),
    )
    if min_lon > -180 or max_lon < 180:
        q &= Q(
            longitude__gte=Decimal(repr(max(min_lon, -180.0))).quantize(_MICRO, ROUND_FLOOR),
            longitude__lte=Decimal(repr(min(max_lon, 180.0))).quantize(_MICRO, ROUND_CEILING),
        )
    return q


def public_units(d: Directory, fields: tuple[str, ...]) -> Any:
    """Live units outside every view restriction, as rows of `fields` (no query yet)."""
    units = UnitPage.objects.live()
    if d.restricted_paths:
        units = units.exclude(d.restricted())
    return units.values(*fields)


def unit_list(flt: UnitFilter, *, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Published units matching `flt`, as API data, in one query.

    Nearest first when `near` is given, else by title. A slug that names nothing
    matches nothing.
    """
    d = directory()
    units = public_units(d, _ROW_FIELDS).filter(locale_id=d.locale_ids.get(flt.locale, 0))
    if flt.unit_type is not None:
        units = units.filter(unit_type_id=d.source_id_for_slug(UnitType, flt.unit_type) or 0)
    if flt.organisation is not None:
        org_id = d.source_id_for_slug(Organisation, flt.organisation)
        units = units.filter(organisation_id=org_id or 0)
    if flt.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = flt.bbox
        units = units.filter(_box_q(min_lat, max_lat, min_lon, max_lon))
    if flt.near is not None and flt.radius is not None:
        units = units.filter(_box_q(*circle_box(*flt.near, flt.radius)))
    moment = now or timezone.now()
    found = []
    for row in units.order_by("title", "id"):
        data, _hours = _unit_data(d, row, moment)
        if flt.open_now is not None and data["open_now"] is not flt.open_now:
            continue
        if flt.near is not None:
            location = (data["location"]["lat"], data["location"]["lon"])
            distance = distance_m(flt.near, location)
            if flt.radius is not None and distance > flt.radius:
                continue
            data["distance"] = round(distance, 1)
        found.append(data)
    if flt.near is not None:
        found.sort(key=lambda item: item["distance"])
    return found


def unit_detail(unit_id: int, *, now: dt.datetime | None = None) -> dict[str, Any] | None:
    """One published unit with its hours, accessibility and contact details, in one query."""
    d = directory()
    row = public_units(d, _DETAIL_FIELDS).filter(pk=unit_id).first()
    if row is None:
        return None
    moment = now or timezone.now()
    data, hours = _unit_data(d, row, moment)
    data.update(
        {
            "summary": row["summary"],
            "opening_hours": _hours_data(hours, since=moment.astimezone(CITY_TIMEZONE).date()),
            "accessibility": [
                {"fact": block["value"].get("fact", ""), "note": block["value"].get("note", "")}
                for block in _raw(row["accessibility"])
                if block.get("type") == "fact"
            ],
            "phone": row["phone"],
            "email": row["email"],
            "contact": contact_data(d, row["contact_id"], row["locale_id"]),
        }
    )
    return data


def _raw(stream: Any) -> list[dict[str, Any]]:
    return list(stream.raw_data) if stream is not None else []


def _unit_data(
    d: Directory, row: dict[str, Any], moment: dt.datetime
) -> tuple[dict[str, Any], OpeningHours]:
    hours = opening_hours_from_blocks(_raw(row["opening_hours"]))
    locale_id = row["locale_id"]
    data = {
        "id": row["id"],
        "title": row["title"],
        "type": unit_type_data(d, row["unit_type_id"], locale_id),
        "operator": row["operator"],
        "organisation": organisation_data(d, row["organisation_id"], locale_id),
        "address": {
            "street_address": row["street_address"],
            "postal_code": row["postal_code"],
            "post_town": row["post_town"],
        },
        "location": {"lat": float(row["latitude"]), "lon": float(row["longitude"])},
        "distance": None,
        "open_now": None if hours.is_empty else hours.is_open(moment),
        "locale": d.language_codes.get(locale_id, ""),
        "path": d.frontend_path(row["url_path"], locale_id) if row["url_path"] else None,
    }
    return data, hours


def _hours_data(hours: OpeningHours, *, since: dt.date) -> dict[str, Any]:
    """Regular hours grouped by their times, and the exceptions from `since` on."""
    regular: dict[tuple[dt.time, dt.time], list[str]] = {}
    for weekday, windows in sorted(hours.regular.items()):
        for window in windows:
            regular.setdefault((window.opens, window.closes), []).append(WEEKDAY_CODES[weekday])
    return {
        "timezone": str(CITY_TIMEZONE),
        "regular": [
            {"weekdays": days, "opens": _hhmm(opens), "closes": _hhmm(closes)}
            for (opens, closes), days in regular.items()
        ],
        "exceptions": [
            {
                "date": day.isoformat(),
                "opens": _hhmm(window.opens) if window else None,
                "closes": _hhmm(window.closes) if window else None,
                "note": hours.notes.get(day, ""),
            }
            for day, window in sorted(hours.exceptions.items())
            if day >= since
        ],
    }


def _hhmm(value: dt.time) -> str:
    return value.strftime("%H:%M")
