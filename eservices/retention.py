"""Retention: drafts and unused uploads are deleted when their time is up.

Filed cases and the attachments they took follow the archive rules, never these: an
attachment is deleted here only while no case has it, checked under a row lock that the
submission taking it holds too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import structlog
from django.db import transaction
from django.utils import timezone

from eservices.models import Attachment, Draft
from eservices.storage import attachment_storage

log = structlog.get_logger(__name__)
BATCH = 200


@dataclass(frozen=True)
class Purged:
    drafts: int
    attachments: int


def expired_purge(*, now: dt.datetime | None = None) -> Purged:
    """Delete expired drafts, and expired attachments no case has taken with their files."""
    now = now or timezone.now()
    drafts, _ = Draft.objects.filter(expires_at__lte=now).delete()
    attachments = 0
    while True:
        deleted = _attachments_purge(now)
        attachments += deleted
        if deleted < BATCH:
            break
    if drafts or attachments:
        log.info("expired_purged", drafts=drafts, attachments=attachments)
    return Purged(drafts=drafts, attachments=attachments)


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
