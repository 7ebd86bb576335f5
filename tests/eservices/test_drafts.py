"""Drafts: a citizen saves answers and resumes them; nobody else sees them; they expire,
and the submission made from one deletes it in the same transaction."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from eservices.models import Case, Draft, IdempotencyKey
from tests import factories
from tests.eservices.conftest import VALID
from tests.eservices.test_submissions import submit
from tests.tokens import user_token

URL = "/api/v1/me/drafts/"
pytestmark = pytest.mark.django_db


class Citizen:
    """A signed-in citizen's app: reads with cases:read, writes with submissions:write."""

    def __init__(self, client: Any, username: str) -> None:
        self.client = client
        self.user = factories.UserFactory(username=username)
        token = user_token(client, user=self.user, scopes=["cases:read", "submissions:write"])
        self.auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}

    def get(self, path: str = URL, **params: Any) -> Any:
        return self.client.get(path, params, **self.auth)

    def send(self, method: str, path: str = URL, body: Any = None) -> Any:
        data = json.dumps(body) if body is not None else ""
        return self.client.generic(method, path, data, content_type="application/json", **self.auth)

    def save(self, data: dict[str, Any], form: str = "ansokan-forskoleplats") -> Any:
        return self.send("POST", URL, {"form": form, "locale": "sv", "data": data})


@pytest.fixture
def anna(client: Any, application: Any) -> Citizen:
    return Citizen(client, "anna")


@pytest.fixture
def bo(client: Any, application: Any) -> Citizen:
    return Citizen(client, "bo")


def test_a_draft_is_saved_resumed_and_saved_again(anna: Citizen) -> None:
    created = anna.save({"child_name": "Alva", "email": "ofullständig@"})
    assert created.status_code == 201, created.content
    body = created.json()
    assert created["Location"] == f"{URL}{body['id']}/"
    assert (body["form"], body["title"], body["locale"]) == (
        "ansokan-forskoleplats",
        "Ansök om förskoleplats",
        "sv",
    )
    assert body["data"] == {"child_name": "Alva", "email": "ofullständig@"}
    expires = dt.datetime.fromisoformat(body["expires_at"])
    assert (
        timezone.now() + dt.timedelta(days=29) < expires <= timezone.now() + dt.timedelta(days=30)
    )
    listed = anna.get()
    assert [d["id"] for d in listed.json()["results"]] == [body["id"]]
    assert "data" not in listed.json()["results"][0]
    Draft.objects.filter(pk=body["id"]).update(expires_at=timezone.now() + dt.timedelta(days=1))
    saved = anna.send("PUT", f"{URL}{body['id']}/", {"data": {"child_name": "Alva Berg"}})
    assert saved.status_code == 200
    assert saved.json()["data"] == {"child_name": "Alva Berg"}
    assert dt.datetime.fromisoformat(saved.json()["expires_at"]) > expires - dt.timedelta(hours=1)
    resumed = anna.get(f"{URL}{body['id']}/")
    assert resumed.json()["data"] == {"child_name": "Alva Berg"}
    for response in (created, listed, saved, resumed):
        assert response["Cache-Control"] == "no-store"
    assert anna.send("DELETE", f"{URL}{body['id']}/").status_code == 204
    assert not Draft.objects.exists()


def test_another_citizens_draft_is_not_found_and_untouched(anna: Citizen, bo: Citizen) -> None:
    draft_id = anna.save({"child_name": "Alva"}).json()["id"]
    path = f"{URL}{draft_id}/"
    responses = [
        bo.get(path),
        bo.send("PUT", path, {"data": {"child_name": "Bo"}}),
        bo.send("DELETE", path),
    ]
    assert [r.status_code for r in responses] == [404, 404, 404]
    assert all("Alva" not in r.content.decode() for r in responses)
    assert responses[0].json() == {**responses[2].json(), "instance": path}
    assert bo.get().json()["count"] == 0
    assert Draft.objects.get().data == {"child_name": "Alva"}


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"hemligt": "x"}, "data.hemligt"),
        ({"child_name": "Al\x00va"}, "data.child_name"),
        ({"child_name": [[[["för djupt"]]]]}, "data.child_name"),
        ({"child_name": "x" * 300_000}, "data"),
    ],
    ids=["unknown field", "NUL", "too deep", "too large"],
)
def test_bad_drafts_are_400_and_keep_nothing(anna: Citizen, data: Any, field: str) -> None:
    response = anna.save(data)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert field in {e["field"] for e in response.json()["errors"]}
    assert not Draft.objects.exists()


@pytest.mark.parametrize(
    "body",
    [
        {"form": "ansokan-forskoleplats", "data": {}, "status": "x"},
        {"form": "finns-inte", "data": {}},
        {"form": "ansokan-forskoleplats", "data": ["lista"]},
        ["lista"],
        "text",
    ],
    ids=["unknown key", "unknown form", "data a list", "a list", "a string"],
)
def test_malformed_bodies_are_400(anna: Citizen, body: Any) -> None:
    response = anna.send("POST", URL, body)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert not Draft.objects.exists()


def test_an_update_is_checked_like_a_new_draft(anna: Citizen) -> None:
    draft_id = anna.save({"child_name": "Alva"}).json()["id"]
    for body in ({"data": {"hemligt": 1}}, {"data": {}, "form": "synpunkter"}, {}):
        assert anna.send("PUT", f"{URL}{draft_id}/", body).status_code == 400
    assert Draft.objects.get().data == {"child_name": "Alva"}


def test_a_citizen_has_a_bounded_number_of_drafts(anna: Citizen, settings: Any) -> None:
    settings.DRAFTS_PER_CITIZEN = 2
    assert [anna.save({}).status_code for _ in range(2)] == [201, 201]
    third = anna.save({})
    assert third.status_code == 409
    assert third.json()["code"] == "draft_limit_reached"
    assert Draft.objects.count() == 2


def test_an_expired_draft_is_gone_to_its_owner(anna: Citizen) -> None:
    draft_id = anna.save({}).json()["id"]
    Draft.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    assert anna.get(f"{URL}{draft_id}/").status_code == 404
    assert anna.get().json()["count"] == 0


def test_a_token_acting_for_nobody_has_no_drafts(client: Any, application: Any) -> None:
    from oauth2_provider.models import AccessToken

    from api.oauth import api_client_create

    # Personal scopes are never issued to machines; should one hold them anyway, it is refused.
    new = api_client_create(name="Maskin", grant="client-credentials", scopes=["opendata:read"])
    AccessToken.objects.create(
        application=new.application,
        token="maskin-med-personlig-behorighet",
        expires=timezone.now() + dt.timedelta(minutes=5),
        scope="cases:read submissions:write",
    )
    response = client.get(URL, HTTP_AUTHORIZATION="Bearer maskin-med-personlig-behorighet")
    assert response.status_code == 403


def test_submitting_from_a_draft_deletes_it_with_the_filing(anna: Citizen) -> None:
    draft_id = anna.save({"child_name": "Alva"}).json()["id"]
    body = {"form": "ansokan-forskoleplats", "data": VALID, "draft": draft_id}
    response = submit(anna.client, body, **anna.auth)
    assert response.status_code == 201, response.content
    assert not Draft.objects.exists()
    assert Case.objects.get().citizen == anna.user
    # A retry finds the draft gone with the filing and gets the first answer again.
    again = submit(anna.client, body, **anna.auth)
    assert (again.status_code, again.json()) == (201, response.json())
    assert again["Idempotent-Replayed"] == "true"
    assert Case.objects.count() == 1


def test_a_draft_that_is_not_the_citizens_refuses_the_submission(
    anna: Citizen, bo: Citizen
) -> None:
    draft_id = anna.save({"child_name": "Alva"}).json()["id"]
    body = {"form": "ansokan-forskoleplats", "data": VALID, "draft": draft_id}
    for response in (submit(bo.client, body, **bo.auth), submit(bo.client, body, key="k2")):
        assert response.status_code in {400, 401}
    refused = submit(bo.client, body, key="k3", **bo.auth)
    assert refused.json()["errors"] == [
        {"field": "draft", "message": "No such draft of the signed-in citizen.", "code": "invalid"}
    ]
    assert Draft.objects.get().data == {"child_name": "Alva"}
    # Refused after the case was written in its transaction: nothing of it is left.
    assert not Case.objects.exists()
    assert not IdempotencyKey.objects.exists()
    assert not DBTaskResult.objects.filter(task_path="eservices.tasks.deliver_case_messages")


def test_a_draft_of_another_form_refuses_the_submission(anna: Citizen) -> None:
    from tests.eservices.test_submissions import publish

    publish("synpunkter")
    draft_id = anna.save({"message": "Hej"}, form="synpunkter").json()["id"]
    body = {"form": "ansokan-forskoleplats", "data": VALID, "draft": draft_id}
    response = submit(anna.client, body, **anna.auth)
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == "This draft belongs to another form."
    assert Draft.objects.filter(pk=draft_id).exists()
    assert not Case.objects.exists()
