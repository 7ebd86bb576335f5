"""Editors maintain synonyms in the admin, under Settings beside promoted search results."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from search.models import Synonym


class SynonymViewSet(ModelViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    add_to_settings_menu = True
    form_fields = ["locale", "terms"]
    list_display = ["terms", "locale"]
    list_filter = ["locale"]
    search_fields = ["terms"]


@hooks.register("register_admin_viewset")
def register_synonyms() -> SynonymViewSet:
    return SynonymViewSet("search_synonyms")
