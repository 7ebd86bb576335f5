"""OAuth2 clients: registering them, and which scopes a client may ask for.

django-oauth-toolkit's Application has no scope field, so the scopes a client was
registered for live in `api.models.ApiClientScopes`. `GrantTypeScopes` issues a client
only those, never a personal scope to a client-credentials client (no person stands
behind it) nor a machine scope (`open311:write`) to any other client, and nothing at all to
a client registered some other way.

Which tokens authorise a request is decided here too: only the opaque access tokens the
token endpoint issued (`OpaqueTokenValidator`, `BearerTokenAuthentication`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from oauth2_provider.bcp import bcp_compliant
from oauth2_provider.contrib.rest_framework import OAuth2Authentication
from oauth2_provider.generators import generate_client_secret
from oauth2_provider.models import AbstractApplication, get_application_model
from oauth2_provider.oauth2_backends import OAuthLibCore
from oauth2_provider.oauth2_validators import OAuth2Validator
from oauth2_provider.scopes import SettingsScopes, get_scopes_backend
from oauthlib.oauth2.rfc6749.errors import InvalidRequestError
from rest_framework import exceptions
from wagtail.models import Locale

from api.models import ApiClientScopes
from api.scopes import CASES_MANAGE, CASES_READ, INTROSPECTION, OPEN311_WRITE, SUBMISSIONS_WRITE
from api.throttles import refused_token_counted

CLIENT_CREDENTIALS = AbstractApplication.GRANT_CLIENT_CREDENTIALS
AUTHORIZATION_CODE = AbstractApplication.GRANT_AUTHORIZATION_CODE
GRANTS = (CLIENT_CREDENTIALS, AUTHORIZATION_CODE)

# Scopes that only mean something with a signed-in person behind the token.
PERSONAL_SCOPES = frozenset({"openid", SUBMISSIONS_WRITE, CASES_READ})
# Scopes for systems that act for nobody in particular: an Open311 client files reports as
# itself, a resource server introspects tokens, so a token acting for a person carries neither.
MACHINE_SCOPES = frozenset({OPEN311_WRITE, INTROSPECTION})


class GrantTypeScopes(SettingsScopes):
    """The configured scopes the client was registered for; never personal ones for a
    client-credentials client."""

    def get_available_scopes(
        self, application: Any = None, request: Any = None, *args: Any, **kwargs: Any
    ) -> list[str]:
        scopes: list[str] = super().get_available_scopes(application, request, *args, **kwargs)
        if application is None:
            return scopes
        if application.pk is None:
            allowed = set(scopes)  # being registered: any configured scope may be chosen
        else:
            registered = ApiClientScopes.objects.filter(application=application).first()
            allowed = set(registered.scopes) if registered else set()
        if application.authorization_grant_type == CLIENT_CREDENTIALS:
            allowed -= PERSONAL_SCOPES
        else:
            allowed -= MACHINE_SCOPES
        return [scope for scope in scopes if scope in allowed]


class OpaqueTokenValidator(OAuth2Validator):
    """Only the opaque access tokens our token endpoint issued authorise a request.

    oauthlib's OpenID Connect server also takes any JWT bearer for an id token and lets
    it through `validate_jwt_bearer_token`; an id token says who signed in, to the client,
    and outlives the revocation of the access token it came with."""

    def validate_jwt_bearer_token(self, token: Any, scopes: Any, request: Any) -> bool:
        request.oauth2_error = OrderedDict(
            [
                ("error", "invalid_token"),
                ("error_description", "Only access tokens authorise requests."),
            ]
        )
        return False


class BearerTokenAuthentication(OAuth2Authentication):
    """DOT's authentication for the API, stricter: a bearer token that is not a valid
    access token is a 401 on every operation, public ones too; and an address whose
    bearer tokens keep failing is answered 429 instead. A valid token always passes: many
    callers share an address (a server-side site, a carrier's NAT), and one of them
    sending stale tokens must not lock the others out."""

    def authenticate(self, request: Any) -> tuple[Any, Any] | None:
        scheme = request.META.get("HTTP_AUTHORIZATION", "").partition(" ")[0]
        if scheme.lower() != "bearer":
            return super().authenticate(request)  # type: ignore[no-any-return]
        result = super().authenticate(request)
        if result is not None:
            return result  # type: ignore[no-any-return]
        refused_token_counted(request)
        raise exceptions.AuthenticationFailed("The access token is not valid.")


def _bearer_error(error: InvalidRequestError, status: int) -> tuple[Any, dict[str, str], str, int]:
    challenge = f'Bearer error="{error.error}", error_description="{error.description}"'
    headers = {"Content-Type": "application/json", "WWW-Authenticate": challenge}
    return None, headers, error.json, status


class HeaderTokenOAuthLibCore(OAuthLibCore):
    """Applies COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT (RFC 9700 §4.3.2) to the
    OpenID Connect userinfo endpoint too: DOT 3.4.1 checks it for API requests only, so
    userinfo would otherwise accept `?access_token=`. A token in the body is refused as
    well: userinfo takes it from the Authorization header only."""

    def create_userinfo_response(self, request: Any) -> tuple[Any, dict[str, str], str, int]:
        if "access_token" in request.GET and bcp_compliant(
            "COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT",
            "Presenting an access token in the URI query string to userinfo",
        ):
            error = InvalidRequestError(
                description="Send the access token in the Authorization header."
            )
            return _bearer_error(error, error.status_code)
        if request.method == "POST" and "access_token" in request.POST:
            error = InvalidRequestError(
                description="Send the access token in the Authorization header, not the body."
            )
            return _bearer_error(error, 401)
        result: tuple[Any, dict[str, str], str, int] = super().create_userinfo_response(request)
        return result


def client_is_resource_server(*, application: Any) -> bool:
    """Whether the client may introspect tokens: a client-credentials client registered
    with the `introspection` scope (`create_api_client --scopes introspection`)."""
    if application.authorization_grant_type != CLIENT_CREDENTIALS:
        return False
    registered = ApiClientScopes.objects.filter(application=application).first()
    return registered is not None and INTROSPECTION in registered.scopes


class ApiClientError(Exception):
    """A client registration that was refused; `code` is stable, the message says why."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class NewApiClient:
    """A registered client. `client_secret` is the only plaintext copy (stored hashed);
    it is None for public clients, which authenticate with PKCE alone."""

    application: Any
    client_secret: str | None


def _check_scopes(application: Any, scopes: Sequence[str]) -> None:
    wanted = list(dict.fromkeys(scopes))
    if not wanted:
        raise ApiClientError("no_scope", "Give at least one scope.")
    backend = get_scopes_backend()
    unknown = [scope for scope in wanted if scope not in backend.get_all_scopes()]
    if unknown:
        raise ApiClientError("unknown_scope", f"Unknown scope: {', '.join(unknown)}.")
    available = backend.get_available_scopes(application=application)
    refused = [scope for scope in wanted if scope not in available]
    if refused and application.authorization_grant_type != CLIENT_CREDENTIALS:
        raise ApiClientError(
            "scope_needs_machine",
            f"Only for client-credentials clients, which act for no signed-in person: "
            f"{', '.join(refused)}.",
        )
    if refused:
        raise ApiClientError(
            "scope_needs_person",
            f"Not available to {application.authorization_grant_type} clients, which act "
            f"for no signed-in person: {', '.join(refused)}.",
        )


def _organisations(grant: str, scopes: Sequence[str], slugs: Sequence[str]) -> list[Any]:
    """The (source-locale) organisations named, for a back-office client's cases."""
    if not slugs:
        return []
    if grant != CLIENT_CREDENTIALS or CASES_MANAGE not in scopes:
        raise ApiClientError(
            "organisation_not_allowed",
            "Organisations are for client-credentials clients with the cases:manage scope.",
        )
    from cms.models import Organisation

    found = list(Organisation.objects.filter(slug__in=slugs, locale=Locale.get_default()))
    unknown = sorted(set(slugs) - {org.slug for org in found})
    if unknown:
        raise ApiClientError("unknown_organisation", f"Unknown organisation: {', '.join(unknown)}.")
    return found


@transaction.atomic
def api_client_create(
    *,
    name: str,
    grant: str,
    scopes: Sequence[str],
    redirect_uris: Sequence[str] = (),
    public: bool = False,
    organisations: Sequence[str] = (),
) -> NewApiClient:
    """Register an OAuth2 client for `grant` and return its one-time secret.

    Client-credentials clients are confidential and have no redirect URIs;
    authorization-code clients need exact redirect URIs and sign id tokens with RS256.
    The scopes are checked and stored: the client is issued no others. `organisations`
    (slugs) are whose cases a client-credentials client with cases:manage handles.
    """
    if grant not in GRANTS:
        raise ApiClientError("unsupported_grant", f"Grant must be one of: {', '.join(GRANTS)}.")
    if grant == CLIENT_CREDENTIALS and redirect_uris:
        raise ApiClientError(
            "redirect_uri_not_allowed", "A client-credentials client takes no redirect URI."
        )
    if grant == CLIENT_CREDENTIALS and public:
        raise ApiClientError(
            "public_not_allowed", "A client-credentials client must be confidential."
        )
    if grant == AUTHORIZATION_CODE and not redirect_uris:
        raise ApiClientError(
            "redirect_uri_required", "An authorization-code client needs a redirect URI."
        )

    Application = get_application_model()
    # Public clients still get a random (hashed, never shown) secret, so none is ever empty.
    secret = generate_client_secret()
    application = Application(
        name=name,
        authorization_grant_type=grant,
        client_type=Application.CLIENT_PUBLIC if public else Application.CLIENT_CONFIDENTIAL,
        redirect_uris=" ".join(redirect_uris),
        algorithm=Application.RS256_ALGORITHM if grant == AUTHORIZATION_CODE else "",
        client_secret=secret,
        hash_client_secret=True,
    )
    _check_scopes(application, scopes)
    try:
        application.full_clean()
    except ValidationError as exc:
        raise ApiClientError("invalid_client", "; ".join(exc.messages)) from None
    handled = _organisations(grant, scopes, organisations)
    application.save()
    registered = ApiClientScopes.objects.create(
        application=application, scopes=list(dict.fromkeys(scopes))
    )
    registered.organisations.set(handled)
    return NewApiClient(application=application, client_secret=None if public else secret)
