"""Nothing is lost and nothing is sent twice when the mail server and the SMS gateway go
down in the middle of a run, or when a worker is killed in the middle of sending; a hung
server holds up nothing for longer than its timeout, and no row or transaction is held
while a message is sent."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, connections, transaction
from django.utils import timezone
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from eservices.models import OutboxMessage
from eservices.notifications import MAX_ATTEMPTS, _message_claim, due_messages, outbox_deliver
from eservices.tasks import deliver_due_messages
from tests.cases import FAULT_REPORT, file_case, publish_form
from tests.hanging import hanging_server
from tests.processes import database_url, spawn
from tests.smtp import Mailbox, smtp_delivery


@pytest.fixture
def mail(settings: Any) -> Iterator[tuple[Mailbox, int]]:
    with smtp_delivery(settings) as (mailbox, port):
        settings.EMAIL_TIMEOUT = 10
        yield mailbox, port


@pytest.fixture
def gateway(settings: Any) -> Iterator[tuple[HTTPServer, list[str]]]:
    server = HTTPServer(host="127.0.0.1", port=0)
    received: list[str] = []

    def accept(request: Request) -> Response:
        received.append(request.get_json()["id"])
        return Response("queued", status=202)

    server.expect_request("/messages", method="POST").respond_with_handler(accept)
    server.start()
    settings.SMS_BACKEND = "http"
    settings.SMS_GATEWAY_URL = server.url_for("/messages")
    try:
        yield server, received
    finally:
        if server.is_running():
            server.stop()


def ids(channel: str) -> list[str]:
    return sorted(
        str(pk) for pk in OutboxMessage.objects.filter(channel=channel).values_list("pk", flat=True)
    )


@pytest.mark.django_db
def test_cutting_mail_and_sms_mid_run_loses_nothing_and_sends_nothing_twice(
    home: Any, mail: tuple[Mailbox, int], gateway: tuple[HTTPServer, list[str]]
) -> None:
    mailbox, _ = mail
    server, texted = gateway
    publish_form("felanmalan")
    for n in range(6):
        file_case(data={**FAULT_REPORT, "phone": f"070-123 45 6{n}"})
    due = due_messages()
    assert len(due) == 12  # an e-mail and an SMS receipt for each case
    for position, message_id in enumerate(due):
        if position == 4:
            mailbox.cut = True  # the line to the mail server drops in mid-message
        if position == 7:
            server.stop()  # the gateway is gone: connections are refused
        outbox_deliver(message_id=message_id)
    waiting = OutboxMessage.objects.filter(state="pending")
    assert 0 < waiting.count() < 12
    assert not OutboxMessage.objects.filter(state="failed").exists()
    assert all(m.attempts == 1 and m.last_error for m in waiting)

    mailbox.cut = False  # both come back; the retries come due
    server.start()
    waiting.update(next_attempt_at=timezone.now())
    deliver_due_messages.call()

    assert set(OutboxMessage.objects.values_list("state", flat=True)) == {"sent"}
    # Exactly once each: every e-mail by its Message-ID, every SMS by its id.
    assert sorted(mailbox.message_ids()) == [f"<{pk}@stad.example>" for pk in ids("email")]
    assert sorted(texted) == ids("sms")


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_delivery_leaves_the_receipt_to_be_sent_once(
    home: Any, mail: tuple[Mailbox, int]
) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("A worker in another process needs PostgreSQL (CI runs this test there).")
    mailbox, port = mail
    publish_form("felanmalan")
    mailbox.hold = True  # the next message is received but not answered
    case = file_case(data={k: v for k, v in FAULT_REPORT.items() if k != "phone"})
    worker = spawn(
        "db_worker",
        "--queue-name",
        "*",
        "--no-reload",
        "--no-startup-delay",
        "--interval",
        "0.2",
        DATABASE_URL=database_url(),
        EMAIL_URL=f"smtp://127.0.0.1:{port}",
        OUTBOX_LEASE_SECONDS="2",
    )
    try:
        assert mailbox.holding.wait(timeout=90), "the worker never started sending"
    finally:
        worker.kill()
        worker.wait(timeout=30)
    mailbox.hold = False
    mailbox.release.set()
    receipt = case.outbox.get()
    assert (receipt.state, receipt.attempts) == ("pending", 1)  # counted when claimed, never marked
    assert receipt.claimed_until is not None
    assert mailbox.messages == []

    sent = ""
    for _ in range(50):  # until the dead worker's claim has expired
        out = StringIO()
        call_command("deliver_outbox", stdout=out)
        sent = out.getvalue().strip()
        if sent != "Sent 0 notifications.":
            break
        time.sleep(0.2)
    assert sent == "Sent 1 notifications."
    assert mailbox.message_ids() == [f"<{receipt.pk}@stad.example>"]
    receipt.refresh_from_db()
    assert (receipt.state, receipt.attempts) == ("sent", 2)


NO_PHONE = {k: v for k, v in FAULT_REPORT.items() if k != "phone"}


def touch_outbox_from_another_connection(results: list[str]) -> None:
    """Update every notification row as a second worker would, failing at once on a lock."""
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL lock_timeout = '500ms'")
            OutboxMessage.objects.update(subject="touched")
        results.append("updated")
    except DatabaseError as exc:  # a row lock or an open write transaction
        results.append(type(exc).__name__)
    finally:
        connections.close_all()


@pytest.mark.django_db(transaction=True)
def test_a_hung_mail_server_holds_up_delivery_only_for_the_timeout_and_locks_nothing(
    home: Any, settings: Any
) -> None:
    publish_form("felanmalan")
    receipt = file_case(data=NO_PHONE).outbox.get()
    touched: list[str] = []
    with hanging_server(lambda: touch_outbox_from_another_connection(touched)) as port:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 1
        started = time.monotonic()
        assert outbox_deliver(message_id=receipt.pk) is False
        assert time.monotonic() - started < 5
    assert touched == ["updated"]  # while the send waited, the row was free
    receipt.refresh_from_db()
    assert (receipt.state, receipt.attempts, receipt.claimed_until) == ("pending", 1, None)
    assert "timed out" in receipt.last_error
    assert receipt.next_attempt_at > timezone.now()  # left for a retry with backoff


@pytest.mark.django_db
def test_a_message_accepted_before_the_line_dropped_is_sent_again_with_the_same_message_id(
    home: Any, mail: tuple[Mailbox, int]
) -> None:
    mailbox, _ = mail
    publish_form("felanmalan")
    receipt = file_case(data=NO_PHONE).outbox.get()
    mailbox.keep_and_cut = True  # the server has the message; the answer never comes
    assert outbox_deliver(message_id=receipt.pk) is False
    mailbox.keep_and_cut = False
    OutboxMessage.objects.filter(pk=receipt.pk).update(next_attempt_at=timezone.now())
    assert outbox_deliver(message_id=receipt.pk) is True
    # Twice at the receiver, recognisably the same message.
    assert mailbox.message_ids() == [f"<{receipt.pk}@stad.example>"] * 2
    receipt.refresh_from_db()
    assert (receipt.state, receipt.attempts) == ("sent", 2)


@pytest.mark.django_db
def test_a_hung_sms_gateway_holds_up_delivery_only_for_the_timeout(
    home: Any, settings: Any
) -> None:
    publish_form("felanmalan")
    message = file_case().outbox.get(channel="sms")
    with hanging_server() as port:
        settings.SMS_BACKEND = "http"
        settings.SMS_GATEWAY_URL = f"http://127.0.0.1:{port}/messages"
        settings.SMS_GATEWAY_TIMEOUT = 1
        started = time.monotonic()
        assert outbox_deliver(message_id=message.pk) is False
        assert time.monotonic() - started < 5
    message.refresh_from_db()
    assert (message.state, message.attempts) == ("pending", 1)
    assert "timed out" in message.last_error


@pytest.mark.django_db
def test_a_claimed_message_is_not_sent_by_another_worker_until_its_lease_expires(
    home: Any, mail: tuple[Mailbox, int], settings: Any
) -> None:
    mailbox, _ = mail
    publish_form("felanmalan")
    receipt = file_case(data=NO_PHONE).outbox.get()
    lease_end = timezone.now() + dt.timedelta(seconds=settings.OUTBOX_LEASE_SECONDS)
    # A worker claimed it and is sending (or died sending).
    OutboxMessage.objects.filter(pk=receipt.pk).update(
        next_attempt_at=lease_end, claimed_until=lease_end
    )
    assert due_messages() == []
    assert outbox_deliver(message_id=receipt.pk) is False
    assert mailbox.messages == []
    OutboxMessage.objects.filter(pk=receipt.pk).update(next_attempt_at=timezone.now())
    assert outbox_deliver(message_id=receipt.pk) is True  # the lease is over: sent again
    assert mailbox.message_ids() == [f"<{receipt.pk}@stad.example>"]


def test_a_hung_redis_holds_up_a_request_only_for_the_timeout() -> None:
    """The shared cache is an outbound call too: rate limits and previews read it."""
    import subprocess
    import sys

    from tests.hanging import hanging_server
    from tests.processes import ROOT

    script = (
        "import time, django; django.setup()\n"
        "from django.core.cache import cache\n"
        "started = time.monotonic()\n"
        "try:\n    cache.get('x')\nexcept Exception as error:\n    print(type(error).__name__)\n"
        "print(round(time.monotonic() - started, 1))\n"
    )
    with hanging_server() as port:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "REDIS_URL": f"redis://127.0.0.1:{port}/0",
            "REDIS_TIMEOUT": "0.5",
        }
        done = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    error, seconds = done.stdout.split()[-2:]
    assert error in {"TimeoutError", "ConnectionError"}, done.stdout + done.stderr
    assert float(seconds) < 3


def test_every_outbound_call_has_a_timeout_by_default() -> None:
    from django.conf import settings as configured

    for name in ("EMAIL_TIMEOUT", "SMS_GATEWAY_TIMEOUT", "FRONTEND_CACHE_PURGE_TIMEOUT"):
        assert 0 < getattr(configured, name) <= 30, name
    assert 0 < configured.ELASTICSEARCH_TIMEOUT <= 30


@pytest.mark.django_db
def test_a_message_whose_sender_dies_every_time_is_failed_after_max_attempts(
    home: Any, mail: tuple[Mailbox, int], settings: Any
) -> None:
    mailbox, _ = mail
    publish_form("felanmalan")
    receipt = file_case(data=NO_PHONE).outbox.get()
    pending = OutboxMessage.objects.filter(pk=receipt.pk)
    for _ in range(MAX_ATTEMPTS):
        # A worker claims it and is killed before recording an outcome; its lease expires.
        assert _message_claim(message_id=receipt.pk) is not None
        pending.update(next_attempt_at=timezone.now(), claimed_until=timezone.now())
    assert outbox_deliver(message_id=receipt.pk) is False
    assert mailbox.messages == []
    receipt.refresh_from_db()
    assert (receipt.state, receipt.attempts) == ("failed", MAX_ATTEMPTS)
    assert due_messages() == []
