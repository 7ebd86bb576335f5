"""The Elasticsearch engine: for installations whose content or traffic outgrows the database.

Each locale has an alias `<prefix>-<locale>` pointing at a versioned index
`<prefix>-<locale>-<version>`, so a rebuild fills new indexes while searches keep reading
the old ones, then switches every alias in one atomic `_aliases` call.

Matching runs on the terms of search.analysis, stored in `title_terms`/`text_terms` exactly
as the database engine stores them, so both engines find the same documents for the same
analysed query; the locale's own analyzers on the raw text add matches and highlights.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from itertools import islice
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from elasticsearch import ApiError, Elasticsearch
from elasticsearch.dsl import (
    Completion,
    Date,
    DslBase,
    Float,
    GeoPoint,
    Index,
    Keyword,
    Mapping,
    Object,
    Q,
    Search,
    Text,
    analyzer,
    token_filter,
)
from elasticsearch.dsl.query import Query

from search import analysis
from search.analysis import Alternative, AnalysedQuery
from search.documents import SearchDocument
from search.engines.base import (
    FACETS,
    Hit,
    SearchEngine,
    SearchQuery,
    SearchResult,
    Suggestion,
    distance_m,
)

BATCH = 500  # documents per bulk request
COUNT_CAP = 10_000  # totals stop counting here
MAX_WINDOW = 10_000  # Elasticsearch's default index.max_result_window
FACET_SIZE = 20
TITLE_BOOST = 10.0  # a title match weighs ten times a text match, as in the database engine
HIGHLIGHT_OFFSET = 100_000  # long bodies are highlighted in their first part only
# Snowball algorithms, as search.analysis uses them ("porter2" is Snowball's English).
STEMMERS = {"sv": "swedish", "en": "porter2", "fi": "finnish"}
FACET_FIELDS = dict(zip(FACETS, ("kind", "organisation", "topics", "type"), strict=True))
INTERNAL_FIELDS = ["title_terms", "text_terms", "suggest", "words"]  # not returned to callers


class IndexingError(RuntimeError):
    """Elasticsearch refused some of the documents of a bulk request."""


def _version() -> str:
    """A new index version: the UTC time to the microsecond, so versions sort by age."""
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S%f")


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


# --- Index definition --------------------------------------------------------------------------


def _raw_text(locale: str) -> Text:
    """The field for raw text, under the locale's analysis.

    Swedish compounds are split in the text only: a word typed in a query must match
    whole, as in search.analysis, so "flygplats" does not find every "plats".
    """
    if locale == "sv":
        decompound = token_filter(
            "sv_decompound",
            type="dictionary_decompounder",
            word_list=sorted(analysis.compound_parts()),
            min_word_size=analysis.MIN_COMPOUND,
            min_subword_size=3,
        )
        stemmer = token_filter("sv_stemmer", type="stemmer", language="swedish")

        def sv(name: str, steps: list[Any]) -> DslBase:
            return analyzer(name, tokenizer="standard", filter=steps)

        # Folded after stemming, as analysis folds stems: förskolan -> förskol -> forskol.
        folded = Text(
            analyzer=sv("sv_folded", ["lowercase", decompound, stemmer, "asciifolding"]),
            search_analyzer=sv("sv_folded_query", ["lowercase", stemmer, "asciifolding"]),
        )
        return Text(
            analyzer=sv("sv_text", ["lowercase", decompound, stemmer]),
            search_analyzer=sv("sv_query", ["lowercase", stemmer]),
            fields={"folded": folded},
        )
    if locale in STEMMERS:
        stemmer = token_filter(f"{locale}_stemmer", type="stemmer", language=STEMMERS[locale])
        return Text(
            analyzer=analyzer(f"{locale}_text", tokenizer="standard", filter=["lowercase", stemmer])
        )
    return Text(analyzer="standard")


def _mapping(locale: str) -> Mapping:
    suggest = analyzer("suggest", tokenizer="standard", filter=["lowercase", "asciifolding"])
    mapping = Mapping()
    mapping.meta("dynamic", "strict")
    # Facets are open-ended (a source may add any); their values are keywords.
    mapping.meta(
        "dynamic_templates",
        [{"facet_keywords": {"path_match": "facets.*", "mapping": {"type": "keyword"}}}],
    )
    for name in ("title", "summary", "body"):
        mapping.field(name, _raw_text(locale))
    for name in ("title_terms", "text_terms"):
        mapping.field(name, Text(analyzer="whitespace"))
    for name in ("key", "kind", "locale", "organisation", "topics", "type", "words"):
        mapping.field(name, Keyword())
    mapping.field("url", Keyword(ignore_above=2048))
    mapping.field("updated", Date())
    mapping.field("location", GeoPoint())
    mapping.field("facets", Object(dynamic=True))
    mapping.field("boost", Float())
    mapping.field("suggest", Completion(analyzer=suggest))
    return mapping


def _index(name: str, locale: str) -> Index:
    index = Index(name)
    # One shard: a city's content fits, and scores then use the statistics of all of it.
    index.settings(number_of_shards=1)
    index.mapping(_mapping(locale))
    return index


# --- Documents ---------------------------------------------------------------------------------


def _source(document: SearchDocument) -> dict[str, Any]:
    """What is stored for a document: its fields, the analysed terms and the suggestions."""
    d = document
    lat_lon = {"lat": d.location[0], "lon": d.location[1]} if d.location else None
    source: dict[str, Any] = {
        "key": d.key,
        "kind": d.kind,
        "locale": d.locale,
        "title": d.title,
        "url": d.url,
        "summary": d.summary,
        "body": d.body,
        "organisation": d.organisation or None,
        "topics": list(d.topics),
        "type": d.type or None,  # an empty type is no facet value
        "updated": d.updated.isoformat() if d.updated else None,
        "location": lat_lon,
        "facets": dict(d.facets),
        "boost": d.boost,
        "title_terms": " ".join(analysis.index_terms(d.title, d.locale)),
        "text_terms": " ".join(analysis.index_terms(f"{d.summary}\n{d.body}", d.locale)),
        "words": sorted(
            {
                word
                for word in analysis.words(f"{d.title} {d.summary}")
                if 3 <= len(word) <= 100 and not word.isdigit()
            }
        ),
    }
    stop = analysis.STOPWORDS.get(d.locale, frozenset())
    inputs = [d.title.strip()] + [w for w in analysis.words(d.title) if w not in stop]
    inputs = [text for text in dict.fromkeys(inputs) if text]
    if inputs:
        source["suggest"] = {"input": inputs, "weight": max(1, round(d.boost * 10))}
    return source


def _document(source: dict[str, Any]) -> SearchDocument:
    location = source.get("location")
    updated = source.get("updated")
    return SearchDocument(
        key=source["key"],
        kind=source["kind"],
        locale=source["locale"],
        title=source["title"],
        url=source.get("url") or None,
        summary=source.get("summary") or "",
        body=source.get("body") or "",
        organisation=source.get("organisation") or None,
        topics=tuple(source.get("topics") or ()),
        type=source.get("type") or "",
        updated=dt.datetime.fromisoformat(updated) if updated else None,
        location=(float(location["lat"]), float(location["lon"])) if location else None,
        facets={str(k): str(v) for k, v in (source.get("facets") or {}).items()},
        boost=float(source.get("boost", 1.0)),
    )


# --- Queries -----------------------------------------------------------------------------------


def _alternative(alternative: Alternative) -> Query:
    """Every stem in the title's terms or the text's; the last one as a prefix if asked."""
    clauses = []
    last = len(alternative.stems) - 1
    for i, stem in enumerate(alternative.stems):
        kind = "prefix" if alternative.prefix and i == last else "term"
        title = Q(kind, title_terms={"value": stem, "boost": TITLE_BOOST})
        text = Q(kind, text_terms={"value": stem})
        clauses.append(Q("bool", should=[title, text], minimum_should_match=1))
    return Q("bool", must=clauses)


def _groups(query: AnalysedQuery, locale: str) -> list[Query]:
    """One clause per word: any of its alternatives, or the word under the locale's analysis."""
    fields = [f"title^{TITLE_BOOST:g}", "summary", "body"]
    if locale == "sv":
        fields += [f"title.folded^{TITLE_BOOST:g}", "summary.folded", "body.folded"]
    clauses = []
    for i, group in enumerate(query.groups):
        should = [_alternative(alternative) for alternative in group]
        if i < len(query.words):
            word = query.words[i]
            should.append(Q("multi_match", query=word, fields=fields, operator="and"))
        clauses.append(Q("bool", should=should, minimum_should_match=1))
    return clauses


def _filters(query: SearchQuery) -> list[Query]:
    terms = (
        ("kind", query.kind),
        ("organisation", query.organisation),
        ("type", query.type),
        ("topics", query.topic),
    )
    filters = [Q("term", **{name: value}) for name, value in terms if value]
    geo = query.geo
    if geo is not None and geo.near is not None and geo.radius is not None:
        lat, lon = geo.near
        filters.append(
            Q("geo_distance", distance=f"{geo.radius}m", location={"lat": lat, "lon": lon})
        )
    if geo is not None and geo.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = geo.bbox
        box = {
            "top_left": {"lat": max_lat, "lon": min_lon},
            "bottom_right": {"lat": min_lat, "lon": max_lon},
        }
        filters.append(Q("geo_bounding_box", location=box))
    return filters


def _window(offset: int, limit: int) -> tuple[int, int]:
    """(from, size) kept inside the result window Elasticsearch allows."""
    start = min(max(offset, 0), MAX_WINDOW)
    return start, max(0, min(limit, MAX_WINDOW - start))


# --- Results -----------------------------------------------------------------------------------


def _facets(aggregations: dict[str, Any]) -> dict[str, dict[str, int]]:
    return {
        name: {
            str(bucket["key"]): int(bucket["doc_count"])
            for bucket in aggregations.get(name, {}).get("buckets", [])
            if bucket["key"] != ""
        }
        for name in FACET_FIELDS
    }


def _highlights(
    document: SearchDocument, found: dict[str, list[str]], query: AnalysedQuery
) -> dict[str, str]:
    """Elasticsearch's snippets, or the shared highlighter's where it marked nothing."""
    locale = document.locale
    title = found.get("title")
    if title:
        out = {"title": title[0]}
    else:
        out = {"title": analysis.highlight(document.title, query, locale, length=500)}
    for name in ("summary", "body"):
        if found.get(name):
            out["text"] = found[name][0]
            return out
    for name in ("summary", "body"):
        snippet = analysis.highlight(getattr(document, name), query, locale)
        if "<mark>" in snippet:
            out["text"] = snippet
            return out
    out["text"] = analysis.highlight(document.summary or document.body, query, locale)
    return out


def _hit(raw: dict[str, Any], query: SearchQuery) -> Hit:
    document = _document(raw["_source"])
    near = query.geo.near if query.geo is not None else None
    distance = None
    if near is not None and document.location is not None:
        distance = round(distance_m(near, document.location), 1)
    return Hit(
        document=document,
        score=float(raw.get("_score") or 0.0),
        highlights=_highlights(document, raw.get("highlight") or {}, query.query),
        distance=distance,
    )


class ElasticsearchEngine(SearchEngine):
    """Talks to one cluster; every index and alias it owns starts with `prefix`."""

    name = "elasticsearch"

    def __init__(self, url: str | None = None, prefix: str | None = None) -> None:
        url = url if url is not None else settings.ELASTICSEARCH_URL
        if not url:
            raise ImproperlyConfigured("The Elasticsearch engine needs ELASTICSEARCH_URL.")
        self.prefix = prefix if prefix is not None else settings.SEARCH_INDEX_PREFIX
        # Writes are idempotent (documents by key), so a timed-out request may be retried.
        self.client = Elasticsearch(
            url,
            request_timeout=settings.ELASTICSEARCH_TIMEOUT,
            retry_on_timeout=True,
            max_retries=2,
        )
        self._ready: set[str] = set()  # locales whose alias is known to exist

    def alias(self, locale: str) -> str:
        return f"{self.prefix}-{locale}"

    def describe(self) -> dict[str, Any]:
        return {"engine": self.name, "prefix": self.prefix}

    # --- Indexes and aliases -----------------------------------------------------------------

    def _aliases(self) -> dict[str, list[str]]:
        """The versioned indexes behind each locale's alias, by locale."""
        response = self.client.options(ignore_status=404).indices.get_alias(name=f"{self.prefix}-*")
        if response.meta.status == 404:
            return {}
        out: dict[str, list[str]] = {}
        start = len(self.prefix) + 1
        for index, info in response.body.items():
            for alias in info.get("aliases", {}):
                version = index[len(alias) + 1 :]
                if index.startswith(f"{alias}-") and version.isdigit():
                    out.setdefault(alias[start:], []).append(index)
        return out

    def _create_index(self, locale: str, version: str, *, live: bool = False) -> str:
        """A new versioned index; `live` also points the locale's alias at it."""
        name = f"{self.alias(locale)}-{version}"
        index = _index(name, locale)
        if live:
            # A second live index (two processes creating it at once) is then refused.
            index.aliases(**{self.alias(locale): {"is_write_index": True}})
        index.create(using=self.client)
        return name

    def _ensure_alias(self, locale: str) -> None:
        if locale in self._ready:
            return
        alias = self.alias(locale)
        if not self.client.indices.exists_alias(name=alias):
            try:
                self._create_index(locale, _version(), live=True)
            except ApiError:
                if not self.client.indices.exists_alias(name=alias):
                    raise
        self._ready.add(locale)

    def _bulk(self, operations: list[dict[str, Any]], **params: Any) -> None:
        """One bulk request; fails on any refused action but a delete of a missing document."""
        response = self.client.bulk(operations=operations, **params)
        if not response.get("errors"):
            return
        failed = [
            f"{item.get('_id')}: {item['error'].get('type')}"
            for entry in response["items"]
            for item in entry.values()
            if "error" in item
        ]
        if failed:
            self._ready.clear()  # an alias may have gone; check again next time
            raise IndexingError(f"{len(failed)} bulk actions failed, e.g. {failed[0]}")

    # --- Writing -----------------------------------------------------------------------------

    def upsert(self, documents: Sequence[SearchDocument]) -> None:
        unique = {document.key: document for document in documents}
        for locale in sorted({document.locale for document in unique.values()}):
            self._ensure_alias(locale)
        for batch in _batches(unique.values(), BATCH):
            operations: list[dict[str, Any]] = []
            for document in batch:
                action = {"_index": self.alias(document.locale), "_id": document.key}
                operations += [{"index": action}, _source(document)]
            # require_alias: a missing alias must fail, not auto-create an unmapped index.
            self._bulk(operations, refresh="wait_for", require_alias=True)

    def delete(self, keys: Sequence[str]) -> None:
        """Deletes by key from every locale's index; a key's locale is not known here."""
        if not keys:
            return
        aliases = [self.alias(locale) for locale in sorted(self._aliases())]
        for batch in _batches(dict.fromkeys(keys), BATCH):
            operations = [
                {"delete": {"_index": alias, "_id": key}} for alias in aliases for key in batch
            ]
            if operations:
                self._bulk(operations, refresh="wait_for")

    def rebuild(
        self, documents: Iterable[SearchDocument], *, progress: Callable[[int], None] | None = None
    ) -> int:
        """New indexes, filled, then every alias switched at once; the old indexes go last."""
        old = self._aliases()
        new, count = self._load(documents, locales=old, progress=progress)
        try:
            self._swap(old, new)
        except ApiError:  # refused, so nothing switched (a timeout is no ApiError)
            self._drop(new.values())
            raise
        self._ready = set(new)
        self._drop(index for indexes in old.values() for index in indexes)
        return count

    def _drop(self, indexes: Iterable[str]) -> None:
        names = sorted(indexes)
        if names:
            self.client.indices.delete(index=",".join(names))

    def _load(
        self,
        documents: Iterable[SearchDocument],
        *,
        locales: Iterable[str],
        progress: Callable[[int], None] | None,
    ) -> tuple[dict[str, str], int]:
        """({locale: new index}, documents loaded); a locale without documents gets an
        empty index, so its alias stays and finds nothing. New indexes go on failure."""
        version = _version()
        new: dict[str, str] = {}
        seen: set[str] = set()
        try:
            for locale in sorted(locales):
                new[locale] = self._create_index(locale, version)
            for batch in _batches(documents, BATCH):
                operations: list[dict[str, Any]] = []
                for document in batch:
                    if document.locale not in new:
                        new[document.locale] = self._create_index(document.locale, version)
                    action = {"_index": new[document.locale], "_id": document.key}
                    operations += [{"index": action}, _source(document)]
                self._bulk(operations)
                seen.update(document.key for document in batch)
                if progress:
                    progress(len(batch))
            if new:
                self.client.indices.refresh(index=",".join(new.values()))
        except BaseException:
            with suppress(Exception):
                self._drop(new.values())
            raise
        return new, len(seen)

    def _swap(self, old: dict[str, list[str]], new: dict[str, str]) -> None:
        actions: list[dict[str, Any]] = []
        for locale, index in sorted(new.items()):
            alias = self.alias(locale)
            actions += [{"remove": {"index": i, "alias": alias}} for i in old.get(locale, [])]
            actions.append({"add": {"index": index, "alias": alias, "is_write_index": True}})
        if actions:
            self.client.indices.update_aliases(actions=actions)

    def count(self) -> int:
        aliases = [self.alias(locale) for locale in sorted(self._aliases())]
        if not aliases:
            return 0
        return int(self.client.count(index=",".join(aliases))["count"])

    # --- Reading -----------------------------------------------------------------------------

    def _request(self, query: SearchQuery) -> Search:
        start, size = _window(query.offset, query.limit)
        exclude = [Q("terms", key=sorted(query.exclude))] if query.exclude else []
        matched = Q(
            "bool",
            must=_groups(query.query, query.locale),
            filter=_filters(query),
            must_not=exclude,
        )
        scored = Q(
            "function_score",
            query=matched,
            functions=[{"field_value_factor": {"field": "boost", "missing": 1.0}}],
            boost_mode="multiply",
        )
        search = (
            Search(using=self.client, index=self.alias(query.locale))
            .query(scored)
            .extra(from_=start, size=size, track_total_hits=COUNT_CAP)
            .source(excludes=INTERNAL_FIELDS)
            .params(ignore_unavailable=True)
            .highlight_options(
                pre_tags=["<mark>"],
                post_tags=["</mark>"],
                encoder="html",
                require_field_match=False,  # stems matched in the term fields mark the text
                max_analyzed_offset=HIGHLIGHT_OFFSET,
            )
            .highlight("title", number_of_fragments=0)
            .highlight("summary", "body", fragment_size=180, number_of_fragments=1)
        )
        for name, field in FACET_FIELDS.items():
            search.aggs.bucket(name, "terms", field=field, size=FACET_SIZE)
        return search

    def search(self, query: SearchQuery) -> SearchResult:
        if not query.query.groups:
            return SearchResult(total=0, hits=[], facets=_facets({}))
        raw = self._request(query).execute().to_dict()
        hits = raw.get("hits", {})
        total = hits.get("total", {}).get("value", 0)
        return SearchResult(
            total=int(total),
            hits=[_hit(hit, query) for hit in hits.get("hits", [])],
            facets=_facets(raw.get("aggregations", {})),
        )

    def suggest(self, prefix: str, *, locale: str, limit: int = 8) -> list[Suggestion]:
        # Each document once; Elasticsearch's skip_duplicates would drop documents that
        # match through the same title word, not repeated documents.
        text = " ".join(analysis.words(prefix))
        if not text:
            return []
        search = (
            Search(using=self.client, index=self.alias(locale))
            .source(["key", "title", "kind", "url"])
            .suggest("titles", text, completion={"field": "suggest", "size": limit})
            .params(ignore_unavailable=True)
        )
        raw = search.execute().to_dict()
        out: dict[str, Suggestion] = {}
        for entry in raw.get("suggest", {}).get("titles", []):
            for option in entry.get("options", []):
                source = option["_source"]
                out.setdefault(
                    source["key"],
                    Suggestion(
                        text=source["title"],
                        key=source["key"],
                        kind=source["kind"],
                        url=source.get("url") or None,
                    ),
                )
        return list(out.values())[:limit]

    def get(self, keys: Sequence[str]) -> dict[str, SearchDocument]:
        unique = list(dict.fromkeys(keys))
        aliases = [self.alias(locale) for locale in sorted(self._aliases())]
        if not unique or not aliases:
            return {}
        search = (
            Search(using=self.client, index=aliases)
            .filter("terms", key=unique)
            .extra(size=len(unique))
            .source(excludes=INTERNAL_FIELDS)
            .params(ignore_unavailable=True)
        )
        raw = search.execute().to_dict()
        documents = (_document(hit["_source"]) for hit in raw.get("hits", {}).get("hits", []))
        return {document.key: document for document in documents}

    def vocabulary_near(self, word: str, *, locale: str, limit: int = 5) -> list[str]:
        """The word itself when indexed, then the term suggester's closest words."""
        word = word.lower()
        if len(word) < 3:
            return []
        options = {
            "field": "words",
            "size": limit,
            "suggest_mode": "always",
            "sort": "score",
            "min_word_length": 3,
            "prefix_length": 0,  # a typo in the first letter (or a missing ring) is common
        }
        search = (
            Search(using=self.client, index=self.alias(locale))
            .filter("term", words=word)
            .extra(size=0, track_total_hits=1)
            .suggest("near", word, term=options)
            .params(ignore_unavailable=True)
        )
        raw = search.execute().to_dict()
        found = [word] if raw.get("hits", {}).get("total", {}).get("value", 0) else []
        for entry in raw.get("suggest", {}).get("near", []):
            found += [o["text"] for o in entry.get("options", []) if o["text"] not in found]
        return found[:limit]
