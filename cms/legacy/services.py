"""Importing one old site, and the editors' writes on its URL map.

An import reads every item from the site's adapter, then writes it: new pages in batches
(`cms.legacy.batch`), everything else item by item, each in its own transaction; a
failing item is reported and leaves nothing behind, and the run goes on. Items are keyed
by their stable source id; an item whose content hash is unchanged is skipped, a changed
one becomes a new draft of its page, so a re-run duplicates nothing. Links that pointed
at pages imported later (on this or another site) are rewritten at the end of every run.
"""

from __future__ import annotations

import contextlib
import fnmatch
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page

from cms.legacy import media
from cms.legacy.adapters import SourceItem, SourceProblem, adapter_for
from cms.legacy.adapters.base import Adapter, old_host, old_path
from cms.legacy.batch import BATCH_SIZE, PageBatch, links_replace
from cms.legacy.cleaning import content_hash, plain_text
from cms.legacy.content import LinkTarget, build_body, old_key
from cms.legacy.duplicates import signature
from cms.legacy.locking import site_import_lock
from cms.legacy.pages import (
    PAGE_MODELS,
    TreeAppender,
    page_fields,
    page_update_draft,
    type_fields,
    unique_slug,
)
from cms.legacy.relinking import relink
from cms.legacy.urlmap import path_candidates
from cms.models import (
    HomePage,
    LegacyItem,
    LegacySite,
    Organisation,
    SectionPage,
    Topic,
)
from cms.models.legacy import normalise_host
from cms.versioning import content_version_bump
from search.tasks import enqueue_update

Progress = Callable[[int, int], None]


class LegacyImportError(Exception):
    """The run cannot start (unknown parent, organisation…); items never raise this."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


class ItemFailed(Exception):
    """One item cannot be imported; the reason is reported."""


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    translated: int = 0
    files: int = 0
    relinked: int = 0
    redirects: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    dry_run: bool = False

    def as_stats(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "translated": self.translated,
            "files": self.files,
            "relinked": self.relinked,
            "redirects": self.redirects,
            "failed": len(self.failed),
            "failures": [{"source_id": s, "reason": r} for s, r in self.failed[:100]],
        }


def item_hash(item: SourceItem) -> str:
    return content_hash(
        item.kind,
        item.page_type,
        item.title,
        item.body_html,
        item.summary,
        item.parent_id,
        item.language,
        item.translation_of,
        item.date.isoformat() if item.date else "",
        "|".join(item.topics),
        item.file_location,
    )


def page_at_path(path: str) -> Page | None:
    """The page at a frontend path (/sv/bygga-och-bo/) or a tree path (/start/bygga-och-bo/)."""
    segments = [s for s in path.strip("/").split("/") if s]
    locale = Locale.objects.filter(language_code=segments[0]).first() if segments else None
    if locale is not None:
        home = HomePage.objects.filter(locale=locale).first()
        if home is None:
            return None
        url_path = home.url_path + "".join(f"{s}/" for s in segments[1:])
        found = Page.objects.filter(url_path=url_path, locale=locale).first()
    else:
        found = Page.objects.filter(url_path__endswith="/" + "/".join(segments) + "/").first()
    return found.specific if found is not None else None


def legacy_site_register(
    *, host: str, adapter: str, organisation_slug: str, source: str = "", parent_path: str = ""
) -> LegacySite:
    """The legacy site for a host, created on first use; its target section is made when none
    is given (a section named after the host, below the Swedish home page)."""
    organisation = Organisation.objects.filter(
        slug=organisation_slug, locale=Locale.get_default()
    ).first()
    if organisation is None:
        raise LegacyImportError(f"No organisation {organisation_slug!r}.", code="organisation")
    parent = page_at_path(parent_path) if parent_path else None
    if parent_path and not isinstance(parent, HomePage | SectionPage):
        raise LegacyImportError(f"No section at {parent_path!r}.", code="parent")
    wanted = normalise_host(host)
    site = LegacySite.objects.filter(host=wanted).first()
    site = site or LegacySite(host=wanted, name=wanted, adapter=adapter, organisation=organisation)
    site.organisation, site.adapter = organisation, adapter
    site.source = source or site.source
    site.parent_page = parent or site.parent_page
    try:
        site.full_clean()
    except ValidationError as exc:
        raise LegacyImportError("; ".join(exc.messages), code="invalid_site") from exc
    site.save()
    return site


class _Run:
    def __init__(self, site: LegacySite, *, source: str, dry_run: bool, progress: Progress):
        self.site, self.source, self.progress = site, source, progress
        self.summary = ImportSummary(dry_run=dry_run)
        self.items = {i.source_id: i for i in LegacyItem.objects.filter(site=site)}
        self.by_path: dict[str, LegacyItem] = {i.old_path: i for i in self.items.values()}
        sites = LegacySite.objects.only("pk", "host", "aliases")
        self.host_sites = {h: s.pk for s in sites for h in s.hosts}
        self.slugs: dict[int, set[str]] = {}
        self.topics: dict[str, Topic] = {}
        self.children: set[str] = set()
        self.touched_pages: list[int] = []
        self.other_targets: dict[tuple[str, str], LinkTarget | None] = {}
        self.tree = TreeAppender()
        self.batch = PageBatch()

    # --- lookups -------------------------------------------------------------------------

    @cached_property
    def locale(self) -> Locale:
        return Locale.get_default()

    @property
    def hosts(self) -> frozenset[str]:
        return frozenset(self.host_sites)

    def lookup(self, url: str) -> LinkTarget | None:
        host, path = old_key(url)
        site_id = self.host_sites.get(host)
        if site_id == self.site.pk:
            for candidate in path_candidates(path):
                item = self.by_path.get(candidate)
                if item is not None and item.page_id and self.batch.page(item.page_id):
                    return None  # not written yet: relinked after the run's last batch
                if item is not None:
                    return _link_target(item)
            return None
        key = (host, path)
        if key not in self.other_targets:
            item = (
                LegacyItem.objects.filter(site_id=site_id, old_path__in=path_candidates(path))
                .exclude(status=LegacyItem.Status.FAILED)
                .only("status", "page_id", "media_id", "media_kind")
                .first()
            )
            self.other_targets[key] = _link_target(item) if item else None
        return self.other_targets[key]

    def parent_for(self, item: SourceItem, rule: dict[str, Any]) -> Page:
        if rule.get("parent"):
            parent = page_at_path(str(rule["parent"]))
            if parent is None:
                raise ItemFailed(f"The rule's parent {rule['parent']} does not exist.")
            return parent
        if item.parent_id:
            parent_item = self.items.get(item.parent_id)
            if parent_item is not None and parent_item.status == LegacyItem.Status.FAILED:
                raise ItemFailed("The page above it could not be imported.")
            if parent_item is not None and parent_item.page_id:
                staged = self.batch.page(parent_item.page_id)
                return staged or Page.objects.get(pk=parent_item.page_id).specific
        parent = self.site.parent_page
        if parent is None:
            raise ItemFailed("The site has no target section.")
        return parent.specific

    def page_type_for(self, item: SourceItem, rule: dict[str, Any]) -> str:
        if item.source_id in self.children:
            return "section"  # only sections have children
        wanted = item.page_type or str(rule.get("page_type") or "")
        if not wanted:
            wanted = "news" if item.kind == "post" else "article"
        if wanted not in PAGE_MODELS:
            raise ItemFailed(f"Unknown page type {wanted!r}.")
        return wanted

    def rule_for(self, item: SourceItem) -> dict[str, Any]:
        path = old_path(item.old_url)
        for rule in self.site.rules:
            if fnmatch.fnmatchcase(path, str(rule.get("pattern", ""))):
                return dict(rule)
        return {}

    def taken_slugs(self, parent: Page) -> set[str]:
        if parent.pk not in self.slugs:
            self.slugs[parent.pk] = set(parent.get_children().values_list("slug", flat=True))
        return self.slugs[parent.pk]

    def topics_prefetch(self, entries: list[SourceItem]) -> None:
        """The run's topics that exist already, in one query instead of one per name."""
        slugs = {_topic_slug(n) for e in entries if e.kind != "attachment" for n in e.topics}
        slugs.discard("")
        if not slugs:
            return
        found = Topic.objects.filter(locale=self.locale, slug__in=sorted(slugs))
        self.topics.update({topic.slug: topic for topic in found})

    def topics_for(self, names: list[str]) -> list[Topic]:
        out = []
        for name in names:
            slug = _topic_slug(name)
            if not slug:
                continue
            if slug not in self.topics:
                topic = Topic.objects.filter(locale=self.locale, slug=slug).first()
                self.topics[slug] = topic or Topic.objects.create(
                    locale=self.locale, slug=slug, name=name[:100]
                )
            out.append(self.topics[slug])
        return out

    # --- items ---------------------------------------------------------------------------

    def record(self, item: SourceItem, *, save: bool = True, **values: Any) -> LegacyItem:
        """The item's row with these values; `save=False` leaves writing it to the batch."""
        row = self.items.get(item.source_id) or LegacyItem(site=self.site, source_id=item.source_id)
        row.kind, row.old_url, row.old_path = item.kind, item.old_url, old_path(item.old_url)
        row.title, row.language = item.title[:255], item.language
        for name, value in values.items():
            setattr(row, name, value)
        if save:
            row.save()
        self.items[item.source_id] = row
        self.by_path[row.old_path] = row
        return row

    def fail(self, source_id: str, reason: str, item: SourceItem | None = None) -> None:
        self.summary.failed.append((source_id, reason))
        if item is not None and item.old_url:
            existing = self.items.get(item.source_id)
            if existing is None or existing.status == LegacyItem.Status.FAILED:
                self.record(item, status=LegacyItem.Status.FAILED, error=reason[:2000])

    def unchanged(self, item: SourceItem, digest: str) -> bool:
        row = self.items.get(item.source_id)
        if row is not None and row.status == LegacyItem.Status.RETIRED:
            return True
        return bool(
            row is not None
            and row.status == LegacyItem.Status.IMPORTED
            and row.content_hash == digest
            and (row.page_id or row.media_id)
        )

    def attachment(self, item: SourceItem) -> None:
        if self.summary.dry_run:
            self.summary.files += 1
            return
        data = media.read_attachment(item, source=self.source)
        kind, pk, url = media.attachment_store(item=item, data=data)
        self.record(
            item,
            media_kind=kind,
            media_id=pk,
            target_url=url,
            content_hash=item_hash(item),
            status=LegacyItem.Status.IMPORTED,
            error="",
        )
        self.summary.files += 1

    def page(self, item: SourceItem, topics: list[Topic]) -> None:
        if not item.title.strip():
            raise ItemFailed("The item has no title.")
        if item.language != "sv":
            self.translation(item)
            return
        rule = self.rule_for(item)
        page_type = self.page_type_for(item, rule)
        body = build_body(
            item.body_html, base_url=item.old_url, hosts=self.hosts, lookup=self.lookup
        )
        text = plain_text(item.body_html)
        fields = page_fields(item=item, blocks=body.blocks, organisation=self.site.organisation)
        fields.update(type_fields(page_type, item, self.site.name, text))
        values: dict[str, Any] = {
            "content_hash": item_hash(item),
            "text_signature": signature(text),
            "status": LegacyItem.Status.IMPORTED,
            "error": "",
        }
        row = self.items.get(item.source_id)
        if row is not None and row.page_id:
            page = page_update_draft(page=row.page, fields=fields, topics=topics)
            self.summary.updated += 1
            self.touched_pages.append(page.pk)
            links_replace([(self.record(item, page_id=page.pk, **values), body.unresolved)])
            return
        parent = self.parent_for(item, rule)
        model = PAGE_MODELS[page_type]
        if not model.can_create_at(parent):  # the page types' own rules, as in the admin
            kind = parent.specific_class.__name__
            raise ItemFailed(
                f"A {model.__name__} cannot be placed below “{parent.title}” ({kind})."
            )
        segment = urlsplit(item.old_url).path.rstrip("/").rsplit("/", 1)[-1]
        slug = unique_slug(segment.rsplit(".", 1)[0] or item.title, self.taken_slugs(parent))
        page = self.batch.stage(
            parent=parent,
            model=model,
            fields=fields,
            slug=slug,
            path=self.tree.next_path(parent),
            topics=topics,
        )
        self.summary.created += 1  # indexed and announced by its batch
        row = self.record(item, save=False, page_id=page.pk, **values)
        self.batch.attach(page, item=item, row=row, links=body.unresolved)

    def translation(self, item: SourceItem) -> None:
        twin = self.items.get(item.translation_of) if item.translation_of else None
        if twin is None or not twin.page_id:
            raise ItemFailed(f"A {item.language} page without a known Swedish twin.")
        locale = Locale.objects.filter(language_code=item.language).first()
        if locale is None:
            raise ItemFailed(f"The language {item.language!r} is not one of the site's.")
        body = build_body(
            item.body_html, base_url=item.old_url, hosts=self.hosts, lookup=self.lookup
        )
        fields = page_fields(item=item, blocks=body.blocks, organisation=self.site.organisation)
        source = Page.objects.get(pk=twin.page_id).specific
        existing = source.get_translation_or_none(locale)
        if existing is not None:
            page = page_update_draft(page=existing, fields=fields, topics=list(source.topics.all()))
            self.summary.updated += 1
        else:
            page = source.copy_for_translation(locale, copy_parents=True, alias=False)
            for name, value in fields.items():
                setattr(page, name, value)
            page.slug = unique_slug(
                item.title, set(page.get_siblings().values_list("slug", flat=True))
            )
            page.save_revision().publish()
            self.summary.translated += 1
        self.record(
            item,
            page_id=page.pk,
            content_hash=item_hash(item),
            status=LegacyItem.Status.IMPORTED,
            error="",
        )
        links_replace([(self.items[item.source_id], body.unresolved)])

    def creates_page(self, item: SourceItem) -> bool:
        row = self.items.get(item.source_id)
        return item.kind != "attachment" and item.language == "sv" and not (row and row.page_id)

    def flush(self) -> None:
        """Write the staged new pages; an item that cannot be written is reported failed."""
        for staged, reason in self.batch.flush():
            self.summary.created -= 1
            source_id = staged.row.source_id
            self.by_path.pop(staged.row.old_path, None)
            before = LegacyItem.objects.filter(pk=staged.row.pk).first() if staged.row.pk else None
            if before is None:
                self.items.pop(source_id, None)
            else:
                self.items[source_id] = self.by_path[before.old_path] = before
            self.fail(source_id, reason, staged.item)

    def one(self, item: SourceItem) -> None:
        digest = item_hash(item)
        if self.unchanged(item, digest):
            self.summary.skipped += 1
            return
        if not self.creates_page(item):
            self.flush()  # what follows may read or change pages still staged
        try:
            # Topics are shared by sites: made outside the item's transaction.
            topics = self.topics_for(item.topics) if item.kind != "attachment" else []
            with transaction.atomic():
                if item.kind == "attachment":
                    self.attachment(item)
                else:
                    self.page(item, topics)
        except (ItemFailed, media.MissingAttachment) as exc:
            self.batch.forget_keys()
            self.fail(item.source_id, str(exc), item)
        except Exception as exc:  # a validation or storage error costs only this item
            self.batch.forget_keys()
            self.fail(item.source_id, f"{type(exc).__name__}: {exc}", item)
        if len(self.batch) >= BATCH_SIZE:
            self.flush()

    def run(self, entries: list[SourceItem]) -> None:
        self.children = {e.parent_id for e in entries if e.parent_id and e.kind != "attachment"}
        self.topics_prefetch(entries)
        ordered = _ordered(entries)
        for done, item in enumerate(ordered, start=1):
            self.one(item)
            self.progress(done, len(ordered))
        self.flush()
        self.tree.finish()
        own = [host for host, pk in self.host_sites.items() if pk == self.site.pk]
        self.summary.relinked = relink(
            own_hosts=own, lookup=self.lookup, hosts=self.hosts, failed=self.summary.failed
        )


def _topic_slug(name: str) -> str:
    return slugify(name)[:100]


def _link_target(item: LegacyItem) -> LinkTarget | None:
    if item.status != LegacyItem.Status.IMPORTED:
        return None
    if item.page_id:
        return LinkTarget(kind="page", pk=item.page_id)
    if item.media_id and item.media_kind:
        return LinkTarget(kind=item.media_kind, pk=item.media_id)
    return None


def _ordered(entries: list[SourceItem]) -> list[SourceItem]:
    """Attachments first (pages show them), then pages parents first, translations last."""
    by_id = {e.source_id: e for e in entries}

    def depth(item: SourceItem) -> int:
        seen: set[str] = set()
        while item.parent_id and item.parent_id in by_id and item.parent_id not in seen:
            seen.add(item.parent_id)
            item = by_id[item.parent_id]
        return len(seen)

    def key(item: SourceItem) -> tuple[int, int, int]:
        return (item.kind != "attachment", item.language != "sv", depth(item))

    return sorted(entries, key=key)


def legacy_site_import(
    *,
    site: LegacySite,
    source: str,
    dry_run: bool = False,
    progress: Progress = lambda _done, _total: None,
) -> ImportSummary:
    """Import (or re-import) one old site from `source` with its adapter.

    Never raises for an item: malformed and failing ones are counted in `failed` with
    their reason; each item is written in its own transaction. A dry run does everything
    but fetching files, then rolls back. Raises LegacyImportError (import_running) while
    another import of the same site runs.
    """
    adapter = adapter_for(site.adapter, host=site.host)
    with site_import_lock(site.pk) as acquired:
        if not acquired:
            raise LegacyImportError(
                f"An import of {site.host} is running already.", code="import_running"
            )
        return _import(site, adapter, source=source, dry_run=dry_run, progress=progress)


def _import(
    site: LegacySite, adapter: Adapter, *, source: str, dry_run: bool, progress: Progress
) -> ImportSummary:
    # Each item commits on its own (a crash keeps what was done, and editors are not kept
    # waiting on the sections it adds to); only a dry run is one transaction, rolled back.
    with transaction.atomic() if dry_run else contextlib.nullcontext():
        run = _Run(site, source=source, dry_run=dry_run, progress=progress)
        items: list[SourceItem] = []
        seen: set[str] = set()
        for entry in adapter.read(source):
            if isinstance(entry, SourceProblem):
                run.summary.failed.append((entry.source_id, entry.reason))
            elif entry.source_id in seen:
                run.summary.failed.append((entry.source_id, "The same source id appears twice."))
            else:
                seen.add(entry.source_id)
                items.append(entry)
                host = old_host(entry.old_url)
                if host and host not in run.host_sites:
                    run.host_sites[host] = site.pk  # e.g. the address it was crawled at
        run.run(items)
        run.summary.redirects = (
            LegacyItem.objects.filter(site=site, status=LegacyItem.Status.IMPORTED)
            .exclude(page__isnull=True, target_url="")
            .count()
        )
        if dry_run:
            transaction.set_rollback(True)
            return run.summary
        site.last_run_at = timezone.now()
        site.last_run_stats = run.summary.as_stats()
        if site.status == LegacySite.Status.PLANNED:
            site.status = LegacySite.Status.IMPORTED
        site.save(update_fields=["last_run_at", "last_run_stats", "status"])
        enqueue_update([f"page:{pk}" for pk in run.touched_pages])
        content_version_bump()
    return run.summary


@transaction.atomic
def legacy_item_retire(*, item: LegacyItem) -> LegacyItem:
    """Answer the old address with 410 Gone from now on; re-imports leave it retired."""
    item.status = LegacyItem.Status.RETIRED
    item.full_clean()
    item.save(update_fields=["status", "updated_at"])
    content_version_bump()
    return item
