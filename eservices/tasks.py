"""Worker tasks of the e-service domain."""

from __future__ import annotations

from django_tasks import task

from eservices.models import OutboxMessage
from eservices.notifications import due_messages, outbox_deliver
from eservices.retention import expired_purge


@task(queue_name="notifications")
def deliver_case_messages(case_id: int) -> int:
    """Send a new case's receipt (and anything else waiting for it)."""
    ids = OutboxMessage.objects.filter(case_id=case_id, state="pending").values_list(
        "pk", flat=True
    )
    return sum(outbox_deliver(message_id=pk) for pk in list(ids))


@task(queue_name="notifications")
def deliver_due_messages() -> int:
    """Retry what failed before and has come due (run every minute by the scheduler)."""
    return sum(outbox_deliver(message_id=pk) for pk in due_messages())


@task()
def purge_expired() -> int:
    """The retention job (eservices.retention), run every minute by the scheduler."""
    return expired_purge().total
