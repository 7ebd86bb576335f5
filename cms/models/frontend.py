"""Per-site frontend settings: where the admin's preview opens."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def validate_preview_url(value: str) -> None:
    """An https address (http only in development); `{locale}` stands for the language.

    The address receives preview tokens, which read drafts: never in clear text.
    """
    schemes = ("https://", "http://") if settings.DEBUG else ("https://",)
    if not value.startswith(schemes):
        raise ValidationError(_("Use an https address."), code="invalid_preview_url")
    if "{" in value.replace("{locale}", "") or "}" in value.replace("{locale}", ""):
        raise ValidationError(
            _("The only placeholder allowed is {locale}."), code="invalid_preview_url"
        )


@register_setting(icon="view")
class FrontendSettings(BaseSiteSetting):
    """How the admin reaches the frontend that renders this site."""

    preview_url = models.CharField(
        _("preview address"),
        max_length=500,
        blank=True,
        validators=[validate_preview_url],
        help_text=_(
            "The frontend's preview route, e.g. https://www.stad.example/{locale}/forhandsvisning. "
            "{locale} is replaced by the page's language code. Empty: the installation's default."
        ),
    )

    class Meta:
        verbose_name = _("frontend")
