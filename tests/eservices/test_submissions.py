"""Submissions: validated, one case per Idempotency-Key, a reference, and a receipt by
e-mail through the worker that survives a mail server that is down."""

from __future__ import annotations

import contextlib
import json
import threading
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from eservices.demo import FORMS
from eservices.models import Case, FormDefinition, IdempotencyKey, OutboxMessage
from eservices.notifications import outbox_deliver
from eservices.submissions import request_hash
from tests import factories
from tests.smtp import Mailbox, smtp_delivery
from tests.tasks import immediate
from tests.tokens import machine_token

FEEDBACK = {
    "topic": "webbplatsen",
    "message": "Bra!",
    "wants_answer": "ja",
    "email": "a@example.se",
}


def publish(slug: str) -> FormDefinition:
    data = {
        k: v for k, v in next(f for f in FORMS if f["slug"] == slug).items() if k != "organisation"
    }
    form = FormDefinition.objects.create(
        **data, organisation=factories.OrganisationFactory(), live=False
    )
    form.save_revision().publish()
    return form


def submit(client: Any, body: dict[str, Any], key: str | None = "nyckel-1", **headers: str) -> Any:
    if key is not None:
        headers["HTTP_IDEMPOTENCY_KEY"] = key
    return client.post(
        "/api/v1/submissions/", json.dumps(body), content_type="application/json", **headers
    )


@pytest.fixture
def feedback(db: None, home: Any) -> FormDefinition:
    return publish("synpunkter")


@pytest.fixture
def mail(settings: Any) -> Iterator[Mailbox]:
    with smtp_delivery(settings) as (mailbox, _port):
        settings.TASKS = immediate()
        yield mailbox


@pytest.mark.django_db
def test_a_submission_files_a_case_with_a_reference(client: Any, feedback: Any) -> None:
    response = submit(client, {"form": "synpunkter", "data": FEEDBACK})
    assert response.status_code == 201
    year = timezone.localdate().year
    assert response.json()["reference"] == f"GBG-{year}-000001"
    case = Case.objects.get()
    assert (case.status, case.data, case.receipt_email) == ("received", FEEDBACK, "a@example.se")
    assert case.events.get().status == "received"
    assert case.outbox.get().recipient == "a@example.se"
    assert response["Cache-Control"] == "no-store"
    assert (
        submit(client, {"form": "synpunkter", "data": FEEDBACK}, key="nyckel-2").json()["reference"]
        == f"GBG-{year}-000002"
    )


@pytest.mark.django_db
def test_a_retry_gets_the_first_answer_and_makes_no_second_case(client: Any, feedback: Any) -> None:
    first = submit(client, {"form": "synpunkter", "data": FEEDBACK})
    again = submit(client, {"data": FEEDBACK, "form": "synpunkter"})  # same body, other order
    assert again.status_code == 201
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    assert Case.objects.count() == 1


@pytest.mark.django_db
def test_the_same_key_with_another_body_is_422(client: Any, feedback: Any) -> None:
    submit(client, {"form": "synpunkter", "data": FEEDBACK})
    other = submit(client, {"form": "synpunkter", "data": {**FEEDBACK, "message": "Annat"}})
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused"
    assert Case.objects.count() == 1


@pytest.mark.django_db
def test_the_case_its_delivery_task_and_the_kept_answer_commit_together(
    client: Any, feedback: Any
) -> None:
    """One transaction (a savepoint inside the test's own), so one commit to wait for."""
    from django_tasks_db.models import DBTaskResult

    body = {"form": "synpunkter", "data": FEEDBACK}
    assert submit(client, body, key="nyckel-0").status_code == 201  # the year's first case
    with CaptureQueriesContext(connection) as queries:
        assert submit(client, body).status_code == 201
    opened = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("SAVEPOINT")]
    assert len(opened) == 1
    case = Case.objects.latest("pk")
    task = DBTaskResult.objects.latest("enqueued_at")
    assert task.task_path == "eservices.tasks.deliver_case_messages"
    assert task.args_kwargs["args"] == [case.pk]
    assert IdempotencyKey.objects.get(key="nyckel-1").case == case


def claimed(body: dict[str, Any], *, seconds_ago: int) -> dict[str, Any]:
    """The body, with its key claimed by another request that started `seconds_ago`."""
    IdempotencyKey.objects.create(
        owner="anonymous",
        key="nyckel-1",
        request_hash=request_hash(body),
        state="in_progress",
        created_at=timezone.now() - timezone.timedelta(seconds=seconds_ago),
    )
    return body


@pytest.mark.django_db
def test_a_request_still_being_handled_is_409(client: Any, feedback: Any) -> None:
    response = submit(client, claimed({"form": "synpunkter", "data": FEEDBACK}, seconds_ago=0))
    assert response.status_code == 409
    assert response.json()["code"] == "submission_in_progress"
    assert not Case.objects.exists()


@pytest.mark.django_db
def test_a_claim_left_by_a_dead_request_is_taken_over(client: Any, feedback: Any) -> None:
    body = claimed({"form": "synpunkter", "data": FEEDBACK}, seconds_ago=300)
    assert submit(client, body).status_code == 201
    assert Case.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "key", "field"),
    [
        ({"form": "synpunkter", "data": FEEDBACK}, None, "Idempotency-Key"),
        ({"form": "synpunkter", "data": FEEDBACK}, "med mellanslag", "Idempotency-Key"),
        ({"form": "finns-inte", "data": FEEDBACK}, "k", "form"),
        ({"form": "synpunkter"}, "k", "data"),
        ({"form": "synpunkter", "data": ["lista"]}, "k", "data"),
        ({"form": "synpunkter", "data": {**FEEDBACK, "topic": "väder"}}, "k", "data.topic"),
        ({"form": "synpunkter", "data": {**FEEDBACK, "wants_answer": "nej"}}, "k", "data.email"),
        ({"form": "synpunkter", "data": {**FEEDBACK, "hemligt": 1}}, "k", "data.hemligt"),
    ],
)
def test_bad_submissions_are_400_and_keep_nothing(
    client: Any, feedback: Any, body: dict[str, Any], key: str | None, field: str
) -> None:
    response = submit(client, body, key=key)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert field in {e["field"] for e in response.json()["errors"]}
    assert not Case.objects.exists()
    assert not IdempotencyKey.objects.exists()  # the key can be used again, corrected


@pytest.mark.django_db
def test_applications_need_a_token_with_the_submit_scope(client: Any, home: Any) -> None:
    publish("ansokan-forskoleplats")
    body = {"form": "ansokan-forskoleplats", "data": {}}
    assert submit(client, body).status_code == 401
    token = machine_token(client, name="Webbplatsen", scopes=["opendata:read"])
    assert submit(client, body, HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 403
    assert not Case.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_fifty_identical_submissions_at_once_make_one_case(live_server: Any, home: Any) -> None:
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("Concurrent writers need PostgreSQL (CI runs this test there).")
    publish("synpunkter")
    body = json.dumps({"form": "synpunkter", "data": FEEDBACK})
    key = str(uuid.uuid4())
    barrier = threading.Barrier(10)

    def post(_: int) -> int:
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout=5)
        request = urllib.request.Request(  # noqa: S310 (the live test server)
            f"{live_server.url}/api/v1/submissions/",
            data=body.encode(),
            headers={"Content-Type": "application/json", "Idempotency-Key": key},
            method="POST",
        )
        try:
            # The live test server's own address: http only, never a file: or other scheme.
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                return int(response.status)
        except urllib.error.HTTPError as error:
            return int(error.code)

    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(pool.map(post, range(50)))
    assert Case.objects.count() == 1
    assert set(statuses) <= {201, 409}, statuses
    assert 201 in statuses


@pytest.mark.django_db
def test_the_receipt_is_mailed_once_with_the_reference(
    client: Any, feedback: Any, mail: Mailbox, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        reference = submit(client, {"form": "synpunkter", "data": FEEDBACK}).json()["reference"]
    assert len(mail.messages) == 1
    message = mail.messages[0]
    assert message["To"] == "a@example.se"
    assert reference in message["Subject"]
    assert reference in message.get_payload(decode=True).decode()
    outbox = OutboxMessage.objects.get()
    assert message["Message-ID"] == f"<{outbox.pk}@stad.example>"
    assert outbox.state == "sent"
    assert outbox_deliver(message_id=outbox.pk) is True  # already sent: not again
    assert len(mail.messages) == 1


@pytest.mark.django_db
def test_a_mail_server_that_is_down_delays_the_receipt_but_loses_nothing(
    client: Any, feedback: Any, mail: Mailbox, django_capture_on_commit_callbacks: Any
) -> None:
    mail.refuse = True
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, {"form": "synpunkter", "data": FEEDBACK})
    assert response.status_code == 201  # the case is filed whatever the mail server does
    outbox = OutboxMessage.objects.get()
    assert (outbox.state, outbox.attempts) == ("pending", 1)
    assert "451" in outbox.last_error
    assert outbox_deliver(message_id=outbox.pk) is False  # not due yet: backing off
    mail.refuse = False
    OutboxMessage.objects.filter(pk=outbox.pk).update(next_attempt_at=timezone.now())
    from eservices.tasks import deliver_due_messages

    assert deliver_due_messages.call() == 1
    assert len(mail.messages) == 1
    outbox.refresh_from_db()
    assert (outbox.state, outbox.attempts) == ("sent", 2)


@pytest.mark.django_db
def test_the_scheduler_sends_what_has_come_due(
    client: Any, feedback: Any, mail: Mailbox, django_capture_on_commit_callbacks: Any
) -> None:
    from io import StringIO

    from django.core.management import call_command

    mail.refuse = True
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, {"form": "synpunkter", "data": FEEDBACK})
    mail.refuse = False
    OutboxMessage.objects.update(next_attempt_at=timezone.now())
    out = StringIO()
    call_command("deliver_outbox", stdout=out)
    assert out.getvalue().strip() == "Sent 1 notifications."
    assert len(mail.messages) == 1


def test_submissions_follow_publishing_after_the_form_was_in_use(
    client: Any, feedback: FormDefinition, django_capture_on_commit_callbacks: Any
) -> None:
    """The current version is kept per process between publishings; unpublishing and
    publishing again are seen by the very next submission."""
    body = {
        "form": "synpunkter",
        "data": {"topic": "annat", "message": "Hej", "wants_answer": "nej"},
    }
    assert submit(client, body, key="fore").status_code == 201

    feedback.refresh_from_db()  # live, as publishing left it in the database
    # The shared cache forgets the content version when the change commits.
    with django_capture_on_commit_callbacks(execute=True):
        feedback.unpublish()
    refused = submit(client, body, key="under")
    assert refused.status_code == 400
    assert refused.json()["errors"][0]["field"] == "form"

    feedback.title = "Synpunkter och klagomål"
    with django_capture_on_commit_callbacks(execute=True):
        feedback.save_revision().publish()
    again = submit(client, body, key="efter")
    assert again.status_code == 201
    case = Case.objects.get(reference=again.json()["reference"])
    assert (case.form_version.number, case.form_version.title) == (2, "Synpunkter och klagomål")
