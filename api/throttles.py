"""Rate limits per OAuth client, and a lower shared one for anonymous callers.

Counts live in the default cache (Redis when REDIS_URL is set, so all app servers
share them). Rates are read from settings on every request, not at import, so an
operator's change (and a test's) takes effect.

A budget is counted in fixed windows of the rate's period: one atomic increment per
request, whatever the rate. (DRF's SimpleRateThrottle keeps the time of every request in
the period and reads and rewrites that list on each one: at a client's 1,200 a minute,
or under load, that list is most of what a cheap request costs.) A caller can spend at
most twice its budget across a window's edge, the usual price of fixed windows.
"""

from __future__ import annotations

import hashlib
import math
import time
from typing import Any

from django.conf import settings
from django.core.cache import cache
from rest_framework import exceptions
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle

from api.scopes import OPENDATA_READ

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
clock = time.time  # the wall clock, replaceable in tests


def parse_rate(rate: str) -> tuple[int, int]:
    """A rate such as 1200/min as (1200, 60): requests allowed, and the period in seconds."""
    count, period = rate.split("/")
    return int(count), PERIODS[period[0]]


def count_request(key: str, period: int) -> int:
    """Add one to the counter `key` (created for one period) and return its new value."""
    try:
        return cache.incr(key)
    except ValueError:  # the window's first request
        pass
    if cache.add(key, 1, timeout=period + 1):
        return 1
    try:
        return cache.incr(key)  # another request created it in between
    except ValueError:  # and it was evicted or expired since: count afresh
        cache.set(key, 1, timeout=period + 1)
        return 1


class ClientRateThrottle(BaseThrottle):
    """One budget per OAuth client (all its tokens together); anonymous callers by address."""

    scope = "anonymous"
    _wait: float | None = None

    def identify(self, request: Request) -> tuple[str, str]:
        """(the rate's name, whose budget) for this request."""
        application_id = getattr(request.auth, "application_id", None)
        if application_id is not None:
            return "client", f"client:{application_id}"
        return "anonymous", f"address:{self.get_ident(request)}"

    def allow_request(self, request: Request, view: Any) -> bool:
        self.scope, ident = self.identify(request)
        rate = settings.API_THROTTLE_RATES.get(self.scope)
        if rate is None:
            return True
        allowed, period = parse_rate(rate)
        now = clock()
        window = int(now // period)
        used = count_request(f"throttle:{ident}:{period}:{window}", period)
        if used <= allowed:
            return True
        self._wait = (window + 1) * period - now
        return False

    def wait(self) -> float | None:
        """Seconds until the window ends (Retry-After, rounded up to at least one)."""
        return None if self._wait is None else max(1, math.ceil(self._wait))


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


def caller_address(request: Any) -> str:
    """The caller's address as the rate limits see it (NUM_PROXIES decides which hop)."""
    return str(BaseThrottle().get_ident(request))


def _failure_window(kind: str, ident: str) -> tuple[str, int, int, float]:
    """(counter key, allowed, period, seconds left in the window) for `kind`'s rate."""
    allowed, period = parse_rate(settings.AUTH_FAILURE_RATES[kind])
    now = clock()
    window = int(now // period)
    # Hashed: keys stay short and hold no address or client id in the clear.
    digest = hashlib.sha256(ident.encode()).hexdigest()[:32]
    return (
        f"authfail:{kind}:{digest}:{period}:{window}",
        allowed,
        period,
        (window + 1) * period - now,
    )


def auth_failure_wait(*, kind: str, ident: str) -> int | None:
    """Seconds `ident` must wait when it has used up its failed authentications of this
    window (`settings.AUTH_FAILURE_RATES[kind]`), else None. Only reads the counter."""
    key, allowed, _period, left = _failure_window(kind, ident)
    if (cache.get(key) or 0) < allowed:
        return None
    return max(1, math.ceil(left))


def auth_failure_count(*, kind: str, ident: str) -> None:
    """Count one failed authentication of `ident` in this window."""
    key, _allowed, period, _left = _failure_window(kind, ident)
    count_request(key, period)


def refused_token_counted(request: Any) -> None:
    """Count a bearer token or api_key refused on an API route against the caller's
    address; raises Throttled once the address has used up its failures of the window."""
    address = caller_address(request)
    wait = auth_failure_wait(kind="api_address", ident=address)
    if wait is not None:
        raise exceptions.Throttled(wait)
    auth_failure_count(kind="api_address", ident=address)
