"""The switchboard's directory: organisations, functions and named roles, for staff."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api.base import PAGINATION_PARAMETERS
from api.v1.contactcenter.common import ContactCenterView
from api.v1.contactcenter.contacts import SLUG, source_id_or_400
from api.v1.content import OrganisationRefSerializer
from api.v1.search import LOCALE_PARAMETER, locale_parameter
from cms.directory import directory
from cms.models import Organisation, Topic
from cms.switchboard import directory_entries, entry_data, load_entries

MAX_Q = 200


class DirectoryFunctionRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class PersonSerializer(serializers.Serializer):
    name = serializers.CharField()
    phone = serializers.CharField(help_text="Direct phone.")
    email = serializers.CharField()


class DirectoryEntrySerializer(serializers.Serializer):
    type = serializers.CharField(help_text="organisation, function or role.")
    id = serializers.IntegerField()
    name = serializers.CharField(help_text="The organisation's, function's or role's name.")
    organisation = OrganisationRefSerializer()
    function = DirectoryFunctionRefSerializer(allow_null=True, help_text="A role's function.")
    person = PersonSerializer(allow_null=True, help_text="A role's holder (staff only).")
    phone = serializers.CharField(help_text="The public number: function or switchboard.")
    email = serializers.CharField()
    visiting_address = serializers.CharField()
    opening_hours = serializers.CharField()
    handles = serializers.CharField(help_text="Which questions are put through here.")
    topics = serializers.ListField(child=serializers.CharField(), help_text="Topic slugs.")


class DirectoryView(ContactCenterView):
    query_parameters = frozenset({"q", "topic", "organisation", "locale"})

    @extend_schema(
        operation_id="contactcenter_directory",
        summary="The switchboard's directory",
        description=(
            "Organisations, their functions and named roles (with the person's name, "
            "direct phone and e-mail, for staff only), in that order and by name. `q` "
            "matches every word in names, what an entry handles, its topics and a role's "
            "person and function; `topic` keeps the functions and roles handling that "
            "topic or a narrower one; `organisation` keeps one organisation's."
        ),
        parameters=[
            OpenApiParameter(
                "q",
                {"type": "string", "minLength": 1, "maxLength": MAX_Q},
                description="Words of a name, function or question.",
            ),
            OpenApiParameter("topic", {"type": "string", "pattern": SLUG}, description="Slug."),
            OpenApiParameter(
                "organisation", {"type": "string", "pattern": SLUG}, description="Slug."
            ),
            LOCALE_PARAMETER,
            *PAGINATION_PARAMETERS,
        ],
        responses={
            200: OpenApiResponse(DirectoryEntrySerializer(many=True), description="A page."),
            400: OpenApiResponse(description="A bad or unknown parameter."),
        },
        tags=["contact center"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        params = request.query_params
        q = params.get("q")
        if q is not None and not (len(q.strip()) > 0 and len(q) <= MAX_Q):
            raise ValidationError({"q": [f"Give 1-{MAX_Q} characters."]})
        d = directory()
        locale = locale_parameter(request)
        org_id = source_id_or_400(Organisation, params.get("organisation"), "organisation")
        entries = directory_entries(
            load_entries(d, d.locale_ids.get(locale, 0)),
            d=d,
            q=q or "",
            topic_id=source_id_or_400(Topic, params.get("topic"), "topic"),
            organisation_id=org_id,
        )
        window = self.paginate_queryset(entries)  # type: ignore[arg-type]
        assert window is not None
        return self.get_paginated_response([entry_data(e, d) for e in window])
