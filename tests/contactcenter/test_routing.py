"""Routing kept by editors: who handles a service or topic and how, read by agents."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from cms.models import Routing
from search.services import index_rebuild
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/api/v1/contactcenter/routing/"


@pytest.fixture
def routed(section: Any) -> dict[str, Any]:
    """Bygglov (under Bygga och bo) with a service routed by phone and by e-service."""
    org = factories.OrganisationFactory(
        name="Stadsbyggnadsförvaltningen",
        slug="stadsbyggnadsforvaltningen",
        switchboard_phone="031-365 00 00",
        email="sbf@stad.example",
    )
    broad = factories.TopicFactory(name="Bygga och bo", slug="bygga-bo")
    topic = factories.TopicFactory(name="Bygglov", slug="bygglov", parent=broad)
    function = factories.ContactFactory(
        name="Bygglovsrådgivning", organisation=org, phone="031-365 50 50"
    )
    service = factories.ServicePageFactory(
        parent=section, title="Ansök om bygglov", slug="bygglov", organisation=org
    )
    service.topics.set([topic])
    service.save_revision().publish()
    other = factories.ServicePageFactory(
        parent=section, title="Rivning som kräver bygglov", slug="rivningslov", organisation=org
    )
    other.topics.set([topic])
    other.save_revision().publish()
    by_phone = Routing.objects.create(
        service=service, organisation=org, method="phone", contact=function, sort_order=1
    )
    by_form = Routing.objects.create(
        service=service,
        organisation=org,
        method="eservice",
        eservice_form_slug="bygglov",
        instructions="Be om fastighetsbeteckningen.",
    )
    by_topic = Routing.objects.create(topic=broad, organisation=org, method="email")
    return locals()


def get(client: Any, token: str, **params: Any) -> Any:
    return client.get(URL, params, HTTP_AUTHORIZATION=f"Bearer {token}")


def test_a_service_is_routed_by_its_own_routes_preferred_first(
    client: Any, agent: str, routed: dict[str, Any]
) -> None:
    body = get(client, agent, service=routed["service"].pk).json()
    assert body["service"]["title"] == "Ansök om bygglov"
    assert [r["method"] for r in body["results"]] == ["eservice", "phone"]
    form, phone = body["results"]
    assert form["eservice_form"] == "bygglov"
    assert form["instructions"] == "Be om fastighetsbeteckningen."
    assert form["source"] == "service"
    # Details left empty come from the function, then from the organisation.
    assert phone["phone"] == "031-365 50 50" and phone["function"] == "Bygglovsrådgivning"
    assert phone["email"] == "sbf@stad.example"
    assert phone["organisation"]["slug"] == "stadsbyggnadsforvaltningen"


def test_without_routes_of_its_own_a_service_follows_its_broader_topic(
    client: Any, agent: str, routed: dict[str, Any]
) -> None:
    body = get(client, agent, service=routed["other"].pk).json()
    [route] = body["results"]
    assert (route["source"], route["topic"], route["method"]) == ("topic", "bygga-bo", "email")
    by_topic = get(client, agent, topic="bygglov").json()
    assert by_topic["topic"]["slug"] == "bygglov"
    assert [r["id"] for r in by_topic["results"]] == [routed["by_topic"].pk]
    assert get(client, agent, topic="parkering-okand").status_code == 400


@pytest.mark.parametrize(
    "params",
    [{}, {"service": "1", "topic": "bygglov"}, {"service": "abc"}, {"service": "999999"}, {"x": 1}],
)
def test_bad_routing_questions_are_problems(
    client: Any, agent: str, routed: dict[str, Any], params: dict[str, Any]
) -> None:
    response = get(client, agent, **params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


def test_editors_cannot_save_a_route_that_leads_nowhere(routed: dict[str, Any]) -> None:
    org = factories.OrganisationFactory(slug="utan-kontaktvagar")
    cases = [
        Routing(organisation=org, method="phone"),  # neither service nor topic
        Routing(service=routed["service"], topic=routed["topic"], organisation=org, method="visit"),
        Routing(topic=routed["topic"], organisation=org, method="phone"),  # no number anywhere
        Routing(topic=routed["topic"], organisation=org, method="eservice"),
    ]
    for route in cases:
        with pytest.raises(ValidationError):
            route.full_clean()
    Routing(
        topic=routed["topic"], organisation=org, method="phone", phone="031-10 20 30"
    ).full_clean()


def test_agent_search_carries_the_routing_of_services_and_answers(
    client: Any, agent: str, routed: dict[str, Any]
) -> None:
    answer = factories.AnswerPageFactory(
        parent=routed["service"].get_parent(),
        title="Behöver jag bygglov för ett plank?",
        slug="plank",
        organisation=routed["org"],
    )
    answer.topics.set([routed["topic"]])
    answer.save_revision().publish()
    index_rebuild()
    body = client.get(
        "/api/v1/contactcenter/search/", {"q": "bygglov"}, HTTP_AUTHORIZATION=f"Bearer {agent}"
    ).json()
    [found_answer] = body["answers"]
    assert [r["source"] for r in found_answer["routing"]] == ["topic"]
    services = {s["title"]: s["routing"] for s in body["services"]}
    assert [r["method"] for r in services["Ansök om bygglov"]] == ["eservice", "phone"]
    assert [r["method"] for r in services["Rivning som kräver bygglov"]] == ["email"]
