"""Real OAuth2 access tokens for tests, issued by the token endpoint."""

from __future__ import annotations

import base64
from typing import Any

from api.oauth import api_client_create


def machine_token(client: Any, *, name: str, scopes: list[str]) -> str:
    """A client-credentials token for a newly registered machine client."""
    new = api_client_create(name=name, grant="client-credentials", scopes=scopes)
    credentials = f"{new.application.client_id}:{new.client_secret}".encode()
    response = client.post(
        "/oauth/token/",
        {"grant_type": "client_credentials", "scope": " ".join(scopes)},
        HTTP_AUTHORIZATION=f"Basic {base64.b64encode(credentials).decode()}",
    )
    assert response.status_code == 200, response.content
    return response.json()["access_token"]
