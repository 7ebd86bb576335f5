"""Failed authentications are counted per address and per client id from an address: past
the rate the caller is answered 429 with Retry-After (at the token endpoints before any
secret is checked). Nobody else's failures lock out a client or a valid token."""

from __future__ import annotations

from typing import Any

import pytest

from api import throttles
from api.oauth import NewApiClient, api_client_create
from tests.tokens import basic_auth, machine_token, post_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def tight(settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.AUTH_FAILURE_RATES = {
        "oauth_client": "3/min",
        "oauth_address": "5/min",
        "api_address": "3/min",
    }
    # Early in a window, so the test never straddles two.
    monkeypatch.setattr(throttles, "clock", lambda: 60_000_000.0 + 5)


@pytest.fixture
def machine() -> NewApiClient:
    return api_client_create(
        name="Ärendesystem", grant="client-credentials", scopes=["cases:manage"]
    )


def with_secret(new: NewApiClient, secret: str) -> NewApiClient:
    return NewApiClient(application=new.application, client_secret=secret)


def client_credentials(client: Any, new: NewApiClient, address: str = "10.0.0.1") -> Any:
    return post_form(
        client,
        "/oauth/token/",
        {"grant_type": "client_credentials", "scope": "cases:manage"},
        HTTP_AUTHORIZATION=basic_auth(new),
        REMOTE_ADDR=address,
    )


def assert_throttled(response: Any) -> None:
    assert response.status_code == 429
    assert response.json()["error"] == "slow_down"
    assert 0 < int(response["Retry-After"]) <= 60
    assert response["Cache-Control"] == "no-store"


def test_wrong_client_secrets_are_throttled_per_client_id(
    client: Any, machine: NewApiClient, tight: None
) -> None:
    wrong = with_secret(machine, "fel")
    assert [client_credentials(client, wrong).status_code for _ in range(3)] == [401] * 3

    # Even the right secret, from that address: the client id is spent there for this window.
    assert_throttled(client_credentials(client, machine))


def test_failures_from_one_address_do_not_lock_a_client_out_elsewhere(
    client: Any, machine: NewApiClient, tight: None
) -> None:
    """A client id is public: whoever knows it must not be able to lock the client out."""
    wrong = with_secret(machine, "fel")
    for address in ("10.0.0.1", "10.0.0.2", "10.0.0.3"):
        for _ in range(3):
            assert client_credentials(client, wrong, address=address).status_code == 401

    assert client_credentials(client, machine, address="10.0.0.4").status_code == 200


def test_wrong_client_secrets_are_throttled_per_address(client: Any, tight: None) -> None:
    clients = [
        api_client_create(name=f"Klient {n}", grant="client-credentials", scopes=["cases:manage"])
        for n in range(6)
    ]
    statuses = [client_credentials(client, with_secret(c, "fel")).status_code for c in clients[:5]]
    assert statuses == [401] * 5

    assert_throttled(client_credentials(client, clients[5]))
    # Another address is not affected.
    assert client_credentials(client, clients[5], address="10.0.0.9").status_code == 200


def test_successful_client_authentication_is_not_counted(
    client: Any, machine: NewApiClient, tight: None
) -> None:
    assert [client_credentials(client, machine).status_code for _ in range(8)] == [200] * 8


@pytest.mark.parametrize("path", ["/oauth/revoke_token/", "/oauth/introspect/"])
def test_revocation_and_introspection_count_failed_client_authentication(
    client: Any, machine: NewApiClient, tight: None, path: str
) -> None:
    wrong = basic_auth(with_secret(machine, "fel"))
    statuses = [
        post_form(client, path, {"token": "x"}, HTTP_AUTHORIZATION=wrong).status_code
        for _ in range(3)
    ]
    assert statuses == [401] * 3

    assert_throttled(
        post_form(client, path, {"token": "x"}, HTTP_AUTHORIZATION=basic_auth(machine))
    )


def test_bad_bearer_tokens_from_one_address_are_throttled(
    client: Any, home: Any, tight: None, no_response_cache: None
) -> None:
    def api_info(token: str, address: str = "10.0.0.1") -> Any:
        return client.get(
            "/api/v1/api-info", HTTP_AUTHORIZATION=f"Bearer {token}", REMOTE_ADDR=address
        )

    refused = [api_info(f"gissad-{n}") for n in range(3)]
    assert [r.status_code for r in refused] == [401] * 3
    assert refused[0]["Content-Type"] == "application/problem+json"

    throttled = api_info("gissad-4")

    assert throttled.status_code == 429
    assert throttled["Content-Type"] == "application/problem+json"
    assert throttled.json()["code"] == "rate_limited"
    assert 0 < int(throttled["Retry-After"]) <= 60
    assert api_info("gissad-5", address="10.0.0.3").status_code == 401  # another address


def test_a_valid_token_passes_from_an_address_whose_other_tokens_failed(
    client: Any, home: Any, tight: None, no_response_cache: None
) -> None:
    """Many callers share an address (a server-side site, a carrier's NAT): one caller's
    stale tokens must not lock out the others' valid ones."""
    for n in range(4):
        client.get("/api/v1/api-info", HTTP_AUTHORIZATION=f"Bearer gissad-{n}")
    token = machine_token(client, name="Karttjänst", scopes=["opendata:read"])

    answer = client.get("/api/v1/api-info", HTTP_AUTHORIZATION=f"Bearer {token}")

    assert answer.status_code == 200
