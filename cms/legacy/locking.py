"""One import of a legacy site at a time.

An import commits item by item, so what keeps a second run of the same site out is a lock
of the database session, not of a transaction: PostgreSQL's advisory lock, taken without
waiting and released when the run ends (or its connection closes, if the process dies).
Two runs side by side would both create the site's new pages and URL-map rows. SQLite
lets one writer in at a time and has no such lock; there the lock is always granted.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection as default_connection
from django.db.backends.base.base import BaseDatabaseWrapper

NAMESPACE = 0x4C474359  # "LGCY": keeps these keys apart from other advisory locks


def _key(site_pk: int) -> int:
    return (NAMESPACE << 32) | (site_pk & 0xFFFFFFFF)


@contextmanager
def site_import_lock(
    site_pk: int, *, connection: BaseDatabaseWrapper = default_connection
) -> Iterator[bool]:
    """Hold the site's import lock while the block runs; yields False, holding nothing,
    when another session has it. Take it outside the run's transactions: it outlives them."""
    if connection.vendor != "postgresql":
        yield True
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [_key(site_pk)])
        acquired = bool(cursor.fetchone()[0])
    try:
        yield acquired
    finally:
        if acquired:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [_key(site_pk)])
