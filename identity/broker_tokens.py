"""What the e-ID broker signs, checked before anyone is signed in on its word.

An id token counts only when it is signed with the configured algorithm by one of the
broker's keys (never `none`, never an HMAC keyed with something public), comes from the
configured issuer, is meant for us (`aud`, and `azp` when it names several audiences),
has not expired, was not issued in the future (beyond a small leeway for clock skew) and
carries the nonce of the sign-in it answers. PyJWT does the cryptography.
"""

from __future__ import annotations

import hmac
import time
from dataclasses import dataclass
from typing import Any

import jwt
from django.core.exceptions import SuspiciousOperation

# The algorithms CITIZEN_OIDC_SIGN_ALGO may name; HMAC ones are keyed with the client secret.
ASYMMETRIC = {f"{family}{bits}" for family in ("RS", "PS", "ES") for bits in (256, 384, 512)}
SYMMETRIC = {"HS256", "HS384", "HS512"}
KEY_TYPES = {"RS": "RSA", "PS": "RSA", "ES": "EC"}

# PyJWT's refusals, as the stable reason codes the logs carry.
REFUSALS: tuple[tuple[type[Exception], str], ...] = (
    (jwt.InvalidSignatureError, "bad_signature"),
    (jwt.ImmatureSignatureError, "issued_in_future"),
    (jwt.InvalidAudienceError, "wrong_audience"),
    (jwt.InvalidIssuerError, "wrong_issuer"),
    (jwt.InvalidAlgorithmError, "algorithm_not_allowed"),
    (jwt.InvalidKeyError, "no_matching_key"),
)


class TokenRefused(SuspiciousOperation):
    """A token from the broker that does not check out; `reason` is a stable code for the
    logs and never holds the token or anything from it."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The broker's token was refused: {reason}.")
        self.reason = reason


@dataclass(frozen=True, kw_only=True)
class Expected:
    """What a token from our broker must say about itself."""

    issuer: str
    client_id: str
    algorithm: str
    leeway: int


def token_header(token: object, *, expected: Expected) -> dict[str, Any]:
    """The token's header, once its algorithm is the configured one (and a real one)."""
    if not isinstance(token, str) or not token:
        raise TokenRefused("no_id_token")
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError:
        raise TokenRefused("malformed") from None
    algorithm = header.get("alg")
    if algorithm != expected.algorithm or algorithm not in ASYMMETRIC | SYMMETRIC:
        raise TokenRefused("algorithm_not_allowed")
    return header


def broker_key(jwks: object, *, header: dict[str, Any]) -> jwt.PyJWK:
    """The one key in the broker's set that fits the token's `kid` and algorithm."""
    keys = jwks.get("keys") if isinstance(jwks, dict) else None
    algorithm = str(header["alg"])
    kid = header.get("kid")
    fitting = [
        key
        for key in (keys if isinstance(keys, list) else [])
        if isinstance(key, dict)
        and key.get("kty") == KEY_TYPES.get(algorithm[:2])
        and key.get("use", "sig") == "sig"
        and key.get("alg", algorithm) == algorithm
        and (kid is None or key.get("kid") == kid)
    ]
    if len(fitting) != 1:  # without a `kid`, only a set of one fitting key is unambiguous
        raise TokenRefused("no_matching_key")
    try:
        return jwt.PyJWK(fitting[0], algorithm=algorithm)
    except (jwt.PyJWTError, ValueError, TypeError, KeyError):
        raise TokenRefused("no_matching_key") from None


def verified_claims(
    *, token: str, key: jwt.PyJWK | str, expected: Expected, nonce: str | None
) -> dict[str, Any]:
    """The claims of an id token that checks out in every respect listed above."""
    required = ["iss", "sub", "aud", "exp", "iat"]
    claims = _decoded(token, key=key, expected=expected, required=required)
    _check_nonce(claims, nonce=nonce)
    return claims


def verified_userinfo(*, token: str, key: jwt.PyJWK | str, expected: Expected) -> dict[str, Any]:
    """A signed userinfo answer: from our broker and for us (OIDC Core 5.3.2); it has no
    nonce and need not expire."""
    return _decoded(token, key=key, expected=expected, required=["iss", "sub", "aud"])


def _decoded(
    token: str, *, key: jwt.PyJWK | str, expected: Expected, required: list[str]
) -> dict[str, Any]:
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            key,
            algorithms=[expected.algorithm],
            audience=expected.client_id,
            issuer=expected.issuer,
            leeway=expected.leeway,
            # `exp` is checked below without the leeway: an expired token is expired.
            options={"require": required, "verify_exp": False},
        )
    except jwt.MissingRequiredClaimError as missing:
        raise TokenRefused(f"no_{missing.claim}") from None
    except jwt.PyJWTError as refused:
        reason = next((code for kind, code in REFUSALS if isinstance(refused, kind)), "malformed")
        raise TokenRefused(reason) from None
    if "exp" in claims:
        _check_expiry(claims)
    _check_party(claims, client_id=expected.client_id)
    return claims


def _check_expiry(claims: dict[str, Any]) -> None:
    expiry = claims["exp"]
    if isinstance(expiry, bool) or not isinstance(expiry, int | float):
        raise TokenRefused("malformed")
    if expiry <= time.time():
        raise TokenRefused("expired")


def _check_party(claims: dict[str, Any], *, client_id: str) -> None:
    """With several audiences, `azp` must name us; a lone `azp` must too (OIDC Core 3.1.3.7)."""
    audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
    if (len(audiences) > 1 or "azp" in claims) and claims.get("azp") != client_id:
        raise TokenRefused("wrong_authorized_party")


def _check_nonce(claims: dict[str, Any], *, nonce: str | None) -> None:
    sent = claims.get("nonce")
    if not nonce or not isinstance(sent, str):
        raise TokenRefused("wrong_nonce")
    if not hmac.compare_digest(sent.encode(), nonce.encode()):
        raise TokenRefused("wrong_nonce")
