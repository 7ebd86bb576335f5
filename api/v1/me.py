"""My page: the signed-in citizen's own cases and the messages in them (reads with
cases:read, replies with submissions:write).

Only the token's person's cases exist here: anyone else's reference is 404, as if there
were no such case. Handlers' internal notes are never shown.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response

from api import scopes
from api.base import PAGINATION_PARAMETERS, APIBaseView
from api.v1.cases import (
    REASON_CHOICES,
    REFERENCE,
    STATUS_CHOICES,
    CaseMessageSerializer,
    CaseSummarySerializer,
    CaseWriteView,
    MessageInputSerializer,
    PublicStatusSerializer,
    message_data,
    summary_data,
    utc,
    write_responses,
)
from api.v1.idempotency import IDEMPOTENCY_KEY_PARAMETER
from eservices import cases, selectors, texts
from eservices.models import Case


class MyCaseEventSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=STATUS_CHOICES)
    reason = serializers.ChoiceField(choices=REASON_CHOICES, allow_null=True)
    note = serializers.CharField(help_text="What the handler wrote to the citizen.")
    created_at = serializers.DateTimeField()


class MyCaseSerializer(CaseSummarySerializer):
    public_status = PublicStatusSerializer()
    data = serializers.DictField(help_text="The answers the citizen gave.")
    history = MyCaseEventSerializer(many=True)
    messages = CaseMessageSerializer(many=True)


def my_case_data(case: Case) -> dict[str, Any]:
    status = texts.status_text(case.form_version.status_texts, case.status, case.locale)
    return {
        **summary_data(case),
        "public_status": {"text": status.text, "days": status.days},
        "data": case.data,
        "history": [
            {
                "status": e.status,
                "reason": e.reason or None,
                "note": e.note,
                "created_at": utc(e.created_at),
            }
            for e in case.events.all()
        ],
        "messages": [message_data(m) for m in case.messages.all()],
    }


def _citizen_id(request: Request) -> int:
    user_id = request.auth.user_id
    if not user_id:
        raise PermissionDenied("My page needs a token acting for a signed-in person.")
    return int(user_id)


def own_case(request: Request, reference: str) -> Case:
    """The token's person's case with this reference, or a 404."""
    case = selectors.citizen_case(citizen_id=_citizen_id(request), reference=reference)
    if case is None:
        raise NotFound("You have no case with this reference.")
    return case


class MyCaseBaseView(APIBaseView):
    required_scopes = [scopes.CASES_READ]
    cacheable = False


class MyCaseListView(MyCaseBaseView):
    @extend_schema(
        operation_id="me_cases_list",
        summary="My cases",
        description="The signed-in citizen's cases, newest first.",
        parameters=PAGINATION_PARAMETERS,
        responses={
            200: OpenApiResponse(CaseSummarySerializer(many=True), description="A page of cases.")
        },
        tags=["my page"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        cases = selectors.citizen_case_list(citizen_id=_citizen_id(request))
        window = self.paginate_queryset(cases)
        assert window is not None
        return self.get_paginated_response([summary_data(c) for c in window])


class MyCaseDetailView(MyCaseBaseView):
    pagination_class = None

    @extend_schema(
        operation_id="me_cases_retrieve",
        summary="One of my cases",
        description=(
            "The case with what the citizen is told about its status, their answers, the "
            "history and the messages."
        ),
        parameters=[REFERENCE],
        responses={200: OpenApiResponse(MyCaseSerializer, description="The case.")},
        tags=["my page"],
    )
    def get(self, request: Request, reference: str, *args: Any, **kwargs: Any) -> Response:
        return Response(my_case_data(own_case(request, reference)))


class MyCaseMessageCreateView(CaseWriteView):
    # My page reads with cases:read and writes with submissions:write, as drafts do.
    required_scopes = [scopes.SUBMISSIONS_WRITE]
    input_serializer = MessageInputSerializer

    @extend_schema(
        operation_id="me_cases_messages_create",
        summary="Reply in my case",
        description=(
            "The citizen's message to the handlers. A case waiting for the citizen goes back "
            "to in progress. Send an `Idempotency-Key`: a retry makes no second message."
        ),
        parameters=[REFERENCE, IDEMPOTENCY_KEY_PARAMETER],
        request=MessageInputSerializer,
        responses=write_responses(
            OpenApiResponse(CaseMessageSerializer, description="The message."),
            not_found="You have no case with this reference.",
            conflict="The case is closed, or the same request is busy.",
        ),
        tags=["my page"],
    )
    def post(self, request: Request, reference: str, *args: Any, **kwargs: Any) -> Response:
        return self.write(request, reference)

    def handled_case(self, request: Request, reference: str) -> Case:
        return own_case(request, reference)

    def caller(self, request: Request, case: Case) -> tuple[str, int | None, str]:
        return f"user:{case.citizen_id}", None, request.auth.application.client_id

    def make(
        self, case: Case, data: dict[str, Any], actor_id: int | None, client_id: str
    ) -> dict[str, Any]:
        message = cases.case_message_receive(case=case, body=data["body"], client_id=client_id)
        return message_data(message)
