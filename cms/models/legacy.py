"""Former websites brought into the page tree, and the map from their addresses.

A `LegacySite` is one old site (a host name and its aliases), owned by an organisation
and imported below one section. Each `LegacyItem` is one thing found on it, keyed by a
source id that stays the same between runs: the URL map. Every old address is answered
from it, with a 301 to its page or a 410 once editors retire it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

HOST_MAX_LENGTH = 253


def normalise_host(value: str) -> str:
    """Lower case, no port, no leading www.: www.Example.se:443 and example.se are one site."""
    host = value.strip().lower().rstrip(".")
    host = host.split("@")[-1].split(":")[0]
    return host.removeprefix("www.")


class LegacySite(models.Model):
    """One former website: where it goes in the tree, who owns it, how far it has come."""

    class Adapter(models.TextChoices):
        WXR = "wxr", _("WordPress export (WXR)")
        HTML = "html", _("Crawled HTML")
        MANIFEST = "manifest", _("CSV/JSON manifest")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IMPORTED = "imported", _("Imported")
        IN_REVIEW = "in_review", _("In review")
        SWITCHED_OVER = "switched_over", _("Switched over")

    name = models.CharField(_("name"), max_length=200)
    host = models.CharField(_("host name"), max_length=HOST_MAX_LENGTH, unique=True)
    aliases = models.TextField(
        _("other host names"), blank=True, help_text=_("One host name per line.")
    )
    organisation = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("owning organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    parent_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("target section"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Imported pages go below this page unless a rule says otherwise."),
    )
    adapter = models.CharField(_("source adapter"), max_length=20, choices=Adapter.choices)
    source = models.CharField(
        _("source"), max_length=1000, blank=True, help_text=_("File, folder or address.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    rules = models.JSONField(
        _("mapping rules"),
        default=list,
        blank=True,
        help_text=_(
            'A list of {"pattern": "/nyheter/*", "page_type": "news", "parent": "/sv/nyheter/"}; '
            "the first rule whose pattern matches an old path decides."
        ),
    )
    host_redirect_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("send the rest of the host to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Old addresses not in the map go to this section, keeping the path's tail."),
    )
    last_run_at = models.DateTimeField(_("last run"), null=True, blank=True)
    last_run_stats = models.JSONField(_("last run statistics"), default=dict, blank=True)

    panels: ClassVar[list[Any]] = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("status")]),
        MultiFieldPanel([FieldPanel("host"), FieldPanel("aliases")], heading=_("Addresses")),
        FieldPanel("organisation"),
        FieldPanel("parent_page"),
        FieldRowPanel([FieldPanel("adapter"), FieldPanel("source")]),
        FieldPanel("rules"),
        FieldPanel("host_redirect_page"),
        FieldPanel("last_run_stats", read_only=True),
    ]

    class Meta:
        verbose_name = _("legacy site")
        verbose_name_plural = _("legacy sites")
        ordering: ClassVar[list[str]] = ["host"]

    def __str__(self) -> str:
        return f"{self.name} ({self.host})"

    def clean(self) -> None:
        super().clean()
        self.host = normalise_host(self.host)
        if not self.host:
            raise ValidationError({"host": _("Enter a host name.")})
        if not isinstance(self.rules, list) or not all(
            isinstance(r, dict) and isinstance(r.get("pattern"), str) for r in self.rules
        ):
            raise ValidationError({"rules": _("Give a list of rules, each with a pattern.")})

    @property
    def hosts(self) -> list[str]:
        extra = [normalise_host(line) for line in self.aliases.splitlines()]
        return [self.host, *[h for h in extra if h and h != self.host]]


class LegacyItem(models.Model):
    """One old address and what became of it."""

    class Kind(models.TextChoices):
        PAGE = "page", _("Page")
        POST = "post", _("Post")
        ATTACHMENT = "attachment", _("Attachment")

    class Status(models.TextChoices):
        IMPORTED = "imported", _("Imported")
        FAILED = "failed", _("Failed")
        RETIRED = "retired", _("Retired (410)")

    site = models.ForeignKey(
        LegacySite, verbose_name=_("site"), on_delete=models.CASCADE, related_name="items"
    )
    source_id = models.CharField(_("source id"), max_length=500)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PAGE)
    old_url = models.CharField(_("old address"), max_length=2000)
    # Host-less path with its query (/?p=12), as answered from the map.
    old_path = models.CharField(_("old path"), max_length=2000, db_index=True)
    title = models.CharField(_("title"), max_length=255, blank=True)
    language = models.CharField(_("language"), max_length=10, default="sv")
    content_hash = models.CharField(_("content hash"), max_length=64, blank=True)
    text_signature = models.JSONField(_("text signature"), default=list, blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("new page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    media_kind = models.CharField(_("file kind"), max_length=20, blank=True)  # image, document
    media_id = models.PositiveIntegerField(_("file id"), null=True, blank=True)
    target_url = models.CharField(
        _("new address"), max_length=2000, blank=True, help_text=_("For documents and images.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IMPORTED
    )
    error = models.TextField(_("error"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels: ClassVar[list[Any]] = [
        FieldPanel("old_url", read_only=True),
        FieldPanel("title", read_only=True),
        FieldPanel("page"),
        FieldPanel("status"),
        FieldPanel("error", read_only=True),
    ]

    class Meta:
        verbose_name = _("legacy address")
        verbose_name_plural = _("legacy addresses")
        constraints: ClassVar[list[Any]] = [
            models.UniqueConstraint(fields=["site", "source_id"], name="legacyitem_unique_source")
        ]

    def __str__(self) -> str:
        return self.old_url


class LegacyLink(models.Model):
    """A link on an imported page that still points at an old address (or elsewhere).

    Kept by host, so that importing another old site finds the pages that link to it.
    A link whose host is a legacy site's is a broken internal link until it resolves.
    """

    item = models.ForeignKey(LegacyItem, on_delete=models.CASCADE, related_name="links")
    url = models.CharField(_("address"), max_length=2000)
    host = models.CharField(_("host name"), max_length=HOST_MAX_LENGTH, db_index=True)

    class Meta:
        verbose_name = _("link to an old address")
        verbose_name_plural = _("links to old addresses")

    def __str__(self) -> str:
        return self.url
