"""A case after it is filed: status changes with reasons, messages, and the citizen told.

Every change is one transaction with its history entry and the citizen's notification in
the outbox; the worker sends it after commit. The case row is locked while it changes, so
two handlers never move it from the same status at once.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from eservices.models import Case, CaseEvent, CaseMessage, OutboxMessage
from eservices.notifications import notification_queue

Status = Case.Status
Reason = Case.Reason

# Where a case may go from each status. Decided cases may be taken up again (omprövning).
TRANSITIONS: dict[str, frozenset[str]] = {
    Status.RECEIVED: frozenset({Status.IN_PROGRESS, Status.WAITING_FOR_CITIZEN, Status.CLOSED}),
    Status.IN_PROGRESS: frozenset({Status.WAITING_FOR_CITIZEN, Status.DECIDED, Status.CLOSED}),
    Status.WAITING_FOR_CITIZEN: frozenset({Status.IN_PROGRESS, Status.CLOSED}),
    Status.DECIDED: frozenset({Status.IN_PROGRESS, Status.CLOSED}),
    Status.CLOSED: frozenset(),
}
# The reasons each status takes; one of them is required where there are any.
REASONS: dict[str, frozenset[str]] = {
    Status.RECEIVED: frozenset(),
    Status.IN_PROGRESS: frozenset(),
    Status.WAITING_FOR_CITIZEN: frozenset({Reason.NEEDS_INFORMATION, Reason.NEEDS_DOCUMENTS}),
    Status.DECIDED: frozenset({Reason.APPROVED, Reason.PARTLY_APPROVED, Reason.REJECTED}),
    Status.CLOSED: frozenset(
        {
            Reason.COMPLETED,
            Reason.WITHDRAWN,
            Reason.DUPLICATE,
            Reason.NO_RESPONSE,
            Reason.REFERRED,
        }
    ),
}
MESSAGE_MAX_LENGTH = 5000


class CaseError(Exception):
    code = "case_error"
    field = ""


class TransitionNotAllowed(CaseError):
    code = "transition_not_allowed"
    field = "status"


class InvalidReason(CaseError):
    code = "invalid_reason"
    field = "reason"


class InvalidMessage(CaseError):
    code = "invalid_message"
    field = "body"


class CaseClosed(CaseError):
    code = "case_closed"


def allowed_transitions(case: Case) -> list[str]:
    """The statuses the case may move to now, in lifecycle order."""
    return [status for status in Status.values if status in TRANSITIONS[case.status]]


def case_transition(
    *,
    case: Case,
    status: str,
    reason: str = "",
    note: str = "",
    internal_note: str = "",
    actor_id: int | None = None,
    client_id: str = "",
) -> CaseEvent:
    """Move the case to `status` and tell the citizen.

    Only the lifecycle's transitions are allowed, and statuses that take reasons need one
    of theirs (a decision says approved, partly approved or rejected). `note` is shown to
    the citizen and sent in the notification; `internal_note` stays with the handlers.
    """
    with transaction.atomic():
        locked = Case.objects.select_for_update().select_related("form_version").get(pk=case.pk)
        if status not in TRANSITIONS.get(locked.status, frozenset()):
            raise TransitionNotAllowed(
                f"A case that is {locked.status} cannot become {status}; "
                f"allowed: {', '.join(allowed_transitions(locked)) or 'none'}."
            )
        if (reason or REASONS[status]) and reason not in REASONS[status]:
            raise InvalidReason(
                f"A case that becomes {status} takes one of these reasons: "
                f"{', '.join(sorted(REASONS[status])) or 'none'}."
            )
        locked.status, locked.status_reason = status, reason
        locked.status_changed_at = timezone.now()
        locked.save(update_fields=["status", "status_reason", "status_changed_at", "updated_at"])
        event = CaseEvent.objects.create(
            case=locked,
            status=status,
            reason=reason,
            note=note,
            internal_note=internal_note,
            actor_id=actor_id,
            client_id=client_id,
        )
        notification_queue(case=locked, kind=OutboxMessage.Kind.STATUS, note=note)
        _deliver_after_commit(locked.pk)
    case.refresh_from_db()
    return event


def case_message_send(
    *, case: Case, body: str, actor_id: int | None = None, client_id: str = ""
) -> CaseMessage:
    """A handler's message to the citizen; the citizen is told there is one to read."""
    body = _checked_body(body)
    with transaction.atomic():
        locked = Case.objects.select_for_update().select_related("form_version").get(pk=case.pk)
        if locked.status == Status.CLOSED:
            raise CaseClosed("The case is closed; it takes no more messages.")
        message = CaseMessage.objects.create(
            case=locked,
            direction=CaseMessage.Direction.TO_CITIZEN,
            body=body,
            author_id=actor_id,
            client_id=client_id,
        )
        locked.save(update_fields=["updated_at"])
        notification_queue(case=locked, kind=OutboxMessage.Kind.MESSAGE)
        _deliver_after_commit(locked.pk)
    return message


def case_message_receive(*, case: Case, body: str, client_id: str = "") -> CaseMessage:
    """The citizen's message to the handlers; a case waiting for the citizen is taken up
    again (back to in progress), which is recorded in its history."""
    body = _checked_body(body)
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        if locked.status == Status.CLOSED:
            raise CaseClosed("The case is closed; it takes no more messages.")
        message = CaseMessage.objects.create(
            case=locked,
            direction=CaseMessage.Direction.FROM_CITIZEN,
            body=body,
            client_id=client_id,
        )
        fields = ["updated_at"]
        if locked.status == Status.WAITING_FOR_CITIZEN:
            locked.status, locked.status_reason = Status.IN_PROGRESS, ""
            locked.status_changed_at = timezone.now()
            fields += ["status", "status_reason", "status_changed_at"]
            CaseEvent.objects.create(case=locked, status=Status.IN_PROGRESS, client_id=client_id)
        locked.save(update_fields=fields)
    return message


def _checked_body(body: str) -> str:
    body = body.strip()
    if not body or len(body) > MESSAGE_MAX_LENGTH or "\x00" in body:
        raise InvalidMessage(f"Write 1-{MESSAGE_MAX_LENGTH} characters.")
    return body


def _deliver_after_commit(case_id: int) -> None:
    from eservices.tasks import deliver_case_messages

    transaction.on_commit(lambda: deliver_case_messages.enqueue(case_id))
