"""SMS through a real HTTP gateway (a local server): what it is sent, what its answers
mean, and the per-number rate limit that postpones but never drops a message."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from django.utils import timezone
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from eservices import cases, sms
from eservices.models import Case, OutboxMessage
from eservices.notifications import outbox_deliver
from tests.cases import file_case, publish_form


@pytest.fixture
def gateway(settings: Any) -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    settings.SMS_BACKEND = "http"
    settings.SMS_GATEWAY_URL = server.url_for("/messages")
    settings.SMS_GATEWAY_TOKEN = "gateway-secret"
    settings.SMS_SENDER = "Staden"
    try:
        yield server
    finally:
        server.clear()
        if server.is_running():
            server.stop()


@pytest.fixture
def case(db: None, home: Any) -> Case:
    publish_form("felanmalan")
    return file_case()


def sms_of(case: Case, kind: str = "receipt") -> OutboxMessage:
    return case.outbox.get(channel="sms", kind=kind)


@pytest.mark.django_db
def test_the_gateway_gets_the_message_with_its_id_once(case: Case, gateway: HTTPServer) -> None:
    received: list[Request] = []

    def accept(request: Request) -> Response:
        received.append(request)
        return Response(json.dumps({"status": "queued"}), status=202)

    gateway.expect_request("/messages", method="POST").respond_with_handler(accept)
    message = sms_of(case)
    assert outbox_deliver(message_id=message.pk) is True
    assert outbox_deliver(message_id=message.pk) is True  # already sent: not again
    assert len(received) == 1
    request = received[0]
    assert request.headers["Authorization"] == "Bearer gateway-secret"
    assert request.headers["Idempotency-Key"] == str(message.pk)
    assert request.get_json() == {
        "id": str(message.pk),
        "to": "+46701234567",
        "from": "Staden",
        "text": f"Vi har tagit emot ditt ärende {case.reference}. Staden",
    }
    message.refresh_from_db()
    assert (message.state, message.attempts) == ("sent", 1)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("status", "state"), [(503, "pending"), (429, "pending"), (500, "pending")]
)
def test_a_gateway_that_is_down_is_tried_again_later(
    case: Case, gateway: HTTPServer, status: int, state: str
) -> None:
    gateway.expect_request("/messages").respond_with_data("busy", status=status)
    message = sms_of(case)
    assert outbox_deliver(message_id=message.pk) is False
    message.refresh_from_db()
    assert (message.state, message.attempts) == (state, 1)
    assert message.next_attempt_at > timezone.now()
    assert str(status) in message.last_error


@pytest.mark.django_db
def test_a_number_the_gateway_refuses_fails_at_once(case: Case, gateway: HTTPServer) -> None:
    gateway.expect_request("/messages").respond_with_data("invalid number", status=400)
    message = sms_of(case)
    assert outbox_deliver(message_id=message.pk) is False
    message.refresh_from_db()
    assert (message.state, message.attempts) == ("failed", 1)
    assert "400" in message.last_error


@pytest.mark.django_db
def test_a_gateway_that_cannot_be_reached_is_tried_again(case: Case, gateway: HTTPServer) -> None:
    gateway.stop()
    message = sms_of(case)
    assert outbox_deliver(message_id=message.pk) is False
    message.refresh_from_db()
    assert (message.state, message.attempts) == ("pending", 1)


@pytest.mark.django_db
def test_sms_to_one_number_wait_their_turn(case: Case, gateway: HTTPServer, settings: Any) -> None:
    settings.SMS_RATE_LIMIT, settings.SMS_RATE_LIMIT_WINDOW = 3, 3600
    gateway.expect_request("/messages").respond_with_data("ok", status=202)
    cases.case_transition(case=case, status="in_progress")
    cases.case_message_send(case=case, body="Hej")
    cases.case_message_send(case=case, body="Hej igen")
    queued = list(case.outbox.filter(channel="sms").order_by("created_at"))
    assert len(queued) == 4
    results = [outbox_deliver(message_id=m.pk) for m in queued]
    assert results == [True, True, True, False]
    assert len(gateway.log) == 3
    last = OutboxMessage.objects.get(pk=queued[-1].pk)
    assert (last.state, last.attempts) == ("pending", 0)  # postponed, not failed
    first_sent = OutboxMessage.objects.get(pk=queued[0].pk).sent_at
    assert first_sent is not None
    assert last.next_attempt_at == first_sent + dt.timedelta(seconds=3600)
    # Another number is not held up, and the postponed one goes when its turn comes.
    other = file_case(data={**case.data, "phone": "0739-876543"})
    assert outbox_deliver(message_id=sms_of(other).pk) is True
    OutboxMessage.objects.filter(channel="sms", recipient="+46701234567").update(
        sent_at=timezone.now() - dt.timedelta(seconds=3601)
    )
    OutboxMessage.objects.filter(pk=last.pk).update(next_attempt_at=timezone.now())
    assert outbox_deliver(message_id=last.pk) is True
    assert len(gateway.log) == 5


def test_the_console_backend_prints_the_message() -> None:
    out = io.StringIO()
    sms.ConsoleBackend(out).send(message_id="m-1", to="+46701234567", text="Hej")
    assert out.getvalue() == "SMS m-1 to +46701234567:\nHej\n\n"


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("070-123 45 67", "+46701234567"),
        ("+46 70 123 45 67", "+46701234567"),
        ("0046701234567", "+46701234567"),
        ("031-365 00 00", None),  # a landline takes no SMS
        ("12", None),
        ("inte ett nummer", None),
    ],
)
def test_mobile_numbers_are_recognised(typed: str, number: str | None) -> None:
    assert sms.mobile_number(typed) == number


@pytest.mark.django_db
def test_a_rate_limit_of_zero_means_no_limit(
    case: Case, gateway: HTTPServer, settings: Any
) -> None:
    settings.SMS_RATE_LIMIT = 0
    gateway.expect_request("/messages").respond_with_data("ok", status=202)
    cases.case_message_send(case=case, body="Hej")
    assert all(outbox_deliver(message_id=m.pk) for m in case.outbox.filter(channel="sms"))
    assert len(gateway.log) == 2
