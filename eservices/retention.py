"""Retention: what is not a public record is deleted when its time is up.

- drafts `DRAFT_TTL_DAYS` after they were last saved, and uploads no case took
  `ATTACHMENT_TTL_HOURS` after they were made, files and all;
- expired OAuth tokens, grants and id tokens (django-oauth-toolkit's own clean-up) and
  expired sessions;
- answered Idempotency-Keys `IDEMPOTENCY_KEY_TTL_DAYS` after they were first used;
- notifications sent or given up `OUTBOX_RETENTION_DAYS` ago (they hold addresses);
- finished task results after `TASK_RESULT_RETENTION_DAYS`;
- the staff access log after `ACCESS_LOG_RETENTION_DAYS`.

Filed cases and the attachments they took are public records: this job never deletes
them. They go only under a recorded disposal decision (eservices.disposal). An
attachment is deleted here only while no case has it, checked under a row lock that the
submission taking it holds too. Every kind is deleted in batches, so one run stays short
however much has piled up; what is left goes in the next run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

import structlog
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import Model, QuerySet
from django.utils import timezone

from eservices.models import Attachment, CaseAccess, Draft, IdempotencyKey, OutboxMessage
from eservices.storage import attachment_storage

log = structlog.get_logger(__name__)
BATCH = 200
ROW_BATCH = 5000


@dataclass(frozen=True)
class Purged:
    drafts: int = 0
    attachments: int = 0
    sessions: int = 0
    idempotency_keys: int = 0
    notifications: int = 0
    task_results: int = 0
    access_log: int = 0

    @property
    def total(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))


def expired_purge(*, now: dt.datetime | None = None) -> Purged:
    """One run of the retention job."""
    now = now or timezone.now()
    drafts, _ = Draft.objects.filter(expires_at__lte=now).delete()
    attachments = 0
    while True:
        deleted = _attachments_purge(now)
        attachments += deleted
        if deleted < BATCH:
            break
    days = dt.timedelta(days=1)
    _tokens_purge()
    purged = Purged(
        drafts=drafts,
        attachments=attachments,
        sessions=delete_in_batches(Session.objects.filter(expire_date__lte=now)),
        idempotency_keys=delete_in_batches(
            IdempotencyKey.objects.filter(
                state=IdempotencyKey.State.COMPLETED,
                created_at__lte=now - settings.IDEMPOTENCY_KEY_TTL_DAYS * days,
            )
        ),
        notifications=delete_in_batches(
            OutboxMessage.objects.filter(
                state__in=[OutboxMessage.State.SENT, OutboxMessage.State.FAILED],
                created_at__lte=now - settings.OUTBOX_RETENTION_DAYS * days,
            )
        ),
        task_results=_task_results_purge(now - settings.TASK_RESULT_RETENTION_DAYS * days),
        access_log=delete_in_batches(
            CaseAccess.objects.filter(
                created_at__lte=now - settings.ACCESS_LOG_RETENTION_DAYS * days
            )
        ),
    )
    if purged.total:
        log.info("expired_purged", **{f.name: getattr(purged, f.name) for f in fields(purged)})
    return purged


def delete_in_batches(queryset: QuerySet[Model]) -> int:
    """Delete in batches of primary keys: bounded transactions, no table-wide lock."""
    model = queryset.model
    total = 0
    while True:
        batch = list(queryset.order_by("pk").values_list("pk", flat=True)[:ROW_BATCH])
        if not batch:
            return total
        model._base_manager.filter(pk__in=batch).delete()
        total += len(batch)
        if len(batch) < ROW_BATCH:
            return total


def _tokens_purge() -> None:
    """Expired access and refresh tokens, grants and id tokens: django-oauth-toolkit's
    clear_expired, which batches itself and honours the refresh-token lifetime (not
    counted: counting four token tables every minute would cost more than the purge)."""
    from oauth2_provider.models import clear_expired

    clear_expired()


def _task_results_purge(cutoff: dt.datetime) -> int:
    from django_tasks_db.models import DBTaskResult

    return delete_in_batches(DBTaskResult.objects.finished().filter(finished_at__lte=cutoff))


@transaction.atomic
def _attachments_purge(now: dt.datetime) -> int:
    """One batch. The files go first: should the commit fail, the rows stay expired and
    are deleted next time (deleting a missing file is no error)."""
    rows = list(
        Attachment.objects.select_for_update(skip_locked=True)
        .filter(case__isnull=True, expires_at__lte=now)
        .order_by("expires_at", "pk")
        .values_list("pk", "file")[:BATCH]
    )
    storage = attachment_storage()
    for _pk, name in rows:
        storage.delete(name)
    Attachment.objects.filter(pk__in=[pk for pk, _name in rows], case__isnull=True).delete()
    return len(rows)
