"""The shared page types: where each may live, what each requires."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Locale, Page

from cms import blocks
from cms.models import (
    AnswerPage,
    ArticlePage,
    BlogPostPage,
    HomePage,
    NewsPage,
    SectionPage,
    ServicePage,
    UnitPage,
)
from cms.models.snippets import validate_organisation_number, validate_phone
from tests import factories

pytestmark = pytest.mark.django_db

LEAF_TYPES = [ArticlePage, ServicePage, NewsPage, BlogPostPage, UnitPage, AnswerPage]


def test_home_pages_live_only_at_the_root(home: Any) -> None:
    assert HomePage.can_create_at(Page.get_first_root_node())
    assert not HomePage.can_create_at(home)


@pytest.mark.parametrize("model", [SectionPage, *LEAF_TYPES])
def test_every_content_type_can_live_in_a_section(section: Any, model: type) -> None:
    assert model.can_create_at(section)


@pytest.mark.parametrize("model", LEAF_TYPES)
def test_leaf_types_take_no_children(section: Any, model: type) -> None:
    assert model.allowed_subpage_models() == []


@pytest.mark.parametrize("model", [ServicePage, NewsPage, BlogPostPage, UnitPage, AnswerPage])
def test_section_bound_types_cannot_sit_directly_under_home(home: Any, model: type) -> None:
    assert not model.can_create_at(home)


def test_a_second_home_page_in_the_same_locale_is_refused(home: Any) -> None:
    other = HomePage(
        title="Andra start", slug="andra", locale=home.locale, organisation=home.organisation
    )
    with pytest.raises(ValidationError) as excinfo:
        Page.get_first_root_node().add_child(instance=other)
    # Page.full_clean() gathers errors by field; ours is the non-field one.
    errors = excinfo.value.error_dict["__all__"]
    assert [e.code for e in errors] == ["duplicate_home_page"]
    assert HomePage.objects.count() == 1


def test_home_page_in_another_locale_is_allowed(home: Any) -> None:
    en = Locale.objects.create(language_code="en")
    translated = home.copy_for_translation(en)
    assert translated.locale == en
    assert HomePage.objects.count() == 2


def test_every_page_type_is_saved_with_its_organisation(section: Any) -> None:
    org = factories.OrganisationFactory()
    pages = [
        factories.ArticlePageFactory(parent=section, organisation=org),
        factories.ServicePageFactory(parent=section, organisation=org),
        factories.NewsPageFactory(parent=section, organisation=org),
        factories.BlogPostPageFactory(parent=section, organisation=org),
        factories.UnitPageFactory(parent=section, organisation=org),
        factories.AnswerPageFactory(parent=section, organisation=org),
    ]
    assert {type(p) for p in pages} == set(LEAF_TYPES)
    assert all(p.organisation == org for p in pages)


def test_a_page_without_organisation_cannot_be_saved(section: Any) -> None:
    page = ArticlePage(title="Utan ägare", slug="utan-agare", body=[("rich_text", "<p>x</p>")])
    with pytest.raises(ValidationError):
        section.add_child(instance=page)
    assert not ArticlePage.objects.exists()


def test_answer_that_says_when_to_forward_must_say_to_whom(section: Any) -> None:
    answer = factories.AnswerPageFactory.build(forward_when="Om det gäller fakturor.")
    with pytest.raises(ValidationError) as excinfo:
        answer.clean()
    assert "forward_to" in excinfo.value.message_dict


def test_service_page_carries_how_to_apply_fees_and_time(section: Any) -> None:
    contact = factories.ContactFactory()
    page = factories.ServicePageFactory(
        parent=section,
        how_to_apply="<p>Ansök i e-tjänsten.</p>",
        eservice_form_slug="forskoleplats",
        fees="<p>Avgiften beror på inkomsten.</p>",
        processing_days=120,
        contact=contact,
    )
    page.refresh_from_db()
    assert page.eservice_form_slug == "forskoleplats"
    assert page.processing_days == 120
    assert page.contact == contact


def test_image_block_requires_alt_text() -> None:
    block = blocks.ImageBlock()
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(block.to_python({"image": None, "alt_text": "", "caption": ""}))
    assert "alt_text" in excinfo.value.block_errors


def test_link_block_takes_a_page_or_an_address_not_both(home: Any) -> None:
    block = blocks.LinkBlock()
    both = block.to_python({"page": home.pk, "url": "https://example.org", "text": "Läs"})
    with pytest.raises(StructBlockValidationError):
        block.clean(both)
    neither = block.to_python({"page": None, "url": "", "text": "Läs"})
    with pytest.raises(StructBlockValidationError):
        block.clean(neither)
    assert block.clean(block.to_python({"page": None, "url": "https://example.org", "text": "Läs"}))


def test_opening_hours_close_at_another_time_than_they_open() -> None:
    block = blocks.RegularHoursBlock()
    value = block.to_python({"weekdays": ["mon"], "opens": "08:00", "closes": "08:00"})
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(value)
    assert "closes" in excinfo.value.block_errors


def test_opening_hours_may_close_after_midnight() -> None:
    block = blocks.RegularHoursBlock()
    value = block.clean(block.to_python({"weekdays": ["fri"], "opens": "22:00", "closes": "06:00"}))
    assert value["closes"] == dt.time(6, 0)


def test_an_exception_day_without_times_means_closed() -> None:
    block = blocks.ExceptionHoursBlock()
    value = block.clean(block.to_python({"date": "2026-12-24", "note": "Julafton"}))
    assert value["date"] == dt.date(2026, 12, 24)
    assert value["opens"] is None


@pytest.mark.parametrize("number", ["212000-1355", "556036-0793"])
def test_valid_organisation_numbers_pass(number: str) -> None:
    validate_organisation_number(number)


@pytest.mark.parametrize("number", ["212000-1356", "2120001355", "21200-13555"])
def test_invalid_organisation_numbers_are_refused(number: str) -> None:
    with pytest.raises(ValidationError):
        validate_organisation_number(number)


@pytest.mark.parametrize("phone", ["031-365 00 00", "+46 31 365 00 00", "0771-11 11 11"])
def test_swedish_phone_numbers_pass(phone: str) -> None:
    validate_phone(phone)


@pytest.mark.parametrize("phone", ["12", "ring mig", "031-365 00 00 00 00 00"])
def test_bad_phone_numbers_are_refused(phone: str) -> None:
    with pytest.raises(ValidationError):
        validate_phone(phone)
