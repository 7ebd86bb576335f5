"""Relevance on the demo city: the queries in relevance.py must find their answers."""

from __future__ import annotations

from typing import Any

import pytest

from search.services import index_rebuild
from tests.search.relevance import JUDGEMENTS, evaluate, mean_reciprocal_rank, report, top3_rate

pytestmark = pytest.mark.django_db


def test_the_set_is_large_and_varied() -> None:
    assert len(JUDGEMENTS) >= 40
    assert len({j.query for j in JUDGEMENTS}) == len(JUDGEMENTS)
    assert sum(1 for j in JUDGEMENTS if j.locale == "en") >= 5
    assert sum(1 for j in JUDGEMENTS if "misspelt" in j.note) >= 2


def test_citizens_queries_find_their_answers_in_the_top_three(demo: dict[str, Any]) -> None:
    index_rebuild()  # what the worker does after the demo city is loaded
    outcomes = evaluate()
    print("\n" + report(outcomes))  # shown with pytest -s, and on failure
    assert top3_rate(outcomes) >= 0.9, report(outcomes)
    assert mean_reciprocal_rank(outcomes) >= 0.8, report(outcomes)
