"""Writes to the index: keep it current after changes, or rebuild it whole."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

import structlog

from search.documents import SearchDocument, registry
from search.engines import get_engine

log = structlog.get_logger(__name__)
BATCH = 200


def index_update(*, keys: Sequence[str], engine_name: str | None = None) -> tuple[int, int]:
    """Bring these documents up to date: (indexed, removed).

    Each source says what the keys stand for now; a key whose object is gone, unpublished
    or not public any more is removed from the index.
    """
    documents, gone = registry.documents(keys)
    engine = get_engine(engine_name)
    if documents:
        engine.upsert(documents)
    if gone:
        engine.delete(gone)
    log.info("search_index_updated", indexed=len(documents), removed=len(gone))
    return len(documents), len(gone)


def _all_documents(keys: Iterable[str]) -> Iterator[SearchDocument]:
    batch: list[str] = []
    for key in keys:
        batch.append(key)
        if len(batch) >= BATCH:
            yield from registry.documents(batch)[0]
            batch = []
    if batch:
        yield from registry.documents(batch)[0]


def index_rebuild(
    *, engine_name: str | None = None, progress: Callable[[int], None] | None = None
) -> int:
    """Index every document of every source again, replacing what the index held.

    Searches keep answering from the old index until the new one is complete.
    """
    count = get_engine(engine_name).rebuild(_all_documents(registry.all_keys()), progress=progress)
    log.info("search_index_rebuilt", documents=count)
    return count


def total_keys() -> int:
    return sum(1 for _ in registry.all_keys())
