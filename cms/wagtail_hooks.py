"""Admin registration: snippets with their own menu group."""

from __future__ import annotations

from typing import Any

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.admin_scoping import (
    CentrallyKeptPolicy,
    OwnOrganisationsPolicy,
    scoped_to_organisations,
)
from cms.models import (
    Contact,
    KeyFigure,
    LegacyItem,
    LegacySite,
    NamedRole,
    Organisation,
    Routing,
    Topic,
    UnitFigure,
    UnitType,
)
from cms.versioning import content_version_bump


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "switchboard_phone", "locale"]
    list_filter = ["kind", "locale"]
    search_fields = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "parent", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    list_display = ["name", "organisation", "phone", "email"]
    list_filter = ["locale"]
    search_fields = ["name"]


class UnitTypeViewSet(SnippetViewSet):
    model = UnitType
    icon = "site"
    list_display = ["name", "slug", "locale"]


@scoped_to_organisations
class NamedRoleViewSet(SnippetViewSet):
    """People in roles: personal data, shown by the API to the contact center only."""

    model = NamedRole
    icon = "user"
    menu_label = _("Named roles")
    list_display = ["title", "person_name", "organisation", "function"]
    list_filter = ["organisation"]
    search_fields = ["title", "person_name"]


@scoped_to_organisations
class RoutingViewSet(SnippetViewSet):
    model = Routing
    icon = "redirect"
    menu_label = _("Routing")
    list_display = ["__str__", "organisation", "method", "sort_order"]
    list_filter = ["method", "organisation"]


class KeyFigureViewSet(SnippetViewSet):
    model = KeyFigure
    icon = "table"
    list_display = ["name", "unit_type", "unit_of_measure", "source"]
    list_filter = ["unit_type"]
    search_fields = ["name"]


class UnitFigureViewSet(SnippetViewSet):
    model = UnitFigure
    icon = "list-ol"
    list_display = ["unit", "figure", "year", "value"]
    list_filter = ["figure", "year"]


class CityDataGroup(SnippetViewSetGroup):
    menu_label = _("City data")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (
        OrganisationViewSet,
        TopicViewSet,
        ContactViewSet,
        NamedRoleViewSet,
        UnitTypeViewSet,
        RoutingViewSet,
        KeyFigureViewSet,
        UnitFigureViewSet,
    )


register_permission_policy(NamedRole, OwnOrganisationsPolicy(NamedRole))
register_permission_policy(Routing, CentrallyKeptPolicy(Routing))
register_snippet(CityDataGroup)


class LegacySiteViewSet(SnippetViewSet):
    """Former websites: where each goes, who owns it, how far it has come."""

    model = LegacySite
    icon = "site"
    menu_label = _("Legacy sites")
    list_display = ["name", "host", "organisation", "status", "last_run_at"]
    list_filter = ["status", "adapter"]
    search_fields = ["name", "host", "aliases"]


class LegacyItemViewSet(SnippetViewSet):
    """The URL map: every old address and the page (301) or 410 that answers it."""

    model = LegacyItem
    icon = "redirect"
    menu_label = _("Legacy addresses")
    list_display = ["old_url", "site", "kind", "status", "page"]
    list_filter = ["site", "status", "kind"]
    search_fields = ["old_url", "title"]


class LegacyGroup(SnippetViewSetGroup):
    menu_label = _("Legacy sites")
    menu_icon = "site"
    menu_order = 210
    items = (LegacySiteViewSet, LegacyItemViewSet)


register_snippet(LegacyGroup)


@hooks.register("register_admin_urls")
def register_legacy_report_urls() -> list:
    from cms.legacy.admin_views import LegacyDuplicatesReportView

    view = LegacyDuplicatesReportView
    return [
        path("reports/legacy-duplicates/", view.as_view(), name="legacy_duplicates"),
        path(
            "reports/legacy-duplicates/results/",
            view.as_view(results_only=True),
            name="legacy_duplicates_results",
        ),
    ]


class LegacyReportMenuItem(MenuItem):
    def is_shown(self, request: Any) -> bool:
        return bool(request.user.has_perm("cms.change_legacysite"))


@hooks.register("register_reports_menu_item")
def register_legacy_duplicates_menu_item() -> MenuItem:
    return LegacyReportMenuItem(
        _("Duplicates across old sites"),
        reverse("legacy_duplicates"),
        name="legacy-duplicates",
        icon_name="copy",
        order=1000,
    )


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def legacy_map_edited(request: Any, instance: Any) -> None:
    # Old addresses are answered from the map: readers' cached answers must change too.
    if isinstance(instance, LegacySite | LegacyItem):
        content_version_bump()


@hooks.register("after_delete_snippet")
def legacy_map_deleted(request: Any, instances: Any) -> None:
    if any(isinstance(instance, LegacySite | LegacyItem) for instance in instances):
        content_version_bump()
