"""Cases for back-office systems and handlers' apps (scope `cases:manage`).

A machine client handles the cases of the organisations it was registered for; a staff
member's token, the cases of the organisations whose handler groups they are in. Any
other case is 404, as if it did not exist.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.urls import reverse
from django.utils.dateparse import parse_datetime
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api import scopes
from api.base import PAGINATION_PARAMETERS, APIBaseView
from api.errors import Problem
from api.models import ApiClientScopes
from api.v1.content import OrganisationRefSerializer
from api.v1.idempotency import IDEMPOTENCY_KEY_PARAMETER, idempotency_key, run_once
from eservices import audit, cases, selectors, texts
from eservices.attachments import attachment_response
from eservices.models import Case, CaseEvent, CaseMessage, OutboxMessage

STATUSES = list(Case.Status.values)
STATUS_CHOICES = Case.Status.choices
REASON_CHOICES = Case.Reason.choices


def utc(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


class FormRefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    version = serializers.IntegerField()
    title = serializers.CharField()


class CaseSummarySerializer(serializers.Serializer):
    reference = serializers.CharField(help_text="e.g. GBG-2026-000123")
    status = serializers.ChoiceField(choices=STATUS_CHOICES)
    status_reason = serializers.ChoiceField(choices=REASON_CHOICES, allow_null=True)
    status_changed_at = serializers.DateTimeField()
    form = FormRefSerializer()
    organisation = OrganisationRefSerializer(help_text="The organisation handling the case.")
    locale = serializers.CharField(help_text="The citizen's language: notifications use it.")
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class CaseEventSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=STATUS_CHOICES)
    reason = serializers.ChoiceField(choices=REASON_CHOICES, allow_null=True)
    note = serializers.CharField(help_text="Shown to the citizen.")
    internal_note = serializers.CharField(help_text="For handlers only.")
    by = serializers.CharField(
        allow_null=True, help_text="'staff', 'system' (a client) or null (the citizen's filing)."
    )
    created_at = serializers.DateTimeField()


class CaseMessageSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    direction = serializers.ChoiceField(choices=list(CaseMessage.Direction.values))
    body = serializers.CharField()
    created_at = serializers.DateTimeField()


class NotificationSerializer(serializers.Serializer):
    id = serializers.UUIDField(help_text="Also the e-mail's Message-ID and the SMS's id.")
    kind = serializers.ChoiceField(choices=OutboxMessage.Kind.choices)
    channel = serializers.ChoiceField(choices=OutboxMessage.Channel.choices)
    state = serializers.ChoiceField(choices=OutboxMessage.State.choices)
    attempts = serializers.IntegerField()
    sent_at = serializers.DateTimeField(allow_null=True)


class AttachmentRefSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    field = serializers.CharField(help_text="The form field the file answers.")
    name = serializers.CharField()
    content_type = serializers.CharField()
    size = serializers.IntegerField()
    sha256 = serializers.CharField()
    url = serializers.CharField(help_text="Where a handler downloads it (cases:manage).")


class PublicStatusSerializer(serializers.Serializer):
    text = serializers.CharField(help_text="What the citizen is told, in their language.")
    days = serializers.IntegerField(allow_null=True, help_text="How long this status lasts.")


class CaseDetailSerializer(CaseSummarySerializer):
    data = serializers.DictField(help_text="The citizen's answers, as the form version defines.")
    receipt_email = serializers.CharField(allow_blank=True)
    receipt_phone = serializers.CharField(allow_blank=True)
    public_status = PublicStatusSerializer()
    allowed_transitions = serializers.ListField(
        child=serializers.ChoiceField(choices=STATUS_CHOICES)
    )
    history = CaseEventSerializer(many=True)
    messages = CaseMessageSerializer(many=True)
    notifications = NotificationSerializer(many=True)
    attachments = AttachmentRefSerializer(many=True)


class TransitionInputSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=STATUS_CHOICES)
    reason = serializers.ChoiceField(choices=REASON_CHOICES, required=False, default="")
    note = serializers.CharField(required=False, default="", max_length=2000, allow_blank=True)
    internal_note = serializers.CharField(
        required=False, default="", max_length=2000, allow_blank=True
    )


class MessageInputSerializer(serializers.Serializer):
    body = serializers.CharField(max_length=cases.MESSAGE_MAX_LENGTH)


def summary_data(case: Case) -> dict[str, Any]:
    version, org = case.form_version, case.organisation
    return {
        "reference": case.reference,
        "status": case.status,
        "status_reason": case.status_reason or None,
        "status_changed_at": utc(case.status_changed_at),
        "form": {"slug": version.form.slug, "version": version.number, "title": version.title},
        "organisation": {"id": org.pk, "slug": org.slug, "name": org.name, "kind": org.kind},
        "locale": case.locale,
        "created_at": utc(case.created_at),
        "updated_at": utc(case.updated_at),
    }


def event_data(event: CaseEvent) -> dict[str, Any]:
    by = "staff" if event.actor_id else ("system" if event.client_id else None)
    return {
        "status": event.status,
        "reason": event.reason or None,
        "note": event.note,
        "internal_note": event.internal_note,
        "by": by,
        "created_at": utc(event.created_at),
    }


def message_data(message: CaseMessage) -> dict[str, Any]:
    return {
        "id": message.pk,
        "direction": message.direction,
        "body": message.body,
        "created_at": utc(message.created_at),
    }


def detail_data(case: Case) -> dict[str, Any]:
    status = texts.status_text(case.form_version.status_texts, case.status, case.locale)
    return {
        **summary_data(case),
        "data": case.data,
        "receipt_email": case.receipt_email,
        "receipt_phone": case.receipt_phone,
        "public_status": {"text": status.text, "days": status.days},
        "allowed_transitions": cases.allowed_transitions(case),
        "history": [event_data(e) for e in case.events.all()],
        "messages": [message_data(m) for m in case.messages.all()],
        "notifications": [
            {
                "id": str(m.pk),
                "kind": m.kind,
                "channel": m.channel,
                "state": m.state,
                "attempts": m.attempts,
                "sent_at": utc(m.sent_at),
            }
            for m in sorted(case.outbox.all(), key=lambda m: m.created_at)
        ],
        "attachments": [
            {
                "id": str(a.pk),
                "field": a.field,
                "name": a.name,
                "content_type": a.content_type,
                "size": a.size,
                "sha256": a.sha256,
                "url": reverse(
                    "api-v1:cases-attachment",
                    kwargs={"reference": case.reference, "attachment_id": a.pk},
                ),
            }
            for a in sorted(case.attachments.all(), key=lambda a: (a.field, a.created_at))
        ],
    }


def handled_organisations(request: Request) -> frozenset[int] | None:
    """The organisations whose cases this token's holder handles (None: all)."""
    token = request.auth
    if token.user_id:
        return selectors.organisations_handled_by(token.user)
    registered = ApiClientScopes.objects.filter(application_id=token.application_id).first()
    if registered is None:
        return frozenset()
    return frozenset(registered.organisations.values_list("pk", flat=True))


def _caller(request: Request) -> tuple[str, int | None, str]:
    """(whose Idempotency-Keys, the staff user's id, the client id)."""
    token = request.auth
    client_id = token.application.client_id
    if token.user_id:
        return f"user:{token.user_id}", token.user_id, client_id
    return f"client:{client_id}", None, client_id


def access_record(request: Request, case: Case, action: str, **extra: Any) -> None:
    """The read, in the access log: the token's staff user, or its back-office client."""
    token = request.auth
    user = token.user if token.user_id else None
    audit.case_access_record(
        case=case, action=action, user=user, client_id=token.application.client_id, **extra
    )


class CaseBaseView(APIBaseView):
    required_scopes = [scopes.CASES_MANAGE]
    cacheable = False

    def handled_case(self, request: Request, reference: str) -> Case:
        case = selectors.case_handled(
            reference=reference, organisation_ids=handled_organisations(request)
        )
        if case is None:
            raise NotFound("No case you handle has this reference.")
        return case


REFERENCE = OpenApiParameter(
    "reference", str, OpenApiParameter.PATH, description="The case reference."
)


class CaseListView(CaseBaseView):
    query_parameters = frozenset({"status", "organisation", "form", "updated_since"})

    @extend_schema(
        operation_id="cases_list",
        summary="Cases to handle",
        description=(
            "The cases of the organisations the caller handles, most recently changed "
            "first. `updated_since` gives what changed since a back-office system's last "
            "sync."
        ),
        parameters=[
            OpenApiParameter("status", str, enum=STATUSES, description="Only this status."),
            OpenApiParameter("organisation", str, description="Only this organisation (slug)."),
            OpenApiParameter("form", str, description="Only this form (slug)."),
            OpenApiParameter(
                "updated_since",
                {"type": "string", "format": "date-time"},
                description="Only cases changed at or after this time (RFC 3339).",
            ),
            *PAGINATION_PARAMETERS,
        ],
        responses={
            200: OpenApiResponse(CaseSummarySerializer(many=True), description="A page of cases.")
        },
        tags=["cases"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        params = request.query_params
        status = params.get("status")
        if status is not None and status not in STATUSES:
            raise ValidationError({"status": [f"Must be one of: {', '.join(STATUSES)}."]})
        since = params.get("updated_since")
        found = selectors.cases_handled(
            organisation_ids=handled_organisations(request),
            status=status,
            organisation_slug=params.get("organisation"),
            form_slug=params.get("form"),
            updated_since=_datetime(since) if since is not None else None,
        )
        window = self.paginate_queryset(found)
        assert window is not None
        return self.get_paginated_response([summary_data(c) for c in window])


def _datetime(raw: str) -> dt.datetime:
    try:
        value = parse_datetime(raw)
    except ValueError:
        value = None
    if value is None or value.tzinfo is None:
        raise ValidationError(
            {"updated_since": ["An RFC 3339 time with its offset, e.g. 2026-11-27T08:00:00Z."]}
        )
    return value


class CaseDetailView(CaseBaseView):
    pagination_class = None

    @extend_schema(
        operation_id="cases_retrieve",
        summary="One case",
        description=(
            "The case with the citizen's answers, its history, messages and the "
            "notifications sent about it."
        ),
        parameters=[REFERENCE],
        responses={200: OpenApiResponse(CaseDetailSerializer, description="The case.")},
        tags=["cases"],
    )
    def get(self, request: Request, reference: str, *args: Any, **kwargs: Any) -> Response:
        case = self.handled_case(request, reference)
        access_record(request, case, audit.Action.VIEW)
        return Response(detail_data(case))


class CaseAttachmentView(CaseBaseView):
    pagination_class = None

    @extend_schema(
        operation_id="cases_attachment",
        summary="A file the citizen attached",
        description=(
            "The file as stored (images without their metadata), with its type and name; "
            "`sha256` in the case's `attachments` lets a back-office system check it."
        ),
        parameters=[
            REFERENCE,
            OpenApiParameter(
                "attachment_id", OpenApiTypes.UUID, OpenApiParameter.PATH, description="Its id."
            ),
        ],
        responses={
            (200, "application/octet-stream"): OpenApiResponse(
                OpenApiTypes.BINARY, description="The file."
            ),
            404: OpenApiResponse(description="No such file in a case the caller handles."),
        },
        tags=["cases"],
    )
    def get(
        self, request: Request, reference: str, attachment_id: str, *args: Any, **kwargs: Any
    ) -> Any:
        case = self.handled_case(request, reference)
        attachment = selectors.case_attachment(case=case, attachment_id=attachment_id)
        if attachment is None:
            raise NotFound("No such file in this case.")
        access_record(request, case, audit.Action.ATTACHMENT, attachment_id=attachment.pk)
        return attachment_response(attachment)


def case_problem(exc: cases.CaseError) -> Exception:
    if exc.field:
        return ValidationError({exc.field: [str(exc)]})
    return Problem(str(exc), status=409, code=exc.code, title="The case does not allow this")


def write_responses(
    created: OpenApiResponse, *, not_found: str, conflict: str, invalid: str = ""
) -> dict[int, OpenApiResponse]:
    """The answers of a write to a case, documented alike for handlers and citizens."""
    responses = {201: created}
    if invalid:
        responses[400] = OpenApiResponse(description=invalid)
    responses[404] = OpenApiResponse(description=not_found)
    responses[409] = OpenApiResponse(description=conflict)
    responses[422] = OpenApiResponse(description="The Idempotency-Key came with another body.")
    return responses


class CaseWriteView(CaseBaseView):
    """A change to a handled case: checked, made once per Idempotency-Key, answered 201."""

    pagination_class = None
    input_serializer: type[serializers.Serializer]

    def write(self, request: Request, reference: str) -> Response:
        key = idempotency_key(request)
        incoming = self.input_serializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        case = self.handled_case(request, reference)
        owner, actor_id, client_id = self.caller(request, case)

        def change() -> tuple[int, dict[str, Any], int]:
            try:
                body = self.make(case, incoming.validated_data, actor_id, client_id)
            except cases.CaseError as exc:
                raise case_problem(exc) from None
            return 201, body, case.pk

        response = run_once(request, owner=owner, key=key, change=change)
        if self.answers_with_the_case and response.status_code < 300:
            access_record(request, case, audit.Action.VIEW)  # a replay shows it again too
        return response

    # Whether the answer holds the whole case (answers, contact details): a staff read.
    answers_with_the_case = False

    def caller(self, request: Request, case: Case) -> tuple[str, int | None, str]:
        """(whose Idempotency-Keys, the staff user's id, the client id)."""
        return _caller(request)

    def make(
        self, case: Case, data: dict[str, Any], actor_id: int | None, client_id: str
    ) -> dict[str, Any]:
        raise NotImplementedError


class CaseTransitionView(CaseWriteView):
    answers_with_the_case = True

    input_serializer = TransitionInputSerializer

    @extend_schema(
        operation_id="cases_transition",
        summary="Change a case's status",
        description=(
            "Moves the case along its lifecycle (received → in_progress → "
            "waiting_for_citizen → decided → closed; `allowed_transitions` on the case says "
            "where it may go) and tells the citizen by e-mail and SMS in their language. "
            "waiting_for_citizen, decided and closed need a `reason`. `note` is shown to the "
            "citizen, `internal_note` only to handlers."
        ),
        parameters=[REFERENCE, IDEMPOTENCY_KEY_PARAMETER],
        request=TransitionInputSerializer,
        responses=write_responses(
            OpenApiResponse(CaseDetailSerializer, description="The case, changed."),
            not_found="No case the caller handles has this reference.",
            conflict="The same request is still being handled.",
            invalid="A transition or reason the case does not allow.",
        ),
        tags=["cases"],
    )
    def post(self, request: Request, reference: str, *args: Any, **kwargs: Any) -> Response:
        return self.write(request, reference)

    def make(
        self, case: Case, data: dict[str, Any], actor_id: int | None, client_id: str
    ) -> dict[str, Any]:
        cases.case_transition(case=case, **data, actor_id=actor_id, client_id=client_id)
        fresh = selectors.case_handled(reference=case.reference, organisation_ids=None)
        assert fresh is not None
        return detail_data(fresh)


class CaseMessageCreateView(CaseWriteView):
    input_serializer = MessageInputSerializer

    @extend_schema(
        operation_id="cases_messages_create",
        summary="Write to the citizen",
        description=(
            "Adds a message to the case for the citizen, who is told by e-mail and SMS that "
            "there is a message to read on My page (the text itself is never sent there)."
        ),
        parameters=[REFERENCE, IDEMPOTENCY_KEY_PARAMETER],
        request=MessageInputSerializer,
        responses=write_responses(
            OpenApiResponse(CaseMessageSerializer, description="The message."),
            not_found="No case the caller handles has this reference.",
            conflict="The case is closed, or the same request is busy.",
        ),
        tags=["cases"],
    )
    def post(self, request: Request, reference: str, *args: Any, **kwargs: Any) -> Response:
        return self.write(request, reference)

    def make(
        self, case: Case, data: dict[str, Any], actor_id: int | None, client_id: str
    ) -> dict[str, Any]:
        message = cases.case_message_send(
            case=case, body=data["body"], actor_id=actor_id, client_id=client_id
        )
        return message_data(message)
