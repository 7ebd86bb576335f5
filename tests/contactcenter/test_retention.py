"""The contact center's free text goes when its time is up; the figures keep their rows."""

from __future__ import annotations

import datetime as dt
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from contactcenter.models import AnswerFeedback, Contact, Task
from contactcenter.retention import contact_texts_purge
from contactcenter.services import contact_log, task_update

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2027, 6, 1, 8, 0, tzinfo=dt.UTC)


def forwarded(receiver: Any, *, done_days_ago: int | None) -> Task:
    started = NOW - dt.timedelta(days=400)
    contact = contact_log(
        channel="phone",
        started_at=started,
        forwarded_to_id=receiver.pk,
        task_description="Ring upp Anna på 070-123 45 67 om bygglovet.",
        now=started,
    )
    if done_days_ago is not None:
        task_update(
            task_id=contact.task.pk, status="done", now=NOW - dt.timedelta(days=done_days_ago)
        )
    return Task.objects.get(contact=contact)


def feedback(status: str, days_ago: int) -> AnswerFeedback:
    made = AnswerFeedback.objects.create(kind="missing", comment="Medborgaren X undrar.")
    AnswerFeedback.objects.filter(pk=made.pk).update(
        status=status, created_at=NOW - dt.timedelta(days=days_ago)
    )
    return made


def test_old_texts_go_and_everything_else_stays(receiver: Any, settings: Any) -> None:
    settings.CONTACT_TASK_TEXT_RETENTION_DAYS = 180
    settings.ANSWER_FEEDBACK_RETENTION_DAYS = 365
    old_done = forwarded(receiver, done_days_ago=181)
    recent_done = forwarded(receiver, done_days_ago=179)
    still_open = forwarded(receiver, done_days_ago=None)
    old_handled = feedback("handled", 366)
    old_new = feedback("new", 400)  # still to be read: kept
    recent_handled = feedback("handled", 300)

    purged = contact_texts_purge(now=NOW)
    assert (purged.task_texts, purged.feedback) == (1, 1)
    texts = dict(Task.objects.values_list("pk", "description"))
    assert texts[old_done.pk] == ""
    assert texts[recent_done.pk] == texts[still_open.pk] != ""
    assert Task.objects.count() == Contact.objects.count() == 3  # the figures keep their rows
    kept = set(AnswerFeedback.objects.values_list("pk", flat=True))
    assert kept == {old_new.pk, recent_handled.pk}
    assert old_handled.pk not in kept
    again = contact_texts_purge(now=NOW)
    assert (again.task_texts, again.feedback) == (0, 0)


def test_the_command_reports_what_it_did(receiver: Any) -> None:
    forwarded(receiver, done_days_ago=None)
    out = StringIO()
    call_command("purge_contact_texts", stdout=out)
    assert out.getvalue().strip() == "Blanked 0 task text(s), deleted 0 feedback."
    assert Task.objects.get().description.startswith("Ring upp")
