"""E-service forms as JSON Schema and UI schema, for every frontend to render."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api.base import PAGINATION_PARAMETERS, APIBaseView
from api.v1.content import LANGUAGE_CODES, OrganisationRefSerializer
from eservices import selectors
from eservices.models import FormVersion

LOCALE = OpenApiParameter("locale", str, enum=LANGUAGE_CODES, description="Defaults to sv.")


class FormSummarySerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    kind = serializers.ChoiceField(
        choices=["application", "notification", "fault_report", "feedback"]
    )
    locale = serializers.CharField()
    version = serializers.IntegerField(help_text="Submissions are checked against this version.")
    organisation = OrganisationRefSerializer()
    allow_anonymous = serializers.BooleanField(help_text="True: no sign-in needed to submit.")
    processing_days = serializers.IntegerField(allow_null=True)
    published_at = serializers.DateTimeField()


class FormDetailSerializer(FormSummarySerializer):
    introduction = serializers.CharField()
    json_schema = serializers.DictField(help_text="JSON Schema 2020-12 of the submitted data.")
    ui_schema = serializers.DictField(
        help_text="JSON Forms UI schema: steps as categories, controls, show rules."
    )


def _utc(value: Any) -> str:
    return value.isoformat().replace("+00:00", "Z")


def summary_data(version: FormVersion) -> dict[str, Any]:
    org = version.organisation
    return {
        "slug": version.form.slug,
        "title": version.title,
        "kind": version.kind,
        "locale": version.locale,
        "version": version.number,
        "organisation": {"id": org.pk, "slug": org.slug, "name": org.name, "kind": org.kind},
        "allow_anonymous": version.allow_anonymous,
        "processing_days": version.processing_days,
        "published_at": _utc(version.published_at),
    }


def _locale(request: Request) -> str:
    locale = request.query_params.get("locale", "sv")
    if locale not in LANGUAGE_CODES:
        raise ValidationError({"locale": [f"Must be one of: {', '.join(LANGUAGE_CODES)}."]})
    return locale


class FormListView(APIBaseView):
    public = True  # published forms are public: anyone may see what can be applied for
    query_parameters = frozenset({"locale"})

    @extend_schema(
        operation_id="forms_list",
        summary="Published e-service forms",
        description="Every form that can be submitted now, in one language, by title.",
        parameters=[LOCALE, *PAGINATION_PARAMETERS],
        responses={
            200: OpenApiResponse(FormSummarySerializer(many=True), description="A page of forms.")
        },
        tags=["e-services"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        window = self.paginate_queryset(selectors.current_versions(locale=_locale(request)))
        assert window is not None
        return self.get_paginated_response([summary_data(v) for v in window])


class FormDetailView(APIBaseView):
    public = True  # published forms are public
    pagination_class = None
    query_parameters = frozenset({"locale"})

    @extend_schema(
        operation_id="forms_retrieve",
        summary="One form, ready to render",
        description=(
            "The form's current version as JSON Schema 2020-12 (what the server accepts) and "
            "a JSON Forms UI schema (steps, order, widgets, when to show a field)."
        ),
        parameters=[LOCALE],
        responses={200: OpenApiResponse(FormDetailSerializer, description="The form.")},
        tags=["e-services"],
    )
    def get(self, request: Request, slug: str, *args: Any, **kwargs: Any) -> Response:
        version = selectors.current_version(slug=slug, locale=_locale(request))
        if version is None:
            raise NotFound("No published form has this address.")
        return Response(
            {
                **summary_data(version),
                "introduction": version.introduction,
                "json_schema": version.json_schema,
                "ui_schema": version.ui_schema,
            }
        )
