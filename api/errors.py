"""DRF's exceptions as problem+json, each with a stable code."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler

from api.problems import PROBLEM_CONTENT_TYPE, problem_body

# Exception class -> (code, title). Subclasses are matched through the MRO.
_CODES: dict[type[Exception], tuple[str, str]] = {
    exceptions.ValidationError: ("validation_error", "The request has invalid values"),
    exceptions.ParseError: ("malformed_request", "The request body could not be parsed"),
    exceptions.AuthenticationFailed: ("authentication_failed", "The credentials were not accepted"),
    exceptions.NotAuthenticated: ("not_authenticated", "Authentication is required"),
    exceptions.PermissionDenied: ("forbidden", "Not allowed"),
    exceptions.NotFound: ("not_found", "Not found"),
    exceptions.MethodNotAllowed: ("method_not_allowed", "Method not allowed"),
    exceptions.NotAcceptable: ("not_acceptable", "No acceptable representation"),
    exceptions.UnsupportedMediaType: ("unsupported_media_type", "Unsupported media type"),
    exceptions.Throttled: ("rate_limited", "Too many requests"),
}


class UnknownQueryParameter(exceptions.ValidationError):
    """A query parameter the operation does not define: refused, never ignored."""


class Problem(exceptions.APIException):
    """An answer of our own: a status, a stable code and a title, and the detail."""

    code = "error"
    title = "Request failed"

    def __init__(self, detail: str, *, status: int, code: str, title: str) -> None:
        super().__init__(detail)
        self.status_code = status
        self.code, self.title = code, title


def _code_for(exc: exceptions.APIException) -> tuple[str, str]:
    if isinstance(exc, UnknownQueryParameter):
        return "unknown_parameter", "Unknown query parameter"
    if isinstance(exc, Problem):
        return exc.code, exc.title
    for cls in type(exc).__mro__:
        if cls in _CODES:
            return _CODES[cls]
    return "error", "Request failed"


def _field_errors(detail: Any, prefix: str = "") -> list[dict[str, str]]:
    """Flatten DRF's nested error detail into [{field, message, code}]."""
    if isinstance(detail, dict):
        out: list[dict[str, str]] = []
        for key, value in detail.items():
            field = f"{prefix}.{key}" if prefix else str(key)
            out.extend(_field_errors(value, field))
        return out
    if isinstance(detail, list):
        out = []
        for i, value in enumerate(detail):
            nested = isinstance(value, dict | list)
            out.extend(_field_errors(value, f"{prefix}[{i}]" if nested else prefix))
        return out
    return [{"field": prefix, "message": str(detail), "code": getattr(detail, "code", "invalid")}]


def problem_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """REST framework's exception handler, answering in RFC 9457 problem details."""
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    response = exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return response  # not ours to answer: a real server error, logged by Django
    code, title = _code_for(exc)
    request = context.get("request")
    extra: dict[str, Any] = {}
    if isinstance(exc, exceptions.ValidationError):
        extra["errors"] = _field_errors(exc.detail)
        detail = "; ".join(
            f"{e['field']}: {e['message']}" if e["field"] else e["message"] for e in extra["errors"]
        )
    else:
        detail = str(exc.detail)
    body = problem_body(
        status=response.status_code,
        code=code,
        title=title,
        detail=detail,
        instance=request.path if request is not None else "",
        **extra,
    )
    return Response(
        body,
        status=response.status_code,
        headers={
            k: v for k, v in response.items() if k in {"Retry-After", "WWW-Authenticate", "Allow"}
        },
        content_type=PROBLEM_CONTENT_TYPE,
    )
