"""Routes of the benchmark settings: the city's, plus stock Wagtail API v2 and the ceiling."""

from django.http import HttpRequest, HttpResponse
from django.urls import path
from rest_framework.permissions import AllowAny
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from config.urls import handler500
from config.urls import urlpatterns as city_urlpatterns

CEILING_BODY = b'{"status":"ok","items":[]}'


def ceiling(request: HttpRequest) -> HttpResponse:
    """The least a Django view can do: fixed JSON, no database, no serializer."""
    return HttpResponse(CEILING_BODY, content_type="application/json")


class StockPagesAPIViewSet(PagesAPIViewSet):
    # Wagtail's documented setup runs under DRF's default permission (allow any); the
    # city's default denies every view that declares no scopes.
    permission_classes = [AllowAny]


stock_api = WagtailAPIRouter("wagtailapi")
stock_api.register_endpoint("pages", StockPagesAPIViewSet)

__all__ = ["handler500", "urlpatterns"]

urlpatterns = [
    path("bench/ceiling/", ceiling, name="bench-ceiling"),
    # Ahead of the city's /api/ catch-all.
    path("api/v2/", stock_api.urls),
    *city_urlpatterns,
]
