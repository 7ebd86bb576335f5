"""Images through the API: renditions from the allowlist, made by the worker, never on read."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import CityRendition
from cms.services import image_create
from tests.images import jpeg

pytestmark = pytest.mark.django_db

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def test_saving_an_image_queues_its_renditions_and_the_worker_makes_them(
    client: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.TASKS = IMMEDIATE  # the worker, run in-process
    with django_capture_on_commit_callbacks(execute=True):
        image = image_create(
            title="Torget", data=jpeg(), filename="torget.jpg", description="Torget"
        )
    body = client.get(f"/api/v1/images/{image.pk}/").json()
    assert set(body["renditions"]) == set(settings.CITY_IMAGE_RENDITIONS)
    assert body["renditions"]["card"]["width"] == 640
    assert body["alt"] == "Torget"


def test_reading_an_image_never_renders(client: Any) -> None:
    image = image_create(title="Hamnen", data=jpeg(), filename="hamnen.jpg")  # no worker ran
    with CaptureQueriesContext(connection) as queries:
        body = client.get(f"/api/v1/images/{image.pk}/").json()
    assert body["renditions"] == {}
    assert not CityRendition.objects.exists()
    assert not any("INSERT" in q["sql"] for q in queries.captured_queries)


def test_only_allowlisted_renditions_are_shown(client: Any, settings: Any) -> None:
    image = image_create(title="Parken", data=jpeg(), filename="parken.jpg")
    image.get_rendition("fill-13x13")  # made some other way, not on the allowlist
    image.get_rendition(settings.CITY_IMAGE_RENDITIONS["thumbnail"])
    body = client.get(f"/api/v1/images/{image.pk}/").json()
    assert set(body["renditions"]) == {"thumbnail"}


def test_unknown_image_is_a_problem_404(client: Any) -> None:
    response = client.get("/api/v1/images/999999/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
