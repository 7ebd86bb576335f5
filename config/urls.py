from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.db import transaction
from django.urls import include, path
from oauth2_provider import urls as oauth2_urls
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.documents import urls as wagtaildocs_urls

from api import health, oauth_endpoints
from api.authorization import CitizenAuthorizationView
from identity.urls import oidc_urlpatterns

# Authorization, tokens, revocation, introspection, server metadata and OpenID Connect.
# Not the client-management pages or dynamic client registration: clients are created
# by operators with `manage.py create_api_client`, never by whoever is signed in. Not the
# device grant's pages either (a grant we do not offer). Token, revocation and introspection
# are DOT's views with our checks (api/oauth_endpoints.py).
_OURS = {pattern.name for pattern in oauth_endpoints.urlpatterns}
OAUTH_PATTERNS = oauth_endpoints.urlpatterns + [
    pattern
    for pattern in (
        oauth2_urls.metadata_urlpatterns
        + oauth2_urls.base_urlpatterns
        + oauth2_urls.oidc_urlpatterns
    )
    if pattern.name not in _OURS and not (pattern.name or "").startswith("device")
]

handler500 = "api.problems.server_error"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # Before Wagtail's catch-all, so API paths never fall through to page serving.
    path("api/", include("api.urls")),
    path("open311/", include("open311.urls")),
    # Ahead of DOT's own: tokens acting for a citizen go only to signed-in citizens.
    path("oauth/authorize/", CitizenAuthorizationView.as_view(), name="citizen-authorize"),
    path("oauth/", include((OAUTH_PATTERNS, "oauth2_provider"))),
    # Citizens' sign-in for the authorization server (settings.LOGIN_URL).
    path("login/", include("identity.urls")),
    path("login/", include(oidc_urlpatterns)),
    # Wagtail's privacy form saves or deletes a view restriction outside a transaction; the
    # open-data tombstones and change marks written for it (cms.tombstones) must commit with
    # it or not at all, so the same view answers its address here, in one transaction.
    path(
        "admin/pages/<int:page_id>/privacy/",
        transaction.atomic(page_viewset_registry.as_view("set_privacy", page_id_kwarg="page_id")),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages are served under their locale prefix (/sv/…, /en/…), as frontends address them.
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=True)
