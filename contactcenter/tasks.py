"""Worker tasks of the contact center."""

from __future__ import annotations

import structlog
from django.conf import settings
from django.core.mail import send_mail, send_mass_mail
from django_tasks import task

from contactcenter.models import Task

log = structlog.get_logger(__name__)


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


@task(queue_name="notifications")
def notify_feedback(feedback_id: int) -> int:
    """Tell the owning organisation's editors that an agent has feedback on an answer.

    The e-mail names the kind and the answer and links to the admin; the comment stays
    there. Without editors with an address, the organisation's own address is used.
    Feedback the agent could not place with an organisation goes to the editors who may
    edit every organisation's pages (superusers and holders of cms.edit_any_organisation),
    who see it in the admin and pass it on.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission
    from django.db.models import Q
    from django.urls import reverse

    from cms.permissions import EDIT_ANY_ORGANISATION
    from contactcenter.models import AnswerFeedback

    feedback = (
        AnswerFeedback.objects.select_related("organisation", "answer")
        .filter(pk=feedback_id)
        .first()
    )
    if feedback is None:
        return 0
    org = feedback.organisation
    users = get_user_model().objects.filter(is_active=True)
    if org is None:  # nobody's yet: the editors who may edit every organisation's pages
        app_label, codename = EDIT_ANY_ORGANISATION.split(".")
        perm = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        editors = users.filter(
            Q(is_superuser=True) | Q(groups__permissions__in=perm) | Q(user_permissions__in=perm)
        )
    else:
        editors = users.filter(groups__in=org.editor_groups.all())
    recipients = sorted({e for e in editors.values_list("email", flat=True) if e})
    recipients = recipients or ([org.email] if org is not None and org.email else [])
    if not recipients:
        log.warning("feedback_without_recipients", feedback=feedback.pk)
        return 0
    link = settings.WAGTAILADMIN_BASE_URL + reverse("answer_feedback:inspect", args=[feedback.pk])
    what = "saknas" if feedback.kind == AnswerFeedback.Kind.MISSING else "är fel"
    about = f"Svaret: {feedback.answer.title}\n" if feedback.answer else ""
    subject = f"Kontaktcenter: ett svar {what}"
    receiver = org.name if org is not None else "webbredaktionen (ingen ägare angiven)"
    message = (
        f"Kontaktcenter har lämnat synpunkter till {receiver}: ett svar {what}.\n"
        f"{about}\nLäs och hantera synpunkten i redigeringsverktyget:\n{link}\n"
    )
    # One message each, so no editor's address is shown to the others.
    return send_mass_mail(
        [(subject, message, settings.DEFAULT_FROM_EMAIL, [to]) for to in recipients]
    )
