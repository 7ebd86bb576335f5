"""Worker tasks of the contact center."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django_tasks import task

from contactcenter.models import Task


@task(queue_name="notifications")
def notify_late_tasks(task_ids: list[int]) -> int:
    """Tell each receiving organisation (its e-mail address) which forwarded tasks are late.

    The message names tasks by number and due time only: what the citizen asked stays
    in the system.
    """
    by_org: dict[int, list[Task]] = {}
    tasks = Task.objects.filter(pk__in=task_ids).select_related("organisation")
    for found in tasks.order_by("due_at"):
        by_org.setdefault(found.organisation_id, []).append(found)
    sent = 0
    for late in by_org.values():
        organisation = late[0].organisation
        if not organisation.email:
            continue
        lines = [f"Ärende {t.pk}, skulle vara klart {t.due_at:%Y-%m-%d %H:%M} UTC" for t in late]
        send_mail(
            subject=f"{len(late)} försenade ärenden från kontaktcenter",
            message=(
                "Följande ärenden som kontaktcenter har skickat vidare är försenade:\n\n"
                + "\n".join(lines)
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[organisation.email],
        )
        sent += 1
    return sent
