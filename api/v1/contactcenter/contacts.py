"""The contact log: agents' tools register each contact and read the log."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api.base import PAGINATION_PARAMETERS, aware_datetime
from api.errors import Problem
from api.v1.contactcenter.common import (
    IDEMPOTENT_POST_RESPONSES,
    AwareDateTimeField,
    ContactCenterView,
    caller,
    contact_error,
    organisation_ref,
    utc,
)
from api.v1.content import OrganisationRefSerializer, TopicRefSerializer
from api.v1.idempotency import IDEMPOTENCY_KEY_PARAMETER, idempotency_key, run_once
from cms.directory import directory
from cms.models import Organisation, Topic
from contactcenter import selectors, services
from contactcenter.models import Channel, Contact, Task

CHANNELS = list(Channel.values)
OUTCOMES = list(Contact.Outcome.values)
TASK_STATUSES = list(Task.Status.values)
SLUG = r"^[a-z0-9_-]{1,100}$"


# --- Shapes -----------------------------------------------------------------------------------


class ContactInputSerializer(serializers.Serializer):
    channel = serializers.ChoiceField(choices=Channel.choices)
    started_at = AwareDateTimeField(help_text="When the call, e-mail, chat or visit began.")
    answered_at = AwareDateTimeField(
        required=False, allow_null=True, default=None, help_text="When an agent answered."
    )
    finished_at = AwareDateTimeField(required=False, allow_null=True, default=None)
    language = serializers.RegexField(
        r"^[a-z]{2,3}$", required=False, default="sv", help_text="ISO 639 code, e.g. sv, ar."
    )
    topic = serializers.RegexField(SLUG, required=False, help_text="The topic's slug.")
    service = serializers.IntegerField(
        required=False, min_value=1, help_text="The service page the errand concerned."
    )
    answer = serializers.IntegerField(
        required=False, min_value=1, help_text="The answer page the agent gave."
    )
    forwarded_to = serializers.RegexField(
        SLUG,
        required=False,
        help_text="The organisation (slug) the errand went to; absent: resolved at first contact.",
    )
    task = serializers.CharField(
        required=False,
        default="",
        max_length=2000,
        help_text="What the receiving organisation is to do (with forwarded_to).",
    )
    case = serializers.RegexField(
        r"^[A-Z0-9-]{1,30}$", required=False, default="", help_text="A linked case reference."
    )


class ContactUpdateSerializer(serializers.Serializer):
    answered_at = AwareDateTimeField(required=False, help_text="When an agent answered.")
    finished_at = AwareDateTimeField(required=False, help_text="When the contact ended.")

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if not attrs:
            raise serializers.ValidationError("Give answered_at, finished_at or both.")
        return attrs


class ContactPageSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()


class TaskSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=Task.Status.choices)
    due_at = serializers.DateTimeField()
    escalated_at = serializers.DateTimeField(allow_null=True)


class ContactSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    channel = serializers.ChoiceField(choices=Channel.choices)
    started_at = serializers.DateTimeField()
    answered_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)
    language = serializers.CharField()
    topic = TopicRefSerializer(allow_null=True)
    service = ContactPageSerializer(allow_null=True)
    answer = ContactPageSerializer(allow_null=True)
    outcome = serializers.ChoiceField(choices=Contact.Outcome.choices)
    resolved_at_first_contact = serializers.BooleanField()
    forwarded_to = OrganisationRefSerializer(allow_null=True)
    organisation = OrganisationRefSerializer(
        allow_null=True, help_text="Whose errand: where it went, else the page's owner."
    )
    case = serializers.CharField(allow_null=True, help_text="The linked case reference.")
    answer_due_at = serializers.DateTimeField(
        allow_null=True, help_text="The channel's answer target (phone 20 s, e-mail 4 office h)."
    )
    answered_in_time = serializers.BooleanField(
        allow_null=True, help_text="Null while unanswered and not yet late, or without target."
    )
    answer_office_seconds = serializers.IntegerField(
        allow_null=True, help_text="E-mail: office time until answered."
    )
    task = TaskSummarySerializer(allow_null=True)
    created_at = serializers.DateTimeField()


def _ref(item: Topic | None) -> dict[str, Any] | None:
    return None if item is None else {"id": item.pk, "slug": item.slug, "name": item.name}


def _page(page: Any) -> dict[str, Any] | None:
    return None if page is None else {"id": page.pk, "title": page.title}


def _in_time(contact: Contact, now: Any) -> bool | None:
    due = contact.answer_due_at
    if due is None:
        return None
    if contact.answered_at is None:
        return False if due < now else None
    return contact.answered_at <= due


def contact_data(contact: Contact, now: Any) -> dict[str, Any]:
    task = getattr(contact, "task", None) if contact.outcome == Contact.Outcome.FORWARDED else None
    return {
        "id": contact.pk,
        "channel": contact.channel,
        "started_at": utc(contact.started_at),
        "answered_at": utc(contact.answered_at),
        "finished_at": utc(contact.finished_at),
        "language": contact.language,
        "topic": _ref(contact.topic),
        "service": _page(contact.service),
        "answer": _page(contact.answer),
        "outcome": contact.outcome,
        "resolved_at_first_contact": contact.outcome == Contact.Outcome.RESOLVED,
        "forwarded_to": organisation_ref(contact.forwarded_to),
        "organisation": organisation_ref(contact.organisation),
        "case": contact.case.reference if contact.case else None,
        "answer_due_at": utc(contact.answer_due_at),
        "answered_in_time": _in_time(contact, now),
        "answer_office_seconds": contact.answer_office_seconds,
        "task": None
        if task is None
        else {
            "id": task.pk,
            "status": task.status,
            "due_at": utc(task.due_at),
            "escalated_at": utc(task.escalated_at),
        },
        "created_at": utc(contact.created_at),
    }


def source_id_or_400(model: Any, slug: str | None, field: str) -> int | None:
    if slug is None:
        return None
    pk = directory().source_id_for_slug(model, slug)
    if pk is None:
        raise ValidationError({field: [f"No {field} has this slug."]})
    return int(pk)


# --- Views ------------------------------------------------------------------------------------


class ContactListView(ContactCenterView):
    query_parameters = frozenset({"channel", "outcome", "since"})

    @extend_schema(
        operation_id="contactcenter_contacts_list",
        summary="The contact log",
        description="Logged contacts, latest first.",
        parameters=[
            OpenApiParameter("channel", str, enum=CHANNELS, description="Only this channel."),
            OpenApiParameter("outcome", str, enum=OUTCOMES, description="Only this outcome."),
            OpenApiParameter(
                "since",
                {"type": "string", "format": "date-time"},
                description="Only contacts started at or after this time (RFC 3339).",
            ),
            *PAGINATION_PARAMETERS,
        ],
        responses={200: OpenApiResponse(ContactSerializer(many=True), description="A page.")},
        tags=["contact center"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        params = request.query_params
        channel, outcome = params.get("channel"), params.get("outcome")
        if channel is not None and channel not in CHANNELS:
            raise ValidationError({"channel": [f"Must be one of: {', '.join(CHANNELS)}."]})
        if outcome is not None and outcome not in OUTCOMES:
            raise ValidationError({"outcome": [f"Must be one of: {', '.join(OUTCOMES)}."]})
        since = params.get("since")
        found = selectors.contacts(
            channel=channel,
            outcome=outcome,
            since=aware_datetime(since, "since") if since is not None else None,
        )
        window = self.paginate_queryset(found)
        assert window is not None
        now = timezone.now()
        return self.get_paginated_response([contact_data(c, now) for c in window])

    @extend_schema(
        operation_id="contactcenter_contacts_create",
        summary="Log a contact",
        description=(
            "Registers one contact in any channel. Without `forwarded_to` it was resolved at "
            "first contact; with it, the receiving organisation gets a task (`task` says "
            "what to do) due within its office-time limit. The answer target of the "
            "channel (phone 20 s, e-mail four office hours) is fixed now. Retried safely "
            "with the same Idempotency-Key."
        ),
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
        request=ContactInputSerializer,
        responses={
            201: OpenApiResponse(ContactSerializer, description="The logged contact."),
            **IDEMPOTENT_POST_RESPONSES,
        },
        tags=["contact center"],
    )
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        key = idempotency_key(request)
        incoming = ContactInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        topic_id = source_id_or_400(Topic, data.pop("topic", None), "topic")
        receiver_id = source_id_or_400(Organisation, data.pop("forwarded_to", None), "forwarded_to")

        def change() -> tuple[int, dict[str, Any], int | None]:
            try:
                logged = services.contact_log(
                    channel=data["channel"],
                    started_at=data["started_at"],
                    answered_at=data["answered_at"],
                    finished_at=data["finished_at"],
                    language=data["language"],
                    topic_id=topic_id,
                    service_id=data.get("service"),
                    answer_id=data.get("answer"),
                    forwarded_to_id=receiver_id,
                    task_description=data["task"],
                    case_reference=data["case"],
                    client_id=request.auth.application.client_id,
                )
            except services.ContactError as exc:
                raise contact_error(exc) from None
            fresh = selectors.contact(logged.pk)
            assert fresh is not None
            return 201, contact_data(fresh, timezone.now()), logged.case_id

        return run_once(request, owner=caller(request), key=key, change=change)


# Updates refused for what the contact is, not for the values sent.
REFUSED_UPDATES = {
    "time_already_set": (409, "The contact does not allow this"),
    "already_finished": (409, "The contact does not allow this"),
}

CONTACT_ID = OpenApiParameter("contact_id", int, OpenApiParameter.PATH, description="Its id.")


class ContactDetailView(ContactCenterView):
    pagination_class = None
    http_method_names = ["get", "patch"]

    @extend_schema(
        operation_id="contactcenter_contacts_retrieve",
        summary="One logged contact",
        description="The contact with its answer target, outcome and forwarded task.",
        parameters=[CONTACT_ID],
        responses={200: OpenApiResponse(ContactSerializer, description="The contact.")},
        tags=["contact center"],
    )
    def get(self, request: Request, contact_id: int, *args: Any, **kwargs: Any) -> Response:
        return Response(contact_data(self.contact(contact_id), timezone.now()))

    @extend_schema(
        operation_id="contactcenter_contacts_partial_update",
        summary="Add a contact's answer or end time",
        description=(
            "For a contact logged before it was answered or finished, e.g. an e-mail logged "
            "when it arrived: sets `answered_at` and/or `finished_at`. Each time is set "
            "once; sending the same value again changes nothing, so retries are safe, and "
            "another value is a 409 `time_already_set`; a contact that ended unanswered cannot be "
            "answered afterwards (409 `already_finished`). An e-mail's office time to "
            "answer follows, and a forwarded task still open and not escalated is due "
            "counted from the contact's new end."
        ),
        parameters=[CONTACT_ID],
        request=ContactUpdateSerializer,
        responses={
            200: OpenApiResponse(ContactSerializer, description="The contact, changed."),
            400: OpenApiResponse(description="Invalid times; each error names its field."),
            404: OpenApiResponse(description="No logged contact has this id."),
            409: OpenApiResponse(description="A time already set, or ended unanswered."),
        },
        tags=["contact center"],
    )
    def patch(self, request: Request, contact_id: int, *args: Any, **kwargs: Any) -> Response:
        incoming = ContactUpdateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        try:
            services.contact_complete(contact_id=contact_id, **incoming.validated_data)
        except services.ContactError as exc:
            if exc.code == "not_found":
                raise NotFound(str(exc)) from None
            if exc.code in REFUSED_UPDATES:
                status, title = REFUSED_UPDATES[exc.code]
                raise Problem(str(exc), status=status, code=exc.code, title=title) from None
            raise contact_error(exc) from None
        return Response(contact_data(self.contact(contact_id), timezone.now()))

    @staticmethod
    def contact(contact_id: int) -> Contact:
        found = selectors.contact(contact_id)
        if found is None:
            raise NotFound("No logged contact has this id.")
        return found
