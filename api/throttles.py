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

from api.scopes import OPENDATA_READ


class ClientRateThrottle(SimpleRateThrottle):
    """One budget per OAuth client (all its tokens together); anonymous callers by address."""

    scope = "anonymous"

    def get_rate(self) -> str | None:
        rates: dict[str, str] = settings.API_THROTTLE_RATES
        return rates.get(self.scope)

    def identify(self, request: Request) -> tuple[str, str]:
        """(the rate's name, whose budget) for this request."""
        application_id = getattr(request.auth, "application_id", None)
        if application_id is not None:
            return "client", f"client:{application_id}"
        return "anonymous", f"address:{self.get_ident(request)}"

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        self.scope, ident = self.identify(request)
        self.rate = self.get_rate()
        if self.rate is None:
            return None
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return f"throttle:{ident}"


class OpenDataRateThrottle(ClientRateThrottle):
    """Open data: a client whose token carries `opendata:read` has its own budget at the
    open-data rate; everyone else (anonymous, or a token without the scope) shares the
    lower anonymous open-data rate of their address."""

    scope = "opendata_anonymous"

    def identify(self, request: Request) -> tuple[str, str]:
        token = request.auth
        application_id = getattr(token, "application_id", None)
        if application_id is not None and token.allow_scopes([OPENDATA_READ]):
            return "opendata", f"opendata:client:{application_id}"
        return "opendata_anonymous", f"opendata:address:{self.get_ident(request)}"
