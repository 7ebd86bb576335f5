"""The benchmark settings add stock Wagtail API v2 and a bare view; the city's do not."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client, override_settings

from config.urls_benchmark import CEILING_BODY
from tests import factories
from tests.processes import manage


@pytest.mark.django_db
def test_the_city_serves_neither_stock_v2_nor_the_ceiling(home: Any) -> None:
    page = factories.SectionPageFactory(parent=home)
    client = Client()
    for path in ("/api/v2/pages/", f"/api/v2/pages/{page.pk}/", "/api/v2/pages/find/"):
        answer = client.get(path)
        assert answer.status_code == 404
        assert answer["Content-Type"] == "application/problem+json"
    assert client.get("/bench/ceiling/").status_code != 200


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="config.urls_benchmark")
def test_benchmark_routes_serve_stock_v2_and_the_ceiling_beside_ours(home: Any) -> None:
    page = factories.SectionPageFactory(parent=home, slug="trafik")
    client = Client()
    ceiling = client.get("/bench/ceiling/")
    assert ceiling.status_code == 200 and ceiling.content == CEILING_BODY
    assert ceiling["Content-Type"] == "application/json"
    detail = client.get(f"/api/v2/pages/{page.pk}/")
    assert detail.status_code == 200 and detail.json()["title"] == page.title
    found = client.get("/api/v2/pages/find/?html_path=/trafik/")
    assert found.status_code == 302
    assert found["Location"].split("?")[0].endswith(f"/api/v2/pages/{page.pk}/")
    assert client.get(f"/api/v1/pages/{page.pk}/").json()["title"] == page.title


def test_benchmark_settings_load_with_debug_off_and_the_v2_app() -> None:
    shown = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; "
        "print(s.DEBUG, 'wagtail.api.v2' in s.INSTALLED_APPS, s.ROOT_URLCONF)",
        DJANGO_SETTINGS_MODULE="config.settings_benchmark",
        DEBUG="true",
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split()[-3:] == ["False", "True", "config.urls_benchmark"]
