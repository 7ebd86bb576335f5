"""Units on the map: lists with filters, GeoJSON for map clients, and one unit."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from drf_orjson_renderer.renderers import ORJSONRenderer
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
)
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.request import Request
from rest_framework.response import Response

from api.base import PAGINATION_PARAMETERS, APIBaseView
from api.geo import geo_parameters, geo_query
from api.v1.content import LANGUAGE_CODES, MAX_ID, OrganisationRefSerializer, _choice
from api.v1.search import SLUG_SCHEMA, LocationSerializer, _slug
from cms import units
from cms.openinghours import CITY_TIMEZONE

GEOJSON_MEDIA_TYPE = "application/geo+json"

# --- Output shapes ------------------------------------------------------------------------


class UnitTypeSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


class AddressSerializer(serializers.Serializer):
    street_address = serializers.CharField()
    postal_code = serializers.CharField()
    post_town = serializers.CharField()


class UnitSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The unit's page id.")
    title = serializers.CharField()
    type = UnitTypeSerializer(allow_null=True)
    operator = serializers.ChoiceField(choices=["municipal", "independent"])
    organisation = OrganisationRefSerializer(allow_null=True)
    address = AddressSerializer()
    location = LocationSerializer()
    distance = serializers.FloatField(
        allow_null=True, help_text="Metres from `near` (great circle); null without `near`."
    )
    open_now = serializers.BooleanField(
        allow_null=True,
        help_text="Open at the time of the request (Europe/Stockholm); null: no hours given.",
    )
    locale = serializers.CharField()
    path = serializers.CharField(allow_null=True, help_text="The frontend path of its page.")


class RegularHoursSerializer(serializers.Serializer):
    weekdays = serializers.ListField(
        child=serializers.ChoiceField(choices=["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
    )
    opens = serializers.CharField(help_text="HH:MM, local time.")
    closes = serializers.CharField(help_text="HH:MM; earlier than `opens`: the next day.")


class ExceptionHoursSerializer(serializers.Serializer):
    date = serializers.DateField()
    opens = serializers.CharField(allow_null=True, help_text="Null: closed all day.")
    closes = serializers.CharField(allow_null=True)
    note = serializers.CharField()


class OpeningHoursSerializer(serializers.Serializer):
    timezone = serializers.CharField(help_text="The time zone the times are in.")
    regular = RegularHoursSerializer(many=True)
    exceptions = ExceptionHoursSerializer(many=True, help_text="From today on.")


class AccessibilityFactSerializer(serializers.Serializer):
    fact = serializers.CharField()
    note = serializers.CharField()


class UnitContactSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    phone = serializers.CharField()
    email = serializers.CharField()
    visiting_address = serializers.CharField()
    opening_hours = serializers.CharField()


class UnitDetailSerializer(UnitSummarySerializer):
    summary = serializers.CharField()
    opening_hours = OpeningHoursSerializer()
    accessibility = AccessibilityFactSerializer(many=True)
    phone = serializers.CharField()
    email = serializers.CharField()
    contact = UnitContactSerializer(allow_null=True)


def _constant(value: str) -> serializers.CharField:
    """A field that always holds `value` (GeoJSON's type names)."""

    @extend_schema_field({"type": "string", "const": value})
    class Constant(serializers.CharField):
        pass

    return Constant(help_text=f"Always {value}.")


class PointSerializer(serializers.Serializer):
    type = _constant("Point")
    coordinates = serializers.ListField(
        child=serializers.FloatField(), min_length=2, max_length=2, help_text="[lon, lat]"
    )


class UnitPropertiesSerializer(UnitSummarySerializer):
    location = None  # type: ignore[assignment]  # the geometry says where


class UnitFeatureSerializer(serializers.Serializer):
    type = _constant("Feature")
    id = serializers.IntegerField()
    geometry = PointSerializer()
    properties = UnitPropertiesSerializer()


class UnitFeatureCollectionSerializer(serializers.Serializer):
    type = _constant("FeatureCollection")
    features = UnitFeatureSerializer(many=True)


# --- Input --------------------------------------------------------------------------------

UNIT_FILTERS = [
    OpenApiParameter("locale", str, enum=LANGUAGE_CODES, description="Defaults to sv."),
    OpenApiParameter("type", SLUG_SCHEMA, description="Unit type's slug, e.g. forskola."),
    OpenApiParameter("organisation", SLUG_SCHEMA, description="Owning organisation's slug."),
    OpenApiParameter(
        "open_now",
        {"type": "string", "enum": ["true", "false"]},
        description="Only units open (true) or closed (false) now, in Europe/Stockholm.",
    ),
    *geo_parameters(
        near="lat,lon: nearest first, each with `distance` in metres.",
        radius="Only units within this many metres of `near` (default: no limit).",
        bbox="min_lon,min_lat,max_lon,max_lat: only units inside.",
    ),
]


def unit_filter(request: Request) -> units.UnitFilter:
    """The filters of a units request; a malformed or impossible one is a 400."""
    near, radius, bbox = geo_query(request)
    open_now = _choice(request, "open_now", ["true", "false"])
    return units.UnitFilter(
        locale=_choice(request, "locale", LANGUAGE_CODES) or "sv",
        unit_type=_slug(request, "type"),
        organisation=_slug(request, "organisation"),
        open_now=None if open_now is None else open_now == "true",
        near=near,
        radius=float(radius) if radius is not None else None,
        bbox=bbox,
    )


# --- Views --------------------------------------------------------------------------------


class _UnitView(APIBaseView):
    public = True  # units are public places with public opening hours

    def cache_variant(self) -> str:
        # `open_now` follows the clock: an answer is current for the minute it was made in.
        return timezone.now().astimezone(CITY_TIMEZONE).strftime("%Y-%m-%dT%H:%M")


class UnitListView(_UnitView):
    query_parameters = frozenset(p.name for p in UNIT_FILTERS)

    @extend_schema(
        operation_id="units_list",
        summary="Units: schools, preschools, libraries… with filters",
        description=(
            "Published units of one locale, by title or, with `near`, nearest first. "
            "Filters combine; `limit` + `offset` pagination."
        ),
        parameters=UNIT_FILTERS + PAGINATION_PARAMETERS,
        responses={
            200: OpenApiResponse(UnitSummarySerializer(many=True), description="A page of units.")
        },
        tags=["units"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        found = units.unit_list(unit_filter(request))
        window = self.paginate_queryset(found)  # type: ignore[arg-type]
        assert window is not None
        return self.get_paginated_response(window)


class GeoJSONRenderer(ORJSONRenderer):
    media_type = GEOJSON_MEDIA_TYPE
    format = "geojson"


class AlwaysFirstRenderer(BaseContentNegotiation):
    """The address names the format: answer in it whatever Accept says."""

    def select_parser(self, request: Any, parsers: Any) -> Any:
        return parsers[0] if parsers else None

    def select_renderer(self, request: Any, renderers: Any, format_suffix: Any = None) -> Any:
        return renderers[0], renderers[0].media_type


class UnitGeoJSONView(_UnitView):
    pagination_class = None
    renderer_classes = [GeoJSONRenderer]
    content_negotiation_class = AlwaysFirstRenderer
    query_parameters = frozenset(p.name for p in UNIT_FILTERS)

    @extend_schema(
        operation_id="units_geojson",
        summary="Units as GeoJSON for maps",
        description=(
            "Every published unit matching the filters (the same as for the list) as a GeoJSON "
            "FeatureCollection (RFC 7946): points in WGS 84, [lon, lat], the list's fields as "
            "properties. Not paginated."
        ),
        parameters=UNIT_FILTERS,
        responses={
            (200, GEOJSON_MEDIA_TYPE): OpenApiResponse(
                UnitFeatureCollectionSerializer, description="The units as map features."
            )
        },
        tags=["units"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        found = units.unit_list(unit_filter(request))
        features = [
            {
                "type": "Feature",
                "id": unit["id"],
                "geometry": {
                    "type": "Point",
                    "coordinates": [unit["location"]["lon"], unit["location"]["lat"]],
                },
                "properties": {k: v for k, v in unit.items() if k != "location"},
            }
            for unit in found
        ]
        return Response({"type": "FeatureCollection", "features": features})


UNIT_ID_PARAMETER = OpenApiParameter(
    "unit_id",
    {"type": "integer", "minimum": 1, "maximum": MAX_ID},
    OpenApiParameter.PATH,
    description="The unit's id (its page id).",
)


def found_or_404(found: dict[str, Any] | None) -> Response:
    """The unit's answer, or a 404 when the id is no published unit."""
    if found is None:
        raise NotFound("No published unit has this id.")
    return Response(found)


class UnitDetailView(_UnitView):
    pagination_class = None

    @extend_schema(
        operation_id="units_retrieve",
        summary="One unit",
        description=(
            "A unit with its opening hours (regular and coming exceptions), whether it is open "
            "now, accessibility and contact details. Its page has the full description."
        ),
        parameters=[UNIT_ID_PARAMETER],
        responses={200: OpenApiResponse(UnitDetailSerializer, description="The unit.")},
        tags=["units"],
    )
    def get(self, request: Request, unit_id: int, *args: Any, **kwargs: Any) -> Response:
        return found_or_404(units.unit_detail(unit_id) if unit_id <= MAX_ID else None)
