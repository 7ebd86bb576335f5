"""What every open-data answer shares: who may read it, how fast, its licence and source."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.request import Request

from api.base import APIBaseView
from api.throttles import OpenDataRateThrottle

LICENSE_NAME = "CC0 1.0"
LICENSE_URL = "https://creativecommons.org/publicdomain/zero/1.0/"


def absolute(path: str) -> str:
    """An absolute IRI on the API's public address (never the request's Host header)."""
    return settings.API_BASE_URL.rstrip("/") + path


def catalog_iri() -> str:
    return absolute(reverse("api-v1:opendata-catalog"))


def publisher_iri() -> str:
    return settings.OPENDATA_PUBLISHER_IRI or catalog_iri() + "#publisher"


def dataset_iri(slug: str) -> str:
    return f"{catalog_iri()}#dataset-{slug}"


def license_data() -> dict[str, str]:
    return {"name": LICENSE_NAME, "url": LICENSE_URL}


def source_data(dataset: str | None) -> dict[str, Any]:
    """Who publishes the data and where it is described (the catalogue, the dataset)."""
    return {
        "publisher": settings.OPENDATA_PUBLISHER_NAME,
        "publisher_url": settings.OPENDATA_PUBLISHER_URL,
        "catalog": catalog_iri(),
        "dataset": dataset_iri(dataset) if dataset else None,
    }


def link_header() -> str:
    """RFC 8288 links: the licence, the publisher and the catalogue describing the data."""
    return ", ".join(
        [
            f'<{LICENSE_URL}>; rel="license"',
            f'<{settings.OPENDATA_PUBLISHER_URL}>; rel="author"',
            f'<{catalog_iri()}>; rel="describedby"; type="text/turtle"',
        ]
    )


LINK_HEADER = OpenApiParameter(
    "Link",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    response=True,
    description=(
        "The data's licence (rel=license, CC0 1.0), its publisher (rel=author) and the "
        "DCAT-AP-SE catalogue that describes it (rel=describedby). On every answer."
    ),
)


class OpenDataView(APIBaseView):
    """Base of the open-data views: public, on their own rate limits, and every answer
    (errors included) names the licence and the source in its Link header."""

    public = True  # open data: for anyone; a token with opendata:read gets a higher rate
    throttle_classes = [OpenDataRateThrottle]
    pagination_class = None

    def cache_variant(self) -> str:
        # One address, several formats: each has its own ETag.
        return str(getattr(self.request, "accepted_media_type", ""))

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Link"] = link_header()
        return response
