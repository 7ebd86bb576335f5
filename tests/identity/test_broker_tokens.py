"""The e-ID broker's id token is checked in full before anyone is signed in on its word:
signature and algorithm, issuer, audience and authorized party, expiry, issue and
not-before times, nonce. Every bad token, signed by a real broker over HTTP, ends on the
sign-in-failed page with a reason code in the log and nothing of the token or person."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
from collections.abc import Callable
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization

from identity.models import CitizenIdentity
from tests.identity.broker import (
    ALVA_DIGITS,
    BROKER_KEY,
    CLIENT_ID,
    DROP,
    FORGED_KEY,
    Broker,
    broker_sign_in,
    now_plus,
)
from tests.identity.test_sign_in import authorization, my_page_app


@pytest.fixture
def app(db: Any) -> Any:
    return my_page_app()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unsigned(claims: dict[str, Any]) -> str:
    """`alg: none` and no `kid`: a token anyone can write."""
    return str(jwt.encode(claims, None, algorithm="none"))


def hmac_with_public_key(claims: dict[str, Any]) -> str:
    """HS256 keyed with the broker's published public key (the classic key confusion);
    by hand, since PyJWT rightly refuses to make one."""
    public = BROKER_KEY.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": "broker-1"}).encode())
    body = _b64(json.dumps(claims).encode())
    signature = hmac.new(public, f"{header}.{body}".encode(), hashlib.sha256).digest()
    return f"{header}.{body}.{_b64(signature)}"


def change(**claims: Any) -> Callable[[Broker], None]:
    return lambda broker: broker.changes.update(claims)


def set_attribute(name: str, value: Any) -> Callable[[Broker], None]:
    return lambda broker: setattr(broker, name, value)


BAD = {
    "another audience": (change(aud="another-client"), "wrong_audience"),
    "another issuer": (change(iss="https://eid.evil.example/"), "wrong_issuer"),
    "no issuer": (change(iss=DROP), "no_iss"),
    "no exp": (change(exp=DROP), "no_exp"),
    "expired": (change(iat=now_plus(-900), exp=now_plus(-600)), "expired"),
    "just expired": (change(iat=now_plus(-310), exp=now_plus(-10)), "expired"),
    "no iat": (change(iat=DROP), "no_iat"),
    "iat in the future": (change(iat=now_plus(600), exp=now_plus(900)), "issued_in_future"),
    "nbf in the future": (change(nbf=now_plus(600)), "issued_in_future"),
    "alg none without kid": (set_attribute("forge", unsigned), "algorithm_not_allowed"),
    "signed with another key": (set_attribute("key", FORGED_KEY), "bad_signature"),
    "HS256 keyed with the public key": (
        set_attribute("forge", hmac_with_public_key),
        "algorithm_not_allowed",
    ),
    "a kid the broker does not publish": (
        set_attribute("headers", {"kid": "broker-2"}),
        "no_matching_key",
    ),
    "several audiences, no azp": (
        change(aud=[CLIENT_ID, "another-client"]),
        "wrong_authorized_party",
    ),
    "several audiences, another azp": (
        change(aud=[CLIENT_ID, "another-client"], azp="another-client"),
        "wrong_authorized_party",
    ),
    "another azp": (change(azp="another-client"), "wrong_authorized_party"),
    "another nonce": (change(nonce="another-sign-ins-nonce"), "wrong_nonce"),
    "no nonce": (change(nonce=DROP), "wrong_nonce"),
    "no id token": (set_attribute("forge", lambda _claims: None), "no_id_token"),
    "not a token": (set_attribute("forge", lambda _claims: "not.a.token"), "malformed"),
}


def refusals(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    return [
        record.msg
        for record in caplog.records
        if isinstance(record.msg, dict) and record.msg.get("event") == "citizen_sign_in_refused"
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("fault", BAD)
def test_a_bad_id_token_ends_on_the_failure_page(
    client: Any, app: Any, broker: Broker, caplog: pytest.LogCaptureFixture, fault: str
) -> None:
    spoil, reason = BAD[fault]
    spoil(broker)
    caplog.set_level(logging.DEBUG)
    start, _params, _verifier = authorization(app)

    back = broker_sign_in(client, start)

    assert back.status_code == 302
    assert back["Location"] == "/login/failed/"
    failed = client.get(back["Location"])
    assert failed.status_code == 403
    assert b"could not confirm who you are" in failed.content
    assert "_auth_user_id" not in client.session
    assert not CitizenIdentity.objects.exists()
    assert [logged["reason"] for logged in refusals(caplog)] == [reason]
    for part in (part for token in broker.issued for part in token.split(".")):
        assert len(part) < 12 or part not in caplog.text
    assert ALVA_DIGITS[2:8] not in caplog.text


GOOD = {
    "as issued": change(),
    "several audiences, our azp": change(aud=[CLIENT_ID, "another-client"], azp=CLIENT_ID),
    "our azp": change(azp=CLIENT_ID),
    "iat within the leeway": change(iat=now_plus(30)),
    "nbf within the leeway": change(nbf=now_plus(30)),
    "no kid, one published key": set_attribute("headers", {"kid": DROP}),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", GOOD)
def test_a_good_id_token_signs_the_citizen_in(
    client: Any, app: Any, broker: Broker, case: str
) -> None:
    GOOD[case](broker)
    start, _params, _verifier = authorization(app)

    back = broker_sign_in(client, start)

    assert back.status_code == 302
    assert back["Location"].startswith("/oauth/authorize/")
    assert "_auth_user_id" in client.session
    assert CitizenIdentity.objects.get().method == "oidc"


@pytest.mark.django_db
def test_without_a_kid_a_broker_with_several_keys_is_not_guessed_at(
    client: Any, app: Any, broker: Broker, caplog: pytest.LogCaptureFixture
) -> None:
    other = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(FORGED_KEY.public_key()))
    broker.jwks.append({**other, "kid": "broker-2", "alg": "RS256", "use": "sig"})
    broker.headers = {"kid": DROP}
    start, _params, _verifier = authorization(app)

    back = broker_sign_in(client, start)

    assert back["Location"] == "/login/failed/"
    assert "_auth_user_id" not in client.session
    assert [logged["reason"] for logged in refusals(caplog)] == ["no_matching_key"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "signed_in"),
    [({}, True), ({"aud": "another-client"}, False), ({"iss": "https://eid.evil.example/"}, False)],
    ids=["as issued", "another audience", "another issuer"],
)
def test_a_signed_userinfo_answer_is_checked_like_the_id_token(
    client: Any, app: Any, broker: Broker, settings: Any, changes: dict[str, Any], signed_in: bool
) -> None:
    settings.OIDC_OP_USER_ENDPOINT = broker.url("/userinfo")
    broker.userinfo_changes = changes
    start, _params, _verifier = authorization(app)

    back = broker_sign_in(client, start)

    assert back.status_code == 302
    assert (back["Location"] != "/login/failed/") is signed_in
    assert ("_auth_user_id" in client.session) is signed_in
    assert CitizenIdentity.objects.exists() is signed_in
