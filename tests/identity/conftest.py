"""The e-ID broker, for the tests that sign citizens in through one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.identity.broker import CLIENT_ID, Broker


@pytest.fixture
def broker(httpserver: Any, settings: Any) -> Broker:
    settings.CITIZEN_SIGN_IN = "oidc"
    settings.AUTHENTICATION_BACKENDS = [
        "django.contrib.auth.backends.ModelBackend",
        "identity.backends.CitizenOIDCBackend",
    ]
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = "broker-secret"
    settings.OIDC_RP_SIGN_ALGO = "RS256"
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = httpserver.url_for("/authorize")
    settings.OIDC_OP_TOKEN_ENDPOINT = httpserver.url_for("/token")
    settings.OIDC_OP_JWKS_ENDPOINT = httpserver.url_for("/jwks")
    settings.OIDC_OP_USER_ENDPOINT = ""
    settings.CITIZEN_OIDC_ISSUER = httpserver.url_for("/")
    settings.CITIZEN_OIDC_LEEWAY_SECONDS = 60
    return Broker(httpserver)
