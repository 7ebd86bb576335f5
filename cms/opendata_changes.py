"""What changes a row of open data without a timestamp of its own, written down as it happens.

The exports' `updated_since` keeps a row whose own time (a page's last publication, a
snippet's or key figure's last save) is at least the moment. Some changes reach a row
without touching that time; each is written here in the transaction of the change:

- pages (and their units and Swedish units' key figure values) get a `PageChange` row:
  a page saved while live, every live page below one whose path changed (moved, or its
  slug changed at publication) or whose view restriction was lifted, the pages naming a
  deleted topic, the units showing a renamed unit type or organisation, every live page
  when a site changes, and a locale's pages when its language code changes;
- organisations and topics have their own `updated_at` touched: the children of a deleted
  parent (whose `parent_id` the database sets to null), and a locale's rows when its
  language code changes.

Rows that leave the public data are tombstones instead (cms.tombstones); a move into a
restricted part of the tree and an unpublication are both, decided here from the row as it
was before the save.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction, Site

from cms import tombstones
from cms.models import Organisation, PageChange, Topic, UnitPage, UnitType
from cms.selectors import PAGE_MODELS

_BATCH = 2000
# Fields Wagtail saves alone for drafts, locks and comments: none is in an export.
_DRAFT_FIELDS = frozenset(
    {
        "draft_title",
        "latest_revision",
        "latest_revision_created_at",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        "wagtail_admin_comments",
        "numchild",
    }
)
_PATH_FIELDS = frozenset({"live", "slug", "url_path"})


def page_changes_record(*, page_ids: Iterable[int]) -> None:
    """Mark the pages as changed now (one row per page, its time moved forward)."""
    now = timezone.now()
    ids = list(dict.fromkeys(page_ids))
    for start in range(0, len(ids), _BATCH):
        PageChange.objects.bulk_create(
            [PageChange(page_id=pk, changed_at=now) for pk in ids[start : start + _BATCH]],
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=["changed_at"],
        )


def _live_below(path: str) -> list[tuple[int, int, int]]:
    """(id, content type id, locale id) of the live pages at and below `path`."""
    pages = Page.objects.live().filter(path__startswith=path)
    return list(pages.values_list("pk", "content_type_id", "locale_id"))


# --- Pages ----------------------------------------------------------------------------------


def _page_saving(
    sender: Any, instance: Page, raw: bool = False, update_fields: Any = None, **_kwargs: Any
) -> None:
    """Before a page's row is written (inside Wagtail's transaction for the save): an
    unpublication leaves tombstones; a new path changes everything live below it."""
    if raw or instance.pk is None:
        return
    if update_fields is not None and not _PATH_FIELDS & set(update_fields):
        return
    old = Page.objects.filter(pk=instance.pk).values_list("live", "url_path").first()
    if old is None:
        return
    was_live, old_url_path = old
    if was_live and not instance.live:
        tombstones.pages_withdrawn(
            [(instance.pk, instance.content_type_id, instance.locale_id)],
            tombstones.Reason.UNPUBLISHED,
        )
    if old_url_path != instance.url_path:
        # Moved (the tree's paths already are the new ones) or renamed: new paths below,
        # and a page moved into a restricted part leaves the exports with its subtree.
        below = _live_below(instance.path)
        page_changes_record(page_ids=[pk for pk, _ct, _locale in below])
        if tombstones.is_restricted(instance.path):
            tombstones.pages_withdrawn(below, tombstones.Reason.RESTRICTED)


def _page_saved(
    sender: Any, instance: Page, raw: bool = False, update_fields: Any = None, **_kwargs: Any
) -> None:
    """A live page written to (published, copied live, saved by code) is a changed row,
    unless only draft bookkeeping was saved."""
    if raw or not instance.live:
        return
    if update_fields is not None and set(update_fields) <= _DRAFT_FIELDS:
        return
    page_changes_record(page_ids=[instance.pk])


def _restriction_lifted(sender: Any, instance: PageViewRestriction, **_kwargs: Any) -> None:
    path = Page.objects.filter(pk=instance.page_id).values_list("path", flat=True).first()
    if path is not None:
        page_changes_record(page_ids=[pk for pk, _ct, _locale in _live_below(path)])


# --- Snippets shown in rows of other exports ------------------------------------------------


def _children_touched(model: type[Organisation] | type[Topic]) -> Any:
    def receiver(sender: Any, instance: Any, **_kwargs: Any) -> None:
        # The database sets their parent to null right after: a change of their rows.
        model.objects.filter(parent_id=instance.pk).update(updated_at=timezone.now())

    return receiver


def _topic_deleting(sender: Any, instance: Topic, **_kwargs: Any) -> None:
    """Pages naming the topic lose it from `topic_ids` (their links go with the topic)."""
    q = Q()
    for model in PAGE_MODELS:
        through = model.topics.through
        q |= Q(
            pk__in=through.objects.filter(topic_id=instance.pk).values(
                f"{model._meta.model_name}_id"
            )
        )
    page_changes_record(page_ids=Page.objects.live().filter(q).values_list("pk", flat=True))


def _slug_renamed(field: str) -> Any:
    """Units show their type's and organisation's slug: a new slug changes their rows."""

    def receiver(sender: Any, instance: Any, raw: bool = False, **_kwargs: Any) -> None:
        if raw or instance.pk is None:
            return
        old = type(instance).objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
        if old is None or old == instance.slug:
            return
        units = UnitPage.objects.live().filter(**{field: instance.pk})
        page_changes_record(page_ids=units.values_list("pk", flat=True))

    return receiver


# --- Sites and locales: the paths and language codes of everything ---------------------------


def _site_changed(sender: Any, **_kwargs: Any) -> None:
    page_changes_record(
        page_ids=Page.objects.live().filter(depth__gt=1).values_list("pk", flat=True)
    )


def _locale_renamed(sender: Any, instance: Locale, raw: bool = False, **_kwargs: Any) -> None:
    if raw or instance.pk is None:
        return
    old = Locale.objects.filter(pk=instance.pk).values_list("language_code", flat=True).first()
    if old is None or old == instance.language_code:
        return
    pages = Page.objects.live().filter(locale_id=instance.pk)
    page_changes_record(page_ids=pages.values_list("pk", flat=True))
    for model in (Organisation, Topic):
        model.objects.filter(locale_id=instance.pk).update(updated_at=timezone.now())


def _marks_forgotten(sender: Any, instance: Page, **_kwargs: Any) -> None:
    # A mark made while the page's deletion was under way (its view restriction or the site
    # it roots goes first, in the same cascade, and marks the pages below) goes with it.
    PageChange.objects.filter(page_id=instance.pk).delete()


def connect() -> None:
    post_delete.connect(_marks_forgotten, sender=Page, dispatch_uid="opendata-marks-forgotten")
    for model in (Page, *PAGE_MODELS):
        pre_save.connect(
            _page_saving, sender=model, dispatch_uid=f"opendata-saving-{model.__name__}"
        )
        post_save.connect(
            _page_saved, sender=model, dispatch_uid=f"opendata-saved-{model.__name__}"
        )
    post_delete.connect(
        _restriction_lifted, sender=PageViewRestriction, dispatch_uid="opendata-restriction-lifted"
    )
    for model in (Organisation, Topic):
        pre_delete.connect(
            _children_touched(model),
            sender=model,
            dispatch_uid=f"opendata-{model.__name__}-children",
        )
    pre_delete.connect(_topic_deleting, sender=Topic, dispatch_uid="opendata-topic-pages")
    pre_save.connect(
        _slug_renamed("organisation_id"), sender=Organisation, dispatch_uid="opendata-org-slug"
    )
    pre_save.connect(
        _slug_renamed("unit_type_id"), sender=UnitType, dispatch_uid="opendata-unit-type-slug"
    )
    for signal in (post_save, post_delete):
        signal.connect(_site_changed, sender=Site, dispatch_uid=f"opendata-site-{id(signal)}")
    pre_save.connect(_locale_renamed, sender=Locale, dispatch_uid="opendata-locale-renamed")
