"""Which organisation a filed case goes to: the form's own rules on the answers first,
then the routing editors keep for the e-service, then the form's responsible organisation."""

from __future__ import annotations

from typing import Any

import pytest

from cms.models import Routing
from eservices.models import FormDefinition
from tests import factories
from tests.cases import FAULT_REPORT, file_case, publish_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def orgs(db: None) -> dict[str, Any]:
    return {
        slug: factories.OrganisationFactory(name=name, slug=slug)
        for slug, name in [
            ("trafikkontoret", "Trafikkontoret"),
            ("park-och-natur", "Park- och naturförvaltningen"),
            ("kretslopp", "Kretslopp och vatten"),
            ("stadsmiljo", "Stadsmiljöförvaltningen"),
        ]
    }


@pytest.fixture
def fault_report(home: Any, orgs: dict[str, Any]) -> FormDefinition:
    return publish_form("felanmalan", organisation=orgs["trafikkontoret"])


def route_form(org: Any, *, slug: str = "felanmalan", order: int = 0, **kwargs: Any) -> Routing:
    topic = factories.TopicFactory()
    return Routing.objects.create(
        topic=topic,
        organisation=org,
        method=kwargs.pop("method", Routing.Method.ESERVICE),
        eservice_form_slug=slug,
        sort_order=order,
        **kwargs,
    )


def with_rule(form: FormDefinition, field: str, equals: str, org: Any) -> None:
    form.routing = [("rule", {"field": field, "equals": equals, "organisation": org})]
    form.save_revision().publish()


def test_without_routing_a_case_goes_to_the_forms_organisation(
    fault_report: FormDefinition, orgs: dict[str, Any]
) -> None:
    route_form(orgs["kretslopp"], slug="synpunkter")  # another form's
    route_form(orgs["kretslopp"], method=Routing.Method.PHONE, phone="031-123 45 67")
    assert file_case().organisation == orgs["trafikkontoret"]


def test_the_editors_routing_for_the_eservice_decides_its_cases(
    fault_report: FormDefinition, orgs: dict[str, Any]
) -> None:
    later = route_form(orgs["kretslopp"], order=2)
    route_form(orgs["stadsmiljo"], order=1)
    assert file_case().organisation == orgs["stadsmiljo"]  # the preferred (lowest order)

    later.sort_order = 0
    later.save()  # the next case follows it
    assert file_case().organisation == orgs["kretslopp"]

    Routing.objects.filter(eservice_form_slug="felanmalan").delete()
    assert file_case().organisation == orgs["trafikkontoret"]


def test_the_forms_own_rule_on_the_answers_comes_before_the_routing(
    fault_report: FormDefinition, orgs: dict[str, Any]
) -> None:
    route_form(orgs["stadsmiljo"])
    with_rule(fault_report, "category", "belysning", orgs["park-och-natur"])
    assert file_case().organisation == orgs["park-och-natur"]  # the rule matches
    other = {**FAULT_REPORT, "category": "klotter"}
    assert file_case(data=other).organisation == orgs["stadsmiljo"]  # no rule does


def test_routing_applies_to_the_forms_translations(
    fault_report: FormDefinition, orgs: dict[str, Any]
) -> None:
    from wagtail.models import Locale

    english = fault_report.copy_for_translation(Locale.objects.get_or_create(language_code="en")[0])
    english.save()
    english.save_revision().publish()
    route_form(orgs["kretslopp"])
    assert file_case(locale="en").organisation == orgs["kretslopp"]
