"""Editors keep synonyms in the admin; searches use them at once."""

from __future__ import annotations

from typing import Any

import pytest

from search.analysis import analyse_query
from search.models import Synonym
from search.queries import synonyms_for
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client: Any) -> Any:
    client.force_login(factories.UserFactory(is_superuser=True, is_staff=True))
    return client


def test_editors_add_synonyms_in_the_admin(admin_client: Any) -> None:
    assert admin_client.get("/admin/search_synonyms/").status_code == 200
    response = admin_client.post(
        "/admin/search_synonyms/new/", {"locale": "sv", "terms": "dagis, förskola"}
    )
    assert response.status_code == 302
    assert Synonym.objects.get().words() == ["dagis", "förskola"]


def test_a_synonym_needs_two_words(admin_client: Any) -> None:
    response = admin_client.post("/admin/search_synonyms/new/", {"locale": "sv", "terms": "dagis"})
    assert response.status_code == 200  # the form again, with the error
    assert "at least two different words" in response.content.decode()
    assert not Synonym.objects.exists()


def test_each_word_means_the_others() -> None:
    Synonym.objects.create(terms="soptunna, sopkärl, sophämtning")
    Synonym.objects.create(terms="socialbidrag, ekonomiskt bistånd", locale="sv")
    found = synonyms_for("sv")
    assert found["soptunna"] == ["sopkärl", "sophämtning"]
    assert found["socialbidrag"] == ["ekonomiskt bistånd"]
    assert "ekonomiskt bistånd" not in found  # phrases are expanded to, not from
    query = analyse_query("socialbidrag", "sv", synonyms=found)
    assert any(alt.stems == ("ekonomisk", "bistånd") for alt in query.groups[0])
