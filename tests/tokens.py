"""Real OAuth2 access tokens for tests, issued by the token endpoint."""

from __future__ import annotations

import base64
import hashlib
import secrets
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from api.authorization import CITIZEN_SCOPES
from api.oauth import NewApiClient, api_client_create
from identity.models import CitizenIdentity

CALLBACK = "https://app.stad.example/callback"


def pkce_pair() -> tuple[str, str]:
    """A code verifier and its S256 challenge (RFC 7636)."""
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def basic_auth(new: NewApiClient) -> str:
    raw = f"{new.application.client_id}:{new.client_secret}".encode()
    return "Basic " + base64.b64encode(raw).decode()


def post_form(client: Any, path: str, data: dict[str, str], **headers: str) -> Any:
    """A form-encoded POST, as the token endpoint requires (RFC 6749 §4.1.3)."""
    return client.post(
        path, urlencode(data), content_type="application/x-www-form-urlencoded", **headers
    )


def as_citizen(user: Any) -> Any:
    """Make the user a signed-in citizen, as a first sign-in through an e-ID would."""
    CitizenIdentity.objects.get_or_create(
        user=user, defaults={"identity_key": hashlib.sha256(f"test-{user.pk}".encode()).hexdigest()}
    )
    return user


def user_token(client: Any, *, user: Any, scopes: list[str]) -> str:
    """An access token issued to `user` through authorization code + PKCE, as an app gets it."""
    return str(user_tokens(client, user=user, scopes=scopes)["access_token"])


def user_tokens(client: Any, *, user: Any, scopes: list[str]) -> dict[str, Any]:
    """The token answer (access, refresh and, with `openid`, id token) for `user` through
    authorization code + PKCE, as an app gets it."""
    new = api_client_create(
        name="Personalens app",
        grant="authorization-code",
        scopes=scopes or ["openid"],
        redirect_uris=[CALLBACK],
    )
    verifier, challenge = pkce_pair()
    params = {
        "response_type": "code",
        "client_id": new.application.client_id,
        "redirect_uri": CALLBACK,
        "scope": " ".join(scopes or ["openid"]),
        "state": "s",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    if CITIZEN_SCOPES & set(scopes):
        as_citizen(user)
    client.force_login(user)
    approved = client.post("/oauth/authorize/", {**params, "allow": "Authorize"})
    client.logout()
    assert approved.status_code == 302, approved.content
    code = parse_qs(urlsplit(approved["Location"]).query)["code"][0]
    response = post_form(
        client,
        "/oauth/token/",
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": CALLBACK,
            "code_verifier": verifier,
        },
        HTTP_AUTHORIZATION=basic_auth(new),
    )
    assert response.status_code == 200, response.content
    return dict(response.json())


def machine_token(
    client: Any, *, name: str, scopes: list[str], organisations: list[str] | None = None
) -> str:
    """A client-credentials token for a newly registered machine client (handling the
    cases of `organisations`, by slug, when it has cases:manage)."""
    new = api_client_create(
        name=name, grant="client-credentials", scopes=scopes, organisations=organisations or []
    )
    credentials = f"{new.application.client_id}:{new.client_secret}".encode()
    response = client.post(
        "/oauth/token/",
        {"grant_type": "client_credentials", "scope": " ".join(scopes)},
        HTTP_AUTHORIZATION=f"Basic {base64.b64encode(credentials).decode()}",
    )
    assert response.status_code == 200, response.content
    return response.json()["access_token"]
