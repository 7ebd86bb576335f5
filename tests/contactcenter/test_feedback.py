"""Agents' feedback on answers reaches the owning organisation's editors, and only them."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from django.core import mail

from cms.models import Routing
from contactcenter.models import AnswerFeedback
from tests import factories
from tests.tasks import immediate

pytestmark = pytest.mark.django_db

URL = "/api/v1/contactcenter/feedback/"


@pytest.fixture
def answers(two_organisations: dict[str, Any], section: Any) -> dict[str, Any]:
    a, b = two_organisations["a"], two_organisations["b"]
    two_organisations["editor_a"].email = "redaktor-a@stad.example"
    two_organisations["editor_a"].save()
    two_organisations["editor_b"].email = "redaktor-b@stad.example"
    two_organisations["editor_b"].save()
    answer = factories.AnswerPageFactory(
        parent=section, title="Kön till förskolan", slug="kon", organisation=a
    )
    answer.save_revision().publish()
    topic = factories.TopicFactory(slug="parkering", name="Parkering")
    Routing.objects.create(topic=topic, organisation=b, method="phone", phone="031-365 14 10")
    return {**two_organisations, "answer": answer, "topic": topic}


def send(client: Any, token: str, body: Any, key: str | None = None) -> Any:
    return client.post(
        URL,
        json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
        HTTP_IDEMPOTENCY_KEY=key or str(uuid.uuid4()),
    )


def test_a_wrong_answer_reaches_its_owners_editors_by_mail(
    client: Any,
    agent: str,
    answers: dict[str, Any],
    settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    settings.TASKS = immediate()
    body = {
        "kind": "wrong",
        "comment": "Kötiden är numera tre månader enligt beslut.",
        "answer": answers["answer"].pk,
        "query": "kö förskola",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, agent, body)
    assert response.status_code == 201, response.content
    data = response.json()
    assert (data["kind"], data["status"]) == ("wrong", "new")
    assert data["organisation"]["slug"] == "org-a"
    assert [m.to for m in mail.outbox] == [["redaktor-a@stad.example"]]
    message = mail.outbox[0]
    assert "Kön till förskolan" in message.body
    assert f"/admin/answer_feedback/inspect/{data['id']}/" in message.body
    assert "tre månader" not in message.body  # the comment stays in the admin


def test_a_retry_with_the_same_key_gives_the_first_answer(
    client: Any, agent: str, answers: dict[str, Any]
) -> None:
    body = {"kind": "missing", "comment": "Inget svar om syskonförtur.", "organisation": "org-a"}
    first = send(client, agent, body, key="samma-nyckel-123")
    again = send(client, agent, body, key="samma-nyckel-123")
    assert again.status_code == 201 and again["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert AnswerFeedback.objects.count() == 1


@pytest.mark.parametrize(
    ("extra", "owner"),
    [({"organisation": "org-a"}, "org-a"), ({"topic": "parkering"}, "org-b"), ({}, None)],
)
def test_a_missing_answer_goes_to_the_named_or_routed_organisation(
    client: Any, agent: str, answers: dict[str, Any], extra: dict[str, str], owner: str | None
) -> None:
    body = {"kind": "missing", "comment": "Svar saknas om boendeparkering.", **extra}
    response = send(client, agent, body)
    assert response.status_code == 201, response.content
    org = response.json()["organisation"]
    assert (org["slug"] if org else None) == owner


def test_feedback_nobody_owns_reaches_the_editors_of_every_organisation(
    client: Any,
    agent: str,
    answers: dict[str, Any],
    settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    from django.contrib.auth.models import Group, Permission

    settings.TASKS = immediate()
    central = Group.objects.create(name="Webbredaktionen")
    central.permissions.add(
        *Permission.objects.filter(codename__in=["edit_any_organisation", "access_admin"])
    )
    factories.UserFactory(username="central", email="webb@stad.example", groups=[central])
    factories.UserFactory(
        username="gone", email="gone@stad.example", groups=[central], is_active=False
    )
    body = {"kind": "missing", "comment": "Inget svar om kolonilotter.", "query": "koloni"}
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, agent, body)
    assert response.status_code == 201, response.content
    assert response.json()["organisation"] is None
    assert [m.to for m in mail.outbox] == [["webb@stad.example"]]  # not the inactive one
    assert "webbredaktionen" in mail.outbox[0].body
    client.force_login(central.user_set.get(username="central"))
    listing = client.get("/admin/answer_feedback/").content.decode()
    assert f"/admin/answer_feedback/inspect/{response.json()['id']}/" in listing


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        ({"kind": "wrong", "comment": "Fel"}, "answer", "answer_required"),
        ({"kind": "wrong", "comment": "Fel", "answer": 999999}, "answer", "not_found"),
        ({"kind": "odd", "comment": "Fel"}, "kind", "invalid_choice"),
        ({"kind": "missing"}, "comment", "required"),
        ({"kind": "missing", "comment": "x", "topic": "okand"}, "topic", "invalid"),
        ({"kind": "missing", "comment": "x" * 2001}, "comment", "max_length"),
    ],
)
def test_invalid_feedback_is_refused_and_nothing_is_kept(
    client: Any, agent: str, answers: dict[str, Any], body: Any, field: str, code: str
) -> None:
    response = send(client, agent, body)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    errors = [(e["field"], e["code"]) for e in response.json()["errors"]]
    assert (field, code) in errors
    assert AnswerFeedback.objects.count() == 0


def test_editors_see_and_handle_only_their_organisations_feedback(
    client: Any, agent: str, answers: dict[str, Any]
) -> None:
    own = send(client, agent, {"kind": "missing", "comment": "Om A", "organisation": "org-a"})
    other = send(client, agent, {"kind": "missing", "comment": "Om B", "organisation": "org-b"})
    own_id, other_id = own.json()["id"], other.json()["id"]
    client.force_login(answers["editor_a"])
    listing = client.get("/admin/answer_feedback/")
    assert listing.status_code == 200
    assert f"/admin/answer_feedback/inspect/{own_id}/" in listing.content.decode()
    assert f"/admin/answer_feedback/inspect/{other_id}/" not in listing.content.decode()
    assert client.get(f"/admin/answer_feedback/inspect/{own_id}/").status_code == 200
    assert client.get(f"/admin/answer_feedback/inspect/{other_id}/").status_code == 404
    assert client.get(f"/admin/answer_feedback/edit/{other_id}/").status_code == 404
    handled = client.post(f"/admin/answer_feedback/edit/{own_id}/", {"status": "handled"})
    assert handled.status_code == 302
    assert AnswerFeedback.objects.get(pk=own_id).status == "handled"
    assert AnswerFeedback.objects.get(pk=own_id).comment == "Om A"
    assert AnswerFeedback.objects.get(pk=other_id).status == "new"
    assert client.post(f"/admin/answer_feedback/delete/{own_id}/").status_code in {302, 403, 404}
    assert AnswerFeedback.objects.filter(pk=own_id).exists()


def test_staff_without_an_organisation_do_not_get_the_listing(
    client: Any, agent: str, answers: dict[str, Any]
) -> None:
    send(client, agent, {"kind": "missing", "comment": "Om A", "organisation": "org-a"})
    from tests.conftest import make_editor_group

    outsider = factories.UserFactory(
        username="utan-organisation", groups=[make_editor_group("Utan", answers["answer"])]
    )
    client.force_login(outsider)
    assert client.get("/admin/answer_feedback/").status_code in {302, 403}
