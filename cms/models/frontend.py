"""Per-site frontend settings: where the admin's preview opens."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def validate_preview_url(value: str) -> None:
    """An http(s) address; `{locale}` may stand for the page's language code."""
    if not value.startswith(("https://", "http://")):
        raise ValidationError(_("Use an http or https address."), code="invalid_preview_url")
    try:
        value.format(locale="sv")
    except (KeyError, IndexError, ValueError):
        raise ValidationError(
            _("The only placeholder allowed is {locale}."), code="invalid_preview_url"
        ) from None


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
