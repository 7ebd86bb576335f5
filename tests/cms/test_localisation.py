"""Swedish is the source; translations go through wagtail-localize and keep ownership."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from cms.models import ArticlePage, Organisation
from cms.services import translation_create
from tests import factories

pytestmark = pytest.mark.django_db

REQUIRED = {"sv", "en", "fi", "ar", "so", "fa"}


def test_swedish_is_the_default_and_required_languages_are_configured() -> None:
    assert settings.LANGUAGE_CODE == "sv"
    assert {code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES} >= REQUIRED


@pytest.mark.parametrize(
    ("code", "rtl"), [("ar", True), ("fa", True), ("sv", False), ("so", False)]
)
def test_right_to_left_locales_are_known(code: str, rtl: bool) -> None:
    locale = Locale.objects.get_or_create(language_code=code)[0]
    assert locale.is_bidi is rtl


@pytest.fixture
def translate(django_capture_on_commit_callbacks: Any) -> Any:
    def _translate(instance: Any, code: str, strings: dict[str, str]) -> Any:
        locale = Locale.objects.get_or_create(language_code=code)[0]
        # wagtail-localize publishes after commit, as it would in the admin.
        with django_capture_on_commit_callbacks(execute=True):
            assert translation_create(instance=instance, language_code=code, strings=strings)
        return instance.get_translation(locale)

    return _translate


def test_a_second_translation_into_the_same_language_is_not_created(
    section: Any, translate: Any
) -> None:
    translate(section, "en", {"Förskola": "Preschool"})
    assert not translation_create(instance=section, language_code="en", strings={})
    assert Translation.objects.filter(source__object_id=section.translation_key).count() == 1


def test_translated_page_keeps_organisation_and_topics(section: Any, translate: Any) -> None:
    topic = factories.TopicFactory(name="Förskola")
    page = factories.ArticlePageFactory(
        parent=section,
        title="Så ansöker du",
        slug="sa-ansoker-du",
        body=[("rich_text", "<p>Ansök i tid.</p>")],
    )
    page.topics.set([topic])
    page.save_revision().publish()

    english = translate(
        page, "en", {"Så ansöker du": "How to apply", "Ansök i tid.": "Apply in time."}
    )

    assert isinstance(english, ArticlePage)
    assert english.locale.language_code == "en"
    english.refresh_from_db()
    assert english.live
    assert english.title == "How to apply"
    assert english.body[0].value.source == "<p>Apply in time.</p>"
    # Ownership is synchronised, not translated: the same source-locale organisation.
    assert english.organisation_id == page.organisation_id
    assert list(english.topics.all()) == [topic]
    # The parent section was copied into the English tree.
    assert english.get_parent().specific.locale.language_code == "en"


def test_arabic_translation_is_a_right_to_left_page(section: Any, translate: Any) -> None:
    page = factories.ArticlePageFactory(parent=section, title="Bibliotek", slug="bibliotek")
    arabic = translate(page, "ar", {"Bibliotek": "المكتبة"})
    assert arabic.title == "المكتبة"
    assert arabic.locale.is_bidi


def test_organisations_are_translatable_snippets(translate: Any) -> None:
    org = factories.OrganisationFactory(name="Kulturförvaltningen", slug="kultur")
    english = translate(org, "en", {"Kulturförvaltningen": "Culture Administration"})
    assert isinstance(english, Organisation)
    assert english.name == "Culture Administration"
    assert english.slug == "kultur"
    assert english.translation_key == org.translation_key


@pytest.fixture
def superuser_client(client: Any) -> Any:
    client.force_login(factories.UserFactory(is_superuser=True, is_staff=True))
    return client


def test_editors_can_submit_a_page_for_translation_in_the_admin(
    superuser_client: Any, section: Any, django_capture_on_commit_callbacks: Any
) -> None:
    en = Locale.objects.create(language_code="en")
    url = reverse("wagtail_localize:submit_page_translation", args=[section.pk])
    assert superuser_client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(url, {"locales": [en.pk]})
    assert response.status_code == 302
    assert Translation.objects.filter(
        source__object_id=section.translation_key, target_locale=en
    ).exists()
    assert section.get_translation_or_none(en) is not None


def test_editors_can_submit_a_snippet_for_translation_in_the_admin(superuser_client: Any) -> None:
    fi = Locale.objects.create(language_code="fi")
    topic = factories.TopicFactory(name="Bibliotek")
    url = reverse("wagtail_localize:submit_snippet_translation", args=["cms", "topic", topic.pk])
    assert superuser_client.get(url).status_code == 200
    response = superuser_client.post(url, {"locales": [fi.pk]})
    assert response.status_code == 302
    assert topic.get_translation_or_none(fi) is not None


def test_editors_see_the_content_model_in_swedish() -> None:
    from django.utils import translation

    from cms.models import ServicePage, UnitPage

    with translation.override("sv"):
        assert (
            str(ServicePage._meta.get_field("processing_time").verbose_name) == "handläggningstid"
        )
        assert str(UnitPage._meta.verbose_name) == "enhet"
        assert str(Organisation.Kind.DISTRICT.label) == "Stadsdelsnämnd"
    with translation.override("en"):
        assert str(UnitPage._meta.verbose_name) == "unit"
