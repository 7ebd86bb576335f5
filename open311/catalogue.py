"""Which forms are Open311 services, and how a form's fields appear in GeoReport v2.

A service is the current version of a live fault-report form that anyone may submit and
that editors offered through Open311. GeoReport's standard request fields (lat/long,
address_string, description, email, phone, first_name, last_name) are the form's fields
of the matching kind; every other field is an attribute in the service definition.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from eservices import selectors
from eservices.models import FormDefinition, FormVersion
from eservices.texts import SOURCE_LANGUAGE

# Field kind -> GeoReport datatype. Kinds missing here are never offered as attributes:
# a file (Open311 sends files by address, which the city does not fetch) and a personal
# identity number (a form asking for one is not offered at all).
DATATYPES = {
    "text": "string",
    "long_text": "text",
    "number": "number",
    "email": "string",
    "phone": "string",
    "date": "datetime",
    "choice": "singlevaluelist",
    "multiple_choice": "multivaluelist",
    "address": "string",
    "map_location": "string",
    "consent": "singlevaluelist",
}
DATATYPE_HINTS = {
    "address": "Street and number, postal code and city: “Storgatan 1, 411 38 Göteborg”.",
    "map_location": "Latitude and longitude in WGS 84, comma-separated: “57.7089,11.9746”.",
    "date": "A date (2026-11-28) or a W3C date and time; only the date is kept.",
    "consent": "Send “true” to agree.",
}


@dataclass(frozen=True)
class Standard:
    """The form's fields that GeoReport's standard parameters fill (names; "" if none)."""

    location: str = ""  # a map_location field: lat and long
    address: str = ""  # an address field: address_string
    description: str = ""
    email: str = ""
    phone: str = ""
    first_name: str = ""
    last_name: str = ""

    def parameter_of(self, field: str) -> str:
        """The GeoReport parameter that fills `field`, or its attribute[code]."""
        names = {
            self.location: "lat, long",
            self.address: "address_string",
            self.description: "description",
            self.email: "email",
            self.phone: "phone",
            self.first_name: "first_name",
            self.last_name: "last_name",
        }
        names.pop("", None)
        return names.get(field, f"attribute[{field}]")

    def names(self) -> set[str]:
        return {name for name in vars(self).values() if name}


def offered_versions() -> QuerySet[FormVersion]:
    """The current versions of the forms offered through Open311, by title.

    Checked here as well as when the form is saved: a form edited into another kind, or
    closed to anonymous submissions, stops being a service at once.
    """
    return selectors.current_versions(locale=SOURCE_LANGUAGE).filter(
        form__open311=True,
        kind=FormDefinition.Kind.FAULT_REPORT,
        allow_anonymous=True,
    )


def offered_version(service_code: str) -> FormVersion | None:
    """The current version of the service with this code (a form's slug), if offered."""
    return offered_versions().filter(form__slug=service_code).first()


def standard_fields(version: FormVersion) -> Standard:
    """Which of the version's fields GeoReport's standard parameters fill."""
    kinds = {field["name"]: field["kind"] for field in version.fields}

    def first(kind: str) -> str:
        return next((name for name, k in kinds.items() if k == kind), "")

    def named(name: str, *allowed: str) -> str:
        return name if kinds.get(name) in allowed else ""

    return Standard(
        location=first("map_location"),
        address=first("address"),
        description=named("description", "text", "long_text") or first("long_text"),
        email=first("email"),
        phone=first("phone"),
        first_name=named("first_name", "text"),
        last_name=named("last_name", "text"),
    )


def attribute_fields(version: FormVersion) -> list[dict[str, Any]]:
    """The version's fields GeoReport sends as attribute[code], in form order."""
    taken = standard_fields(version).names()
    return [
        field
        for field in version.fields
        if field["name"] not in taken and field["kind"] in DATATYPES
    ]


def service(version: FormVersion) -> dict[str, Any]:
    """One entry of services.json."""
    return {
        "service_code": version.form.slug,
        "service_name": version.title,
        "description": version.introduction,
        "metadata": bool(attribute_fields(version)),
        "type": "realtime",
        "keywords": "",
        "group": version.organisation.name,
    }


def service_definition(version: FormVersion) -> dict[str, Any]:
    """services/{service_code}.json: the attributes, as the form's JSON Schema has them."""
    schema = version.json_schema
    required = set(schema.get("required", []))
    conditions = _conditions(schema)
    attributes = []
    for order, field in enumerate(attribute_fields(version), start=1):
        name, kind = field["name"], field["kind"]
        prop = schema["properties"][name]
        hints = [prop.get("description", ""), DATATYPE_HINTS.get(kind, "")]
        if name in conditions:
            other, value = conditions[name]
            hints.append(f"Only answered when attribute[{other}] is “{value}”.")
        attributes.append(
            {
                "variable": True,
                "code": name,
                "datatype": DATATYPES[kind],
                "required": name in required,
                "datatype_description": " ".join(h for h in hints if h),
                "order": order,
                "description": prop.get("title", name),
                "values": _values(kind, prop),
            }
        )
    return {"service_code": version.form.slug, "attributes": attributes}


def _values(kind: str, prop: dict[str, Any]) -> list[dict[str, str]]:
    if kind == "choice":
        return [{"key": choice, "name": choice} for choice in prop.get("enum", [])]
    if kind == "multiple_choice":
        return [{"key": c, "name": c} for c in prop.get("items", {}).get("enum", [])]
    if kind == "consent":
        return [{"key": "true", "name": prop.get("title", "")}]
    return []


def _conditions(schema: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Field -> (the field it depends on, the value that shows it)."""
    out = {}
    for rule in schema.get("allOf", []):
        other, expected = next(iter(rule["if"]["properties"].items()))
        out[rule["else"]["not"]["required"][0]] = (other, str(expected["const"]))
    return out
