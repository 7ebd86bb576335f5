"""My page: a signed-in citizen's drafts, saved and resumed from any frontend."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.permissions import SAFE_METHODS
from rest_framework.request import Request
from rest_framework.response import Response

from api import scopes
from api.base import PAGINATION_PARAMETERS, APIBaseView
from api.errors import Problem
from api.v1.content import LANGUAGE_CODES
from api.v1.submissions import published_version
from eservices import drafts
from eservices.models import Draft

TAGS = ["my page"]
NOT_FOUND = OpenApiResponse(description="No such draft of the signed-in citizen.")
SCOPES_TEXT = (
    "Reading needs a citizen's token with `cases:read`, saving and deleting one with "
    "`submissions:write`. Another citizen's draft is not found (404)."
)


class StrictSerializer(serializers.Serializer):
    """Refuses fields it does not know, instead of ignoring them."""

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(self.initial_data) - set(self.fields))
        if unknown:
            raise ValidationError({name: ["Not a field of this request."] for name in unknown})
        return attrs


class DraftCreateSerializer(StrictSerializer):
    form = serializers.SlugField(max_length=100, help_text="The form's slug.")
    locale = serializers.ChoiceField(choices=LANGUAGE_CODES, default="sv")
    data = serializers.DictField(
        default=dict, help_text="Answers so far: only fields of the form, in any state."
    )


class DraftUpdateSerializer(StrictSerializer):
    data = serializers.DictField(help_text="All answers so far; replaces the saved ones.")


class DraftSummarySerializer(serializers.Serializer):
    id = serializers.UUIDField()
    form = serializers.CharField(help_text="The form's slug.")
    title = serializers.CharField(help_text="The form's title.")
    locale = serializers.CharField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField(help_text="Last saved.")
    expires_at = serializers.DateTimeField(help_text="Deleted then unless saved again.")


class DraftSerializer(DraftSummarySerializer):
    data = serializers.DictField(help_text="The answers saved so far.")


def _utc(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def draft_data(draft: Draft, *, answers: bool = True) -> dict[str, Any]:
    out = {
        "id": str(draft.pk),
        "form": draft.form.slug,
        "title": draft.form.title,
        "locale": draft.locale,
        "created_at": _utc(draft.created_at),
        "updated_at": _utc(draft.updated_at),
        "expires_at": _utc(draft.expires_at),
    }
    return {**out, "data": draft.data} if answers else out


class CitizenView(APIBaseView):
    """Personal data: a token acting for a citizen, with a scope by what is done."""

    cacheable = False

    @property
    def required_scopes(self) -> list[str]:  # type: ignore[override]
        request = getattr(self, "request", None)
        reading = request is None or request.method in SAFE_METHODS
        return [scopes.CASES_READ] if reading else [scopes.SUBMISSIONS_WRITE]

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        if not getattr(request.auth, "user_id", None):
            raise PermissionDenied("Drafts are a signed-in citizen's; this token acts for none.")

    @property
    def citizen_id(self) -> int:
        return int(self.request.auth.user_id)


def _invalid(exc: drafts.InvalidDraft) -> ValidationError:
    """Field errors under `data`; what is wrong with the whole of it, on `data` itself."""
    named = {name: messages for name, messages in exc.errors.items() if name}
    return ValidationError({"data": named or exc.errors[""]})


class DraftListView(CitizenView):
    @extend_schema(
        operation_id="drafts_list",
        summary="My drafts",
        description="The signed-in citizen's drafts that have not expired, last saved first, "
        "without their answers. " + SCOPES_TEXT,
        parameters=PAGINATION_PARAMETERS,
        responses={
            200: OpenApiResponse(DraftSummarySerializer(many=True), description="A page of drafts.")
        },
        tags=TAGS,
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        window = self.paginate_queryset(drafts.drafts_of(citizen_id=self.citizen_id))
        assert window is not None
        return self.get_paginated_response([draft_data(d, answers=False) for d in window])

    @extend_schema(
        operation_id="drafts_create",
        summary="Save a draft",
        description="Saves answers to a published form to resume later: only fields of the "
        "form, in any state (they are checked when submitted). A draft is deleted "
        "`expires_at` (30 days after it was last saved unless configured otherwise), or "
        "when a submission names it in `draft`. " + SCOPES_TEXT,
        request=DraftCreateSerializer,
        responses={
            201: OpenApiResponse(DraftSerializer, description="The draft was saved."),
            409: OpenApiResponse(description="Too many drafts (draft_limit_reached)."),
        },
        tags=TAGS,
    )
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = DraftCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        values = incoming.validated_data
        version = published_version(slug=values["form"], locale=values["locale"])
        try:
            draft = drafts.draft_create(
                citizen_id=self.citizen_id, version=version, data=values["data"]
            )
        except drafts.InvalidDraft as exc:
            raise _invalid(exc) from None
        except drafts.TooManyDrafts as exc:
            raise Problem(str(exc), status=409, code=exc.code, title="Too many drafts") from None
        location = f"{request.path}{draft.pk}/"
        return Response(draft_data(draft), status=201, headers={"Location": location})


class DraftDetailView(CitizenView):
    pagination_class = None

    def _draft(self, draft_id: uuid.UUID) -> Draft:
        draft = drafts.draft_of(draft_id=draft_id, citizen_id=self.citizen_id)
        if draft is None:
            raise NotFound("No such draft.")
        return draft

    @extend_schema(
        operation_id="drafts_retrieve",
        summary="One of my drafts",
        description="A draft with its answers, to resume the form. " + SCOPES_TEXT,
        responses={200: OpenApiResponse(DraftSerializer, description="The draft."), 404: NOT_FOUND},
        tags=TAGS,
    )
    def get(self, request: Request, draft_id: uuid.UUID, *args: Any, **kwargs: Any) -> Response:
        return Response(draft_data(self._draft(draft_id)))

    @extend_schema(
        operation_id="drafts_update",
        summary="Save a draft again",
        description="Replaces the draft's answers; its `expires_at` starts again from now. "
        + SCOPES_TEXT,
        request=DraftUpdateSerializer,
        responses={200: OpenApiResponse(DraftSerializer, description="Saved."), 404: NOT_FOUND},
        tags=TAGS,
    )
    def put(self, request: Request, draft_id: uuid.UUID, *args: Any, **kwargs: Any) -> Response:
        incoming = DraftUpdateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        try:
            draft = drafts.draft_update(
                draft_id=draft_id, citizen_id=self.citizen_id, data=incoming.validated_data["data"]
            )
        except drafts.InvalidDraft as exc:
            raise _invalid(exc) from None
        except drafts.DraftNotFound as exc:
            raise NotFound(str(exc)) from None
        return Response(draft_data(draft))

    @extend_schema(
        operation_id="drafts_destroy",
        summary="Delete a draft",
        description="Deletes the draft and its answers. " + SCOPES_TEXT,
        responses={204: OpenApiResponse(description="Deleted."), 404: NOT_FOUND},
        tags=TAGS,
    )
    def delete(self, request: Request, draft_id: uuid.UUID, *args: Any, **kwargs: Any) -> Response:
        try:
            drafts.draft_delete(draft_id=draft_id, citizen_id=self.citizen_id)
        except drafts.DraftNotFound as exc:
            raise NotFound(str(exc)) from None
        return Response(status=204)
