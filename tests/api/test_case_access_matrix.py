"""Who reaches which case, end to end: every My page and case operation called by two
citizens, staff of the handling organisation, staff of another organisation, an open-data
client and anonymous. Another citizen's reference, in a path or a body, leaks nothing."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from eservices.drafts import draft_create
from eservices.models import Case, CaseMessage, Draft
from eservices.selectors import current_version
from tests import factories
from tests.api.test_access_matrix import OPERATIONS
from tests.cases import handler_group, publish_form
from tests.tokens import machine_token, user_token

CALLERS = ("anna", "bo", "handler", "other_handler", "opendata", "anonymous")

# operation -> the status each caller gets, for Anna's case (a fault report to Trafikkontoret).
EXPECTED: dict[str, dict[str, int]] = {
    "me_cases_list": dict(zip(CALLERS, (200, 200, 403, 403, 403, 401), strict=True)),
    "me_cases_retrieve": dict(zip(CALLERS, (200, 404, 403, 403, 403, 401), strict=True)),
    "me_cases_messages_create": dict(zip(CALLERS, (201, 404, 403, 403, 403, 401), strict=True)),
    "cases_list": dict(zip(CALLERS, (403, 403, 200, 200, 403, 401), strict=True)),
    "cases_retrieve": dict(zip(CALLERS, (403, 403, 200, 404, 403, 401), strict=True)),
    "cases_transition": dict(zip(CALLERS, (403, 403, 201, 404, 403, 401), strict=True)),
    "cases_messages_create": dict(zip(CALLERS, (403, 403, 201, 404, 403, 401), strict=True)),
    "cases_attachment": dict(zip(CALLERS, (403, 403, 200, 404, 403, 401), strict=True)),
}
BODIES = {
    "me_cases_messages_create": {"body": "Hej, här är bilden."},
    "cases_transition": {"status": "in_progress"},
    "cases_messages_create": {"body": "Tack, vi tittar på det."},
}
CASE_OPERATIONS = [o for o in OPERATIONS if o[0].startswith(("cases_", "me_cases_"))]


def test_the_matrix_covers_every_case_operation() -> None:
    assert sorted(o[0] for o in CASE_OPERATIONS) == sorted(EXPECTED)


@pytest.fixture
def world(client: Any, home: Any) -> dict[str, Any]:
    traffic = factories.OrganisationFactory(slug="trafikkontoret", name="Trafikkontoret")
    parks = factories.OrganisationFactory(slug="parkforvaltningen", name="Parkförvaltningen")
    publish_form("felanmalan", organisation=traffic)
    anna, bo = factories.UserFactory(username="anna"), factories.UserFactory(username="bo")
    handler, other = (
        factories.UserFactory(username="handlaggare"),
        factories.UserFactory(username="annan-handlaggare"),
    )
    handler.groups.add(handler_group(traffic))
    other.groups.add(handler_group(parks))
    personal = ["openid", "cases:read", "submissions:write"]
    tokens = {
        "anna": user_token(client, user=anna, scopes=personal),
        "bo": user_token(client, user=bo, scopes=personal),
        "handler": user_token(client, user=handler, scopes=["cases:manage"]),
        "other_handler": user_token(client, user=other, scopes=["cases:manage"]),
        "opendata": machine_token(client, name="Öppna data", scopes=["opendata:read"]),
        "anonymous": "",
    }
    import io

    from eservices import attachments
    from tests.images import png

    image = png()
    photo = attachments.attachment_upload(
        version=current_version(slug="felanmalan", locale="sv"),
        owner=f"user:{anna.pk}",
        file=io.BytesIO(image),
        name="lampa.png",
        size=len(image),
    )
    filed = client.post(
        "/api/v1/submissions/",
        json.dumps(
            {
                "form": "felanmalan",
                "data": {
                    "category": "belysning",
                    "description": "Annas lampa: trasig sedan i tisdags.",
                    "location": {"lat": 57.7, "lon": 11.97},
                    "photos": [str(photo.pk)],
                },
            }
        ),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {tokens['anna']}",
        HTTP_IDEMPOTENCY_KEY="annas-anmalan",
    )
    assert filed.status_code == 201, filed.content
    case = Case.objects.get(reference=filed.json()["reference"])
    assert case.citizen == anna
    return {"tokens": tokens, "case": case, "photo": photo, "anna": anna}


def call(client: Any, method: str, url: str, token: str, body: Any = None) -> Any:
    headers = {"HTTP_IDEMPOTENCY_KEY": str(uuid.uuid4())}
    if token:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    payload = json.dumps(body) if body is not None else ""
    return client.generic(method.upper(), url, payload, "application/json", **headers)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("operation_id", "method", "path"), CASE_OPERATIONS, ids=[o[0] for o in CASE_OPERATIONS]
)
@pytest.mark.parametrize("caller", CALLERS)
def test_each_caller_gets_what_the_matrix_says_and_nothing_more(
    client: Any, world: dict[str, Any], operation_id: str, method: str, path: str, caller: str
) -> None:
    case: Case = world["case"]
    url = path.replace("{reference}", case.reference).replace(
        "{attachment_id}", str(world["photo"].pk)
    )
    messages_before = CaseMessage.objects.count()
    status_before = case.status
    answer = call(client, method, url, world["tokens"][caller], BODIES.get(operation_id))

    assert answer.status_code == EXPECTED[operation_id][caller], answer.content
    body = b"" if answer.streaming else answer.content
    if answer.status_code >= 400:
        assert answer["Content-Type"] == "application/problem+json"
        # A refusal says nothing about the case: not that it exists, not what it holds.
        assert b"Annas lampa" not in body
        assert CaseMessage.objects.count() == messages_before
        case.refresh_from_db()
        assert case.status == status_before
    elif operation_id in ("me_cases_list", "cases_list"):
        sees = case.reference.encode() in body
        assert sees == (caller in ("anna", "handler"))
    assert answer["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_another_citizens_draft_in_a_submission_body_leaks_nothing(
    client: Any, world: dict[str, Any]
) -> None:
    version = current_version(slug="felanmalan", locale="sv")
    draft = draft_create(
        citizen_id=world["anna"].pk, version=version, data={"description": "Annas utkast"}
    )
    answer = call(
        client,
        "post",
        "/api/v1/submissions/",
        world["tokens"]["bo"],
        {
            "form": "felanmalan",
            "draft": str(draft.pk),
            "data": {
                "category": "belysning",
                "description": "Bos anmälan.",
                "location": {"lat": 57.7, "lon": 11.97},
            },
        },
    )
    assert answer.status_code == 400, answer.content  # as for a draft that never was
    assert b"Annas utkast" not in answer.content
    assert Draft.objects.filter(pk=draft.pk).exists()
    assert Case.objects.count() == 1
