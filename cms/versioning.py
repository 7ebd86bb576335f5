"""The published-content version: what HTTP caches revalidate against.

Any change a public reader could see (publish, unpublish, move, delete, snippets,
redirects, images) bumps it after commit, so every public ETag changes at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from cms.models import ContentVersion

CACHE_KEY = "cms:content-version"
CACHE_SECONDS = 5
_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


def _shared_cache() -> bool:
    # A per-process cache would keep serving an old version after another process bumped it.
    return settings.CACHES["default"]["BACKEND"] not in _LOCAL_CACHES


def content_version() -> tuple[int, dt.datetime]:
    """The current version and when it changed (one cache read, or one query).

    Inside `content_version_pinned()` the first answer is repeated.
    """
    holder = _pinned.get()
    if holder:
        return holder[0]
    current = _read_content_version()
    if holder is not None:
        holder.append(current)
    return current


def _read_content_version() -> tuple[int, dt.datetime]:
    if _shared_cache():
        cached = cache.get(CACHE_KEY)
        if cached is not None:
            return cached
    row = ContentVersion.objects.filter(pk=1).values_list("version", "changed_at").first()
    current = row or (0, dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    if _shared_cache():
        # Short-lived: a reader racing a publish could store the old value after our delete.
        cache.set(CACHE_KEY, current, timeout=CACHE_SECONDS)
    return current


def content_version_bump() -> None:
    """Count one change of published content, visible to readers once the change commits."""
    now = timezone.now()
    if not ContentVersion.objects.filter(pk=1).update(version=F("version") + 1, changed_at=now):
        ContentVersion.objects.create(pk=1, version=1, changed_at=now)
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))


# One version per request: the API pins the version it read for the ETag, so every read
# in the same request (and the reference data keyed on it) agrees with that ETag.
_pinned: ContextVar[list[tuple[int, dt.datetime]] | None] = ContextVar(
    "content_version", default=None
)


@contextmanager
def content_version_pinned() -> Iterator[None]:
    """Within the block, content_version() reads the version once and then repeats it.

    Nested blocks keep the outermost block's version."""
    if _pinned.get() is not None:
        yield
        return
    token = _pinned.set([])
    try:
        yield
    finally:
        _pinned.reset(token)
