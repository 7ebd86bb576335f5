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

EXAMPLES_DIR = Path(settings.CONTRACT_EXAMPLES_DIR)
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
    method: str | None = None  # GET, or POST with a body, unless named
    person: bool = False  # the token acts for the demo citizen (personal scopes)
    upload: tuple[str, Callable[[], bytes], str] | None = None  # multipart: name, bytes, type
    shown_results: int | None = None  # a bulk answer's `results`: only the first ones shown


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


def _citizen() -> Any:
    """The citizen whose drafts the examples show (made on first use)."""
    from django.contrib.auth import get_user_model

    user, _created = get_user_model().objects.get_or_create(
        username="exempel-medborgare", defaults={"first_name": "Alva", "last_name": "Berg"}
    )
    return user


def _my_case(client: Client) -> str:
    """The demo citizen's fault report with a photo, asked about by its handler (filed on
    first use)."""
    import io

    from eservices import attachments, cases, selectors, submissions
    from eservices.models import Case

    citizen = _citizen()
    case = Case.objects.filter(citizen=citizen).order_by("-pk").first()
    if case is None:
        version = selectors.current_version(slug="felanmalan", locale="sv")
        assert version is not None, "load the demo forms first"
        photo = _photo()
        upload = attachments.attachment_upload(
            version=version,
            owner=f"user:{citizen.pk}",
            file=io.BytesIO(photo),
            name="gatlampa.jpg",
            size=len(photo),
        )
        answers = {
            "category": "belysning",
            "description": "Gatlampan vid busshållplatsen på Järntorget är släckt.",
            "location": {"lat": 57.6998, "lon": 11.9527},
            "photos": [str(upload.pk)],
        }
        outcome = submissions.submission_submit(
            version=version,
            data=answers,
            owner=f"user:{citizen.pk}",
            idempotency_key="contract-example-case",
            body_hash=submissions.request_hash(answers),
            citizen_id=citizen.pk,
        )
        case = Case.objects.get(reference=outcome.body["reference"])
        cases.case_transition(
            case=case,
            status="waiting_for_citizen",
            reason="needs_information",
            note="Vilken av lamporna vid hållplatsen gäller det?",
        )
    return case.reference


def _attachment_path(client: Client) -> str:
    """The photo in the demo citizen's fault report, as its handler downloads it."""
    from eservices.models import Attachment

    reference = _my_case(client)
    photo = Attachment.objects.get(case__reference=reference)
    return f"/api/v1/cases/{reference}/attachments/{photo.pk}/"


def _my_cases_path(client: Client) -> str:
    _my_case(client)  # the citizen has a case to list
    return "/api/v1/me/cases/"


def _draft_path(client: Client) -> str:
    """A draft of the demo citizen's preschool application, half filled in."""
    from eservices import drafts, selectors

    version = selectors.current_version(slug="ansokan-forskoleplats", locale="sv")
    assert version is not None, "load the demo forms first"
    draft = drafts.draft_create(
        citizen_id=_citizen().pk,
        version=version,
        data={"child_name": "Alva Berg", "start_date": "2027-08-16", "care_type": "förskola"},
    )
    return f"/api/v1/me/drafts/{draft.pk}/"


def _drafts_list_path(client: Client) -> str:
    _draft_path(client)
    return "/api/v1/me/drafts/"


def _photo() -> bytes:
    """A photo of a street lamp as a phone sends it (the re-encoding drops its metadata)."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 320), "#2b3a55")
    draw = ImageDraw.Draw(image)
    draw.rectangle((112, 90, 128, 320), fill="#7a7a7a")
    draw.ellipse((96, 50, 144, 98), fill="#f5d76e")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()


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
    Example(
        "cases_attachment",
        "A photo the citizen attached to a fault report",
        _attachment_path,
        scope="cases:manage",
        organisations=["trafikkontoret"],
    ),
    Example(
        "attachments_create",
        "A photo for a fault report, uploaded before the report is sent",
        "/api/v1/attachments/",
        body={"form": "felanmalan", "locale": "sv"},
        upload=("gatlampa.jpg", _photo, "image/jpeg"),
        status=201,
    ),
    Example(
        "drafts_list",
        "The signed-in citizen's drafts",
        _drafts_list_path,
        scope="cases:read",
        person=True,
    ),
    Example(
        "drafts_create",
        "Saving a half-filled application",
        "/api/v1/me/drafts/",
        scope="submissions:write",
        person=True,
        body={
            "form": "ansokan-forskoleplats",
            "locale": "sv",
            "data": {"child_name": "Alva Berg", "care_type": "förskola"},
        },
        status=201,
    ),
    Example(
        "drafts_retrieve",
        "Resuming a draft",
        _draft_path,
        scope="cases:read",
        person=True,
    ),
    Example(
        "drafts_update",
        "Saving a draft again with more answers",
        _draft_path,
        scope="submissions:write",
        person=True,
        method="PUT",
        body={
            "data": {
                "child_name": "Alva Berg",
                "start_date": "2027-08-16",
                "care_type": "förskola",
                "hours_per_week": 35,
            }
        },
    ),
    Example(
        "drafts_destroy",
        "Deleting a draft",
        _draft_path,
        scope="submissions:write",
        person=True,
        method="DELETE",
        status=204,
    ),
    Example(
        "me_cases_list",
        "The signed-in citizen's cases",
        _my_cases_path,
        scope="cases:read",
        person=True,
    ),
    Example(
        "me_cases_retrieve",
        "One of the citizen's cases, with what they are told about it",
        lambda client: f"/api/v1/me/cases/{_my_case(client)}/",
        scope="cases:read",
        person=True,
    ),
    Example(
        "me_cases_messages_create",
        "The citizen answers the handler's question",
        lambda client: f"/api/v1/me/cases/{_my_case(client)}/messages/",
        scope="submissions:write",
        person=True,
        body={"body": "Lampan sitter på stolpen närmast busskuren, mot Järntorget."},
        headers={"Idempotency-Key": "5e8a0c2d-9b71-4f3e-a6d4-2c1b7e9f0a58"},
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

from api import (  # noqa: E402 - they build on Example
    contactcenter_examples,
    opendata_examples,
    units_examples,
)

EXAMPLES += contactcenter_examples.examples()
EXAMPLES += units_examples.examples()
EXAMPLES += opendata_examples.examples()


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
def _token(
    client: Client, scope: str | None, organisations: list[str], *, person: bool = False
) -> Iterator[dict[str, str]]:
    """Headers with an access token for `scope` from a throwaway client, rolled back after."""
    if scope is None:
        yield {}
        return
    if person:
        with _person_token(scope) as headers:
            yield headers
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


@contextmanager
def _person_token(scope: str) -> Iterator[dict[str, str]]:
    """A token the demo citizen's app holds (as issued by authorization code), rolled back."""
    import datetime as dt
    import secrets

    from django.utils import timezone
    from oauth2_provider.models import AccessToken

    from api.oauth import api_client_create

    with transaction.atomic():
        new = api_client_create(
            name="contract examples app",
            grant="authorization-code",
            scopes=[scope],
            redirect_uris=["https://app.stad.example/callback"],
        )
        raw = secrets.token_urlsafe(32)
        AccessToken.objects.create(
            user=_citizen(),
            application=new.application,
            token=raw,
            expires=timezone.now() + dt.timedelta(minutes=5),
            scope=scope,
        )
        try:
            yield {"Authorization": f"Bearer {raw}"}
        finally:
            transaction.set_rollback(True)


def generate() -> dict[str, dict[str, Any]]:
    """Every example, made now from the loaded data: operation id -> example."""
    client = Client()
    out: dict[str, dict[str, Any]] = {}
    for example in EXAMPLES:
        path = example.path(client) if callable(example.path) else example.path
        with _token(client, example.scope, example.organisations, person=example.person) as headers:
            response = _ask(client, example, path, {**headers, **example.headers})
        if response.status_code != example.status:
            raise RuntimeError(
                f"{example.operation_id}: {response.status_code} {response.content[:300]!r}"
            )
        body = b"".join(response.streaming_content) if response.streaming else response.content
        answer = _answer(response, body)
        if example.shown_results is not None:
            answer["results"] = answer["results"][: example.shown_results]
        path, _, query = path.partition("?")
        params = dict(example.query)
        params.update(dict(part.split("=", 1) for part in query.split("&") if part))
        out[example.operation_id] = {
            "operation_id": example.operation_id,
            "summary": example.summary,
            "request": {
                "method": _method(example),
                "path": path,
                "query": params,
                "scope": example.scope,
                **({"headers": example.headers} if example.headers else {}),
                **({"body": _shown_body(example)} if example.body is not None else {}),
            },
            "status": response.status_code,
            "response": answer,
            **({"file": _file(response, body)} if response.streaming and answer is None else {}),
        }
    return out


def _method(example: Example) -> str:
    return example.method or ("POST" if example.body is not None else "GET")


def _shown_body(example: Example) -> dict[str, Any]:
    """The body as the contract shows it; an uploaded file by its name, type and size."""
    assert example.body is not None
    if example.upload is None:
        return example.body
    name, make, content_type = example.upload
    return {**example.body, "file": f"({content_type}: {name}, {len(make())} bytes)"}


def _ask(client: Client, example: Example, path: str, headers: dict[str, str]) -> Any:
    method = _method(example)
    if method == "GET":
        return client.get(path, example.query, headers=headers, HTTP_HOST=_API_HOST)
    if example.upload is not None:
        from django.core.files.uploadedfile import SimpleUploadedFile

        name, make, content_type = example.upload
        fields = {**(example.body or {}), "file": SimpleUploadedFile(name, make(), content_type)}
        return client.post(path, fields, headers=headers, HTTP_HOST=_API_HOST)
    return client.generic(
        method,
        path,
        json.dumps(example.body) if example.body is not None else "",
        content_type="application/json",
        headers=headers,
        HTTP_HOST=_API_HOST,
    )


def _answer(response: Any, body: bytes) -> Any:
    """The JSON answer (streamed or not); None for no body (204) or a file."""
    if "json" not in response.get("Content-Type", "") or not body:
        return None
    return json.loads(body)


def _file(response: Any, body: bytes) -> dict[str, Any]:
    """What a file answer was, rather than its bytes."""
    return {
        "content_type": response["Content-Type"],
        "content_disposition": response.get("Content-Disposition", ""),
        "size": len(body),
    }


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
    # Open data's references by id and its sync times.
    "unit_id",
    "figure_id",
    "organisation_id",
    "parent_id",
    "topic_ids",
    "object_id",
    "generated_at",
    "next_updated_since",
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
    "upload_secret",  # random per upload
    "expires_at",
    "sha256",  # of a re-encoded image: the encoder's version decides
    "size",
    "ids",  # of units, in a query
    # What follows the clock: whether a unit is open, and which exceptions are still ahead.
    "open_now",
    "exceptions",
}
_MEDIA_NAME = re.compile(r"(/media/[^\s\"]*/)[^/\s\"]+")
_ID_IN_PATH = re.compile(r"/(pages|images|organisations|contacts|tasks|units)/\d+/")
_REFERENCE_YEAR = re.compile(r"\b([A-Z]+)-\d{4}-(\d{6})\b")  # GBG-2026-000001
# Drafts' and uploads' ids, in paths and in answers that name them.
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")


def stable(value: Any) -> Any:
    """The example with the volatile values masked, for comparing two generations."""
    if isinstance(value, dict):
        masked = {
            key: "<volatile>" if key in _VOLATILE_KEYS and item is not None else stable(item)
            for key, item in value.items()
        }
        query = masked.get("query")
        if isinstance(query, dict):  # a request's query string
            masked["query"] = _stable_query(query)
        return masked
    if isinstance(value, list):
        return [stable(item) for item in value]
    if isinstance(value, str):
        value = _REFERENCE_YEAR.sub(r"\1-<year>-\2", value)
        value = _UUID.sub("<uuid>", value)
        return _ID_IN_PATH.sub(r"/\1/<id>/", _MEDIA_NAME.sub(r"\1<file>", value))
    return value


def _stable_query(query: dict[str, Any]) -> dict[str, Any]:
    """A request's query with the database ids it names masked (`?service=43`): ids
    depend on the order rows were made in, which differs between databases and runs."""
    return {
        name: "<id>" if isinstance(item, str) and item.isdigit() else item
        for name, item in query.items()
    }


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
            if example["response"] is None:
                continue  # no body (204)
            content = operation["responses"][status].setdefault("content", {})
            # The example is JSON: it illustrates the JSON form of an answer offered in
            # several formats (open data's CSV and NDJSON), not the others.
            for name, media in content.items():
                if not name.endswith("json"):
                    continue
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
