"""RFC 9457 problem details: the one error format of every API response."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import defaults

PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://api.stad.example/problems/"


def problem_body(
    *, status: int, code: str, title: str, detail: str = "", instance: str = "", **extra: Any
) -> dict[str, Any]:
    """The problem document: a stable `type` and `code` clients can branch on."""
    return {
        "type": PROBLEM_TYPE_BASE + code,
        "code": code,
        "title": title,
        "status": status,
        "detail": detail or title,
        "instance": instance,
        **extra,
    }


def problem_response(
    request: HttpRequest, *, status: int, code: str, title: str, detail: str = ""
) -> JsonResponse:
    """A problem+json response for plain Django views (outside DRF)."""
    body = problem_body(status=status, code=code, title=title, detail=detail, instance=request.path)
    return JsonResponse(
        body,
        status=status,
        content_type=PROBLEM_CONTENT_TYPE,
        json_dumps_params={"ensure_ascii": False},
    )


def server_error(request: HttpRequest) -> HttpResponse:
    """Django's handler500: problem+json under /api/, Django's own page elsewhere."""
    if request.path.startswith("/api/"):
        return problem_response(
            request,
            status=500,
            code="server_error",
            title="Server error",
            detail="Something went wrong on our side. The error has been logged.",
        )
    return defaults.server_error(request)


def api_not_found(request: HttpRequest, unmatched: str = "") -> JsonResponse:
    """Any path under /api/ that no view answers: JSON, never Wagtail's HTML 404."""
    return problem_response(
        request,
        status=404,
        code="not_found",
        title="Not found",
        detail="No API resource at this path.",
    )
