"""Forwarded tasks worked by the receiver, escalation when late, service-level figures."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from contactcenter.models import Task
from contactcenter.services import contact_log, tasks_escalate
from tests import factories
from tests.tasks import immediate
from tests.tokens import machine_token

pytestmark = pytest.mark.django_db

MONDAY = dt.datetime(2026, 3, 9, 9, 0, tzinfo=dt.UTC)  # 10:00 in Stockholm


def forwarded(receiver: Any, started: dt.datetime = MONDAY, **extra: Any) -> Any:
    return contact_log(
        channel="phone",
        started_at=started,
        answered_at=started + dt.timedelta(seconds=10),
        forwarded_to_id=receiver.pk,
        task_description="Ring upp om bygglovet.",
        now=started + dt.timedelta(minutes=5),
        **extra,
    )


def patch(client: Any, token: str, task_id: int, status: str) -> Any:
    return client.patch(
        f"/api/v1/contactcenter/tasks/{task_id}/",
        json.dumps({"status": status}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )


def test_the_receiver_works_its_task_and_others_cannot(
    client: Any, agent: str, receiver: Any
) -> None:
    task = forwarded(receiver).task
    other = factories.OrganisationFactory(slug="annan")
    own = machine_token(
        client, name="Trafik", scopes=["cases:manage"], organisations=[receiver.slug]
    )
    foreign = machine_token(
        client, name="Annan", scopes=["cases:manage"], organisations=[other.slug]
    )
    assert patch(client, foreign, task.pk, "done").status_code == 404
    assert patch(client, agent, task.pk, "done").status_code == 403  # the contact center reads
    assert Task.objects.get().status == "open"
    assert patch(client, own, task.pk, "in_progress").json()["status"] == "in_progress"
    done = patch(client, own, task.pk, "done")
    assert done.status_code == 200 and done.json()["done_at"] is not None
    refused = patch(client, own, task.pk, "open")
    assert refused.status_code == 409
    assert refused.json()["code"] == "task_transition_not_allowed"
    assert patch(client, own, task.pk, "closed").status_code == 400
    assert Task.objects.get().status == "done"


def test_who_sees_which_tasks(client: Any, agent: str, receiver: Any) -> None:
    forwarded(receiver)
    forwarded(factories.OrganisationFactory(slug="annan"))
    own = machine_token(
        client, name="Trafik", scopes=["cases:manage"], organisations=[receiver.slug]
    )

    def listed(token: str, query: str = "") -> Any:
        url = f"/api/v1/contactcenter/tasks/{query}"
        return client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}").json()

    assert listed(agent)["count"] == 2
    assert [t["organisation"]["slug"] for t in listed(own)["results"]] == ["trafikkontoret"]
    assert listed(agent, "?late=true")["count"] == 2  # due in March 2026, long past
    assert listed(agent, "?status=done")["count"] == 0


def test_escalation_marks_late_tasks_once_and_tells_the_receiver(
    receiver: Any, django_capture_on_commit_callbacks: Any, settings: Any
) -> None:
    settings.TASKS = immediate()
    receiver.email = "trafik@stad.example"
    receiver.save()
    task = forwarded(receiver).task
    before_due = task.due_at - dt.timedelta(minutes=1)
    assert tasks_escalate(now=before_due) == []
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks_escalate(now=task.due_at + dt.timedelta(minutes=1)) == [task.pk]
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks_escalate(now=task.due_at + dt.timedelta(hours=1)) == []
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["trafik@stad.example"]
    assert "Ring upp" not in mail.outbox[0].body  # what was asked stays in the system
    done = forwarded(receiver)
    Task.objects.filter(pk=done.task.pk).update(status="done")
    assert tasks_escalate(now=done.task.due_at + dt.timedelta(days=1)) == []


def _stats(client: Any, token: str, query: str = "") -> Any:
    return client.get(
        f"/api/v1/contactcenter/stats/?from=2026-03-01&to=2026-03-31{query}",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )


def _month(receiver: Any) -> None:
    t = factories.TopicFactory(slug="bygglov")
    for wait in (5, 15, 25, None):  # 2 of 4 calls answered within 20 s; one never answered
        contact_log(
            channel="phone",
            started_at=MONDAY,
            answered_at=MONDAY + dt.timedelta(seconds=wait) if wait else None,
            topic_id=t.pk,
            now=MONDAY + dt.timedelta(minutes=1),
        )
    friday = dt.datetime(2026, 3, 13, 15, 0, tzinfo=dt.UTC)  # 16:00 local
    for answered in (
        dt.datetime(2026, 3, 16, 10, 0, tzinfo=dt.UTC),  # Monday 11:00: exactly 4 office h
        dt.datetime(2026, 3, 16, 10, 1, tzinfo=dt.UTC),  # one minute late
    ):
        contact_log(channel="email", started_at=friday, answered_at=answered, now=answered)
    forwarded(receiver)


def test_figures_over_a_month(client: Any, agent: str, receiver: Any) -> None:
    _month(receiver)
    body = _stats(client, agent).json()
    assert body["contacts"] == 7
    assert body["phone"] == {"target": "20 s", "measured": 5, "answered_in_time": 3, "share": 0.6}
    assert body["email"]["share"] == 0.5
    fcr = body["first_contact_resolution"]
    # Of the six contacts someone answered, five were resolved there and then; the call
    # nobody answered counts for neither side.
    assert (fcr["resolved"], fcr["rate"], fcr["goal"], fcr["meets_goal"]) == (5, 0.8333, 0.8, True)
    assert {c["channel"]: c["contacts"] for c in body["channels"]} == {"email": 2, "phone": 5}
    from cms.models import Topic

    assert body["topics"][0] == {
        "topic": "bygglov",
        "name": Topic.objects.get(slug="bygglov").name,
        "contacts": 4,
        "resolved": 3,
    }
    assert body["forwarded"] == [
        {
            "organisation": "trafikkontoret",
            "name": "Trafikkontoret",
            "contacts": 1,
            "open": 1,
            "late": 1,
        }
    ]
    assert body["tasks"] == {"total": 1, "open": 1, "late": 1, "done_late": 0, "escalated": 0}
    only = _stats(client, agent, "&channel=email&organisation=trafikkontoret").json()
    assert only["contacts"] == 0 and only["phone"]["share"] is None
    assert _stats(client, agent, "&to=2026-02-01").status_code == 400
    assert _stats(client, agent, "&channel=fax").status_code == 400
    assert _stats(client, agent, "&organisation=finns-inte").status_code == 400
    assert (
        client.get(
            "/api/v1/contactcenter/stats/?from=2026-13-01", HTTP_AUTHORIZATION=f"Bearer {agent}"
        ).status_code
        == 400
    )


STATS_BUDGET = 8  # token, client, five aggregates and a spare


def test_figures_stay_within_a_fixed_number_of_queries(
    client: Any, agent: str, receiver: Any
) -> None:
    _month(receiver)
    _stats(client, agent)  # warms the reference data
    with CaptureQueriesContext(connection) as few:
        assert _stats(client, agent).status_code == 200
    for n in range(30):
        other = factories.OrganisationFactory()
        forwarded(other, started=MONDAY + dt.timedelta(hours=n))
        contact_log(
            channel="chat", started_at=MONDAY, topic_id=factories.TopicFactory().pk, now=MONDAY
        )
    _stats(client, agent)
    with CaptureQueriesContext(connection) as many:
        assert _stats(client, agent).status_code == 200
    assert len(many) == len(few) <= STATS_BUDGET


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("started_at", "1900-01-01T00:00:00Z", "too_old"),
        ("started_at", "0001-01-01T00:30:00+05:00", "too_old"),
    ],
)
def test_contacts_from_another_age_are_refused(
    client: Any, agent: str, field: str, value: str, code: str
) -> None:
    import json
    import uuid

    body = {"channel": "email", "started_at": value, "answered_at": "2026-03-09T09:00:00Z"}
    answer = client.post(
        "/api/v1/contactcenter/contacts/",
        json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {agent}",
        HTTP_IDEMPOTENCY_KEY=str(uuid.uuid4()),
    )
    assert answer.status_code == 400, answer.content
    assert answer["Content-Type"] == "application/problem+json"
    assert code in answer.content.decode()


@pytest.mark.parametrize("query", ["&to=9999-12-31", "&from=0001-01-01&to=0001-01-02"])
def test_figures_for_impossible_days_are_refused(client: Any, agent: str, query: str) -> None:
    answer = client.get(
        f"/api/v1/contactcenter/stats/?from=2026-03-01{query}"
        if "from" not in query
        else f"/api/v1/contactcenter/stats/?{query[1:]}",
        HTTP_AUTHORIZATION=f"Bearer {agent}",
    )
    assert answer.status_code == 400
    assert answer["Content-Type"] == "application/problem+json"
