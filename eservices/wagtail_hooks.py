"""E-service forms in the admin (drafts, publishing, revisions, translations) and the
handlers' cases."""

from __future__ import annotations

from typing import Any

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from eservices.admin_views import (
    CaseIndexView,
    CaseInspectView,
    CasePermissionPolicy,
    case_attachment_download,
)
from eservices.audit_views import REVIEW_PERMISSION, CaseAccessReportView
from eservices.models import Case, DisposalDecision, FormDefinition


class FormDefinitionViewSet(SnippetViewSet):
    model = FormDefinition
    icon = "form"
    menu_label = _("E-service forms")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "kind", "organisation", "locale", "live"]
    list_filter = ["kind", "locale", "live", "open311"]
    search_fields = ["title"]


register_snippet(FormDefinitionViewSet)


class CaseViewSet(ModelViewSet):
    """Handlers' list of their organisations' cases, each opened to handle it."""

    model = Case
    name = "cases"  # /admin/cases/, URL names cases:index, cases:inspect …
    icon = "tasks"
    menu_label = _("Cases")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = CaseIndexView
    inspect_view_class = CaseInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    # Cases are not content: keeping them out of Wagtail's reference index saves a task
    # per submission and per change.
    add_to_reference_index = False
    list_display = ["reference", "form_version", "status", "organisation", "status_changed_at"]
    list_filter = ["status", "organisation"]
    search_fields = ["reference"]
    form_fields = ["status"]  # no edit view is offered: see CasePermissionPolicy

    def get_urlpatterns(self) -> list[Any]:
        return [
            *super().get_urlpatterns(),
            path(
                "attachment/<int:pk>/<uuid:attachment_id>/",
                case_attachment_download,
                name="attachment",
            ),
        ]

    inspect_view_fields = [
        "reference",
        "form_version",
        "organisation",
        "status",
        "status_reason",
        "status_changed_at",
        "locale",
        "created_at",
        "receipt_email",
        "receipt_phone",
    ]


register_permission_policy(Case, CasePermissionPolicy(Case))


@hooks.register("register_admin_viewset")
def register_case_viewset() -> CaseViewSet:
    return CaseViewSet()


@hooks.register("register_admin_urls")
def register_case_access_report_url() -> list[Any]:
    return [path("reports/case-access/", CaseAccessReportView.as_view(), name="case_access_report")]


class CaseAccessMenuItem(MenuItem):
    def is_shown(self, request: Any) -> bool:
        return bool(request.user.has_perm(REVIEW_PERMISSION))


@hooks.register("register_reports_menu_item")
def register_case_access_menu_item() -> MenuItem:
    return CaseAccessMenuItem(
        _("Case access log"),
        reverse("case_access_report"),
        name="case-access-log",
        icon_name="view",
        order=900,
    )


class DisposalDecisionViewSet(ModelViewSet):
    """Records managers register disposal decisions; `manage.py dispose_cases` runs one."""

    model = DisposalDecision
    icon = "bin"
    menu_label = _("Disposal decisions")
    add_to_settings_menu = True
    list_display = ["reference", "decided_on", "decided_by", "form", "closed_for_days"]
    form_fields = [
        "reference",
        "decided_on",
        "decided_by",
        "description",
        "form",
        "closed_for_days",
    ]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_disposal_decision_viewset() -> DisposalDecisionViewSet:
    return DisposalDecisionViewSet("disposal_decisions")
