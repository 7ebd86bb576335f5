"""The Elasticsearch engine's requests and its reading of responses, without a cluster.

A local HTTP server stands in for Elasticsearch: it records what the real engine sends
over HTTP and answers with canned Elasticsearch JSON. What the cluster then does with it
is the contract suite's job (test_engine_contract.py, when ELASTICSEARCH_URL is set).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from pytest_httpserver import HTTPServer
from werkzeug import Request

from search import analysis
from search.analysis import analyse_query
from search.documents import SearchDocument
from search.engines import elasticsearch as es_engine
from search.engines.base import GeoFilter, SearchQuery
from search.engines.elasticsearch import ElasticsearchEngine, IndexingError
from tests.hanging import hanging_server

ES = {"X-Elastic-Product": "Elasticsearch"}  # the 8.x client refuses answers without it
PREFIX = "test-search"
OLD_SV = "test-search-sv-20240101000000000000"
NEW_INDEX = re.compile(r"^/test-search-[a-z]+-\d{20}$")
CENTRAL = (57.7072, 11.9668)

PLACE = SearchDocument(
    key="page:1",
    kind="service",
    locale="sv",
    title="Ansök om förskoleplats",
    url="/sv/forskola/ansok/",
    summary="Ansök om plats i förskola för ditt barn.",
    body="Du kan ansöka när barnet är ett år.",
    organisation="forskoleforvaltningen",
    topics=("forskola", "barn"),
    type="service",
    updated=dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC),
    location=(57.7089, 11.9746),
    facets={"district": "centrum"},
    boost=1.6,
)
PRESCHOOL = SearchDocument(key="page:6", kind="service", locale="en", title="Preschool")


@pytest.fixture
def engine(httpserver: HTTPServer) -> ElasticsearchEngine:
    return ElasticsearchEngine(url=httpserver.url_for("/"), prefix=PREFIX)


def answer(
    httpserver: HTTPServer,
    uri: str | re.Pattern[str],
    body: Any,
    *,
    method: str = "GET",
    status: int = 200,
) -> None:
    httpserver.expect_request(uri, method=method).respond_with_json(body, status=status, headers=ES)


def sent(httpserver: HTTPServer) -> list[Request]:
    return [request for request, _ in httpserver.log]


def calls(httpserver: HTTPServer) -> list[tuple[str, str]]:
    return [(request.method, request.path) for request in sent(httpserver)]


def json_body(request: Request) -> Any:
    return json.loads(request.get_data())


def ndjson(request: Request) -> list[dict[str, Any]]:
    return [json.loads(line) for line in request.get_data().decode().splitlines() if line]


def only(httpserver: HTTPServer, method: str, path: str | re.Pattern[str]) -> Request:
    found = [
        request
        for request in sent(httpserver)
        if request.method == method
        and (request.path == path if isinstance(path, str) else path.match(request.path))
    ]
    assert len(found) == 1, calls(httpserver)
    return found[0]


def bulk_ok(items: int = 1) -> dict[str, Any]:
    return {"took": 1, "errors": False, "items": [{"index": {"status": 201}}] * items}


def alias_table(*pairs: tuple[str, str]) -> dict[str, Any]:
    return {index: {"aliases": {alias: {}}} for alias, index in pairs}


# --- Creating an index ---------------------------------------------------------------------


def first_upsert(
    httpserver: HTTPServer, engine: ElasticsearchEngine, document: SearchDocument
) -> Request:
    """Upserts into a cluster without the locale's alias; returns the index creation request."""
    httpserver.expect_request(
        f"/_alias/{PREFIX}-{document.locale}", method="HEAD"
    ).respond_with_data("", status=404, headers=ES)
    answer(httpserver, NEW_INDEX, {"acknowledged": True}, method="PUT")
    answer(httpserver, "/_bulk", bulk_ok(), method="PUT")
    engine.upsert([document])
    return only(httpserver, "PUT", NEW_INDEX)


def test_first_upsert_creates_a_versioned_index_behind_the_locale_alias(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    created = first_upsert(httpserver, engine, PLACE)

    assert calls(httpserver) == [
        ("HEAD", "/_alias/test-search-sv"),
        ("PUT", created.path),
        ("PUT", "/_bulk"),
    ]
    assert re.fullmatch(r"/test-search-sv-\d{20}", created.path)
    assert json_body(created)["aliases"] == {"test-search-sv": {"is_write_index": True}}


def test_swedish_index_stems_splits_compounds_and_folds_letters(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    body = json_body(first_upsert(httpserver, engine, PLACE))
    settings = body["settings"]["analysis"]
    title = body["mappings"]["properties"]["title"]
    lines = analysis.COMPOUND_PARTS_FILE.read_text(encoding="utf-8").splitlines()
    parts = {line.strip() for line in lines if line.strip() and not line.startswith("#")}

    assert settings["filter"]["sv_stemmer"] == {"type": "stemmer", "language": "swedish"}
    decompounder = settings["filter"]["sv_decompound"]
    assert decompounder["type"] == "dictionary_decompounder"
    assert set(decompounder["word_list"]) == parts
    assert {"plats", "förskola", "parkering"} <= parts
    assert not any(word.startswith("#") for word in decompounder["word_list"])
    analyzers = settings["analyzer"]
    assert analyzers[title["analyzer"]]["filter"] == ["lowercase", "sv_decompound", "sv_stemmer"]
    # A query word is not split: "flygplats" must not find every "plats".
    assert analyzers[title["search_analyzer"]]["filter"] == ["lowercase", "sv_stemmer"]
    folded = title["fields"]["folded"]
    assert analyzers[folded["analyzer"]]["filter"][-2:] == ["sv_stemmer", "asciifolding"]
    assert analyzers[folded["search_analyzer"]]["filter"][-1] == "asciifolding"
    properties = body["mappings"]["properties"]
    assert properties["summary"] == properties["body"] == title


def test_index_maps_terms_keywords_places_and_suggestions(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    mappings = json_body(first_upsert(httpserver, engine, PLACE))["mappings"]
    properties = mappings["properties"]

    for name in ("title_terms", "text_terms"):
        assert properties[name] == {"type": "text", "analyzer": "whitespace"}
    for name in ("key", "kind", "locale", "organisation", "topics", "type", "url", "words"):
        assert properties[name]["type"] == "keyword", name
    assert properties["location"] == {"type": "geo_point"}
    assert properties["updated"] == {"type": "date"}
    assert properties["boost"] == {"type": "float"}
    assert properties["suggest"]["type"] == "completion"
    assert properties["facets"] == {"type": "object", "dynamic": True}
    template = mappings["dynamic_templates"][0]["facet_keywords"]
    assert template == {"path_match": "facets.*", "mapping": {"type": "keyword"}}
    assert mappings["dynamic"] == "strict"


@pytest.mark.parametrize(
    ("locale", "stemmer"), [("en", "porter2"), ("fi", "finnish"), ("ar", None)]
)
def test_other_locales_get_their_stemmer_or_the_standard_analyzer(
    httpserver: HTTPServer, engine: ElasticsearchEngine, locale: str, stemmer: str | None
) -> None:
    document = SearchDocument(key="page:9", kind="page", locale=locale, title="Title")
    body = json_body(first_upsert(httpserver, engine, document))
    title = body["mappings"]["properties"]["title"]
    filters = body["settings"]["analysis"].get("filter", {})

    assert "sv_decompound" not in filters
    assert "fields" not in title  # no folded subfield outside Swedish
    if stemmer is None:
        assert title["analyzer"] == "standard"
    else:
        assert filters[f"{locale}_stemmer"] == {"type": "stemmer", "language": stemmer}


# --- Writing -------------------------------------------------------------------------------


def test_upsert_sends_documents_to_the_locale_alias_with_analysed_terms(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    httpserver.expect_request("/_alias/test-search-sv", method="HEAD").respond_with_data(
        "", headers=ES
    )
    answer(httpserver, "/_bulk", bulk_ok(), method="PUT")

    engine.upsert([PLACE])
    engine.upsert([PLACE])  # the alias is known now

    assert calls(httpserver) == [
        ("HEAD", "/_alias/test-search-sv"),
        ("PUT", "/_bulk"),
        ("PUT", "/_bulk"),
    ]
    bulk = sent(httpserver)[1]
    assert bulk.args["refresh"] == "wait_for"
    assert bulk.args["require_alias"] == "true"
    action, source = ndjson(bulk)
    assert action == {"index": {"_index": "test-search-sv", "_id": "page:1"}}
    title_terms = source["title_terms"].split()
    assert title_terms == analysis.index_terms(PLACE.title, "sv")
    assert {"förskoleplat", "forskoleplat", "förskol", "plat"} <= set(title_terms)
    text = f"{PLACE.summary}\n{PLACE.body}"
    assert source["text_terms"] == " ".join(analysis.index_terms(text, "sv"))
    assert source["location"] == {"lat": 57.7089, "lon": 11.9746}
    assert source["topics"] == ["forskola", "barn"]
    assert source["updated"] == "2026-03-01T08:30:00+00:00"
    assert source["facets"] == {"district": "centrum"}
    assert source["suggest"]["input"][:2] == ["Ansök om förskoleplats", "ansök"]
    assert "förskoleplats" in source["suggest"]["input"]
    assert "om" not in source["suggest"]["input"]  # a stopword completes nothing
    assert "förskoleplats" in source["words"] and "ansök" in source["words"]


def test_upsert_fails_when_elasticsearch_refuses_a_document(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    httpserver.expect_request("/_alias/test-search-sv", method="HEAD").respond_with_data(
        "", headers=ES
    )
    refused = {
        "errors": True,
        "items": [
            {"index": {"_id": "page:1", "status": 400, "error": {"type": "mapper_exception"}}}
        ],
    }
    answer(httpserver, "/_bulk", refused, method="PUT")

    with pytest.raises(IndexingError, match="page:1: mapper_exception"):
        engine.upsert([PLACE])
    with pytest.raises(IndexingError):
        engine.upsert([PLACE])

    # After a failure the alias is checked again: it may be what went missing.
    assert [c for c in calls(httpserver) if c[0] == "HEAD"] == [
        ("HEAD", "/_alias/test-search-sv")
    ] * 2


def test_delete_goes_to_every_locale_and_ignores_unknown_keys(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    table = alias_table(("test-search-sv", OLD_SV), ("test-search-en", "test-search-en-1"))
    table["test-search-sv-stray"] = {"aliases": {"test-search-sv": {}}}  # not versioned
    answer(httpserver, "/_alias/test-search-*", table)
    not_found = {"delete": {"_id": "page:404", "status": 404, "result": "not_found"}}
    answer(httpserver, "/_bulk", {"errors": False, "items": [not_found] * 4}, method="PUT")

    engine.delete(["page:1", "page:404", "page:1"])

    bulk = only(httpserver, "PUT", "/_bulk")
    assert bulk.args["refresh"] == "wait_for"
    assert ndjson(bulk) == [
        {"delete": {"_index": "test-search-en", "_id": "page:1"}},
        {"delete": {"_index": "test-search-en", "_id": "page:404"}},
        {"delete": {"_index": "test-search-sv", "_id": "page:1"}},
        {"delete": {"_index": "test-search-sv", "_id": "page:404"}},
    ]


def test_without_any_index_reads_find_nothing_and_deletes_send_nothing(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    missing = {"error": "alias [test-search-*] missing", "status": 404}
    answer(httpserver, "/_alias/test-search-*", missing, status=404)

    assert engine.count() == 0
    assert engine.get(["page:1"]) == {}
    engine.delete(["page:1"])

    assert {path for _, path in calls(httpserver)} == {"/_alias/test-search-*"}


# --- Rebuilding ----------------------------------------------------------------------------


def prepare_rebuild(httpserver: HTTPServer, bulk: dict[str, Any]) -> None:
    answer(httpserver, "/_alias/test-search-*", alias_table(("test-search-sv", OLD_SV)))
    answer(httpserver, NEW_INDEX, {"acknowledged": True}, method="PUT")
    answer(httpserver, "/_bulk", bulk, method="PUT")
    answer(httpserver, re.compile(r"^/[^/]+/_refresh$"), {"_shards": {}}, method="POST")
    answer(httpserver, "/_aliases", {"acknowledged": True}, method="POST")
    answer(httpserver, re.compile(r"^/test-search-[^/]+$"), {"acknowledged": True}, method="DELETE")


def test_rebuild_fills_new_indexes_then_swaps_every_alias_in_one_call(
    httpserver: HTTPServer, engine: ElasticsearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(es_engine, "BATCH", 2)
    prepare_rebuild(httpserver, bulk_ok(2))
    other = SearchDocument(key="page:2", kind="page", locale="sv", title="Parkering")
    progress: list[int] = []

    count = engine.rebuild(iter([PLACE, PRESCHOOL, other]), progress=progress.append)

    assert count == 3
    assert progress == [2, 1]
    requests = sent(httpserver)
    created = [r for r in requests if r.method == "PUT" and NEW_INDEX.match(r.path)]
    puts = [r.path.lstrip("/") for r in created]
    new_sv = next(name for name in puts if name.startswith("test-search-sv-"))
    new_en = next(name for name in puts if name.startswith("test-search-en-"))
    assert new_sv[-20:] == new_en[-20:] > OLD_SV[-20:]  # one version, newer than the old
    assert all("aliases" not in json_body(r) for r in created)  # not live while loading
    loaded = [
        line["index"]["_index"]
        for r in requests
        if r.path == "/_bulk"
        for line in ndjson(r)
        if "index" in line
    ]
    assert loaded == [new_sv, new_en, new_sv]  # never the live alias or the old index
    swap = only(httpserver, "POST", "/_aliases")
    assert json_body(swap)["actions"] == [
        {"add": {"index": new_en, "alias": "test-search-en", "is_write_index": True}},
        {"remove": {"index": OLD_SV, "alias": "test-search-sv"}},
        {"add": {"index": new_sv, "alias": "test-search-sv", "is_write_index": True}},
    ]
    order = calls(httpserver)
    refresh = next(i for i, (_, path) in enumerate(order) if path.endswith("/_refresh"))
    assert {new_sv, new_en} == set(order[refresh][1].strip("/").split("/")[0].split(","))
    assert refresh < order.index(("POST", "/_aliases"))
    assert order[-1] == ("DELETE", f"/{OLD_SV}")
    assert [c for c in order if c[0] == "DELETE"] == [("DELETE", f"/{OLD_SV}")]


def test_rebuild_leaves_a_locale_without_documents_an_empty_index(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    prepare_rebuild(httpserver, bulk_ok())

    assert engine.rebuild([]) == 0

    order = calls(httpserver)
    assert ("PUT", "/_bulk") not in order
    new_sv = next(path for method, path in order if method == "PUT")
    assert json_body(only(httpserver, "POST", "/_aliases"))["actions"] == [
        {"remove": {"index": OLD_SV, "alias": "test-search-sv"}},
        {"add": {"index": new_sv.lstrip("/"), "alias": "test-search-sv", "is_write_index": True}},
    ]
    assert order[-1] == ("DELETE", f"/{OLD_SV}")


def test_failed_rebuild_leaves_the_old_index_live_and_drops_the_new_one(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    refused = {"errors": True, "items": [{"index": {"_id": "page:1", "error": {"type": "x"}}}]}
    prepare_rebuild(httpserver, refused)

    with pytest.raises(IndexingError):
        engine.rebuild([PLACE])

    order = calls(httpserver)
    new_sv = next(path for method, path in order if method == "PUT" and NEW_INDEX.match(path))
    assert ("POST", "/_aliases") not in order
    assert [c for c in order if c[0] == "DELETE"] == [("DELETE", new_sv)]


# --- Searching -----------------------------------------------------------------------------

EMPTY = {
    "took": 1,
    "timed_out": False,
    "hits": {"total": {"value": 0, "relation": "eq"}, "max_score": None, "hits": []},
}


def search_body(httpserver: HTTPServer, engine: ElasticsearchEngine, query: SearchQuery) -> Any:
    answer(httpserver, "/test-search-sv/_search", EMPTY, method="POST")
    engine.search(query)
    return json_body(only(httpserver, "POST", "/test-search-sv/_search"))


def stems_of(alternative: dict[str, Any]) -> list[str]:
    """The stems an alternative clause requires, each in the title's or the text's terms."""
    stems = []
    for clause in alternative["bool"]["must"]:
        title, text = clause["bool"]["should"]
        assert clause["bool"]["minimum_should_match"] == 1
        (kind,) = title
        assert title[kind]["title_terms"]["boost"] == 10
        assert text[kind]["text_terms"]["value"] == title[kind]["title_terms"]["value"]
        stems.append(title[kind]["title_terms"]["value"])
    return stems


def test_search_request_holds_groups_filters_geo_exclusion_and_pagination(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    analysed = analyse_query("förskoleplats barnen", "sv")
    body = search_body(
        httpserver,
        engine,
        SearchQuery(
            query=analysed,
            locale="sv",
            kind="unit",
            topic="forskola",
            geo=GeoFilter(near=CENTRAL, radius=1500.0, bbox=(11.9, 57.6, 12.0, 57.8)),
            exclude=frozenset({"page:9", "page:7"}),
            limit=10,
            offset=20,
        ),
    )

    assert (body["from"], body["size"], body["track_total_hits"]) == (20, 10, 10_000)
    scored = body["query"]["function_score"]
    assert scored["functions"] == [{"field_value_factor": {"field": "boost", "missing": 1.0}}]
    assert scored["boost_mode"] == "multiply"
    matched = scored["query"]["bool"]
    assert len(matched["must"]) == len(analysed.groups) == 2
    for word, group, clause in zip(analysed.words, analysed.groups, matched["must"], strict=True):
        *alternatives, raw = clause["bool"]["should"]
        assert clause["bool"]["minimum_should_match"] == 1
        assert [stems_of(a) for a in alternatives] == [list(alt.stems) for alt in group]
        assert raw["multi_match"]["query"] == word
        assert {"title^10", "summary", "body", "title.folded^10"} <= set(
            raw["multi_match"]["fields"]
        )
    compound = [stems_of(a) for a in matched["must"][0]["bool"]["should"][:-1]]
    assert ["förskol", "plat"] in compound  # both parts of the compound required
    filters = matched["filter"]
    assert {"term": {"kind": "unit"}} in filters
    assert {"term": {"topics": "forskola"}} in filters
    (near,) = [f["geo_distance"] for f in filters if "geo_distance" in f]
    assert near["location"] == {"lat": 57.7072, "lon": 11.9668}
    assert near["distance"].endswith("m") and float(near["distance"][:-1]) == 1500
    (box,) = [f["geo_bounding_box"]["location"] for f in filters if "geo_bounding_box" in f]
    assert box == {
        "top_left": {"lat": 57.8, "lon": 11.9},
        "bottom_right": {"lat": 57.6, "lon": 12.0},
    }
    assert matched["must_not"] == [{"terms": {"key": ["page:7", "page:9"]}}]
    fields = {name: agg["terms"]["field"] for name, agg in body["aggs"].items()}
    assert fields == {
        "kind": "kind",
        "organisation": "organisation",
        "topic": "topics",
        "type": "type",
    }
    highlight = body["highlight"]
    assert (highlight["pre_tags"], highlight["post_tags"]) == (["<mark>"], ["</mark>"])
    assert set(highlight["fields"]) == {"title", "summary", "body"}
    assert "title_terms" in body["_source"]["excludes"]


def test_last_word_typed_so_far_is_a_prefix_of_the_terms(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    body = search_body(
        httpserver, engine, SearchQuery(query=analyse_query("park", "sv", prefix=True), locale="sv")
    )

    (group,) = body["query"]["function_score"]["query"]["bool"]["must"]
    prefixes = [
        clause["bool"]["should"][0]["prefix"]["title_terms"]["value"]
        for alternative in group["bool"]["should"][:-1]
        for clause in alternative["bool"]["must"]
        if "prefix" in clause["bool"]["should"][0]
    ]
    assert prefixes == ["park"]
    assert body["query"]["function_score"]["query"]["bool"].get("filter", []) == []
    assert "must_not" not in body["query"]["function_score"]["query"]["bool"]


def test_a_page_past_the_result_window_is_cut_to_fit(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    query = SearchQuery(query=analyse_query("förskola", "sv"), locale="sv", offset=9995, limit=20)

    body = search_body(httpserver, engine, query)

    assert (body["from"], body["size"]) == (9995, 5)


def test_a_query_without_words_asks_nothing(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    result = engine.search(SearchQuery(query=analyse_query("", "sv"), locale="sv"))

    assert result.total == 0 and result.hits == []
    assert set(result.facets) == {"kind", "organisation", "topic", "type"}
    assert httpserver.log == []


def hit(document: SearchDocument, score: float, **extra: Any) -> dict[str, Any]:
    source = es_engine._source(document)
    for name in es_engine.INTERNAL_FIELDS:
        source.pop(name, None)
    return {"_index": OLD_SV, "_id": document.key, "_score": score, "_source": source, **extra}


def test_search_response_becomes_hits_totals_facets_highlights_and_distances(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    unit = SearchDocument(
        key="page:4", kind="unit", locale="sv", title="Hagens förskola", body="Nära skogen."
    )
    marked = {
        "title": ["Ansök om <mark>förskoleplats</mark>"],
        "body": ["Du kan <mark>ansöka</mark> när…"],
    }
    response = {
        "hits": {
            "total": {"value": 42, "relation": "eq"},
            "hits": [hit(PLACE, 12.5, highlight=marked), hit(unit, 3.0)],
        },
        "aggregations": {
            "kind": {
                "buckets": [{"key": "service", "doc_count": 30}, {"key": "unit", "doc_count": 12}]
            },
            "organisation": {"buckets": [{"key": "forskoleforvaltningen", "doc_count": 40}]},
            "topic": {"buckets": [{"key": "forskola", "doc_count": 41}]},
            "type": {"buckets": [{"key": "service", "doc_count": 30}, {"key": "", "doc_count": 5}]},
        },
    }
    answer(httpserver, "/test-search-sv/_search", response, method="POST")
    query = SearchQuery(
        query=analyse_query("förskola", "sv"), locale="sv", geo=GeoFilter(near=CENTRAL, radius=2000)
    )

    result = engine.search(query)

    assert result.total == 42
    assert [h.document for h in result.hits] == [PLACE, unit]
    assert [h.score for h in result.hits] == [12.5, 3.0]
    assert result.facets == {
        "kind": {"service": 30, "unit": 12},
        "organisation": {"forskoleforvaltningen": 40},
        "topic": {"forskola": 41},
        "type": {"service": 30},  # an empty type is no facet value
    }
    first, second = result.hits
    assert first.highlights == {
        "title": "Ansök om <mark>förskoleplats</mark>",
        "text": "Du kan <mark>ansöka</mark> när…",
    }
    # Nothing from Elasticsearch: the shared highlighter marks the words itself.
    assert second.highlights == {
        "title": "Hagens <mark>förskola</mark>",
        "text": "Nära skogen.",
    }
    assert first.distance is not None
    assert first.distance == pytest.approx(500, rel=0.01)  # 189 m north, 463 m east
    assert first.distance == round(first.distance, 1)
    assert second.distance is None  # no place stored


# --- Suggestions, documents, spelling, counts ----------------------------------------------


def test_suggest_asks_the_completion_field_and_returns_each_document_once(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    def option(key: str, title: str, text: str) -> dict[str, Any]:
        source = {"key": key, "title": title, "kind": "service", "url": f"/sv/{key}/"}
        return {"text": text, "_id": key, "_source": source}

    response = {
        "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []},
        "suggest": {
            "titles": [
                {
                    "text": "förs",
                    "options": [
                        option("page:1", "Ansök om förskoleplats", "förskoleplats"),
                        option("page:3", "Skolgatans förskola", "förskola"),
                        option("page:1", "Ansök om förskoleplats", "förskoleplats"),
                    ],
                }
            ]
        },
    }
    answer(httpserver, "/test-search-sv/_search", response, method="POST")

    suggestions = engine.suggest("Förs", locale="sv", limit=5)

    assert [(s.text, s.key, s.url) for s in suggestions] == [
        ("Ansök om förskoleplats", "page:1", "/sv/page:1/"),
        ("Skolgatans förskola", "page:3", "/sv/page:3/"),
    ]
    body = json_body(only(httpserver, "POST", "/test-search-sv/_search"))
    assert body["suggest"]["titles"] == {
        "prefix": "förs",
        "completion": {"field": "suggest", "size": 5},
    }


def test_vocabulary_puts_an_indexed_word_first_then_close_spellings(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    response = {
        "hits": {"total": {"value": 1, "relation": "eq"}, "hits": []},
        "suggest": {
            "near": [{"text": "skola", "options": [{"text": "skolan", "score": 0.8, "freq": 3}]}]
        },
    }
    answer(httpserver, "/test-search-sv/_search", response, method="POST")

    assert engine.vocabulary_near("Skola", locale="sv") == ["skola", "skolan"]

    body = json_body(only(httpserver, "POST", "/test-search-sv/_search"))
    assert body["query"]["bool"]["filter"] == [{"term": {"words": "skola"}}]
    assert body["suggest"]["near"]["text"] == "skola"
    assert body["suggest"]["near"]["term"]["field"] == "words"
    assert body["suggest"]["near"]["term"]["prefix_length"] == 0  # "orebro" finds "örebro"


def test_vocabulary_offers_close_spellings_of_an_unknown_word(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    options = [{"text": "förskoleplats", "score": 0.9, "freq": 1}]
    response = {
        "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []},
        "suggest": {"near": [{"text": "förskoleplast", "options": options}]},
    }
    answer(httpserver, "/test-search-sv/_search", response, method="POST")

    assert engine.vocabulary_near("förskoleplast", locale="sv") == ["förskoleplats"]


def test_get_reads_documents_from_every_locale(
    httpserver: HTTPServer, engine: ElasticsearchEngine
) -> None:
    table = alias_table(("test-search-sv", OLD_SV), ("test-search-en", "test-search-en-1"))
    answer(httpserver, "/_alias/test-search-*", table)
    hits = {"hits": {"total": {"value": 2}, "hits": [hit(PLACE, 0.0), hit(PRESCHOOL, 0.0)]}}
    answer(httpserver, "/test-search-en,test-search-sv/_search", hits, method="POST")

    stored = engine.get(["page:1", "page:6", "page:404"])

    assert stored == {"page:1": PLACE, "page:6": PRESCHOOL}
    request = only(httpserver, "POST", "/test-search-en,test-search-sv/_search")
    body = json_body(request)
    assert body["query"]["bool"]["filter"] == [{"terms": {"key": ["page:1", "page:6", "page:404"]}}]
    assert body["size"] == 3
    assert request.args["ignore_unavailable"] == "true"


def test_count_adds_up_every_locale(httpserver: HTTPServer, engine: ElasticsearchEngine) -> None:
    table = alias_table(("test-search-sv", OLD_SV), ("test-search-en", "test-search-en-1"))
    answer(httpserver, "/_alias/test-search-*", table)
    answer(httpserver, "/test-search-en,test-search-sv/_count", {"count": 7}, method="POST")

    assert engine.count() == 7
    assert calls(httpserver)[-1] == ("POST", "/test-search-en,test-search-sv/_count")


# --- Configuration -------------------------------------------------------------------------


def test_address_and_prefix_come_from_settings(settings: Any, httpserver: HTTPServer) -> None:
    settings.ELASTICSEARCH_URL = httpserver.url_for("/")
    settings.SEARCH_INDEX_PREFIX = "city"

    engine = ElasticsearchEngine()

    assert engine.alias("fi") == "city-fi"
    assert engine.describe() == {"engine": "elasticsearch", "prefix": "city"}


def test_an_engine_without_an_address_is_misconfigured(settings: Any) -> None:
    settings.ELASTICSEARCH_URL = ""

    with pytest.raises(ImproperlyConfigured):
        ElasticsearchEngine()


def test_a_hung_cluster_holds_up_a_search_only_for_the_timeout(settings: Any) -> None:
    from elastic_transport import ConnectionTimeout

    settings.ELASTICSEARCH_TIMEOUT = 0.3
    with hanging_server() as port:
        engine = ElasticsearchEngine(url=f"http://127.0.0.1:{port}", prefix=PREFIX)
        started = time.monotonic()
        with pytest.raises(ConnectionTimeout):
            engine.client.info()
        assert time.monotonic() - started < 5  # three tries of 0.3 s


@pytest.mark.django_db
def test_an_index_update_holds_no_database_transaction_across_its_requests(
    httpserver: HTTPServer, settings: Any
) -> None:
    from django.db import connections
    from werkzeug import Response

    from search import engines
    from search.services import index_update

    settings.SEARCH_ENGINE = "elasticsearch"
    settings.ELASTICSEARCH_URL = httpserver.url_for("/")
    settings.SEARCH_INDEX_PREFIX = PREFIX
    engines._engine.cache_clear()
    worker_connection = connections["default"]  # this thread's; the server answers in another
    test_blocks = len(worker_connection.atomic_blocks)  # the test's own transaction
    opened: list[int] = []

    def bulk(request: Request) -> Response:
        opened.append(len(worker_connection.atomic_blocks) - test_blocks)
        body = {"errors": False, "items": [{"delete": {"status": 404}}]}
        return Response(json.dumps(body), headers=ES, content_type="application/json")

    answer(httpserver, "/_alias/test-search-*", alias_table(("test-search-sv", OLD_SV)))
    httpserver.expect_request("/_bulk", method="PUT").respond_with_handler(bulk)
    try:
        assert index_update(keys=["directory:999999"]) == (0, 1)
    finally:
        engines._engine.cache_clear()

    assert opened == [0]
