"""Exports stream: memory stays flat whatever the row count, queries grow per chunk only."""

from __future__ import annotations

import gc
import json
import math
import tracemalloc
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import Deletion, KeyFigure, Organisation, Topic, UnitFigure
from tests import factories

pytestmark = pytest.mark.django_db

UNITS, FIGURES, YEARS = 10, 50, 200  # 100,000 possible key figure values


@pytest.fixture
def grid(section: Any) -> tuple[list[Any], list[KeyFigure]]:
    """Ten preschools and fifty key figures of their type, without values yet."""
    preschool = factories.UnitTypeFactory(name="Förskola", slug="forskola")
    units = []
    for n in range(UNITS):
        unit = factories.UnitPageFactory(parent=section, slug=f"forskola-{n}", unit_type=preschool)
        unit.save_revision().publish()
        units.append(unit)
    figures = KeyFigure.objects.bulk_create(
        KeyFigure(
            unit_type=preschool,
            slug=f"nyckeltal-{n}",
            name=f"Nyckeltal {n}",
            definition="Ett nyckeltal.",
            unit_of_measure="%",
            source="Skolverket",
        )
        for n in range(FIGURES)
    )
    return units, figures


def add_values(grid: tuple[list[Any], list[KeyFigure]], *, years: range) -> None:
    units, figures = grid
    UnitFigure.objects.bulk_create(
        (
            UnitFigure(unit=unit, figure=figure, year=1900 + year, value=Decimal(year) / 4)
            for unit in units
            for figure in figures
            for year in years
        ),
        batch_size=5000,
    )


def streamed_peak(client: Any, path: str) -> tuple[int, int, int]:
    """(bytes traced at the peak, rows, bytes of body) while the export is read chunk by
    chunk and each chunk dropped at once, as a client writing to a file would."""
    gc.collect()
    tracemalloc.start()
    try:
        response = client.get(path)
        assert response.status_code == 200
        lines = size = 0
        for part in response.streaming_content:
            lines += part.count(b"\n")
            size += len(part)
            del part
        # Exhausting the stream closed the response, as a WSGI server would.
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, lines, size


def test_a_100k_row_export_streams_in_the_memory_of_a_10k_one(
    client: Any, grid: tuple[list[Any], list[KeyFigure]]
) -> None:
    path = "/api/v1/opendata/key-figures?format=ndjson"
    b"".join(client.get(path).streaming_content)  # reference data and code loaded first
    add_values(grid, years=range(20))
    peak_10k, rows_10k, size_10k = streamed_peak(client, path)
    add_values(grid, years=range(20, YEARS))
    peak_100k, rows_100k, size_100k = streamed_peak(client, path)
    print(  # shown with pytest -s: the figures behind the assertion
        f"\n10k rows: {size_10k:,} bytes streamed, peak {peak_10k:,} bytes traced"
        f"\n100k rows: {size_100k:,} bytes streamed, peak {peak_100k:,} bytes traced"
    )
    assert (rows_10k, rows_100k) == (10_000, 100_000)
    assert size_100k > 9 * size_10k
    # Ten times the rows, the same memory: a growing buffer would be ten times the peak.
    assert peak_100k < 1.25 * peak_10k
    assert peak_100k < size_100k / 3  # the body is never held whole


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_every_format_streams_flat(
    client: Any, grid: tuple[list[Any], list[KeyFigure]], fmt: str
) -> None:
    path = f"/api/v1/opendata/key-figures?format={fmt}"
    client.get(path)
    add_values(grid, years=range(4))
    peak_small, _lines, size_small = streamed_peak(client, path)
    add_values(grid, years=range(4, 40))
    peak_large, _lines, size_large = streamed_peak(client, path)
    assert size_large > 9 * size_small
    assert peak_large < 1.25 * peak_small
    if fmt == "json":  # the streamed envelope is one valid JSON document
        body = b"".join(client.get(path).streaming_content)
        assert len(json.loads(body)["results"]) == UNITS * FIGURES * 40


# --- Queries: a constant number per chunk, none per row ---------------------------------------

CHUNK = 10
# Queries before the first chunk: the content version (for the ETag); then per chunk: the
# rows, and for pages their topics and their types' own fields (summary, owner); and the
# empty read that ends a full last chunk.
PER_CHUNK = {"units": 1, "key-figures": 1, "organisations": 1, "topics": 1, "pages": 3}


def make_rows(name: str, count: int, section: Any) -> None:
    if name == "organisations":
        factories.OrganisationFactory.create_batch(count)
    elif name == "topics":
        factories.TopicFactory.create_batch(count)
    elif name == "deletions":
        Deletion.objects.bulk_create(
            Deletion(kind="unit", object_id=n, reason="deleted") for n in range(count)
        )
    else:  # units, their pages and their key figure values
        preschool = factories.UnitTypeFactory(slug=f"typ-{UnitFigure.objects.count()}")
        figure = KeyFigure.objects.create(
            unit_type=preschool, slug="k", name="K", definition="K", unit_of_measure="%", source="S"
        )
        for _ in range(count):
            unit = factories.UnitPageFactory(parent=section, unit_type=preschool)
            unit.topics.add(factories.TopicFactory())
            unit.save_revision().publish()
            UnitFigure.objects.create(unit=unit, figure=figure, year=2025, value=1)


def export_queries(client: Any, name: str) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/api/v1/opendata/{name}?format=ndjson")
        rows = sum(part.count(b"\n") for part in response.streaming_content)
    return len(queries), rows


@pytest.mark.parametrize("name", [*PER_CHUNK, "deletions"])
def test_exports_cost_queries_per_chunk_not_per_row(
    client: Any, section: Any, settings: Any, name: str
) -> None:
    settings.OPENDATA_CHUNK_SIZE = CHUNK
    make_rows(name, 5, section)
    warm = f"/api/v1/opendata/{name}"  # reference data loaded for the content version
    b"".join(client.get(warm).streaming_content)
    few, few_rows = export_queries(client, name)
    make_rows(name, 3 * CHUNK, section)  # publishing moves the content version on
    b"".join(client.get(warm).streaming_content)
    many, many_rows = export_queries(client, name)
    chunks = math.ceil(many_rows / CHUNK) - math.ceil(few_rows / CHUNK)
    assert many_rows - few_rows >= 3 * CHUNK
    assert many - few <= PER_CHUNK.get(name, 1) * (chunks + 1)


def test_the_snippet_rows_are_all_there(client: Any, home: Any, settings: Any) -> None:
    settings.OPENDATA_CHUNK_SIZE = 7
    factories.OrganisationFactory.create_batch(20)
    factories.TopicFactory.create_batch(15)
    for name, model in (("organisations", Organisation), ("topics", Topic)):
        response = client.get(f"/api/v1/opendata/{name}?format=ndjson")
        ids = [json.loads(line)["id"] for line in b"".join(response.streaming_content).splitlines()]
        assert ids == sorted(model.objects.values_list("pk", flat=True))
