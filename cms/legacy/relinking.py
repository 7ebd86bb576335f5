"""Rewriting links that pointed at old addresses not imported when their pages were written.

A page's body keeps such a link as it was, and the item keeps the address as an outbound
link; when the address's site is imported (or the page it names, later in the same run),
the link becomes a page or document link. Pages are rewritten a chunk at a time: fetched
together, written with one update per page type and one for their live revisions.
"""

from __future__ import annotations

from collections import defaultdict
from functools import partial
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from modelcluster.models import get_field_value
from wagtail.models import Page, Revision

from cms.legacy.batch import links_replace
from cms.legacy.content import Lookup, relink_rich_text
from cms.models import LegacyItem, LegacyLink
from cms.tasks import refresh_wagtail_indexes
from search.tasks import enqueue_update

RELINK_BATCH = 200
# What relinking reads of a page: its body, whether an editor's draft is ahead of it, and
# the revisions its live and draft versions are.
RELINK_FIELDS = ["body", "has_unpublished_changes", "live_revision", "latest_revision"]


def relink(
    *,
    own_hosts: list[str],
    lookup: Lookup,
    hosts: frozenset[str],
    failed: list[tuple[str, str]],
) -> int:
    """Rewrite links that pointed at old addresses not imported when their pages were
    written and now resolve: on this site's pages, and on other sites' pages that link to
    this site. Returns how many pages changed; a page that cannot be saved is left as it
    was and named in `failed`, the others go on."""
    item_ids = (
        LegacyLink.objects.filter(host__in=own_hosts).values_list("item_id", flat=True).distinct()
    )
    rows = LegacyItem.objects.filter(pk__in=list(item_ids), page__isnull=False)
    changed = 0
    chunk: list[LegacyItem] = []
    for row in rows.prefetch_related("links").iterator(chunk_size=RELINK_BATCH):
        if any(lookup(link.url) for link in row.links.all()):
            chunk.append(row)
        if len(chunk) == RELINK_BATCH:
            changed += _relink_chunk(chunk, lookup=lookup, hosts=hosts, failed=failed)
            chunk = []
    return changed + _relink_chunk(chunk, lookup=lookup, hosts=hosts, failed=failed)


def _relink_chunk(
    rows: list[LegacyItem], *, lookup: Lookup, hosts: frozenset[str], failed: list[tuple[str, str]]
) -> int:
    if not rows:
        return 0
    try:
        with transaction.atomic():
            return _relink_pages(rows, lookup=lookup, hosts=hosts)
    except Exception:  # noqa: S110  # found again below, page by page
        pass
    changed = 0
    for row in rows:
        try:
            with transaction.atomic():
                changed += _relink_pages([row], lookup=lookup, hosts=hosts)
        except Exception as exc:  # one page that no longer validates never stops the run
            failed.append((row.source_id, f"Links not rewritten: {exc}"))
    return changed


def _relink_pages(rows: list[LegacyItem], *, lookup: Lookup, hosts: frozenset[str]) -> int:
    by_pk = _pages_with_bodies([row.page_id for row in rows if row.page_id])
    live: dict[type[Page], list[Page]] = defaultdict(list)
    by_revision: dict[int, Page] = {}
    links: list[tuple[LegacyItem, list[str]]] = []
    for row in rows:
        page = by_pk.get(row.page_id) if row.page_id else None
        if page is None:
            continue
        draft = page.has_unpublished_changes
        if draft:
            page = page.get_latest_revision_as_object()  # relink the editor's draft, not live
        raw = list(page.body.raw_data)
        still: list[str] = []
        for block in raw:
            if block["type"] == "rich_text":
                block["value"], left = relink_rich_text(block["value"], hosts=hosts, lookup=lookup)
                still.extend(left)
        # Images that were missing stay reported; they cannot be relinked.
        still.extend(link.url for link in row.links.all() if not lookup(link.url))
        page.body = raw
        links.append((row, still))
        if draft:
            page.save_revision()  # the editor's draft, relinked, as a new draft
            continue
        # Only link targets change: written as they stand, live and in the live revision.
        live[type(page)].append(page)
        if page.live_revision_id:
            by_revision[page.live_revision_id] = page
    for model, group in live.items():
        _column_update(model, "body", [(page.pk, page.body) for page in group])
    contents = []
    for pk, content in Revision.objects.filter(pk__in=by_revision).values_list("pk", "content"):
        page = by_revision[pk]
        content["body"] = get_field_value(page._meta.get_field("body"), page)
        contents.append((pk, content))
    _column_update(Revision, "content", contents)
    links_replace(links)
    ids = [page.pk for group in live.values() for page in group]
    enqueue_update([f"page:{pk}" for pk in ids])
    transaction.on_commit(partial(refresh_wagtail_indexes.enqueue, ids))
    return len(links)


def _pages_with_bodies(ids: list[int]) -> dict[int, Page]:
    """The pages by key, each of its own type, with only what relinking reads of them."""
    by_type: dict[int, list[int]] = defaultdict(list)
    for pk, content_type_id in Page.objects.filter(pk__in=ids).values_list("pk", "content_type"):
        by_type[content_type_id].append(pk)
    pages: dict[int, Page] = {}
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue  # a page type whose code is gone: nothing to relink in it
        found = model._base_manager.filter(pk__in=pks).only(*RELINK_FIELDS)
        pages.update((page.pk, page) for page in found)
    return pages


def _column_update(model: type[models.Model], name: str, values: list[tuple[Any, Any]]) -> None:
    """Set one column of many rows, (key, value) pairs, as one statement sent many times:
    what bulk_update writes, without building a CASE expression of every row (its cost in
    Python was most of a chunk's write)."""
    if not values:
        return
    field = model._meta.get_field(name)
    if not isinstance(field, models.Field) or model._meta.pk is None:
        raise TypeError(f"{model.__name__}.{name} is not a column.")
    quote = connection.ops.quote_name
    table, column = quote(model._meta.db_table), quote(str(field.column))
    key = quote(str(model._meta.pk.column))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET {column} = %s WHERE {key} = %s",  # noqa: S608
            [(field.get_db_prep_save(value, connection), pk) for pk, value in values],
        )
