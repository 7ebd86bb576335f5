"""Logging contacts: first-contact resolution, forwarding with a task, answer targets."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from contactcenter.models import Contact, Task
from tests import factories
from tests.contactcenter.conftest import log

pytestmark = pytest.mark.django_db

PHONE = {
    "channel": "phone",
    "started_at": "2026-03-10T09:00:00+01:00",
    "answered_at": "2026-03-10T09:00:15+01:00",
    "finished_at": "2026-03-10T09:04:00+01:00",
    "language": "sv",
}


def test_a_call_resolved_at_first_contact(client: Any, agent: str) -> None:
    topic = factories.TopicFactory(slug="parkering")
    response = log(client, agent, {**PHONE, "topic": "parkering"})
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["outcome"] == "resolved"
    assert body["resolved_at_first_contact"] is True
    assert body["topic"]["id"] == topic.pk
    assert body["answer_due_at"] == "2026-03-10T08:00:20Z"
    assert body["answered_in_time"] is True
    assert body["task"] is None
    assert response["Cache-Control"] == "no-store"
    assert Task.objects.count() == 0


def test_an_email_gets_its_four_office_hours_over_midsummer(client: Any, agent: str) -> None:
    email = {
        "channel": "email",
        "started_at": "2026-06-18T15:00:00+02:00",  # the day before midsommarafton
        "answered_at": "2026-06-22T09:30:00+02:00",
    }
    body = log(client, agent, email).json()
    assert body["answer_due_at"] == "2026-06-22T08:00:00Z"  # Monday 10:00
    assert body["answered_in_time"] is True
    assert body["answer_office_seconds"] == 3 * 3600 + 30 * 60


def test_forwarding_gives_the_receiver_a_task(client: Any, agent: str, receiver: Any) -> None:
    forwarded = {
        **PHONE,
        "forwarded_to": "trafikkontoret",
        "task": "Trasig gatubelysning på Storgatan; ring upp medborgaren.",
    }
    response = log(client, agent, forwarded)
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["outcome"] == "forwarded"
    assert body["resolved_at_first_contact"] is False
    assert body["forwarded_to"]["slug"] == "trafikkontoret"
    assert body["organisation"]["slug"] == "trafikkontoret"
    # Sixteen office hours from the end of the call (Tue 09:04): 7 h 56 min on Tuesday, so
    # Wednesday 16:04 local time.
    assert body["task"]["due_at"] == "2026-03-11T15:04:00Z"
    task = Task.objects.get()
    assert task.organisation == receiver and task.status == "open"


def test_the_same_idempotency_key_logs_one_contact(client: Any, agent: str) -> None:
    first = log(client, agent, PHONE, key="samtal-1")
    again = log(client, agent, PHONE, key="samtal-1")
    assert first.status_code == again.status_code == 201
    assert again["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    other = log(client, agent, {**PHONE, "language": "en"}, key="samtal-1")
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused"
    assert Contact.objects.count() == 1


def test_a_case_is_linked_by_reference(client: Any, agent: str, section: Any) -> None:
    from tests.cases import file_case, publish_form

    publish_form("felanmalan", organisation=section.organisation)
    case = file_case()
    body = log(client, agent, {**PHONE, "case": case.reference}).json()
    assert body["case"] == case.reference
    assert Contact.objects.get().case == case


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"channel": "fax"}, "channel", "invalid_choice"),
        ({"started_at": "2026-03-10T09:00:00"}, "started_at", "invalid"),
        ({"started_at": "igår"}, "started_at", "invalid"),
        ({"answered_at": "2026-03-10T07:59:00+01:00"}, "answered_at", "bad_order"),
        ({"finished_at": "2026-03-10T09:00:01+01:00"}, "finished_at", "bad_order"),
        ({"started_at": "2099-01-01T00:00:00Z", "answered_at": None}, "started_at", "in_future"),
        ({"topic": "finns-inte"}, "topic", "invalid"),
        ({"forwarded_to": "finns-inte", "task": "x"}, "forwarded_to", "invalid"),
        ({"forwarded_to": "trafikkontoret"}, "task", "task_missing"),
        ({"task": "Ring upp"}, "task", "task_without_receiver"),
        ({"service": 999999}, "service", "not_found"),
        ({"case": "GBG-2026-999999"}, "case", "not_found"),
        ({"language": "svenska"}, "language", "invalid"),
        ({"started_at": 12}, "started_at", "invalid"),
    ],
)
def test_invalid_contacts_are_refused_with_a_stable_code(
    client: Any, agent: str, receiver: Any, change: dict[str, Any], field: str, code: str
) -> None:
    response = log(client, agent, {**PHONE, **change})
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    errors = response.json()["errors"]
    assert {"field": field, "code": code} in [
        {"field": e["field"], "code": e["code"]} for e in errors
    ]
    assert Contact.objects.count() == 0 and Task.objects.count() == 0


@pytest.mark.parametrize("body", [[], "text", None, {"channel": None}, {"x": {"y": [1]}}])
def test_malformed_bodies_are_400_not_500(client: Any, agent: str, body: Any) -> None:
    assert log(client, agent, body).status_code == 400
    assert Contact.objects.count() == 0


def test_the_log_lists_latest_first_and_filters(client: Any, agent: str) -> None:
    log(client, agent, PHONE)
    log(
        client,
        agent,
        {
            **PHONE,
            "channel": "chat",
            "started_at": "2026-03-11T09:00:00+01:00",
            "answered_at": None,
            "finished_at": None,
        },
    )
    headers = {"HTTP_AUTHORIZATION": f"Bearer {agent}"}
    listed = client.get("/api/v1/contactcenter/contacts/", **headers).json()
    assert [c["channel"] for c in listed["results"]] == ["chat", "phone"]
    phone = client.get("/api/v1/contactcenter/contacts/?channel=phone", **headers).json()
    assert phone["count"] == 1
    one = client.get(f"/api/v1/contactcenter/contacts/{phone['results'][0]['id']}/", **headers)
    assert one.json() == phone["results"][0]
    assert client.get("/api/v1/contactcenter/contacts/?channel=fax", **headers).status_code == 400
    assert client.get("/api/v1/contactcenter/contacts/?since=igår", **headers).status_code == 400
    assert client.get("/api/v1/contactcenter/contacts/0/", **headers).status_code == 404


def test_unanswered_calls_are_late_once_their_target_passes() -> None:
    from contactcenter.services import contact_log

    started = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)
    contact = contact_log(channel="phone", started_at=started, now=started)
    assert contact.answer_due_at == started + dt.timedelta(seconds=20)
    from api.v1.contactcenter.contacts import contact_data

    assert contact_data(contact, started)["answered_in_time"] is None
    assert contact_data(contact, started + dt.timedelta(seconds=21))["answered_in_time"] is False


def patch(client: Any, token: str, contact_id: int, body: Any) -> Any:
    return client.patch(
        f"/api/v1/contactcenter/contacts/{contact_id}/",
        json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )


EMAIL_ARRIVED = {"channel": "email", "started_at": "2026-06-18T15:00:00+02:00"}


def test_an_email_logged_on_arrival_is_answered_later(client: Any, agent: str) -> None:
    logged = log(client, agent, EMAIL_ARRIVED).json()
    assert logged["answered_at"] is None and logged["answer_office_seconds"] is None
    answered = {"answered_at": "2026-06-22T09:30:00+02:00"}
    response = patch(client, agent, logged["id"], answered)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["answered_at"] == "2026-06-22T07:30:00Z"
    assert body["answered_in_time"] is True  # due Monday 10:00, over midsummer
    assert body["answer_office_seconds"] == 3 * 3600 + 30 * 60
    assert response["Cache-Control"] == "no-store"
    # The same value again is a safe retry; then the end time is added.
    assert patch(client, agent, logged["id"], answered).json() == body
    done = patch(client, agent, logged["id"], {"finished_at": "2026-06-22T09:45:00+02:00"})
    assert done.json()["finished_at"] == "2026-06-22T07:45:00Z"


def test_a_time_once_set_is_not_rewritten(client: Any, agent: str) -> None:
    logged = log(client, agent, PHONE).json()
    response = patch(client, agent, logged["id"], {"answered_at": "2026-03-10T09:00:05+01:00"})
    assert response.status_code == 409
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "time_already_set"
    contact = Contact.objects.get()
    assert contact.answered_at == dt.datetime(2026, 3, 10, 8, 0, 15, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        ({"answered_at": "2026-06-18T14:59:00+02:00"}, "answered_at", "bad_order"),
        ({"finished_at": "2026-06-18T14:00:00+02:00"}, "finished_at", "bad_order"),
        ({"answered_at": "2027-07-01T00:00:00Z"}, "answered_at", "too_long"),
        ({"answered_at": "igår"}, "answered_at", "invalid"),
        ({"answered_at": "2026-06-19T10:00:00"}, "answered_at", "invalid"),  # no offset
        ({}, "non_field_errors", "invalid"),
    ],
)
def test_bad_times_are_refused_and_change_nothing(
    client: Any, agent: str, body: dict[str, Any], field: str, code: str
) -> None:
    logged = log(client, agent, EMAIL_ARRIVED).json()
    response = patch(client, agent, logged["id"], body)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    errors = [{"field": e["field"], "code": e["code"]} for e in response.json()["errors"]]
    assert {"field": field, "code": code} in errors
    contact = Contact.objects.get()
    assert (contact.answered_at, contact.finished_at) == (None, None)


def test_an_unknown_contact_is_404(client: Any, agent: str) -> None:
    response = patch(client, agent, 999999, {"answered_at": "2026-06-18T15:10:00+02:00"})
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_a_forwarded_tasks_due_time_counts_from_the_contacts_new_end(
    client: Any, agent: str, receiver: Any
) -> None:
    arrived = {"channel": "email", "started_at": "2026-03-10T09:00:00+01:00"}
    forwarded = {**arrived, "forwarded_to": "trafikkontoret", "task": "Svara om felparkering."}
    logged = log(client, agent, forwarded).json()
    assert logged["task"]["due_at"] == "2026-03-11T15:00:00Z"  # 16 office hours from 09:00
    answered = {"answered_at": "2026-03-10T12:00:00+01:00"}
    body = patch(client, agent, logged["id"], answered).json()
    assert body["task"]["due_at"] == "2026-03-12T09:00:00Z"  # from 12:00 instead
    Task.objects.update(status="in_progress")  # the receiver has begun: its due time stays
    ended = {"finished_at": "2026-03-10T13:00:00+01:00"}
    assert patch(client, agent, logged["id"], ended).json()["task"]["due_at"] == (
        "2026-03-12T09:00:00Z"
    )


def test_a_contact_that_ended_unanswered_stays_unanswered(client: Any, agent: str) -> None:
    abandoned = {**EMAIL_ARRIVED, "finished_at": "2026-06-18T15:05:00+02:00"}
    logged = log(client, agent, abandoned).json()
    response = patch(client, agent, logged["id"], {"answered_at": "2026-06-18T15:01:00+02:00"})
    assert response.status_code == 409
    assert response.json()["code"] == "already_finished"
    assert Contact.objects.get().answered_at is None
