"""Writes to the index: keep it current after changes, or rebuild it whole."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

import structlog
from django.db import transaction

from search.documents import SearchDocument, registry
from search.engines import get_engine
from search.engines.base import SearchEngine

log = structlog.get_logger(__name__)
BATCH = 200


def index_update(*, keys: Sequence[str], engine_name: str | None = None) -> tuple[int, int]:
    """Bring these documents up to date: (indexed, removed).

    Each source says what the keys stand for now; a key whose object is gone, unpublished
    or not public any more is removed from the index. In the database engine the keys are
    locked first and read after, so of two workers updating the same key the later one writes
    what is current. An engine reached over the network gets no transaction held open across
    its requests: what is read is sent after the reads are done.
    """
    engine = get_engine(engine_name)
    if engine.transactional:
        with transaction.atomic():
            engine.lock(sorted(set(keys)))
            documents, gone = registry.documents(keys)
            _write(engine, documents, gone)
    else:
        documents, gone = registry.documents(keys)
        _write(engine, documents, gone)
    log.info("search_index_updated", indexed=len(documents), removed=len(gone))
    return len(documents), len(gone)


def _write(engine: SearchEngine, documents: Sequence[SearchDocument], gone: Sequence[str]) -> None:
    if documents:
        engine.upsert(documents)
    if gone:
        engine.delete(gone)


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
    """How many documents a rebuild would index (for its progress bar)."""
    return sum(1 for _ in registry.all_keys())
