"""The API's description of itself, as the national REST API profile asks for."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from api.base import APIBaseView

API_INFO = {
    "api_name": "Staden API",
    "api_version": "1.0.0",
    "api_released": "2026-11-22",
    "api_documentation": "/api/v1/docs/",
    "api_specification": "/api/v1/schema/",
    "api_status": "active",
}


class ApiInfoView(APIBaseView):
    public = True  # what the API is and where its documentation is: for everyone
    pagination_class = None

    @extend_schema(
        operation_id="api_info",
        summary="About this API",
        description="Name, version, release date, status and where the documentation is.",
        responses={
            200: OpenApiResponse(
                inline_serializer("ApiInfo", {name: serializers.CharField() for name in API_INFO}),
                description="About this API.",
            )
        },
        tags=["meta"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return Response(API_INFO)
