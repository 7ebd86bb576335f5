"""Reading the URL map: which legacy site owns a host, and what an old address became."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from cms.legacy.adapters.base import old_path
from cms.models.legacy import LegacyItem, LegacySite, normalise_host


@dataclass(frozen=True)
class Target:
    """What an old address leads to: a page, a file, a section with a tail, or nothing (410)."""

    page_id: int | None = None
    url: str = ""
    tail: str = ""
    gone: bool = False


def site_for_host(host: str) -> LegacySite | None:
    """The legacy site with this host name or alias."""
    wanted = normalise_host(host)
    if not wanted:
        return None
    site = LegacySite.objects.filter(host=wanted).first()
    if site is not None:
        return site
    for candidate in LegacySite.objects.filter(aliases__icontains=wanted):
        if wanted in candidate.hosts:
            return candidate
    return None


def path_candidates(path: str) -> list[str]:
    """Keys an old path may be stored under: as given and normalised with a trailing slash."""
    candidates = [path, old_path(path)]
    if path.endswith("/index.html"):
        candidates.append(path[: -len("index.html")])
    return list(dict.fromkeys(candidates))


def item_for(site: LegacySite, path: str) -> LegacyItem | None:
    return (
        LegacyItem.objects.filter(site=site, old_path__in=path_candidates(path))
        .exclude(status=LegacyItem.Status.FAILED)
        .order_by("pk")
        .first()
    )


def target_for_url(url: str) -> Target | None:
    """Where an old address now leads, or None when its host is no legacy site.

    The map answers first (301 to the page or file, 410 when retired); an address it does
    not know goes to the site's host-wide section keeping its path's tail, if one is set.
    """
    parts = urlsplit(url)
    site = site_for_host(parts.hostname or "")
    if site is None:
        return None
    path = parts.path or "/"
    item = item_for(site, f"{path}?{parts.query}" if parts.query else path)
    if item is None and parts.query:
        item = item_for(site, path)
    if item is not None:
        if item.status == LegacyItem.Status.RETIRED:
            return Target(gone=True)
        if item.page_id:
            return Target(page_id=item.page_id)
        if item.target_url:
            return Target(url=item.target_url)
    if site.host_redirect_page_id:
        return Target(page_id=site.host_redirect_page_id, tail=path.strip("/"))
    return Target(gone=item is not None)
