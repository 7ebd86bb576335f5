"""Admin forms."""

from __future__ import annotations

from typing import Any

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale, Page, TranslatableMixin

from cms.permissions import organisations_for_user


class OrganisationPageForm(WagtailAdminPageForm):
    """The page form every page type shares.

    Pages point at source-locale (Swedish) snippets, so only those are offered and
    accepted; the owner can only be one of the editor's own organisations, and a new
    page gets the first of them.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._limit_snippets_to_source_locale()
        self._limit_owner_to_editors_organisations()

    def _limit_snippets_to_source_locale(self) -> None:
        source = Locale.get_default()
        for field in self.fields.values():
            model = getattr(getattr(field, "queryset", None), "model", None)
            if model and issubclass(model, TranslatableMixin) and not issubclass(model, Page):
                field.queryset = field.queryset.filter(locale=source)

    def _limit_owner_to_editors_organisations(self) -> None:
        field = self.fields.get("organisation")
        if field is None or self.for_user is None:
            return
        allowed = organisations_for_user(self.for_user)
        current = getattr(self.instance, "organisation_id", None)
        if current and not allowed.filter(pk=current).exists():
            # Shown read-only rather than silently reassigned.
            field.queryset = field.queryset.filter(pk=current)
            field.disabled = True
            return
        field.queryset = allowed
        if not current and not self.is_bound:
            first = allowed.first()
            if first is not None:
                self.initial["organisation"] = first.pk
