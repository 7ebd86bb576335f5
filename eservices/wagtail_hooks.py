"""E-service forms in the admin: drafts, publishing, revisions and translations."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from eservices.models import FormDefinition


class FormDefinitionViewSet(SnippetViewSet):
    model = FormDefinition
    icon = "form"
    menu_label = _("E-service forms")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "kind", "organisation", "locale", "live"]
    list_filter = ["kind", "locale", "live"]
    search_fields = ["title"]


register_snippet(FormDefinitionViewSet)
