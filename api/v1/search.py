"""Search across pages, services, units, answers and the directory, and autocomplete."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from api.base import PAGINATION_PARAMETERS, APIBaseView, int_parameter
from api.geo import geo_parameters, geo_query
from api.v1.content import LANGUAGE_CODES
from search import queries
from search.documents import SearchDocument, registry
from search.engines.base import FACETS, RANK_CAP, GeoFilter, Hit

SLUG = re.compile(r"^[a-z0-9_-]{1,100}$")
SLUG_SCHEMA = {"type": "string", "pattern": SLUG.pattern}
DEFAULT_RADIUS = 5_000


# --- Output shapes ----------------------------------------------------------------------------


class LocationSerializer(serializers.Serializer):
    lat = serializers.FloatField()
    lon = serializers.FloatField()


class HighlightSerializer(serializers.Serializer):
    title = serializers.CharField(help_text="The title, HTML-escaped, matches in <mark>.")
    text = serializers.CharField(help_text="A snippet of the text around the first match.")


class SearchHitSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="Stable id of the document, e.g. page:43.")
    kind = serializers.CharField(help_text="service, unit, answer, page or directory.")
    title = serializers.CharField()
    summary = serializers.CharField()
    url = serializers.CharField(allow_null=True, help_text="Frontend path or address.")
    locale = serializers.CharField()
    organisation = serializers.CharField(allow_null=True, help_text="Owner's slug.")
    topics = serializers.ListField(child=serializers.CharField())
    type = serializers.CharField(help_text="Page type, unit type or directory entry type.")
    updated = serializers.DateTimeField(allow_null=True)
    location = LocationSerializer(allow_null=True)
    distance = serializers.FloatField(allow_null=True, help_text="Metres from `near`.")
    highlight = HighlightSerializer()


class SearchResultsSerializer(serializers.Serializer):
    count = serializers.IntegerField(
        help_text=(
            "Matches in all, counted as far as results are ranked and can be paged: "
            f"{RANK_CAP} on the database engine, 10 000 on Elasticsearch."
        )
    )
    next = serializers.CharField(allow_null=True)
    previous = serializers.CharField(allow_null=True)
    query = serializers.CharField(help_text="What was searched for.")
    did_you_mean = serializers.CharField(
        allow_null=True,
        help_text="If nothing matched as typed: the corrected query the results are for.",
    )
    promoted = SearchHitSerializer(many=True, help_text="Editors' picks for this query.")
    results = SearchHitSerializer(many=True)
    facets = serializers.DictField(
        child=serializers.DictField(child=serializers.IntegerField()),
        help_text="Counts per kind, organisation, topic and type among the best matches.",
    )


class SuggestionSerializer(serializers.Serializer):
    text = serializers.CharField()
    key = serializers.CharField()
    kind = serializers.CharField()
    url = serializers.CharField(allow_null=True)


class SuggestionsSerializer(serializers.Serializer):
    results = SuggestionSerializer(many=True)


# --- Input ------------------------------------------------------------------------------------


def query_text(request: Request, *, max_length: int) -> str:
    text = (request.query_params.get("q") or "").strip()
    if not text:
        raise ValidationError({"q": ["Enter what to search for."]})
    if len(text) > max_length:
        raise ValidationError({"q": [f"At most {max_length} characters."]})
    return text


def locale_parameter(request: Request) -> str:
    """The `locale` asked for (default sv), or a 400."""
    locale = request.query_params.get("locale", "sv")
    if locale not in LANGUAGE_CODES:
        raise ValidationError({"locale": [f"Must be one of: {', '.join(LANGUAGE_CODES)}."]})
    return locale


def _slug(request: Request, name: str) -> str | None:
    value = request.query_params.get(name)
    if value is not None and not SLUG.match(value):
        raise ValidationError({name: ["Use a slug: lower-case letters, digits and hyphens."]})
    return value


def _geo(request: Request) -> GeoFilter | None:
    near, radius, bbox = geo_query(request)
    if near is None and bbox is None:
        return None
    return GeoFilter(near=near, radius=float(radius or DEFAULT_RADIUS) if near else None, bbox=bbox)


def hit_data(document: SearchDocument, hit: Hit | None = None) -> dict[str, Any]:
    location = document.location
    highlights = hit.highlights if hit is not None else {}
    return {
        "key": document.key,
        "kind": document.kind,
        "title": document.title,
        "summary": document.summary,
        "url": document.url,
        "locale": document.locale,
        "organisation": document.organisation,
        "topics": list(document.topics),
        "type": document.type,
        "updated": _utc(document.updated),
        "location": {"lat": location[0], "lon": location[1]} if location else None,
        "distance": hit.distance if hit is not None else None,
        "highlight": {
            "title": highlights.get("title", ""),
            "text": highlights.get("text", ""),
        },
    }


def _utc(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


# --- Views ------------------------------------------------------------------------------------

QUERY_PARAMETER = OpenApiParameter(
    "q",
    {"type": "string", "minLength": 1, "maxLength": queries.MAX_QUERY_LENGTH},
    required=True,
    description="What to search for, as a person types it.",
)
LOCALE_PARAMETER = OpenApiParameter(
    "locale", str, enum=LANGUAGE_CODES, description="Defaults to sv."
)
SEARCH_PARAMETERS = [
    QUERY_PARAMETER,
    LOCALE_PARAMETER,
    OpenApiParameter("kind", str, enum=registry.kinds, description="Only this kind."),
    OpenApiParameter("organisation", SLUG_SCHEMA, description="Only this owner (slug)."),
    OpenApiParameter("topic", SLUG_SCHEMA, description="Only this topic (slug)."),
    OpenApiParameter("type", SLUG_SCHEMA, description="Only this page, unit or entry type."),
    *geo_parameters(
        near="lat,lon: only places within `radius` of it.",
        radius="Metres around `near` (default 5000).",
        bbox="min_lon,min_lat,max_lon,max_lat: only inside.",
    ),
]


# Ranking looks at the best matches only, so results go no deeper than this.
MAX_SEARCH_OFFSET = 10_000
SEARCH_OFFSET = OpenApiParameter(
    "offset",
    {"type": "integer", "minimum": 0, "maximum": MAX_SEARCH_OFFSET},
    description=f"How many results to skip, 0-{MAX_SEARCH_OFFSET} (default 0).",
)


class SearchView(APIBaseView):
    public = True  # searches public content only
    # The index follows publishing through the worker, not the content version, so an
    # ETag made from that version could outlive the results it was given for.
    cacheable = False
    pagination_class = None
    query_parameters = frozenset({p.name for p in SEARCH_PARAMETERS} | {"limit", "offset"})

    @extend_schema(
        operation_id="search",
        summary="Search everything",
        description=(
            "Pages, services, units, answers and the directory in one index, best first, "
            "with highlights, facet counts, editors' promoted results and a corrected query "
            "when nothing matched what was typed."
        ),
        parameters=[*SEARCH_PARAMETERS, PAGINATION_PARAMETERS[0], SEARCH_OFFSET],
        responses={200: OpenApiResponse(SearchResultsSerializer, description="The results.")},
        tags=["search"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        text = query_text(request, max_length=queries.MAX_QUERY_LENGTH)
        locale = locale_parameter(request)
        kind = request.query_params.get("kind")
        if kind is not None and kind not in registry.kinds:
            raise ValidationError({"kind": [f"Must be one of: {', '.join(registry.kinds)}."]})
        limit = int_parameter(request, "limit", low=1, high=100) or 20
        offset = int_parameter(request, "offset", low=0, high=MAX_SEARCH_OFFSET) or 0
        answer = queries.search(
            text,
            locale=locale,
            kind=kind,
            organisation=_slug(request, "organisation"),
            topic=_slug(request, "topic"),
            type=_slug(request, "type"),
            geo=_geo(request),
            limit=limit,
            offset=offset,
        )
        result = answer.result
        return Response(
            {
                "count": result.total,
                "next": self._link(request, offset + limit, limit)
                if offset + limit < result.total
                else None,
                "previous": self._link(request, max(offset - limit, 0), limit) if offset else None,
                "query": text,
                "did_you_mean": answer.did_you_mean,
                "promoted": [hit_data(document) for document in answer.promoted],
                "results": [hit_data(hit.document, hit) for hit in result.hits],
                "facets": {name: result.facets.get(name, {}) for name in FACETS},
            }
        )

    @staticmethod
    def _link(request: Request, offset: int, limit: int) -> str:
        url = replace_query_param(request.build_absolute_uri(), "limit", limit)
        return (
            replace_query_param(url, "offset", offset)
            if offset
            else remove_query_param(url, "offset")
        )


class SuggestView(APIBaseView):
    public = True  # completes from public titles only
    cacheable = False
    pagination_class = None
    query_parameters = frozenset({"q", "locale", "limit"})

    @extend_schema(
        operation_id="search_suggest",
        summary="Autocomplete",
        description="Titles that complete what has been typed so far, for a search box.",
        parameters=[
            OpenApiParameter(
                "q",
                {"type": "string", "minLength": 1, "maxLength": 100},
                required=True,
                description="What has been typed so far, e.g. förs.",
            ),
            LOCALE_PARAMETER,
            OpenApiParameter(
                "limit",
                {"type": "integer", "minimum": 1, "maximum": 20},
                description="How many suggestions, 1-20 (default 8).",
            ),
        ],
        responses={200: OpenApiResponse(SuggestionsSerializer, description="Suggestions.")},
        tags=["search"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        text = query_text(request, max_length=100)
        locale = locale_parameter(request)
        limit = int_parameter(request, "limit", low=1, high=20) or 8
        suggestions = queries.suggest(text, locale=locale, limit=limit)
        return Response(
            {
                "results": [
                    {"text": s.text, "key": s.key, "kind": s.kind, "url": s.url}
                    for s in suggestions
                ]
            }
        )
