"""Tell the frontend cache (CDN, Varnish) which API answers changed when a page does.

ETags already change at once for clients that revalidate; this removes the stale copies
a shared cache holds for everyone else. Listings with arbitrary query strings cannot be
named one by one: their short max-age covers them.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit
from urllib.request import urlopen

import structlog
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.representation import frontend_path
from cms.signals import pages_published_in_bulk

log = structlog.get_logger(__name__)


class TimedHTTPBackend(HTTPBackend):
    """Wagtail's PURGE backend, waiting at most `TIMEOUT` seconds for the cache (Wagtail's
    own waits for ever on a cache that accepts the connection and never answers).

    Purges run in the worker (Wagtail's purge task). A purge that fails is logged and not
    repeated: the answers' short max-age covers it. A cache that times out is taken to be
    hung for the rest of the batch, so a batch waits for one timeout, not one per URL.
    """

    def __init__(self, params: dict[str, Any]) -> None:
        self.timeout = float(params.pop("TIMEOUT", 5.0))
        super().__init__(params)

    def purge_batch(self, urls: list[str]) -> None:
        for position, url in enumerate(urls):
            if not self._purged(url):
                log.warning("frontend_cache_purge_abandoned", skipped=len(urls) - position - 1)
                return

    def purge(self, url: str) -> None:
        self._purged(url)

    def _purged(self, url: str) -> bool:
        """Send one PURGE; False only when the cache timed out (it is taken to be hung)."""
        parts = urlsplit(url)
        host = f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)
        target = (self.cache_scheme, self.cache_netloc, parts.path, parts.query, parts.fragment)
        request = PurgeRequest(
            url=urlunsplit(target),
            headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{wagtail_version}"},
        )
        try:
            with urlopen(request, timeout=self.timeout):  # noqa: S310 - the configured cache
                pass
        except OSError as exc:  # refused, timed out or an HTTP error answer
            log.warning("frontend_cache_purge_failed", path=parts.path, error=type(exc).__name__)
            return not _timed_out(exc)
        return True


def _timed_out(exc: OSError) -> bool:
    return isinstance(exc, TimeoutError) or isinstance(getattr(exc, "reason", None), TimeoutError)


def api_urls_for_page(page: Any) -> list[str]:
    """The cached API addresses that show this page."""
    base = settings.API_BASE_URL.rstrip("/")
    locale = page.locale.language_code
    urls = [
        base + reverse("api-v1:pages-detail", args=[page.pk]),
        base + reverse("api-v1:pages-list"),
        base + reverse("api-v1:navigation"),
        base + reverse("api-v1:navigation") + "?" + urlencode({"locale": locale}),
    ]
    path = frontend_path(page)
    if path:
        urls.append(base + reverse("api-v1:pages-resolve") + "?" + urlencode({"path": path}))
    return urls


def _purge(instance: Any, **_kwargs: Any) -> None:
    _purge_many(pages=[instance])


def _purge_many(*, pages: list[Any], **_kwargs: Any) -> None:
    if not settings.WAGTAILFRONTENDCACHE:
        return
    batch = PurgeBatch()
    batch.add_urls(sorted({url for page in pages for url in api_urls_for_page(page)}))
    # Queued for the worker once the change is committed, so the cache refetches the new state.
    transaction.on_commit(batch.purge)


def connect() -> None:
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_purge, dispatch_uid=f"api-purge-{id(signal)}")
    pages_published_in_bulk.connect(_purge_many, dispatch_uid="api-purge-bulk")
