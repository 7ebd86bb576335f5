"""Public answers kept per content version: served again without their view, never stale."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.services import image_create
from tests import factories
from tests.images import jpeg, show_on_page
from tests.tokens import machine_token

pytestmark = pytest.mark.django_db


def queries_of(client: Any, url: str, **headers: Any) -> tuple[int, Any]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **headers)
    return len(captured), response


def test_a_repeated_public_read_is_answered_from_memory(client: Any, article: Any) -> None:
    url = f"/api/v1/pages/{article.pk}/"
    first = client.get(url)
    count, again = queries_of(client, url)
    assert count <= 1  # the content version (a cache read where the cache is shared)
    assert again.status_code == 200
    assert again.content == first.content
    for header in ("ETag", "Last-Modified", "Cache-Control", "Vary", "Content-Type"):
        assert again[header] == first[header]
    # Set for each request, never kept with the answer.
    assert again["X-Request-ID"] != first["X-Request-ID"]


def test_a_matching_etag_is_answered_304_from_memory(client: Any, article: Any) -> None:
    url = f"/api/v1/pages/{article.pk}/"
    current = client.get(url)["ETag"]
    count, response = queries_of(client, url, HTTP_IF_NONE_MATCH=current)
    assert count <= 1
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == current
    assert "Content-Type" not in response
    _, other = queries_of(client, url, HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200


def test_a_published_change_is_served_at_once(
    client: Any, article: Any, django_capture_on_commit_callbacks: Any
) -> None:
    url = f"/api/v1/pages/{article.pk}/"
    assert client.get(url).json()["title"] == article.title
    article.title = "Nya öppettider på biblioteket"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert client.get(url).json()["title"] == "Nya öppettider på biblioteket"


def test_a_listing_follows_a_new_page_at_once(
    client: Any, article: Any, section: Any, django_capture_on_commit_callbacks: Any
) -> None:
    url = "/api/v1/pages/?type=article"
    before = client.get(url).json()["count"]
    with django_capture_on_commit_callbacks(execute=True):
        factories.ArticlePageFactory(parent=section, slug="ny-sida")
    assert client.get(url).json()["count"] == before + 1


def test_callers_with_credentials_always_reach_the_view(client: Any, article: Any) -> None:
    token = machine_token(client, name="Skolappen", scopes=["opendata:read"])
    url = f"/api/v1/pages/{article.pk}/"
    client.get(url)
    count, response = queries_of(client, url, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200
    assert count > 1


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/pages/999999/",  # an error
        "/api/v1/pages/?search=bibliotek",  # follows the search index, not the version
        "/api/v1/search/?q=bibliotek",
        "/api/v1/units/",  # open now follows the clock
    ],
)
def test_answers_that_are_not_shared_are_not_kept(client: Any, article: Any, url: str) -> None:
    client.get(url)  # loads the reference data of this content version
    first, _ = queries_of(client, url)
    again, _ = queries_of(client, url)
    assert again == first > 0  # the view ran again, as it did the first time


def test_image_answers_follow_the_reference_index_and_are_not_kept(
    client: Any, section: Any
) -> None:
    image = image_create(title="Lekplats", data=jpeg(), filename="lekplats.jpg")
    show_on_page(image, section)
    url = f"/api/v1/images/{image.pk}/"
    client.get(url)  # loads the reference data of this content version
    first, answer = queries_of(client, url)
    assert answer.status_code == 200
    again, _ = queries_of(client, url)
    assert again == first > 1


def test_links_in_an_answer_are_kept_per_caller_address(client: Any, article: Any) -> None:
    url = "/api/v1/pages/?limit=1"
    inside = client.get(url, HTTP_HOST="localhost").json()
    outside = client.get(url, HTTP_HOST="127.0.0.1", secure=True).json()
    assert inside["next"].startswith("http://localhost/")
    assert outside["next"].startswith("https://127.0.0.1/")


def test_each_accepted_type_is_kept_apart(client: Any, article: Any) -> None:
    url = f"/api/v1/pages/{article.pk}/"
    assert client.get(url, HTTP_ACCEPT="application/json").status_code == 200
    refused = client.get(url, HTTP_ACCEPT="text/csv")
    assert refused.status_code == 406
    assert refused["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize("directive", ["no-cache", "max-age=0"])
def test_a_client_can_ask_for_a_fresh_answer(client: Any, article: Any, directive: str) -> None:
    url = f"/api/v1/pages/{article.pk}/"
    client.get(url)
    count, response = queries_of(client, url, HTTP_CACHE_CONTROL=directive)
    assert response.status_code == 200
    assert count > 1
