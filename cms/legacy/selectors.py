"""Reads about old sites that the admin and the report command share."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from cms.legacy.duplicates import duplicate_groups
from cms.models import LegacyItem, LegacyLink, LegacySite


@dataclass(frozen=True)
class DuplicateRow:
    group: int
    similarity: float
    item_id: int
    host: str
    old_url: str
    title: str
    page_id: int | None


def duplicate_rows() -> list[DuplicateRow]:
    """Every page in a group of near-identical imported pages, one row each, by group."""
    groups = duplicate_groups()
    ids = [pk for group in groups for pk in group.item_ids]
    items = LegacyItem.objects.filter(pk__in=ids).select_related("site").in_bulk()
    rows = []
    for number, group in enumerate(groups, start=1):
        for pk in group.item_ids:
            item = items.get(pk)
            if item is None:
                continue
            rows.append(
                DuplicateRow(
                    group=number,
                    similarity=round(group.similarity, 2),
                    item_id=pk,
                    host=item.site.host,
                    old_url=item.old_url,
                    title=item.title,
                    page_id=item.page_id,
                )
            )
    return rows


def all_legacy_hosts() -> set[str]:
    return {host for site in LegacySite.objects.all() for host in site.hosts}


def broken_links(site: LegacySite) -> QuerySet[LegacyLink]:
    """Links on the site's pages to old addresses (of any legacy site) that lead nowhere yet."""
    return LegacyLink.objects.filter(item__site=site, host__in=all_legacy_hosts()).select_related(
        "item"
    )


@dataclass(frozen=True)
class SiteReport:
    host: str
    status: str
    pages: int
    redirects: int
    retired: int
    failed: int
    broken_links: int
    duplicates: int


def site_reports(*, host: str | None = None) -> list[SiteReport]:
    """Per legacy site: imported pages, answered addresses, broken links and duplicates."""
    sites = LegacySite.objects.order_by("host")
    if host:
        sites = sites.filter(host=host)
    duplicated = Counter(row.host for row in duplicate_rows())
    hosts = all_legacy_hosts()
    out = []
    for site in sites:
        items = LegacyItem.objects.filter(site=site)
        imported = items.filter(status=LegacyItem.Status.IMPORTED)
        out.append(
            SiteReport(
                host=site.host,
                status=site.status,
                pages=imported.filter(page__isnull=False).exclude(kind="attachment").count(),
                redirects=imported.filter(Q(page__isnull=False) | ~Q(target_url="")).count(),
                retired=items.filter(status=LegacyItem.Status.RETIRED).count(),
                failed=items.filter(status=LegacyItem.Status.FAILED).count(),
                broken_links=LegacyLink.objects.filter(item__site=site, host__in=hosts).count(),
                duplicates=duplicated.get(site.host, 0),
            )
        )
    return out
