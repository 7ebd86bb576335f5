"""/api/v1/search/ and /api/v1/search/suggest/ as a frontend uses them."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.documents import SearchDocument
from search.engines.base import RANK_CAP
from search.engines.database import DatabaseEngine
from search.models import SearchEntry, Synonym
from search.services import index_rebuild
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(section: Any) -> dict[str, Any]:
    """A few published pages, indexed as the worker would."""
    org = factories.OrganisationFactory(slug="forskoleforvaltningen")
    service = factories.ServicePageFactory(
        parent=section, title="Ansök om förskoleplats", slug="ansok", organisation=org
    )
    article = factories.ArticlePageFactory(
        parent=section, title="Inskolning på förskolan", slug="inskolning", organisation=org
    )
    unit_type = factories.UnitTypeFactory(slug="forskola-typ")
    near = factories.UnitPageFactory(
        parent=section,
        title="Skolgatans förskola",
        slug="skolgatan",
        unit_type=unit_type,
        latitude="57.708900",
        longitude="11.974600",
    )
    far = factories.UnitPageFactory(
        parent=section,
        title="Hagens förskola",
        slug="hagen",
        unit_type=unit_type,
        latitude="57.640000",
        longitude="11.900000",
    )
    for page in (service, article, near, far):
        page.save_revision().publish()
    index_rebuild()
    return {"service": service, "article": article, "near": near, "far": far}


def test_search_answers_with_results_facets_and_highlights(client: Any, indexed: Any) -> None:
    response = client.get("/api/v1/search/", {"q": "förskoleplats"})
    assert response.status_code == 200
    body = response.json()
    assert body["results"][0]["title"] == "Ansök om förskoleplats"
    first = body["results"][0]
    assert first["kind"] == "service"
    assert first["url"] == "/sv/forskola/ansok/"
    assert "<mark>förskoleplats</mark>" in first["highlight"]["title"]
    assert body["facets"]["kind"]["service"] == 1
    assert body["did_you_mean"] is None
    assert response["Cache-Control"] == "no-store"


def test_pages_are_linked_with_limit_and_offset(client: Any, indexed: Any) -> None:
    first = client.get("/api/v1/search/", {"q": "förskola", "limit": 3}).json()
    assert first["count"] == 5  # the section, the service, the article and two units
    assert first["previous"] is None
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 2
    assert {r["key"] for r in first["results"]}.isdisjoint({r["key"] for r in second["results"]})
    assert second["next"] is None


def test_near_gives_places_within_the_radius_with_their_distance(client: Any, indexed: Any) -> None:
    body = client.get(
        "/api/v1/search/",
        {"q": "förskola", "kind": "unit", "near": "57.7072,11.9668", "radius": 2000},
    ).json()
    assert [r["title"] for r in body["results"]] == ["Skolgatans förskola"]
    assert body["results"][0]["distance"] == pytest.approx(500, rel=0.01)
    assert body["results"][0]["location"] == {"lat": 57.7089, "lon": 11.9746}


def test_misspelt_queries_are_corrected(client: Any, indexed: Any) -> None:
    body = client.get("/api/v1/search/", {"q": "förskoleplast"}).json()
    assert body["did_you_mean"] == "förskoleplats"
    assert body["results"][0]["title"] == "Ansök om förskoleplats"


def test_editors_synonyms_are_used(client: Any, indexed: Any) -> None:
    assert client.get("/api/v1/search/", {"q": "dagisplats"}).json()["results"] == []
    Synonym.objects.create(terms="dagisplats, förskoleplats")
    body = client.get("/api/v1/search/", {"q": "dagisplats"}).json()
    assert body["results"][0]["title"] == "Ansök om förskoleplats"


def test_promoted_results_come_first_and_only_once(client: Any, indexed: Any) -> None:
    query = Query.get("förskola")
    SearchPromotion.objects.create(query=query, page=indexed["article"], sort_order=0)
    body = client.get("/api/v1/search/", {"q": "förskola"}).json()
    assert [p["title"] for p in body["promoted"]] == ["Inskolning på förskolan"]
    assert "Inskolning på förskolan" not in [r["title"] for r in body["results"]]
    later = client.get("/api/v1/search/", {"q": "förskola", "offset": 2}).json()
    assert later["promoted"] == []
    assert later["count"] == body["count"]  # the promoted page is never among the results
    assert "Inskolning på förskolan" not in [r["title"] for r in later["results"]]


def test_a_word_in_more_documents_than_the_cap_is_answered_in_a_fixed_number_of_queries(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    DatabaseEngine().upsert(
        [
            SearchDocument(
                key=f"page:{n}",
                kind="page",
                locale="sv",
                title=f"Skola {n}",
                summary="Om skolan och barnen.",
                topics=("barn-och-utbildning",),
            )
            for n in range(RANK_CAP + 20)
        ]
    )
    # Synonyms, promoted results, and the ranking with the page's entries (on SQLite
    # the entries are a statement of their own); nothing per hit or per match.
    with django_assert_max_num_queries(3 if connection.vendor == "postgresql" else 4):
        body = client.get("/api/v1/search/", {"q": "skola", "limit": 50}).json()
    assert body["count"] == RANK_CAP
    assert len(body["results"]) == 50
    assert all("<mark>Skola</mark>" in r["highlight"]["title"] for r in body["results"])
    assert body["facets"]["topic"] == {"barn-och-utbildning": RANK_CAP}


def test_suggest_completes_titles(client: Any, indexed: Any) -> None:
    body = client.get("/api/v1/search/suggest/", {"q": "förs"}).json()
    assert "Ansök om förskoleplats" in [s["text"] for s in body["results"]]
    assert body["results"][0]["url"].startswith("/sv/")


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 10_000},
        {"q": "förskola", "kind": "rymdskepp"},
        {"q": "förskola", "locale": "xx"},
        {"q": "förskola", "topic": "Inte en slug!"},
        {"q": "förskola", "near": "57.7"},
        {"q": "förskola", "near": "91,12"},
        {"q": "förskola", "near": "nan,12"},
        {"q": "förskola", "radius": "500"},
        {"q": "förskola", "near": "57.7,11.9", "radius": "0"},
        {"q": "förskola", "bbox": "12,57,11,58"},
        {"q": "förskola", "bbox": "a,b,c,d"},
        {"q": "förskola", "facet": "colour"},
        {"q": "förskola", "limit": "0"},
    ],
)
def test_bad_input_is_a_problem_400(client: Any, indexed: Any, params: dict[str, str]) -> None:
    before = SearchEntry.objects.count()
    response = client.get("/api/v1/search/", params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["errors"]
    assert SearchEntry.objects.count() == before


@pytest.mark.parametrize("params", [{}, {"q": "x" * 101}, {"q": "förs", "limit": "50"}])
def test_bad_suggest_input_is_a_problem_400(client: Any, params: dict[str, str]) -> None:
    response = client.get("/api/v1/search/suggest/", params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


def test_page_listings_can_be_searched(client: Any, indexed: Any) -> None:
    body = client.get("/api/v1/pages/", {"search": "förskoleplats"}).json()
    assert body["results"][0]["title"] == "Ansök om förskoleplats"
    units = client.get("/api/v1/pages/", {"search": "förskola", "type": "unit"}).json()
    assert {p["title"] for p in units["results"]} == {"Skolgatans förskola", "Hagens förskola"}
    by_title = client.get("/api/v1/pages/", {"search": "förskola", "ordering": "title"}).json()
    titles = [p["title"] for p in by_title["results"]]
    assert titles == sorted(titles)
    assert client.get("/api/v1/pages/", {"search": "rymdskepp"}).json()["count"] == 0
    # The index follows the worker, not the content version: no ETag to revalidate with.
    searched = client.get("/api/v1/pages/", {"search": "förskola"})
    assert searched["Cache-Control"] == "no-store"
    assert "ETag" not in searched


@pytest.mark.parametrize("text", ["", "  ", "x" * 201])
def test_an_empty_or_long_page_search_is_a_problem_400(client: Any, text: str) -> None:
    response = client.get("/api/v1/pages/", {"search": text})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
