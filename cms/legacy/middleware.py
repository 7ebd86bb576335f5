"""Old addresses answered on their own host, once the old domain points at us.

Like Wagtail's RedirectMiddleware, this acts on 404 responses only, so it costs nothing
on pages and API calls. A request whose host is a legacy site's is answered from its
URL map: 301 to the page on the frontend, or 410 Gone. (Wagtail's own redirects are
keyed by Wagtail sites; the old hosts are deliberately not sites, which would make them
serve pages.) The old host names must be in ALLOWED_HOSTS.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseGone, HttpResponsePermanentRedirect

from cms.selectors import resolve_legacy_url


class LegacyRedirectMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in {"GET", "HEAD"}:
            return response
        try:
            resolution = resolve_legacy_url(request.build_absolute_uri())
        except ValueError:
            return response
        if resolution is None or resolution.redirect_status is None:
            return response
        if resolution.redirect_status == 410:
            return HttpResponseGone()
        return HttpResponsePermanentRedirect(absolute(resolution.redirect_to or "/"))


def absolute(target: str) -> str:
    """Pages live on the frontend; imported files on this backend."""
    if not target.startswith("/") or target.startswith("//"):
        return target
    files = (settings.MEDIA_URL, "/documents/")
    base = settings.WAGTAILADMIN_BASE_URL if target.startswith(files) else settings.FRONTEND_URL
    return base.rstrip("/") + target
