"""Agent search: answers, services, units, organisations and the directory in one call."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from api.base import int_parameter
from api.v1.contactcenter.common import ContactCenterView
from api.v1.contactcenter.directory import DirectoryEntrySerializer
from api.v1.contactcenter.routing import RouteSerializer
from api.v1.content import OrganisationRefSerializer
from api.v1.search import (
    LOCALE_PARAMETER,
    QUERY_PARAMETER,
    HighlightSerializer,
    LocationSerializer,
    locale_parameter,
    query_text,
)
from contactcenter.agent_search import GROUPS, AgentHit, AgentResult, agent_search
from search import queries

# --- Shapes -----------------------------------------------------------------------------------


class DirectoryFunctionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    phone = serializers.CharField()
    email = serializers.CharField()
    visiting_address = serializers.CharField()
    opening_hours = serializers.CharField()


class AgentHitSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="Stable id of the document, e.g. page:43.")
    title = serializers.CharField()
    summary = serializers.CharField()
    url = serializers.CharField(allow_null=True, help_text="Frontend path or address.")
    organisation = serializers.CharField(allow_null=True, help_text="Owner's slug.")
    topics = serializers.ListField(child=serializers.CharField(), help_text="Topic slugs.")
    promoted = serializers.BooleanField(help_text="An editors' pick for this query.")
    highlight = HighlightSerializer()


class AgentRoutedSerializer(AgentHitSerializer):
    routing = RouteSerializer(
        many=True, help_text="Who handles it and how, as editors keep it; preferred first."
    )


class AgentAnswerSerializer(AgentRoutedSerializer):
    id = serializers.IntegerField(help_text="The answer page.")
    question = serializers.CharField()
    short_answer = serializers.CharField(help_text="What the agent says first.")
    forward_when = serializers.CharField(help_text="When to forward; empty: never.")
    forward_to = OrganisationRefSerializer(allow_null=True, help_text="Whom to forward to.")
    forward_contact = DirectoryFunctionSerializer(
        allow_null=True, help_text="The function to forward to."
    )


class AgentServiceSerializer(AgentRoutedSerializer):
    id = serializers.IntegerField(help_text="The service page.")
    eservice_form = serializers.CharField(allow_null=True, help_text="The city's form (slug).")
    eservice_url = serializers.CharField(allow_null=True, help_text="Another e-service.")
    processing_time = serializers.CharField()
    contact = DirectoryFunctionSerializer(allow_null=True)


class AgentUnitSerializer(AgentHitSerializer):
    type = serializers.CharField(help_text="The unit type's slug.")
    location = LocationSerializer(allow_null=True)


class AgentOrganisationSerializer(AgentHitSerializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    kind = serializers.CharField()
    switchboard_phone = serializers.CharField()
    email = serializers.CharField()
    website = serializers.CharField()
    visiting_address = serializers.CharField()


class AgentDirectorySerializer(AgentHitSerializer, DirectoryEntrySerializer):
    """A function found by the index, or a named role (key role:<id>) that matched."""

    organisation = OrganisationRefSerializer()  # type: ignore[assignment]


class AgentCountsSerializer(serializers.Serializer):
    answers = serializers.IntegerField()
    services = serializers.IntegerField()
    units = serializers.IntegerField()
    organisations = serializers.IntegerField()
    directory = serializers.IntegerField()


class AgentSearchSerializer(serializers.Serializer):
    query = serializers.CharField(help_text="What was searched for.")
    locale = serializers.CharField()
    did_you_mean = serializers.CharField(
        allow_null=True,
        help_text="If nothing matched as typed: the corrected query the results are for.",
    )
    counts = AgentCountsSerializer(help_text="Matches per group in all.")
    answers = AgentAnswerSerializer(many=True, help_text="Knowledge-base answers, best first.")
    services = AgentServiceSerializer(many=True)
    units = AgentUnitSerializer(many=True)
    organisations = AgentOrganisationSerializer(many=True)
    directory = AgentDirectorySerializer(
        many=True, help_text="Contact functions, then named roles (each up to `limit`)."
    )


def hit_data(hit: AgentHit) -> dict[str, Any]:
    document = hit.document
    data: dict[str, Any] = {
        "key": document.key,
        "title": document.title,
        "summary": document.summary,
        "url": document.url,
        "organisation": document.organisation,
        "topics": list(document.topics),
        "promoted": hit.promoted,
        "highlight": {
            "title": hit.highlights.get("title", ""),
            "text": hit.highlights.get("text", ""),
        },
    }
    if document.kind == "answer" or document.kind == "service":
        data["id"] = int(document.key.partition(":")[2])
    if document.kind == "unit":
        location = document.location
        data["type"] = document.type
        data["location"] = {"lat": location[0], "lon": location[1]} if location else None
    return {**data, **hit.extra}


def result_data(result: AgentResult) -> dict[str, Any]:
    return {
        "query": result.query,
        "locale": result.locale,
        "did_you_mean": result.did_you_mean,
        "counts": result.counts,
        **{name: [hit_data(hit) for hit in result.groups[name]] for name in GROUPS},
    }


# --- View -------------------------------------------------------------------------------------


class AgentSearchView(ContactCenterView):
    pagination_class = None
    query_parameters = frozenset({"q", "locale", "limit"})

    @extend_schema(
        operation_id="contactcenter_search",
        summary="Agent search",
        description=(
            "One question over the shared index, grouped for an agent: knowledge-base "
            "answers first (each with its short answer for agents and when and whom to "
            "forward to), then services, units, organisations and the directory "
            "(functions, then named roles). Services and answers carry the editors' "
            "routing. `limit` is per group; `counts` says how many matched in all."
        ),
        parameters=[
            QUERY_PARAMETER,
            LOCALE_PARAMETER,
            OpenApiParameter(
                "limit",
                {"type": "integer", "minimum": 1, "maximum": 20},
                description="Hits per group, 1-20 (default 5).",
            ),
        ],
        responses={
            200: OpenApiResponse(AgentSearchSerializer, description="The grouped results."),
            400: OpenApiResponse(description="No question, too long, or an unknown parameter."),
        },
        tags=["contact center"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        text = query_text(request, max_length=queries.MAX_QUERY_LENGTH)
        locale = locale_parameter(request)
        per_group = int_parameter(request, "limit", low=1, high=20) or 5
        return Response(result_data(agent_search(text, locale=locale, per_group=per_group)))
