"""Probes and the JSON 404 under /api/."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import path

from config import urls as project_urls

pytestmark = pytest.mark.django_db


def test_healthz_answers_without_touching_anything(client: Any) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_checks_database_and_cache(client: Any) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "cache": "ok"}


def test_readyz_is_503_when_the_cache_is_unreachable(client: Any, settings: Any) -> None:
    # A real Redis client pointed at a port nothing listens on.
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["checks"]["cache"] == "failing"
    assert "127.0.0.1" not in response.content.decode()  # no configuration leaks


def test_probes_refuse_writes(client: Any) -> None:
    assert client.post("/healthz").status_code == 405


@pytest.mark.parametrize("path", ["/api/", "/api/v1/nothing-here/", "/api/v9/pages/1/"])
def test_unknown_api_paths_are_problem_json_not_wagtail_html(
    client: Any, path: str, home: Any
) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == 404
    assert body["code"] == "not_found"
    assert body["instance"] == path
    assert {"type", "title", "detail"} <= body.keys()


def test_pages_are_served_under_their_locale_prefix(client: Any, section: Any) -> None:
    section.save_revision().publish()
    response = client.get("/sv/forskola/")
    assert response.status_code == 200
    assert "<h1>Förskola</h1>" in response.content.decode()
    assert b'lang="sv"' in response.content


def _boom(request: Any) -> Any:
    raise RuntimeError("a bug")


urlpatterns = [path("api/v1/boom", _boom), *project_urls.urlpatterns]
handler500 = project_urls.handler500


@pytest.mark.urls("tests.api.test_health")
def test_unhandled_errors_under_the_api_are_problem_json(settings: Any) -> None:
    client = Client(raise_request_exception=False)
    response = client.get("/api/v1/boom")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "server_error"
    assert "a bug" not in response.content.decode()
