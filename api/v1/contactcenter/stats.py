"""Service-level figures of the contact center, aggregated in the database."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api.v1.contactcenter.common import ContactCenterView
from api.v1.contactcenter.contacts import CHANNELS, SLUG
from cms.directory import directory
from cms.models import Organisation
from contactcenter.conf import service_levels
from contactcenter.selectors import service_level_figures

MAX_DAYS = 366
DEFAULT_DAYS = 30


class TargetSerializer(serializers.Serializer):
    target = serializers.CharField(help_text="The service level, e.g. 20 s or 4 office hours.")
    measured = serializers.IntegerField(help_text="Contacts answered, or unanswered past due.")
    answered_in_time = serializers.IntegerField()
    share = serializers.FloatField(allow_null=True, help_text="0-1; null when none measured.")


class ResolutionSerializer(serializers.Serializer):
    goal = serializers.FloatField()
    contacts = serializers.IntegerField()
    resolved = serializers.IntegerField()
    rate = serializers.FloatField(allow_null=True)
    meets_goal = serializers.BooleanField(allow_null=True)


class ChannelFigureSerializer(serializers.Serializer):
    channel = serializers.CharField()
    contacts = serializers.IntegerField()
    resolved = serializers.IntegerField()


class TopicFigureSerializer(serializers.Serializer):
    topic = serializers.CharField(allow_null=True, help_text="Slug; null: no topic logged.")
    name = serializers.CharField(allow_null=True)
    contacts = serializers.IntegerField()
    resolved = serializers.IntegerField()


class ForwardedFigureSerializer(serializers.Serializer):
    organisation = serializers.CharField(help_text="Slug of the receiving organisation.")
    name = serializers.CharField()
    contacts = serializers.IntegerField()
    open = serializers.IntegerField(help_text="Their tasks not yet done.")
    late = serializers.IntegerField(help_text="Their tasks past due and not done.")


class TaskFiguresSerializer(serializers.Serializer):
    total = serializers.IntegerField()
    open = serializers.IntegerField()
    late = serializers.IntegerField()
    done_late = serializers.IntegerField()
    escalated = serializers.IntegerField()


class StatsSerializer(serializers.Serializer):
    from_ = serializers.DateField()
    to = serializers.DateField()
    contacts = serializers.IntegerField()
    phone = TargetSerializer()
    email = TargetSerializer()
    first_contact_resolution = ResolutionSerializer()
    channels = ChannelFigureSerializer(many=True)
    topics = TopicFigureSerializer(many=True, help_text="The 50 busiest topics.")
    forwarded = ForwardedFigureSerializer(many=True)
    tasks = TaskFiguresSerializer()

    def get_fields(self) -> dict[str, Any]:
        fields = super().get_fields()
        fields["from"] = fields.pop("from_")
        return fields


# Figures exist for no earlier day, and no later day is worth asking about.
FIRST_DAY, LAST_DAY = dt.date(2000, 1, 1), dt.date(2099, 12, 31)


def _date(request: Request, name: str) -> dt.date | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        if len(raw) == 10:
            day = dt.date.fromisoformat(raw)
            if FIRST_DAY <= day <= LAST_DAY:
                return day
    except ValueError:
        pass
    raise ValidationError({name: [f"A date from {FIRST_DAY} to {LAST_DAY}, e.g. 2026-03-01."]})


def period(request: Request, today: dt.date) -> tuple[dt.date, dt.date]:
    """The days asked for, both included (default: the last 30 days)."""
    end = _date(request, "to") or today
    start = _date(request, "from") or end - dt.timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise ValidationError({"from": ["Must not be after `to`."]})
    if (end - start).days >= MAX_DAYS:
        raise ValidationError({"from": [f"At most {MAX_DAYS} days at a time."]})
    return start, end


def figures_data(figures: dict[str, Any], start: dt.date, end: dt.date) -> dict[str, Any]:
    totals, levels = figures["totals"], service_levels()
    rate = figures["first_contact_resolution"]
    return {
        "from": start.isoformat(),
        "to": end.isoformat(),
        "contacts": totals["total"],
        "phone": {
            "target": f"{levels.phone_answer.total_seconds():g} s",
            "measured": totals["phone_measured"],
            "answered_in_time": totals["phone_in_time"],
            "share": figures["phone_answered_in_time"],
        },
        "email": {
            "target": f"{levels.email_answer.total_seconds() / 3600:g} office hours",
            "measured": totals["email_measured"],
            "answered_in_time": totals["email_in_time"],
            "share": figures["email_answered_in_time"],
        },
        "first_contact_resolution": {
            "goal": levels.first_contact_goal,
            "contacts": totals["total"],
            "resolved": totals["resolved"],
            "rate": rate,
            "meets_goal": None if rate is None else rate >= levels.first_contact_goal,
        },
        "channels": figures["channels"],
        "topics": [
            {
                "topic": row["topic__slug"],
                "name": row["topic__name"],
                "contacts": row["contacts"],
                "resolved": row["resolved"],
            }
            for row in figures["topics"]
        ],
        "forwarded": [
            {
                "organisation": row["forwarded_to__slug"],
                "name": row["forwarded_to__name"],
                "contacts": row["contacts"],
                "open": row["open"],
                "late": row["late"],
            }
            for row in figures["forwarded"]
        ],
        "tasks": figures["tasks"],
    }


class StatsView(ContactCenterView):
    pagination_class = None
    query_parameters = frozenset({"from", "to", "channel", "organisation"})

    @extend_schema(
        operation_id="contactcenter_stats",
        summary="Service-level figures",
        description=(
            "For contacts started in the period (days in the office's time zone, both "
            "included; default the last 30): the share of phone calls answered within 20 s "
            "and of e-mails within four office hours (weekdays 08-17, Swedish public "
            "holidays and midsummer, Christmas and New Year's eves closed), first-contact "
            "resolution against the 80% goal, volumes per channel and topic, forwarded "
            "contacts per organisation, and late tasks. A contact counts towards its "
            "answer target once answered or past due unanswered."
        ),
        parameters=[
            OpenApiParameter(
                "from", {"type": "string", "format": "date"}, description="First day."
            ),
            OpenApiParameter("to", {"type": "string", "format": "date"}, description="Last day."),
            OpenApiParameter("channel", str, enum=CHANNELS, description="Only this channel."),
            OpenApiParameter(
                "organisation",
                {"type": "string", "pattern": SLUG},
                description="Only the errands of this organisation (slug).",
            ),
        ],
        responses={200: OpenApiResponse(StatsSerializer, description="The figures.")},
        tags=["contact center"],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        zone = service_levels().office_hours.zone
        now = timezone.now()
        start, end = period(request, now.astimezone(zone).date())
        channel = request.query_params.get("channel")
        if channel is not None and channel not in CHANNELS:
            raise ValidationError({"channel": [f"Must be one of: {', '.join(CHANNELS)}."]})
        organisation_id = None
        slug = request.query_params.get("organisation")
        if slug is not None:
            organisation_id = directory().source_id_for_slug(Organisation, slug)
            if organisation_id is None:
                raise ValidationError({"organisation": ["No organisation has this slug."]})
        figures = service_level_figures(
            start=dt.datetime.combine(start, dt.time(), tzinfo=zone),
            end=dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tzinfo=zone),
            now=now,
            channel=channel,
            organisation_id=organisation_id,
        )
        return Response(figures_data(figures, start, end))
