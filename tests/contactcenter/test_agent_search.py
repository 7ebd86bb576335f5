"""Agent search: answers first with what to say and whom to forward to, one call."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from contactcenter.models import Contact as LoggedContact
from search.services import index_rebuild
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/api/v1/contactcenter/search/"
# token, content version, synonyms, best bets, engine, answers, services, routing, and
# the directory: function topics, named roles, their topics
BUDGET = 12


@pytest.fixture
def city(section: Any) -> dict[str, Any]:
    """An answer, a service, a unit, an organisation and a function about parking."""
    org = factories.OrganisationFactory(
        name="Trafikkontoret", slug="trafikkontoret", switchboard_phone="031-365 00 00"
    )
    function = factories.ContactFactory(
        name="Parkering och tillstånd", organisation=org, phone="031-365 20 20"
    )
    answer = factories.AnswerPageFactory(
        parent=section,
        title="Parkeringstillstånd för rörelsehindrade",
        slug="svar-parkering",
        organisation=org,
        question="Hur får jag parkeringstillstånd?",
        short_answer="Ansök om parkeringstillstånd hos Trafikkontoret med läkarintyg.",
        forward_when="Om ansökan redan är gjord och medborgaren undrar över beslutet.",
        forward_to=org,
        forward_contact=function,
    )
    service = factories.ServicePageFactory(
        parent=section,
        title="Ansök om parkeringstillstånd",
        slug="parkeringstillstand",
        organisation=org,
        eservice_form_slug="parkeringstillstand",
        contact=function,
    )
    unit_type = factories.UnitTypeFactory(slug="parkeringshus", name="Parkeringshus")
    unit = factories.UnitPageFactory(
        parent=section, title="Parkering vid Nordstan", slug="nordstan", unit_type=unit_type
    )
    for page in (answer, service, unit):
        page.save_revision().publish()
    index_rebuild()
    return {"org": org, "function": function, "answer": answer, "service": service}


def search(client: Any, token: str, **params: Any) -> Any:
    return client.get(URL, params, HTTP_AUTHORIZATION=f"Bearer {token}")


def test_answers_come_first_with_what_to_say_and_whom_to_forward_to(
    client: Any, agent: str, city: dict[str, Any]
) -> None:
    response = search(client, agent, q="parkeringstillstånd")
    assert response.status_code == 200, response.content
    body = response.json()
    assert list(body)[4:] == ["answers", "services", "units", "organisations", "directory"]
    [answer] = body["answers"]
    assert answer["id"] == city["answer"].pk
    assert answer["short_answer"].startswith("Ansök om parkeringstillstånd")
    assert answer["forward_when"].startswith("Om ansökan")
    assert answer["forward_to"]["slug"] == "trafikkontoret"
    assert answer["forward_contact"]["phone"] == "031-365 20 20"
    [service] = body["services"]
    assert service["id"] == city["service"].pk
    assert service["eservice_form"] == "parkeringstillstand"
    assert service["contact"]["name"] == "Parkering och tillstånd"
    assert body["counts"]["answers"] == 1
    assert response["Cache-Control"] == "no-store"


def test_units_organisations_and_functions_are_found_too(
    client: Any, agent: str, city: dict[str, Any]
) -> None:
    body = search(client, agent, q="parkering").json()
    assert [u["title"] for u in body["units"]] == ["Parkering vid Nordstan"]
    assert body["units"][0]["type"] == "parkeringshus"
    [function] = body["directory"]
    assert function["type"] == "function"
    assert function["organisation"]["slug"] == "trafikkontoret"
    org = search(client, agent, q="trafikkontoret").json()["organisations"]
    assert org[0]["switchboard_phone"] == "031-365 00 00"


def test_limit_is_per_group(client: Any, agent: str, city: dict[str, Any]) -> None:
    body = search(client, agent, q="parkering", limit=1).json()
    assert all(len(body[name]) <= 1 for name in ("answers", "services", "units", "directory"))


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({}, "q"),
        ({"q": "   "}, "q"),
        ({"q": "x" * 201}, "q"),
        ({"q": "parkering", "kind": "answer"}, "kind"),
        ({"q": "parkering", "locale": "xx"}, "locale"),
        ({"q": "parkering", "limit": "0"}, "limit"),
        ({"q": "parkering", "limit": "²"}, "limit"),
    ],
)
def test_bad_input_is_a_problem(
    client: Any, agent: str, city: dict[str, Any], params: dict[str, str], field: str
) -> None:
    response = search(client, agent, **params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert field in [e["field"] for e in response.json()["errors"]]
    assert LoggedContact.objects.count() == 0  # a search logs nothing


def test_agent_search_stays_within_its_query_budget(
    client: Any, agent: str, city: dict[str, Any]
) -> None:
    for index in range(6):  # more answers and services than a group shows
        page = factories.AnswerPageFactory(
            parent=city["answer"].get_parent(),
            title=f"Parkering fråga {index}",
            slug=f"parkering-{index}",
            organisation=city["org"],
            forward_to=city["org"],
        )
        page.save_revision().publish()
    index_rebuild()
    search(client, agent, q="parkering")  # warms the reference data
    with CaptureQueriesContext(connection) as queries:
        body = search(client, agent, q="parkering").json()
    assert len(body["answers"]) == 5
    assert len(queries) <= BUDGET, [q["sql"][:120] for q in queries.captured_queries]
