"""Routes under /open311/v2/: every resource as .json and .xml; anything else is a
GeoReport error list."""

from django.urls import re_path
from django.views.decorators.csrf import csrf_exempt

from open311 import views

FORMAT = r"\.(?P<format>[^/.]+)"

app_name = "open311"
urlpatterns = [
    re_path(rf"^v2/discovery{FORMAT}$", views.DiscoveryView.as_view(), name="discovery"),
    re_path(rf"^v2/services{FORMAT}$", views.ServiceListView.as_view(), name="services"),
    re_path(
        rf"^v2/services/(?P<service_code>[^/.]+){FORMAT}$",
        views.ServiceDefinitionView.as_view(),
        name="service",
    ),
    re_path(rf"^v2/requests{FORMAT}$", views.RequestListView.as_view(), name="requests"),
    re_path(
        rf"^v2/requests/(?P<service_request_id>[^/.]+){FORMAT}$",
        views.RequestDetailView.as_view(),
        name="request",
    ),
    re_path(r"^(?P<unmatched>(?s:.*))$", csrf_exempt(views.not_found)),
]
