"""Rate limits: per OAuth client, lower for anonymous callers, answered 429 with Retry-After."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache

from api import throttles
from tests.tokens import machine_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def tight_limits(settings: Any, no_response_cache: None) -> None:
    settings.API_THROTTLE_RATES = {"client": "3/min", "anonymous": "2/min"}


def test_anonymous_callers_get_429_with_retry_after(
    client: Any, home: Any, tight_limits: None
) -> None:
    assert [client.get("/api/v1/api-info").status_code for _ in range(2)] == [200, 200]
    response = client.get("/api/v1/api-info")
    assert response.status_code == 429
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "rate_limited"
    assert 0 < int(response["Retry-After"]) <= 60


def test_each_client_has_its_own_budget(client: Any, home: Any, tight_limits: None) -> None:
    first = machine_token(client, name="Karttjänst", scopes=["opendata:read"])
    second = machine_token(client, name="Skolappen", scopes=["opendata:read"])

    def call(token: str) -> int:
        return client.get("/api/v1/api-info", HTTP_AUTHORIZATION=f"Bearer {token}").status_code

    assert [call(first) for _ in range(3)] == [200, 200, 200]
    assert call(first) == 429
    assert call(second) == 200  # another client's budget is untouched
    assert client.get("/api/v1/api-info").status_code == 200  # and so is the anonymous one


def test_a_budget_is_renewed_when_its_window_ends(
    client: Any, home: Any, tight_limits: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [6_000_020.0]  # twenty seconds into a minute
    monkeypatch.setattr(throttles, "clock", lambda: now[0])
    assert [client.get("/api/v1/api-info").status_code for _ in range(2)] == [200, 200]
    refused = client.get("/api/v1/api-info")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "40"  # until the minute ends
    now[0] += 39.5
    assert client.get("/api/v1/api-info").status_code == 429
    now[0] += 0.5
    assert [client.get("/api/v1/api-info").status_code for _ in range(3)] == [200, 200, 429]


@pytest.mark.usefixtures("no_response_cache")
def test_a_request_costs_one_counter_whatever_the_rate(
    client: Any, home: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The count is one number per window, not a list of every request's time."""
    monkeypatch.setattr(throttles, "clock", lambda: 6_000_020.0)
    settings.API_THROTTLE_RATES = {"client": "1000000/min", "anonymous": "1000000/min"}
    for _ in range(5):
        assert client.get("/api/v1/api-info").status_code == 200
    assert cache.get("throttle:address:127.0.0.1:60:100000") == 5
