"""Back-office systems and handlers' apps work cases through /api/v1/cases/ (cases:manage):
only their organisations' cases, lifecycle rules as problems, retries without repeats."""

from __future__ import annotations

import json
from typing import Any

import pytest

from eservices.models import Case, CaseEvent, CaseMessage, IdempotencyKey
from tests import factories
from tests.cases import file_case, handler_group, publish_form
from tests.tokens import machine_token, user_token


@pytest.fixture
def traffic(db: None) -> Any:
    return factories.OrganisationFactory(slug="trafikkontoret", name="Trafikkontoret")


@pytest.fixture
def parks(db: None) -> Any:
    return factories.OrganisationFactory(slug="parkforvaltningen", name="Parkförvaltningen")


@pytest.fixture
def ours(home: Any, traffic: Any) -> Case:
    publish_form("felanmalan", organisation=traffic)
    return file_case()


@pytest.fixture
def theirs(home: Any, parks: Any) -> Case:
    publish_form("synpunkter", organisation=parks)
    return file_case("synpunkter", {"topic": "annat", "message": "Hej", "wants_answer": "nej"})


@pytest.fixture
def token(client: Any, traffic: Any) -> str:
    return machine_token(
        client, name="Ärendesystem", scopes=["cases:manage"], organisations=["trafikkontoret"]
    )


def get(client: Any, url: str, token: str) -> Any:
    return client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}")


def post(client: Any, url: str, token: str, body: dict[str, Any], key: str = "k-1") -> Any:
    return client.post(
        url,
        json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
        HTTP_IDEMPOTENCY_KEY=key,
    )


@pytest.mark.django_db
def test_a_client_lists_only_its_organisations_cases(
    client: Any, ours: Case, theirs: Case, token: str
) -> None:
    response = get(client, "/api/v1/cases/", token)
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert [c["reference"] for c in response.json()["results"]] == [ours.reference]
    summary = response.json()["results"][0]
    assert summary["organisation"]["slug"] == "trafikkontoret"
    assert (summary["status"], summary["form"]["slug"]) == ("received", "felanmalan")


@pytest.mark.django_db
def test_another_organisations_case_is_404_everywhere(
    client: Any, ours: Case, theirs: Case, token: str
) -> None:
    url = f"/api/v1/cases/{theirs.reference}/"
    assert get(client, url, token).status_code == 404
    moved = post(client, url + "transitions/", token, {"status": "in_progress"})
    written = post(client, url + "messages/", token, {"body": "Hej"}, key="k-2")
    assert (moved.status_code, written.status_code) == (404, 404)
    assert moved["Content-Type"] == "application/problem+json"
    # The same answer as for a reference that does not exist: nothing tells them apart.
    missing = get(client, "/api/v1/cases/GBG-1999-000001/", token).json()
    shown = get(client, url, token).json()
    assert {**shown, "instance": ""} == {**missing, "instance": ""}
    theirs.refresh_from_db()
    assert theirs.status == "received"
    assert not CaseMessage.objects.exists()


@pytest.mark.django_db
def test_a_client_registered_for_no_organisation_sees_no_case(client: Any, ours: Case) -> None:
    lonely = machine_token(client, name="Ingen", scopes=["cases:manage"])
    assert get(client, "/api/v1/cases/", lonely).json()["results"] == []
    assert get(client, f"/api/v1/cases/{ours.reference}/", lonely).status_code == 404


@pytest.mark.django_db
def test_the_case_detail_has_answers_history_and_notifications(
    client: Any, ours: Case, token: str
) -> None:
    body = get(client, f"/api/v1/cases/{ours.reference}/", token).json()
    assert body["data"] == ours.data
    assert body["allowed_transitions"] == ["in_progress", "waiting_for_citizen", "closed"]
    assert [e["status"] for e in body["history"]] == ["received"]
    assert {(n["kind"], n["channel"], n["state"]) for n in body["notifications"]} == {
        ("receipt", "email", "pending"),
        ("receipt", "sms", "pending"),
    }
    assert body["public_status"]["text"] == "Vi har tagit emot ditt ärende."


@pytest.mark.django_db
def test_a_status_change_is_made_once_however_often_it_is_sent(
    client: Any, ours: Case, token: str
) -> None:
    url = f"/api/v1/cases/{ours.reference}/transitions/"
    change = {"status": "waiting_for_citizen", "reason": "needs_information", "note": "Var?"}
    first = post(client, url, token, change)
    assert first.status_code == 201, first.content
    assert first.json()["status"] == "waiting_for_citizen"
    assert first.json()["history"][-1]["by"] == "system"
    again = post(client, url, token, change)
    assert again.status_code == 201
    assert again["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert CaseEvent.objects.filter(case=ours, status="waiting_for_citizen").count() == 1
    other = post(client, url, token, {"status": "closed", "reason": "withdrawn"})
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"status": "decided", "reason": "approved"}, "status"),  # not from received
        ({"status": "closed"}, "reason"),  # closing needs a reason
        ({"status": "closed", "reason": "approved"}, "reason"),  # not a reason to close
        ({"status": "avgjord"}, "status"),
        ({"status": "in_progress", "note": "x" * 2001}, "note"),
        ({}, "status"),
    ],
)
def test_changes_the_lifecycle_does_not_allow_are_400(
    client: Any, ours: Case, token: str, body: dict[str, Any], field: str
) -> None:
    keys = IdempotencyKey.objects.count()
    response = post(client, f"/api/v1/cases/{ours.reference}/transitions/", token, body)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert field in {e["field"] for e in response.json()["errors"]}
    ours.refresh_from_db()
    assert ours.status == "received"
    assert IdempotencyKey.objects.count() == keys  # the key may be used again, corrected


@pytest.mark.django_db
def test_messages_reach_the_case_and_closed_cases_take_none(
    client: Any, ours: Case, token: str
) -> None:
    url = f"/api/v1/cases/{ours.reference}/messages/"
    sent = post(client, url, token, {"body": "Vi åtgärdar felet i veckan."})
    assert sent.status_code == 201, sent.content
    assert sent.json()["direction"] == "to_citizen"
    assert post(client, url, token, {"body": "Vi åtgärdar felet i veckan."}).status_code == 201
    assert CaseMessage.objects.filter(case=ours).count() == 1  # the retry made no second
    assert post(client, url, token, {"body": ""}, key="k-2").status_code == 400
    closing = {"status": "closed", "reason": "completed"}
    post(client, f"/api/v1/cases/{ours.reference}/transitions/", token, closing, key="k-3")
    late = post(client, url, token, {"body": "En sak till"}, key="k-4")
    assert late.status_code == 409
    assert late.json()["code"] == "case_closed"
    assert CaseMessage.objects.filter(case=ours).count() == 1


@pytest.mark.django_db
def test_the_same_key_on_another_case_is_not_a_replay(
    client: Any, ours: Case, token: str, traffic: Any
) -> None:
    second = file_case()
    change = {"status": "in_progress"}
    post(client, f"/api/v1/cases/{ours.reference}/transitions/", token, change)
    other = post(client, f"/api/v1/cases/{second.reference}/transitions/", token, change)
    assert other.status_code == 422  # one key, one request: never another case's answer
    second.refresh_from_db()
    assert second.status == "received"


@pytest.mark.django_db
def test_listing_filters(client: Any, ours: Case, token: str) -> None:
    done = file_case()
    post(client, f"/api/v1/cases/{done.reference}/transitions/", token, {"status": "in_progress"})

    def refs(query: str) -> list[str]:
        response = get(client, f"/api/v1/cases/?{query}", token)
        assert response.status_code == 200, response.content
        return [c["reference"] for c in response.json()["results"]]

    assert refs("status=in_progress") == [done.reference]
    assert refs("form=felanmalan") == [done.reference, ours.reference]
    assert refs("organisation=parkforvaltningen") == []
    done.refresh_from_db()
    since = done.updated_at.isoformat()
    assert refs(f"updated_since={since.replace('+', '%2B')}") == [done.reference]
    for bad in ["status=klar", "updated_since=igår", "updated_since=2026-11-27T08:00:00"]:
        assert get(client, f"/api/v1/cases/?{bad}", token).status_code == 400


@pytest.mark.django_db
def test_staff_handle_the_cases_of_their_handler_groups(
    client: Any, ours: Case, theirs: Case, traffic: Any
) -> None:
    handler = factories.UserFactory(username="handlaggare")
    handler.groups.add(handler_group(traffic))
    staff_token = user_token(client, user=handler, scopes=["cases:manage"])
    listed = get(client, "/api/v1/cases/", staff_token).json()["results"]
    assert [c["reference"] for c in listed] == [ours.reference]
    url = f"/api/v1/cases/{ours.reference}/transitions/"
    moved = post(client, url, staff_token, {"status": "in_progress"})
    assert moved.json()["history"][-1]["by"] == "staff"
    assert CaseEvent.objects.get(case=ours, status="in_progress").actor == handler
    citizen = factories.UserFactory(username="medborgare")
    citizen_token = user_token(client, user=citizen, scopes=["cases:manage"])
    assert get(client, "/api/v1/cases/", citizen_token).json()["results"] == []


@pytest.mark.django_db
def test_handlers_download_the_files_a_case_took(
    client: Any, ours: Case, theirs: Case, token: str
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.images import png

    upload = SimpleUploadedFile("lampa.png", png(), content_type="image/png")
    sent = client.post("/api/v1/attachments/", {"form": "felanmalan", "file": upload})
    assert sent.status_code == 201, sent.content
    report = {**ours.data, "photos": [sent.json()["id"]]}
    secrets = {sent.json()["id"]: sent.json()["upload_secret"]}
    body = json.dumps({"form": "felanmalan", "data": report, "upload_secrets": secrets})
    filed = client.post(
        "/api/v1/submissions/", body, content_type="application/json", HTTP_IDEMPOTENCY_KEY="f"
    )
    reference = filed.json()["reference"]
    listed = get(client, f"/api/v1/cases/{reference}/", token).json()["attachments"]
    assert [(a["field"], a["name"], a["content_type"]) for a in listed] == [
        ("photos", "lampa.png", "image/png")
    ]
    download = get(client, listed[0]["url"], token)
    assert download.status_code == 200
    content = b"".join(download.streaming_content)
    import hashlib

    assert hashlib.sha256(content).hexdigest() == listed[0]["sha256"]
    assert download["Content-Type"] == "image/png"
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"
    # The same file through another case's address, or another organisation's client: 404.
    elsewhere = listed[0]["url"].replace(reference, ours.reference)
    assert get(client, elsewhere, token).status_code == 404
    parks = machine_token(
        client, name="Park", scopes=["cases:manage"], organisations=["parkforvaltningen"]
    )
    assert get(client, listed[0]["url"], parks).status_code == 404
