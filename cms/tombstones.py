"""Tombstones for open data: every record that leaves a public export is written down.

A mirror that applies the deletions feed (cms.opendata.deletion_chunks) and then the
rows changed since its last sync holds exactly what the exports hold. Records leave an
export when they are deleted, when a page is unpublished, when a view restriction makes
pages private, and when a page moves into a restricted part of the tree. Receivers run
right after the change, in its transaction where the change has one (deleting; Wagtail's
unpublish and the privacy form commit the page first, so a process dying in between can
miss a tombstone). Pages that become public again without a new publication (moved out
of a restricted part, a restriction lifted) are not marked as changed: mirrors that must
be exact re-read `pages` and `units` in full now and then (README, Open data).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_unpublished, post_page_move

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


def _pages_withdrawn(pages: list[tuple[int, int, int]], reason: str) -> None:
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


def _page_unpublished(sender: Any, instance: Page, **_kwargs: Any) -> None:
    _pages_withdrawn(
        [(instance.pk, instance.content_type_id, instance.locale_id)], Reason.UNPUBLISHED
    )


def _page_deleted(sender: Any, instance: Page, **_kwargs: Any) -> None:
    # Wagtail unpublishes a page before deleting it; "deleted" still follows, so a mirror
    # knows the id will not come back. A unit's key figure values are deleted with it and
    # recorded by their own receiver.
    served = {ContentType.objects.get_for_model(model).pk for model in PAGE_MODELS}
    if instance.content_type_id in served:
        deletions_record(kind=Kind.PAGE, object_ids=[instance.pk], reason=Reason.DELETED)
    if instance.content_type_id == ContentType.objects.get_for_model(UnitPage).pk:
        deletions_record(kind=Kind.UNIT, object_ids=[instance.pk], reason=Reason.DELETED)


def _restricted(sender: Any, instance: PageViewRestriction, created: bool, **_kwargs: Any) -> None:
    if not created:
        return
    pages = Page.objects.live().filter(path__startswith=instance.page.path)
    _pages_withdrawn(
        list(pages.values_list("pk", "content_type_id", "locale_id")), Reason.RESTRICTED
    )


def _moved(sender: Any, instance: Page, **_kwargs: Any) -> None:
    """A page moved into a restricted part of the tree leaves the exports with its
    subtree, as if the restriction had been set on it."""
    moved = Page.objects.get(pk=instance.pk)
    steps = Page.steplen
    ancestors = [moved.path[:end] for end in range(steps, len(moved.path) + 1, steps)]
    if not PageViewRestriction.objects.filter(page__path__in=ancestors).exists():
        return
    pages = Page.objects.live().filter(path__startswith=moved.path)
    _pages_withdrawn(
        list(pages.values_list("pk", "content_type_id", "locale_id")), Reason.RESTRICTED
    )


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
    page_unpublished.connect(_page_unpublished, dispatch_uid="opendata-page-unpublished")
    post_page_move.connect(_moved, dispatch_uid="opendata-page-moved")
    post_delete.connect(_page_deleted, sender=Page, dispatch_uid="opendata-page-deleted")
    post_save.connect(
        _restricted, sender=PageViewRestriction, dispatch_uid="opendata-page-restricted"
    )
    for model, receiver in _receivers.items():
        post_delete.connect(
            receiver, sender=model, dispatch_uid=f"opendata-{model.__name__}-deleted"
        )
