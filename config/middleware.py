"""Cross-cutting HTTP middleware."""

from __future__ import annotations

from collections.abc import Callable

import structlog
from django.http import HttpRequest, HttpResponse


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
