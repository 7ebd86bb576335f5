"""Who reaches which case, end to end: every My page and case operation called by two
citizens, staff of the handling organisation, staff of another organisation, an open-data
client and anonymous. Another citizen's reference, in a path or a body, leaks nothing."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from eservices.drafts import draft_create
from eservices.models import Case, CaseAccess, CaseMessage, Draft
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
    # Anna's draft (My page too).
    "drafts_list": dict(zip(CALLERS, (200, 200, 403, 403, 403, 401), strict=True)),
    "drafts_create": dict(zip(CALLERS, (201, 201, 403, 403, 403, 401), strict=True)),
    "drafts_retrieve": dict(zip(CALLERS, (200, 404, 403, 403, 403, 401), strict=True)),
    "drafts_update": dict(zip(CALLERS, (200, 404, 403, 403, 403, 401), strict=True)),
    "drafts_destroy": dict(zip(CALLERS, (204, 404, 403, 403, 403, 401), strict=True)),
}
# Reads of the whole case by staff, which the access log must record.
LOGGED = {"cases_retrieve", "cases_transition", "cases_attachment"}
BODIES = {
    "me_cases_messages_create": {"body": "Hej, här är bilden."},
    "cases_transition": {"status": "in_progress"},
    "cases_messages_create": {"body": "Tack, vi tittar på det."},
    "drafts_create": {"form": "felanmalan", "data": {"description": "Ett nytt utkast"}},
    "drafts_update": {"data": {"description": "Annas lampa, ändrad"}},
}
CASE_OPERATIONS = [o for o in OPERATIONS if o[0].startswith(("cases_", "me_cases_", "drafts_"))]


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
    draft = draft_create(
        citizen_id=anna.pk,
        version=current_version(slug="felanmalan", locale="sv"),
        data={"description": "Annas lampa, utkast"},
    )
    return {"tokens": tokens, "case": case, "photo": photo, "anna": anna, "draft": draft}


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

    def url_for(reference: str, draft_id: str) -> str:
        return (
            path.replace("{reference}", reference)
            .replace("{attachment_id}", str(world["photo"].pk))
            .replace("{draft_id}", draft_id)
        )

    url = url_for(case.reference, str(world["draft"].pk))
    messages_before = CaseMessage.objects.count()
    reads_before = CaseAccess.objects.count()
    status_before = case.status
    token = world["tokens"][caller]
    answer = call(client, method, url, token, BODIES.get(operation_id))

    assert answer.status_code == EXPECTED[operation_id][caller], answer.content
    body = b"" if answer.streaming else answer.content
    if answer.status_code >= 400:
        assert answer["Content-Type"] == "application/problem+json"
        # A refusal says nothing about the case: not that it exists, not what it holds.
        assert b"Annas lampa" not in body
        assert CaseMessage.objects.count() == messages_before
        assert CaseAccess.objects.count() == reads_before
        case.refresh_from_db()
        assert case.status == status_before
        assert Draft.objects.get(pk=world["draft"].pk).data == {
            "description": "Annas lampa, utkast"
        }
        if answer.status_code == 404:
            # Exactly as for a reference or draft that never was.
            never = call(
                client,
                method,
                url_for("GBG-2026-999999", str(uuid.uuid4())),
                token,
                BODIES.get(operation_id),
            )
            keys = ("type", "code", "title", "status", "detail")
            assert {k: answer.json().get(k) for k in keys} == {k: never.json().get(k) for k in keys}
    elif operation_id in LOGGED:
        assert CaseAccess.objects.count() == reads_before + 1
    elif operation_id in ("me_cases_list", "cases_list"):
        sees = case.reference.encode() in body
        assert sees == (caller in ("anna", "handler"))
    elif operation_id == "drafts_list":
        assert (str(world["draft"].pk).encode() in body) == (caller == "anna")
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
