"""An OpenID Connect e-ID broker played by a real HTTP server (pytest-httpserver): its
authorization endpoint sends the browser back with a code, its token endpoint checks the
code and PKCE and answers with an id token signed by its RSA key, its JWKS endpoint
publishes that key. Tests change what it signs, and how, to forge bad tokens."""

from __future__ import annotations

import base64
import hashlib
import json
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import jwt
import requests
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm
from werkzeug import Request as BrokerRequest
from werkzeug import Response as BrokerResponse

# Test numbers from Skatteverket's published series; no real person has them.
ALVA = "19121212-1212"
ALVA_DIGITS = "191212121212"
CLAIM = "https://id.oidc.se/claim/personalIdentityNumber"
CLIENT_ID = "staden"
BROKER_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
FORGED_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
DROP = object()  # a claim or header the broker leaves out


def now_plus(seconds: int) -> Callable[[int], int]:
    """A time claim this many seconds from when the token is made."""
    return lambda now: now + seconds


class Broker:
    """Issues id tokens for the person it was told about, checking the code and PKCE."""

    def __init__(self, server: Any) -> None:
        self.server = server
        self.issuer = self.url("/")
        self.person: dict[str, Any] = {
            CLAIM: ALVA_DIGITS,
            "given_name": "Alva",
            "family_name": "Ek",
        }
        self.key: Any = BROKER_KEY
        self.headers: dict[str, Any] = {"kid": "broker-1"}
        self.changes: dict[str, Any] = {}  # claims set (or DROPped) in the id tokens issued
        self.forge: Callable[[dict[str, Any]], str | None] | None = None
        self.nonce: str | None = None
        self.challenge = ""
        self.token_requests: list[dict[str, str]] = []
        self.issued: list[str] = []
        public = json.loads(RSAAlgorithm.to_jwk(BROKER_KEY.public_key()))
        self.jwks: list[dict[str, Any]] = [
            {**public, "kid": "broker-1", "alg": "RS256", "use": "sig"}
        ]
        server.expect_request("/jwks").respond_with_handler(
            lambda _request: BrokerResponse(json.dumps({"keys": self.jwks}), 200)
        )
        server.expect_request("/authorize").respond_with_handler(self.authorization)
        server.expect_request("/token", method="POST").respond_with_handler(self.token)
        server.expect_request("/userinfo").respond_with_handler(self.userinfo)
        self.userinfo_changes: dict[str, Any] = {}

    def url(self, path: str) -> str:
        return str(self.server.url_for(path))

    def authorization(self, request: BrokerRequest) -> BrokerResponse:
        """The person has proved who they are; back to the relying party with a code. The
        broker remembers the nonce and the PKCE challenge for the token request."""
        query = request.args.to_dict()
        self.nonce = query.get("nonce")
        self.challenge = query["code_challenge"]
        back = urlencode({"code": "broker-code", "state": query["state"]})
        return BrokerResponse("", 302, headers={"Location": f"{query['redirect_uri']}?{back}"})

    def claims(self) -> dict[str, Any]:
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "sub": "broker-subject-1",
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 300,
            "nonce": self.nonce,
            **self.person,
            **self.changes,
        }
        return {
            name: value(now) if callable(value) else value
            for name, value in claims.items()
            if value is not DROP
        }

    def id_token(self) -> str | None:
        if self.forge:
            return self.forge(self.claims())
        headers = {k: v for k, v in self.headers.items() if v is not DROP}
        return jwt.encode(self.claims(), self.key, algorithm="RS256", headers=headers)

    def token(self, request: BrokerRequest) -> BrokerResponse:
        form = request.form.to_dict()
        self.token_requests.append(form)
        digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
        if form.get("code") != "broker-code" or (
            base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != self.challenge
        ):
            return BrokerResponse(json.dumps({"error": "invalid_grant"}), 400)
        body: dict[str, Any] = {"access_token": "broker-access", "token_type": "Bearer"}
        id_token = self.id_token()
        if id_token is not None:
            body["id_token"] = id_token
            self.issued.append(id_token)
        return BrokerResponse(json.dumps(body), 200, content_type="application/json")

    def userinfo(self, request: BrokerRequest) -> BrokerResponse:
        """A signed userinfo answer (OIDC Core 5.3.2): iss, aud and the person, no nonce."""
        if request.headers.get("Authorization") != "Bearer broker-access":
            return BrokerResponse("", 401)
        claims = {
            "iss": self.issuer,
            "sub": "broker-subject-1",
            "aud": CLIENT_ID,
            **self.person,
            **self.userinfo_changes,
        }
        signed = jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": "broker-1"})
        return BrokerResponse(signed, 200, content_type="application/jwt")


def to_broker(client: Any, start: str) -> str:
    """From an app's authorization request through our sign-in to the broker's address."""
    answer = client.get(start)
    while answer.status_code == 302 and not answer["Location"].startswith("http"):
        answer = client.get(answer["Location"])
    return str(answer["Location"])


def back_from_broker(client: Any, location: str, **tamper: str) -> Any:
    """The browser at the broker, then back at our callback with what the broker said
    (`tamper` changes the callback's query, as an attacker could)."""
    sent_back = requests.get(location, allow_redirects=False, timeout=5)
    assert sent_back.status_code == 302
    callback = urlsplit(sent_back.headers["Location"])
    query = {k: v[0] for k, v in parse_qs(callback.query).items()}
    return client.get(callback.path, {**query, **tamper})


def broker_sign_in(client: Any, start: str) -> Any:
    """Authorization request → our sign-in → the broker → its callback; the last answer."""
    return back_from_broker(client, to_broker(client, start))
