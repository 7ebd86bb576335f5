"""Admin views of records an organisation owns (routing, named roles, feedback): an editor
sees and changes only their own organisations' rows, and names only those as the owner.

Wagtail's generic views check permissions per model; the rows are limited here, in the
listing, in every view that loads one row (edit, delete, copy, inspect, history, usage),
in the chooser, in the owner field's choices, and in the permission policy that bulk
actions ask. Editors
who may edit every organisation's pages (cms.edit_any_organisation) see everything.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.db.models import Model, QuerySet
from django.http import Http404
from wagtail.permission_policies import ModelPermissionPolicy

from cms.permissions import (
    can_edit_any_organisation,
    organisation_ids_for_user,
    organisations_for_user,
)

OWNER_FIELD = "organisation"


def owns(user: Any, instance: Model, field: str = OWNER_FIELD) -> bool:
    if can_edit_any_organisation(user):
        return True
    return getattr(instance, f"{field}_id", None) in organisation_ids_for_user(user)


def owned(queryset: QuerySet[Any], user: Any, field: str = OWNER_FIELD) -> QuerySet[Any]:
    if can_edit_any_organisation(user):
        return queryset
    return queryset.filter(**{f"{field}_id__in": organisation_ids_for_user(user)})


class OwnOrganisationsPolicy(ModelPermissionPolicy):
    """Model permissions as usual, and for one row also ownership (bulk actions ask this).
    Any of several actions is asked action by action, so subclasses that change
    user_has_permission change both."""

    def user_has_any_permission(self, user: Any, actions: Any) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user: Any, action: str, instance: Any) -> bool:
        return self.user_has_permission(user, action) and owns(user, instance)

    def user_has_any_permission_for_instance(self, user: Any, actions: Any, instance: Any) -> bool:
        return self.user_has_any_permission(user, actions) and owns(user, instance)

    def instances_user_has_any_permission_for(self, user: Any, actions: Any) -> QuerySet[Any]:
        return owned(super().instances_user_has_any_permission_for(user, actions), user)


class CentrallyKeptPolicy(OwnOrganisationsPolicy):
    """Rows only editors of every organisation may write, since they move work between
    organisations (routing decides where e-service cases and forwarded errands go); other
    editors with the view permission read their own organisations' rows."""

    WRITES = frozenset({"add", "change", "delete"})

    def user_has_permission(self, user: Any, action: str) -> bool:
        if action in self.WRITES and not can_edit_any_organisation(user):
            return False
        return super().user_has_permission(user, action)


class _OwnRow:
    """Another organisation's row does not exist for the editor (404, not 403), and the
    owner field offers only the editor's organisations."""

    request: Any

    def get_object(self, *args: Any, **kwargs: Any) -> Any:
        found = super().get_object(*args, **kwargs)  # type: ignore[misc]
        if found is not None and not owns(self.request.user, found):  # None: a new row
            raise Http404
        return found

    def get_form(self, *args: Any, **kwargs: Any) -> Any:
        form = super().get_form(*args, **kwargs)  # type: ignore[misc]
        owner = form.fields.get(OWNER_FIELD)
        if owner is not None:
            owner.queryset = organisations_for_user(self.request.user)
        return form


class _OwnRows:
    """The listing holds the editor's organisations' rows only."""

    request: Any

    def get_base_queryset(self) -> QuerySet[Any]:
        return owned(super().get_base_queryset(), self.request.user)  # type: ignore[misc]


class _OwnChoices:
    """The chooser lists and returns the editor's organisations' rows only."""

    request: Any
    model_class: Any

    def get_object_list(self) -> QuerySet[Any]:
        return owned(super().get_object_list(), self.request.user)  # type: ignore[misc]

    def get_object(self, pk: Any) -> Any:
        return owned(self.model_class.objects.all(), self.request.user).get(pk=pk)

    def get_objects(self, pks: Any) -> QuerySet[Any]:
        return owned(self.model_class.objects.filter(pk__in=pks), self.request.user)


def _own_chooser(chooser: type[Any]) -> type[Any]:
    names = [
        "choose_view_class",
        "choose_results_view_class",
        "chosen_view_class",
        "chosen_multiple_view_class",
    ]
    attrs = {
        name: type(getattr(chooser, name).__name__, (_OwnChoices, getattr(chooser, name)), {})
        for name in names
    }
    return type(chooser.__name__, (chooser,), attrs)


# The views that load one row (history and usage list log entries and references of it).
_ROW_VIEWS = (
    "add_view_class",
    "edit_view_class",
    "delete_view_class",
    "copy_view_class",
    "inspect_view_class",
    "history_view_class",
    "usage_view_class",
)

V = TypeVar("V")


def scoped_to_organisations(viewset: type[V]) -> type[V]:
    """Limit a model viewset's views to the editor's own organisations' rows."""
    index = viewset.index_view_class  # type: ignore[attr-defined]
    viewset.index_view_class = type(index.__name__, (_OwnRows, index), {})  # type: ignore[attr-defined]
    for name in _ROW_VIEWS:
        base = getattr(viewset, name)
        setattr(viewset, name, type(base.__name__, (_OwnRow, base), {}))
    chooser = getattr(viewset, "chooser_viewset_class", None)  # snippets have one
    if chooser is not None:
        viewset.chooser_viewset_class = _own_chooser(chooser)  # type: ignore[attr-defined]
    return viewset
