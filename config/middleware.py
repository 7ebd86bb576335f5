"""Cross-cutting HTTP middleware."""

from __future__ import annotations

from collections.abc import Callable

import structlog
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# Paths that are never language-prefixed pages.
UNPREFIXED = (
    "/api/",
    "/oauth/",
    "/login/",
    "/open311/",
    "/admin/",
    "/documents/",
    "/healthz",
    "/readyz",
    "/static/",
    "/media/",
)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's locale middleware, minus its redirect of 404s to /sv/… outside the page tree.

    Without this, a 404 under /api/ becomes a redirect to /sv/api/…, because Wagtail's
    catch-all makes every prefixed path look valid.
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if request.path.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)


class RequestIdHeaderMiddleware:
    """Echoes the request id bound by django-structlog as `X-Request-ID` on every response.

    Placed after django_structlog's RequestMiddleware, so the id is still bound here;
    support staff can then find a citizen's failed request in the logs by that id alone.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        request_id = structlog.contextvars.get_contextvars().get("request_id")
        if request_id:
            response["X-Request-ID"] = request_id
        return response
