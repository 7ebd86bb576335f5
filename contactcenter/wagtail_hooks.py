"""The contact center in the admin: editors read agents' feedback on their answers; the
service-level dashboard under Reports."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from cms.admin_scoping import OwnOrganisationsPolicy, scoped_to_organisations
from cms.permissions import can_edit_any_organisation, organisation_ids_for_user
from contactcenter.admin_views import DASHBOARD_PERMISSION, ServiceLevelDashboardView
from contactcenter.models import AnswerFeedback


class FeedbackPermissionPolicy(OwnOrganisationsPolicy):
    """Editors of an organisation read its feedback and mark it handled; agents write it
    through the API only, and nobody deletes it here."""

    def user_has_permission(self, user: Any, action: str) -> bool:
        if action not in {"view", "change"} or not user.is_active:
            return False
        return can_edit_any_organisation(user) or bool(organisation_ids_for_user(user))


class FeedbackIndexView(generic.IndexView):
    def get_base_queryset(self) -> QuerySet[AnswerFeedback]:
        return AnswerFeedback.objects.select_related("answer", "topic", "organisation")


@scoped_to_organisations
class FeedbackViewSet(ModelViewSet):
    model = AnswerFeedback
    name = "answer_feedback"  # /admin/answer_feedback/
    icon = "help"
    menu_label = _("Feedback on answers")
    menu_order = 270
    add_to_admin_menu = True
    add_to_reference_index = False
    index_view_class = FeedbackIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["__str__", "kind", "answer", "query", "organisation", "status", "created_at"]
    list_filter = ["status", "kind", "organisation"]
    search_fields = ["comment", "query"]
    form_fields = ["status"]  # editors mark it handled; what the agent wrote stays as sent
    inspect_view_fields = [
        "kind",
        "comment",
        "answer",
        "query",
        "topic",
        "organisation",
        "status",
        "created_at",
    ]


register_permission_policy(AnswerFeedback, FeedbackPermissionPolicy(AnswerFeedback))


@hooks.register("register_admin_viewset")
def register_feedback_viewset() -> FeedbackViewSet:
    return FeedbackViewSet()


@hooks.register("register_admin_urls")
def register_dashboard_url() -> list[Any]:
    return [
        path(
            "reports/contact-center/",
            ServiceLevelDashboardView.as_view(),
            name="contactcenter_dashboard",
        )
    ]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request: Any) -> bool:
        return bool(request.user.has_perm(DASHBOARD_PERMISSION))


@hooks.register("register_reports_menu_item")
def register_dashboard_menu_item() -> MenuItem:
    return DashboardMenuItem(
        _("Contact center"),
        reverse("contactcenter_dashboard"),
        name="contact-center",
        icon_name="pick",
        order=910,
    )
