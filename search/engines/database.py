"""The database engine: the embedded default and small installations.

Documents are rows of `SearchEntry`; the full-text index sits beside them:
- SQLite: an FTS5 table of analysed terms (rowid = entry id), ranked by BM25 with titles
  weighing ten times the text;
- PostgreSQL: a `tsvector` column with a GIN index that holds the text under the
  locale's own configuration (`swedish` for sv) and the analysed terms under `simple`,
  ranked by `ts_rank`; suggestions and spelling use trigram similarity (pg_trgm).
Ranking looks at no more than RANK_CAP matches (on PostgreSQL, those matching in the
title first), so a term in every document costs about what a rare one does; facets and
distances are computed over those candidates.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction

from search import analysis
from search.analysis import AnalysedQuery
from search.documents import SearchDocument
from search.engines.base import (
    RANK_CAP,
    Hit,
    SearchEngine,
    SearchQuery,
    SearchResult,
    Suggestion,
    distance_m,
)
from search.models import SearchEntry, SearchWord

BATCH = 500
SUGGEST_POOL = 200  # titles ordered for a suggestion, at most
PG_CONFIGS = {"sv": "swedish", "en": "english", "fi": "finnish"}


@dataclass
class _Candidate:
    id: int
    key: str
    score: float
    kind: str
    organisation: str
    type: str
    topics: str
    latitude: float | None
    longitude: float | None
    distance: float | None = None


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

    def __init__(self) -> None:
        self._dialect: _Dialect = _PostgresDialect() if _is_postgres() else _SqliteDialect()

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
        ranked = self._dialect.ranked(query.query, query.locale, where, params)
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
        entries = SearchEntry.objects.in_bulk([c.id for c in window])
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


def _bare_hits(window: list[_Candidate]) -> list[Hit]:
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
    """SQL conditions on the entry table `e` for the query's filters."""
    clauses: list[str] = ["e.locale = %s"]
    params: list[Any] = [query.locale]
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


def _facets(candidates: list[_Candidate]) -> dict[str, dict[str, int]]:
    counters: dict[str, Counter[str]] = {
        "kind": Counter(),
        "organisation": Counter(),
        "topic": Counter(),
        "type": Counter(),
    }
    for c in candidates:
        counters["kind"][c.kind] += 1
        if c.organisation:
            counters["organisation"][c.organisation] += 1
        if c.type:
            counters["type"][c.type] += 1
        counters["topic"].update(t for t in c.topics.split("|") if t)
    return {name: dict(counter.most_common(20)) for name, counter in counters.items()}


def _highlights(entry: SearchEntry, query: AnalysedQuery) -> dict[str, str]:
    out = {"title": analysis.highlight(entry.title, query, entry.locale, length=500)}
    for name in ("summary", "body"):
        text = getattr(entry, name)
        snippet = analysis.highlight(text, query, entry.locale)
        if "<mark>" in snippet:
            out["text"] = snippet
            break
    else:
        out["text"] = analysis.highlight(entry.summary or entry.body, query, entry.locale)
    return out


# --- Dialects ------------------------------------------------------------------------------


class _Dialect:
    def index(self, ids: list[int]) -> None: ...

    def unindex(self, ids: list[int]) -> None: ...

    def ranked(
        self, query: AnalysedQuery, locale: str, where: str, params: list[Any]
    ) -> list[_Candidate]:
        raise NotImplementedError

    def suggest(self, typed: list[str], locale: str, limit: int) -> list[tuple[str, str, str, str]]:
        raise NotImplementedError

    def near_words(self, word: str, locale: str, limit: int) -> list[str]:
        raise NotImplementedError


_CANDIDATE_COLUMNS = (
    "e.id, e.key, e.kind, e.organisation, e.type, e.topics, e.latitude, e.longitude"
)


def _candidates(rows: Iterable[Sequence[Any]]) -> list[_Candidate]:
    return [
        _Candidate(
            id=r[0],
            key=r[1],
            kind=r[2],
            organisation=r[3],
            type=r[4],
            topics=r[5],
            latitude=r[6],
            longitude=r[7],
            score=float(r[8]),
        )
        for r in rows
    ]


class _SqliteDialect(_Dialect):
    """FTS5 over the analysed terms."""

    def index(self, ids: list[int]) -> None:
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO search_fts(rowid, title_terms, text_terms) SELECT id, title_terms, "
                f"text_terms FROM search_searchentry WHERE id IN ({_marks(ids)})",
                ids,
            )

    def unindex(self, ids: list[int]) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM search_fts WHERE rowid IN ({_marks(ids)})", ids)

    @staticmethod
    def match(query: AnalysedQuery) -> str:
        def term(stem: str, prefix: bool) -> str:
            return '"' + stem.replace('"', "") + '"' + ("*" if prefix else "")

        groups = []
        for group in query.groups:
            alternatives = [
                "(" + " AND ".join(term(s, alt.prefix) for s in alt.stems) + ")" for alt in group
            ]
            groups.append("(" + " OR ".join(alternatives) + ")")
        return " AND ".join(groups)

    def ranked(
        self, query: AnalysedQuery, locale: str, where: str, params: list[Any]
    ) -> list[_Candidate]:
        if not query.groups:
            return []
        sql = (
            f"SELECT {_CANDIDATE_COLUMNS}, -bm25(search_fts, 10.0, 1.0) * e.boost AS score "
            "FROM search_fts JOIN search_searchentry e ON e.id = search_fts.rowid "
            f"WHERE search_fts MATCH %s AND {where} "
            f"ORDER BY score DESC, e.title, e.key LIMIT {RANK_CAP}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.match(query), *params])
            return _candidates(cursor.fetchall())

    def suggest(self, typed: list[str], locale: str, limit: int) -> list[tuple[str, str, str, str]]:
        stems = [analysis.stem(w, locale) for w in typed[:-1]] + [typed[-1]]
        match = " AND ".join(
            f'title_terms : "{s.replace(chr(34), "")}"' + ("*" if i == len(stems) - 1 else "")
            for i, s in enumerate(stems)
        )
        sql = (
            "SELECT e.key, e.title, e.kind, e.url FROM search_fts "
            "JOIN search_searchentry e ON e.id = search_fts.rowid "
            "WHERE search_fts MATCH %s AND e.locale = %s "
            "ORDER BY -bm25(search_fts, 10.0, 1.0) * e.boost DESC, length(e.title), e.title "
            "LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [match, locale, limit])
            return list(cursor.fetchall())

    def near_words(self, word: str, locale: str, limit: int) -> list[str]:
        if len(word) < 3:
            return []
        first = {word[0], analysis.fold(word[0])}
        candidates = SearchWord.objects.filter(
            locale=locale,
            word__regex=r"^[" + "".join(first) + r"]",
        ).values_list("word", flat=True)
        pool = [w for w in candidates if abs(len(w) - len(word)) <= 2]
        folded = {analysis.fold(w): w for w in pool}
        close = difflib.get_close_matches(analysis.fold(word), list(folded), n=limit, cutoff=0.75)
        return [folded[w] for w in close]


def _marks(values: Sequence[Any]) -> str:
    return ", ".join(["%s"] * len(values))


class _PostgresDialect(_Dialect):
    """tsvector with the locale's configuration plus the analysed terms; pg_trgm."""

    VECTOR = (
        "setweight(to_tsvector(e.config, e.title), 'A') || "
        "setweight(to_tsvector('simple', e.title_terms), 'A') || "
        "setweight(to_tsvector(e.config, e.summary), 'B') || "
        "setweight(to_tsvector(e.config, left(e.body, 100000)), 'C') || "
        "setweight(to_tsvector('simple', e.text_terms), 'C')"
    )

    def index(self, ids: list[int]) -> None:
        configs = " ".join(f"WHEN '{code}' THEN '{name}'" for code, name in PG_CONFIGS.items())
        sql = (
            "UPDATE search_searchentry AS t SET search_vector = v.vector FROM ("
            f"SELECT e.id, {self.VECTOR} AS vector FROM (SELECT s.*, "
            f"(CASE s.locale {configs} ELSE 'simple' END)::regconfig AS config "
            "FROM search_searchentry s WHERE s.id = ANY(%s)) e) v WHERE t.id = v.id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [ids])

    @staticmethod
    def tsquery(query: AnalysedQuery, locale: str, *, weight: str = "") -> tuple[str, list[Any]]:
        """A tsquery: each word's analysed alternatives (simple), or the word under the
        locale's own configuration; all words required. `weight="A"` matches titles only."""
        config = PG_CONFIGS.get(locale, "simple")
        parts, params = [], []
        for word, group in zip(query.words, query.groups, strict=False):
            alternatives = " | ".join(
                "(" + " & ".join(_term(stem, alt.prefix, weight) for stem in alt.stems) + ")"
                for alt in group
            )
            parts.append(f"(to_tsquery('simple', %s) || to_tsquery('{config}', %s))")
            params.extend([alternatives, _term(word, False, weight)])
        return " && ".join(parts) or "''::tsquery", params

    def ranked(
        self, query: AnalysedQuery, locale: str, where: str, params: list[Any]
    ) -> list[_Candidate]:
        """Ranks at most RANK_CAP matches, taking those that match in the title first."""
        if not query.groups:
            return []
        tsquery, tparams = self.tsquery(query, locale)
        in_title, title_params = self.tsquery(query, locale, weight="A")
        sql = (
            f"WITH q AS (SELECT {tsquery} AS query, {in_title} AS title_query), "
            f"m AS ((SELECT e.id, 0 AS tier FROM search_searchentry e, q "
            f"WHERE e.search_vector @@ q.title_query AND {where} LIMIT {RANK_CAP}) UNION ALL "
            f"(SELECT e.id, 1 AS tier FROM search_searchentry e, q "
            f"WHERE e.search_vector @@ q.query AND {where} LIMIT {RANK_CAP})), "
            f"c AS (SELECT id FROM m GROUP BY id ORDER BY min(tier), id LIMIT {RANK_CAP}) "
            f"SELECT {_CANDIDATE_COLUMNS}, ts_rank(e.search_vector, q.query) * e.boost AS score "
            "FROM search_searchentry e JOIN c ON c.id = e.id, q "
            "ORDER BY score DESC, e.title, e.key"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*tparams, *title_params, *params, *params])
            return _candidates(cursor.fetchall())

    def suggest(self, typed: list[str], locale: str, limit: int) -> list[tuple[str, str, str, str]]:
        """Titles with words starting as typed; titles spelled alike when none do.

        The prefix is matched in titles only (weight A), and at most SUGGEST_POOL of them
        are ordered, so a two-letter prefix costs no more than a long one.
        """
        stems = [analysis.stem(w, locale) for w in typed[:-1]]
        lexemes = [_term(s, False, "A") for s in stems] + [_term(typed[-1], True, "A")]
        text = " ".join(typed)
        order = (
            "ORDER BY (lower(e.title) LIKE %s) DESC, similarity(e.title, %s) * e.boost DESC, "
            "length(e.title), e.title LIMIT %s"
        )
        by_prefix = (
            "WITH c AS (SELECT id FROM search_searchentry WHERE locale = %s AND "
            f"search_vector @@ to_tsquery('simple', %s) LIMIT {SUGGEST_POOL}) "
            "SELECT e.key, e.title, e.kind, e.url FROM search_searchentry e JOIN c ON c.id = e.id "
            + order
        )
        alike = (
            "SELECT e.key, e.title, e.kind, e.url FROM search_searchentry e "
            "WHERE e.locale = %s AND e.title %% %s " + order
        )
        with connection.cursor() as cursor:
            cursor.execute(by_prefix, [locale, " & ".join(lexemes), text + "%", text, limit])
            rows = list(cursor.fetchall())
            if not rows:
                cursor.execute(alike, [locale, text, text + "%", text, limit])
                rows = list(cursor.fetchall())
            return rows

    def near_words(self, word: str, locale: str, limit: int) -> list[str]:
        sql = (
            "SELECT word FROM search_searchword WHERE locale = %s AND word %% %s "
            "ORDER BY similarity(word, %s) DESC, word LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [locale, word, word, limit])
            return [row[0] for row in cursor.fetchall()]


def _term(stem: str, prefix: bool, weight: str) -> str:
    """A tsquery operand: 'stem', 'stem':* (prefix), 'stem':A (titles only)."""
    suffix = ("*" if prefix else "") + weight
    return _lexeme(stem) + (f":{suffix}" if suffix else "")


def _lexeme(stem: str) -> str:
    """A tsquery lexeme, quoted."""
    return "'" + stem.replace("'", "").replace("\\", "") + "'"
