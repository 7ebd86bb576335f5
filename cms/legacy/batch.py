"""Writing a run's new pages in batches: a few statements for a hundred pages.

A new page is validated in memory when its item is read (the same field and page checks
as an editor's save) and gets its primary key, and its first revision's, from the
tables' sequences at once, so the items after it can link to it and sit below it before
anything is written. A batch then inserts the page rows, the rows of their page types,
revisions, topics, "created" log entries and the items' URL-map rows together, in one
transaction. When a batch fails, its items are written one by one, so only the item at
fault (and the pages below it) is reported failed and nothing is left half-created.

Wagtail's save and publish signals are not sent for these inserts. What their receivers
do is done once per batch instead: the content version is counted in the batch's
transaction, and after it commits the worker is given the reference index, the admin
search and our search index to update, and `pages_published_in_bulk` is sent (the API
purges the frontend cache's copies on it).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision

from cms.legacy.content import old_key
from cms.models import LegacyItem, LegacyLink, Topic
from cms.signals import pages_published_in_bulk
from cms.tasks import refresh_wagtail_indexes
from cms.versioning import content_version_bump
from search.tasks import enqueue_update

BATCH_SIZE = 200
RESERVE = 100  # keys taken from a sequence at a time


def _reserve(model: type[models.Model], count: int) -> list[int]:
    """`count` primary keys of `model` that no other insert will take."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [table, model._meta.pk.column, count],
            )
            return [row[0] for row in cursor.fetchall()]
        if connection.vendor != "sqlite":
            raise NotImplementedError(f"Keys ahead of inserting on {connection.vendor}.")
        # SQLite's AUTOINCREMENT keeps the highest key given in sqlite_sequence; unlike a
        # PostgreSQL sequence it rolls back with the transaction (see PageBatch.forget_keys).
        cursor.execute(
            "UPDATE sqlite_sequence SET seq = seq + %s WHERE name = %s RETURNING seq",
            [count, table],
        )
        row = cursor.fetchone()
        if row is None:
            cursor.execute(f'SELECT COALESCE(MAX("id"), 0) FROM "{table}"')  # noqa: S608
            top = cursor.fetchone()[0] + count
            cursor.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, top])
        else:
            top = row[0]
        return list(range(top - count + 1, top + 1))


class _Keys:
    def __init__(self, model: type[models.Model]) -> None:
        self.model, self.free = model, list[int]()

    def take(self) -> int:
        if not self.free:
            self.free = _reserve(self.model, RESERVE)[::-1]
        return self.free.pop()


@dataclass
class Staged:
    """One new page waiting for its batch, with what its item writes beside it."""

    page: Page
    revision: Revision
    topics: list[Topic]
    row: LegacyItem
    links: list[str] = field(default_factory=list)
    item: Any = None  # the source item, for reporting a failure


def _fk_names(model: type[models.Model]) -> list[str]:
    # Their values are objects the run holds (organisation, locale, revisions to come):
    # asking the database whether each exists, for every page, is what made imports slow.
    return [f.name for f in model._meta.concrete_fields if f.is_relation]


class PageBatch:
    def __init__(self) -> None:
        self.staged: list[Staged] = []
        self.by_pk: dict[int, Page] = {}
        self.page_keys, self.revision_keys = _Keys(Page), _Keys(Revision)

    def __len__(self) -> int:
        return len(self.staged)

    def forget_keys(self) -> None:
        """Drop keys taken but not used: on SQLite a rolled-back item gives them back."""
        self.page_keys.free, self.revision_keys.free = [], []

    def page(self, pk: int) -> Page | None:
        """A page staged in the current batch (not written yet), by its key."""
        return self.by_pk.get(pk)

    def stage(
        self,
        *,
        parent: Page,
        model: type[Page],
        fields: dict[str, Any],
        slug: str,
        path: str,
        topics: list[Topic],
    ) -> Page:
        """Validate a new published page below `parent` and give it its keys; raises
        ValidationError for an invalid one, which then takes nothing."""
        now = timezone.now()
        page = model(
            slug=slug,
            locale_id=parent.locale_id,
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
            latest_revision_created_at=now,
            depth=parent.depth + 1,
            path=path,
            numchild=0,
            url_path=f"{parent.url_path}{slug}/",
            **fields,
        )
        page.topics = topics  # type: ignore[attr-defined]
        page._cached_parent_obj = parent  # type: ignore[attr-defined]  # may not be written yet
        # Page.full_clean less the foreign keys' existence checks (see _fk_names) and the
        # sibling-slug query, which the batch asks once for all its pages (_slugs_check);
        # the run also keeps its slugs apart.
        page._check_slug_is_unique = _slug_checked_by_batch  # type: ignore[method-assign]
        try:
            page.full_clean(
                exclude=_fk_names(model), validate_unique=False, validate_constraints=False
            )
        finally:
            del page._check_slug_is_unique
        # Serialised before the page has its key, when there is no child row to look for.
        content = page.serializable_data()
        pk = self.page_keys.take()
        page.id = page.pk = content["pk"] = pk  # type: ignore[misc]
        revision = Revision(
            id=self.revision_keys.take(),
            content_type=ContentType.objects.get_for_model(model),
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id=str(pk),
            content=content,
            object_str=str(page),
            created_at=now,
        )
        page.latest_revision_id = page.live_revision_id = revision.pk
        self.by_pk[pk] = page
        self.staged.append(Staged(page=page, revision=revision, topics=topics, row=LegacyItem()))
        return page

    def attach(self, page: Page, *, item: Any, row: LegacyItem, links: list[str]) -> None:
        """The item's row (saved or not) and outbound links, written with `page`."""
        staged = self.staged[-1]
        if staged.page is not page:
            raise ValueError("Attach the item to the page staged last.")
        staged.item, staged.row, staged.links = item, row, links

    def flush(self) -> list[tuple[Staged, str]]:
        """Write the staged pages; returns those that could not be written, with why."""
        staged, self.staged, self.by_pk = self.staged, [], {}
        if not staged:
            return []
        new_rows = [s.row for s in staged if s.row.pk is None]
        try:
            with transaction.atomic():
                _write(staged)
            return []
        except Exception:  # noqa: S110  # found again below, item by item
            pass
        failures: list[tuple[Staged, str]] = []
        failed_paths: list[str] = []
        for one in staged:
            if any(one.page.path.startswith(path) for path in failed_paths):
                failures.append((one, "The page above it could not be written."))
                failed_paths.append(one.page.path)
                continue
            for row in new_rows:  # the rolled-back insert gave them keys that are not theirs
                row.pk, row._state.adding = None, True
            try:
                with transaction.atomic():
                    _write([one])
            except Exception as exc:  # one item's storage error costs only that item
                failures.append((one, f"{type(exc).__name__}: {exc}"))
                failed_paths.append(one.page.path)
        return failures


def _slug_checked_by_batch() -> None:
    """Stands in for a staged page's own sibling-slug query."""


def _slugs_check(pages: list[Page]) -> None:
    """Wagtail's rule that siblings' slugs differ, for a batch's pages in one query: raises
    the ValidationError a page's own full_clean would for the first page whose slug a page
    already written below the same parent has."""
    steplen = Page.steplen
    wanted: dict[str, dict[str, Page]] = defaultdict(dict)
    for page in pages:
        wanted[page.path[:-steplen]][page.slug] = page
    condition = Q()
    for parent_path, slugs in wanted.items():
        depth = len(parent_path) // steplen + 1
        condition |= Q(path__startswith=parent_path, depth=depth, slug__in=sorted(slugs))
    for path, slug in Page.objects.filter(condition).values_list("path", "slug"):
        page = wanted[path[:-steplen]].get(slug)
        if page is not None:
            Page._check_slug_is_unique(page)


def _write(staged: list[Staged]) -> None:
    using = connection.alias
    pages = [s.page for s in staged]
    _slugs_check(pages)
    # The insert Django's own Model.save makes for each table of a multi-table model,
    # made once for all rows (bulk_create refuses such models).
    Page._base_manager._insert(pages, fields=Page._meta.local_concrete_fields, using=using)  # type: ignore[attr-defined]
    by_model: dict[type[Page], list[Staged]] = defaultdict(list)
    for s in staged:
        by_model[type(s.page)].append(s)
    for model, group in by_model.items():
        rows = [s.page for s in group]
        _rows_insert(model, rows)
        through = model._meta.get_field("topics").remote_field.through  # type: ignore[union-attr]
        owner = f"{model._meta.model_name}_id"
        through.objects.bulk_create(
            through(**{owner: s.page.pk, "topic_id": topic.pk}) for s in group for topic in s.topics
        )
    for page in pages:
        page._state.adding, page._state.db = False, using
    _rows_insert(Revision, [s.revision for s in staged])
    now = timezone.now()
    PageLogEntry.objects.bulk_create(
        PageLogEntry(
            content_type=ContentType.objects.get_for_model(page, for_concrete_model=False),
            page_id=page.pk,
            label=page.get_admin_display_title(),
            action="wagtail.create",
            timestamp=now,
            data={},
            content_changed=True,
        )
        for page in pages
    )
    _write_rows(staged, now)
    _numchild_update({page.path[: -Page.steplen] for page in pages})
    content_version_bump()
    enqueue_update([f"page:{page.pk}" for page in pages])
    transaction.on_commit(partial(_published, pages), using=using)


def _rows_insert(model: type[models.Model], objs: list[Any]) -> None:
    """Insert rows of one table, their keys given, as Model.save's insert does: one statement
    a row, sent together (psycopg pipelines them). Django's insert of many rows at once
    binds each column as an array on PostgreSQL, and quoting large JSON values (bodies,
    revisions' content) into array literals took longer in Python than the insert itself."""
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    columns = ", ".join(quote(str(field.column)) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})"  # noqa: S608
    rows = [
        [field.get_db_prep_save(field.pre_save(obj, True), connection) for field in fields]
        for obj in objs
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
    for obj in objs:
        obj._state.adding, obj._state.db = False, connection.alias


def _published(pages: list[Page]) -> None:
    refresh_wagtail_indexes.enqueue([page.pk for page in pages])
    pages_published_in_bulk.send(sender=PageBatch, pages=pages)


def _numchild_update(parent_paths: set[str]) -> None:
    """Child counts as they are now, so an editor adding a page beside the batch's (through
    treebeard) appends after them."""
    for parent in Page.objects.filter(path__in=parent_paths).only("pk", "path", "depth"):
        count = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()
        Page.objects.filter(pk=parent.pk).update(numchild=count)


ROW_FIELDS = [
    "kind",
    "old_url",
    "old_path",
    "title",
    "language",
    "page",
    "content_hash",
    "text_signature",
    "status",
    "error",
    "updated_at",
]


def _write_rows(staged: list[Staged], now: Any) -> None:
    for s in staged:
        s.row.page_id = s.page.pk
        s.row.updated_at = now
    new = [s.row for s in staged if s.row.pk is None]
    old = [s.row for s in staged if s.row.pk is not None]
    LegacyItem.objects.bulk_create(new)
    if old:
        LegacyItem.objects.bulk_update(old, ROW_FIELDS)
    links_replace([(s.row, s.links) for s in staged])


def links_replace(rows: list[tuple[LegacyItem, list[str]]]) -> None:
    """Replace these items' outbound links (addresses not imported yet) with the ones given."""
    LegacyLink.objects.filter(item__in=[row for row, _urls in rows if row.pk]).delete()
    LegacyLink.objects.bulk_create(
        LegacyLink(item=row, url=url[:2000], host=old_key(url)[0][:253])
        for row, urls in rows
        for url in sorted(set(urls))
    )
