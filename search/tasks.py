"""Index updates run by the worker after the change that caused them has committed."""

from __future__ import annotations

from functools import partial

from django.db import transaction
from django_tasks import task

from search.services import BATCH, index_update


@task(queue_name="search")
def update_documents(keys: list[str]) -> int:
    indexed, removed = index_update(keys=keys)
    return indexed + removed


def enqueue_update(keys: list[str]) -> None:
    """Queue index updates for these keys, in batches, once the current transaction commits."""
    unique = sorted(set(keys))
    for start in range(0, len(unique), BATCH):
        batch = unique[start : start + BATCH]
        transaction.on_commit(partial(update_documents.enqueue, batch))
