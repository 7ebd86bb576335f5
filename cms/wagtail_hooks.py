"""Admin registration: snippets with their own menu group."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.models import Contact, KeyFigure, Organisation, Topic, UnitFigure, UnitType


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
        UnitTypeViewSet,
        KeyFigureViewSet,
        UnitFigureViewSet,
    )


register_snippet(CityDataGroup)
