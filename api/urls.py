"""Routes under /api/. Versions are packages (api/v1/…); anything unmatched is a JSON 404."""

from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt

from api.problems import api_not_found

urlpatterns = [
    path("v1/", include(("api.v1.urls", "api-v1"))),
    # (?s): an address with a newline in it is still an unknown API path, answered in JSON,
    # whatever the method (no session cookie is involved: a PUT is a 404, not a CSRF 403).
    re_path(r"^(?P<unmatched>(?s:.*))$", csrf_exempt(api_not_found)),
]
