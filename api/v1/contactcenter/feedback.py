"""Agents' feedback on answers ("answer missing", "answer wrong") for the owning editors."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.request import Request

from api.v1.contactcenter.common import (
    IDEMPOTENT_POST_RESPONSES,
    ContactCenterView,
    caller,
    contact_error,
    organisation_ref,
    utc,
)
from api.v1.contactcenter.contacts import SLUG, source_id_or_400
from api.v1.content import MAX_ID, OrganisationRefSerializer
from api.v1.idempotency import IDEMPOTENCY_KEY_PARAMETER, idempotency_key, run_once
from cms.models import Organisation, Topic
from contactcenter import feedback, services
from contactcenter.models import AnswerFeedback


class FeedbackInputSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=AnswerFeedback.Kind.choices)
    comment = serializers.CharField(max_length=2000, help_text="What is missing or wrong.")
    answer = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="The answer page (for wrong)."
    )
    query = serializers.CharField(
        required=False, default="", allow_blank=True, max_length=200, help_text="As searched."
    )
    topic = serializers.RegexField(SLUG, required=False, help_text="The topic's slug.")
    organisation = serializers.RegexField(
        SLUG, required=False, help_text="Whose answer it should be (slug), if known."
    )


class FeedbackSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=AnswerFeedback.Kind.choices)
    comment = serializers.CharField()
    answer = serializers.IntegerField(allow_null=True, help_text="The answer page's id.")
    query = serializers.CharField()
    topic = serializers.CharField(allow_null=True, help_text="The topic's slug.")
    organisation = OrganisationRefSerializer(
        allow_null=True, help_text="Whose editors received it."
    )
    status = serializers.ChoiceField(choices=AnswerFeedback.Status.choices)
    created_at = serializers.DateTimeField()


def feedback_data(found: AnswerFeedback) -> dict[str, Any]:
    return {
        "id": found.pk,
        "kind": found.kind,
        "comment": found.comment,
        "answer": found.answer_id,
        "query": found.query,
        "topic": found.topic.slug if found.topic else None,
        "organisation": organisation_ref(found.organisation),
        "status": found.status,
        "created_at": utc(found.created_at),
    }


class FeedbackCreateView(ContactCenterView):
    pagination_class = None
    http_method_names = ["post"]

    @extend_schema(
        operation_id="contactcenter_feedback_create",
        summary="Feedback on an answer",
        description=(
            "An agent says an answer is missing or wrong, with a comment; `wrong` names the "
            "answer. It reaches the editors of the organisation that owns the answer (for a "
            "missing one: `organisation`, else the organisation `topic` is routed to; with "
            "neither, the editors who may edit every organisation's pages) in the admin and "
            "by e-mail. "
            "Retried safely with the same Idempotency-Key."
        ),
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
        request=FeedbackInputSerializer,
        responses={
            201: OpenApiResponse(FeedbackSerializer, description="The feedback, received."),
            **IDEMPOTENT_POST_RESPONSES,
        },
        tags=["contact center"],
    )
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Any:
        key = idempotency_key(request)
        incoming = FeedbackInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        topic_id = source_id_or_400(Topic, data.get("topic"), "topic")
        organisation_id = source_id_or_400(Organisation, data.get("organisation"), "organisation")

        def change() -> tuple[int, dict[str, Any], int | None]:
            try:
                given = feedback.feedback_give(
                    kind=data["kind"],
                    comment=data["comment"],
                    answer_id=data.get("answer"),
                    query=data["query"],
                    topic_id=topic_id,
                    organisation_id=organisation_id,
                    client_id=request.auth.application.client_id,
                )
            except services.ContactError as exc:
                raise contact_error(exc) from None
            return 201, feedback_data(given), None

        return run_once(request, owner=caller(request), key=key, change=change)
