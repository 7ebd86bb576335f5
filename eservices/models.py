"""E-service forms: what editors build, and the immutable versions frontends render.

A `FormDefinition` is edited and published in the admin like a page (drafts, revisions,
translations). Each publication freezes a `FormVersion`: the JSON Schema, the UI schema
and the rules a submission made against it is held to, for as long as its cases live.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from eservices.blocks import RoutingRuleBlock, StepBlock


class FormDefinition(
    DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model
):
    """An application, notification, fault report or feedback form."""

    class Kind(models.TextChoices):
        APPLICATION = "application", _("Application")
        NOTIFICATION = "notification", _("Notification")
        FAULT_REPORT = "fault_report", _("Fault report")
        FEEDBACK = "feedback", _("Feedback")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("The form's address: /api/v1/forms/<slug>/.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    introduction = models.TextField(_("introduction"), blank=True)
    organisation = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("responsible organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    allow_anonymous = models.BooleanField(
        _("anyone may submit"),
        default=False,
        help_text=_("Without signing in, e.g. fault reports. Applications usually need e-ID."),
    )
    processing_days = models.PositiveSmallIntegerField(
        _("expected processing time (days)"), null=True, blank=True
    )
    steps = StreamField([("step", StepBlock())], verbose_name=_("steps"), min_num=1)
    routing = StreamField(
        [("rule", RoutingRuleBlock())],
        verbose_name=_("routing rules"),
        blank=True,
        help_text=_("The first matching rule decides; otherwise the responsible organisation."),
    )
    receipt_text = models.TextField(
        _("receipt text"),
        help_text=_("Sent to the citizen with the case reference when the form is submitted."),
    )

    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("organisation"),
        SynchronizedField("routing"),
        TranslatableField("steps"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("e-service form")
        verbose_name_plural = _("e-service forms")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="form_slug_per_locale")
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        from eservices.schema import definition_problems

        problems = definition_problems(self.steps.raw_data)
        if problems:
            raise ValidationError({"steps": problems})


class FormVersion(models.Model):
    """One publication of a form, never changed afterwards."""

    form = models.ForeignKey(FormDefinition, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    introduction = models.TextField(blank=True)
    kind = models.CharField(max_length=20, choices=FormDefinition.Kind.choices)
    locale = models.CharField(max_length=10)
    json_schema = models.JSONField()
    ui_schema = models.JSONField()
    # Field kinds and routing, for validating and routing submissions to this version.
    fields = models.JSONField()
    routing = models.JSONField(default=list)
    organisation = models.ForeignKey("cms.Organisation", on_delete=models.PROTECT, related_name="+")
    allow_anonymous = models.BooleanField()
    receipt_text = models.TextField()
    processing_days = models.PositiveSmallIntegerField(null=True)
    published_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["form", "number"], name="form_version_number")
        ]
        ordering = ["form", "-number"]

    def __str__(self) -> str:
        return f"{self.title} v{self.number}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ValidationError("A published form version cannot be changed.")
        super().save(*args, **kwargs)
