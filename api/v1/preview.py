"""Drafts for headless preview: by short-lived token, or for clients with the preview scope."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api import scopes
from api.base import APIBaseView
from api.v1.content import PageDetailSerializer
from cms import selectors
from cms.preview import preview_page


class PagePreviewView(APIBaseView):
    # The short-lived token from the admin's preview is the credential; drafts are never cached.
    public = True
    cacheable = False
    pagination_class = None
    query_parameters = frozenset({"token"})

    @extend_schema(
        operation_id="pages_preview",
        summary="The page an editor is previewing",
        description=(
            "The admin's preview sends the frontend a short-lived `token`; this returns the page "
            "as it stands in the editor, saved or not, for 30 minutes."
        ),
        parameters=[
            OpenApiParameter(
                "token",
                {"type": "string", "minLength": 1},
                required=True,
                description="Preview token.",
            )
        ],
        responses={200: OpenApiResponse(PageDetailSerializer, description="The draft page.")},
        tags=["preview"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        token = request.query_params.get("token", "")
        if not token:
            raise ValidationError({"token": ["Give the preview token."]})
        page = preview_page(token=token)
        if page is None:
            raise NotFound("The preview token is unknown or has expired.")
        return Response(selectors.page_data(page))


class PageDraftView(APIBaseView):
    required_scopes = [scopes.CONTENT_PREVIEW]
    pagination_class = None

    @extend_schema(
        operation_id="pages_draft",
        summary="The latest draft of a page",
        description="The newest saved revision, published or not. Needs the content:preview scope.",
        responses={200: OpenApiResponse(PageDetailSerializer, description="The draft page.")},
        tags=["preview"],
    )
    def get(self, request: Request, page_id: int, *args: Any, **kwargs: Any) -> Response:
        page = selectors.page_draft(page_id)
        if page is None:
            raise NotFound("No page has this id.")
        return Response(selectors.page_data(page))
