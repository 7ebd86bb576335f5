"""Content reads: pages, resolve by path, navigation, organisations and topics."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api.base import (
    PAGINATION_PARAMETERS,
    APIBaseView,
    VersionCountedPagination,
    int_parameter,
)
from cms import selectors
from cms.representation import organisation_detail_data
from search import queries

MAX_ID = 2**63 - 1
LANGUAGE_CODES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


# --- Output shapes (for the contract; views hand them plain data) ---------------------------


class OrganisationRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    name = serializers.CharField()
    kind = serializers.CharField()


class TopicRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    name = serializers.CharField()


class PageSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    type = serializers.ChoiceField(choices=list(selectors.PAGE_TYPES))
    title = serializers.CharField()
    summary = serializers.CharField()
    locale = serializers.CharField()
    path = serializers.CharField(
        allow_null=True, help_text="The frontend path, with the locale prefix."
    )
    organisation = OrganisationRefSerializer()
    topics = TopicRefSerializer(many=True)
    first_published_at = serializers.DateTimeField(allow_null=True)
    last_published_at = serializers.DateTimeField(allow_null=True)


class TranslationRefSerializer(serializers.Serializer):
    locale = serializers.CharField()
    path = serializers.CharField(allow_null=True)


class BreadcrumbSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    path = serializers.CharField(allow_null=True)


class SeoSerializer(serializers.Serializer):
    title = serializers.CharField()
    description = serializers.CharField()


class PageMetaSerializer(serializers.Serializer):
    type = serializers.CharField()
    locale = serializers.CharField()
    text_direction = serializers.ChoiceField(choices=["ltr", "rtl"])
    html_path = serializers.CharField(allow_null=True)
    first_published_at = serializers.DateTimeField(allow_null=True)
    last_published_at = serializers.DateTimeField(allow_null=True)


class PageDetailSerializer(PageSummarySerializer):
    fields = serializers.DictField(
        help_text="The page type's own fields; StreamFields as typed blocks, rich text as HTML."
    )
    breadcrumbs = BreadcrumbSerializer(many=True)
    translations = TranslationRefSerializer(many=True)
    seo = SeoSerializer()
    meta = PageMetaSerializer()


class ResolveSerializer(serializers.Serializer):
    status = serializers.IntegerField(help_text="200 for a page; 301/302 to redirect; 410 if gone.")
    redirect_to = serializers.CharField(allow_null=True)
    page = PageDetailSerializer(allow_null=True)


class NavigationNodeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    path = serializers.CharField()
    children = serializers.ListField(child=serializers.DictField())


class OrganisationSerializer(OrganisationRefSerializer):
    parent = serializers.IntegerField(allow_null=True)
    organisation_number = serializers.CharField()
    switchboard_phone = serializers.CharField()
    email = serializers.CharField()
    website = serializers.CharField()
    visiting_address = serializers.CharField()


class TopicSerializer(TopicRefSerializer):
    parent = serializers.IntegerField(allow_null=True)


# --- Data ----------------------------------------------------------------------------------


def _choice(request: Request, name: str, allowed: list[str]) -> str | None:
    value = request.query_params.get(name)
    if value is not None and value not in allowed:
        raise ValidationError({name: [f"Must be one of: {', '.join(allowed)}."]})
    return value


def _datetime(request: Request, name: str) -> Any:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    field = serializers.DateTimeField()
    try:
        return field.to_internal_value(raw)
    except ValidationError:
        raise ValidationError(
            {name: ["Use an RFC 3339 date-time, e.g. 2026-11-01T00:00:00Z."]}
        ) from None


# --- Views ---------------------------------------------------------------------------------

PAGE_FILTERS = [
    OpenApiParameter("locale", str, enum=LANGUAGE_CODES, description="Language code, e.g. sv."),
    OpenApiParameter("type", str, enum=list(selectors.PAGE_TYPES), description="Page type."),
    OpenApiParameter("organisation", str, description="Owning organisation's slug."),
    OpenApiParameter("topic", str, description="Topic slug."),
    OpenApiParameter(
        "child_of",
        {"type": "integer", "minimum": 1, "maximum": MAX_ID},
        description="Only children of this page id.",
    ),
    OpenApiParameter(
        "descendant_of",
        {"type": "integer", "minimum": 1, "maximum": MAX_ID},
        description="Only pages below this id.",
    ),
    OpenApiParameter("updated_since", OpenApiTypes.DATETIME, description="Published at or after."),
    OpenApiParameter(
        "ordering",
        str,
        enum=list(selectors.PAGE_ORDERINGS),
        description="Sort order (default path; with `search`, best match first).",
    ),
    OpenApiParameter(
        "search",
        {"type": "string", "minLength": 1, "maxLength": queries.MAX_QUERY_LENGTH},
        description="Only pages matching these words in `locale` (default sv), best first.",
    ),
]


class PageListView(APIBaseView):
    public = True  # published pages are public information
    query_parameters = frozenset(p.name for p in PAGE_FILTERS)
    pagination_class = VersionCountedPagination

    def _is_public_read(self, request: Request) -> bool:
        # A search follows the index, which the worker updates after the content version
        # changes: an ETag made from that version could outlive the results.
        return super()._is_public_read(request) and "search" not in request.query_params

    @extend_schema(
        operation_id="pages_list",
        summary="List published pages",
        description="Published, unrestricted pages with filters; `limit` + `offset` pagination.",
        parameters=PAGE_FILTERS + PAGINATION_PARAMETERS,
        responses={
            200: OpenApiResponse(
                PageSummarySerializer(many=True), description="A page of published pages."
            )
        },
        tags=["content"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        locale = _choice(request, "locale", LANGUAGE_CODES)
        ordering = _choice(request, "ordering", list(selectors.PAGE_ORDERINGS))
        ids = None
        text = request.query_params.get("search")
        if text is not None:
            text = text.strip()
            if not text or len(text) > queries.MAX_QUERY_LENGTH:
                raise ValidationError({"search": ["Give 1-200 characters to search for."]})
            ids = selectors.page_ids_matching(text, locale=locale or "sv")
        pages = selectors.page_list(
            locale=locale,
            page_type=_choice(request, "type", list(selectors.PAGE_TYPES)),
            organisation=request.query_params.get("organisation"),
            topic=request.query_params.get("topic"),
            child_of=int_parameter(request, "child_of", low=1, high=MAX_ID),
            descendant_of=int_parameter(request, "descendant_of", low=1, high=MAX_ID),
            updated_since=_datetime(request, "updated_since"),
            ids=ids,
            ordering=ordering or (None if ids is not None else "path"),
        )
        window = self.paginate_queryset(pages)
        assert window is not None
        return self.get_paginated_response(selectors.listing_data(window))


class PageDetailView(APIBaseView):
    public = True  # published pages are public information
    pagination_class = None

    @extend_schema(
        operation_id="pages_retrieve",
        summary="One published page",
        description="Everything a frontend needs to render the page, in one response.",
        responses={200: OpenApiResponse(PageDetailSerializer, description="The page.")},
        tags=["content"],
    )
    def get(self, request: Request, page_id: int, *args: Any, **kwargs: Any) -> Response:
        page = selectors.page_detail(page_id)
        if page is None:
            raise NotFound("No published page has this id.")
        return Response(selectors.page_data(page))


class PageResolveView(APIBaseView):
    public = True  # resolving a public address reveals only public pages and redirects
    pagination_class = None
    query_parameters = frozenset({"path", "url"})

    @extend_schema(
        operation_id="pages_resolve",
        summary="The page or redirect for a frontend path or an old address",
        description=(
            "Give `path` (/sv/…) or `url` (https://host/path). A page answers with status 200 "
            "and the page; an old address with 301/302 and `redirect_to`; a retired one with 410. "
            "An address on a former site's host (www. and a missing trailing slash ignored) is "
            "answered from that site's URL map: 301 to its new page or file, 410 when retired, "
            "or the section a host-wide rule names with the path's tail kept."
        ),
        parameters=[
            OpenApiParameter(
                "path",
                {"type": "string", "minLength": 1},
                description="Frontend path with locale prefix. Give this or `url`.",
            ),
            OpenApiParameter(
                "url",
                {"type": "string", "minLength": 1},
                description="A full address, e.g. of a former site. Give this or `path`.",
            ),
        ],
        responses={
            200: OpenApiResponse(
                ResolveSerializer, description="The page, or where the address now leads."
            )
        },
        tags=["content"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        path, url = request.query_params.get("path"), request.query_params.get("url")
        if bool(path) == bool(url):
            raise ValidationError({"path": ["Give either path or url."]})
        if path and not path.startswith("/"):
            raise ValidationError({"path": ["A path starts with /."]})
        try:
            resolution = selectors.resolve_path(path) if path else selectors.resolve_url(url or "")
        except ValueError:
            raise ValidationError({"url": ["Not a valid address."]}) from None
        if resolution.page is not None:
            page = selectors.page_data(resolution.page)
            return Response({"status": 200, "redirect_to": None, "page": page})
        if resolution.redirect_status is not None:
            body = {
                "status": resolution.redirect_status,
                "redirect_to": resolution.redirect_to,
                "page": None,
            }
            return Response(body)
        raise NotFound("Nothing is published at this address.")


class NavigationView(APIBaseView):
    public = True  # the menu of the public website
    pagination_class = None
    query_parameters = frozenset({"locale", "depth"})

    @extend_schema(
        operation_id="navigation",
        summary="The menu tree of a locale",
        description="Pages shown in menus below the home page of a locale, as a nested tree.",
        parameters=[
            OpenApiParameter("locale", str, enum=LANGUAGE_CODES, description="Defaults to sv."),
            OpenApiParameter(
                "depth",
                {"type": "integer", "minimum": 1, "maximum": 4},
                description="Levels below the home page, 1-4 (default 2).",
            ),
        ],
        responses={
            200: OpenApiResponse(NavigationNodeSerializer(many=True), description="The menu tree.")
        },
        tags=["content"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        locale = _choice(request, "locale", LANGUAGE_CODES) or "sv"
        depth = int_parameter(request, "depth", low=1, high=4) or 2
        return Response(selectors.navigation(locale=locale, depth=depth))


class OrganisationListView(APIBaseView):
    public = True  # the city's organisations are public information

    @extend_schema(
        operation_id="organisations_list",
        summary="Administrations, city companies and district committees",
        description="The organisations that own pages, forms and cases, by name.",
        parameters=PAGINATION_PARAMETERS,
        responses={
            200: OpenApiResponse(
                OrganisationSerializer(many=True), description="A page of organisations."
            )
        },
        tags=["content"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        window = self.paginate_queryset(selectors.organisation_list())
        assert window is not None
        return self.get_paginated_response([organisation_detail_data(o) for o in window])


class OrganisationDetailView(APIBaseView):
    public = True  # the city's organisations are public information
    pagination_class = None

    @extend_schema(
        operation_id="organisations_retrieve",
        summary="One organisation",
        description="An organisation with its switchboard, e-mail, website and address.",
        responses={200: OpenApiResponse(OrganisationSerializer, description="The organisation.")},
        tags=["content"],
    )
    def get(self, request: Request, organisation_id: int, *args: Any, **kwargs: Any) -> Response:
        organisation = selectors.organisation_list().filter(pk=organisation_id).first()
        if organisation is None:
            raise NotFound("No organisation has this id.")
        return Response(organisation_detail_data(organisation))


class TopicListView(APIBaseView):
    public = True  # the topic taxonomy is public information

    @extend_schema(
        operation_id="topics_list",
        summary="The topic taxonomy",
        description="Topics pages are tagged with, by name; `parent` builds the hierarchy.",
        parameters=PAGINATION_PARAMETERS,
        responses={
            200: OpenApiResponse(TopicSerializer(many=True), description="A page of topics.")
        },
        tags=["content"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        window = self.paginate_queryset(selectors.topic_list())
        assert window is not None
        return self.get_paginated_response(
            [{"id": t.pk, "slug": t.slug, "name": t.name, "parent": t.parent_id} for t in window]
        )
