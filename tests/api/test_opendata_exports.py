"""Open data exports: shapes in CSV, JSON and NDJSON, incremental sync, deletions, licence."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from typing import Any

import pytest
from django.utils import timezone

from cms.models import Deletion, KeyFigure, UnitFigure
from tests import factories

pytestmark = pytest.mark.django_db

EXPORTS = ["units", "key-figures", "organisations", "topics", "pages", "deletions"]
CC0 = "https://creativecommons.org/publicdomain/zero/1.0/"


def body(response: Any) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def export(client: Any, name: str, **params: str) -> Any:
    response = client.get(f"/api/v1/opendata/{name}", params)
    assert response.status_code == 200, body(response)
    return response


def results(client: Any, name: str, **params: str) -> list[dict[str, Any]]:
    return json.loads(body(export(client, name, **params)))["results"]


@pytest.fixture
def city(section: Any) -> dict[str, Any]:
    """Two preschools with key figures, a topic, and an article about preschools."""
    preschool = factories.UnitTypeFactory(name="Förskola", slug="forskola")
    topic = factories.TopicFactory(name="Förskola", slug="forskola")
    units = []
    for slug, title in (("solen", "Förskolan Solen"), ("manen", "Förskolan Månen")):
        unit = factories.UnitPageFactory(
            parent=section, slug=slug, title=title, unit_type=preschool
        )
        unit.save_revision().publish()
        units.append(unit)
    figure = factories.KeyFigureFactory(
        unit_type=preschool, source_url="https://www.skolverket.se/"
    )
    values = [
        UnitFigure.objects.create(unit=unit, figure=figure, year=2025, value=Decimal(value))
        for unit, value in zip(units, ("5.2", "4.8"), strict=True)
    ]
    article = factories.ArticlePageFactory(parent=section, title="Öppettider", slug="oppettider")
    article.topics.add(topic)
    article.save_revision().publish()
    return {"units": units, "figure": figure, "values": values, "topic": topic, "article": article}


# --- Shapes -----------------------------------------------------------------------------------


def test_json_export_is_an_envelope_with_licence_source_and_sync_times(
    client: Any, city: dict[str, Any]
) -> None:
    response = export(client, "units")
    assert response["Content-Type"] == "application/json"
    data = json.loads(body(response))
    assert data["dataset"] == "units"
    assert data["license"] == {"name": "CC0 1.0", "url": CC0}
    assert data["source"]["publisher"] == "Staden"
    assert data["source"]["dataset"].endswith("/api/v1/opendata/catalog#dataset-units")
    assert data["updated_since"] is None
    generated = dt.datetime.fromisoformat(data["generated_at"])
    assert dt.datetime.fromisoformat(data["next_updated_since"]) < generated
    assert response["Next-Updated-Since"] == data["next_updated_since"]
    solen, manen = city["units"]
    assert [row["id"] for row in data["results"]] == sorted([solen.pk, manen.pk])
    row = next(row for row in data["results"] if row["id"] == solen.pk)
    assert row["title"] == "Förskolan Solen"
    assert row["type"] == "forskola"
    assert row["locale"] == "sv"
    assert row["path"] == "/sv/forskola/solen/"
    assert row["organisation_id"] == solen.organisation_id
    assert isinstance(row["latitude"], float)
    assert row["updated_at"].endswith("Z")


def test_csv_export_has_a_header_row_and_the_same_rows(client: Any, city: dict[str, Any]) -> None:
    as_json = results(client, "key-figures")
    response = export(client, "key-figures", format="csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8; header=present"
    assert response["Content-Disposition"] == 'attachment; filename="key-figures.csv"'
    rows = list(csv.DictReader(io.StringIO(body(response).decode())))
    assert [int(row["id"]) for row in rows] == [row["id"] for row in as_json]
    assert list(rows[0]) == list(as_json[0])
    assert {row["value"] for row in rows} == {"5.2", "4.8"}
    assert rows[0]["name"] == "Barn per anställd"
    assert rows[0]["updated_at"] == as_json[0]["updated_at"]


def test_ndjson_export_is_one_object_a_line(client: Any, city: dict[str, Any]) -> None:
    response = export(client, "pages", format="ndjson")
    assert response["Content-Type"] == "application/x-ndjson"
    lines = body(response).decode().splitlines()
    rows = [json.loads(line) for line in lines]
    assert rows == results(client, "pages")
    article = next(row for row in rows if row["id"] == city["article"].pk)
    assert article["type"] == "article"
    assert article["topic_ids"] == [city["topic"].pk]


def test_csv_lists_are_space_separated(client: Any, city: dict[str, Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(body(export(client, "pages", format="csv")).decode())))
    article = next(row for row in rows if int(row["id"]) == city["article"].pk)
    assert article["topic_ids"] == str(city["topic"].pk)


def test_accept_header_chooses_the_format(client: Any, city: dict[str, Any]) -> None:
    response = client.get("/api/v1/opendata/topics", HTTP_ACCEPT="application/x-ndjson")
    assert response["Content-Type"] == "application/x-ndjson"
    response = client.get("/api/v1/opendata/topics", HTTP_ACCEPT="text/csv")
    assert body(response).decode().startswith("id,translation_key,locale,name,slug")


@pytest.mark.parametrize("name", EXPORTS)
def test_an_unsupported_accept_is_a_406_problem(client: Any, home: Any, name: str) -> None:
    response = client.get(f"/api/v1/opendata/{name}", HTTP_ACCEPT="application/xml")
    assert response.status_code == 406
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "not_acceptable"
    assert CC0 in response["Link"]


def test_an_unknown_format_is_a_400_problem(client: Any, home: Any) -> None:
    response = client.get("/api/v1/opendata/units", {"format": "xml"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["errors"][0]["field"] == "format"


def test_private_and_unpublished_units_are_not_exported(
    client: Any, city: dict[str, Any], home: Any
) -> None:
    from wagtail.models import PageViewRestriction

    draft = factories.UnitPageFactory(parent=city["units"][0].get_parent(), slug="utkast")
    draft.unpublish()
    private = factories.SectionPageFactory(parent=home, title="Intranät", slug="intranat")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    hidden = factories.UnitPageFactory(
        parent=private, slug="personalrum", unit_type=city["units"][0].unit_type
    )
    hidden.save_revision().publish()
    UnitFigure.objects.create(unit=hidden, figure=city["figure"], year=2025, value=Decimal("3.0"))
    ids = {row["id"] for row in results(client, "units")}
    assert draft.pk not in ids and hidden.pk not in ids
    assert {unit.pk for unit in city["units"]} <= ids
    assert hidden.pk not in {row["id"] for row in results(client, "pages")}
    figures = {row["unit_id"] for row in results(client, "key-figures")}
    assert hidden.pk not in figures and city["units"][0].pk in figures


# --- Licence and source on every answer -----------------------------------------------------


@pytest.mark.parametrize("name", [*EXPORTS, "catalog"])
@pytest.mark.parametrize("query", ["", "?updated_since=igår", "?format=csv", "?colour=red"])
def test_every_answer_names_licence_and_source(
    client: Any, home: Any, name: str, query: str
) -> None:
    response = client.get(f"/api/v1/opendata/{name}{query}")
    links = response["Link"]
    assert f'<{CC0}>; rel="license"' in links
    assert '<https://www.stad.example/>; rel="author"' in links
    assert '/api/v1/opendata/catalog>; rel="describedby"' in links


# --- Incremental sync -----------------------------------------------------------------------


def an_hour_ago() -> str:
    """Move every change time an hour back; the answer is half an hour ago, for updated_since."""
    from wagtail.models import Page

    from cms.models import Organisation, PageChange, Topic

    hour_ago = timezone.now() - dt.timedelta(hours=1)
    Page.objects.update(last_published_at=hour_ago)
    PageChange.objects.update(changed_at=hour_ago)
    for model in (Organisation, Topic, KeyFigure, UnitFigure):
        model.objects.update(updated_at=hour_ago)
    return (hour_ago + dt.timedelta(minutes=30)).isoformat()


def test_updated_since_keeps_what_changed_at_or_after(client: Any, city: dict[str, Any]) -> None:
    since = an_hour_ago()
    assert results(client, "units", updated_since=since) == []
    manen = city["units"][1]
    manen.save_revision().publish()
    assert [row["id"] for row in results(client, "units", updated_since=since)] == [manen.pk]
    assert [row["id"] for row in results(client, "pages", updated_since=since)] == [manen.pk]


def test_key_figures_change_with_their_value_their_figure_and_their_unit(
    client: Any, city: dict[str, Any]
) -> None:
    from cms.figures import key_figure_values_import

    solen, manen = city["units"]
    figure = city["figure"]
    since = an_hour_ago()
    assert results(client, "key-figures", updated_since=since) == []
    report = key_figure_values_import(
        rows=[{"unit": solen.slug, "figure": figure.slug, "year": "2025", "value": "6,1"}]
    )
    assert report.updated == 1
    changed = results(client, "key-figures", updated_since=since)
    assert [(row["unit_id"], row["value"]) for row in changed] == [(solen.pk, 6.1)]

    since = an_hour_ago()
    manen.save_revision().publish()  # a unit published again brings its values back
    assert [row["unit_id"] for row in results(client, "key-figures", updated_since=since)] == [
        manen.pk
    ]
    since = an_hour_ago()
    figure.name = "Inskrivna barn per anställd"
    figure.save()
    changed = results(client, "key-figures", updated_since=since)
    assert {row["name"] for row in changed} == {"Inskrivna barn per anställd"}
    assert len(changed) == 2


def test_updated_since_must_be_an_rfc_3339_time_with_offset(client: Any, home: Any) -> None:
    for bad in ("igår", "2026-11-27", "2026-11-27T08:00:00", "0001-01-01T00:00:00+05:00"):
        response = client.get("/api/v1/opendata/units", {"updated_since": bad})
        assert response.status_code == 400, bad
        assert response["Content-Type"] == "application/problem+json"
        problem = response.json()
        assert problem["code"] == "validation_error"
        assert problem["errors"][0]["field"] == "updated_since"


def test_organisations_and_topics_carry_their_change_time(
    client: Any, city: dict[str, Any]
) -> None:
    since = an_hour_ago()
    assert results(client, "topics", updated_since=since) == []
    assert results(client, "organisations", updated_since=since) == []
    topic = city["topic"]
    topic.name = "Förskola och pedagogisk omsorg"
    topic.save()
    assert [row["name"] for row in results(client, "topics", updated_since=since)] == [
        "Förskola och pedagogisk omsorg"
    ]


def test_an_export_is_answered_304_until_its_data_changes(
    client: Any, city: dict[str, Any], home: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from wagtail.models import PageViewRestriction

    first = export(client, "units", updated_since="2026-01-01T00:00:00Z")
    body(first)
    etag = first["ETag"]
    assert first["Last-Modified"]
    as_csv = export(client, "units", updated_since="2026-01-01T00:00:00Z", format="csv")
    body(as_csv)
    assert as_csv["ETag"] != etag
    since = {"updated_since": "2026-01-01T00:00:00Z"}
    again = client.get("/api/v1/opendata/units", since, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert not again.streaming
    private = factories.SectionPageFactory(parent=home, title="Intranät", slug="intranat")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()  # a restriction lifted changes what the exports hold
    changed = client.get("/api/v1/opendata/units", since, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    body(changed)


# --- Deletions ------------------------------------------------------------------------------


def deletions(client: Any, **params: str) -> list[tuple[str, int, str]]:
    return [
        (row["kind"], row["object_id"], row["reason"])
        for row in results(client, "deletions", **params)
    ]


def test_unpublishing_a_unit_records_it_its_page_and_its_key_figures(
    client: Any, city: dict[str, Any]
) -> None:
    solen = city["units"][0]
    value = city["values"][0]
    solen.unpublish()
    assert sorted(deletions(client)) == sorted(
        [
            ("page", solen.pk, "unpublished"),
            ("unit", solen.pk, "unpublished"),
            ("key_figure", value.pk, "unpublished"),
        ]
    )
    assert solen.pk not in {row["id"] for row in results(client, "units")}
    assert value.pk not in {row["id"] for row in results(client, "key-figures")}


def test_deleting_records_every_export_the_rows_left(client: Any, city: dict[str, Any]) -> None:
    manen = city["units"][1]
    value = city["values"][1]
    topic_id = city["topic"].pk
    manen.delete()
    city["article"].topics.clear()
    city["article"].save_revision().publish()
    city["topic"].delete()
    found = deletions(client)
    assert ("unit", manen.pk, "deleted") in found
    assert ("page", manen.pk, "deleted") in found
    assert ("key_figure", value.pk, "deleted") in found
    assert ("topic", topic_id, "deleted") in found
    assert [kind for kind, _id, _reason in found].count("topic") == 1


def test_a_view_restriction_records_the_pages_it_hides(client: Any, city: dict[str, Any]) -> None:
    from wagtail.models import PageViewRestriction

    section = city["article"].get_parent()
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    found = deletions(client, kind="page")
    assert {object_id for _kind, object_id, _reason in found} == {
        section.pk,
        city["article"].pk,
        *(unit.pk for unit in city["units"]),
    }
    assert {reason for _kind, _id, reason in found} == {"restricted"}
    assert results(client, "units") == []


def test_a_page_moved_into_a_restricted_section_leaves_the_exports(
    client: Any, city: dict[str, Any], home: Any
) -> None:
    from wagtail.models import PageViewRestriction

    private = factories.SectionPageFactory(parent=home, title="Intranät", slug="intranat")
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    solen = city["units"][0]
    solen.move(private, pos="last-child")
    found = deletions(client)
    assert ("unit", solen.pk, "restricted") in found
    assert ("page", solen.pk, "restricted") in found
    assert ("key_figure", city["values"][0].pk, "restricted") in found
    assert {row["id"] for row in results(client, "units")} == {city["units"][1].pk}
    city["units"][1].move(home, pos="last-child")  # moved, still public: no tombstone
    assert ("unit", city["units"][1].pk, "restricted") not in deletions(client)


def test_a_mirror_that_applies_deletions_then_changes_stays_exact(
    client: Any, city: dict[str, Any]
) -> None:
    first = json.loads(body(export(client, "units")))
    mirror = {row["id"]: row for row in first["results"]}
    since = first["next_updated_since"]
    solen, manen = city["units"]
    solen.unpublish()
    third = factories.UnitPageFactory(
        parent=solen.get_parent(), slug="stjarnan", unit_type=solen.unit_type
    )
    third.save_revision().publish()
    for row in results(client, "deletions", updated_since=since, kind="unit"):
        mirror.pop(row["object_id"], None)
    for row in results(client, "units", updated_since=since):
        mirror[row["id"]] = row
    assert sorted(mirror) == sorted(row["id"] for row in results(client, "units"))
    assert sorted(mirror) == sorted([manen.pk, third.pk])


def test_deletions_filter_by_kind_and_time(client: Any, home: Any) -> None:
    before = timezone.now() - dt.timedelta(days=1)
    Deletion.objects.create(kind="topic", object_id=7, reason="deleted", deleted_at=before)
    Deletion.objects.create(kind="unit", object_id=8, reason="unpublished")
    assert deletions(client, kind="topic") == [("topic", 7, "deleted")]
    since = (before + dt.timedelta(hours=1)).isoformat()
    assert deletions(client, updated_since=since) == [("unit", 8, "unpublished")]
    response = client.get("/api/v1/opendata/deletions", {"kind": "person"})
    assert response.status_code == 400
