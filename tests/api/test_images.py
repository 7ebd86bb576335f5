"""Images through the API: renditions from the allowlist, made by the worker, never on read."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from cms.models import CityRendition
from cms.services import image_create
from tests.images import jpeg, show_on_page
from tests.tasks import immediate

pytestmark = pytest.mark.django_db

IMMEDIATE = immediate()


def test_saving_an_image_queues_its_renditions_and_the_worker_makes_them(
    client: Any, settings: Any, section: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.TASKS = IMMEDIATE  # the worker, run in-process
    with django_capture_on_commit_callbacks(execute=True):
        image = image_create(
            title="Torget", data=jpeg(), filename="torget.jpg", description="Torget"
        )
    show_on_page(image, section)
    body = client.get(f"/api/v1/images/{image.pk}/").json()
    assert set(body["renditions"]) == set(settings.CITY_IMAGE_RENDITIONS)
    assert body["renditions"]["card"]["width"] == 640
    assert body["alt"] == "Torget"


def test_reading_an_image_never_renders(client: Any, section: Any) -> None:
    image = image_create(title="Hamnen", data=jpeg(), filename="hamnen.jpg")  # no worker ran
    show_on_page(image, section)
    with CaptureQueriesContext(connection) as queries:
        body = client.get(f"/api/v1/images/{image.pk}/").json()
    assert body["renditions"] == {}
    assert not CityRendition.objects.exists()
    assert not any("INSERT" in q["sql"] for q in queries.captured_queries)


def test_only_allowlisted_renditions_are_shown(client: Any, settings: Any, section: Any) -> None:
    image = image_create(title="Parken", data=jpeg(), filename="parken.jpg")
    show_on_page(image, section)
    image.get_rendition("fill-13x13")  # made some other way, not on the allowlist
    image.get_rendition(settings.CITY_IMAGE_RENDITIONS["thumbnail"])
    body = client.get(f"/api/v1/images/{image.pk}/").json()
    assert set(body["renditions"]) == {"thumbnail"}


def test_unknown_image_is_a_problem_404(client: Any) -> None:
    response = client.get("/api/v1/images/999999/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize("where", ["nowhere", "draft", "restricted"])
def test_images_not_on_a_public_page_are_not_shown(client: Any, section: Any, where: str) -> None:
    image = image_create(title="Embargo", data=jpeg(), filename="embargo.jpg")
    if where != "nowhere":
        page = show_on_page(image, section, publish=where != "draft")
        if where == "restricted":
            PageViewRestriction.objects.create(page=page, restriction_type="login")
    response = client.get(f"/api/v1/images/{image.pk}/")
    assert response.status_code == 404
    assert "Embargo" not in response.content.decode()
