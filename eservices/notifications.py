"""Notifications to citizens: written to the outbox with what they are about, then
delivered at least once, retried with backoff, never sent twice once sent.

E-mail goes over SMTP, SMS through `eservices.sms`; each in the case's language. SMS to
one number are rate limited: one over the limit waits for its turn, it is not dropped.
"""

from __future__ import annotations

import datetime as dt
import uuid

import structlog
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import connection, transaction
from django.db.models import F, QuerySet
from django.utils import timezone

from eservices import sms, texts
from eservices.models import Case, OutboxMessage

log = structlog.get_logger(__name__)
MAX_ATTEMPTS = 8


def channels_for(case: Case) -> dict[str, str]:
    """Where the case's citizen is notified: {channel: address}, e-mail and a mobile number."""
    channels = {}
    if case.receipt_email:
        channels[OutboxMessage.Channel.EMAIL.value] = case.receipt_email
    mobile = sms.mobile_number(case.receipt_phone) if case.receipt_phone else None
    if mobile and settings.SMS_ENABLED:
        channels[OutboxMessage.Channel.SMS.value] = mobile
    return channels


def notification_queue(*, case: Case, kind: str, note: str = "") -> list[OutboxMessage]:
    """Put the citizen's notification of `kind` in the outbox, by e-mail and SMS where the
    case has an address and a mobile number. Call it inside the transaction that made the
    change, so the change and its notification are kept or lost together."""
    rows = []
    now = timezone.now()
    for channel, recipient in channels_for(case).items():
        subject, body = ("", _sms_text(case, kind))
        if channel == OutboxMessage.Channel.EMAIL:
            subject, body = _email_text(case, kind, note)
        rows.append(
            OutboxMessage(
                case=case,
                kind=kind,
                channel=channel,
                recipient=recipient,
                subject=subject,
                body=body,
                next_attempt_at=now,
            )
        )
    return OutboxMessage.objects.bulk_create(rows)


def _email_text(case: Case, kind: str, note: str) -> tuple[str, str]:
    version, language, ref = case.form_version, case.locale, case.reference
    if kind == OutboxMessage.Kind.RECEIPT:
        lines = [version.receipt_text, texts.phrase(language, "reference", reference=ref)]
        return f"{version.title}: {ref}", "\n\n".join(lines) + "\n"
    if kind == OutboxMessage.Kind.MESSAGE:
        lines = [texts.phrase(language, "message", reference=ref), texts.phrase(language, "read")]
        return texts.phrase(language, "message_subject", reference=ref), "\n\n".join(lines) + "\n"
    status = texts.status_text(version.status_texts, case.status, language)
    lines = [status.text]
    if status.days:
        lines.append(texts.phrase(language, "days", days=status.days))
    if note:
        lines.append(note)
    lines += [texts.phrase(language, "reference", reference=ref), texts.phrase(language, "follow")]
    return texts.phrase(language, "status_subject", reference=ref), "\n\n".join(lines) + "\n"


def _sms_text(case: Case, kind: str) -> str:
    language, ref = case.locale, case.reference
    if kind == OutboxMessage.Kind.RECEIPT:
        return texts.phrase(language, "receipt_sms", reference=ref)
    if kind == OutboxMessage.Kind.MESSAGE:
        return texts.phrase(language, "message_sms", reference=ref)
    status = texts.status_text(case.form_version.status_texts, case.status, language)
    return texts.phrase(language, "status_sms", reference=ref, status=status.text)


def backoff(attempts: int) -> dt.timedelta:
    """1, 2, 4 … minutes after each failure, at most six hours."""
    return dt.timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))


def outbox_deliver(*, message_id: uuid.UUID | str) -> bool:
    """Send one due message; True when it is sent (now or before).

    Claim, send, mark: a short transaction claims the message for OUTBOX_LEASE_SECONDS,
    the send runs outside any transaction, and one UPDATE records the outcome. A failure
    leaves it pending for a later attempt, or failed after MAX_ATTEMPTS; a worker that dies
    mid-send leaves it to be sent again when the lease expires, under the same Message-ID
    (e-mail) or Idempotency-Key (SMS). The claim counts the attempt, so a message whose
    sender dies every time is failed after MAX_ATTEMPTS claims too.
    """
    message = _message_claim(message_id=message_id)
    if message is None:
        return OutboxMessage.objects.filter(pk=message_id, state="sent").exists()
    try:
        _send(message)
    except Exception as exc:  # any failure of the transport is retried
        _mark_failed(message, exc)
        return False
    OutboxMessage.objects.filter(pk=message.pk, state=OutboxMessage.State.PENDING).update(
        state=OutboxMessage.State.SENT,
        sent_at=timezone.now(),
        claimed_until=None,
    )
    log.info("outbox_delivered", message=str(message.pk), channel=message.channel)
    return True


def _message_claim(*, message_id: uuid.UUID | str) -> OutboxMessage | None:
    """The message, claimed until its lease ends; None when it is not due, another worker
    has it, or its number must wait for its SMS turn."""
    now = timezone.now()
    with transaction.atomic():
        pending = OutboxMessage.objects.filter(pk=message_id, state=OutboxMessage.State.PENDING)
        message = pending.filter(next_attempt_at__lte=now).first()
        if message is None:
            return None
        unchanged = pending.filter(next_attempt_at=message.next_attempt_at)
        if message.attempts >= MAX_ATTEMPTS:
            _abandon(message, unchanged)
            return None
        if message.channel == OutboxMessage.Channel.SMS and _wait_for_sms_turn(message):
            return None
        lease_end = now + dt.timedelta(seconds=settings.OUTBOX_LEASE_SECONDS)
        # Compare and set: of two workers claiming at once, one changes the row.
        if not unchanged.update(
            next_attempt_at=lease_end, claimed_until=lease_end, attempts=F("attempts") + 1
        ):
            return None
    message.next_attempt_at = message.claimed_until = lease_end
    message.attempts += 1
    return message


def _abandon(message: OutboxMessage, unchanged: QuerySet[OutboxMessage]) -> None:
    """Fail a message whose every attempt was claimed and none came back with an outcome
    (its sender died each time)."""
    unchanged.update(
        state=OutboxMessage.State.FAILED,
        last_error=f"No outcome recorded for any of {message.attempts} attempts"[:500],
        claimed_until=None,
    )
    log.warning("outbox_delivery_failed", message=str(message.pk), attempts=message.attempts)


def _mark_failed(message: OutboxMessage, exc: Exception) -> None:
    attempts = message.attempts  # counted by the claim
    failed = attempts >= MAX_ATTEMPTS or isinstance(exc, sms.SmsRefused)
    # Only while the claim is still ours: after its lease another worker may have it.
    OutboxMessage.objects.filter(
        pk=message.pk, state=OutboxMessage.State.PENDING, claimed_until=message.claimed_until
    ).update(
        attempts=attempts,
        last_error=f"{type(exc).__name__}: {exc}"[:500],
        state=OutboxMessage.State.FAILED if failed else OutboxMessage.State.PENDING,
        next_attempt_at=timezone.now() + backoff(attempts),
        claimed_until=None,
    )
    log.warning("outbox_delivery_failed", message=str(message.pk), attempts=attempts)


def _wait_for_sms_turn(message: OutboxMessage) -> bool:
    """Postpone the message while its number has had SMS_RATE_LIMIT messages in the window
    (0 or less: no limit); messages other workers are sending count as sent now. On
    PostgreSQL a lock per number makes concurrent workers count one after the other.
    """
    if settings.SMS_RATE_LIMIT <= 0:
        return False
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [message.recipient]
            )
    now = timezone.now()
    window = dt.timedelta(seconds=settings.SMS_RATE_LIMIT_WINDOW)
    to_number = OutboxMessage.objects.filter(
        channel=OutboxMessage.Channel.SMS, recipient=message.recipient
    )
    sending = to_number.filter(state=OutboxMessage.State.PENDING, claimed_until__gt=now).count()
    sent = (
        to_number.filter(state=OutboxMessage.State.SENT, sent_at__gt=now - window)
        .order_by("-sent_at")
        .values_list("sent_at", flat=True)[: settings.SMS_RATE_LIMIT]
    )
    recent = ([now] * sending + [t for t in sent if t is not None])[: settings.SMS_RATE_LIMIT]
    if len(recent) < settings.SMS_RATE_LIMIT:
        return False
    message.next_attempt_at = recent[-1] + window
    message.save(update_fields=["next_attempt_at"])
    log.info("sms_rate_limited", message=str(message.pk))
    return True


def _send(message: OutboxMessage) -> None:
    if message.channel == OutboxMessage.Channel.SMS:
        sms.get_backend().send(message_id=str(message.pk), to=message.recipient, text=message.body)
        return
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
