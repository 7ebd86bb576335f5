"""The Idempotency-Key header on writes a client may retry, in HTTP terms."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api.errors import Problem
from eservices import idempotency

IDEMPOTENCY_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")

IDEMPOTENCY_KEY_PARAMETER = OpenApiParameter(
    "Idempotency-Key",
    {"type": "string", "minLength": 1, "maxLength": 255, "pattern": r"^[!-~]+$"},
    location=OpenApiParameter.HEADER,
    required=True,
    description="Unique per request (e.g. a UUID); reuse it only to retry the same one.",
)


def idempotency_key(request: Request) -> str:
    """The request's Idempotency-Key, or a 400."""
    key = request.headers.get("Idempotency-Key", "")
    if not IDEMPOTENCY_KEY.match(key):
        raise ValidationError({"Idempotency-Key": ["Send 1-255 visible ASCII characters."]})
    return key


def problem_for(exc: Exception) -> Problem:
    """The answer to a key used for another request (422) or one still being handled (409)."""
    if isinstance(exc, idempotency.KeyReused):
        return Problem(str(exc), status=422, code=exc.code, title="Idempotency-Key reused")
    return Problem(str(exc), status=409, code="request_in_progress", title="Request in progress")


def answer(outcome: idempotency.Outcome) -> Response:
    headers = {"Idempotent-Replayed": "true"} if outcome.replayed else {}
    return Response(outcome.body, status=outcome.status, headers=headers)


def run_once(
    request: Request,
    *,
    owner: str,
    key: str,
    change: Callable[[], tuple[int, dict[str, Any], int | None]],
) -> Response:
    """Make the change once per (owner, key); the same path and body again replays it."""
    body_hash = idempotency.request_hash({"path": request.path, "body": request.data})
    try:
        outcome = idempotency.run_once(owner=owner, key=key, body_hash=body_hash, change=change)
    except (idempotency.KeyReused, idempotency.RequestInProgress) as exc:
        raise problem_for(exc) from None
    return answer(outcome)
