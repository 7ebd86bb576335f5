"""Key figures through the API: a unit's history and aligned comparisons."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import KeyFigure, UnitFigure
from tests import factories

pytestmark = pytest.mark.django_db

COMPARE_BUDGET = 5  # the content version, the units, their Swedish pages, figures, values


@pytest.fixture
def schools(section: Any) -> dict[str, Any]:
    school = factories.UnitTypeFactory(name="Grundskola", slug="grundskola")
    library = factories.UnitTypeFactory(name="Bibliotek", slug="bibliotek")
    units = {}
    for slug in ("ekskolan", "bokskolan", "granskolan"):
        units[slug] = factories.UnitPageFactory(
            parent=section, slug=slug, title=slug.capitalize(), unit_type=school
        )
        units[slug].save_revision().publish()
    units["biblioteket"] = factories.UnitPageFactory(
        parent=section, slug="biblioteket", unit_type=library
    )
    units["biblioteket"].save_revision().publish()
    teachers = KeyFigure.objects.create(
        unit_type=school,
        slug="andel-legitimerade-larare",
        name="Andel legitimerade lärare",
        definition="Andel lärare med legitimation.",
        unit_of_measure="%",
        source="Skolverket",
        source_url="https://www.skolverket.se/",
        order=1,
    )
    safety = KeyFigure.objects.create(
        unit_type=school,
        slug="trygghet",
        name="Elever som känner sig trygga",
        definition="Andel elever som känner sig trygga.",
        unit_of_measure="%",
        source="Stadens elevenkät",
        order=2,
    )
    values = [
        ("ekskolan", teachers, 2024, "81.5"),
        ("ekskolan", teachers, 2025, "84"),
        ("bokskolan", teachers, 2025, "77.25"),
        ("ekskolan", safety, 2024, "90"),
    ]
    for slug, figure, year, value in values:
        UnitFigure.objects.create(unit=units[slug], figure=figure, year=year, value=Decimal(value))
    return units


def test_a_units_figures_have_their_history(client: Any, schools: Any) -> None:
    response = client.get(f"/api/v1/units/{schools['ekskolan'].pk}/figures/")
    assert response.status_code == 200
    body = response.json()
    assert body["unit"]["title"] == "Ekskolan"
    assert body["type"]["slug"] == "grundskola"
    teachers, safety = body["figures"]
    assert teachers["slug"] == "andel-legitimerade-larare"
    assert teachers["source"] == "Skolverket"
    assert teachers["unit_of_measure"] == "%"
    assert teachers["history"] == [{"year": 2024, "value": 81.5}, {"year": 2025, "value": 84.0}]
    assert safety["history"] == [{"year": 2024, "value": 90.0}]


def test_a_unit_without_values_lists_its_types_figures_empty(client: Any, schools: Any) -> None:
    body = client.get(f"/api/v1/units/{schools['granskolan'].pk}/figures/").json()
    assert [f["history"] for f in body["figures"]] == [[], []]


def test_units_are_compared_in_an_aligned_table(client: Any, schools: Any) -> None:
    ids = [schools["bokskolan"].pk, schools["ekskolan"].pk, schools["granskolan"].pk]
    response = client.get("/api/v1/units/compare/", {"ids": ",".join(map(str, ids))})
    assert response.status_code == 200
    body = response.json()
    assert [u["id"] for u in body["units"]] == ids  # in the order asked for
    assert body["years"] == [2024, 2025]
    assert body["type"]["slug"] == "grundskola"
    teachers, safety = body["figures"]
    assert teachers["source"] == "Skolverket"
    assert teachers["definition"]
    assert teachers["rows"] == [
        {"year": 2024, "values": [None, 81.5, None]},
        {"year": 2025, "values": [77.25, 84.0, None]},
    ]
    # The same years for every figure, explicit nulls where nothing is known.
    assert safety["rows"] == [
        {"year": 2024, "values": [None, 90.0, None]},
        {"year": 2025, "values": [None, None, None]},
    ]


def test_a_comparison_stays_within_its_query_budget(client: Any, schools: Any) -> None:
    url = f"/api/v1/units/compare/?ids={schools['ekskolan'].pk},{schools['bokskolan'].pk}"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert len(queries) <= COMPARE_BUDGET


@pytest.mark.parametrize(
    ("names", "code"),
    [
        (["ekskolan"], "unit_count"),
        (["ekskolan", "ekskolan"], "unit_count"),
        (["ekskolan", "biblioteket"], "mixed_unit_types"),
    ],
)
def test_a_comparison_that_cannot_be_made_is_a_clear_400(
    client: Any, schools: Any, names: list[str], code: str
) -> None:
    ids = ",".join(str(schools[name].pk) for name in names)
    response = client.get("/api/v1/units/compare/", {"ids": ids})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == code


def test_more_than_six_units_are_refused(client: Any, schools: Any) -> None:
    ids = ",".join(str(schools["ekskolan"].pk + n) for n in range(7))
    response = client.get("/api/v1/units/compare/", {"ids": ids})
    assert response.status_code == 400
    assert response.json()["code"] == "unit_count"


@pytest.mark.parametrize("ids", [None, "", "1;2", "a,b", "1,-2", "1,,2", f"1,{2**63}"])
def test_malformed_ids_are_a_400(client: Any, schools: Any, ids: str | None) -> None:
    query = {} if ids is None else {"ids": ids}
    response = client.get("/api/v1/units/compare/", query)
    assert response.status_code == 400
    assert response.json()["code"] == "validation_error"


def test_an_id_that_is_no_published_unit_is_named(client: Any, schools: Any, section: Any) -> None:
    ids = f"{schools['ekskolan'].pk},{section.pk}"
    response = client.get("/api/v1/units/compare/", {"ids": ids})
    assert response.status_code == 404
    assert response.json()["code"] == "unit_not_found"
    assert str(section.pk) in response.json()["detail"]


def test_figures_of_a_page_that_is_no_unit_are_not_found(client: Any, section: Any) -> None:
    assert client.get(f"/api/v1/units/{section.pk}/figures/").status_code == 404
    assert client.get(f"/api/v1/units/{2**64}/figures/").status_code == 404
