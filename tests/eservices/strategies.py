"""Hypothesis strategies for answers to a form, drawn from the form's own JSON Schema.

Written for the shapes eservices.schema produces (a general JSON Schema generator did not
work with the Hypothesis version in use); conditional fields are answered only when shown.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

FORMATS = {
    "email": st.from_regex(r"\A[a-z]{1,10}@[a-z]{1,10}\.se\Z"),
    "phone": st.sampled_from(["070-123 45 67", "+46 31 365 00 00", "08-508 290 00"]),
    "se-personal-identity-number": st.sampled_from(
        ["20220315-2380", "19900101-0017", "201701022384"]
    ),
    "date": st.dates().map(lambda d: d.isoformat()),
    "uuid": st.uuids().map(str),
}


def value_for(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "string":
        if "format" in schema:
            return FORMATS[schema["format"]]
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True)
        return st.text(
            min_size=schema.get("minLength", 0), max_size=min(schema.get("maxLength", 50), 50)
        ).filter(lambda s: "\x00" not in s)
    if kind in {"integer", "number"}:
        low, high = schema.get("minimum"), schema.get("maximum")
        if kind == "integer":
            return st.integers(min_value=low, max_value=high)
        return st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        items = value_for(schema["items"])
        return st.lists(
            items,
            min_size=schema.get("minItems", 0),
            max_size=schema.get("maxItems", 4),
            unique=schema.get("uniqueItems", False),
        )
    if kind == "object":
        return st.fixed_dictionaries(
            {name: value_for(sub) for name, sub in schema["properties"].items()}
        )
    raise ValueError(f"No strategy for {schema}")


@st.composite
def answers_for(draw: Any, schema: dict[str, Any]) -> dict[str, Any]:
    """A complete, valid set of answers: required fields always, optional ones sometimes."""
    conditional = {rule["else"]["not"]["required"][0]: rule for rule in schema.get("allOf", [])}
    answers: dict[str, Any] = {}
    for name, sub in schema["properties"].items():
        if name in conditional:
            continue
        if name in schema["required"] or draw(st.booleans()):
            answers[name] = draw(value_for(sub))
    for name, rule in conditional.items():
        other, expected = next(iter(rule["if"]["properties"].items()))
        shown = answers.get(other) == expected["const"]
        if shown and (rule["then"].get("required") or draw(st.booleans())):
            answers[name] = draw(value_for(schema["properties"][name]))
    return answers
