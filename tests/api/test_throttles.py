"""Rate limits: per OAuth client, lower for anonymous callers, answered 429 with Retry-After."""

from __future__ import annotations

from typing import Any

import pytest

from tests.tokens import machine_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def tight_limits(settings: Any) -> None:
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
