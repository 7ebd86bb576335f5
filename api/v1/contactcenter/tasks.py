"""Forwarded tasks: the contact center follows them, the receiving organisation works them.

Reading: the contact center (`contactcenter`) sees every task; a back-office client or
case handler (`cases:manage`) sees the tasks of the organisations it handles cases for,
as with cases. Changing a task's status is for the latter only: the receiving
organisation says how its work goes. Any other task is 404 to them.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.response import Response

from api import scopes
from api.base import PAGINATION_PARAMETERS, APIBaseView
from api.errors import Problem
from api.schema import ScopedAutoSchema
from api.v1.contactcenter.common import handled_organisations, organisation_ref, utc
from api.v1.contactcenter.contacts import TASK_STATUSES
from api.v1.content import OrganisationRefSerializer
from contactcenter import selectors, services
from contactcenter.models import Channel, Task

READERS = [[scopes.CONTACTCENTER], [scopes.CASES_MANAGE]]
WORKERS = [[scopes.CASES_MANAGE]]


class AnyScopeSet(BasePermission):
    """The token carries every scope of at least one of the view's sets for the method."""

    def has_permission(self, request: Request, view: Any) -> bool:
        token = request.auth
        if token is None:
            return False
        sets = view.scope_sets.get(request.method, [])
        return any(token.is_valid(scope_set) for scope_set in sets)


class AnyScopeSetSchema(ScopedAutoSchema):
    def get_auth(self) -> list[dict[str, list[str]]]:
        super().get_auth()
        return [{"oauth2": list(s)} for s in self.view.scope_sets.get(self.method, [])]


class TaskContactSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    channel = serializers.ChoiceField(choices=Channel.choices)
    started_at = serializers.DateTimeField()
    language = serializers.CharField()
    topic = serializers.CharField(allow_null=True, help_text="The topic's slug.")
    case = serializers.CharField(allow_null=True, help_text="A linked case reference.")


class TaskSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=Task.Status.choices)
    organisation = OrganisationRefSerializer(help_text="The receiving organisation.")
    description = serializers.CharField(help_text="What the organisation is to do.")
    due_at = serializers.DateTimeField()
    late = serializers.BooleanField(help_text="Not done and past due.")
    done_at = serializers.DateTimeField(allow_null=True)
    escalated_at = serializers.DateTimeField(allow_null=True)
    contact = TaskContactSerializer()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class TaskUpdateSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=Task.Status.choices)


def task_data(task: Task, now: Any) -> dict[str, Any]:
    contact = task.contact
    return {
        "id": task.pk,
        "status": task.status,
        "organisation": organisation_ref(task.organisation),
        "description": task.description,
        "due_at": utc(task.due_at),
        "late": task.status != Task.Status.DONE and task.due_at < now,
        "done_at": utc(task.done_at),
        "escalated_at": utc(task.escalated_at),
        "contact": {
            "id": contact.pk,
            "channel": contact.channel,
            "started_at": utc(contact.started_at),
            "language": contact.language,
            "topic": contact.topic.slug if contact.topic else None,
            "case": contact.case.reference if contact.case else None,
        },
        "created_at": utc(task.created_at),
        "updated_at": utc(task.updated_at),
    }


class TaskBaseView(APIBaseView):
    permission_classes = [AnyScopeSet]
    schema = AnyScopeSetSchema()
    cacheable = False
    scope_sets: ClassVar[dict[str, list[list[str]]]] = {"GET": READERS}
    required_scopes: ClassVar[list[str]] = [scopes.CONTACTCENTER]  # for the docs' scheme

    def visible_to(self, request: Request) -> frozenset[int] | None:
        """The organisations whose tasks the caller may read (None: all)."""
        if request.method == "GET" and request.auth.is_valid([scopes.CONTACTCENTER]):
            return None
        return handled_organisations(request)

    def task(self, request: Request, task_id: int) -> Task:
        found = selectors.tasks(organisation_ids=self.visible_to(request)).filter(pk=task_id)
        task = found.select_related("contact__case").first()
        if task is None:
            raise NotFound("No task you may see has this id.")
        return task


class TaskListView(TaskBaseView):
    query_parameters = frozenset({"status", "late"})

    @extend_schema(
        operation_id="contactcenter_tasks_list",
        summary="Forwarded tasks",
        description=(
            "Tasks from forwarded contacts, soonest due first: every task for the contact "
            "center, an organisation's own for its back-office clients and case handlers "
            "(cases:manage). `late=true` keeps those past due and not done."
        ),
        parameters=[
            OpenApiParameter("status", str, enum=TASK_STATUSES, description="Only this status."),
            OpenApiParameter("late", str, enum=["true", "false"], description="Only late ones."),
            *PAGINATION_PARAMETERS,
        ],
        responses={200: OpenApiResponse(TaskSerializer(many=True), description="A page.")},
        tags=["contact center"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        status, late = request.query_params.get("status"), request.query_params.get("late")
        if status is not None and status not in TASK_STATUSES:
            raise ValidationError({"status": [f"Must be one of: {', '.join(TASK_STATUSES)}."]})
        if late not in {None, "true", "false"}:
            raise ValidationError({"late": ["Must be true or false."]})
        now = timezone.now()
        found = selectors.tasks(
            organisation_ids=self.visible_to(request),
            status=status,
            late_at=now if late == "true" else None,
        ).select_related("contact__case")
        window = self.paginate_queryset(found)
        assert window is not None
        return self.get_paginated_response([task_data(t, now) for t in window])


TASK_ID = OpenApiParameter("task_id", int, OpenApiParameter.PATH, description="Its id.")


class TaskDetailView(TaskBaseView):
    pagination_class = None
    scope_sets: ClassVar[dict[str, list[list[str]]]] = {"GET": READERS, "PATCH": WORKERS}
    http_method_names = ["get", "patch"]

    @extend_schema(
        operation_id="contactcenter_tasks_retrieve",
        summary="One forwarded task",
        description="The task with the contact it came from.",
        parameters=[TASK_ID],
        responses={200: OpenApiResponse(TaskSerializer, description="The task.")},
        tags=["contact center"],
    )
    def get(self, request: Request, task_id: int, *args: Any, **kwargs: Any) -> Response:
        return Response(task_data(self.task(request, task_id), timezone.now()))

    @extend_schema(
        operation_id="contactcenter_tasks_partial_update",
        summary="Say how a forwarded task goes",
        description=(
            "The receiving organisation's back-office client or case handler moves the task "
            "open → in_progress → done (or back to open); done is final. Setting the status "
            "it already has changes nothing."
        ),
        parameters=[TASK_ID],
        request=TaskUpdateSerializer,
        responses={
            200: OpenApiResponse(TaskSerializer, description="The task, changed."),
            404: OpenApiResponse(description="No task of the caller's organisations has this id."),
            409: OpenApiResponse(description="The task is done."),
        },
        tags=["contact center"],
    )
    def patch(self, request: Request, task_id: int, *args: Any, **kwargs: Any) -> Response:
        incoming = TaskUpdateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        task = self.task(request, task_id)
        try:
            services.task_update(task_id=task.pk, status=incoming.validated_data["status"])
        except services.ContactError as exc:
            raise Problem(
                str(exc), status=409, code=exc.code, title="The task does not allow this"
            ) from None
        return Response(task_data(self.task(request, task_id), timezone.now()))
