"""Content-Security-Policy: django-csp's policy (settings.CONTENT_SECURITY_POLICY), widened
only where a page needs more.

- The Wagtail admin runs inline scripts of its own (date widgets, inline panels), asks
  Wagtail's site for a newer release, shows avatars from Gravatar, and its preview pane is
  a frame that goes on to the frontend's preview route.
- Sign-in and authorisation pages end, after a form, on a registered app's redirect URI;
  a browser checks every hop of a form's redirects against `form-action`.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase

ADMIN_SOURCES = {
    "connect-src": [SELF, "https://releases.wagtail.org"],
    "img-src": ["www.gravatar.com"],  # Wagtail links it without a scheme
}
SIGN_IN_PREFIXES = ("/oauth/", "/login/")  # LOGIN_URL and identity.urls


def source_of(url: str) -> str:
    """The CSP source an address stands for: its origin, or its scheme for an app's own."""
    parts = urlsplit(url.strip())
    if parts.scheme in {"http", "https"} and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return f"{parts.scheme}:" if parts.scheme and not parts.netloc else ""


def sources(urls: Iterable[str]) -> list[str]:
    return sorted({s for url in urls if (s := source_of(url))})


def preview_sources() -> list[str]:
    """Where the admin's preview pane may go: every site's frontend and the default."""
    from cms.models import FrontendSettings

    configured = FrontendSettings.objects.exclude(preview_url="").values_list(
        "preview_url", flat=True
    )
    return sources([settings.FRONTEND_PREVIEW_URL, *configured])


def redirect_sources() -> list[str]:
    """Where registered apps are sent back to after signing in or out."""
    from oauth2_provider.models import get_application_model

    rows = get_application_model().objects.values_list("redirect_uris", "post_logout_redirect_uris")
    return sources(uri for row in rows for field in row for uri in field.split())


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not response.get("Content-Type", "").startswith("text/html"):
            return parts
        path = request.path_info
        if path.startswith("/admin/"):
            parts.replace = {"script-src": [SELF, UNSAFE_INLINE], **(parts.replace or {})}
            extra = {**ADMIN_SOURCES, "frame-src": preview_sources()}
            parts.update = {**(parts.update or {}), **extra}
        elif path.startswith(SIGN_IN_PREFIXES):
            parts.update = {**(parts.update or {}), "form-action": redirect_sources()}
        return parts
