"""Units on the map: filters, distances, open now, GeoJSON and one unit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from geographiclib.geodesic import Geodesic
from wagtail.models import PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db

STOCKHOLM = ZoneInfo("Europe/Stockholm")
# (lat, lon) of places whose distances from Göteborg's central station are well known.
GOTEBORG_C = (57.708870, 11.973480)
PLACES = {
    "liseberg": (57.695200, 11.992400),
    "boras": (57.721000, 12.939800),
    "stockholm": (59.330300, 18.058600),
    "malmo": (55.605000, 13.003800),
    "kiruna": (67.855800, 20.225300),
}
ALWAYS_OPEN = [
    ("regular", {"weekdays": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], **span})
    for span in (
        {"opens": dt.time(0), "closes": dt.time(12)},
        {"opens": dt.time(12), "closes": dt.time(0)},
    )
]


def _always_closed() -> list[tuple[str, dict[str, Any]]]:
    today = dt.datetime.now(STOCKHOLM).date()
    return [
        (
            "exception",
            {"date": today + dt.timedelta(days=n), "opens": None, "closes": None, "note": ""},
        )
        for n in (-1, 0, 1)
    ]


def _unit(section: Any, slug: str, where: tuple[float, float], **fields: Any) -> Any:
    page = factories.UnitPageFactory(
        parent=section,
        slug=slug,
        title=fields.pop("title", slug.capitalize()),
        latitude=Decimal(str(where[0])),
        longitude=Decimal(str(where[1])),
        **fields,
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def city(section: Any) -> dict[str, Any]:
    preschool = factories.UnitTypeFactory(name="Förskola", slug="forskola")
    library = factories.UnitTypeFactory(name="Bibliotek", slug="bibliotek")
    culture = factories.OrganisationFactory(name="Kulturförvaltningen", slug="kultur")
    units = {
        "central": _unit(
            section,
            "central",
            GOTEBORG_C,
            unit_type=library,
            organisation=culture,
            opening_hours=ALWAYS_OPEN,
        ),
        "liseberg": _unit(
            section,
            "liseberg",
            PLACES["liseberg"],
            unit_type=preschool,
            opening_hours=_always_closed(),
        ),
    }
    for name in ("boras", "stockholm", "malmo", "kiruna"):
        units[name] = _unit(section, name, PLACES[name], unit_type=preschool)
    return units


def _get(client: Any, path: str, **query: Any) -> Any:
    return client.get(path, query)


def _titles(body: dict[str, Any]) -> list[str]:
    return [unit["title"] for unit in body["results"]]


def test_units_are_listed_by_title_with_their_place_and_type(client: Any, city: Any) -> None:
    response = client.get("/api/v1/units/")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 6
    assert _titles(body) == sorted(_titles(body))
    central = next(u for u in body["results"] if u["title"] == "Central")
    assert central["location"] == {"lat": GOTEBORG_C[0], "lon": GOTEBORG_C[1]}
    assert central["type"] == {"slug": "bibliotek", "name": "Bibliotek"}
    assert central["organisation"]["slug"] == "kultur"
    assert central["address"]["post_town"] == "Göteborg"
    assert central["distance"] is None
    assert central["path"] == "/sv/forskola/central/"


def test_near_sorts_by_distance_correct_to_within_one_percent(client: Any, city: Any) -> None:
    near = f"{GOTEBORG_C[0]},{GOTEBORG_C[1]}"
    body = client.get("/api/v1/units/", {"near": near}).json()
    assert _titles(body) == ["Central", "Liseberg", "Boras", "Malmo", "Stockholm", "Kiruna"]
    distances = [unit["distance"] for unit in body["results"]]
    assert distances == sorted(distances)
    assert distances[0] == 0
    for unit in body["results"][1:]:
        lat, lon = PLACES[unit["title"].lower()]
        # The WGS 84 ellipsoid's geodesic (Karney), the reference surveyors use.
        true = Geodesic.WGS84.Inverse(GOTEBORG_C[0], GOTEBORG_C[1], lat, lon)["s12"]
        assert abs(unit["distance"] - true) / true < 0.01, unit["title"]
    # Göteborg–Stockholm is about 398 km as the crow flies.
    assert 395_000 < distances[4] < 400_000


def test_radius_keeps_only_units_within_it(client: Any, city: Any) -> None:
    near = f"{GOTEBORG_C[0]},{GOTEBORG_C[1]}"
    body = client.get("/api/v1/units/", {"near": near, "radius": "60000"}).json()
    assert _titles(body) == ["Central", "Liseberg", "Boras"]
    assert all(unit["distance"] <= 60_000 for unit in body["results"])
    body = client.get("/api/v1/units/", {"near": near, "radius": "2000"}).json()
    assert _titles(body) == ["Central", "Liseberg"]  # Liseberg is about 1.8 km away


def test_a_unit_right_inside_the_radius_is_kept(client: Any, city: Any) -> None:
    lat, lon = PLACES["boras"]
    true = Geodesic.WGS84.Inverse(GOTEBORG_C[0], GOTEBORG_C[1], lat, lon)["s12"]
    near = f"{GOTEBORG_C[0]},{GOTEBORG_C[1]}"
    body = client.get("/api/v1/units/", {"near": near, "radius": str(int(true * 1.01))}).json()
    assert "Boras" in _titles(body)


def test_bbox_keeps_units_inside(client: Any, city: Any) -> None:
    body = client.get("/api/v1/units/", {"bbox": "11.9,57.6,13.0,57.8"}).json()
    assert _titles(body) == ["Boras", "Central", "Liseberg"]
    body = client.get("/api/v1/units/", {"bbox": "11.9,57.6,13.0,57.8", "type": "forskola"})
    assert _titles(body.json()) == ["Boras", "Liseberg"]


def test_type_and_organisation_filter(client: Any, city: Any) -> None:
    assert _titles(client.get("/api/v1/units/", {"type": "bibliotek"}).json()) == ["Central"]
    assert _titles(client.get("/api/v1/units/", {"organisation": "kultur"}).json()) == ["Central"]
    assert client.get("/api/v1/units/", {"type": "simhall"}).json()["count"] == 0


def test_open_now_is_computed_and_filtered(client: Any, city: Any) -> None:
    body = client.get("/api/v1/units/").json()
    open_now = {unit["title"]: unit["open_now"] for unit in body["results"]}
    assert open_now["Central"] is True
    assert open_now["Liseberg"] is False
    assert open_now["Boras"] is None  # no hours given
    assert _titles(client.get("/api/v1/units/", {"open_now": "true"}).json()) == ["Central"]
    assert _titles(client.get("/api/v1/units/", {"open_now": "false"}).json()) == ["Liseberg"]


def test_only_published_public_units_of_the_locale_are_shown(
    client: Any, city: Any, section: Any
) -> None:
    city["kiruna"].unpublish()
    hidden = factories.SectionPageFactory(parent=section.get_parent(), slug="intern")
    _unit(hidden, "intern-enhet", GOTEBORG_C)
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    titles = _titles(client.get("/api/v1/units/", {"limit": "100"}).json())
    assert "Kiruna" not in titles
    assert "Intern-enhet" not in titles
    assert client.get("/api/v1/units/", {"locale": "en"}).json()["count"] == 0


def test_geojson_has_the_same_units_as_features(client: Any, city: Any) -> None:
    near = f"{GOTEBORG_C[0]},{GOTEBORG_C[1]}"
    response = client.get("/api/v1/units.geojson", {"near": near, "radius": "60000"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    body = response.json()
    assert body["type"] == "FeatureCollection"
    assert [f["properties"]["title"] for f in body["features"]] == ["Central", "Liseberg", "Boras"]
    first = body["features"][0]
    assert first["type"] == "Feature"
    assert first["id"] == city["central"].pk
    assert first["geometry"] == {"type": "Point", "coordinates": [GOTEBORG_C[1], GOTEBORG_C[0]]}
    assert "location" not in first["properties"]
    assert first["properties"]["distance"] == 0


def test_geojson_answers_whatever_the_client_accepts(client: Any, city: Any) -> None:
    response = client.get("/api/v1/units.geojson", headers={"Accept": "application/json"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"


def test_one_unit_with_hours_accessibility_and_contact(client: Any, section: Any) -> None:
    today = dt.datetime.now(STOCKHOLM).date()
    contact = factories.ContactFactory(name="Biblioteksinformation")
    unit = _unit(
        section,
        "stadsbiblioteket",
        GOTEBORG_C,
        title="Stadsbiblioteket",
        contact=contact,
        phone="031-368 33 00",
        opening_hours=[
            ("regular", {"weekdays": ["mon", "tue"], "opens": dt.time(8), "closes": dt.time(20)}),
            ("regular", {"weekdays": ["sat"], "opens": dt.time(11), "closes": dt.time(17)}),
            ("exception", {"date": today - dt.timedelta(days=3), "note": "Förr"}),
            ("exception", {"date": today + dt.timedelta(days=3), "note": "Inventering"}),
        ],
        accessibility=[("fact", {"fact": "hearing_loop", "note": "I hörsalen"})],
    )
    response = client.get(f"/api/v1/units/{unit.pk}/")
    assert response.status_code == 200
    body = response.json()
    assert body["title"] == "Stadsbiblioteket"
    hours = body["opening_hours"]
    assert hours["timezone"] == "Europe/Stockholm"
    assert hours["regular"] == [
        {"weekdays": ["mon", "tue"], "opens": "08:00", "closes": "20:00"},
        {"weekdays": ["sat"], "opens": "11:00", "closes": "17:00"},
    ]
    # Only exceptions from today on.
    assert hours["exceptions"] == [
        {
            "date": (today + dt.timedelta(days=3)).isoformat(),
            "opens": None,
            "closes": None,
            "note": "Inventering",
        }
    ]
    assert body["accessibility"] == [{"fact": "hearing_loop", "note": "I hörsalen"}]
    assert body["contact"]["name"] == "Biblioteksinformation"
    assert body["phone"] == "031-368 33 00"
    assert isinstance(body["open_now"], bool)


def test_a_page_that_is_not_a_unit_is_not_found(client: Any, section: Any) -> None:
    for path in (
        f"/api/v1/units/{section.pk}/",
        "/api/v1/units/999999/",
        f"/api/v1/units/{2**64}/",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"near": "57.7"}, "near"),
        ({"near": "norr,väst"}, "near"),
        ({"near": "91,11.97"}, "near"),
        ({"near": "57.7,181"}, "near"),
        ({"near": "nan,11.97"}, "near"),
        ({"near": "57.7,11.97", "radius": "0"}, "radius"),
        ({"near": "57.7,11.97", "radius": "100001"}, "radius"),
        ({"near": "57.7,11.97", "radius": "1.5"}, "radius"),
        ({"radius": "500"}, "radius"),
        ({"bbox": "12.0,57.6,11.9,57.8"}, "bbox"),
        ({"bbox": "11.9,57.6,12.0"}, "bbox"),
        ({"bbox": "11.9,-91,12.0,57.8"}, "bbox"),
        ({"open_now": "kanske"}, "open_now"),
        ({"type": "Förskola"}, "type"),
        ({"locale": "xx"}, "locale"),
        ({"colour": "red"}, "colour"),
    ],
)
@pytest.mark.parametrize("path", ["/api/v1/units/", "/api/v1/units.geojson"])
def test_bad_filters_are_problems(client: Any, path: str, query: Any, field: str) -> None:
    response = client.get(path, query)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["code"] in {"validation_error", "unknown_parameter"}
    assert [error["field"] for error in body["errors"]] == [field]


def test_an_answer_is_revalidated_within_the_minute(client: Any, city: Any) -> None:
    first = client.get("/api/v1/units/")
    assert first["Cache-Control"].startswith("public")
    again = client.get("/api/v1/units/", headers={"If-None-Match": first["ETag"]})
    # The same minute (or, rarely, the next: then a fresh answer).
    assert again.status_code in {200, 304}
