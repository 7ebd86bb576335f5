"""factory_boy factories for the content model."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from cms import models

PASSWORD = "correct-horse-battery"  # every test user's


def sv() -> Locale:
    return Locale.objects.get_or_create(language_code="sv")[0]


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Organisation

    name = factory.Sequence(lambda n: f"Förvaltning {n}")
    slug = factory.Sequence(lambda n: f"forvaltning-{n}")
    kind = models.Organisation.Kind.ADMINISTRATION
    locale = factory.LazyFunction(sv)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Topic

    name = factory.Sequence(lambda n: f"Ämne {n}")
    slug = factory.Sequence(lambda n: f"amne-{n}")
    locale = factory.LazyFunction(sv)


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Contact

    name = factory.Sequence(lambda n: f"Kontaktfunktion {n}")
    organisation = factory.SubFactory(OrganisationFactory)
    phone = "031-365 00 00"
    locale = factory.LazyFunction(sv)


class UnitTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.UnitType

    name = "Förskola"
    slug = factory.Sequence(lambda n: f"forskola-{n}")
    locale = factory.LazyFunction(sv)


class KeyFigureFactory(factory.django.DjangoModelFactory):
    """A preschool's staffing figure, as the comparison service shows it."""

    class Meta:
        model = models.KeyFigure

    unit_type = factory.SubFactory(UnitTypeFactory)
    slug = "barn-per-anstalld"
    name = "Barn per anställd"
    definition = "Antal inskrivna barn delat med antal anställda."
    unit_of_measure = "barn per anställd"
    source = "Skolverket"


class _CityPageFactory(wagtail_factories.PageFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    locale = factory.LazyFunction(sv)

    class Meta:
        abstract = True


class HomePageFactory(_CityPageFactory):
    title = "Startsida"
    slug = "start"

    class Meta:
        model = models.HomePage


class SectionPageFactory(_CityPageFactory):
    title = factory.Sequence(lambda n: f"Avsnitt {n}")

    class Meta:
        model = models.SectionPage


def _paragraph(text: str = "Text om tjänsten.") -> list[tuple[str, str]]:
    return [("rich_text", f"<p>{text}</p>")]


class ArticlePageFactory(_CityPageFactory):
    title = factory.Sequence(lambda n: f"Artikel {n}")
    body = factory.LazyFunction(_paragraph)

    class Meta:
        model = models.ArticlePage


class ServicePageFactory(_CityPageFactory):
    title = factory.Sequence(lambda n: f"Tjänst {n}")
    body = factory.LazyFunction(_paragraph)
    processing_time = "Cirka fyra veckor"

    class Meta:
        model = models.ServicePage


class NewsPageFactory(_CityPageFactory):
    title = factory.Sequence(lambda n: f"Nyhet {n}")
    date = dt.date(2026, 11, 1)
    body = factory.LazyFunction(_paragraph)

    class Meta:
        model = models.NewsPage


class BlogPostPageFactory(_CityPageFactory):
    title = factory.Sequence(lambda n: f"Blogginlägg {n}")
    date = dt.date(2026, 11, 2)
    author_name = "Kommunikatör"
    body = factory.LazyFunction(_paragraph)

    class Meta:
        model = models.BlogPostPage


class UnitPageFactory(_CityPageFactory):
    title = factory.Sequence(lambda n: f"Förskolan Solen {n}")
    unit_type = factory.SubFactory(UnitTypeFactory)
    street_address = "Storgatan 1"
    postal_code = "411 38"
    post_town = "Göteborg"
    latitude = Decimal("57.706000")
    longitude = Decimal("11.967000")

    class Meta:
        model = models.UnitPage


class AnswerPageFactory(_CityPageFactory):
    title = factory.Sequence(lambda n: f"Svar {n}")
    question = "När töms mitt sopkärl?"
    short_answer = "Det står på din tömningskalender."

    class Meta:
        model = models.AnswerPage


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def groups(self, create: bool, extracted: list[Group] | None, **kwargs: object) -> None:
        if create and extracted:
            self.groups.add(*extracted)
        if create:
            self.save()
