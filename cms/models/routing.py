"""Routing: which organisation handles a service or a topic, and how to reach it.

Editors keep it; the contact center forwards by it and agent search shows it beside each
service and answer. A route names a service page or a topic (both source-locale, like
every other reference), the organisation and the way (phone, e-mail, e-service, visit);
details left empty come from the route's function, then from the organisation.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from cms.models.snippets import validate_phone


class Routing(models.Model):
    """One way a service's or topic's errands reach the organisation that handles them."""

    class Method(models.TextChoices):
        PHONE = "phone", _("Phone")
        EMAIL = "email", _("E-mail")
        ESERVICE = "eservice", _("E-service")
        VISIT = "visit", _("Visit")

    service = models.ForeignKey(
        "cms.ServicePage",
        verbose_name=_("service"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The Swedish service page; its translations follow."),
    )
    topic = models.ForeignKey(
        "cms.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("For every service and answer of the topic without routing of its own."),
    )
    organisation = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("handled by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    method = models.CharField(_("how"), max_length=20, choices=Method.choices)
    contact = models.ForeignKey(
        "cms.Contact",
        verbose_name=_("function"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The function that takes these errands; its details fill empty fields."),
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[validate_phone])
    email = models.EmailField(_("e-mail"), blank=True)
    eservice_form_slug = models.SlugField(
        _("e-service form"),
        blank=True,
        help_text=_(
            "The form's slug. Its cases go to the organisation above unless one of the "
            "form's own rules on the answers decides."
        ),
    )
    eservice_url = models.URLField(_("e-service address"), blank=True)
    visiting_address = models.CharField(_("visiting address"), max_length=255, blank=True)
    instructions = models.TextField(
        _("instructions for agents"),
        max_length=1000,
        blank=True,
        help_text=_("What to ask or say before forwarding, e.g. 'Ta fastighetsbeteckning'."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower first: the preferred way.")
    )

    panels = [
        FieldRowPanel([FieldPanel("service"), FieldPanel("topic")]),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("method"), FieldPanel("sort_order")]),
        FieldPanel("contact"),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("eservice_form_slug"),
                FieldPanel("eservice_url"),
                FieldPanel("visiting_address"),
            ],
            heading=_("Contact details (when not the function's or organisation's)"),
        ),
        FieldPanel("instructions"),
    ]

    class Meta:
        verbose_name = _("routing")
        verbose_name_plural = _("routing")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(service__isnull=False, topic__isnull=True)
                | models.Q(service__isnull=True, topic__isnull=False),
                name="routing_service_or_topic",
            ),
        ]

    def __str__(self) -> str:
        what = self.service or self.topic
        return f"{what} → {self.organisation} ({self.get_method_display()})"

    def details(self) -> dict[str, str]:
        """The contact details of this way, each from the route, its function or the
        organisation, whichever has it first."""
        contact, org = self.contact, self.organisation
        return {
            "phone": self.phone
            or (contact.phone if contact else "")
            or (org.switchboard_phone if org else ""),
            "email": self.email or (contact.email if contact else "") or (org.email if org else ""),
            "visiting_address": self.visiting_address
            or (contact.visiting_address if contact else "")
            or (org.visiting_address if org else ""),
            "opening_hours": contact.opening_hours if contact else "",
            "eservice_form": self.eservice_form_slug,
            "eservice_url": self.eservice_url,
        }

    # The detail each way needs to be usable.
    NEEDS: ClassVar[dict[str, tuple[str, ...]]] = {
        "phone": ("phone",),
        "email": ("email",),
        "eservice": ("eservice_form", "eservice_url"),
        "visit": ("visiting_address",),
    }

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        if bool(self.service_id) == bool(self.topic_id):
            errors["service"] = _("Choose a service or a topic, not both.")
        from wagtail.models import Locale

        default = Locale.get_default().pk
        if self.service is not None and self.service.locale_id != default:
            errors["service"] = _("Choose the Swedish service page.")
        if self.topic is not None and self.topic.locale_id != default:
            errors["topic"] = _("Choose the Swedish topic.")
        if self.organisation_id and self.method:
            details = self.details()
            if not any(details[name] for name in self.NEEDS.get(self.method, ())):
                errors["method"] = _("Give the contact detail this way needs.")
        if errors:
            raise ValidationError(errors)
