"""The contact log: one row per citizen contact in any channel, and the task a forwarded
contact gives the receiving organisation.

The log holds no personal data of the citizen: what was asked is told by topic, service
or answer, and a case is linked by reference.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    PHONE = "phone", _("Phone")
    EMAIL = "email", _("E-mail")
    CHAT = "chat", _("Chat")
    VISIT = "visit", _("Visit")
    WEB_FORM = "web_form", _("Web form")
    SOCIAL = "social", _("Social media")


class Contact(models.Model):
    """One logged contact (kontakt) with the contact center."""

    class Outcome(models.TextChoices):
        RESOLVED = "resolved", _("Resolved at first contact")
        FORWARDED = "forwarded", _("Forwarded")

    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    started_at = models.DateTimeField(_("started"), help_text=_("Call placed, e-mail received."))
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=10, default="sv")
    topic = models.ForeignKey(
        "cms.Topic", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    service = models.ForeignKey(
        "cms.ServicePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answer = models.ForeignKey(
        "cms.AnswerPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    forwarded_to = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("forwarded to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # Whose errand it was: where it was forwarded, else the owner of the service or answer.
    organisation = models.ForeignKey(
        "cms.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    case = models.ForeignKey(
        "eservices.Case", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # When the channel's service level wants it answered (phone: 20 s, e-mail: four office
    # hours), fixed when logged so figures are plain comparisons; null: no target.
    answer_due_at = models.DateTimeField(null=True, blank=True)
    # Office time from start to answer (e-mail), for reading; figures use answer_due_at.
    answer_office_seconds = models.PositiveIntegerField(null=True, blank=True)
    client_id = models.CharField(max_length=100, blank=True)  # the tool that logged it
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("logged contact")
        verbose_name_plural = _("logged contacts")
        ordering = ["-started_at", "-pk"]
        indexes = [
            models.Index(fields=["started_at"], name="contact_started"),
            models.Index(fields=["channel", "started_at"], name="contact_channel_started"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(outcome="resolved", forwarded_to__isnull=True)
                | models.Q(outcome="forwarded", forwarded_to__isnull=False),
                name="contact_forwarded_has_receiver",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} {self.started_at:%Y-%m-%d %H:%M}"


class Task(models.Model):
    """What a forwarded contact asks of the receiving organisation, due by a set time."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")

    contact = models.OneToOneField(Contact, on_delete=models.CASCADE, related_name="task")
    organisation = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    description = models.TextField(_("what to do"), max_length=2000)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    due_at = models.DateTimeField(_("due"))
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("escalated"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("forwarded task")
        verbose_name_plural = _("forwarded tasks")
        ordering = ["due_at", "pk"]
        indexes = [
            models.Index(fields=["organisation", "status"], name="task_org_status"),
            models.Index(fields=["status", "due_at"], name="task_status_due"),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.due_at:%Y-%m-%d %H:%M}"


class AnswerFeedback(models.Model):
    """An agent's word to the editors: an answer is missing, or one is wrong.

    It goes to the organisation that owns the answer (or, for a missing one, the one
    named, else the one the topic is routed to); their editors see it in the admin.
    """

    class Kind(models.TextChoices):
        MISSING = "missing", _("Answer missing")
        WRONG = "wrong", _("Answer wrong")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        HANDLED = "handled", _("Handled")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    comment = models.TextField(_("comment"), max_length=2000)
    answer = models.ForeignKey(
        "cms.AnswerPage",
        verbose_name=_("answer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    query = models.CharField(_("searched for"), max_length=200, blank=True)
    topic = models.ForeignKey(
        "cms.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("for organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    client_id = models.CharField(max_length=100, blank=True)  # the tool that sent it
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        verbose_name = _("feedback on an answer")
        verbose_name_plural = _("feedback on answers")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["organisation", "status"], name="feedback_org_status")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.created_at:%Y-%m-%d}"
