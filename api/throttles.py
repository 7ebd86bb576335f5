"""Rate limits per OAuth client, and a lower shared one for anonymous callers.

Counts live in the default cache (Redis when REDIS_URL is set, so all app servers
share them). Rates are read from settings on every request, not at import, so an
operator's change (and a test's) takes effect.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework.request import Request
from rest_framework.throttling import SimpleRateThrottle


class ClientRateThrottle(SimpleRateThrottle):
    """One budget per OAuth client (all its tokens together); anonymous callers by address."""

    scope = "anonymous"

    def get_rate(self) -> str | None:
        rates: dict[str, str] = settings.API_THROTTLE_RATES
        return rates.get(self.scope)

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        application_id = getattr(request.auth, "application_id", None)
        if application_id is not None:
            self.scope, ident = "client", f"client:{application_id}"
        else:
            self.scope, ident = "anonymous", f"address:{self.get_ident(request)}"
        self.rate = self.get_rate()
        if self.rate is None:
            return None
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return f"throttle:{ident}"
