"""The PostgreSQL postings beside the tsvector follow every write to the index: upserts,
deletes, rebuilds, and publishing and unpublishing through the worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from wagtail.actions.unpublish_page import UnpublishPageAction

from search.analysis import analyse_query
from search.engines import postings
from search.engines.base import RANK_CAP, SearchQuery
from search.engines.database import DatabaseEngine
from search.engines.dialects import PostgresDialect
from search.models import SearchEntry
from tests import factories
from tests.search.test_engine_contract import doc
from tests.tasks import immediate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _postgres_only(db: None) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("Postings are PostgreSQL's (CI runs these tests there).")


def postings_of(key: str) -> dict[str, bool]:
    """The terms an entry is posted under, with whether each is in its title."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT p.term, p.title FROM search_posting p "
            "JOIN search_searchentry e ON e.id = p.entry_id WHERE e.key = %s",
            [key],
        )
        return dict(cursor.fetchall())


def plan_for(text: str) -> postings.Plan | None:
    query = analyse_query(text, "sv")
    return postings.plan(query, "sv", "swedish", RANK_CAP, PostgresDialect.tsquery(query, "sv"))


def orphans() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM search_posting p WHERE NOT EXISTS "
            "(SELECT 1 FROM search_searchentry e WHERE e.id = p.entry_id)"
        )
        return int(cursor.fetchone()[0])


def test_postings_hold_each_lexeme_of_the_vector_once() -> None:
    engine = DatabaseEngine()
    engine.upsert([doc("page:1", "Ansök om förskoleplats", body="Barn i förskolan leker.")])
    terms = postings_of("page:1")
    assert terms["förskoleplat"] is True  # its stem
    assert terms["lek"] is False  # body only
    with connection.cursor() as cursor:
        cursor.execute("SELECT sum(length(search_vector)) FROM search_searchentry")
        lexemes = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM search_posting")
        assert cursor.fetchone()[0] == lexemes


def test_postings_follow_upsert_and_delete() -> None:
    engine = DatabaseEngine()
    engine.upsert([doc("page:1", "Ansök om förskoleplats")])
    engine.upsert([doc("page:1", "Bygglov för altan")])
    terms = postings_of("page:1")
    assert "bygglov" in terms
    assert "förskoleplat" not in terms
    engine.delete(["page:1"])
    assert postings_of("page:1") == {}
    assert orphans() == 0


def test_a_rebuild_remakes_the_postings() -> None:
    engine = DatabaseEngine()
    engine.upsert([doc("page:1", "Ansök om förskoleplats"), doc("page:2", "Bygglov")])
    engine.rebuild(iter([doc("page:2", "Bygglov för altan")]))
    assert postings_of("page:1") == {}
    assert postings_of("page:2")["altan"] is True
    assert orphans() == 0


def test_only_a_word_in_more_documents_than_the_cap_is_read_from_postings() -> None:
    engine = DatabaseEngine()
    engine.upsert([doc(f"page:{n}", f"Skola {n}", body="Om barn.") for n in range(RANK_CAP)])
    assert plan_for("skola") is None  # every match fits under the cap: GIN answers exactly
    engine.upsert([doc("page:extra", "Skola igen")])
    assert plan_for("skola") == postings.Plan(drivers=("skol",), exact=True)


def test_common_words_seldom_found_together_are_left_to_the_gin_index() -> None:
    DatabaseEngine().upsert(
        [doc(f"page:g{n}", f"Gata {n}") for n in range(RANK_CAP + 1)]
        + [doc(f"page:t{n}", f"Torg {n}") for n in range(RANK_CAP + 1)]
        + [doc("page:both", "Gata och torg")]
    )
    assert plan_for("gata") is not None
    assert plan_for("gata torg") is None


def test_publishing_and_unpublishing_move_the_postings(
    section: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.TASKS = immediate()

    def worker(change: Callable[[], Any]) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            change()

    page = factories.ArticlePageFactory(parent=section, title="Inskolning på förskolan")
    worker(lambda: (section.save_revision().publish(), page.save_revision().publish()))
    assert postings_of(f"page:{page.pk}")["inskolning"] is True
    admin = factories.UserFactory(is_superuser=True)
    worker(lambda: UnpublishPageAction(section, user=admin, include_descendants=True).execute())
    assert not SearchEntry.objects.filter(key=f"page:{page.pk}").exists()
    assert orphans() == 0


def test_several_common_words_are_read_from_one_words_postings_and_checked() -> None:
    engine = DatabaseEngine()
    engine.upsert(
        [doc(f"page:{n}", f"Sida {n}", body="Skola och barn.") for n in range(RANK_CAP + 50)]
        + [doc(f"page:barn-{n}", f"Barn {n}") for n in range(5)]  # title matches, one word
        + [doc(f"page:skola-{n}", f"Skola {n}") for n in range(20)]
        + [doc("service:1", "Barn i skolan", kind="service")]
    )
    # Both words are past the cap, so the first is read; its title matches without
    # "barn" are checked away.
    assert plan_for("skola barn") == postings.Plan(drivers=("skol",), exact=False)
    query = analyse_query("skola barn", "sv")
    result = engine.search(SearchQuery(query=query, locale="sv", limit=RANK_CAP))
    keys = [hit.document.key for hit in result.hits]
    assert result.total == RANK_CAP
    assert keys[0] == "service:1"
    assert not [k for k in keys if "-" in k]  # one word is not enough


def test_a_postings_impact_is_its_lexemes_rank_times_the_boost() -> None:
    engine = DatabaseEngine()
    text = "Förskola och förskolor. En förskola med förskolans gård, nära skolan."
    engine.upsert([doc("page:1", "Förskola i Hagen", summary=text, body=text, boost=1.6)])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT p.term, p.impact, (ts_rank(e.search_vector, quote_literal(p.term)::tsquery)"
            " * e.boost)::real FROM search_posting p "
            "JOIN search_searchentry e ON e.id = p.entry_id"
        )
        rows = cursor.fetchall()
    assert len(rows) > 5
    for term, impact, rank in rows:
        assert impact == pytest.approx(rank, rel=1e-6), term


def test_a_single_word_is_ranked_from_its_postings_as_the_gin_index_ranks_it(
    django_assert_num_queries: Any,
) -> None:
    engine = DatabaseEngine()
    text = "Förskola och förskolor nära skolan."
    engine.upsert(
        [doc(f"page:t{n}", f"Förskola nummer {n}", boost=1.0 + n / 10) for n in range(5)]
        + [doc(f"page:s{n}", f"Sida {n}", summary=text * (n % 3 + 1)) for n in range(20)]
        + [doc(f"page:b{n}", f"Sida {n}", body="Om forskola, utan ring.") for n in range(5)]
        + [doc(f"page:n{n}", f"Sida {n}", body="Om annat.") for n in range(5)]
    )

    def ranked(**filters: Any) -> list[tuple[str, float]]:
        query = SearchQuery(query=analyse_query("förskola", "sv"), locale="sv", **filters)
        return [(hit.document.key, hit.score) for hit in engine.search(query).hits]

    assert postings.one_word(analyse_query("förskola", "sv"))
    with django_assert_num_queries(1):  # ranked, with the page's entries
        by_postings = ranked(limit=50)
    by_gin = ranked(limit=50, kind="page")  # a filter takes the GIN index
    assert [key for key, _ in by_postings] == [key for key, _ in by_gin]
    assert len(by_postings) == 30
    for (key, score), (_, gin_score) in zip(by_postings, by_gin, strict=True):
        assert score == pytest.approx(gin_score, rel=1e-6), key


def test_only_a_plain_word_is_read_from_postings_without_counting() -> None:
    assert postings.one_word(analyse_query("bibliotek", "sv"))
    assert not postings.one_word(analyse_query("parkeringstillstånd", "sv"))  # its parts
    assert not postings.one_word(analyse_query("skola barn", "sv"))
    assert not postings.one_word(analyse_query("förs", "sv", prefix=True))
    assert postings.one_word(analyse_query("dagis", "sv", synonyms={"dagis": ["förskola"]}))
    phrase = {"dagis": ["förskola för barn"]}
    assert not postings.one_word(analyse_query("dagis", "sv", synonyms=phrase))
