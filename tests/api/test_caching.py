"""Public reads revalidate cheaply and change the moment published content changes."""

from __future__ import annotations

from typing import Any

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from cms.services import image_create, renditions_create
from tests.images import jpeg, show_on_page

pytestmark = pytest.mark.django_db


def etag(client: Any, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response["ETag"]


def test_public_reads_carry_validators_and_may_be_cached(client: Any, article: Any) -> None:
    response = client.get(f"/api/v1/pages/{article.pk}/")
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"].endswith("GMT")
    assert response["Cache-Control"].startswith("public")


def test_a_current_copy_is_answered_304_without_touching_the_page(
    client: Any, article: Any, django_assert_max_num_queries: Any
) -> None:
    url = f"/api/v1/pages/{article.pk}/"
    current = etag(client, url)
    with django_assert_max_num_queries(1):  # the content version, nothing else
        response = client.get(url, HTTP_IF_NONE_MATCH=current)
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == current


def test_etags_differ_between_urls(client: Any, article: Any) -> None:
    assert etag(client, "/api/v1/pages/?limit=1") != etag(client, "/api/v1/pages/?limit=2")


@pytest.mark.parametrize(
    "change", ["publish", "unpublish", "move", "organisation", "redirect", "restriction"]
)
def test_any_published_change_changes_the_answer_at_once(
    client: Any,
    article: Any,
    section: Any,
    home: Any,
    change: str,
    django_capture_on_commit_callbacks: Any,
) -> None:
    url = "/api/v1/pages/"
    before = etag(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        if change == "publish":
            article.title = "Nya öppettider"
            article.save_revision().publish()
        elif change == "unpublish":
            article.unpublish()
        elif change == "move":
            article.move(home, pos="last-child")
        elif change == "organisation":
            article.organisation.name = "Nytt namn"
            article.organisation.save()
        elif change == "redirect":
            Redirect.objects.create(old_path="/gammal", redirect_page=article)
        else:
            PageViewRestriction.objects.create(page=article, restriction_type="login")
    response = client.get(url, HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200
    assert response["ETag"] != before


def test_errors_are_not_marked_cacheable(client: Any, home: Any) -> None:
    response = client.get("/api/v1/pages/?colour=red")
    assert response.status_code == 400
    assert response["Cache-Control"] == "no-store"


def test_renditions_made_by_the_worker_change_the_images_answer(
    client: Any, section: Any, django_capture_on_commit_callbacks: Any
) -> None:
    image = image_create(title="Torget", data=jpeg(), filename="torget.jpg")
    show_on_page(image, section)
    url = f"/api/v1/images/{image.pk}/"
    before = etag(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        renditions_create(image_id=image.pk)
    response = client.get(url, HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200
    assert response.json()["renditions"]
