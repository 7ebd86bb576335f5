"""Admin forms."""

from __future__ import annotations

from typing import Any

from wagtail.admin.forms import WagtailAdminPageForm

from cms.permissions import organisations_for_user


class OrganisationPageForm(WagtailAdminPageForm):
    """Offers only the editor's own organisations as owner, and picks one for a new page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
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
