"""django-axes' hooks: who is counted, by which address, and the page a locked-out
sign-in gets (settings AXES_*)."""

from __future__ import annotations

from typing import Any

from axes.helpers import get_cool_off
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from api.throttles import caller_address


def client_address(request: HttpRequest) -> str | None:
    """The caller's address as the API's rate limits see it (NUM_PROXIES); None when the
    request has none (a sign-in made in code), which the address column stores as null."""
    if not request.META.get("REMOTE_ADDR"):
        return None
    return caller_address(request)


def not_a_password_sign_in(request: HttpRequest, credentials: dict[str, Any] | None) -> bool:
    """Only password sign-ins are counted: an e-ID sign-in carries no username, and a
    failed one must not lock out every citizen behind the same address."""
    return not (credentials or {}).get("username")


def lockout_response(
    request: HttpRequest, original_response: Any = None, credentials: Any = None
) -> HttpResponse:
    """429 with Retry-After and a page that says why and for how long (each refused
    attempt starts the cool-off again)."""
    from django.conf import settings

    cool_off = get_cool_off(request)
    seconds = max(1, int(cool_off.total_seconds())) if cool_off else 3600
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    context = {
        "username": username or "—",
        "limit": settings.AXES_FAILURE_LIMIT,
        "minutes": -(-seconds // 60),
    }
    page = render_to_string("config/sign_in_locked.html", context, request=request)
    response = HttpResponse(page, status=429)
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response
