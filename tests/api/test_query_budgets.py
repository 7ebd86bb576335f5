"""Query budgets of the hot content reads, on a page that uses every kind of reference.

Reference data (locales, sites, view restrictions, organisations, topics, contacts, unit
types) is loaded once per content version and process (cms.directory); each test warms
it with one request first, as any running server has, and the last test prices the load.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cms import directory
from cms.services import image_create, renditions_create, translation_create
from tests import factories
from tests.images import jpeg

# Every measured request reaches its view: a kept public answer would cost none.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_response_cache")]

# The page itself takes two (which page and of what type, then that type's row), which
# PostgreSQL plans far faster than one query joining every page type's table.
DETAIL_BUDGET = 6
LISTING_BUDGET = 6
NAVIGATION_BUDGET = 4


@pytest.fixture
def rich_page(section: Any, django_capture_on_commit_callbacks: Any) -> Any:
    """An article with an image, a call to action, a contact card, a rich-text link to
    another page, two topics, an English translation and a translated organisation."""
    Locale.objects.create(language_code="en")
    image = image_create(title="Lekplats", data=jpeg(), filename="lekplats.jpg")
    renditions_create(image_id=image.pk)
    service = factories.ServicePageFactory(parent=section, slug="forskoleplats")
    service.save_revision().publish()
    contact = factories.ContactFactory()
    org = factories.OrganisationFactory()
    body = [
        ("rich_text", f'<p>Läs om <a linktype="page" id="{service.pk}">förskoleplats</a>.</p>'),
        ("image", {"image": image, "alt_text": "Barn på en lekplats", "caption": ""}),
        (
            "call_to_action",
            {"title": "Ansök", "text": "", "link": {"page": service, "url": "", "text": "Ansök"}},
        ),
        ("contact_card", contact),
    ]
    page = factories.ArticlePageFactory(
        parent=section, slug="lekplatser", organisation=org, image=image, body=body
    )
    page.topics.set([factories.TopicFactory(), factories.TopicFactory()])
    page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        translation_create(instance=org, language_code="en", strings={org.name: "Preschools"})
        translation_create(instance=page, language_code="en", strings={})
    return page


def _count(client: Any, url: str) -> tuple[int, Any]:
    client.get(url)  # warms the reference data for this content version
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries), response.json()


def test_page_detail_stays_within_budget(client: Any, rich_page: Any) -> None:
    count, body = _count(client, f"/api/v1/pages/{rich_page.pk}/")
    # Everything the page points at is in the answer…
    blocks = {block["type"]: block["value"] for block in body["fields"]["body"]}
    assert 'href="/sv/forskola/forskoleplats/"' in blocks["rich_text"]
    assert blocks["image"]["image"]["renditions"]["card"]["width"] == 640
    assert blocks["call_to_action"]["link"]["page"]["path"] == "/sv/forskola/forskoleplats/"
    assert blocks["contact_card"]["name"]
    assert len(body["topics"]) == 2
    assert [t["locale"] for t in body["translations"]] == ["en", "sv"]
    assert [b["path"] for b in body["breadcrumbs"]] == [
        "/sv/",
        "/sv/forskola/",
        "/sv/forskola/lekplatser/",
    ]
    # …for a fixed number of queries.
    assert count <= DETAIL_BUDGET


def test_translated_page_detail_stays_within_budget(client: Any, rich_page: Any) -> None:
    english = rich_page.get_translation(Locale.objects.get(language_code="en"))
    count, body = _count(client, f"/api/v1/pages/{english.pk}/")
    assert body["organisation"]["name"] == "Preschools"
    assert body["meta"]["locale"] == "en"
    assert count <= DETAIL_BUDGET


def test_resolve_stays_within_budget(client: Any, rich_page: Any) -> None:
    count, body = _count(client, "/api/v1/pages/resolve/?path=/sv/forskola/lekplatser/")
    assert body["page"]["id"] == rich_page.pk
    assert count <= DETAIL_BUDGET


def test_listing_stays_within_budget_for_every_page_type(client: Any, rich_page: Any) -> None:
    count, body = _count(client, "/api/v1/pages/?limit=50")
    assert {page["type"] for page in body["results"]} >= {"home", "section", "article", "service"}
    assert count <= LISTING_BUDGET


def test_paging_through_a_listing_counts_it_once_per_content_version(
    client: Any, rich_page: Any, section: Any, django_capture_on_commit_callbacks: Any
) -> None:
    def counts(url: str) -> tuple[int, int]:
        with CaptureQueriesContext(connection) as queries:
            body = client.get(url).json()
        counted = sum("COUNT(" in q["sql"].upper() for q in queries.captured_queries)
        return counted, body["count"]

    url = "/api/v1/pages/?type=article&limit=1"
    first = counts(url)
    assert first[0] == 1
    assert counts(url + "&offset=1") == (0, first[1])  # the same filters, another window
    assert counts("/api/v1/pages/?type=service&limit=1")[0] == 1  # other filters
    with django_capture_on_commit_callbacks(execute=True):
        factories.ArticlePageFactory(parent=section, slug="ny-artikel")
    assert counts(url + "&offset=1") == (1, first[1] + 1)  # a new version is counted anew


def test_navigation_stays_within_budget(client: Any, rich_page: Any) -> None:
    count, _body = _count(client, "/api/v1/navigation/?locale=sv&depth=3")
    assert count <= NAVIGATION_BUDGET


def test_reference_data_is_loaded_in_a_fixed_number_of_queries(client: Any, rich_page: Any) -> None:
    for i in range(20):  # more snippets do not mean more queries
        factories.OrganisationFactory(slug=f"org-{i}")
        factories.TopicFactory()
    directory.forget()
    with CaptureQueriesContext(connection) as queries:
        loaded = directory.directory()
    assert len(queries) <= 9  # the version, then one query per kind of reference data
    assert len(loaded.snippets) > 40


UNITS_BUDGET = 2  # the content version, then the units


@pytest.fixture
def many_units(section: Any) -> list[Any]:
    """Units of several types, owners and contacts, each with hours and accessibility."""
    import datetime as dt

    units = []
    for i in range(12):
        unit = factories.UnitPageFactory(
            parent=section,
            slug=f"enhet-{i}",
            organisation=factories.OrganisationFactory(),
            contact=factories.ContactFactory(),
            opening_hours=[
                ("regular", {"weekdays": ["mon"], "opens": dt.time(8), "closes": dt.time(17)}),
                ("exception", {"date": dt.date(2026, 12, 24), "note": "Julafton"}),
            ],
            accessibility=[("fact", {"fact": "lift", "note": ""})],
        )
        unit.save_revision().publish()
        units.append(unit)
    return units


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/units/?limit=100",
        "/api/v1/units/?near=57.7,11.97&radius=5000",
        "/api/v1/units/?bbox=11.9,57.6,12.0,57.8",
        "/api/v1/units.geojson",
    ],
)
def test_unit_lists_stay_within_budget(client: Any, many_units: list[Any], url: str) -> None:
    count, body = _count(client, url)
    assert len(body.get("results", body.get("features", []))) == 12
    assert count <= UNITS_BUDGET


def test_unit_detail_stays_within_budget(client: Any, many_units: list[Any]) -> None:
    count, body = _count(client, f"/api/v1/units/{many_units[0].pk}/")
    assert body["contact"] is not None
    assert count <= UNITS_BUDGET
