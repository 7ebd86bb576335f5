"""Named roles in the switchboard's directory: a person in a role, reachable directly.

Functions (`Contact`) are what citizens may reach and are public; a named role holds a
person's name, direct phone and e-mail, so it is shown only to staff (the contact
center) and never put in the public search index.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from cms.models.snippets import validate_phone


class NamedRole(models.Model):
    """A person in a role (enhetschef bygglov, samordnare skolskjuts…) the switchboard
    puts calls through to."""

    title = models.CharField(_("role"), max_length=200, help_text=_("For example: Enhetschef"))
    person_name = models.CharField(_("name"), max_length=200)
    organisation = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    function = models.ForeignKey(
        "cms.Contact",
        verbose_name=_("function"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The function the role belongs to; its address and hours apply."),
    )
    phone = models.CharField(
        _("direct phone"), max_length=30, blank=True, validators=[validate_phone]
    )
    email = models.EmailField(_("e-mail"), blank=True)
    handles = models.TextField(_("questions handled"), max_length=1000, blank=True)
    topics = models.ManyToManyField(
        "cms.Topic", verbose_name=_("topics handled"), blank=True, related_name="+"
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("person_name"),
        FieldPanel("organisation"),
        FieldPanel("function"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Direct contact")),
        FieldPanel("handles"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta:
        verbose_name = _("named role")
        verbose_name_plural = _("named roles")
        ordering = ["title", "person_name", "pk"]

    def __str__(self) -> str:
        return f"{self.title}: {self.person_name}"

    def clean(self) -> None:
        if not self.phone and not self.email:
            raise ValidationError(_("A named role needs a direct phone number or an e-mail."))
        if self.function is not None and self.function.organisation_id != self.organisation_id:
            raise ValidationError({"function": _("Choose a function of the same organisation.")})
