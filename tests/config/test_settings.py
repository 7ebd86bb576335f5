"""Production mode: no unsafe defaults, refuses to start without secrets, clean deploy checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.processes import manage

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "x" * 20 + "-Kq9v#Lm2@Rt7&Wz4!Np8$Jd5^Hs3*Fb6"
# Production also refuses to start without the OpenID Connect signing key.
OIDC_KEY = (
    rsa.generate_private_key(public_exponent=65537, key_size=2048)
    .private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    .decode()
)
# And without the key that ties citizens to their accounts, and its e-ID broker.
CITIZEN_SIGN_IN = {
    "CITIZEN_IDENTITY_KEY": "y" * 40,
    "CITIZEN_OIDC_CLIENT_ID": "staden",
    "CITIZEN_OIDC_CLIENT_SECRET": "broker-secret",
    "CITIZEN_OIDC_ISSUER": "https://eid.example",
    "CITIZEN_OIDC_AUTHORIZATION_ENDPOINT": "https://eid.example/authorize",
    "CITIZEN_OIDC_TOKEN_ENDPOINT": "https://eid.example/token",
    "CITIZEN_OIDC_JWKS_ENDPOINT": "https://eid.example/jwks",
}
PRODUCTION = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "stad.example",
    "API_BASE_URL": "https://api.stad.example",
    "FRONTEND_URL": "https://www.stad.example",
    "REDIS_URL": "redis://127.0.0.1:6379/15",
    "OIDC_RSA_PRIVATE_KEY": OIDC_KEY,
    **CITIZEN_SIGN_IN,
}


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"ALLOWED_HOSTS": "stad.example"}, "SECRET_KEY"),
        ({"SECRET_KEY": STRONG_KEY}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": STRONG_KEY, "ALLOWED_HOSTS": "stad.example"}, "REDIS_URL"),
    ],
)
def test_production_refuses_to_start_without_secret_key_hosts_and_shared_cache(
    env: dict[str, str], missing: str
) -> None:
    result = manage("check", DJANGO_ENV="production", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_production_deploy_checks_are_clean() -> None:
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_unknown_environment_name_is_refused() -> None:
    result = manage("check", DJANGO_ENV="prod")
    assert result.returncode != 0
    assert "DJANGO_ENV" in result.stderr


def test_demo_data_is_refused_in_production() -> None:
    result = manage(
        "load_demo_data",
        **PRODUCTION,
        DATABASE_URL="sqlite:////nonexistent/never-created.sqlite3",
    )
    assert result.returncode != 0
    assert "Refusing to load demo data in production" in result.stderr


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"CITIZEN_SIGN_IN": "development"}, "development sign-in"),
        ({"CITIZEN_IDENTITY_KEY": ""}, "CITIZEN_IDENTITY_KEY"),
        ({"CITIZEN_OIDC_TOKEN_ENDPOINT": ""}, "CITIZEN_OIDC_CLIENT_ID"),
        ({"CITIZEN_SIGN_IN": "bankid"}, "CITIZEN_SIGN_IN"),
        ({"CITIZEN_OIDC_ISSUER": ""}, "CITIZEN_OIDC_ISSUER"),
        ({"CITIZEN_OIDC_SIGN_ALGO": "none"}, "CITIZEN_OIDC_SIGN_ALGO"),
    ],
)
def test_production_citizen_sign_in_is_an_e_id_broker(change: dict[str, str], message: str) -> None:
    result = manage("check", **{**PRODUCTION, **change})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


@pytest.mark.parametrize("missing", ["API_BASE_URL", "FRONTEND_URL"])
def test_production_needs_the_public_addresses(missing: str) -> None:
    """The open-data catalogue's IRIs and old sites' redirects are built from them."""
    env = {k: v for k, v in PRODUCTION.items() if k != missing}
    result = manage("check", **env)
    assert result.returncode != 0
    assert missing in result.stderr
