"""The database engine: the embedded default and small installations.

Documents are rows of `SearchEntry`; the full-text index sits beside them (the SQL of each
database is in search.engines.dialects):
- SQLite: an FTS5 table of analysed terms (rowid = entry id), ranked by BM25 with titles
  weighing ten times the text;
- PostgreSQL: a `tsvector` column with a GIN index that holds the text under the
  locale's own configuration (`swedish` for sv) and the analysed terms under `simple`,
  ranked by `ts_rank`, and beside it impact-ordered postings (search.engines.postings)
  from which unfiltered queries with many matches, and suggestions, are read by index
  scan; spelling uses trigram similarity (pg_trgm).
Ranking looks at no more than RANK_CAP matches (on PostgreSQL, those matching in the
title first), so a term in every document costs about what a rare one does; facets and
distances are computed over those candidates.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter
from typing import Any

from django.db import connection, transaction

from search import analysis
from search.analysis import AnalysedQuery
from search.documents import SearchDocument
from search.engines.base import (
    Hit,
    SearchEngine,
    SearchQuery,
    SearchResult,
    Suggestion,
    distance_m,
)
from search.engines.dialects import Candidate, Dialect, PostgresDialect, SqliteDialect
from search.models import SearchEntry, SearchWord

BATCH = 500


def entry_from(document: SearchDocument) -> SearchEntry:
    lat, lon = document.location if document.location else (None, None)
    locale = document.locale
    return SearchEntry(
        key=document.key,
        kind=document.kind,
        locale=locale,
        title=document.title[:500],
        url=document.url or "",
        summary=document.summary[: analysis.MAX_TEXT],
        body=document.body[: analysis.MAX_TEXT],
        organisation=(document.organisation or "")[:100],
        topics="".join(f"|{t}" for t in document.topics) + ("|" if document.topics else ""),
        type=document.type[:100],
        updated=document.updated,
        latitude=lat,
        longitude=lon,
        facets=document.facets,
        boost=document.boost,
        title_terms=" ".join(analysis.index_terms(document.title, locale)),
        text_terms=" ".join(analysis.index_terms(f"{document.summary}\n{document.body}", locale)),
    )


def document_from(entry: SearchEntry) -> SearchDocument:
    has_location = entry.latitude is not None and entry.longitude is not None
    return SearchDocument(
        key=entry.key,
        kind=entry.kind,
        locale=entry.locale,
        title=entry.title,
        url=entry.url or None,
        summary=entry.summary,
        body=entry.body,
        organisation=entry.organisation or None,
        topics=tuple(t for t in entry.topics.split("|") if t),
        type=entry.type,
        updated=entry.updated,
        location=(entry.latitude, entry.longitude) if has_location else None,  # type: ignore[arg-type]
        facets=dict(entry.facets or {}),
        boost=entry.boost,
    )


class DatabaseEngine(SearchEngine):
    """Chooses its full-text dialect from the database it runs on."""

    name = "database"
    transactional = True

    def __init__(self) -> None:
        self._dialect: Dialect = PostgresDialect() if _is_postgres() else SqliteDialect()

    # --- Writing ---------------------------------------------------------------------------

    def upsert(self, documents: Sequence[SearchDocument]) -> None:
        if not documents:
            return
        unique = {document.key: document for document in documents}
        with transaction.atomic():
            self.delete(list(unique))
            entries = SearchEntry.objects.bulk_create([entry_from(d) for d in unique.values()])
            ids = [e.pk for e in entries]
            if any(pk is None for pk in ids):  # databases that do not return ids
                ids = list(SearchEntry.objects.filter(key__in=unique).values_list("pk", flat=True))
            self._dialect.index(ids)
            self._remember_words(unique.values())

    def delete(self, keys: Sequence[str]) -> None:
        with transaction.atomic():
            ids = list(SearchEntry.objects.filter(key__in=keys).values_list("pk", flat=True))
            if ids:
                self._dialect.unindex(ids)
                SearchEntry.objects.filter(pk__in=ids).delete()

    def rebuild(
        self, documents: Iterable[SearchDocument], *, progress: Callable[[int], None] | None = None
    ) -> int:
        """One transaction: readers see the old index until the new one is complete."""
        seen: set[str] = set()
        batch: list[SearchDocument] = []
        with transaction.atomic():
            # The vocabulary is remade too: words of removed documents must not be offered.
            SearchWord.objects.all().delete()
            for document in documents:
                batch.append(document)
                if len(batch) >= BATCH:
                    self.upsert(batch)
                    seen.update(d.key for d in batch)
                    if progress:
                        progress(len(batch))
                    batch = []
            if batch:
                self.upsert(batch)
                seen.update(d.key for d in batch)
                if progress:
                    progress(len(batch))
            stale = list(SearchEntry.objects.exclude(key__in=seen).values_list("key", flat=True))
            for start in range(0, len(stale), BATCH):
                self.delete(stale[start : start + BATCH])
        return len(seen)

    def _remember_words(self, documents: Iterable[SearchDocument]) -> None:
        rows = {
            (d.locale, word)
            for d in documents
            for word in analysis.words(f"{d.title} {d.summary}")
            if 3 <= len(word) <= 100 and not word.isdigit()
        }
        SearchWord.objects.bulk_create(
            [SearchWord(locale=locale, word=word) for locale, word in rows], ignore_conflicts=True
        )

    def count(self) -> int:
        return SearchEntry.objects.count()

    def lock(self, keys: Sequence[str]) -> None:
        """PostgreSQL advisory locks per key (SQLite lets one writer in at a time anyway)."""
        if not keys or connection.vendor != "postgresql":
            return
        with connection.cursor() as cursor:
            cursor.execute(
                # In one order for every worker, so two never wait on each other.
                "SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) "
                "FROM (SELECT unnest(%s::text[]) AS k ORDER BY 1) AS keys",
                [list(keys)],
            )

    # --- Reading ---------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResult:
        where, params = _filters(query)
        # Excluded keys ranked before the page move it down by as many places at most.
        whole = (query.offset, query.offset + query.limit + len(query.exclude))
        ranked = self._dialect.ranked(
            query.query,
            query.locale,
            where,
            params,
            whole=whole if query.highlight else (0, 0),
        )
        candidates = [c for c in ranked if c.key not in query.exclude]
        if query.geo is not None and query.geo.near is not None and query.geo.radius:
            for c in candidates:
                if c.latitude is not None and c.longitude is not None:
                    c.distance = distance_m(query.geo.near, (c.latitude, c.longitude))
            candidates = [
                c for c in candidates if c.distance is not None and c.distance <= query.geo.radius
            ]
        # Totals count the ranked candidates: at most RANK_CAP, which is also as far as
        # results can be paged.
        total = len(candidates)
        window = candidates[query.offset : query.offset + query.limit]
        if not query.highlight:
            return SearchResult(total=total, hits=_bare_hits(window), facets={})
        entries = _entries(window, query.locale)
        hits = [
            Hit(
                document=document_from(entries[c.id]),
                score=c.score,
                highlights=_highlights(entries[c.id], query.query),
                distance=round(c.distance, 1) if c.distance is not None else None,
            )
            for c in window
            if c.id in entries
        ]
        return SearchResult(total=total, hits=hits, facets=_facets(candidates))

    def suggest(self, prefix: str, *, locale: str, limit: int = 8) -> list[Suggestion]:
        typed = analysis.words(prefix)
        if not typed:
            return []
        rows = self._dialect.suggest(typed, locale, limit)
        return [
            Suggestion(text=title, key=key, kind=kind, url=url or None)
            for key, title, kind, url in rows
        ]

    def get(self, keys: Sequence[str]) -> dict[str, SearchDocument]:
        return {e.key: document_from(e) for e in SearchEntry.objects.filter(key__in=keys)}

    def vocabulary_near(self, word: str, *, locale: str, limit: int = 5) -> list[str]:
        return self._dialect.near_words(word.lower(), locale, limit)


def _entries(window: list[Candidate], locale: str) -> dict[int, SearchEntry]:
    """The window's entries: from what the ranking read with them, the rest from the table
    (entries removed since are left out)."""
    out = {c.id: _entry_of(c, locale) for c in window if c.entry is not None}
    missing = [c.id for c in window if c.id not in out]
    if missing:
        out.update(SearchEntry.objects.in_bulk(missing))
    return out


def _entry_of(candidate: Candidate, locale: str) -> SearchEntry:
    """The entry a candidate was ranked from, with the columns read beside it."""
    title, url, summary, body, updated, facets, boost = candidate.entry or ()
    return SearchEntry(
        id=candidate.id,
        key=candidate.key,
        kind=candidate.kind,
        locale=locale,
        title=title,
        url=url,
        summary=summary,
        body=body,
        organisation=candidate.organisation,
        topics=candidate.topics,
        type=candidate.type,
        updated=updated,
        latitude=candidate.latitude,
        longitude=candidate.longitude,
        facets=json.loads(facets) if isinstance(facets, str) else facets,  # jsonb as text
        boost=boost,
    )


def _bare_hits(window: list[Candidate]) -> list[Hit]:
    """Hits with only what the candidates carry, for callers that need keys and order."""
    return [
        Hit(
            document=SearchDocument(key=c.key, kind=c.kind, locale="", title=""),
            score=c.score,
            distance=c.distance,
        )
        for c in window
    ]


def _is_postgres() -> bool:
    return connection.vendor == "postgresql"


def _filters(query: SearchQuery) -> tuple[str, list[Any]]:
    """SQL conditions on the entry table `e` for the query's filters besides its locale
    ("" when there are none)."""
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (
        ("kind", query.kind),
        ("organisation", query.organisation),
        ("type", query.type),
    ):
        if value:
            clauses.append(f"e.{column} = %s")
            params.append(value)
    if query.topic:
        clauses.append("e.topics LIKE %s")
        params.append(f"%|{query.topic}|%")
    box = query.geo.box() if query.geo is not None else None
    if box is not None:
        clauses.append("e.latitude BETWEEN %s AND %s AND e.longitude BETWEEN %s AND %s")
        params.extend(box)
    return " AND ".join(clauses), params


def _facets(candidates: list[Candidate]) -> dict[str, dict[str, int]]:
    """Counts per facet value, in the candidates' order where counts tie."""
    topics = "".join(map(attrgetter("topics"), candidates)).split("|")
    counters = {
        "kind": Counter(map(attrgetter("kind"), candidates)),
        "organisation": Counter(map(attrgetter("organisation"), candidates)),
        "topic": Counter(topics),
        "type": Counter(map(attrgetter("type"), candidates)),
    }
    for counter in counters.values():
        counter.pop("", None)  # no organisation, type or topic
    return {name: dict(counter.most_common(20)) for name, counter in counters.items()}


def _highlights(entry: SearchEntry, query: AnalysedQuery) -> dict[str, str]:
    """The title, and a snippet of the summary, or of the body when only it has a match
    (without a match anywhere: the start of the summary, or of the body if it has none)."""
    title = analysis.highlight(entry.title, query, entry.locale, length=500)
    summary = analysis.highlight(entry.summary, query, entry.locale)
    if "<mark>" in summary:
        return {"title": title, "text": summary}
    body = analysis.highlight(entry.body, query, entry.locale)
    return {"title": title, "text": body if "<mark>" in body or not entry.summary else summary}
