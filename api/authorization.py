"""The authorization endpoint, for citizens: a token that acts for a citizen (My page,
filing in their name) is issued only to someone who signed in as a citizen.

Staff signed in to the admin share the session cookie with /oauth/; without this check a
handler opening a citizen app would get a citizen-scoped token for their staff account,
and file applications under an identity no e-ID ever vouched for. Such a session is signed
out and sent to the citizen sign-in, as a person at a shared computer would want. The
other way round, a citizen is never issued a staff scope.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponseBase
from django.shortcuts import render
from oauth2_provider.views import AuthorizationView

from api.scopes import CASES_READ, SUBMISSIONS_WRITE
from identity.models import CitizenIdentity

CITIZEN_SCOPES = frozenset({CASES_READ, SUBMISSIONS_WRITE})


def _asked(request: HttpRequest) -> set[str]:
    asked = request.POST.get("scope") if request.method == "POST" else request.GET.get("scope")
    return set((asked or "").split())


class CitizenAuthorizationView(AuthorizationView):
    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        user = request.user
        if user.is_authenticated:
            asked = _asked(request)
            citizen = CitizenIdentity.objects.filter(user_id=user.pk).exists()
            if CITIZEN_SCOPES & asked and not citizen:
                logout(request)
                return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
            if citizen and asked - CITIZEN_SCOPES - {"openid"}:
                # Staff scopes (cases:manage, contactcenter, content:preview…) are never a
                # citizen's, whatever app asks for them.
                return render(request, "identity/staff_only.html", status=403)
        response: HttpResponseBase = super().dispatch(request, *args, **kwargs)
        return response
