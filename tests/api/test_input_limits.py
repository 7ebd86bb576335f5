"""Bodies and addresses no database can hold, or too large to take, are 4xx problems:
never a server error, and nothing is kept."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import pytest
import yaml
from django.urls import URLPattern, URLResolver, get_resolver

from api import scopes
from api.base import NestingSafeJSONParser
from eservices.models import Case, CaseMessage, Draft, IdempotencyKey
from tests.api.test_access_matrix import CONTRACT
from tests.cases import FAULT_REPORT
from tests.tokens import machine_token

pytestmark = pytest.mark.django_db
SURROGATE = '"\\ud800"'  # JSON text: a lone UTF-16 surrogate, as a client may send it


def _post(client: Any, path: str, raw: str, headers: dict[str, str]) -> Any:
    return client.post(
        path, raw, content_type="application/json", HTTP_IDEMPOTENCY_KEY="k", **headers
    )


def _json_with(body: dict[str, Any], text: str) -> str:
    """`body` as JSON with its "X" placeholders replaced by raw JSON `text`."""
    return json.dumps(body).replace('"X"', text)


@pytest.mark.parametrize(
    "where",
    [{"description": "X"}, {"X": "Hål i gatan"}, {"description": ["ok", {"a": "X"}]}],
    ids=["value", "key", "nested"],
)
def test_a_lone_surrogate_in_json_is_a_400_problem(client: Any, citizen: Any, where: Any) -> None:
    case = _post(
        client,
        "/api/v1/submissions/",
        json.dumps({"form": "felanmalan", "data": FAULT_REPORT}),
        citizen,
    )
    reference = case.json()["reference"]
    for path, body in [
        ("/api/v1/submissions/", {"form": "felanmalan", "data": where}),
        ("/api/v1/me/drafts/", {"form": "felanmalan", "data": where}),
        (f"/api/v1/me/cases/{reference}/messages/", {"body": "X"}),
    ]:
        response = _post(client, path, _json_with(body, SURROGATE), citizen)
        assert response.status_code == 400, (path, response.content)
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["code"] == "malformed_request"
    assert Case.objects.count() == 1
    assert not Draft.objects.exists()
    assert not CaseMessage.objects.exists()
    assert IdempotencyKey.objects.count() == 1


def test_a_nul_character_anywhere_in_json_is_refused_by_field(client: Any, citizen: Any) -> None:
    body = {"form": "felanmalan", "data": {"photos": ["X"], "X": 1}}
    response = _post(client, "/api/v1/me/drafts/", _json_with(body, '"a\\u0000b"'), citizen)
    assert response.status_code == 400
    assert {e["field"] for e in response.json()["errors"]} == {"data.photos[0]", "data"}
    assert {e["message"] for e in response.json()["errors"]} == {"Contains a NUL character."}
    assert not Draft.objects.exists()


def _views(resolver: URLResolver, prefix: str = "") -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            found += _views(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            found.append((prefix + str(entry.pattern), getattr(entry.callback, "cls", None)))
    return found


def test_every_api_view_that_takes_json_refuses_what_no_database_holds() -> None:
    for route, view in _views(get_resolver()):
        parsers = getattr(view, "parser_classes", [])
        writes = any(hasattr(view, method) for method in ("post", "put", "patch"))
        takes_json = any("json" in parser.media_type for parser in parsers)
        if route.startswith("api/") and view is not None and writes and takes_json:
            assert all(issubclass(p, NestingSafeJSONParser) for p in parsers), route


SAMPLES = {"reference": "GBG-2026-000001", "slug": "felanmalan"}
PATH_PARAMETER = re.compile(r"\{(\w+)\}")


def _parameter_paths() -> list[tuple[str, str]]:
    """(method, path) of every contract operation with a path parameter, each parameter
    filled with a plausible value followed by a NUL character."""
    contract = yaml.safe_load(CONTRACT.read_text())
    out = []
    for path, item in contract["paths"].items():
        for method in item:
            if method in {"get", "post", "put", "patch", "delete"} and "{" in path:
                sample = PATH_PARAMETER.sub(
                    lambda m: SAMPLES.get(m[1], "1" if m[1].endswith("_id") else "x") + "%00", path
                )
                out.append((method.upper(), sample))
    return out


@pytest.mark.parametrize(("method", "path"), _parameter_paths())
def test_a_nul_character_in_a_path_parameter_is_a_404_problem(
    client: Any, citizen: Any, method: str, path: str
) -> None:
    staff = machine_token(
        client,
        name="Handläggning",
        scopes=[scopes.CASES_MANAGE, scopes.CONTACTCENTER, scopes.CONTENT_PREVIEW],
    )
    headers = citizen if "/me/" in path else {"HTTP_AUTHORIZATION": f"Bearer {staff}"}
    body = json.dumps({"body": "Hej", "status": "in_progress"})
    response = client.generic(
        method, path, body, "application/json", HTTP_IDEMPOTENCY_KEY="k", **headers
    )
    assert response.status_code == 404, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "not_found"


@pytest.mark.parametrize(
    "path", ["/open311/v2/services/a%00b.json", "/open311/v2/requests/GBG%00.json"]
)
def test_a_nul_character_in_an_open311_path_is_a_404(client: Any, path: str) -> None:
    assert client.get(path).status_code == 404


def test_a_json_body_over_the_limit_is_a_413_problem_logged_without_traceback(
    client: Any, citizen: Any, settings: Any, caplog: Any
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    data = {**FAULT_REPORT, "description": "x" * 20_000}
    for path in ["/api/v1/submissions/", "/api/v1/me/drafts/"]:
        with caplog.at_level(logging.INFO):
            response = _post(
                client, path, json.dumps({"form": "felanmalan", "data": data}), citizen
            )
        assert response.status_code == 413, response.content
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["code"] == "request_too_large"
        assert "10000 bytes" in response.json()["detail"]
        assert not [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]
    assert not Case.objects.exists()
    assert not Draft.objects.exists()


def test_an_open311_form_body_over_the_limit_is_a_413_without_traceback(
    client: Any, settings: Any, caplog: Any
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    with caplog.at_level(logging.INFO):
        response = client.post("/open311/v2/requests.json", {"description": "x" * 20_000})
    assert response.status_code == 413, response.content
    assert response.json() == [
        {"code": 413, "description": "A request body may be at most 10000 bytes."}
    ]
    assert not [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]
