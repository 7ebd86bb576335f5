"""Open data: what was withdrawn from the exports, so a mirror can stay exact."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Deletion(models.Model):
    """A tombstone: a record of one export left the public data (deleted or unpublished).

    Kept indefinitely: a row is a few dozen bytes, and a mirror that was away for a long
    time still learns everything it has to remove.
    """

    class Kind(models.TextChoices):
        UNIT = "unit", _("Unit")
        KEY_FIGURE = "key_figure", _("Key figure value")
        ORGANISATION = "organisation", _("Organisation")
        TOPIC = "topic", _("Topic")
        PAGE = "page", _("Page")

    class Reason(models.TextChoices):
        DELETED = "deleted", _("Deleted")
        UNPUBLISHED = "unpublished", _("Unpublished")
        RESTRICTED = "restricted", _("Restricted")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(_("id in its export"))
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    deleted_at = models.DateTimeField(_("deleted at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("open data deletion")
        verbose_name_plural = _("open data deletions")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id} {self.reason} {self.deleted_at:%Y-%m-%d}"
