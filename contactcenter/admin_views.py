"""The service-level dashboard in the admin (Reports → Contact center), from the same
figures as GET /api/v1/contactcenter/stats/."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponseBase
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from contactcenter.conf import service_levels
from contactcenter.models import Channel
from contactcenter.selectors import service_level_figures

DASHBOARD_PERMISSION = "contactcenter.view_contact"
DEFAULT_DAYS = 30
MAX_DAYS = 366


class PeriodForm(forms.Form):
    start = forms.DateField(required=False)
    end = forms.DateField(required=False)


def _bar(label: Any, part: int, whole: int, goal: float | None = None) -> dict[str, Any]:
    share = part / whole if whole else None
    return {
        "label": label,
        "part": part,
        "whole": whole,
        "percent": None if share is None else round(share * 100, 1),
        "goal_percent": None if goal is None else round(goal * 100),
        "meets_goal": None if share is None or goal is None else share >= goal,
    }


def dashboard(figures: dict[str, Any]) -> dict[str, Any]:
    """The figures as bars: shares against their goals, volumes against the largest."""
    totals, levels = figures["totals"], service_levels()
    channels = dict(Channel.choices)
    busiest = max([row["contacts"] for row in figures["channels"]] or [0])
    return {
        "levels": [
            _bar(
                _("Phone answered within 20 s"), totals["phone_in_time"], totals["phone_measured"]
            ),
            _bar(
                _("E-mail answered within 4 office hours"),
                totals["email_in_time"],
                totals["email_measured"],
            ),
            _bar(
                _("Resolved at first contact"),
                totals["resolved"],
                totals["total"],
                levels.first_contact_goal,
            ),
        ],
        "channels": [
            _bar(str(channels.get(row["channel"], row["channel"])), row["contacts"], busiest)
            for row in figures["channels"]
        ],
        "topics": figures["topics"][:10],
        "forwarded": figures["forwarded"],
        "tasks": figures["tasks"],
        "total": totals["total"],
    }


class ServiceLevelDashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "contactcenter/admin/dashboard.html"
    page_title = _("Contact center")
    header_icon = "pick"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.has_perm(DASHBOARD_PERMISSION):
            raise PermissionDenied
        zone = service_levels().office_hours.zone
        today = timezone.now().astimezone(zone).date()
        picked = PeriodForm(request.GET)
        valid = picked.cleaned_data if picked.is_valid() else {}
        self.end = valid.get("end") or today
        self.start = valid.get("start") or self.end - dt.timedelta(days=DEFAULT_DAYS - 1)
        if self.start > self.end or (self.end - self.start).days >= MAX_DAYS:
            self.start = self.end - dt.timedelta(days=DEFAULT_DAYS - 1)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        zone = service_levels().office_hours.zone
        figures = service_level_figures(
            start=dt.datetime.combine(self.start, dt.time(), tzinfo=zone),
            end=dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time(), tzinfo=zone),
            now=timezone.now(),
        )
        return {
            **super().get_context_data(**kwargs),
            "start": self.start,
            "end": self.end,
            "board": dashboard(figures),
        }
