"""Reads of the contact center that the API and the admin share."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Count, F, Q, QuerySet

from contactcenter.models import Channel, Contact, Task

TOPICS_SHOWN = 50  # the busiest topics in the figures; the rest are summed as "other"


def contacts(
    *, channel: str | None = None, outcome: str | None = None, since: dt.datetime | None = None
) -> QuerySet[Contact]:
    """Logged contacts, latest first, with what the API shows of them."""
    found = Contact.objects.select_related(
        "topic", "service", "answer", "forwarded_to", "organisation", "case", "task"
    ).order_by("-started_at", "-pk")
    if channel:
        found = found.filter(channel=channel)
    if outcome:
        found = found.filter(outcome=outcome)
    if since:
        found = found.filter(started_at__gte=since)
    return found


def contact(pk: int) -> Contact | None:
    return contacts().filter(pk=pk).first()


def tasks(
    *, organisation_ids: frozenset[int] | None, status: str | None = None, late_at: Any = None
) -> QuerySet[Task]:
    """Forwarded tasks of these organisations (None: all), soonest due first; `late_at`
    keeps those not done and past due at that time."""
    found = Task.objects.select_related("organisation", "contact", "contact__topic")
    if organisation_ids is not None:
        found = found.filter(organisation_id__in=organisation_ids)
    if status:
        found = found.filter(status=status)
    if late_at is not None:
        found = found.exclude(status=Task.Status.DONE).filter(due_at__lt=late_at)
    return found.order_by("due_at", "pk")


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def service_level_figures(
    *,
    start: dt.datetime,
    end: dt.datetime,
    now: dt.datetime,
    channel: str | None = None,
    organisation_id: int | None = None,
) -> dict[str, Any]:
    """The service-level figures of contacts started in [start, end), in five queries
    whatever the number of contacts.

    A contact counts towards its channel's answer target once it is answered or its
    deadline (fixed when it was logged) has passed unanswered; until then it is pending.
    """
    period = Contact.objects.filter(started_at__gte=start, started_at__lt=end)
    if channel:
        period = period.filter(channel=channel)
    if organisation_id:
        period = period.filter(organisation_id=organisation_id)
    measured = Q(answered_at__isnull=False) | Q(answer_due_at__lt=now)
    in_time = Q(answered_at__isnull=False, answered_at__lte=F("answer_due_at"))
    phone, email = Q(channel=Channel.PHONE), Q(channel=Channel.EMAIL)
    # First-contact resolution counts contacts someone answered: a call given up in the
    # queue was neither resolved nor forwarded.
    answered = Q(answered_at__isnull=False)
    resolved = Q(outcome=Contact.Outcome.RESOLVED) & answered
    totals = period.aggregate(
        total=Count("pk"),
        answered=Count("pk", filter=answered),
        resolved=Count("pk", filter=resolved),
        phone_measured=Count("pk", filter=phone & measured),
        phone_in_time=Count("pk", filter=phone & in_time),
        email_measured=Count("pk", filter=email & measured),
        email_in_time=Count("pk", filter=email & in_time),
    )
    channels = list(
        period.values("channel")
        .annotate(contacts=Count("pk"), resolved=Count("pk", filter=resolved))
        .order_by("channel")
    )
    topics = list(
        period.values("topic_id", "topic__slug", "topic__name")
        .annotate(contacts=Count("pk"), resolved=Count("pk", filter=resolved))
        .order_by("-contacts", "topic_id")[:TOPICS_SHOWN]
    )
    late = Q(task__due_at__lt=now) & ~Q(task__status=Task.Status.DONE)
    forwarded = list(
        period.filter(outcome=Contact.Outcome.FORWARDED)
        .values("forwarded_to_id", "forwarded_to__slug", "forwarded_to__name")
        .annotate(
            contacts=Count("pk"),
            open=Count("pk", filter=~Q(task__status=Task.Status.DONE)),
            late=Count("pk", filter=late),
        )
        .order_by("-contacts", "forwarded_to_id")
    )
    task_totals = Task.objects.filter(contact__in=period.values("pk")).aggregate(
        total=Count("pk"),
        open=Count("pk", filter=~Q(status=Task.Status.DONE)),
        late=Count("pk", filter=Q(due_at__lt=now) & ~Q(status=Task.Status.DONE)),
        done_late=Count("pk", filter=Q(status=Task.Status.DONE, done_at__gt=F("due_at"))),
        escalated=Count("pk", filter=Q(escalated_at__isnull=False)),
    )
    return {
        "totals": totals,
        "phone_answered_in_time": _share(totals["phone_in_time"], totals["phone_measured"]),
        "email_answered_in_time": _share(totals["email_in_time"], totals["email_measured"]),
        "first_contact_resolution": _share(totals["resolved"], totals["answered"]),
        "channels": channels,
        "topics": topics,
        "forwarded": forwarded,
        "tasks": task_totals,
    }
