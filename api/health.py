"""Liveness and readiness probes for the container platform.

`/healthz` answers while the process can serve; `/readyz` also checks that the
database and the cache answer, so a load balancer only sends traffic to an app
server that can do its work. Neither reveals configuration or error text.
"""

from __future__ import annotations

import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


def _check_database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        return False


def _check_cache() -> bool:
    key = f"readyz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", timeout=5)
        ok = cache.get(key) == "ok"
        cache.delete(key)
        return ok
    except Exception:
        return False


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request: HttpRequest) -> JsonResponse:
    checks = {"database": _check_database(), "cache": _check_cache()}
    ready = all(checks.values())
    body = {
        "status": "ok" if ready else "unavailable",
        "checks": {name: "ok" if ok else "failing" for name, ok in checks.items()},
    }
    return JsonResponse(body, status=200 if ready else 503)
