"""Identity backends: how a citizen proves who they are before the authorization server
issues their app a token.

`CITIZEN_SIGN_IN` chooses one:

- `oidc`: an OpenID Connect e-ID broker (BankID, Freja eID and others behind one
  broker). The relying-party protocol (state, nonce, PKCE, the token request) is
  mozilla-django-oidc's; `CitizenOIDCBackend` checks the id token in full
  (identity.broker_tokens) and decides who the verified person is, from the personal
  identity number claim.
- `development`: a form where anyone types a personal identity number and a name
  (identity.views.development_sign_in). For the embedded mode and tests; refused in
  production.
"""

from __future__ import annotations

from typing import Any

import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import SuspiciousOperation
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from identity.broker_tokens import (
    SYMMETRIC,
    Expected,
    TokenRefused,
    broker_key,
    token_header,
    verified_claims,
    verified_userinfo,
)
from identity.models import CitizenIdentity
from identity.services import NotAnIdentityNumber, VerifiedPerson, citizen_for, identity_key


class CitizenOIDCBackend(OIDCAuthenticationBackend):
    """Signs a citizen in from the broker's verified claims, keyed on the personal
    identity number (never on e-mail, which a person may share or change)."""

    def _claim(self, claims: dict[str, Any]) -> str:
        value = claims.get(settings.CITIZEN_OIDC_IDENTITY_CLAIM)
        return value if isinstance(value, str) else ""

    def get_token(self, payload: dict[str, Any]) -> dict[str, Any]:
        answer = super().get_token(payload)
        if not isinstance(answer, dict):
            raise TokenRefused("malformed_token_response")
        return answer

    def verify_token(self, token: str, **kwargs: Any) -> dict[str, Any]:
        """The id token's claims (the library passes the sign-in's nonce), or a signed
        userinfo answer's (no nonce), once they check out; TokenRefused otherwise."""
        expected = Expected(
            issuer=settings.CITIZEN_OIDC_ISSUER,
            client_id=self.OIDC_RP_CLIENT_ID,
            algorithm=self.OIDC_RP_SIGN_ALGO,
            leeway=settings.CITIZEN_OIDC_LEEWAY_SECONDS,
        )
        header = token_header(token, expected=expected)
        key: Any = self.OIDC_RP_CLIENT_SECRET
        if header["alg"] not in SYMMETRIC:
            key = broker_key(self._broker_keys(), header=header)
        if "nonce" not in kwargs:
            return verified_userinfo(token=token, key=key, expected=expected)
        return verified_claims(token=token, key=key, expected=expected, nonce=kwargs["nonce"])

    def _broker_keys(self) -> Any:
        answer = requests.get(
            self.OIDC_OP_JWKS_ENDPOINT,
            verify=self.get_settings("OIDC_VERIFY_SSL", True),
            timeout=self.get_settings("OIDC_TIMEOUT", 10),
        )
        answer.raise_for_status()
        return answer.json()

    def get_userinfo(self, access_token: str, id_token: str, payload: dict[str, Any]) -> Any:
        """Swedish e-ID brokers put the person in the id token; the userinfo endpoint is
        asked only when one is configured, must be about the same subject, and only adds
        claims the id token lacks."""
        if not self.OIDC_OP_USER_ENDPOINT:
            return payload
        userinfo = super().get_userinfo(access_token, id_token, payload)
        if not isinstance(userinfo, dict) or userinfo.get("sub") != payload.get("sub"):
            raise SuspiciousOperation("The userinfo answer is about someone else.")
        return {**userinfo, **payload}  # the signed id token's claims win

    def verify_claims(self, claims: dict[str, Any]) -> bool:
        try:
            identity_key(self._claim(claims))
        except NotAnIdentityNumber:
            return False
        return True

    def describe_user_by_claims(self, claims: dict[str, Any]) -> str:
        return "the verified person"  # logged by the library: never the number

    def filter_users_by_claims(self, claims: dict[str, Any]) -> Any:
        key = identity_key(self._claim(claims))
        ids = CitizenIdentity.objects.filter(identity_key=key).values("user_id")
        return get_user_model().objects.filter(pk__in=ids)

    def _person(self, claims: dict[str, Any]) -> VerifiedPerson:
        return VerifiedPerson(
            identity_number=self._claim(claims),
            given_name=str(claims.get("given_name") or ""),
            family_name=str(claims.get("family_name") or ""),
            method="oidc",
        )

    def create_user(self, claims: dict[str, Any]) -> Any:
        return citizen_for(self._person(claims))

    def update_user(self, user: Any, claims: dict[str, Any]) -> Any:
        return citizen_for(self._person(claims))
