"""Tombstones for open data: every record that leaves a public export is written down.

A mirror that applies the deletions feed (cms.opendata.deletion_chunks) and then the
rows changed since its last sync holds exactly what the exports hold. Records leave an
export when they are deleted, when a page is unpublished, when a view restriction makes
pages private, when a page moves into a restricted part of the tree, and when a key figure
value is moved to a unit whose values are not published. Every tombstone is written in
the transaction of its change: deletions from Django's delete, unpublications and moves
from the page's save (cms.opendata_changes, inside Wagtail's transaction for it), a key
figure value's move from its save, and view restrictions from their save (the admin's
privacy form runs in one transaction, config/urls.py).

Rows that change without leaving (moved out of a restricted part, a restriction lifted)
are marked as changed instead (cms.opendata_changes).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from cms.models import Deletion, Organisation, Topic, UnitFigure, UnitPage
from cms.selectors import PAGE_MODELS

Kind = Deletion.Kind
Reason = Deletion.Reason


def deletions_record(*, kind: str, object_ids: Iterable[int], reason: str) -> None:
    """Write one tombstone per id, all stamped with the same moment."""
    now = timezone.now()
    Deletion.objects.bulk_create(
        [Deletion(kind=kind, object_id=pk, reason=reason, deleted_at=now) for pk in object_ids]
    )


def is_restricted(path: str) -> bool:
    """True for the page at `path` when a view restriction is on it or above it."""
    steps = Page.steplen
    ancestors = [path[:end] for end in range(steps, len(path) + 1, steps)]
    return PageViewRestriction.objects.filter(page__path__in=ancestors).exists()


def pages_withdrawn(pages: list[tuple[int, int, int]], reason: str) -> None:
    """Tombstones for (id, content type id, locale id) of pages leaving the public data:
    the page, the unit, and a Swedish unit's key figure values."""
    served = {ContentType.objects.get_for_model(model).pk for model in PAGE_MODELS}
    unit_type = ContentType.objects.get_for_model(UnitPage).pk
    deletions_record(
        kind=Kind.PAGE, object_ids=[pk for pk, ct, _ in pages if ct in served], reason=reason
    )
    units = [(pk, locale) for pk, ct, locale in pages if ct == unit_type]
    if not units:
        return
    deletions_record(kind=Kind.UNIT, object_ids=[pk for pk, _ in units], reason=reason)
    figures = UnitFigure.objects.filter(
        unit_id__in=[pk for pk, _ in units], unit__locale__language_code=settings.LANGUAGE_CODE
    ).values_list("pk", flat=True)
    deletions_record(kind=Kind.KEY_FIGURE, object_ids=list(figures), reason=reason)


def _page_deleted(sender: Any, instance: Page, **_kwargs: Any) -> None:
    # "deleted" even after an unpublication, so a mirror knows the id will not come back.
    # A unit's key figure values are deleted with it and recorded by their own receiver.
    served = {ContentType.objects.get_for_model(model).pk for model in PAGE_MODELS}
    if instance.content_type_id in served:
        deletions_record(kind=Kind.PAGE, object_ids=[instance.pk], reason=Reason.DELETED)
    if instance.content_type_id == ContentType.objects.get_for_model(UnitPage).pk:
        deletions_record(kind=Kind.UNIT, object_ids=[instance.pk], reason=Reason.DELETED)


def _restricted(sender: Any, instance: PageViewRestriction, created: bool, **_kwargs: Any) -> None:
    if not created:
        return
    pages = Page.objects.live().filter(path__startswith=instance.page.path)
    pages_withdrawn(
        list(pages.values_list("pk", "content_type_id", "locale_id")), Reason.RESTRICTED
    )


def _value_moving(sender: Any, instance: UnitFigure, raw: bool = False, **_kwargs: Any) -> None:
    """A key figure value given to another unit leaves the export when that unit's values
    are not published (a draft, a restricted or a translated unit)."""
    if raw or instance.pk is None:
        return
    old_unit = UnitFigure.objects.filter(pk=instance.pk).values_list("unit_id", flat=True).first()
    if old_unit is None or old_unit == instance.unit_id:
        return
    unit = (
        Page.objects.filter(pk=instance.unit_id)
        .values_list("live", "path", "locale__language_code")
        .first()
    )
    live, path, language = unit or (False, "", "")
    restricted = bool(path) and is_restricted(path)
    if live and not restricted and language == settings.LANGUAGE_CODE:
        return
    reason = Reason.RESTRICTED if live and restricted else Reason.UNPUBLISHED
    deletions_record(kind=Kind.KEY_FIGURE, object_ids=[instance.pk], reason=reason)


def _deleted(kind: str) -> Any:
    def receiver(sender: Any, instance: Any, **_kwargs: Any) -> None:
        deletions_record(kind=kind, object_ids=[instance.pk], reason=Reason.DELETED)

    return receiver


_receivers = {
    Organisation: _deleted(Kind.ORGANISATION),
    Topic: _deleted(Kind.TOPIC),
    UnitFigure: _deleted(Kind.KEY_FIGURE),
}


def connect() -> None:
    post_delete.connect(_page_deleted, sender=Page, dispatch_uid="opendata-page-deleted")
    post_save.connect(
        _restricted, sender=PageViewRestriction, dispatch_uid="opendata-page-restricted"
    )
    pre_save.connect(_value_moving, sender=UnitFigure, dispatch_uid="opendata-value-moving")
    for model, receiver in _receivers.items():
        post_delete.connect(
            receiver, sender=model, dispatch_uid=f"opendata-{model.__name__}-deleted"
        )
