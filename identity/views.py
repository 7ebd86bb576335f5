"""The sign-in pages the authorization server sends a citizen to (settings.LOGIN_URL).

The personal identity number travels only in a POST body (development) or in the
broker's signed id token (OpenID Connect): never in a URL, so never in an access log.
"""

from __future__ import annotations

from urllib.parse import urlencode

import structlog
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME, login, logout
from django.core.exceptions import SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from mozilla_django_oidc.views import (
    OIDCAuthenticationCallbackView,
    OIDCAuthenticationRequestView,
)
from requests import HTTPError, RequestException

from identity.broker_tokens import TokenRefused
from identity.forms import DevelopmentSignInForm
from identity.services import VerifiedPerson, citizen_for

log = structlog.get_logger(__name__)


def _next(request: HttpRequest) -> str:
    """Where to go after signing in: a path on this server (the authorization request
    that sent the citizen here), never another site."""
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("identity:signed-in")


@never_cache
def sign_in(request: HttpRequest) -> HttpResponse:
    """Hands the citizen to the configured identity backend."""
    query = urlencode({REDIRECT_FIELD_NAME: _next(request)})
    if settings.CITIZEN_SIGN_IN == "oidc":
        return HttpResponseRedirect(f"{reverse('oidc_authentication_init')}?{query}")
    return HttpResponseRedirect(f"{reverse('identity:development')}?{query}")


def _citizen_session(request: HttpRequest) -> None:
    """A citizen's sign-in lasts CITIZEN_SESSION_SECONDS from the last request that
    changed the session, not Django's two weeks: a shared computer forgets them."""
    request.session.set_expiry(settings.CITIZEN_SESSION_SECONDS)


@never_cache
@sensitive_post_parameters("identity_number")
@csrf_protect
@require_http_methods(["GET", "POST"])
def development_sign_in(request: HttpRequest) -> HttpResponse:
    if settings.CITIZEN_SIGN_IN != "development":
        raise Http404
    form = DevelopmentSignInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = citizen_for(
            VerifiedPerson(
                identity_number=form.cleaned_data["identity_number"],
                given_name=form.cleaned_data["given_name"],
                family_name=form.cleaned_data["family_name"],
                method="development",
            )
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        _citizen_session(request)
        return HttpResponseRedirect(_next(request))
    return render(
        request,
        "identity/development_sign_in.html",
        {"form": form, "next": _next(request)},
        status=400 if form.errors else 200,
    )


@never_cache
def signed_in(request: HttpRequest) -> HttpResponse:
    """Where a sign-in without an app waiting for it ends."""
    return render(request, "identity/signed_in.html")


@never_cache
def sign_in_failed(request: HttpRequest) -> HttpResponse:
    """The broker could not vouch for the person, or the answer did not check out."""
    return render(request, "identity/sign_in_failed.html", status=403)


@never_cache
@csrf_protect
@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    logout(request)
    return render(request, "identity/signed_out.html")


class BrokerRequestView(OIDCAuthenticationRequestView):
    """Sends the citizen to the e-ID broker; there is none to send them to otherwise."""

    def get(self, request: HttpRequest) -> HttpResponse:
        if settings.CITIZEN_SIGN_IN != "oidc":
            raise Http404
        response: HttpResponse = super().get(request)
        return response


def _refusal(refused: Exception) -> str:
    """A stable code for the log: never the token, the code or anything about the person."""
    if isinstance(refused, TokenRefused):
        return refused.reason
    if isinstance(refused, HTTPError):
        return "broker_refused"
    if isinstance(refused, RequestException):
        return "broker_unreachable"
    return "unknown_state"  # the library's one other refusal: a state not in the session


class BrokerCallbackView(OIDCAuthenticationCallbackView):
    """The broker's answer. One that does not check out (an id token failing any check in
    identity.broker_tokens, an unknown state, a code the broker refuses) ends on the failure
    page like a refused sign-in, not as a bare 400 or 500, and is logged by reason code."""

    def get(self, request: HttpRequest) -> HttpResponse:
        if settings.CITIZEN_SIGN_IN != "oidc":
            raise Http404
        try:
            response: HttpResponse = super().get(request)
        except (SuspiciousOperation, RequestException) as refused:
            log.warning("citizen_sign_in_refused", reason=_refusal(refused))
            return HttpResponseRedirect(self.failure_url)
        if request.user.is_authenticated:
            _citizen_session(request)
        return response
