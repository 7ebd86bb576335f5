"""The authorization server's token, revocation and introspection endpoints, on
django-oauth-toolkit's views: failed client authentication is throttled per client id and
per address, a grant type we do not offer is refused, and only resource servers introspect.
"""

from __future__ import annotations

import base64
import binascii
import functools
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote_plus

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.urls import path
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from oauth2_provider import views
from oauth2_provider.settings import oauth2_settings
from oauthlib.common import Request as OAuthRequest

from api.oauth import client_is_resource_server
from api.throttles import auth_failure_count, auth_failure_wait, caller_address


def oauth_error(
    status: int, error: str, description: str, *, retry_after: int | None = None
) -> JsonResponse:
    """An OAuth 2.0 error answer (RFC 6749 §5.2), never stored by a cache."""
    response = JsonResponse({"error": error, "error_description": description}, status=status)
    response["Cache-Control"] = "no-store"
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return response


def _client_id(request: HttpRequest) -> str:
    """The client id the caller claims: from HTTP Basic (RFC 6749 §2.3.1), else the body."""
    scheme, _, value = request.META.get("HTTP_AUTHORIZATION", "").partition(" ")
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return ""
        return unquote_plus(decoded.partition(":")[0])
    return str(request.POST.get("client_id", "")) if request.method == "POST" else ""


def client_auth_throttled(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Count each failed client authentication (a 401) per address, and per client id from
    that address; past the rate (AUTH_FAILURE_RATES) answer 429 before the secret is checked.
    A client id is public: counted alone, anyone could lock a client out everywhere."""

    @functools.wraps(view)
    def throttled(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "OPTIONS":
            return view(request, *args, **kwargs)
        address = caller_address(request)
        callers = [("oauth_address", address)]
        if client_id := _client_id(request):
            callers.append(("oauth_client", f"{client_id} {address}"))
        waits = [auth_failure_wait(kind=kind, ident=ident) for kind, ident in callers]
        if any(waits):
            return oauth_error(
                429,
                "slow_down",
                "Too many failed client authentications; try again later.",
                retry_after=max(wait or 0 for wait in waits),
            )
        response = view(request, *args, **kwargs)
        if response.status_code == 401:
            for kind, ident in callers:
                auth_failure_count(kind=kind, ident=ident)
        return response

    return throttled


class TokenView(views.TokenView):
    """DOT's token endpoint, offering only the grant types we support: DOT would answer
    some others (the device grant without its parameters) with a server error."""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.POST.get("grant_type") not in oauth2_settings.OAUTH2_GRANT_TYPES_SUPPORTED:
            return oauth_error(400, "unsupported_grant_type", "This grant type is not offered.")
        return super().post(request, *args, **kwargs)  # type: ignore[no-any-return]


@method_decorator(csrf_exempt, name="dispatch")
class IntrospectView(views.IntrospectTokenView):
    """Token introspection (RFC 7662) for resource servers only: a client authenticated
    with its secret must be one (api.oauth.client_is_resource_server), a bearer token must
    carry the `introspection` scope, which only resource servers are issued."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.method == "OPTIONS":
            return super().dispatch(request, *args, **kwargs)  # type: ignore[no-any-return]
        if request.META.get("HTTP_AUTHORIZATION", "").lower().startswith("bearer "):
            valid, _oauth_request = self.verify_request(request)
            if not valid:
                return oauth_error(401, "invalid_token", "Not a token that may introspect.")
        else:
            client = self._authenticated_client(request)
            if client is None:
                response = oauth_error(401, "invalid_client", "Client authentication failed.")
                response["WWW-Authenticate"] = 'Basic realm="oauth"'
                return response
            if not client_is_resource_server(application=client):
                return oauth_error(
                    403, "unauthorized_client", "Only resource servers may introspect tokens."
                )
        # Skip DOT's own client check (any client at all): done above.
        return View.dispatch(self, request, *args, **kwargs)

    def _authenticated_client(self, request: HttpRequest) -> Any:
        core = self.get_oauthlib_core()
        uri, method, body, headers = core._extract_params(request)
        oauth_request = OAuthRequest(uri, method, body, headers)
        if core.server.request_validator.authenticate_client(oauth_request):
            return oauth_request.client
        return None


urlpatterns = [
    path("token/", client_auth_throttled(TokenView.as_view()), name="token"),
    path(
        "revoke_token/",
        client_auth_throttled(views.RevokeTokenView.as_view()),
        name="revoke-token",
    ),
    path("introspect/", client_auth_throttled(IntrospectView.as_view()), name="introspect"),
]
