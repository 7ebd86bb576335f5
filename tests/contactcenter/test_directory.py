"""The switchboard's directory: found by name, function and topic; people for staff only."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import NamedRole
from search.services import index_rebuild
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/api/v1/contactcenter/directory/"


@pytest.fixture
def switchboard(home: Any) -> dict[str, Any]:
    org = factories.OrganisationFactory(
        name="Stadsbyggnadsförvaltningen",
        slug="stadsbyggnadsforvaltningen",
        switchboard_phone="031-365 00 00",
    )
    other = factories.OrganisationFactory(name="Överförmyndarförvaltningen", slug="overformyndare")
    broad = factories.TopicFactory(name="Bygga och bo", slug="bygga-bo")
    topic = factories.TopicFactory(name="Bygglov", slug="bygglov", parent=broad)
    function = factories.ContactFactory(
        name="Bygglovsenheten",
        organisation=org,
        phone="031-365 13 10",
        handles="Frågor om bygglov, plank och murar",
    )
    function.topics.set([topic])
    role = NamedRole.objects.create(
        title="Enhetschef bygglov",
        person_name="Karin Sjöberg",
        organisation=org,
        function=function,
        phone="031-365 13 01",
        email="karin.sjoberg@stad.example",
        handles="Klagomål på handläggning av bygglov",
    )
    role.topics.set([topic])
    guardian = NamedRole.objects.create(
        title="Handläggare godmanskap",
        person_name="Örjan Åberg",
        organisation=other,
        email="orjan.aberg@stad.example",
    )
    return locals()


def get(client: Any, token: str, **params: Any) -> Any:
    return client.get(URL, params, HTTP_AUTHORIZATION=f"Bearer {token}")


def names(response: Any) -> list[tuple[str, str]]:
    assert response.status_code == 200, response.content
    return [(e["type"], e["name"]) for e in response.json()["results"]]


def test_found_by_name_function_and_question(
    client: Any, agent: str, switchboard: dict[str, Any]
) -> None:
    assert names(get(client, agent, q="karin")) == [("role", "Enhetschef bygglov")]
    assert names(get(client, agent, q="bygglovsenheten")) == [
        ("function", "Bygglovsenheten"),
        ("role", "Enhetschef bygglov"),  # by its function
    ]
    assert names(get(client, agent, q="plank")) == [("function", "Bygglovsenheten")]
    # Swedish letters match whatever their case, on every database.
    assert names(get(client, agent, q="ÖRJAN åberg")) == [("role", "Handläggare godmanskap")]
    assert names(get(client, agent, q="överförmyndar")) == [
        ("organisation", "Överförmyndarförvaltningen")
    ]


def test_filtered_by_topic_with_narrower_topics_and_by_organisation(
    client: Any, agent: str, switchboard: dict[str, Any]
) -> None:
    expected = [("function", "Bygglovsenheten"), ("role", "Enhetschef bygglov")]
    assert names(get(client, agent, topic="bygglov")) == expected
    assert names(get(client, agent, topic="bygga-bo")) == expected
    assert names(get(client, agent, organisation="overformyndare")) == [
        ("organisation", "Överförmyndarförvaltningen"),
        ("role", "Handläggare godmanskap"),
    ]


def test_a_role_shows_its_person_to_staff_and_the_public_ways_beside(
    client: Any, agent: str, switchboard: dict[str, Any]
) -> None:
    [role] = get(client, agent, q="enhetschef").json()["results"]
    assert role["person"] == {
        "name": "Karin Sjöberg",
        "phone": "031-365 13 01",
        "email": "karin.sjoberg@stad.example",
    }
    assert role["function"]["name"] == "Bygglovsenheten"
    assert role["phone"] == "031-365 13 10"  # the function's, what citizens may be given
    assert role["topics"] == ["bygglov"]
    assert role["organisation"]["slug"] == "stadsbyggnadsforvaltningen"


def test_people_never_reach_the_public_search_but_functions_do(
    client: Any, agent: str, switchboard: dict[str, Any]
) -> None:
    index_rebuild()
    public = client.get("/api/v1/search/", {"q": "plank"}).json()["results"]
    assert [(r["title"], r["topics"]) for r in public] == [("Bygglovsenheten", ["bygglov"])]
    for word in ("karin", "sjöberg", "örjan", "enhetschef"):
        assert client.get("/api/v1/search/", {"q": word}).json()["results"] == []
    staff = client.get(
        "/api/v1/contactcenter/search/", {"q": "enhetschef"}, HTTP_AUTHORIZATION=f"Bearer {agent}"
    ).json()
    [role] = [e for e in staff["directory"] if e["type"] == "role"]
    assert role["key"] == f"role:{switchboard['role'].pk}"
    assert role["person"]["name"] == "Karin Sjöberg"
    assert staff["counts"]["directory"] == len(staff["directory"])


@pytest.mark.parametrize(
    "params",
    [{"topic": "okand"}, {"organisation": "okand"}, {"q": " "}, {"q": "x" * 201}, {"name": "x"}],
)
def test_bad_directory_questions_are_problems(
    client: Any, agent: str, switchboard: dict[str, Any], params: dict[str, str]
) -> None:
    response = get(client, agent, **params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


def test_the_directory_is_read_in_a_fixed_number_of_queries(
    client: Any, agent: str, switchboard: dict[str, Any]
) -> None:
    for index in range(10):
        NamedRole.objects.create(
            title=f"Handläggare {index}",
            person_name=f"Person {index}",
            organisation=switchboard["org"],
            function=switchboard["function"],
            phone="031-365 13 99",
        ).topics.set([switchboard["topic"]])
    get(client, agent)  # warms the reference data
    with CaptureQueriesContext(connection) as queries:
        body = get(client, agent, limit=50).json()
    assert [e["type"] for e in body["results"]].count("role") == 12
    # token, content version, function topics, roles, role topics
    assert len(queries) <= 5, [q["sql"][:100] for q in queries.captured_queries]
