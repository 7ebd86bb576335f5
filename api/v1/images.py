"""Images and their renditions, from the allowlist only."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from api.base import APIBaseView
from cms import selectors
from cms.representation import image_data


class RenditionSerializer(serializers.Serializer):
    url = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()


class ImageSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    alt = serializers.CharField()
    credit = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    renditions = serializers.DictField(
        child=RenditionSerializer(),
        help_text=(
            "Ready renditions by name (thumbnail, card, hero, content, original-webp). "
            "A name is missing while its rendition is still being made."
        ),
    )


class ImageDetailView(APIBaseView):
    public = True  # only images used on published, unrestricted pages (cms.selectors)
    pagination_class = None
    # Whether an image is in use follows Wagtail's reference index, which the worker
    # updates after the content version changes: not kept by the response cache.
    shared_answers = False

    @extend_schema(
        operation_id="images_retrieve",
        summary="One image with its renditions",
        description="Alt text, credit, size and the allowlisted renditions that exist.",
        responses={200: OpenApiResponse(ImageSerializer, description="The image.")},
        tags=["content"],
    )
    def get(self, request: Request, image_id: int, *args: Any, **kwargs: Any) -> Response:
        image = selectors.public_image(image_id)
        if image is None:
            raise NotFound("No image with this id is used on a published page.")
        return Response(image_data(image))
