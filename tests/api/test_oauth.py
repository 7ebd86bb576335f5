"""OAuth2 and OpenID Connect against the real /oauth/ endpoints, as RFC 9700 asks:
authorization code with PKCE (S256) and client credentials only, short-lived hashed
tokens, rotated refresh tokens whose replay revokes the family."""

from __future__ import annotations

import hashlib
import json
import secrets
import stat
from io import StringIO
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import identify_hasher
from django.core.management import CommandError, call_command
from django.urls import include, path
from jwcrypto import jwk, jwt
from oauth2_provider.models import AccessToken, Application, Grant, IDToken, RefreshToken
from rest_framework.request import Request
from rest_framework.response import Response

from api.base import APIBaseView
from api.models import ApiClientScopes
from api.oauth import ApiClientError, NewApiClient, api_client_create
from config.urls import OAUTH_PATTERNS
from tests import factories
from tests.processes import manage
from tests.tokens import as_citizen, basic_auth, pkce_pair, post_form

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
CALLBACK = "https://app.stad.example/callback"


# --- Helpers --------------------------------------------------------------------------------


def token_request(client: Any, new: NewApiClient, data: dict[str, str]) -> Any:
    return post_form(client, "/oauth/token/", data, HTTP_AUTHORIZATION=basic_auth(new))


def counts() -> tuple[int, int, int, int]:
    return (
        Grant.objects.count(),
        AccessToken.objects.count(),
        RefreshToken.objects.count(),
        IDToken.objects.count(),
    )


def authorize_params(new: NewApiClient, challenge: str, **overrides: str) -> dict[str, str]:
    params = {
        "response_type": "code",
        "client_id": new.application.client_id,
        "redirect_uri": CALLBACK,
        "scope": "openid cases:read",
        "state": "state-123",
        "nonce": "nonce-456",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    params.update(overrides)
    return params


def approve(client: Any, params: dict[str, str]) -> Any:
    """The staff member sees the consent page, then approves it."""
    shown = client.get("/oauth/authorize/", params)
    assert shown.status_code == 200, shown.content
    return client.post("/oauth/authorize/", {**params, "allow": "Authorize"})


def redirect_params(response: Any) -> dict[str, str]:
    """The parameters of a redirect to the client's callback, from query and fragment."""
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == CALLBACK
    params = parse_qs(location.query) | parse_qs(location.fragment)
    return {key: values[0] for key, values in params.items()}


def exchange_code(client: Any, new: NewApiClient, code: str, verifier: str) -> Any:
    return token_request(
        client,
        new,
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": CALLBACK,
            "code_verifier": verifier,
        },
    )


def refresh(client: Any, new: NewApiClient, refresh_token: str) -> Any:
    return token_request(
        client, new, {"grant_type": "refresh_token", "refresh_token": refresh_token}
    )


def userinfo(client: Any, access_token: str) -> Any:
    return client.get("/oauth/userinfo/", HTTP_AUTHORIZATION=f"Bearer {access_token}")


# --- Fixtures -------------------------------------------------------------------------------


@pytest.fixture
def machine() -> NewApiClient:
    return api_client_create(
        name="Ärendesystem", grant="client-credentials", scopes=["cases:manage", "contactcenter"]
    )


@pytest.fixture
def webapp() -> NewApiClient:
    return api_client_create(
        name="Mina sidor",
        grant="authorization-code",
        scopes=["openid", "cases:read"],
        redirect_uris=[CALLBACK],
    )


@pytest.fixture
def citizen_client(client: Any) -> Any:
    """Signed in as a citizen (the web app asks for citizen scopes)."""
    client.force_login(as_citizen(factories.UserFactory(username="medborgare")))
    return client


@pytest.fixture
def issued(citizen_client: Any, webapp: NewApiClient) -> dict[str, Any]:
    """Tokens from a completed authorization code + PKCE flow."""
    verifier, challenge = pkce_pair()
    code = redirect_params(approve(citizen_client, authorize_params(webapp, challenge)))["code"]
    response = exchange_code(citizen_client, webapp, code, verifier)
    assert response.status_code == 200, response.content
    return response.json()


# --- Client credentials ---------------------------------------------------------------------


def test_client_credentials_token_is_issued_for_allowed_scopes_for_at_most_15_minutes(
    client: Any, machine: NewApiClient
) -> None:
    response = token_request(
        client, machine, {"grant_type": "client_credentials", "scope": "cases:manage"}
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["scope"] == "cases:manage"
    assert 0 < body["expires_in"] <= 900
    assert "refresh_token" not in body


def test_client_credentials_client_is_refused_scopes_that_act_for_a_person(
    client: Any, machine: NewApiClient
) -> None:
    before = counts()
    for scope in ("cases:read", "submissions:write", "openid"):
        response = token_request(
            client, machine, {"grant_type": "client_credentials", "scope": scope}
        )
        assert response.status_code == 400
        assert response.json()["error"] == "invalid_scope"
    assert counts() == before


def test_client_is_refused_scopes_it_was_not_registered_for(
    client: Any, machine: NewApiClient
) -> None:
    response = token_request(
        client, machine, {"grant_type": "client_credentials", "scope": "opendata:read"}
    )
    assert response.status_code == 400
    assert AccessToken.objects.count() == 0


def test_client_registered_outside_create_api_client_gets_no_scopes(client: Any) -> None:
    new = api_client_create(name="Utan lista", grant="client-credentials", scopes=["cases:manage"])
    ApiClientScopes.objects.filter(application=new.application).delete()
    response = token_request(
        client, new, {"grant_type": "client_credentials", "scope": "cases:manage"}
    )
    assert response.status_code == 400
    assert AccessToken.objects.count() == 0


def test_client_credentials_with_a_wrong_secret_is_refused(
    client: Any, machine: NewApiClient
) -> None:
    wrong = NewApiClient(application=machine.application, client_secret="not-the-secret")
    response = token_request(client, wrong, {"grant_type": "client_credentials"})
    assert response.status_code == 401
    assert AccessToken.objects.count() == 0


# --- Authorization code + PKCE + OpenID Connect ---------------------------------------------


def test_authorize_sends_anonymous_visitors_to_the_citizen_sign_in(
    client: Any, webapp: NewApiClient
) -> None:
    _, challenge = pkce_pair()
    response = client.get("/oauth/authorize/", authorize_params(webapp, challenge))
    assert response.status_code == 302
    assert response["Location"].startswith("/login/?next=/oauth/authorize/")


def test_authorization_code_with_pkce_issues_access_refresh_and_verifiable_id_token(
    citizen_client: Any, webapp: NewApiClient
) -> None:
    verifier, challenge = pkce_pair()
    query = redirect_params(approve(citizen_client, authorize_params(webapp, challenge)))
    assert query["state"] == "state-123"
    assert query["iss"] == "http://testserver/oauth"  # RFC 9207 mix-up defence

    response = exchange_code(citizen_client, webapp, query["code"], verifier)

    assert response.status_code == 200, response.content
    body = response.json()
    assert set(body["scope"].split()) == {"openid", "cases:read"}
    assert 0 < body["expires_in"] <= 900
    assert body["access_token"] and body["refresh_token"]
    keys = jwk.JWKSet.from_json(citizen_client.get("/oauth/.well-known/jwks.json").content)
    id_token = jwt.JWT(jwt=body["id_token"], key=keys, expected_type="JWS")  # checks signature
    claims = json.loads(id_token.claims)
    assert claims["aud"] == webapp.application.client_id
    assert claims["iss"] == "http://testserver/oauth"
    assert claims["nonce"] == "nonce-456"
    assert claims["sub"] == str(get_user_model().objects.get(username="medborgare").pk)
    assert userinfo(citizen_client, body["access_token"]).json()["sub"] == claims["sub"]


def test_authorize_without_code_challenge_is_refused(
    citizen_client: Any, webapp: NewApiClient
) -> None:
    params = authorize_params(webapp, "")
    del params["code_challenge"], params["code_challenge_method"]
    response = citizen_client.get("/oauth/authorize/", params)
    assert redirect_params(response)["error"] == "invalid_request"
    assert "code" not in redirect_params(response)
    assert Grant.objects.count() == 0


def test_authorize_with_plain_code_challenge_method_is_refused(
    citizen_client: Any, webapp: NewApiClient
) -> None:
    verifier, _ = pkce_pair()
    params = authorize_params(webapp, verifier, code_challenge_method="plain")
    # DOT refuses `plain` where the code would be issued: when the user approves.
    response = citizen_client.post("/oauth/authorize/", {**params, "allow": "Authorize"})
    query = redirect_params(response)
    assert query["error"] == "invalid_request"
    assert "code" not in query
    assert Grant.objects.count() == 0


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "https://evil.example/callback",
        CALLBACK + "/more",  # exact matching, no prefixes
        CALLBACK + "?next=https://evil.example",
        "http://app.stad.example/callback",
    ],
)
def test_unregistered_redirect_uri_is_refused_without_redirecting_to_it(
    citizen_client: Any, webapp: NewApiClient, redirect_uri: str
) -> None:
    _, challenge = pkce_pair()
    params = authorize_params(webapp, challenge, redirect_uri=redirect_uri)
    for response in (
        citizen_client.get("/oauth/authorize/", params),
        citizen_client.post("/oauth/authorize/", {**params, "allow": "Authorize"}),
    ):
        assert response.status_code == 400
        assert "Location" not in response
    assert Grant.objects.count() == 0


def test_authorization_code_works_only_once(citizen_client: Any, webapp: NewApiClient) -> None:
    verifier, challenge = pkce_pair()
    code = redirect_params(approve(citizen_client, authorize_params(webapp, challenge)))["code"]
    assert exchange_code(citizen_client, webapp, code, verifier).status_code == 200
    before = counts()

    second = exchange_code(citizen_client, webapp, code, verifier)

    assert second.status_code == 400
    assert second.json()["error"] == "invalid_grant"
    assert counts() == before


def test_authorization_code_with_the_wrong_code_verifier_is_refused(
    citizen_client: Any, webapp: NewApiClient
) -> None:
    _, challenge = pkce_pair()
    code = redirect_params(approve(citizen_client, authorize_params(webapp, challenge)))["code"]
    other_verifier, _ = pkce_pair()
    response = exchange_code(citizen_client, webapp, code, other_verifier)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"
    assert AccessToken.objects.count() == 0


def legacy_client(grant: str) -> NewApiClient:
    """A client registered for a grant RFC 9700 retires, as DOT's own screens still allow."""
    secret = "legacy-secret-" + secrets.token_urlsafe(16)
    application = Application.objects.create(
        name="Gammalt system",
        authorization_grant_type=grant,
        client_type=Application.CLIENT_CONFIDENTIAL,
        redirect_uris=CALLBACK,
        client_secret=secret,
    )
    return NewApiClient(application=application, client_secret=secret)


def test_implicit_grant_is_refused_even_for_a_client_registered_for_it(
    citizen_client: Any,
) -> None:
    legacy = legacy_client(Application.GRANT_IMPLICIT)
    params = authorize_params(legacy, "", response_type="token", scope="cases:read")
    del params["code_challenge"], params["code_challenge_method"]

    for response in (
        citizen_client.get("/oauth/authorize/", params),
        citizen_client.post("/oauth/authorize/", {**params, "allow": "Authorize"}),
    ):
        assert response.status_code == 302
        assert "access_token" not in response["Location"]
        assert redirect_params(response)["error"] == "unauthorized_client"
    assert counts() == (0, 0, 0, 0)


def test_password_grant_is_refused_even_for_a_client_registered_for_it(client: Any) -> None:
    legacy = legacy_client(Application.GRANT_PASSWORD)
    factories.UserFactory(username="medborgare")
    response = token_request(
        client,
        legacy,
        {"grant_type": "password", "username": "medborgare", "password": "correct-horse-battery"},
    )
    assert response.status_code == 400
    # Not offered at all (OAUTH2_GRANT_TYPES_SUPPORTED), whoever asks.
    assert response.json()["error"] == "unsupported_grant_type"
    assert AccessToken.objects.count() == 0


@pytest.mark.parametrize(
    "grant_type",
    ["urn:ietf:params:oauth:grant-type:device_code", "urn:example:unknown", "openid", ""],
)
def test_a_grant_type_not_offered_is_unsupported_grant_type(
    client: Any, machine: NewApiClient, grant_type: str
) -> None:
    response = token_request(client, machine, {"grant_type": grant_type})

    assert response.status_code == 400
    assert response.json()["error"] == "unsupported_grant_type"
    assert AccessToken.objects.count() == 0


# --- Introspection --------------------------------------------------------------------------


@pytest.fixture
def resource_server() -> NewApiClient:
    return api_client_create(
        name="Resursserver", grant="client-credentials", scopes=["introspection"]
    )


def introspect(client: Any, token: str, **headers: str) -> Any:
    return post_form(client, "/oauth/introspect/", {"token": token}, **headers)


def test_a_resource_server_introspects_tokens(
    client: Any, issued: dict[str, Any], resource_server: NewApiClient
) -> None:
    client.logout()
    response = introspect(
        client, issued["access_token"], HTTP_AUTHORIZATION=basic_auth(resource_server)
    )

    assert response.status_code == 200, response.content
    assert response.json()["active"] is True
    assert response.json()["scope"] == "openid cases:read"


def test_a_resource_server_token_with_the_introspection_scope_introspects(
    client: Any, issued: dict[str, Any], resource_server: NewApiClient
) -> None:
    client.logout()
    own = token_request(
        client, resource_server, {"grant_type": "client_credentials", "scope": "introspection"}
    )
    assert own.status_code == 200, own.content

    response = introspect(
        client, issued["access_token"], HTTP_AUTHORIZATION=f"Bearer {own.json()['access_token']}"
    )

    assert response.status_code == 200, response.content
    assert response.json()["active"] is True


def test_other_clients_cannot_introspect(
    client: Any, issued: dict[str, Any], machine: NewApiClient, webapp: NewApiClient
) -> None:
    client.logout()
    for other in (machine, webapp):
        refused = introspect(client, issued["access_token"], HTTP_AUTHORIZATION=basic_auth(other))
        assert refused.status_code == 403
        assert refused.json()["error"] == "unauthorized_client"
        assert "scope" not in refused.json()
    wrong_secret = NewApiClient(application=machine.application, client_secret="fel")
    refused = introspect(
        client, issued["access_token"], HTTP_AUTHORIZATION=basic_auth(wrong_secret)
    )
    assert refused.status_code == 401
    # Nor with a token that lacks the scope: its own access token, say.
    token = issued["access_token"]
    assert introspect(client, token, HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 401


def test_only_client_credentials_clients_may_be_resource_servers() -> None:
    with pytest.raises(ApiClientError) as refused:
        api_client_create(
            name="App",
            grant="authorization-code",
            scopes=["openid", "introspection"],
            redirect_uris=[CALLBACK],
        )
    assert refused.value.code == "scope_needs_machine"


# --- Refresh tokens -------------------------------------------------------------------------


def test_refresh_token_is_rotated(
    citizen_client: Any, webapp: NewApiClient, issued: dict[str, Any]
) -> None:
    response = refresh(citizen_client, webapp, issued["refresh_token"])
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["refresh_token"] != issued["refresh_token"]
    assert userinfo(citizen_client, body["access_token"]).status_code == 200


def test_replayed_refresh_token_is_refused_and_revokes_the_family(
    citizen_client: Any, webapp: NewApiClient, issued: dict[str, Any]
) -> None:
    rotated = refresh(citizen_client, webapp, issued["refresh_token"]).json()
    assert userinfo(citizen_client, rotated["access_token"]).status_code == 200

    replay = refresh(citizen_client, webapp, issued["refresh_token"])

    assert replay.status_code == 400
    assert replay.json()["error"] == "invalid_grant"
    # The newest tokens of the family stop working too: the replay may be the thief's.
    assert userinfo(citizen_client, rotated["access_token"]).status_code == 401
    assert refresh(citizen_client, webapp, rotated["refresh_token"]).status_code == 400
    assert AccessToken.objects.count() == 0


def my_cases(client: Any, token: str) -> Any:
    return client.get("/api/v1/me/cases/", HTTP_AUTHORIZATION=f"Bearer {token}")


def test_revoked_access_token_and_its_id_token_authorise_nothing(
    client: Any, webapp: NewApiClient, issued: dict[str, Any]
) -> None:
    client.logout()
    assert my_cases(client, issued["access_token"]).status_code == 200

    revoked = post_form(
        client,
        "/oauth/revoke_token/",
        {"token": issued["access_token"], "token_type_hint": "access_token"},
        HTTP_AUTHORIZATION=basic_auth(webapp),
    )

    assert revoked.status_code == 200
    for token in (issued["access_token"], issued["id_token"]):
        refused = my_cases(client, token)
        assert refused.status_code == 401
        assert refused["Content-Type"] == "application/problem+json"
        assert userinfo(client, token).status_code == 401


def test_tokens_of_a_family_revoked_by_replay_authorise_nothing(
    client: Any, webapp: NewApiClient, issued: dict[str, Any]
) -> None:
    client.logout()
    rotated = refresh(client, webapp, issued["refresh_token"]).json()
    assert my_cases(client, rotated["access_token"]).status_code == 200

    assert refresh(client, webapp, issued["refresh_token"]).status_code == 400

    for token in (rotated["access_token"], rotated["id_token"], issued["id_token"]):
        assert my_cases(client, token).status_code == 401
        assert userinfo(client, token).status_code == 401


def test_signing_out_leaves_no_id_token_that_authorises(
    citizen_client: Any, issued: dict[str, Any]
) -> None:
    citizen_client.logout()
    assert my_cases(citizen_client, issued["id_token"]).status_code == 401
    assert userinfo(citizen_client, issued["id_token"]).status_code == 401


# --- Token transport and storage ------------------------------------------------------------


class CasesProbe(APIBaseView):
    """A protected API view on the real base, for the transport test below."""

    required_scopes = ["cases:read"]
    pagination_class = None
    query_parameters = frozenset({"access_token"})  # so the 401 is about the token

    def get(self, request: Request) -> Response:
        return Response({"user": request.user.pk})


urlpatterns = [
    path("oauth/", include((OAUTH_PATTERNS, "oauth2_provider"))),
    path("api/v1/probe", CasesProbe.as_view()),
]


def test_userinfo_accepts_the_access_token_in_the_header_but_not_in_the_query_string(
    client: Any, issued: dict[str, Any]
) -> None:
    client.logout()  # the session must not stand in for the token
    token = issued["access_token"]
    assert userinfo(client, token).status_code == 200

    in_query = client.get("/oauth/userinfo/", {"access_token": token})

    assert in_query.status_code == 400
    assert in_query.json()["error"] == "invalid_request"
    assert in_query["WWW-Authenticate"].startswith('Bearer error="invalid_request"')


def test_userinfo_refuses_the_access_token_in_the_body(client: Any, issued: dict[str, Any]) -> None:
    client.logout()

    in_body = post_form(client, "/oauth/userinfo/", {"access_token": issued["access_token"]})

    assert in_body.status_code == 401
    assert in_body.json()["error"] == "invalid_request"
    assert in_body["WWW-Authenticate"].startswith('Bearer error="invalid_request"')


@pytest.mark.urls(__name__)
def test_api_accepts_the_access_token_in_the_header_but_not_in_the_query_string(
    client: Any, issued: dict[str, Any]
) -> None:
    client.logout()
    token = issued["access_token"]
    in_header = client.get("/api/v1/probe", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert in_header.status_code == 200

    in_query = client.get("/api/v1/probe", {"access_token": token})

    assert in_query.status_code == 401
    assert in_query["Content-Type"] == "application/problem+json"


def test_tokens_are_stored_hashed(issued: dict[str, Any]) -> None:
    for model, plaintext in (
        (AccessToken, issued["access_token"]),
        (RefreshToken, issued["refresh_token"]),
    ):
        row = model.objects.values().get()
        assert plaintext not in json.dumps(row, default=str)
        assert row["token_checksum"] == hashlib.sha256(plaintext.encode()).hexdigest()


def test_client_secret_is_stored_hashed(machine: NewApiClient) -> None:
    stored = Application.objects.get(pk=machine.application.pk).client_secret
    assert machine.client_secret is not None
    assert machine.client_secret not in stored
    assert identify_hasher(stored)  # a password hash, not the secret


def test_discovery_advertises_only_the_code_flow(client: Any) -> None:
    config = client.get("/oauth/.well-known/openid-configuration").json()
    assert config["response_types_supported"] == ["code"]
    assert "openid" in config["scopes_supported"]
    assert config["code_challenge_methods_supported"] == ["S256"]


# --- create_api_client ----------------------------------------------------------------------


def run_command(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("create_api_client", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_create_api_client_prints_client_id_and_a_working_secret(client: Any) -> None:
    out, err = run_command(
        "--name", "Kontaktcenter", "--grant", "client-credentials", "--scopes", "contactcenter"
    )

    lines = dict(line.split(": ", 1) for line in out.splitlines())
    assert set(lines) == {"client_id", "client_secret"}
    application = Application.objects.get(client_id=lines["client_id"])
    assert application.name == "Kontaktcenter"
    assert application.client_type == Application.CLIENT_CONFIDENTIAL
    assert err == ""
    registered = ApiClientScopes.objects.get(application=application)
    assert registered.scopes == ["contactcenter"]
    new = NewApiClient(application=application, client_secret=lines["client_secret"])
    response = token_request(client, new, {"grant_type": "client_credentials"})
    assert response.status_code == 200


def test_create_api_client_prints_one_json_object() -> None:
    out, _ = run_command(
        "--name",
        "Mina sidor",
        "--grant",
        "authorization-code",
        "--scopes",
        "openid cases:read submissions:write",
        "--redirect-uri",
        CALLBACK,
        "--redirect-uri",
        "https://app.stad.example/other",
        "--json",
    )

    body = json.loads(out)
    application = Application.objects.get(client_id=body["client_id"])
    assert body["client_secret"]
    assert body["grant"] == "authorization-code"
    assert body["redirect_uris"] == [CALLBACK, "https://app.stad.example/other"]
    assert application.algorithm == Application.RS256_ALGORITHM


def test_create_api_client_makes_a_public_client_without_a_secret() -> None:
    out, _ = run_command(
        "--name", "App", "--grant", "authorization-code", "--scopes", "openid",
        "--redirect-uri", CALLBACK, "--public", "--json",
    )  # fmt: skip
    body = json.loads(out)
    assert body["client_secret"] is None
    assert body["client_type"] == Application.CLIENT_PUBLIC


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--grant", "client-credentials", "--scopes", "cases:manage cases:delete"],
            "Unknown scope: cases:delete",
        ),
        (
            ["--grant", "client-credentials", "--scopes", "cases:manage",
             "--redirect-uri", CALLBACK],
            "takes no redirect URI",
        ),
        (
            ["--grant", "client-credentials", "--scopes", "cases:manage cases:read"],
            "for no signed-in person: cases:read",
        ),
        (
            ["--grant", "client-credentials", "--scopes", "cases:manage", "--public"],
            "must be confidential",
        ),
        (["--grant", "authorization-code", "--scopes", "openid"], "needs a redirect URI"),
        (
            ["--grant", "authorization-code", "--scopes", "openid",
             "--redirect-uri", "ftp://app.stad.example/callback"],
            "redirect",
        ),
    ],
)  # fmt: skip
def test_create_api_client_refuses_and_creates_nothing(args: list[str], message: str) -> None:
    with pytest.raises(CommandError, match=message):
        run_command("--name", "Fel", *args)
    assert Application.objects.count() == 0


# --- The signing key ------------------------------------------------------------------------


@pytest.mark.django_db(False)
def test_development_signing_key_is_generated_once_and_private(tmp_path: Path) -> None:
    var_dir = tmp_path / "var"
    key_file = var_dir / "oidc-dev-key.pem"

    first = manage("check", DJANGO_ENV="development", VAR_DIR=str(var_dir))
    assert first.returncode == 0, first.stderr
    pem = key_file.read_text()
    assert pem.startswith("-----BEGIN PRIVATE KEY-----")
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

    again = manage("check", DJANGO_ENV="development", VAR_DIR=str(var_dir))
    assert again.returncode == 0, again.stderr
    assert key_file.read_text() == pem
    assert [p.name for p in var_dir.iterdir() if p.name.startswith(".oidc")] == []


@pytest.mark.django_db(False)
def test_production_refuses_to_start_without_a_signing_key(tmp_path: Path) -> None:
    result = manage(
        "check",
        DJANGO_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="stad.example",
        API_BASE_URL="https://api.stad.example",
        FRONTEND_URL="https://www.stad.example",
        REDIS_URL="redis://127.0.0.1:6379/15",
        VAR_DIR=str(tmp_path),
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "OIDC_RSA_PRIVATE_KEY" in result.stderr
    assert list(tmp_path.iterdir()) == []  # no key generated on a server


@pytest.mark.parametrize(
    "path", ["/oauth/applications/", "/oauth/applications/register/", "/oauth/register/"]
)
def test_clients_cannot_be_registered_over_the_web(client: Any, path: str) -> None:
    user = get_user_model().objects.create_user("redaktor", password="correct-horse-battery")
    client.force_login(user)
    before = Application.objects.count()
    assert client.get(path).status_code == 404
    client.post(
        path, {"name": "Egen klient", "client_type": "public"}, content_type="application/json"
    )
    assert Application.objects.count() == before
