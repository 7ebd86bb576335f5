"""Service requests: a GeoReport POST filed as an ordinary case, and cases as the public
may see them.

Filing goes through `eservices.submissions.submission_submit`, so a report is validated
by the form's JSON Schema, routed, receipted and made idempotent exactly as the API's
submissions are. What the public sees of a case is its reference, its status and the
status's public text, its service and dates, and its place rounded to about 100 metres:
never what the citizen wrote or who they are.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from eservices import submissions, texts
from eservices.models import Case, FormVersion
from open311 import catalogue

# Parameters of a GeoReport POST besides attribute[code]; api_key and jurisdiction_id are
# the views' business.
STANDARD_PARAMETERS = frozenset(
    {
        "service_code",
        "lat",
        "long",
        "address_string",
        "address_id",
        "email",
        "device_id",
        "account_id",
        "first_name",
        "last_name",
        "phone",
        "description",
        "media_url",
    }
)
# Accepted and not kept: a device's or an account's id at the third party says nothing
# the case needs.
IGNORED_PARAMETERS = frozenset({"device_id", "account_id"})
ATTRIBUTE = re.compile(r"^attribute\[(?P<code>[^\[\]]{1,50})\](?P<many>\[\])?$")
ADDRESS = re.compile(r"^(?P<street>[^,]+),\s*(?P<postal_code>\d{3} ?\d{2})\s+(?P<city>.+)$")
OPEN = frozenset({Case.Status.RECEIVED, Case.Status.IN_PROGRESS, Case.Status.WAITING_FOR_CITIZEN})
CLOSED = frozenset({Case.Status.DECIDED, Case.Status.CLOSED})
COORDINATE_DECIMALS = 3  # about 110 m north-south, 60 m east-west in Gothenburg
MEDIA_NOTICE = "Bilden på media_url hämtades inte: skicka bilder via stadens e-tjänst."


class RequestRefused(Exception):
    """A POST the form cannot take; `errors` are GeoReport error descriptions."""

    def __init__(self, errors: Sequence[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = list(errors)


@dataclass(frozen=True)
class Filed:
    service_request_id: str
    service_notice: str
    replayed: bool


def open311_request_file(
    *,
    version: FormVersion,
    parameters: Mapping[str, Sequence[str]],
    client_id: str,
    idempotency_key: str = "",
) -> Filed:
    """File a case from a GeoReport POST's parameters, once per (client, key).

    Without an Idempotency-Key every POST is a new report. Raises RequestRefused for
    parameters that are unknown, malformed or break the form's schema (nothing is kept),
    and lets the submission service's KeyReused and SubmissionInProgress through.
    """
    data = answers_from(version, parameters)
    kept = {k: list(v) for k, v in sorted(parameters.items()) if k in STANDARD_PARAMETERS}
    kept |= {k: list(v) for k, v in sorted(parameters.items()) if ATTRIBUTE.match(k)}
    try:
        outcome = submissions.submission_submit(
            version=version,
            data=data,
            owner=f"client:{client_id}",
            idempotency_key=idempotency_key or f"open311:{uuid.uuid4()}",
            body_hash=submissions.request_hash({"open311": kept}),
            client_id=client_id,
        )
    except submissions.InvalidAnswers as exc:
        standard = catalogue.standard_fields(version)
        raise RequestRefused(
            [
                f"{standard.parameter_of(name.split('.')[0]) if name else 'request'}: {message}"
                for name, messages in sorted(exc.errors.items())
                for message in messages
            ]
        ) from None
    notices = [version.receipt_text]
    if given(parameters, "media_url"):
        notices.append(MEDIA_NOTICE)
    return Filed(
        service_request_id=str(outcome.body["reference"]),
        service_notice=" ".join(notices),
        replayed=outcome.replayed,
    )


def given(parameters: Mapping[str, Sequence[str]], name: str) -> str:
    """The parameter's value, "" when absent or empty (GeoReport clients send empty ones)."""
    values = parameters.get(name) or [""]
    return values[-1].strip()


def answers_from(version: FormVersion, parameters: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """The form's answers from GeoReport parameters; RequestRefused names what is wrong."""
    errors = [
        f"{name}: Not a parameter of a GeoReport v2 service request."
        for name in sorted(parameters)
        if name not in STANDARD_PARAMETERS and not ATTRIBUTE.match(name)
    ]
    if given(parameters, "address_id"):
        errors.append("address_id: Not supported; send lat and long, or address_string.")
    standard = catalogue.standard_fields(version)
    kinds = {f["name"]: f["kind"] for f in version.fields}
    data: dict[str, Any] = {}
    for field, parameter in (
        (standard.description, "description"),
        (standard.email, "email"),
        (standard.phone, "phone"),
        (standard.first_name, "first_name"),
        (standard.last_name, "last_name"),
    ):
        if field and given(parameters, parameter):
            data[field] = given(parameters, parameter)
    errors += _location(standard, parameters, data)
    errors += _attributes(version, kinds, parameters, data)
    if errors:
        raise RequestRefused(errors)
    return data


def _location(
    standard: catalogue.Standard, parameters: Mapping[str, Sequence[str]], data: dict[str, Any]
) -> list[str]:
    lat, lon = given(parameters, "lat"), given(parameters, "long")
    address = given(parameters, "address_string")
    errors = []
    if lat or lon:
        position = coordinates(lat, lon)
        if position is None:
            errors.append("lat, long: Send both, in WGS 84 degrees (lat -90-90, long -180-180).")
        elif standard.location:
            data[standard.location] = position
    if address and standard.address:
        parsed = parsed_address(address)
        if parsed is None:
            errors.append("address_string: Write it as “Storgatan 1, 411 38 Göteborg”.")
        else:
            data[standard.address] = parsed
    elif address and standard.location and standard.location not in data:
        errors.append("address_string: This service needs its place as lat and long.")
    return errors


def coordinates(lat: str, lon: str) -> dict[str, float] | None:
    """{"lat", "lon"} from two decimal strings, None unless both are finite and in range."""
    try:
        latitude, longitude = float(Decimal(lat)), float(Decimal(lon))
    except (InvalidOperation, ValueError):
        return None
    if not all(math.isfinite(v) for v in (latitude, longitude)):
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return {"lat": latitude, "lon": longitude}


def parsed_address(text: str) -> dict[str, str] | None:
    match = ADDRESS.match(text.strip())
    if match is None:
        return None
    return {k: v.strip() for k, v in match.groupdict().items()}


def _attributes(
    version: FormVersion,
    kinds: dict[str, str],
    parameters: Mapping[str, Sequence[str]],
    data: dict[str, Any],
) -> list[str]:
    offered = {f["name"] for f in catalogue.attribute_fields(version)}
    errors = []
    for name, values in sorted(parameters.items()):
        match = ATTRIBUTE.match(name)
        if match is None:
            continue
        code = match["code"]
        if code not in offered:
            errors.append(f"{name}: Not an attribute of this service.")
            continue
        given = [v.strip() for v in values if v.strip()]
        if not given:
            continue
        value, problem = _converted(kinds[code], given)
        if problem:
            errors.append(f"attribute[{code}]: {problem}")
        else:
            data[code] = value
    return errors


def _converted(kind: str, values: list[str]) -> tuple[Any, str]:
    """An attribute's value as the form's schema takes it, or what is wrong with it."""
    if kind == "multiple_choice":
        return list(dict.fromkeys(values)), ""
    value = values[-1]
    if kind == "number":
        try:
            number = Decimal(value)
        except InvalidOperation:
            return None, "Must be a number."
        if not number.is_finite():
            return None, "Must be a number."
        return (int(number) if number == number.to_integral_value() else float(number)), ""
    if kind == "date":
        day = _date(value)
        return (day.isoformat(), "") if day else (None, "Must be a date, e.g. 2026-11-28.")
    if kind == "consent":
        return (True, "") if value.lower() == "true" else (None, "Send “true” to agree.")
    if kind == "address":
        parsed = parsed_address(value)
        return (parsed, "") if parsed else (None, "Write it as “Storgatan 1, 411 38 Göteborg”.")
    if kind == "map_location":
        lat, _, lon = value.partition(",")
        position = coordinates(lat.strip(), lon.strip())
        return (position, "") if position else (None, "Send “latitude,longitude” in degrees.")
    return value, ""


def _date(value: str) -> dt.date | None:
    try:
        moment = parse_datetime(value)
        if moment is not None:
            return timezone.localdate(moment) if timezone.is_aware(moment) else moment.date()
        return parse_date(value)
    except (ValueError, OverflowError):
        return None


# --- What the public sees -----------------------------------------------------------


def public_cases(
    *,
    versions: Iterable[FormVersion],
    references: Sequence[str] | None = None,
    statuses: Iterable[str] | None = None,
    service_codes: Iterable[str] | None = None,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
) -> QuerySet[Case]:
    """Cases of the offered services' forms, newest first, narrowed by the filters given.

    `references` overrides every other filter, as GeoReport's service_request_id does;
    `start` includes its moment, `end` excludes it.
    """
    codes = {v.form.slug: v.form_id for v in versions}
    forms = list(codes.values())
    if service_codes is not None and references is None:
        forms = [codes[c] for c in service_codes if c in codes]
    cases = Case.objects.filter(form_version__form_id__in=forms).select_related(
        "form_version__form", "organisation"
    )
    if references is not None:
        cases = cases.filter(reference__in=list(references))
    else:
        if statuses is not None:
            cases = cases.filter(status__in=list(statuses))
        if start is not None:
            cases = cases.filter(created_at__gte=start)
        if end is not None:
            cases = cases.filter(created_at__lt=end)
    return cases.order_by("-created_at", "-pk")


def statuses_for(names: Iterable[str]) -> set[str]:
    """Case statuses for GeoReport's "open" and "closed"."""
    out: set[str] = set()
    for name in names:
        out |= OPEN if name == "open" else CLOSED
    return out


def public_request(case: Case) -> dict[str, Any]:
    """One entry of requests.json: nothing the citizen wrote, nothing about who they are.

    The description is the citizen's own free text (it may name people, carry a phone
    number or their address), so it is never shown; the status notes are the form's public
    text for the status, not a handler's note.
    """
    version = case.form_version
    status = "closed" if case.status in CLOSED else "open"
    expected = None
    if status == "open" and version.processing_days:
        expected = case.created_at + dt.timedelta(days=version.processing_days)
    position = _rounded_position(version, case.data)
    return {
        "service_request_id": case.reference,
        "status": status,
        "status_notes": texts.status_text(version.status_texts, case.status, case.locale).text,
        "service_name": version.title,
        "service_code": version.form.slug,
        "description": None,
        "agency_responsible": case.organisation.name,
        "service_notice": None,
        "requested_datetime": utc(case.created_at),
        "updated_datetime": utc(case.updated_at),
        "expected_datetime": utc(expected),
        "address": None,
        "address_id": None,
        "zipcode": None,
        "lat": position["lat"] if position else None,
        "long": position["lon"] if position else None,
        "media_url": None,
    }


def _rounded_position(version: FormVersion, data: Any) -> dict[str, float] | None:
    field = catalogue.standard_fields(version).location
    place = data.get(field) if field and isinstance(data, dict) else None
    if not isinstance(place, dict):
        return None
    try:
        return {k: round(float(place[k]), COORDINATE_DECIMALS) for k in ("lat", "lon")}
    except (KeyError, TypeError, ValueError):
        return None


def utc(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
