"""A form's fields as JSON Schema 2020-12 and a JSON Forms UI schema, and validation.

Frontends render from the two schemas (JSON Forms reads both; react-jsonschema-form reads
the JSON Schema); the server validates submissions against the same JSON Schema, plus
checks JSON Schema cannot express (a valid personal identity number, a dialable phone).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import phonenumbers
from django.conf import settings
from jsonschema import Draft202012Validator, FormatChecker
from personnummer import personnummer

from eservices.attachments import ACCEPTED_TYPES

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
ATTACHMENT_ID = {
    "type": "string",
    "format": "uuid",
    "description": "The id of a file uploaded first to /api/v1/attachments/.",
}
UPLOAD_URL = "/api/v1/attachments/"
FORMAT_CHECKER = FormatChecker()


@FORMAT_CHECKER.checks("se-personal-identity-number", raises=ValueError)
def _identity_number(value: object) -> bool:
    return not isinstance(value, str) or personnummer.valid(value)


@FORMAT_CHECKER.checks("phone", raises=ValueError)
def _phone(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(value, "SE"))
    except phonenumbers.NumberParseException:
        return False


def fields_of(steps: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every field of the stored steps, in order, as {"kind", "step", **its settings}."""
    out = []
    for index, step in enumerate(steps):
        value = step.get("value", {})
        for field in value.get("fields", []):
            out.append({"kind": field["type"], "step": index, **field.get("value", {})})
    return out


def definition_problems(steps: Iterable[dict[str, Any]]) -> list[str]:
    """What is wrong with a form as an editor built it (duplicate names, bad conditions)."""
    fields = fields_of(steps)
    names = [f.get("name", "") for f in fields]
    problems = [
        f"Two fields are named “{n}”." for n in sorted({n for n in names if names.count(n) > 1})
    ]
    for field in fields:
        other = (field.get("show_when") or {}).get("field") or ""
        if other and other not in names:
            problems.append(f"“{field.get('name')}” depends on “{other}”, which no field is named.")
        if other and other == field.get("name"):
            problems.append(f"“{other}” cannot depend on itself.")
    return problems


def _property(field: dict[str, Any]) -> dict[str, Any]:
    kind = field["kind"]
    schema: dict[str, Any]
    if kind in {"text", "long_text"}:
        schema = {
            "type": "string",
            "minLength": 1,
            "maxLength": int(field.get("max_length") or 200),
        }
    elif kind == "number":
        schema = {"type": "integer" if field.get("whole") else "number"}
        for key in ("minimum", "maximum"):
            if field.get(key) not in (None, ""):
                schema[key] = _number(field[key])
    elif kind == "email":
        schema = {"type": "string", "format": "email", "maxLength": 254}
    elif kind == "phone":
        schema = {"type": "string", "format": "phone", "maxLength": 30}
    elif kind == "personal_identity_number":
        schema = {"type": "string", "format": "se-personal-identity-number", "maxLength": 13}
    elif kind == "date":
        schema = {"type": "string", "format": "date"}
    elif kind == "choice":
        schema = {"type": "string", "enum": list(field.get("choices") or [])}
    elif kind == "multiple_choice":
        choices = {"type": "string", "enum": list(field.get("choices") or [])}
        schema = {"type": "array", "items": choices, "uniqueItems": True, "minItems": 1}
    elif kind == "address":
        schema = _address()
    elif kind == "map_location":
        schema = _location()
    elif kind == "file_upload":
        schema = {
            "type": "array",
            "items": ATTACHMENT_ID,
            "minItems": 1,
            "maxItems": int(field.get("max_files") or 1),
        }
    elif kind == "consent":
        schema = {"type": "boolean", "const": True}
    else:
        raise ValueError(f"Unknown field kind {kind!r}")
    schema["title"] = field.get("label", "")
    if field.get("help_text"):
        schema["description"] = field["help_text"]
    return schema


def _number(value: Any) -> int | float:
    number = Decimal(str(value))
    return int(number) if number == number.to_integral_value() else float(number)


def _address() -> dict[str, Any]:
    text = {"type": "string", "minLength": 1, "maxLength": 200}
    return {
        "type": "object",
        "properties": {
            "street": text,
            "postal_code": {"type": "string", "pattern": r"^\d{3} ?\d{2}$"},
            "city": text,
        },
        "required": ["street", "postal_code", "city"],
        "additionalProperties": False,
    }


def _location() -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "lat": {"type": "number", "minimum": -90, "maximum": 90},
            "lon": {"type": "number", "minimum": -180, "maximum": 180},
        },
        "required": ["lat", "lon"],
        "additionalProperties": False,
    }


def _condition(field: dict[str, Any]) -> tuple[str, str] | None:
    rule = field.get("show_when") or {}
    return (rule["field"], rule.get("equals") or "") if rule.get("field") else None


def json_schema(fields: list[dict[str, Any]], *, title: str) -> dict[str, Any]:
    """JSON Schema 2020-12 for the data a submission carries.

    A field shown only when another has a value is required only then, and must be absent
    otherwise, so hidden answers never reach a case.
    """
    schema: dict[str, Any] = {
        "$schema": SCHEMA_DIALECT,
        "title": title,
        "type": "object",
        "properties": {f["name"]: _property(f) for f in fields},
        "required": [f["name"] for f in fields if f.get("required") and not _condition(f)],
        "additionalProperties": False,
    }
    rules = []
    for field in fields:
        condition = _condition(field)
        if condition is None:
            continue
        other, value = condition
        when = {"properties": {other: {"const": value}}, "required": [other]}
        then: dict[str, Any] = {"required": [field["name"]]} if field.get("required") else {}
        rules.append({"if": when, "then": then, "else": {"not": {"required": [field["name"]]}}})
    if rules:
        schema["allOf"] = rules
    return schema


WIDGETS: dict[str, dict[str, Any]] = {"long_text": {"multi": True}, "choice": {"format": "radio"}}


def ui_schema(fields: list[dict[str, Any]], steps: list[str]) -> dict[str, Any]:
    """A JSON Forms UI schema: one category per step, controls in order, show rules."""
    categories = []
    for index, title in enumerate(steps):
        elements = []
        for field in (f for f in fields if f["step"] == index):
            control: dict[str, Any] = {
                "type": "Control",
                "scope": f"#/properties/{field['name']}",
                "options": _options(field["kind"]),
            }
            condition = _condition(field)
            if condition is not None:
                control["rule"] = {
                    "effect": "SHOW",
                    "condition": {
                        "scope": f"#/properties/{condition[0]}",
                        "schema": {"const": condition[1]},
                    },
                }
            elements.append(control)
        categories.append({"type": "Category", "label": title, "elements": elements})
    return {"type": "Categorization", "elements": categories}


def _options(kind: str) -> dict[str, Any]:
    """A control's options; a file upload says where to send files, which and how large."""
    options: dict[str, Any] = {"kind": kind, **WIDGETS.get(kind, {})}
    if kind == "file_upload":
        options["upload"] = {
            "url": UPLOAD_URL,
            "accept": ",".join(ACCEPTED_TYPES),  # as HTML's <input type=file accept>
            "max_size": int(settings.ATTACHMENT_MAX_BYTES),
        }
    return options


def validation_errors(schema: dict[str, Any], data: Any) -> dict[str, list[str]]:
    """Field name -> messages for data that breaks the schema ("" for the whole form)."""
    validator = Draft202012Validator(schema, format_checker=FORMAT_CHECKER)
    errors: dict[str, list[str]] = {}
    for error in validator.iter_errors(data):
        path = [str(part) for part in error.absolute_path]
        if not path and error.validator == "required":
            missing = [
                n for n in error.validator_value if not isinstance(data, dict) or n not in data
            ]
            for name in missing:
                errors.setdefault(name, []).append("This field is required.")
            continue
        if not path and error.validator == "additionalProperties" and isinstance(data, dict):
            for name in sorted(set(data) - set(schema.get("properties", {}))):
                errors.setdefault(name, []).append("Not a field of this form.")
            continue
        if not path and error.validator in {"allOf", "not"}:
            continue  # reported through the conditions' own errors below
        errors.setdefault(".".join(path), []).append(error.message)
    for name, messages in _condition_errors(schema, data).items():
        errors.setdefault(name, []).extend(messages)
    if isinstance(data, dict):  # no database stores a NUL in text (PostgreSQL refuses it)
        for name, value in data.items():
            if "\x00" in name or answer_problem(value):
                errors.setdefault(name, []).append("Contains a NUL character.")
    return {name: list(dict.fromkeys(messages)) for name, messages in errors.items()}


def _condition_errors(schema: dict[str, Any], data: Any) -> dict[str, list[str]]:
    """Conditional fields, named: required when shown, not allowed when hidden."""
    if not isinstance(data, dict):
        return {}
    out: dict[str, list[str]] = {}
    for rule in schema.get("allOf", []):
        other, expected = next(iter(rule["if"]["properties"].items()))
        shown = data.get(other) == expected["const"]
        name = rule["else"]["not"]["required"][0]
        if shown and rule["then"].get("required") and name not in data:
            out.setdefault(name, []).append("This field is required.")
        if not shown and name in data:
            out.setdefault(name, []).append(
                f"Only answered when “{other}” is “{expected['const']}”."
            )
    return out


def answer_problem(value: Any, *, max_depth: int | None = None) -> str:
    """What makes an answer unstorable: a NUL character, or nesting past `max_depth`.

    Walked without recursion, so no nesting can exhaust the stack.
    """
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if max_depth is not None and depth > max_depth:
            return f"Answers nest at most {max_depth} levels deep."
        if isinstance(item, str) and "\x00" in item:
            return "Contains a NUL character."
        if isinstance(item, dict):
            if any("\x00" in key for key in item):
                return "Contains a NUL character."
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return ""
