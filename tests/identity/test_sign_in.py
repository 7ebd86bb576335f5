"""Citizens sign in to the authorization server through the identity backend; the app
they came from gets a token for them, and My page shows their cases."""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

from api.oauth import api_client_create
from identity.models import CitizenIdentity
from identity.services import identity_key
from tests.cases import FAULT_REPORT, publish_form
from tests.identity.broker import (
    ALVA,
    ALVA_DIGITS,
    CLAIM,
    FORGED_KEY,
    Broker,
    back_from_broker,
    broker_sign_in,
    to_broker,
)
from tests.tokens import CALLBACK, basic_auth, pkce_pair, post_form


def my_page_app() -> Any:
    """A frontend registered for My page (authorization code + PKCE)."""
    return api_client_create(
        name="Stadens webbplats",
        grant="authorization-code",
        scopes=["openid", "cases:read", "submissions:write"],
        redirect_uris=[CALLBACK],
    )


@pytest.fixture
def app(db: Any) -> Any:
    return my_page_app()


def authorization(app: Any) -> tuple[str, dict[str, str], str]:
    verifier, challenge = pkce_pair()
    params = {
        "response_type": "code",
        "client_id": app.application.client_id,
        "redirect_uri": CALLBACK,
        "scope": "openid cases:read submissions:write",
        "state": "fran-appen",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    return "/oauth/authorize/?" + urlencode(params), params, verifier


def approve_and_redeem(
    client: Any, app: Any, params: dict[str, str], verifier: str
) -> dict[str, Any]:
    consent = client.get("/oauth/authorize/?" + urlencode(params))
    assert consent.status_code == 200, consent.content
    approved = client.post("/oauth/authorize/", {**params, "allow": "Authorize"})
    assert approved.status_code == 302
    query = parse_qs(urlsplit(approved["Location"]).query)
    assert query["state"] == ["fran-appen"]
    tokens = post_form(
        client,
        "/oauth/token/",
        {
            "grant_type": "authorization_code",
            "code": query["code"][0],
            "redirect_uri": CALLBACK,
            "code_verifier": verifier,
        },
        HTTP_AUTHORIZATION=basic_auth(app),
    )
    assert tokens.status_code == 200, tokens.content
    return dict(tokens.json())


def development_sign_in(client: Any, start: str, number: str = ALVA) -> list[Any]:
    """From the authorization request to the app's consent page; every answer on the way."""
    answers = [client.get(start)]
    while answers[-1].status_code == 302 and "/login/" in answers[-1]["Location"]:
        answers.append(client.get(answers[-1]["Location"]))
    form = answers[-1]
    assert form.status_code == 200
    assert b"identity_number" in form.content
    nxt = parse_qs(urlsplit(answers[-2]["Location"]).query)["next"][0]
    answers.append(
        client.post(
            "/login/development/",
            {"identity_number": number, "given_name": "Alva", "family_name": "Ek", "next": nxt},
        )
    )
    return answers


def me_cases(client: Any, token: str) -> list[str]:
    listed = client.get("/api/v1/me/cases/", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert listed.status_code == 200
    return [c["reference"] for c in listed.json()["results"]]


def file_report(client: Any, token: str) -> str:
    filed = client.post(
        "/api/v1/submissions/",
        json.dumps({"form": "felanmalan", "data": FAULT_REPORT}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
        HTTP_IDEMPOTENCY_KEY=str(uuid.uuid4()),
    )
    assert filed.status_code == 201, filed.content
    return str(filed.json()["reference"])


@pytest.mark.django_db
def test_a_citizen_signs_in_and_the_app_follows_their_cases(
    client: Any, app: Any, home: Any, caplog: pytest.LogCaptureFixture
) -> None:
    publish_form("felanmalan")
    start, params, verifier = authorization(app)
    caplog.set_level(logging.DEBUG)
    answers = development_sign_in(client, start)
    back = answers[-1]
    assert back.status_code == 302
    assert urlsplit(back["Location"]).path == "/oauth/authorize/"
    tokens = approve_and_redeem(client, app, params, verifier)

    reference = file_report(client, tokens["access_token"])
    assert me_cases(client, tokens["access_token"]) == [reference]

    # The number is in no URL the browser was sent to, and in no log line.
    for answer in answers:
        assert ALVA_DIGITS[2:8] not in answer.get("Location", "")
    assert ALVA_DIGITS[2:8] not in caplog.text
    # Nor in the database: the account is keyed on a hash of it.
    identity = CitizenIdentity.objects.get()
    assert identity.identity_key == identity_key("191212121212")  # a keyed hash, no number
    citizen = identity.user
    assert ALVA_DIGITS[2:8] not in citizen.username
    assert (citizen.first_name, citizen.last_name) == ("Alva", "Ek")
    assert not citizen.has_usable_password()
    assert not citizen.is_staff
    assert not citizen.has_perm("wagtailadmin.access_admin")


@pytest.mark.django_db
def test_signing_in_again_finds_the_same_account_however_the_number_is_written(
    client: Any, app: Any, home: Any
) -> None:
    publish_form("felanmalan")
    start, params, verifier = authorization(app)
    development_sign_in(client, start, "19121212-1212")
    first = approve_and_redeem(client, app, params, verifier)["access_token"]
    reference = file_report(client, first)
    client.post("/login/logout/")

    start, params, verifier = authorization(app)
    development_sign_in(client, start, "121212+1212")  # over 100: "+"
    again = approve_and_redeem(client, app, params, verifier)["access_token"]
    assert me_cases(client, again) == [reference]
    assert get_user_model().objects.filter(citizen_identity__isnull=False).count() == 1


@pytest.mark.django_db
def test_someone_else_signing_in_sees_none_of_it(client: Any, app: Any, home: Any) -> None:
    publish_form("felanmalan")
    start, params, verifier = authorization(app)
    development_sign_in(client, start, ALVA)
    file_report(client, approve_and_redeem(client, app, params, verifier)["access_token"])
    client.post("/login/logout/")

    start, params, verifier = authorization(app)
    development_sign_in(client, start, "19811228-9874")
    other = approve_and_redeem(client, app, params, verifier)["access_token"]
    assert me_cases(client, other) == []


@pytest.mark.django_db
@pytest.mark.parametrize("number", ["19121212-1213", "nittonhundra", "", "1" * 13])
def test_a_bad_number_is_refused_on_the_form_and_signs_no_one_in(
    client: Any, app: Any, number: str
) -> None:
    start, _params, _verifier = authorization(app)
    refused = development_sign_in(client, start, number)[-1]
    assert refused.status_code == 400
    assert not CitizenIdentity.objects.exists()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_signing_in_never_sends_the_citizen_to_another_site(client: Any) -> None:
    answer = client.post(
        "/login/development/",
        {
            "identity_number": ALVA,
            "given_name": "Alva",
            "family_name": "Ek",
            "next": "https://evil.example/steal",
        },
    )
    assert answer.status_code == 302
    assert answer["Location"] == "/login/done/"


@pytest.mark.django_db
def test_the_development_form_is_gone_when_an_e_id_broker_signs_citizens_in(
    client: Any, settings: Any
) -> None:
    settings.CITIZEN_SIGN_IN = "oidc"
    assert client.get("/login/development/").status_code == 404
    posted = client.post(
        "/login/development/",
        {"identity_number": ALVA, "given_name": "A", "family_name": "B", "next": "/"},
    )
    assert posted.status_code == 404
    assert not CitizenIdentity.objects.exists()


@pytest.mark.django_db
def test_a_citizen_signs_in_through_the_e_id_broker(
    client: Any, app: Any, home: Any, broker: Broker
) -> None:
    publish_form("felanmalan")
    start, params, verifier = authorization(app)
    back = broker_sign_in(client, start)
    assert back.status_code == 302
    assert urlsplit(back["Location"]).path == "/oauth/authorize/"
    assert broker.token_requests[0]["client_id"] == "staden"
    tokens = approve_and_redeem(client, app, params, verifier)
    reference = file_report(client, tokens["access_token"])
    assert me_cases(client, tokens["access_token"]) == [reference]

    identity = CitizenIdentity.objects.get()
    assert identity.method == "oidc"
    assert client.session.get_expiry_age() <= 15 * 60

    # The same person through the development form (another e-ID of theirs, as it were)
    # finds the same account.
    client.post("/login/logout/")
    with override_settings(CITIZEN_SIGN_IN="development"):
        start, params, verifier = authorization(app)
        development_sign_in(client, start, "19121212-1212")
        again = approve_and_redeem(client, app, params, verifier)["access_token"]
    assert me_cases(client, again) == [reference]
    assert get_user_model().objects.filter(citizen_identity__isnull=False).count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "fault", ["forged signature", "another nonce", "no number", "bad number", "refused code"]
)
def test_the_broker_answer_must_check_out(
    client: Any, app: Any, broker: Broker, fault: str
) -> None:
    if fault == "forged signature":
        broker.key = FORGED_KEY
    elif fault == "no number":
        del broker.person[CLAIM]
    elif fault == "bad number":
        broker.person[CLAIM] = "191212121213"
    elif fault == "another nonce":
        broker.changes["nonce"] = "another-sign-ins-nonce"
    start, _params, _verifier = authorization(app)
    tamper = {"code": "a-code-the-broker-never-gave"} if fault == "refused code" else {}
    back = back_from_broker(client, to_broker(client, start), **tamper)
    assert back.status_code == 302
    assert back["Location"] == "/login/failed/"
    assert client.get(back["Location"]).status_code == 403
    assert "_auth_user_id" not in client.session
    assert not CitizenIdentity.objects.exists()


@pytest.mark.django_db
def test_a_staff_session_gets_no_citizen_token(client: Any, app: Any) -> None:
    """Staff signed in to the admin share the cookie; a citizen app sends them to the
    citizen sign-in instead of issuing a citizen-scoped token for the staff account."""
    from tests import factories

    client.force_login(factories.UserFactory(username="handlaggare", is_staff=True))
    start, params, _verifier = authorization(app)
    answer = client.get(start)
    assert answer.status_code == 302
    assert answer["Location"].startswith("/login/?next=/oauth/authorize/")
    assert "_auth_user_id" not in client.session
    posted = client.post("/oauth/authorize/", {**params, "allow": "Authorize"})
    assert posted.status_code == 302
    assert posted["Location"].startswith("/login/")


@pytest.mark.django_db
def test_a_citizen_sign_in_is_short_lived(client: Any, app: Any) -> None:
    start, _params, _verifier = authorization(app)
    development_sign_in(client, start)
    assert 0 < client.session.get_expiry_age() <= 15 * 60


@pytest.mark.django_db
def test_without_a_broker_its_pages_are_not_there(client: Any) -> None:
    assert client.get("/login/oidc/authenticate/").status_code == 404
    assert client.get("/login/oidc/callback/", {"code": "x", "state": "y"}).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("scope", ["contactcenter", "cases:manage", "content:preview"])
def test_a_citizen_is_never_issued_a_staff_scope(client: Any, scope: str) -> None:
    tool = api_client_create(
        name="Kontaktcenters verktyg",
        grant="authorization-code",
        scopes=["openid", scope],
        redirect_uris=[CALLBACK],
    )
    _verifier, challenge = pkce_pair()
    params = {
        "response_type": "code",
        "client_id": tool.application.client_id,
        "redirect_uri": CALLBACK,
        "scope": f"openid {scope}",
        "state": "s",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    client.post(
        "/login/development/",
        {"identity_number": ALVA, "given_name": "Alva", "family_name": "Ek", "next": "/"},
    )
    assert client.get("/oauth/authorize/?" + urlencode(params)).status_code == 403
    refused = client.post("/oauth/authorize/", {**params, "allow": "Authorize"})
    assert refused.status_code == 403
