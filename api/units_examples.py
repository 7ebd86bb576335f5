"""The contract's examples of the units operations (made from the demo city's units)."""

from __future__ import annotations

from typing import Any

# Kungsportsplatsen, in the middle of the city.
CITY_CENTRE = "57.7046,11.9690"


def _unit_id(slug: str) -> int:
    from cms.models import UnitPage

    unit = UnitPage.objects.live().filter(slug=slug, locale__language_code="sv").first()
    assert unit is not None, "load the demo city first"
    return unit.pk


def _library_path(client: Any) -> str:
    return f"/api/v1/units/{_unit_id('stadsbiblioteket')}/"


def _school_figures_path(client: Any) -> str:
    return f"/api/v1/units/{_unit_id('johannebergsskolan')}/figures/"


def _compare_path(client: Any) -> str:
    slugs = ["skolgatans-forskola", "forskolan-linnea-olivedal", "godhemsgatans-forskola"]
    return "/api/v1/units/compare/?ids=" + ",".join(str(_unit_id(slug)) for slug in slugs)


def examples() -> list[Any]:
    from api.examples import Example

    return [
        Example(
            "units_list",
            "The preschools nearest the city centre, within 3 km",
            "/api/v1/units/",
            {"type": "forskola", "near": CITY_CENTRE, "radius": "3000", "limit": "3"},
        ),
        Example(
            "units_geojson",
            "The libraries on a map of the inner city",
            "/api/v1/units.geojson",
            {"type": "bibliotek", "bbox": "11.90,57.68,12.00,57.72"},
        ),
        Example("units_retrieve", "The city library", _library_path),
        Example("units_figures", "A school's key figures over three years", _school_figures_path),
        Example("units_compare", "Three preschools in Haga and Olivedal compared", _compare_path),
    ]
