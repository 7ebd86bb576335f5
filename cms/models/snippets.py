"""Snippets shared by every page: organisations, topics, contacts and unit types.

Translatable snippets follow one rule: pages and other snippets always point at the
source-locale (Swedish) instance, and readers pick the translation for their locale.
"""

from __future__ import annotations

import re

import phonenumbers
from django import forms
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

ORGANISATION_NUMBER_RE = re.compile(r"^\d{6}-\d{4}$")


def validate_phone(value: str) -> None:
    """A Swedish or international phone number that can be dialled."""
    try:
        number = phonenumbers.parse(value, "SE")
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(_("Enter a valid phone number."), code="invalid_phone") from exc
    if not phonenumbers.is_possible_number(number):
        raise ValidationError(_("Enter a valid phone number."), code="invalid_phone")


def validate_organisation_number(value: str) -> None:
    """Swedish organisation number, NNNNNN-NNNN with a valid Luhn check digit."""
    if not ORGANISATION_NUMBER_RE.match(value):
        raise ValidationError(_("Use the form NNNNNN-NNNN."), code="invalid_org_number")
    digits = [int(c) for c in value.replace("-", "")]
    total = 0
    for i, digit in enumerate(digits[:9]):
        product = digit * (2 if i % 2 == 0 else 1)
        total += product // 10 + product % 10
    if (10 - total % 10) % 10 != digits[9]:
        raise ValidationError(_("The check digit is wrong."), code="invalid_org_number")


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """An administration, city company or district committee: the owner of pages."""

    class Kind(models.TextChoices):
        ADMINISTRATION = "administration", _("Administration")
        COMPANY = "company", _("City company")
        DISTRICT = "district", _("District committee")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    description = models.TextField(_("description"), blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    organisation_number = models.CharField(
        _("organisation number"),
        max_length=11,
        blank=True,
        validators=[validate_organisation_number],
    )
    switchboard_phone = models.CharField(
        _("switchboard phone"), max_length=30, blank=True, validators=[validate_phone]
    )
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    visiting_address = models.CharField(_("visiting address"), max_length=255, blank=True)
    postal_address = models.CharField(_("postal address"), max_length=255, blank=True)
    editor_groups = models.ManyToManyField(
        Group,
        verbose_name=_("editor groups"),
        blank=True,
        related_name="organisations",
        help_text=_("Members of these groups may edit and publish this organisation's pages."),
    )
    # When the row last changed, for open data's incremental exports.
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)
    case_handler_groups = models.ManyToManyField(
        Group,
        verbose_name=_("case handler groups"),
        blank=True,
        related_name="handled_organisations",
        help_text=_("Members of these groups handle the cases routed to this organisation."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("parent"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("organisation_number"),
                FieldPanel("switchboard_phone"),
                FieldPanel("email"),
                FieldPanel("website"),
                FieldPanel("visiting_address"),
                FieldPanel("postal_address"),
            ],
            heading=_("Contact details"),
        ),
        FieldPanel("editor_groups"),
        FieldPanel("case_handler_groups"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("parent"),
        SynchronizedField("visiting_address"),
        SynchronizedField("postal_address"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        permissions = [
            ("edit_any_organisation", "Can edit and publish pages of any organisation"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="organisation_unique_slug"),
        ]

    def __str__(self) -> str:
        return self.name


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """One term of the city's topic taxonomy (e.g. Förskola under Utbildning)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("broader topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    description = models.TextField(_("description"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("parent"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("parent"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="topic_unique_slug"),
        ]

    def __str__(self) -> str:
        return self.name


class Contact(TranslatableMixin, index.Indexed, models.Model):
    """A function citizens can reach (not a named person): phone, e-mail, hours, address."""

    name = models.CharField(_("name"), max_length=200)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="contacts",
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[validate_phone])
    email = models.EmailField(_("e-mail"), blank=True)
    visiting_address = models.CharField(_("visiting address"), max_length=255, blank=True)
    opening_hours = models.CharField(
        _("phone hours"), max_length=255, blank=True, help_text=_("For example: Mån-fre 8-17")
    )
    handles = models.TextField(
        _("questions handled"),
        max_length=1000,
        blank=True,
        help_text=_("What the switchboard puts through here, e.g. 'Frågor om bygglov och plank'."),
    )
    # Set on the Swedish instance; translations read the source's.
    topics = models.ManyToManyField(
        "cms.Topic", verbose_name=_("topics handled"), blank=True, related_name="+"
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("visiting_address"),
        FieldPanel("opening_hours"),
        FieldPanel("handles"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("opening_hours"),
        TranslatableField("handles"),
        SynchronizedField("organisation"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("visiting_address"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if not self.phone and not self.email:
            raise ValidationError(_("A contact needs a phone number or an e-mail address."))


class UnitType(TranslatableMixin, models.Model):
    """The maintained list of unit types (förskola, grundskola, bibliotek, …)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("unit type")
        verbose_name_plural = _("unit types")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unittype_unique_slug"),
        ]

    def __str__(self) -> str:
        return self.name
