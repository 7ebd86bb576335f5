"""The demo city: complete enough to show every capability, and safe to load twice."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from PIL import Image
from wagtail.models import Locale, Page, Revision

from cms.models import (
    AnswerPage,
    CityImage,
    HomePage,
    Organisation,
    ServicePage,
    Topic,
    UnitPage,
)
from cms.selectors import PAGE_MODELS
from eservices.models import FormVersion
from tests.conftest import load

pytestmark = pytest.mark.django_db

# The city and its surroundings, generously.
LAT_RANGE = (Decimal("57.55"), Decimal("57.85"))
LON_RANGE = (Decimal("11.70"), Decimal("12.20"))


def snapshot() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "organisations": Organisation.objects.count(),
        "topics": Topic.objects.count(),
        "images": CityImage.objects.count(),
        "users": get_user_model().objects.count(),
        "form versions": FormVersion.objects.count(),
    }


def test_demo_city_has_the_promised_content(demo: dict[str, Any]) -> None:
    sv = Locale.objects.get(language_code="sv")
    assert Organisation.objects.filter(locale=sv).count() >= 8
    swedish_pages = Page.objects.filter(locale=sv, depth__gt=1)
    assert swedish_pages.count() >= 200
    assert not swedish_pages.filter(live=False).exists()
    for model in PAGE_MODELS:
        assert model.objects.filter(locale=sv).exists(), model.__name__
    assert UnitPage.objects.filter(locale=sv).count() >= 40
    assert AnswerPage.objects.filter(locale=sv).count() >= 30
    assert Topic.objects.filter(locale=sv).count() >= 10

    titles = " ".join(ServicePage.objects.filter(locale=sv).values_list("title", flat=True)).lower()
    for service in (
        "förskoleplats",
        "bygglov",
        "parkeringstillstånd",
        "felanmälan",
        "ekonomiskt bistånd",
    ):
        assert service in titles, service


def test_every_unit_lies_in_the_city(demo: dict[str, Any]) -> None:
    for unit in UnitPage.objects.all():
        assert LAT_RANGE[0] <= unit.latitude <= LAT_RANGE[1], unit.title
        assert LON_RANGE[0] <= unit.longitude <= LON_RANGE[1], unit.title
        assert unit.opening_hours or unit.unit_type.slug == "aldreboende"


def test_english_and_a_right_to_left_translation_are_published(
    demo: dict[str, Any], client: Any
) -> None:
    for code in ("en", "ar"):
        home = HomePage.objects.get(locale__language_code=code)
        assert home.live
        assert Page.objects.filter(locale__language_code=code, live=True).count() > 10
    arabic = HomePage.objects.get(locale__language_code="ar")
    assert arabic.locale.is_bidi
    assert arabic.title != HomePage.objects.get(locale__language_code="sv").title
    response = client.get("/ar/")
    assert response.status_code == 200
    assert 'dir="rtl"' in response.content.decode()


def test_demo_images_carry_no_metadata(demo: dict[str, Any]) -> None:
    assert CityImage.objects.count() >= 3
    for image in CityImage.objects.all():
        with image.open_file() as f, Image.open(f) as picture:
            assert not picture.getexif()
        assert image.description  # alt text for the image


def test_demo_editors_edit_only_their_organisations_pages(demo: dict[str, Any]) -> None:
    User = get_user_model()
    pages = list(
        ServicePage.objects.filter(locale__language_code="sv").select_related("organisation")
    )
    own = pages[0]
    other = next(p for p in pages if p.organisation_id != own.organisation_id)
    editor = User.objects.get(username=f"redaktor-{own.organisation.slug}")
    assert own.permissions_for_user(editor).can_publish()
    assert not other.permissions_for_user(editor).can_edit()


def test_demo_editors_can_choose_contacts_and_request_translations(
    demo: dict[str, Any], client: Any
) -> None:
    service = (
        ServicePage.objects.filter(locale__language_code="sv")
        .select_related("organisation")
        .first()
    )
    editor = get_user_model().objects.get(username=f"redaktor-{service.organisation.slug}")
    client.force_login(editor)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[service.pk])).status_code == 200
    assert client.get(reverse("wagtailsnippetchoosers_cms_contact:choose")).status_code == 200
    submit = reverse("wagtail_localize:submit_page_translation", args=[service.pk])
    assert client.get(submit).status_code == 200


def test_loading_again_creates_nothing(demo: dict[str, Any]) -> None:
    before = snapshot()
    second = load()
    assert snapshot() == before
    assert "nothing to create" in second
    assert "Created" in demo["output"]


def test_demo_forms_are_published_where_services_link_to_them(demo: dict[str, Any]) -> None:
    from eservices.selectors import current_version

    for slug in ("ansokan-forskoleplats", "felanmalan", "synpunkter"):
        version = current_version(slug=slug, locale="sv")
        assert version is not None, slug
        assert ServicePage.objects.filter(eservice_form_slug=slug).exists(), slug
    assert current_version(slug="felanmalan", locale="sv").allow_anonymous
