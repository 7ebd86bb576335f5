"""Example requests and responses for the frontend contract, made from the demo city.

`manage.py contract_examples` asks the running code the questions below against the
loaded demo data and writes the answers to `frontend-contract/examples/`; the schema
hook `attach_examples` puts them into `openapi.yaml`. Nothing there is written by hand.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.test import Client

EXAMPLES_DIR = Path(settings.BASE_DIR) / "frontend-contract" / "examples"
SERVICE_PATH = "/sv/forskola-och-skola/forskola/ansok-om-forskoleplats/"
CASE_ORGANISATION = "stadsledningskontoret"  # handles the feedback form's cases
_API_HOST = "localhost"


@dataclass
class Example:
    operation_id: str
    summary: str
    path: str | Callable[[Client], str]
    query: dict[str, str] = field(default_factory=dict)
    scope: str | None = None  # the OAuth2 scope the request is made with
    body: dict[str, Any] | None = None  # a JSON body: the request is a POST
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 200
    organisations: list[str] = field(default_factory=list)  # whose cases the client handles


def _service_id(client: Client) -> int:
    body = client.get("/api/v1/pages/resolve/", {"path": SERVICE_PATH}, HTTP_HOST=_API_HOST)
    return int(body.json()["page"]["id"])


def _preview_path(client: Client) -> str:
    from cms import selectors
    from cms.preview import preview_token_create

    page = selectors.page_detail(_service_id(client))
    assert page is not None, "load the demo city first"
    page.title = "Ansök om förskoleplats (utkast)"
    return "/api/v1/pages/preview/?token=" + preview_token_create(page=page)


EXAMPLES = [
    Example("api_info", "About the API", "/api/v1/api-info"),
    Example(
        "pages_list",
        "Services about preschool, three at a time",
        "/api/v1/pages/",
        {"type": "service", "topic": "forskola", "limit": "3"},
    ),
    Example(
        "pages_retrieve",
        "A service page",
        lambda client: f"/api/v1/pages/{_service_id(client)}/",
    ),
    Example(
        "pages_resolve",
        "The page at a frontend path",
        "/api/v1/pages/resolve/",
        {"path": SERVICE_PATH},
    ),
    Example(
        "pages_draft",
        "The latest draft of a page",
        lambda client: f"/api/v1/pages/{_service_id(client)}/draft/",
        scope="content:preview",
    ),
    Example("pages_preview", "The page an editor is previewing", _preview_path),
    Example("navigation", "The Swedish menu, two levels", "/api/v1/navigation/", {"depth": "2"}),
    Example(
        "organisations_list", "The first organisations", "/api/v1/organisations/", {"limit": "2"}
    ),
    Example(
        "organisations_retrieve",
        "One organisation",
        lambda client: f"/api/v1/organisations/{_first_id(client, '/api/v1/organisations/')}/",
    ),
    Example("topics_list", "The first topics", "/api/v1/topics/", {"limit": "3"}),
    Example(
        "submissions_create",
        "Feedback from someone who does not want an answer",
        "/api/v1/submissions/",
        body={
            "form": "synpunkter",
            "data": {
                "topic": "tillgänglighet",
                "message": "Hissen vid medborgarkontoret har varit trasig i en vecka.",
                "wants_answer": "nej",
            },
        },
        headers={"Idempotency-Key": "3f1c2a9e-5d4b-4c1e-9a7f-0b6e2d8c4a11"},
        status=201,
    ),
    Example(
        "cases_list",
        "The cases a back-office system handles, newest change first",
        "/api/v1/cases/",
        {"limit": "2"},
        scope="cases:manage",
        organisations=[CASE_ORGANISATION],
    ),
    Example(
        "cases_retrieve",
        "One case with its answers, history and notifications",
        lambda client: f"/api/v1/cases/{_case_reference(client)}/",
        scope="cases:manage",
        organisations=[CASE_ORGANISATION],
    ),
    Example(
        "cases_transition",
        "A handler takes up the case",
        lambda client: f"/api/v1/cases/{_case_reference(client)}/transitions/",
        scope="cases:manage",
        organisations=[CASE_ORGANISATION],
        body={
            "status": "in_progress",
            "note": "Vi har kontaktat fastighetsförvaltningen om hissen.",
            "internal_note": "Felanmält till Lokalförvaltningen.",
        },
        headers={"Idempotency-Key": "9b2e4f10-7c3a-4d8e-b1f6-5a0c9e7d2b34"},
        status=201,
    ),
    Example(
        "cases_messages_create",
        "A handler writes to the citizen",
        lambda client: f"/api/v1/cases/{_case_reference(client)}/messages/",
        scope="cases:manage",
        organisations=[CASE_ORGANISATION],
        body={"body": "Hissen lagas på torsdag. Tack för att du hörde av dig!"},
        headers={"Idempotency-Key": "c47d1e8a-2f5b-4a69-8e3d-71b0f6a9c5e2"},
        status=201,
    ),
    Example("forms_list", "The forms that can be submitted", "/api/v1/forms/", {"limit": "2"}),
    Example(
        "forms_retrieve",
        "A form to render, with its JSON Schema and UI schema",
        "/api/v1/forms/synpunkter/",
    ),
    Example(
        "search",
        "Searching as a citizen types, with a misspelling",
        "/api/v1/search/",
        {"q": "förskoleplast", "limit": "3"},
    ),
    Example("search_suggest", "Completing a search box", "/api/v1/search/suggest/", {"q": "förs"}),
    Example(
        "images_retrieve",
        "An image with its renditions",
        lambda client: f"/api/v1/images/{_image_id(client)}/",
    ),
]


def _case_reference(client: Client) -> str:
    """The newest case (the submission example's), as its reference."""
    from eservices.models import Case

    case = Case.objects.order_by("-pk").first()
    assert case is not None, "the submissions example files the case first"
    return case.reference


def _first_id(client: Client, path: str) -> int:
    return int(client.get(path, {"limit": "1"}, HTTP_HOST=_API_HOST).json()["results"][0]["id"])


def _image_id(client: Client) -> int:
    news = client.get("/api/v1/pages/", {"type": "news", "limit": "10"}, HTTP_HOST=_API_HOST)
    for page_id in [page["id"] for page in news.json()["results"]]:
        body = client.get(f"/api/v1/pages/{page_id}/", HTTP_HOST=_API_HOST).json()
        found = _find_image(body["fields"])
        if found is not None:
            return found
    raise LookupError("No image on the first news pages: load the demo city first.")


def _find_image(value: Any) -> int | None:
    if isinstance(value, dict):
        if "renditions" in value and isinstance(value.get("id"), int):
            return int(value["id"])
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            found = _find_image(item)
            if found is not None:
                return found
    return None


@contextmanager
def _token(client: Client, scope: str | None, organisations: list[str]) -> Iterator[dict[str, str]]:
    """Headers with an access token for `scope` from a throwaway client, rolled back after."""
    if scope is None:
        yield {}
        return
    from api.oauth import api_client_create

    with transaction.atomic():
        new = api_client_create(
            name="contract examples",
            grant="client-credentials",
            scopes=[scope],
            organisations=organisations,
        )
        credentials = f"{new.application.client_id}:{new.client_secret}".encode()
        response = client.post(
            "/oauth/token/",
            {"grant_type": "client_credentials", "scope": scope},
            HTTP_AUTHORIZATION=f"Basic {base64.b64encode(credentials).decode()}",
            HTTP_HOST=_API_HOST,
        )
        try:
            yield {"Authorization": f"Bearer {response.json()['access_token']}"}
        finally:
            transaction.set_rollback(True)


def generate() -> dict[str, dict[str, Any]]:
    """Every example, made now from the loaded data: operation id -> example."""
    client = Client()
    out: dict[str, dict[str, Any]] = {}
    for example in EXAMPLES:
        path = example.path(client) if callable(example.path) else example.path
        with _token(client, example.scope, example.organisations) as headers:
            response = _ask(client, example, path, {**headers, **example.headers})
        if response.status_code != example.status:
            raise RuntimeError(
                f"{example.operation_id}: {response.status_code} {response.content[:300]!r}"
            )
        path, _, query = path.partition("?")
        params = dict(example.query)
        params.update(dict(part.split("=", 1) for part in query.split("&") if part))
        out[example.operation_id] = {
            "operation_id": example.operation_id,
            "summary": example.summary,
            "request": {
                "method": "POST" if example.body is not None else "GET",
                "path": path,
                "query": params,
                "scope": example.scope,
                **({"headers": example.headers} if example.headers else {}),
                **({"body": example.body} if example.body is not None else {}),
            },
            "status": response.status_code,
            "response": response.json(),
        }
    return out


def _ask(client: Client, example: Example, path: str, headers: dict[str, str]) -> Any:
    if example.body is None:
        return client.get(path, example.query, headers=headers, HTTP_HOST=_API_HOST)
    return client.post(
        path,
        json.dumps(example.body),
        content_type="application/json",
        headers=headers,
        HTTP_HOST=_API_HOST,
    )


def write(examples: dict[str, dict[str, Any]], directory: Path = EXAMPLES_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for operation_id, example in sorted(examples.items()):
        target = directory / f"{operation_id}.json"
        target.write_text(json.dumps(example, ensure_ascii=False, indent=2) + "\n")
        written.append(target)
    return written


def committed(directory: Path = EXAMPLES_DIR) -> dict[str, dict[str, Any]]:
    return {path.stem: json.loads(path.read_text()) for path in sorted(directory.glob("*.json"))}


# Values that differ between two loads of the same demo city: row ids, publication
# times, preview tokens and stored file names.
_VOLATILE_KEYS = {
    "id",
    "received_at",
    "created_at",
    "updated_at",
    "status_changed_at",
    "sent_at",
    "published_at",
    "key",
    "parent",
    "first_published_at",
    "last_published_at",
    "updated",
    "token",
}
_MEDIA_NAME = re.compile(r"(/media/[^\s\"]*/)[^/\s\"]+")
_ID_IN_PATH = re.compile(r"/(pages|images|organisations)/\d+/")
_REFERENCE_YEAR = re.compile(r"\b([A-Z]+)-\d{4}-(\d{6})\b")  # GBG-2026-000001


def stable(value: Any) -> Any:
    """The example with the volatile values masked, for comparing two generations."""
    if isinstance(value, dict):
        return {
            key: "<volatile>" if key in _VOLATILE_KEYS and item is not None else stable(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [stable(item) for item in value]
    if isinstance(value, str):
        value = _REFERENCE_YEAR.sub(r"\1-<year>-\2", value)
        return _ID_IN_PATH.sub(r"/\1/<id>/", _MEDIA_NAME.sub(r"\1<file>", value))
    return value


def attach_examples(result: dict[str, Any], **_kwargs: Any) -> dict[str, Any]:
    """Schema hook: each operation's committed example, as request and response examples."""
    examples = committed()
    for template, operations in result.get("paths", {}).items():
        for operation in operations.values():
            example = examples.get(operation.get("operationId", ""))
            if example is None:
                continue
            values = {
                **_path_values(template, example["request"]["path"]),
                **example["request"]["query"],
            }
            for parameter in operation.get("parameters", []):
                if parameter["name"] in values:
                    parameter["example"] = _typed(parameter, values[parameter["name"]])
            if "body" in example["request"]:
                media = operation.get("requestBody", {}).get("content", {})
                for item in media.values():
                    item["examples"] = {
                        "demo": {"summary": example["summary"], "value": example["request"]["body"]}
                    }
            status = str(example["status"])
            content = operation["responses"][status].setdefault("content", {})
            for media in content.values():
                media["examples"] = {
                    "demo": {"summary": example["summary"], "value": example["response"]}
                }
    return result


def _path_values(template: str, path: str) -> dict[str, Any]:
    """{"page_id": 43} for the template /api/v1/pages/{page_id}/ and the path /api/v1/pages/43/."""
    pattern = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(template))
    match = re.fullmatch(pattern, path)
    if match is None:
        return {}
    return {k: int(v) if v.isdigit() else v for k, v in match.groupdict().items()}


def _typed(parameter: dict[str, Any], value: Any) -> Any:
    kind = parameter.get("schema", {}).get("type")
    return int(value) if kind == "integer" and str(value).isdigit() else value
