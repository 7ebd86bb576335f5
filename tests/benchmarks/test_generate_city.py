"""The city generator's smoke size: what it writes is a consistent Wagtail tree that our API
serves, with translations, redirects, restrictions, cases, contacts and a search index."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, PageViewRestriction, Site

from benchmarks.generate_city import SIZES, Refused, generate, main
from benchmarks.vocabulary import RARE
from cms.models import BasePage, CityImage, CityRendition, LegacyItem
from cms.search_index import page_text
from contactcenter.models import Contact
from eservices.models import Case
from search.models import SearchEntry
from tests.conftest import rolled_back

SMOKE = SIZES["smoke"]


@pytest.fixture(scope="module")
def city_loaded(
    django_db_setup: Any, django_db_blocker: Any, tmp_path_factory: Any
) -> Iterator[dict[str, Any]]:
    """The smoke city, generated once for this module and rolled back afterwards."""
    media = tmp_path_factory.mktemp("city-media")
    with rolled_back(django_db_blocker, media):
        out = io.StringIO()
        counts = generate("smoke", seed=1, stream=out)
        yield {"counts": counts, "output": out.getvalue(), "media": media}


@pytest.fixture
def city(city_loaded: dict[str, Any], db: None, settings: Any) -> dict[str, Any]:
    settings.MEDIA_ROOT = city_loaded["media"]
    return city_loaded


def pages() -> Any:
    return Page.objects.filter(depth__gt=1)


def test_counts_by_kind_match_the_size(city: dict[str, Any]) -> None:
    counts = city["counts"]
    assert counts["pages"] == SMOKE.pages == pages().count()
    assert counts["images"] == SMOKE.images == CityImage.objects.count()
    specs = len(settings.CITY_IMAGE_RENDITIONS)
    assert counts["renditions"] == SMOKE.images * specs == CityRendition.objects.count()
    assert counts["redirects"] == SMOKE.redirects
    assert counts["legacy sites"] == SMOKE.sites
    assert counts["view restrictions"] == SMOKE.restrictions
    assert counts["cases"] == SMOKE.cases == Case.objects.count()
    assert counts["contacts"] == SMOKE.contacts == Contact.objects.count()
    assert counts["search documents"] == SearchEntry.objects.count() > 0
    by_locale = Counter(pages().values_list("locale__language_code", flat=True))
    assert by_locale == {code: SMOKE.pages // 4 for code in ("sv", "en", "fi", "ar")}
    assert "rows/s" in city["output"] and "Done in" in city["output"]
    assert "search terms" in city["output"]


def test_the_tree_is_valid_and_published(city: dict[str, Any]) -> None:
    assert all(not problems for problems in Page.find_problems())
    for page in pages().specific():
        assert page.numchild == page.get_children().count()
        parent = page.get_parent()
        assert page.url_path == f"{parent.url_path}{page.slug}/" or page.depth == 2
        assert page.live and not page.has_unpublished_changes
        assert isinstance(page, BasePage) and page.organisation_id
        assert page.latest_revision_id == page.live_revision_id is not None
        assert page.latest_revision.content["title"] == page.title


def test_translations_share_keys_and_parents(city: dict[str, Any]) -> None:
    groups = Counter(pages().values_list("translation_key", flat=True))
    assert set(groups.values()) == {4}
    for page in pages().filter(locale__language_code="fi", depth__gt=2):
        source = page.get_translation(Locale.get_default())
        assert page.get_parent().translation_key == source.get_parent().translation_key


def test_the_site_is_marked_and_a_rerun_does_nothing(city: dict[str, Any]) -> None:
    assert Site.objects.get(is_default_site=True).site_name == "Staden (generated smoke, seed 1)"
    before = pages().count()
    assert generate("smoke", seed=1, stream=io.StringIO()) == city["counts"]
    assert pages().count() == before
    with pytest.raises(Refused):
        generate("smoke", seed=2, stream=io.StringIO())
    assert pages().count() == before


def test_pages_listing_and_navigation_are_served(city: dict[str, Any]) -> None:
    client = Client()
    restricted = {r.page_id for r in _restrictions()}
    with_image = next(
        p for p in pages().specific() if getattr(p, "image_id", None) and p.pk not in restricted
    )
    answer = client.get(f"/api/v1/pages/{with_image.pk}/")
    assert answer.status_code == 200, answer.content
    image = answer.json()["fields"]["image"]
    assert set(image["renditions"]) == set(settings.CITY_IMAGE_RENDITIONS)
    path = answer.json()["path"]
    resolved = client.get("/api/v1/pages/resolve/", {"path": path})
    assert resolved.status_code == 200 and resolved.json()["page"]["id"] == with_image.pk
    listing = client.get("/api/v1/pages/", {"locale": "sv", "limit": 20})
    assert listing.status_code == 200 and listing.json()["count"] > 0
    assert client.get("/api/v1/navigation/", {"locale": "sv"}).json()


def test_redirects_and_old_addresses_resolve_to_pages(city: dict[str, Any]) -> None:
    client = Client()
    redirect = Redirect.objects.select_related("redirect_page").first()
    assert redirect is not None
    answer = client.get("/api/v1/pages/resolve/", {"path": redirect.old_path}).json()
    target = redirect.redirect_page
    if PageViewRestriction.objects.filter(page=target).exists():
        assert answer["status"] == 410
    else:
        expected = f"/{target.locale.language_code}{target.url_path.removeprefix('/start')}"
        assert answer["status"] == 301 and answer["redirect_to"] == expected
    item = LegacyItem.objects.exclude(page__in=[r.page_id for r in _restrictions()]).first()
    assert item is not None
    old = client.get("/api/v1/pages/resolve/", {"url": item.old_url}).json()
    assert old["status"] == 301


def _restrictions() -> list[PageViewRestriction]:
    return list(PageViewRestriction.objects.all())


def test_restricted_pages_are_not_public(city: dict[str, Any]) -> None:
    client = Client()
    restricted = _restrictions()
    assert len(restricted) == SMOKE.restrictions
    for restriction in restricted:
        assert client.get(f"/api/v1/pages/{restriction.page_id}/").status_code == 404
        assert not SearchEntry.objects.filter(key=f"page:{restriction.page_id}").exists()


def test_search_finds_a_planted_rare_word_where_it_was_planted(city: dict[str, Any]) -> None:
    sv = pages().filter(locale__language_code="sv").specific()
    public = {p.pk for p in sv} - {r.page_id for r in _restrictions()}
    holders: dict[str, set[int]] = {}
    for page in sv:
        for word in set(page_text(page).lower().replace(".", " ").split()) & set(RARE):
            holders.setdefault(word, set()).add(page.pk)
    word, where = min(holders.items(), key=lambda kv: (len(kv[1] & public) == 0, kv[0]))
    answer = Client().get("/api/v1/search/", {"q": word, "locale": "sv"}).json()
    found = {int(r["key"].split(":")[1]) for r in answer["results"]}
    assert found == where & public != set()


def test_the_command_line_refuses_sqlite_above_smoke(db: None) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("about SQLite")
    before = pages().count()
    with pytest.raises(SystemExit, match="allow-sqlite"):
        main(["--size", "small"])
    assert pages().count() == before
