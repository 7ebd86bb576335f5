"""Routing: which organisation handles a service or topic, and how to reach it."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api.base import int_parameter
from api.v1.contactcenter.common import ContactCenterView
from api.v1.contactcenter.contacts import SLUG
from api.v1.content import MAX_ID, OrganisationRefSerializer, TopicRefSerializer
from cms.directory import directory
from cms.models import Routing, ServicePage, Topic
from cms.routing import route_data, routing_book

METHODS = list(Routing.Method.values)


class RouteSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    source = serializers.ChoiceField(
        choices=["service", "topic"], help_text="The service's own route, or its topic's."
    )
    topic = serializers.CharField(allow_null=True, help_text="The routed topic's slug.")
    organisation = OrganisationRefSerializer(help_text="Who handles the errand.")
    method = serializers.ChoiceField(choices=Routing.Method.choices, help_text="How.")
    phone = serializers.CharField()
    email = serializers.CharField()
    visiting_address = serializers.CharField()
    opening_hours = serializers.CharField()
    eservice_form = serializers.CharField(help_text="The city's form (slug), for eservice.")
    eservice_url = serializers.CharField(help_text="Another e-service's address.")
    function = serializers.CharField(allow_null=True, help_text="The function that takes it.")
    instructions = serializers.CharField(help_text="What to ask or say before forwarding.")


class RoutedServiceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()


class RoutingSerializer(serializers.Serializer):
    service = RoutedServiceSerializer(allow_null=True)
    topic = TopicRefSerializer(allow_null=True)
    results = RouteSerializer(many=True, help_text="The preferred way first; may be empty.")


class RoutingView(ContactCenterView):
    pagination_class = None
    query_parameters = frozenset({"service", "topic"})

    @extend_schema(
        operation_id="contactcenter_routing",
        summary="Routing of a service or topic",
        description=(
            "Which organisation handles a service's or topic's errands and how (phone, "
            "e-mail, e-service, visit), with the contact details, as editors keep it. A "
            "service without routes of its own is routed by its topics; a topic without "
            "routes by its nearest broader topic. Give `service` or `topic`."
        ),
        parameters=[
            OpenApiParameter(
                "service",
                {"type": "integer", "minimum": 1},
                description="A service page's id (any language).",
            ),
            OpenApiParameter(
                "topic", {"type": "string", "pattern": SLUG}, description="A topic's slug."
            ),
        ],
        responses={
            200: OpenApiResponse(RoutingSerializer, description="The routes."),
            400: OpenApiResponse(description="Neither or both given, or no such one."),
        },
        tags=["contact center"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        service_id = int_parameter(request, "service", low=1, high=MAX_ID)
        slug = request.query_params.get("topic")
        if (service_id is None) == (slug is None):
            raise ValidationError({"service": ["Give either service or topic."]})
        if service_id is not None:
            return Response(self._service(service_id))
        assert slug is not None
        return Response(self._topic(slug))

    @staticmethod
    def _service(service_id: int) -> dict[str, Any]:
        d = directory()
        service = ServicePage.objects.filter(pk=service_id, live=True).first()
        if service is None:
            raise ValidationError({"service": ["No published service has this id."]})
        topic_ids = list(service.topics.values_list("pk", flat=True))
        book = routing_book(d=d, service_keys=[service.translation_key], topic_ids=topic_ids)
        routes = book.for_page(service.translation_key, topic_ids)
        return {
            "service": {"id": service.pk, "title": service.title},
            "topic": None,
            "results": [route_data(r, d, service.locale_id) for r in routes],
        }

    @staticmethod
    def _topic(slug: str) -> dict[str, Any]:
        d = directory()
        topic_id = d.source_id_for_slug(Topic, slug)
        if topic_id is None:
            raise ValidationError({"topic": ["No topic has this slug."]})
        topic = d.snippet(Topic, topic_id)
        routes = routing_book(d=d, topic_ids=[topic_id]).for_topic(topic_id)
        return {
            "service": None,
            "topic": {"id": topic.pk, "slug": topic.slug, "name": topic.name},
            "results": [route_data(r, d, topic.locale_id) for r in routes],
        }
