"""Delivering the outbox: at least once, retried with backoff, never sent twice once sent."""

from __future__ import annotations

import datetime as dt
import uuid

import structlog
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from eservices.models import OutboxMessage

log = structlog.get_logger(__name__)
MAX_ATTEMPTS = 8


def backoff(attempts: int) -> dt.timedelta:
    """1, 2, 4 … minutes after each failure, at most six hours."""
    return dt.timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))


def outbox_deliver(*, message_id: uuid.UUID | str) -> bool:
    """Send one due message; True when it is sent (now or before).

    The row is locked while sending, so two workers never send the same message at once;
    a failure leaves it pending for a later attempt, or failed after MAX_ATTEMPTS.
    """
    with transaction.atomic():
        message = (
            OutboxMessage.objects.select_for_update(skip_locked=True)
            .filter(pk=message_id, state=OutboxMessage.State.PENDING)
            .first()
        )
        if message is None:
            return OutboxMessage.objects.filter(pk=message_id, state="sent").exists()
        if message.next_attempt_at > timezone.now():
            return False
        try:
            _send(message)
        except Exception as exc:  # any failure of the transport is retried
            message.attempts += 1
            message.last_error = f"{type(exc).__name__}: {exc}"[:500]
            failed = message.attempts >= MAX_ATTEMPTS
            message.state = OutboxMessage.State.FAILED if failed else OutboxMessage.State.PENDING
            message.next_attempt_at = timezone.now() + backoff(message.attempts)
            message.save(update_fields=["attempts", "last_error", "state", "next_attempt_at"])
            log.warning(
                "outbox_delivery_failed", message=str(message.pk), attempts=message.attempts
            )
            return False
        message.attempts += 1
        message.state = OutboxMessage.State.SENT
        message.sent_at = timezone.now()
        message.save(update_fields=["attempts", "state", "sent_at"])
        log.info("outbox_delivered", message=str(message.pk), channel=message.channel)
        return True


def _send(message: OutboxMessage) -> None:
    if message.channel != OutboxMessage.Channel.EMAIL:
        raise NotImplementedError("SMS delivery is not configured.")
    email = EmailMessage(
        subject=message.subject,
        body=message.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.recipient],
        headers={"Message-ID": f"<{message.pk}@{settings.EMAIL_MESSAGE_ID_DOMAIN}>"},
    )
    email.send(fail_silently=False)


def due_messages(limit: int = 500) -> list[uuid.UUID]:
    """Ids of pending messages whose time has come (for the periodic sweep)."""
    return list(
        OutboxMessage.objects.filter(
            state=OutboxMessage.State.PENDING, next_attempt_at__lte=timezone.now()
        )
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )
