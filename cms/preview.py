"""Headless preview: what an editor sees in the admin, rendered by the real frontend.

Wagtail's preview hands us the page as it stands in the editor, saved or not. We keep
that state in the shared cache under a random short-lived token and send the preview
pane to the frontend with the token; the frontend reads the draft from the API.
"""

from __future__ import annotations

import re
import secrets
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Page

_KEY = "cms:preview:{}"
# secrets.token_urlsafe(24): 32 characters of URL-safe base64.
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{32}")


def preview_token_create(*, page: Page) -> str:
    """Store the page's current (possibly unsaved) state and return a token for it."""
    token = secrets.token_urlsafe(24)
    state = {
        "model": page.specific_class._meta.label_lower,
        "data": page.specific.serializable_data(),
    }
    cache.set(_KEY.format(token), state, timeout=settings.PREVIEW_TOKEN_TTL)
    return token


def preview_page(*, token: str) -> Page | None:
    """The page state stored under the token, or None when unknown or expired."""
    if not _TOKEN_SHAPE.fullmatch(token):
        return None  # never let arbitrary input into a cache key
    state: dict[str, Any] | None = cache.get(_KEY.format(token))
    if not state:
        return None
    from django.apps import apps

    model = apps.get_model(state["model"])
    return model.from_serializable_data(state["data"], check_fks=False, strict_fks=False)


def frontend_preview_url(*, page: Page, token: str) -> str:
    """Where the preview pane goes: the site's frontend preview route, with token and locale.

    Each site may name its own frontend (FrontendSettings, `{locale}` allowed); without
    one, the installation's FRONTEND_PREVIEW_URL is used.
    """
    from cms.models import FrontendSettings

    language = page.locale.language_code
    site = _site_of(page)
    configured = FrontendSettings.for_site(site).preview_url if site is not None else ""
    base = (configured or settings.FRONTEND_PREVIEW_URL).replace("{locale}", language)
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}{urlencode({'token': token, 'locale': language})}"


def _site_of(page: Page) -> Any:
    """The site a page (or, for a page not saved yet, its parent) belongs to."""
    from wagtail.models import Site

    anchor = page if page.url_path else page.get_parent() if page.path else None
    site = anchor.get_site() if anchor is not None else None
    return site or Site.objects.filter(is_default_site=True).first()
