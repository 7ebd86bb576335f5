"""Open data's rate limits: higher with opendata:read, a lower shared one for everyone else."""

from __future__ import annotations

from typing import Any

import pytest

from tests.tokens import machine_token

pytestmark = pytest.mark.django_db

EXPORT = "/api/v1/opendata/topics"


@pytest.fixture
def tight_limits(settings: Any) -> None:
    settings.API_THROTTLE_RATES = {
        "client": "100/min",
        "anonymous": "100/min",
        "opendata": "4/min",
        "opendata_anonymous": "2/min",
    }


def test_anonymous_callers_share_the_lower_open_data_rate(
    client: Any, home: Any, tight_limits: None
) -> None:
    assert [client.get(EXPORT).status_code for _ in range(2)] == [200, 200]
    refused = client.get("/api/v1/opendata/catalog")
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/problem+json"
    assert refused.json()["code"] == "rate_limited"
    assert int(refused["Retry-After"]) > 0
    assert 'rel="license"' in refused["Link"]
    assert client.get("/api/v1/api-info").status_code == 200  # the rest of the API is apart


def test_an_opendata_read_token_has_its_own_higher_budget(
    client: Any, home: Any, tight_limits: None
) -> None:
    reader = machine_token(client, name="Dataportalen", scopes=["opendata:read"])
    other = machine_token(client, name="Ärendesystemet", scopes=["cases:manage"])

    def call(token: str) -> int:
        return client.get(EXPORT, HTTP_AUTHORIZATION=f"Bearer {token}").status_code

    assert [call(reader) for _ in range(4)] == [200] * 4
    assert call(reader) == 429
    # Without the scope a token reads open data at the anonymous rate of its address.
    assert [call(other) for _ in range(2)] == [200, 200]
    assert call(other) == 429
    assert client.get(EXPORT).status_code == 429
