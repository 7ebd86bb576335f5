"""E-service forms: what editors build, and the immutable versions frontends render.

A `FormDefinition` is edited and published in the admin like a page (drafts, revisions,
translations). Each publication freezes a `FormVersion`: the JSON Schema, the UI schema
and the rules a submission made against it is held to, for as long as its cases live.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from eservices.blocks import RoutingRuleBlock, StatusTextBlock, StepBlock


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
    open311 = models.BooleanField(
        _("offered through Open311"),
        default=False,
        help_text=_(
            "Third parties' apps may list this fault report and file reports to it through "
            "Open311 GeoReport v2 (/open311/v2/). Only for fault reports anyone may submit."
        ),
    )
    steps = StreamField([("step", StepBlock())], verbose_name=_("steps"), min_num=1)
    routing = StreamField(
        [("rule", RoutingRuleBlock())],
        verbose_name=_("routing rules"),
        blank=True,
        help_text=_(
            "The first matching rule decides; otherwise the routing for this e-service "
            "(City data → Routing), else the responsible organisation."
        ),
    )
    receipt_text = models.TextField(
        _("receipt text"),
        help_text=_("Sent to the citizen with the case reference when the form is submitted."),
    )
    status_texts = StreamField(
        [("status", StatusTextBlock())],
        verbose_name=_("status texts"),
        blank=True,
        help_text=_(
            "What the citizen is told in each status, and how long it usually lasts; "
            "statuses without a text here get the city's standard text."
        ),
    )

    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("organisation"),
        SynchronizedField("routing"),
        TranslatableField("steps"),
        TranslatableField("status_texts"),
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
        if self.open311:
            refusal = open311_refusal(self.kind, self.allow_anonymous, self.steps.raw_data)
            if refusal:
                raise ValidationError({"open311": refusal})


def open311_refusal(kind: str, allow_anonymous: bool, steps: Any) -> str:
    """Why a form cannot be offered through Open311 ("" when it can).

    Open311 clients file reports for people who have not signed in, through a third
    party: only fault reports anyone may submit qualify, and none that asks for a personal
    identity number or requires a file (Open311 sends files by address, never fetched).
    """
    from eservices.schema import fields_of

    if kind != FormDefinition.Kind.FAULT_REPORT or not allow_anonymous:
        return "Only fault reports that anyone may submit can be offered through Open311."
    for field in fields_of(steps):
        if field["kind"] == "personal_identity_number":
            return "A form that asks for a personal identity number is not offered through Open311."
        if field["kind"] == "file_upload" and field.get("required"):
            return "A form that requires a file is not offered through Open311."
    return ""


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
    # {status: {"text": …, "days": n or None}} for the statuses the editors described.
    status_texts = models.JSONField(default=dict)
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


class CaseSequence(models.Model):
    """The last case number given out in a year: GBG-2026-000123."""

    year = models.PositiveIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.year}: {self.last}"


class Case(models.Model):
    """An errand started by a submission (ärende); filed cases are public records."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_PROGRESS = "in_progress", _("In progress")
        WAITING_FOR_CITIZEN = "waiting_for_citizen", _("Waiting for the citizen")
        DECIDED = "decided", _("Decided")
        CLOSED = "closed", _("Closed")

    class Reason(models.TextChoices):
        NEEDS_INFORMATION = "needs_information", _("More information needed")
        NEEDS_DOCUMENTS = "needs_documents", _("Documents needed")
        APPROVED = "approved", _("Approved")
        PARTLY_APPROVED = "partly_approved", _("Partly approved")
        REJECTED = "rejected", _("Rejected")
        COMPLETED = "completed", _("Completed")
        WITHDRAWN = "withdrawn", _("Withdrawn by the citizen")
        DUPLICATE = "duplicate", _("Duplicate of another case")
        NO_RESPONSE = "no_response", _("No answer from the citizen")
        REFERRED = "referred", _("Referred to another authority")

    reference = models.CharField(_("reference"), max_length=30, unique=True)
    form_version = models.ForeignKey(FormVersion, on_delete=models.PROTECT, related_name="cases")
    organisation = models.ForeignKey(
        "cms.Organisation", verbose_name=_("handled by"), on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(_("status"), max_length=30, choices=Status.choices)
    data = models.JSONField(_("answers"))
    locale = models.CharField(_("language"), max_length=10)
    citizen = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cases",
    )
    client_id = models.CharField(_("submitted through"), max_length=100, blank=True)
    receipt_email = models.EmailField(blank=True)
    receipt_phone = models.CharField(max_length=30, blank=True)
    status_reason = models.CharField(_("reason"), max_length=30, choices=Reason.choices, blank=True)
    status_changed_at = models.DateTimeField(_("status since"), default=timezone.now)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        indexes = [
            models.Index(fields=["citizen", "-created_at"], name="case_citizen_recent"),
            models.Index(fields=["organisation", "-updated_at"], name="case_organisation_recent"),
        ]
        permissions = [("handle_any_case", "Can handle every organisation's cases")]

    def __str__(self) -> str:
        return self.reference


class CaseEvent(models.Model):
    """One step in a case's history: `note` is shown to the citizen, `internal_note` only
    to handlers; `actor` or `client_id` says who made it (neither: the citizen's filing)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    status = models.CharField(max_length=30, choices=Case.Status.choices)
    reason = models.CharField(max_length=30, choices=Case.Reason.choices, blank=True)
    note = models.TextField(blank=True)
    internal_note = models.TextField(blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    client_id = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["case", "created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.case}: {self.status}"


class CaseMessage(models.Model):
    """A message between the case's handlers and the citizen."""

    class Direction(models.TextChoices):
        TO_CITIZEN = "to_citizen", _("To the citizen")
        FROM_CITIZEN = "from_citizen", _("From the citizen")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    direction = models.CharField(max_length=20, choices=Direction.choices)
    body = models.TextField(_("message"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    client_id = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["case", "created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.case}: {self.get_direction_display()}"


class IdempotencyKey(models.Model):
    """A client's Idempotency-Key and the answer it got, so a retry never makes a second case."""

    class State(models.TextChoices):
        IN_PROGRESS = "in_progress"
        COMPLETED = "completed"

    owner = models.CharField(max_length=200)  # who sent it: an OAuth client, a person, anyone
    key = models.CharField(max_length=255)
    request_hash = models.CharField(max_length=64)
    state = models.CharField(max_length=20, choices=State.choices)
    response_status = models.PositiveSmallIntegerField(null=True)
    response_body = models.JSONField(null=True)
    case = models.ForeignKey(Case, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "key"], name="idempotency_key_per_owner")
        ]
        indexes = [models.Index(fields=["created_at"], name="idempotency_key_age")]

    def __str__(self) -> str:
        return self.key


class OutboxMessage(models.Model):
    """A notification to send, written in the same transaction as what it is about.

    The worker delivers it at least once; its id is the message's identity (the e-mail's
    Message-ID), so a receiver can tell a repeat from a new message.
    """

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        SMS = "sms", _("SMS")

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    class Kind(models.TextChoices):
        RECEIPT = "receipt", _("Receipt")
        STATUS = "status", _("Status change")
        MESSAGE = "message", _("New message")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="outbox")
    channel = models.CharField(max_length=10, choices=Channel.choices)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.RECEIPT)
    recipient = models.CharField(max_length=254)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    # While a worker sends it: its lease (next_attempt_at is pushed to the same time, so a
    # worker that dies mid-send leaves the message due again once the lease has expired).
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            models.Index(fields=["state", "next_attempt_at"], name="outbox_due"),
            # The SMS rate limit counts what one number was sent lately.
            models.Index(fields=["channel", "recipient", "sent_at"], name="outbox_recipient_sent"),
            models.Index(fields=["created_at"], name="outbox_age"),  # retention
        ]

    def __str__(self) -> str:
        return f"{self.channel} {self.id}"


class Attachment(models.Model):
    """A file a citizen uploaded for a form, waiting to be referenced by a submission.

    Its owner is whoever uploaded it, as Idempotency-Key owners are named: only the same
    owner may reference it, and an anonymous upload only with its secret. Until a case
    takes it, it expires; a case's files are kept as long as the case.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.CharField(max_length=200)
    # SHA-256 of the secret an anonymous upload is bound to ("" when bound to its owner).
    secret_hash = models.CharField(max_length=64, blank=True, editable=False)
    form = models.ForeignKey(FormDefinition, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    file = models.CharField(max_length=255)  # its name in the private attachment storage
    case = models.ForeignKey(
        Case, null=True, blank=True, on_delete=models.PROTECT, related_name="attachments"
    )
    field = models.CharField(max_length=50, blank=True)  # the form field it answers
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(null=True, blank=True)  # None once a case has it
    # The secret itself, only on the instance attachment_upload returns; never stored.
    upload_secret: str = ""

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        indexes = [models.Index(fields=["expires_at"], name="attachment_expiry")]

    def __str__(self) -> str:
        return self.name


class Draft(models.Model):
    """A signed-in citizen's unfinished answers to a form, kept until they expire."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    citizen = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="drafts"
    )
    form = models.ForeignKey(FormDefinition, on_delete=models.CASCADE, related_name="drafts")
    locale = models.CharField(max_length=10)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    expires_at = models.DateTimeField()

    class Meta:
        verbose_name = _("draft")
        verbose_name_plural = _("drafts")
        indexes = [
            models.Index(fields=["citizen", "-updated_at"], name="draft_citizen_recent"),
            models.Index(fields=["expires_at"], name="draft_expiry"),
        ]

    def __str__(self) -> str:
        return f"{self.form_id}: {self.id}"


class CaseAccess(models.Model):
    """A staff read of a case's personal data: who, when, which case, why (eservices.audit).

    Append-only: a row is never changed (the database refuses UPDATE), and only the
    retention job deletes rows, when they are older than the log is kept.
    """

    class Action(models.TextChoices):
        VIEW = "view", _("Read the case")
        ATTACHMENT = "attachment", _("Downloaded an attachment")

    class Purpose(models.TextChoices):
        HANDLING = "handling", _("Handling: the reader's organisation handles the case")
        ALL_CASES = "all_cases", _("Read under the permission to handle every case")
        BACK_OFFICE = "back_office", _("A back-office system of the handling organisation")

    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    # Plain ids, not foreign keys: deleting a user, an organisation or (under a disposal
    # decision) a case must not rewrite the log; the names are kept as they were.
    reference = models.CharField(_("case"), max_length=30, db_index=True)
    case_id = models.BigIntegerField(null=True)
    organisation_id = models.BigIntegerField(null=True)
    actor_id = models.BigIntegerField(null=True)
    actor_name = models.CharField(_("who"), max_length=150, blank=True)
    client_id = models.CharField(_("through client"), max_length=100, blank=True)
    action = models.CharField(_("what"), max_length=20, choices=Action.choices)
    purpose = models.CharField(_("why"), max_length=20, choices=Purpose.choices)
    attachment_id = models.UUIDField(null=True, blank=True)

    class Meta:
        verbose_name = _("case access")
        verbose_name_plural = _("case accesses")
        indexes = [models.Index(fields=["actor_id", "created_at"], name="case_access_actor")]
        permissions = [("review_case_access", "Can review staff reads of cases")]

    def __str__(self) -> str:
        return f"{self.actor_name or self.client_id} {self.action} {self.reference}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise PermissionError("The access log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError("The access log is append-only; retention deletes old rows.")


class CaseAccessReview(models.Model):
    """A month of the access log, reviewed: by whom, when, and what they concluded."""

    month = models.DateField(_("month"), unique=True)  # its first day
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewer_name = models.CharField(max_length=150)
    reviewed_at = models.DateTimeField(auto_now_add=True)
    note = models.TextField(_("conclusion"), blank=True)

    class Meta:
        verbose_name = _("access log review")
        verbose_name_plural = _("access log reviews")

    def __str__(self) -> str:
        return f"{self.month:%Y-%m}"


class DisposalDecision(models.Model):
    """A recorded decision (gallringsbeslut) that closed cases of a form may be disposed of
    once they have been closed long enough. Cases are public records: this is the only way
    one is ever deleted (eservices.disposal), and each one deleted is registered."""

    reference = models.CharField(_("decision reference"), max_length=100, unique=True)
    decided_on = models.DateField(_("decided on"))
    decided_by = models.CharField(_("decided by"), max_length=200)
    description = models.TextField(_("what the decision says"))
    form = models.ForeignKey(
        FormDefinition,
        verbose_name=_("cases of the form"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    closed_for_days = models.PositiveIntegerField(
        _("closed for at least (days)"),
        validators=[MinValueValidator(30)],
        help_text=_("Only cases closed at least this long ago are disposed of (30 days or more)."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("disposal decision")
        verbose_name_plural = _("disposal decisions")

    def __str__(self) -> str:
        return self.reference


class DisposedCase(models.Model):
    """The register of disposed cases: which, when, under which decision, by whom."""

    decision = models.ForeignKey(
        DisposalDecision, on_delete=models.PROTECT, related_name="disposed"
    )
    reference = models.CharField(max_length=30, unique=True)
    organisation_id = models.BigIntegerField(null=True)
    filed_at = models.DateTimeField()
    closed_at = models.DateTimeField()
    disposed_at = models.DateTimeField(default=timezone.now)
    disposed_by = models.CharField(max_length=150)

    class Meta:
        verbose_name = _("disposed case")
        verbose_name_plural = _("disposed cases")

    def __str__(self) -> str:
        return self.reference
