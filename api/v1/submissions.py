"""Submitting e-service forms: one case per submission, however often it is retried."""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotAuthenticated, PermissionDenied, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api import scopes
from api.base import APIBaseView
from api.errors import Problem
from api.v1.content import LANGUAGE_CODES, OrganisationRefSerializer
from eservices import attachments, selectors, submissions
from eservices.models import FormVersion, OutboxMessage

IDEMPOTENCY_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")


class SubmissionInputSerializer(serializers.Serializer):
    form = serializers.SlugField(max_length=100, help_text="The form's slug.")
    locale = serializers.ChoiceField(choices=LANGUAGE_CODES, default="sv")
    data = serializers.DictField(help_text="The answers, as the form's JSON Schema describes.")
    draft = serializers.UUIDField(
        required=False,
        help_text="The signed-in citizen's draft these answers come from: deleted when filed.",
    )
    upload_secrets = serializers.DictField(
        child=serializers.CharField(max_length=100),
        required=False,
        help_text=(
            "Attachment id -> the `upload_secret` its upload answered with: needed for "
            "every attachment uploaded without a sign-in."
        ),
    )


class ReceiptSerializer(serializers.Serializer):
    reference = serializers.CharField(help_text="The case reference, e.g. GBG-2026-000123.")
    status = serializers.CharField()
    form = serializers.CharField()
    version = serializers.IntegerField()
    organisation = OrganisationRefSerializer(help_text="The organisation handling the case.")
    received_at = serializers.DateTimeField()
    processing_days = serializers.IntegerField(allow_null=True)
    case_url = serializers.CharField(
        allow_null=True,
        help_text="The case on My page (GET with cases:read); null for anonymous submissions.",
    )
    receipt_sent_to = serializers.ListField(
        child=serializers.ChoiceField(choices=OutboxMessage.Channel.choices),
        help_text="Where the receipt goes: the form's e-mail answer and mobile number.",
    )


def _owner(request: Request) -> tuple[str, int | None, str]:
    """(whose Idempotency-Keys these are, the citizen's user id, the client id)."""
    token = request.auth
    if token is None:
        return attachments.ANONYMOUS, None, ""
    client_id = token.application.client_id if token.application_id else ""
    if token.user_id and token.is_valid([scopes.SUBMISSIONS_WRITE]):
        return f"user:{token.user_id}", token.user_id, client_id
    return f"client:{client_id}", None, client_id


def published_version(*, slug: str, locale: str) -> FormVersion:
    """The version of the form answers are made against now; a 400 on `form` if none."""
    version = selectors.current_version(slug=slug, locale=locale)
    if version is None:
        raise ValidationError({"form": ["No published form has this slug in this language."]})
    return version


def submitter(request: Request, version: FormVersion) -> tuple[str, int | None, str]:
    """`_owner` of a request allowed to submit to `version`'s form (and so to upload files
    for it): anyone where the form allows, otherwise a citizen's submissions:write token."""
    owner, citizen_id, client_id = _owner(request)
    if not version.allow_anonymous and citizen_id is None:
        if request.auth is None:
            raise NotAuthenticated("This form needs a signed-in citizen.")
        raise PermissionDenied("This form needs a token with the submissions:write scope.")
    return owner, citizen_id, client_id


class SubmissionCreateView(APIBaseView):
    # The form decides: anyone where it allows, otherwise a token with submissions:write.
    public = True
    public_writes = True  # checked in post(): per form
    cacheable = False
    pagination_class = None

    @extend_schema(
        operation_id="submissions_create",
        summary="Submit a form",
        description=(
            "Files a case from answers to a published form and answers with its reference. "
            "Send an `Idempotency-Key` (any unique string, e.g. a UUID, per submission): a "
            "retry with the same key and body gets the first answer again and makes no "
            "second case; the same key with another body is 422; while the first is still "
            "being handled, 409. Forms that do not allow anonymous submissions need a token "
            "with the `submissions:write` scope. File-upload fields name attachments "
            "uploaded first to `/api/v1/attachments/` with the same credentials (without a "
            "sign-in, each with its `upload_secret` in `upload_secrets`); `draft` names "
            "the citizen's draft the answers come from, deleted when the case is filed."
        ),
        parameters=[
            OpenApiParameter(
                "Idempotency-Key",
                {"type": "string", "minLength": 1, "maxLength": 255, "pattern": r"^[!-~]+$"},
                location=OpenApiParameter.HEADER,
                required=True,
                description="Unique per submission; reuse it only to retry the same one.",
            )
        ],
        request=SubmissionInputSerializer,
        responses={
            201: OpenApiResponse(ReceiptSerializer, description="The case was filed."),
            401: OpenApiResponse(description="The form needs a signed-in citizen."),
            403: OpenApiResponse(description="The token lacks the submissions:write scope."),
            409: OpenApiResponse(description="The same submission is still being handled."),
            422: OpenApiResponse(description="The Idempotency-Key came with another body."),
        },
        tags=["e-services"],
    )
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        key = request.headers.get("Idempotency-Key", "")
        if not IDEMPOTENCY_KEY.match(key):
            raise ValidationError({"Idempotency-Key": ["Send 1-255 visible ASCII characters."]})
        incoming = SubmissionInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        values = incoming.validated_data
        version = published_version(slug=values["form"], locale=values["locale"])
        owner, citizen_id, client_id = submitter(request, version)
        try:
            outcome = submissions.submission_submit(
                version=version,
                data=incoming.validated_data["data"],
                owner=owner,
                idempotency_key=key,
                body_hash=submissions.request_hash(request.data),
                citizen_id=citizen_id,
                client_id=client_id,
                draft_id=incoming.validated_data.get("draft"),
                upload_secrets=incoming.validated_data.get("upload_secrets"),
            )
        except submissions.InvalidReferences as exc:
            detail = {"data": exc.errors} if exc.errors else {}
            raise ValidationError(detail | ({"draft": [exc.draft]} if exc.draft else {})) from None
        except submissions.InvalidAnswers as exc:
            raise ValidationError({"data": exc.errors}) from None
        except submissions.KeyReused as exc:
            raise Problem(
                str(exc), status=422, code=exc.code, title="Idempotency-Key reused"
            ) from None
        except submissions.SubmissionInProgress as exc:
            raise Problem(
                str(exc), status=409, code="submission_in_progress", title="Submission in progress"
            ) from None
        headers = {"Idempotent-Replayed": "true"} if outcome.replayed else {}
        return Response(_with_case_url(outcome.body, citizen_id), outcome.status, headers=headers)


def _with_case_url(body: dict[str, Any], citizen_id: int | None) -> dict[str, Any]:
    """Where the citizen follows the case: My page, for cases filed by a signed-in person."""
    url = None
    if citizen_id is not None:
        url = reverse("api-v1:me-cases-detail", kwargs={"reference": body["reference"]})
    return {**body, "case_url": url}
