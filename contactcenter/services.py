"""Writes of the contact center: logging a contact, working a forwarded task, escalating
late tasks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from cms.models import AnswerPage, Organisation, ServicePage, Topic
from contactcenter.conf import service_levels
from contactcenter.models import Channel, Contact, Task
from eservices.models import Case

# A contact's times may run ahead of the server's clock by this much (clock skew).
CLOCK_SKEW = dt.timedelta(minutes=5)


class ContactError(Exception):
    """A contact or task the rules refuse; `field` names the input at fault, if one is."""

    def __init__(self, message: str, *, code: str, field: str = "") -> None:
        super().__init__(message)
        self.code, self.field = code, field


def answer_due(*, channel: str, started_at: dt.datetime) -> dt.datetime | None:
    """When the channel's service level wants a contact answered; None: no target."""
    levels = service_levels()
    if channel == Channel.PHONE:
        return started_at + levels.phone_answer
    if channel == Channel.EMAIL:
        return levels.office_hours.add(started_at, levels.email_answer)
    return None


# Bounds that keep the office-hour arithmetic within the holiday calendar's range: no
# contact before 2000, and none that took more than a year to answer or finish.
EARLIEST = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
LONGEST = dt.timedelta(days=366)


def _check_times(
    *,
    started_at: dt.datetime,
    answered_at: dt.datetime | None,
    finished_at: dt.datetime | None,
    now: dt.datetime,
) -> None:
    if started_at > now + CLOCK_SKEW:
        raise ContactError(
            "A contact cannot start in the future.", code="in_future", field="started_at"
        )
    if started_at < EARLIEST:
        raise ContactError(
            "No contact is logged from before 2000.", code="too_old", field="started_at"
        )
    for name, moment in (("answered_at", answered_at), ("finished_at", finished_at)):
        if moment is not None and moment - started_at > LONGEST:
            raise ContactError(
                "More than a year after the contact started.", code="too_long", field=name
            )
    if answered_at is not None and not started_at <= answered_at <= now + CLOCK_SKEW:
        raise ContactError(
            "Answered before it started, or in the future.", code="bad_order", field="answered_at"
        )
    after = answered_at or started_at
    if finished_at is not None and not after <= finished_at <= now + CLOCK_SKEW:
        raise ContactError(
            "Finished before it was answered or started, or in the future.",
            code="bad_order",
            field="finished_at",
        )


def found_or_error(model: Any, pk: int | None, field: str, **live: Any) -> Any:
    """The object with this pk (None for no pk); else a not_found error on `field`."""
    if pk is None:
        return None
    found = model.objects.filter(pk=pk, **live).first()
    if found is None:
        raise ContactError(f"No such {field}.", code="not_found", field=field)
    return found


@transaction.atomic
def contact_log(
    *,
    channel: str,
    started_at: dt.datetime,
    answered_at: dt.datetime | None = None,
    finished_at: dt.datetime | None = None,
    language: str = "sv",
    topic_id: int | None = None,
    service_id: int | None = None,
    answer_id: int | None = None,
    forwarded_to_id: int | None = None,
    task_description: str = "",
    case_reference: str = "",
    client_id: str = "",
    now: dt.datetime | None = None,
) -> Contact:
    """Log a contact; a forwarded one gives the receiving organisation a task.

    No `forwarded_to` means resolved at first contact. The answer deadline of the
    channel's service level and a task's due time are fixed here, in office time.
    """
    now = now or timezone.now()
    _check_times(started_at=started_at, answered_at=answered_at, finished_at=finished_at, now=now)
    topic = found_or_error(Topic, topic_id, "topic")
    service = found_or_error(ServicePage, service_id, "service", live=True)
    answer = found_or_error(AnswerPage, answer_id, "answer", live=True)
    receiver = found_or_error(Organisation, forwarded_to_id, "forwarded_to")
    if receiver is None and task_description:
        raise ContactError(
            "A task is given only with forwarded_to.", code="task_without_receiver", field="task"
        )
    if receiver is not None and not task_description.strip():
        raise ContactError(
            "Say what the receiving organisation is to do.", code="task_missing", field="task"
        )
    case = None
    if case_reference:
        case = Case.objects.filter(reference=case_reference).first()
        if case is None:
            raise ContactError("No case has this reference.", code="not_found", field="case")
    page = service or answer
    contact = Contact(
        channel=channel,
        started_at=started_at,
        answered_at=answered_at,
        finished_at=finished_at,
        language=language,
        topic=topic,
        service=service,
        answer=answer,
        outcome=Contact.Outcome.FORWARDED if receiver else Contact.Outcome.RESOLVED,
        forwarded_to=receiver,
        organisation=receiver or (page.organisation if page is not None else None),
        case=case,
        answer_due_at=answer_due(channel=channel, started_at=started_at),
        client_id=client_id,
    )
    contact.answer_office_seconds = _answer_office_seconds(contact)
    contact.full_clean(exclude=["topic", "service", "answer", "forwarded_to", "case"])
    contact.save()
    if receiver is not None:
        task = Task(
            contact=contact,
            organisation=receiver,
            description=task_description.strip(),
            due_at=_task_due(contact),
        )
        task.full_clean(exclude=["contact", "organisation"])
        task.save()
    return contact


@transaction.atomic
def contact_complete(
    *,
    contact_id: int,
    answered_at: dt.datetime | None = None,
    finished_at: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> Contact:
    """Add the answer or end time to a contact logged before it had them (an e-mail logged
    when it arrives is answered hours later).

    A time is set once: the same value again changes nothing, another one is refused
    (`time_already_set`), and a contact that ended unanswered stays unanswered
    (`already_finished`), so a retried or late update cannot improve the figures. An
    e-mail's office time to answer follows; a forwarded task that is still open and not
    escalated is due counted from the new end of the contact.
    """
    now = now or timezone.now()
    contact = Contact.objects.select_for_update().filter(pk=contact_id).first()
    if contact is None:
        raise ContactError("No logged contact has this id.", code="not_found")
    changed: list[str] = []
    for name, value in (("answered_at", answered_at), ("finished_at", finished_at)):
        current = getattr(contact, name)
        if value is None or current == value:
            continue
        if current is not None:
            raise ContactError(
                f"The contact's {name} is already set.", code="time_already_set", field=name
            )
        if name == "answered_at" and contact.finished_at is not None:
            raise ContactError("The contact ended unanswered.", code="already_finished", field=name)
        setattr(contact, name, value)
        changed.append(name)
    if not changed:
        return contact
    _check_times(
        started_at=contact.started_at,
        answered_at=contact.answered_at,
        finished_at=contact.finished_at,
        now=now,
    )
    if "answered_at" in changed:
        contact.answer_office_seconds = _answer_office_seconds(contact)
        changed.append("answer_office_seconds")
    contact.save(update_fields=changed)
    # Conditional: a task escalated or taken up meanwhile keeps its due time.
    Task.objects.filter(contact=contact, status=Task.Status.OPEN, escalated_at__isnull=True).update(
        due_at=_task_due(contact), updated_at=now
    )
    return contact


def _answer_office_seconds(contact: Contact) -> int | None:
    """An answered e-mail's office time from arrival to answer; None for anything else."""
    if contact.channel != Channel.EMAIL or contact.answered_at is None:
        return None
    waited = service_levels().office_hours.between(contact.started_at, contact.answered_at)
    return int(waited.total_seconds())


def _task_due(contact: Contact) -> dt.datetime:
    # Counted from when the errand was handed over: the end of the contact.
    levels = service_levels()
    end = contact.finished_at or contact.answered_at or contact.started_at
    return levels.office_hours.add(end, levels.task_due)


# Where a task may go from each status; done is final.
TRANSITIONS = {
    Task.Status.OPEN: {Task.Status.IN_PROGRESS, Task.Status.DONE},
    Task.Status.IN_PROGRESS: {Task.Status.OPEN, Task.Status.DONE},
    Task.Status.DONE: set(),
}


@transaction.atomic
def task_update(*, task_id: int, status: str, now: dt.datetime | None = None) -> Task:
    """Move a forwarded task to `status`; the same status again changes nothing."""
    task = Task.objects.select_for_update().get(pk=task_id)
    if status == task.status:
        return task
    if status not in TRANSITIONS[Task.Status(task.status)]:
        raise ContactError(
            f"A task that is {task.status} cannot become {status}.",
            code="task_transition_not_allowed",
        )
    task.status = status
    task.done_at = (now or timezone.now()) if status == Task.Status.DONE else None
    task.save(update_fields=["status", "done_at", "updated_at"])
    return task


def tasks_escalate(*, now: dt.datetime | None = None) -> list[int]:
    """Mark the tasks that are late and not yet escalated, and have the receiving
    organisations told; returns the ids marked now.

    Each task is marked by a conditional update, so two runs at once, or a run repeated,
    escalate (and tell) each late task once.
    """
    from contactcenter.tasks import notify_late_tasks

    now = now or timezone.now()
    with transaction.atomic():
        # Locked, so a task marked done meanwhile is not escalated, and a run beside this
        # one skips what this one took; the notification is queued in the same commit.
        marked = list(
            Task.objects.select_for_update(skip_locked=True)
            .filter(
                due_at__lt=now,
                escalated_at__isnull=True,
                status__in=[Task.Status.OPEN, Task.Status.IN_PROGRESS],
            )
            .values_list("pk", flat=True)
        )
        if marked:
            Task.objects.filter(pk__in=marked).update(escalated_at=now)
            notify_late_tasks.enqueue(marked)
    return marked
