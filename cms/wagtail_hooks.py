"""Admin registration: snippets with their own menu group."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
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
    NamedRole,
    Organisation,
    Routing,
    Topic,
    UnitFigure,
    UnitType,
)


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
