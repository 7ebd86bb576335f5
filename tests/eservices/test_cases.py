"""A case's life after filing: the lifecycle with reasons, messages both ways, history,
and the citizen told in their own language by e-mail and SMS."""

from __future__ import annotations

from typing import Any

import pytest

from eservices import cases
from eservices.models import Case, CaseEvent, CaseMessage, FormDefinition, OutboxMessage
from tests import factories
from tests.cases import FAULT_REPORT, file_case, publish_form


@pytest.fixture
def fault_report(db: None, home: Any) -> FormDefinition:
    return publish_form("felanmalan")


@pytest.fixture
def case(fault_report: FormDefinition) -> Case:
    return file_case()


def outbox(case: Case, kind: str) -> dict[str, OutboxMessage]:
    return {m.channel: m for m in case.outbox.filter(kind=kind)}


@pytest.mark.django_db
def test_a_case_goes_through_its_lifecycle_with_history(case: Case) -> None:
    handler = factories.UserFactory(username="handlaggare")
    cases.case_transition(case=case, status="in_progress", actor_id=handler.pk)
    cases.case_transition(
        case=case,
        status="waiting_for_citizen",
        reason="needs_information",
        note="Var exakt sitter lampan?",
        internal_note="Ring gatukontoret",
        actor_id=handler.pk,
    )
    cases.case_message_receive(case=case, body="Vid hållplats Järntorget.")
    cases.case_transition(case=case, status="decided", reason="approved", actor_id=handler.pk)
    cases.case_transition(case=case, status="closed", reason="completed", client_id="system-1")
    history = list(case.events.values_list("status", "reason", "actor", "client_id"))
    assert history == [
        ("received", "", None, ""),
        ("in_progress", "", handler.pk, ""),
        ("waiting_for_citizen", "needs_information", handler.pk, ""),
        ("in_progress", "", None, ""),  # the citizen's answer takes it up again
        ("decided", "approved", handler.pk, ""),
        ("closed", "completed", None, "system-1"),
    ]
    case.refresh_from_db()
    assert (case.status, case.status_reason) == ("closed", "completed")
    assert case.events.get(status="waiting_for_citizen").internal_note == "Ring gatukontoret"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("steps", "status", "reason", "error"),
    [
        ([], "decided", "approved", cases.TransitionNotAllowed),  # not before handling
        ([], "received", "", cases.TransitionNotAllowed),
        ([], "nonsense", "", cases.TransitionNotAllowed),
        ([], "waiting_for_citizen", "", cases.InvalidReason),  # a reason is needed
        (["in_progress"], "decided", "completed", cases.InvalidReason),  # not a decision
        ([], "in_progress", "approved", cases.InvalidReason),  # takes no reason
        ([("closed", "withdrawn")], "in_progress", "", cases.TransitionNotAllowed),
    ],
)
def test_transitions_outside_the_lifecycle_are_refused_and_change_nothing(
    case: Case, steps: list[Any], status: str, reason: str, error: type[Exception]
) -> None:
    for step in steps:
        to, why = step if isinstance(step, tuple) else (step, "")
        cases.case_transition(case=case, status=to, reason=why)
    before = (case.status, case.events.count(), case.outbox.count())
    with pytest.raises(error):
        cases.case_transition(case=case, status=status, reason=reason)
    case.refresh_from_db()
    assert (case.status, case.events.count(), case.outbox.count()) == before


@pytest.mark.django_db
def test_a_status_change_tells_the_citizen_by_email_and_sms(case: Case) -> None:
    cases.case_transition(case=case, status="in_progress", note="Vi kommer på tisdag.")
    sent = outbox(case, "status")
    assert set(sent) == {"email", "sms"}
    email, sms = sent["email"], sent["sms"]
    assert (email.recipient, sms.recipient) == ("a@example.se", "+46701234567")
    # The form's own text for the status, its usual duration and the handler's note.
    assert "En arbetsorder är skickad till våra entreprenörer." in email.body
    assert "ungefär 7 dagar" in email.body
    assert "Vi kommer på tisdag." in email.body
    assert case.reference in email.subject and case.reference in sms.body
    assert len(sms.body) <= 160


@pytest.mark.django_db
def test_statuses_the_form_does_not_describe_get_the_standard_text(case: Case) -> None:
    cases.case_transition(case=case, status="waiting_for_citizen", reason="needs_documents")
    assert "Vi behöver mer från dig" in outbox(case, "status")["email"].body


@pytest.mark.django_db
def test_notifications_are_in_the_citizens_language(fault_report: FormDefinition) -> None:
    from wagtail.models import Locale

    english = fault_report.copy_for_translation(Locale.objects.get_or_create(language_code="en")[0])
    english.title, english.receipt_text = "Report a fault", "Thank you for your report!"
    english.save()
    english.save_revision().publish()
    case = file_case(locale="en")
    assert case.locale == "en"
    receipt = outbox(case, "receipt")
    assert "Thank you for your report!" in receipt["email"].body
    assert f"Case reference: {case.reference}" in receipt["email"].body
    assert receipt["sms"].body.startswith("We have received your case")
    cases.case_transition(case=case, status="waiting_for_citizen", reason="needs_information")
    assert "We need more from you" in outbox(case, "status")["email"].body
    cases.case_message_send(case=case, body="Which lamp?")
    assert outbox(case, "message")["sms"].body.startswith("New message in case")


@pytest.mark.django_db
def test_a_message_notification_never_carries_the_message(case: Case) -> None:
    secret = "Ditt ärende gäller skuld hos Kronofogden."
    cases.case_message_send(case=case, body=secret)
    message = case.messages.get()
    assert (message.direction, message.body) == ("to_citizen", secret)
    sent = outbox(case, "message")
    assert set(sent) == {"email", "sms"}
    assert all(secret not in m.body and secret not in m.subject for m in sent.values())
    assert "Mina sidor" in sent["email"].body


@pytest.mark.django_db
@pytest.mark.parametrize("body", ["", "   ", "x" * 5001, "nul\x00byte"])
def test_bad_messages_are_refused_and_keep_nothing(case: Case, body: str) -> None:
    with pytest.raises(cases.InvalidMessage):
        cases.case_message_send(case=case, body=body)
    assert not CaseMessage.objects.exists()
    assert not case.outbox.filter(kind="message").exists()


@pytest.mark.django_db
def test_a_closed_case_takes_no_messages(case: Case) -> None:
    cases.case_transition(case=case, status="closed", reason="duplicate")
    with pytest.raises(cases.CaseClosed):
        cases.case_message_send(case=case, body="Hej")
    with pytest.raises(cases.CaseClosed):
        cases.case_message_receive(case=case, body="Hej")
    assert not CaseMessage.objects.exists()


@pytest.mark.django_db
def test_no_sms_without_a_mobile_number(fault_report: FormDefinition) -> None:
    landline = file_case(data={**FAULT_REPORT, "phone": "031-365 00 00"})
    assert set(outbox(landline, "receipt")) == {"email"}
    silent = file_case(data={k: v for k, v in FAULT_REPORT.items() if k not in {"email", "phone"}})
    assert not silent.outbox.exists()
    cases.case_transition(case=silent, status="in_progress")
    assert not silent.outbox.exists()
    assert CaseEvent.objects.filter(case=silent).count() == 2


@pytest.mark.django_db
def test_no_sms_when_sms_is_turned_off(fault_report: FormDefinition, settings: Any) -> None:
    settings.SMS_ENABLED = False
    assert set(outbox(file_case(), "receipt")) == {"email"}


# The content version, the key claimed and completed, the editors' routing, the case and
# its rows, the reference, the receipt, the task; with the two transactions' savepoint
# markers; the form version is memoised per content version, so only a cold process reads
# it (2 more).
SUBMISSION_BUDGET = 17


@pytest.mark.django_db
def test_a_submission_stays_within_its_query_budget(
    client: Any, fault_report: FormDefinition
) -> None:
    import json

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    body = json.dumps({"form": "felanmalan", "data": FAULT_REPORT})

    def submit(key: str) -> Any:
        return client.post(
            "/api/v1/submissions/", body, content_type="application/json", HTTP_IDEMPOTENCY_KEY=key
        )

    with CaptureQueriesContext(connection) as cold:
        assert submit("first").status_code == 201
    assert len(cold) <= SUBMISSION_BUDGET + 2, [q["sql"][:80] for q in cold]  # + the form
    with CaptureQueriesContext(connection) as queries:
        response = submit("q")
    assert response.status_code == 201
    assert response.json()["receipt_sent_to"] == ["email", "sms"]
    assert len(queries) <= SUBMISSION_BUDGET, [q["sql"][:80] for q in queries]
