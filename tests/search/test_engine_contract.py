"""The contract every search engine keeps, run against each engine.

The database engine always runs (SQLite here, PostgreSQL when DATABASE_URL points there);
the Elasticsearch engine runs when ELASTICSEARCH_URL names a server.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from search.analysis import analyse_query
from search.documents import SearchDocument
from search.engines.base import GeoFilter, SearchEngine, SearchQuery

ENGINES = ["database"] + (["elasticsearch"] if os.environ.get("ELASTICSEARCH_URL") else [])
CENTRAL = (57.7072, 11.9668)  # Brunnsparken


@pytest.fixture(params=ENGINES)
def engine(request: Any, db: None, settings: Any) -> Iterator[SearchEngine]:
    if request.param == "elasticsearch":
        from search.engines.elasticsearch import ElasticsearchEngine

        made: SearchEngine = ElasticsearchEngine(
            url=os.environ["ELASTICSEARCH_URL"], prefix=f"test-{uuid.uuid4().hex[:8]}"
        )
        yield made
        made.rebuild([])  # leaves empty indexes behind, nothing else
    else:
        from search.engines.database import DatabaseEngine

        yield DatabaseEngine()


def doc(key: str, title: str, **fields: Any) -> SearchDocument:
    defaults: dict[str, Any] = {"kind": "page", "locale": "sv", "url": f"/sv/{key}/"}
    return SearchDocument(key=key, title=title, **(defaults | fields))


CITY = [
    doc(
        "page:1",
        "Ansök om förskoleplats",
        kind="service",
        summary="Ansök om plats i förskola för ditt barn.",
        organisation="forskoleforvaltningen",
        topics=("forskola", "barn"),
        type="service",
        boost=1.6,
    ),
    doc(
        "page:2",
        "Parkeringstillstånd för rörelsehindrade",
        kind="service",
        summary="Tillstånd att parkera nära målet.",
        organisation="trafikkontoret",
        topics=("parkering",),
        type="service",
    ),
    doc(
        "page:3",
        "Skolgatans förskola",
        kind="unit",
        body="En förskola med fyra avdelningar och stor gård.",
        organisation="forskoleforvaltningen",
        topics=("forskola",),
        type="forskola",
        location=(57.7089, 11.9746),
    ),
    doc(
        "page:4",
        "Hagens förskola",
        kind="unit",
        body="Förskola nära skogen.",
        organisation="forskoleforvaltningen",
        topics=("forskola",),
        type="forskola",
        location=(57.6400, 11.9000),
    ),
    doc(
        "page:5",
        "Stadsbiblioteket",
        kind="unit",
        summary="Låna böcker och läs tidningar.",
        organisation="kulturforvaltningen",
        topics=("bibliotek",),
        type="bibliotek",
        location=(57.6969, 11.9799),
        updated=dt.datetime(2026, 10, 1, tzinfo=dt.UTC),
    ),
    doc(
        "page:6",
        "Apply for a preschool place",
        locale="en",
        kind="service",
        summary="Apply for a place at a preschool.",
        topics=("forskola",),
    ),
    doc("directory:org-1", "Trafikkontoret", kind="directory", type="organisation"),
]


def ask(engine: SearchEngine, text: str, **filters: Any) -> list[str]:
    locale = filters.pop("locale", "sv")
    result = engine.search(SearchQuery(query=analyse_query(text, locale), locale=locale, **filters))
    return [hit.document.key for hit in result.hits]


@pytest.fixture
def city(engine: SearchEngine) -> SearchEngine:
    engine.upsert(CITY)
    return engine


def test_inflections_compounds_and_missing_dots_find_the_same_thing(city: SearchEngine) -> None:
    assert ask(city, "förskoleplats")[0] == "page:1"
    assert "page:1" in ask(city, "förskolor")  # plural of a word in the summary
    assert "page:1" in ask(city, "forskoleplats")  # typed without the ring
    assert ask(city, "parkering tillstånd") == ["page:2"]  # the parts of a compound
    assert ask(city, "tillstånd")[0] == "page:2"


def test_all_words_must_match(city: SearchEngine) -> None:
    assert ask(city, "förskola skogen") == ["page:4"]
    assert ask(city, "förskola flygplats") == []


def test_locales_are_separate(city: SearchEngine) -> None:
    assert ask(city, "preschool", locale="en") == ["page:6"]
    assert ask(city, "preschool") == []


def test_filters_narrow_the_results(city: SearchEngine) -> None:
    assert set(ask(city, "förskola", kind="unit")) == {"page:3", "page:4"}
    assert set(ask(city, "förskola", type="forskola")) == {"page:3", "page:4"}
    assert ask(city, "tillstånd", organisation="forskoleforvaltningen") == []
    assert ask(city, "förskola", topic="barn") == ["page:1"]


def test_near_keeps_what_is_within_the_radius_and_says_how_far(city: SearchEngine) -> None:
    result = city.search(
        SearchQuery(
            query=analyse_query("förskola", "sv"),
            locale="sv",
            geo=GeoFilter(near=CENTRAL, radius=2000),
        )
    )
    assert [hit.document.key for hit in result.hits] == ["page:3"]
    assert result.hits[0].distance == pytest.approx(500, rel=0.01)  # 189 m north, 463 m east
    assert result.total == 1


def test_bbox_keeps_what_is_inside(city: SearchEngine) -> None:
    box = GeoFilter(bbox=(11.85, 57.60, 11.95, 57.66))  # around Hagen only
    assert ask(city, "förskola", geo=box) == ["page:4"]


def test_total_pagination_and_exclusion(city: SearchEngine) -> None:
    everything = ask(city, "förskola")
    assert len(everything) == 3
    first = city.search(SearchQuery(query=analyse_query("förskola", "sv"), locale="sv", limit=2))
    second = city.search(
        SearchQuery(query=analyse_query("förskola", "sv"), locale="sv", limit=2, offset=2)
    )
    assert first.total == second.total == 3
    assert [h.document.key for h in first.hits + second.hits] == everything
    assert "page:1" not in ask(city, "förskola", exclude=frozenset({"page:1"}))


def test_facets_count_the_matches(city: SearchEngine) -> None:
    result = city.search(SearchQuery(query=analyse_query("förskola", "sv"), locale="sv"))
    assert result.facets["kind"] == {"unit": 2, "service": 1}
    assert result.facets["organisation"] == {"forskoleforvaltningen": 3}
    assert result.facets["topic"]["forskola"] == 3


def test_highlights_mark_the_matches(city: SearchEngine) -> None:
    result = city.search(SearchQuery(query=analyse_query("förskoleplats", "sv"), locale="sv"))
    assert "<mark>förskoleplats</mark>" in result.hits[0].highlights["title"]


def test_documents_come_back_whole(city: SearchEngine) -> None:
    stored = city.get(["page:5", "page:404"])
    assert list(stored) == ["page:5"]
    library = stored["page:5"]
    assert library == next(d for d in CITY if d.key == "page:5")


def test_hits_come_back_whole_on_any_page(engine: SearchEngine) -> None:
    # Places in the corners of the box around the radius are ranked, then left out.
    corner = (CENTRAL[0] + 0.0165, CENTRAL[1] + 0.03)  # about 2.5 km away, inside the box
    documents = [
        doc(
            f"page:{n}",
            f"Lekplats {n}",
            summary=f"Lekplats nummer {n} med gungor.",
            body="Sandlåda och rutschkana.",
            organisation="park",
            topics=("lek", f"t{n}"),
            type="lekplats",
            updated=dt.datetime(2026, 1, 1 + n, tzinfo=dt.UTC),
            location=corner if n % 2 else CENTRAL,
            facets={"n": n},
            boost=1.0 + n / 100,
        )
        for n in range(12)
    ]
    engine.upsert(documents)
    stored = {d.key: d for d in documents}
    query = analyse_query("lekplats", "sv")
    near = GeoFilter(near=CENTRAL, radius=2000)
    for filters in (
        {"offset": 3, "limit": 4},
        {"offset": 2, "limit": 3, "exclude": frozenset({"page:11", "page:10", "page:9"})},
        {"offset": 2, "limit": 2, "geo": near},
    ):
        result = engine.search(SearchQuery(query=query, locale="sv", **filters))
        assert result.hits
        for hit in result.hits:
            assert hit.document == stored[hit.document.key]
            assert "<mark>Lekplats</mark>" in hit.highlights["title"]
    assert result.total == 6  # the places at the centre


def test_upsert_replaces_and_delete_removes(city: SearchEngine) -> None:
    city.upsert([doc("page:3", "Skolgatans förskola", kind="unit", body="Nu med bibliotek.")])
    assert ask(city, "skolgatans bibliotek") == ["page:3"]
    assert city.count() == len(CITY)
    city.delete(["page:3", "page:999"])
    assert "page:3" not in ask(city, "förskola")
    assert city.count() == len(CITY) - 1


def test_rebuild_replaces_everything(city: SearchEngine) -> None:
    seen: list[int] = []
    count = city.rebuild(iter(CITY[:2]), progress=seen.append)
    assert count == 2
    assert sum(seen) == 2
    assert city.count() == 2
    assert ask(city, "förskola", kind="unit") == []
    # What only removed documents said is not offered as a spelling any more.
    assert "stadsbiblioteket" not in city.vocabulary_near("stadsbibloteket", locale="sv")


def test_suggest_completes_what_is_typed(city: SearchEngine) -> None:
    texts = [s.text for s in city.suggest("förs", locale="sv")]
    assert "Ansök om förskoleplats" in texts
    assert "Stadsbiblioteket" not in texts
    assert [s.text for s in city.suggest("parkeringst", locale="sv")] == [
        "Parkeringstillstånd för rörelsehindrade"
    ]


def test_vocabulary_offers_the_spelling_of_a_misspelt_word(city: SearchEngine) -> None:
    assert "förskoleplats" in city.vocabulary_near("förskoleplast", locale="sv")
    assert "stadsbiblioteket" in city.vocabulary_near("stadsbibloteket", locale="sv")


def test_a_very_common_pair_of_words_is_capped_and_paged(engine: SearchEngine) -> None:
    from search.engines.base import RANK_CAP

    many = [
        doc(f"page:{n}", f"Skola nummer {n}", summary="Barn och skola i staden.")
        for n in range(RANK_CAP + 100)
    ]
    engine.upsert(many)
    query = analyse_query("skola barn", "sv")
    first = engine.search(SearchQuery(query=query, locale="sv", limit=50))
    assert first.total == RANK_CAP  # counting stops where ranking does
    last = engine.search(SearchQuery(query=query, locale="sv", limit=50, offset=RANK_CAP - 10))
    assert len(last.hits) == 10
    keys = engine.search(SearchQuery(query=query, locale="sv", limit=5, highlight=False))
    assert len(keys.hits) == 5


def test_a_word_in_more_documents_than_the_cap_ranks_title_matches_first(
    engine: SearchEngine,
) -> None:
    from search.engines.base import RANK_CAP

    body = [
        doc(f"page:{n}", f"Sida {n}", body="Om skola och barn i staden.")
        for n in range(RANK_CAP + 50)
    ]
    titled = [doc(f"service:{n}", f"Skola för alla {n}", kind="service") for n in range(3)]
    engine.upsert(body + titled)
    result = engine.search(SearchQuery(query=analyse_query("skola", "sv"), locale="sv"))
    assert result.total == RANK_CAP
    assert {h.document.key for h in result.hits[:3]} == {t.key for t in titled}
    # Filters apply before the cap: the few services are found among a thousand pages.
    assert set(ask(engine, "skola", kind="service")) == {t.key for t in titled}


def test_a_common_compound_needs_all_its_parts(engine: SearchEngine) -> None:
    from search.engines.base import RANK_CAP

    engine.upsert(
        [
            doc(f"page:{n}", f"Sida {n}", body="Parkering kräver tillstånd.")
            for n in range(RANK_CAP + 50)
        ]
        + [doc("service:1", "Parkering vid skolan", kind="service")]
        + [doc("service:2", "Parkeringstillstånd", kind="service")]
        + [doc("service:3", "Tillstånd för parkering", kind="service")]
    )
    assert set(ask(engine, "parkeringstillstånd", kind="service")) == {"service:2", "service:3"}
    assert ask(engine, "parkeringstillstånd", limit=1) == ["service:2"]


def test_suggestions_follow_a_rebuild(city: SearchEngine) -> None:
    city.rebuild(iter(CITY[1:]))
    assert "Ansök om förskoleplats" not in [s.text for s in city.suggest("förs", locale="sv")]
    city.upsert(CITY[:1])
    assert "Ansök om förskoleplats" in [s.text for s in city.suggest("förs", locale="sv")]
