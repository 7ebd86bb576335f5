"""Index updates run by the worker after the change that caused them has committed."""

from __future__ import annotations

from django.db import transaction
from django_tasks import task

from search.services import index_update


@task(queue_name="search")
def update_documents(keys: list[str]) -> int:
    indexed, removed = index_update(keys=keys)
    return indexed + removed


def enqueue_update(keys: list[str]) -> None:
    """Queue an index update for these keys once the current transaction commits."""
    if keys:
        unique = sorted(set(keys))
        transaction.on_commit(lambda: update_documents.enqueue(unique))
