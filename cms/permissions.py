"""Editors' rights follow organisations.

Wagtail's group page permissions still decide *what* an editor may do in a part of
the tree (add, change, publish…). On top of that, an existing page may only be
changed, published, moved, locked or deleted by members of its owning
organisation's editor groups. Adding pages under a shared section is allowed by
the tree permissions alone; the page form then limits the new page's owner to the
editor's own organisations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import AnonymousUser
from wagtail.models import Locale, PagePermissionTester

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from cms.models import Organisation

EDIT_ANY_ORGANISATION = "cms.edit_any_organisation"
_CACHE_ATTR = "_city_organisation_ids"


def can_edit_any_organisation(user: User | AnonymousUser) -> bool:
    return bool(user.is_active and (user.is_superuser or user.has_perm(EDIT_ANY_ORGANISATION)))


def organisation_ids_for_user(user: User | AnonymousUser) -> frozenset[int]:
    """Ids of the (source-locale) organisations whose editor groups the user belongs to."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is None:
        from cms.models import Organisation

        cached = frozenset(
            Organisation.objects.filter(editor_groups__user=user).values_list("pk", flat=True)
        )
        setattr(user, _CACHE_ATTR, cached)
    return cached


def organisations_for_user(user: User | AnonymousUser) -> Any:
    """The organisations the user may choose as a page's owner (source locale only)."""
    from cms.models import Organisation

    source = Organisation.objects.filter(locale=Locale.get_default())
    if can_edit_any_organisation(user):
        return source
    return source.filter(pk__in=organisation_ids_for_user(user))


class OrganisationPagePermissionTester(PagePermissionTester):
    def _owns_page(self) -> bool:
        if can_edit_any_organisation(self.user):
            return True
        organisation: Organisation | None = getattr(self.page, "organisation", None)
        return organisation is not None and organisation.pk in organisation_ids_for_user(self.user)

    def can_edit(self) -> bool:
        return self._owns_page() and super().can_edit()

    def can_delete(self, ignore_bulk: bool = False) -> bool:
        return self._owns_page() and super().can_delete(ignore_bulk=ignore_bulk)

    def can_publish(self) -> bool:
        return self._owns_page() and super().can_publish()

    def can_unpublish(self) -> bool:
        return self._owns_page() and super().can_unpublish()

    def can_move(self) -> bool:
        return self._owns_page() and super().can_move()

    def can_lock(self) -> bool:
        return self._owns_page() and super().can_lock()

    def can_unlock(self) -> bool:
        return self._owns_page() and super().can_unlock()

    def can_set_view_restrictions(self) -> bool:
        return self._owns_page() and super().can_set_view_restrictions()

    def can_copy(self) -> bool:
        # A copy keeps the owner, so copying another organisation's page would create
        # content in its name.
        return self._owns_page() and super().can_copy()

    def can_submit_for_moderation(self) -> bool:
        return self._owns_page() and super().can_submit_for_moderation()
