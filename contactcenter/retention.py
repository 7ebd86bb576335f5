"""Retention of the contact center's free text, the only place agents may write what a
citizen said: a done task's instructions are blanked `CONTACT_TASK_TEXT_RETENTION_DAYS`
after it was done, and handled feedback on answers is deleted
`ANSWER_FEEDBACK_RETENTION_DAYS` after it came in. The contact log itself holds no
personal data (times, channel, topic, outcome), so the figures keep all of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import structlog
from django.conf import settings
from django.utils import timezone

from contactcenter.models import AnswerFeedback, Task
from eservices.retention import delete_in_batches

log = structlog.get_logger(__name__)
ROW_BATCH = 5000


@dataclass(frozen=True)
class TextsPurged:
    task_texts: int
    feedback: int


def contact_texts_purge(*, now: dt.datetime | None = None) -> TextsPurged:
    now = now or timezone.now()
    days = dt.timedelta(days=1)
    done = Task.objects.filter(
        status=Task.Status.DONE,
        done_at__lte=now - settings.CONTACT_TASK_TEXT_RETENTION_DAYS * days,
    ).exclude(description="")
    handled = AnswerFeedback.objects.filter(
        status=AnswerFeedback.Status.HANDLED,
        created_at__lte=now - settings.ANSWER_FEEDBACK_RETENTION_DAYS * days,
    )
    texts = 0
    while batch := list(done.order_by("pk").values_list("pk", flat=True)[:ROW_BATCH]):
        texts += Task.objects.filter(pk__in=batch).update(description="")
    feedback = delete_in_batches(handled)
    purged = TextsPurged(task_texts=texts, feedback=feedback)
    if texts or feedback:
        log.info("contact_texts_purged", task_texts=texts, feedback=feedback)
    return purged
