"""The committed frontend contract matches the code and follows the national API profile."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.core.management import call_command

CONTRACT = Path(__file__).resolve().parents[2] / "frontend-contract" / "openapi.yaml"
# Lower case, digits and hyphens; a resource may name its format (/api/v1/units.geojson).
PATH_RULE = re.compile(r"^/api/v1(/([a-z0-9-]+|\{[a-z][a-z0-9_]*\}))*(/|\.[a-z]+)?$")
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9_]*$")
IDENTITY_NUMBER_NAMES = re.compile(r"pnr|personnummer|personal_?identity|ssn|social_security", re.I)
METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}


@pytest.fixture(scope="module")
def contract() -> dict[str, Any]:
    return yaml.safe_load(CONTRACT.read_text())


def operations(contract: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in contract["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def test_committed_contract_matches_the_code(tmp_path: Path) -> None:
    generated = tmp_path / "openapi.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(generated))
    assert generated.read_text() == CONTRACT.read_text(), (
        "Run `make contract` and commit the result."
    )


def test_contract_is_openapi_31_with_the_profiles_info(contract: dict[str, Any]) -> None:
    assert contract["openapi"].startswith("3.1")
    info = contract["info"]
    assert "Stadens" in info["description"]  # Swedish
    assert "The city's" in info["description"]  # English
    assert {"name", "url", "email"} <= info["contact"].keys()
    assert {"name", "url"} <= info["license"].keys()
    assert {"availability", "response_time", "support"} <= info["x-sla"].keys()
    assert info["x-limitations"]
    assert "/api/v1/api-info" in contract["paths"]


def test_paths_are_lower_case_and_hyphenated(contract: dict[str, Any]) -> None:
    bad = [path for path in contract["paths"] if not PATH_RULE.match(path)]
    assert bad == []


def test_parameters_are_snake_case_and_never_identity_numbers(contract: dict[str, Any]) -> None:
    # Headers keep HTTP's own spelling (Idempotency-Key); the rule is for query and path.
    names = [
        p["name"]
        for _path, _method, op in operations(contract)
        for p in op.get("parameters", [])
        if p["in"] != "header"
    ]
    assert names
    assert [n for n in names if not SNAKE_CASE.match(n)] == []
    assert [n for n in names if IDENTITY_NUMBER_NAMES.search(n)] == []
    assert [p for p in contract["paths"] if IDENTITY_NUMBER_NAMES.search(p)] == []


def test_json_fields_are_snake_case(contract: dict[str, Any]) -> None:
    bad = [
        f"{schema}.{field}"
        for schema, body in contract["components"]["schemas"].items()
        for field in body.get("properties", {})
        if not SNAKE_CASE.match(field)
    ]
    assert bad == []


def test_every_operation_and_response_is_described(contract: dict[str, Any]) -> None:
    for path, method, op in operations(contract):
        assert op.get("description"), f"{method.upper()} {path} has no description"
        # Not the base view's docstring, which the generator falls back to.
        assert "Base of every v1 view" not in op["description"], f"{method.upper()} {path}"
        for status, response in op["responses"].items():
            assert response.get("description"), (
                f"{method.upper()} {path} {status} has no description"
            )


def test_errors_are_documented_as_problem_details(contract: dict[str, Any]) -> None:
    problem = contract["components"]["schemas"]["Problem"]
    assert {"type", "title", "status", "detail", "instance"} <= set(problem["required"])
    assert problem["example"]
    for path, method, op in operations(contract):
        assert "application/problem+json" in op["responses"]["400"]["content"], f"{method} {path}"


def test_oauth2_flows_are_described(contract: dict[str, Any]) -> None:
    flows = contract["components"]["securitySchemes"]["oauth2"]["flows"]
    assert {"authorizationCode", "clientCredentials"} <= flows.keys()
    assert "content:preview" in flows["authorizationCode"]["scopes"]
