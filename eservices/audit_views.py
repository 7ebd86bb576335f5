"""The monthly review of staff reads in the admin (Reports → Case access log)."""

from __future__ import annotations

import csv
import datetime as dt
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponseBase, StreamingHttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from eservices import audit

REVIEW_PERMISSION = "eservices.review_case_access"


class MonthForm(forms.Form):
    month = forms.DateField(input_formats=["%Y-%m"], required=False)


class ReviewForm(forms.Form):
    note = forms.CharField(
        label=_("Conclusion"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
        help_text=_("What you checked and what, if anything, was followed up."),
    )


class _Echo:
    def write(self, value: str) -> str:
        return value


def last_month(today: dt.date) -> dt.date:
    return (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


class CaseAccessReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "eservices/admin/case_access_report.html"
    page_title = _("Case access log")
    header_icon = "view"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.has_perm(REVIEW_PERMISSION):
            raise PermissionDenied
        picked = MonthForm(request.GET)
        chosen = picked.cleaned_data.get("month") if picked.is_valid() else None
        self.month = chosen or last_month(timezone.localdate())
        return super().dispatch(request, *args, **kwargs)

    def get(  # type: ignore[override]  # a CSV export streams
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> HttpResponseBase:
        if request.GET.get("export") == "csv":
            writer = csv.writer(_Echo())
            response = StreamingHttpResponse(
                (writer.writerow(row) for row in audit.month_rows(self.month)),
                content_type="text/csv; charset=utf-8",
            )
            name = f"case-access-{self.month:%Y-%m}.csv"
            response["Content-Disposition"] = f'attachment; filename="{name}"'
            response["Cache-Control"] = "no-store"
            return response
        return super().get(request, *args, **kwargs)

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        form = ReviewForm(request.POST)
        if form.is_valid():
            try:
                _review, made = audit.month_review(
                    month=self.month, user=request.user, note=form.cleaned_data["note"]
                )
            except audit.MonthNotOver:
                messages.error(request, _("A month is reviewed once it is over."))
            else:
                if made:
                    messages.success(request, _("The month is marked as reviewed."))
                else:
                    messages.warning(request, _("The month was already reviewed."))
        url = reverse("case_access_report")
        return redirect(f"{url}?month={self.month:%Y-%m}")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        first = self.month
        previous = last_month(first)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        context.update(
            report=audit.month_report(first),
            month=first,
            previous=previous,
            following=following if following <= timezone.localdate() else None,
            review_form=ReviewForm(),
        )
        return context
