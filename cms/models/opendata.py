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


class PageChange(models.Model):
    """When a page's public data last changed without a publication of its own.

    A move (its path, and whether it is public), a view restriction lifted above it, a
    renamed section above it, a deleted topic it named, a renamed unit type or organisation
    it shows: the exports' `updated_since` keeps a page (and its unit and key figure
    values) whose row here is at least as new as the moment. One row per page, updated in
    place, so the table never grows beyond the number of pages.
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="opendata_change",
    )
    changed_at = models.DateTimeField(_("changed at"), db_index=True)

    class Meta:
        verbose_name = _("open data page change")
        verbose_name_plural = _("open data page changes")

    def __str__(self) -> str:
        return f"page {self.page_id} {self.changed_at:%Y-%m-%d %H:%M}"
