"""Open data: the datasets the city publishes in bulk, read chunk by chunk.

Every dataset is read by keyset pagination on its id (`id > last ORDER BY id LIMIT n`):
one query per chunk (two for pages, whose topics sit in the page types' own tables),
nothing held open between chunks, so an export of any size runs in constant memory
and costs the database no long transaction or server-side cursor.

`updated_since` keeps the rows that changed at or after the moment: by their own time,
or, for what changes a row without touching that time (a move, a restriction lifted, a
deleted topic…), by the change marked for its page (cms.opendata_changes). Withdrawn rows
are in the deletions feed (cms.tombstones), which a mirror applies first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Q, QuerySet
from django.db.models.functions import Coalesce, Greatest

from cms.directory import Directory, directory
from cms.models import Deletion, Organisation, Topic, UnitFigure, UnitType
from cms.selectors import (
    page_api_type,
    page_list,
    page_rows_topic_ids,
    page_rows_type_fields,
)
from cms.units import public_units

Row = dict[str, Any]
Chunks = Iterator[list[Row]]


@dataclass(frozen=True)
class Dataset:
    """One export: its columns (the same in every format) and how its rows are read."""

    slug: str
    columns: tuple[str, ...]
    read: Callable[[dt.datetime | None, int], Chunks]
    # Catalogue metadata: Swedish and English texts, EU data themes, EU update frequency.
    title: dict[str, str]
    description: dict[str, str]
    themes: tuple[str, ...]
    frequency: str
    keywords: tuple[str, ...] = ()


def keyset_chunks(rows: QuerySet[Any], chunk_size: int) -> Iterator[list[Row]]:
    """Rows of a values() queryset in id order, `chunk_size` at a time, one query each."""
    last = 0
    while True:
        chunk = list(rows.filter(pk__gt=last).order_by("pk")[:chunk_size])
        if chunk:
            yield chunk
        if len(chunk) < chunk_size:
            return
        last = chunk[-1]["id"]


# --- Units ------------------------------------------------------------------------------------

_UNIT_FIELDS = (
    "id",
    "translation_key",
    "locale_id",
    "title",
    "url_path",
    "unit_type_id",
    "operator",
    "organisation_id",
    "street_address",
    "postal_code",
    "post_town",
    "latitude",
    "longitude",
    "phone",
    "email",
    "last_published_at",
)


def _slug(d: Directory, model: type[Any], pk: int | None) -> str | None:
    found = d.snippet(model, pk)
    return found.slug if found is not None else None


def _page_changed_at(prefix: str = "") -> Any:
    """A page's (or a unit's) change time: its last publication, or a later change marked
    for it (cms.opendata_changes)."""
    published, marked = f"{prefix}last_published_at", f"{prefix}opendata_change__changed_at"
    # Greatest is null on SQLite when any argument is.
    return Greatest(Coalesce(published, marked), Coalesce(marked, published))


def _page_changed_since(since: dt.datetime, prefix: str = "") -> Q:
    return Q(**{f"{prefix}last_published_at__gte": since}) | Q(
        **{f"{prefix}opendata_change__changed_at__gte": since}
    )


def _units(since: dt.datetime | None, chunk_size: int) -> Chunks:
    d = directory()
    rows = public_units(d, _UNIT_FIELDS).annotate(changed_at=_page_changed_at())
    if since is not None:
        rows = rows.filter(_page_changed_since(since))
    for chunk in keyset_chunks(rows, chunk_size):
        yield [
            {
                "id": row["id"],
                "translation_key": str(row["translation_key"]),
                "locale": d.language_codes.get(row["locale_id"], ""),
                "title": row["title"],
                "type": _slug(d, UnitType, row["unit_type_id"]),
                "operator": row["operator"],
                "organisation_id": row["organisation_id"],
                "organisation": _slug(d, Organisation, row["organisation_id"]),
                "street_address": row["street_address"],
                "postal_code": row["postal_code"],
                "post_town": row["post_town"],
                "latitude": float(row["latitude"]),
                "longitude": float(row["longitude"]),
                "phone": row["phone"],
                "email": row["email"],
                "path": d.frontend_path(row["url_path"], row["locale_id"]),
                "updated_at": row["changed_at"],
            }
            for row in chunk
        ]


# --- Key figure values ------------------------------------------------------------------------


def _key_figures(since: dt.datetime | None, chunk_size: int) -> Chunks:
    d = directory()
    rows = UnitFigure.objects.filter(
        unit__live=True, unit__locale_id=d.locale_ids.get(settings.LANGUAGE_CODE, 0)
    )
    if d.restricted_paths:
        rows = rows.exclude(d.restricted("unit__path"))
    # A row changes with its value, its figure's definition, or its unit's change.
    rows = rows.annotate(
        changed_at=Greatest(
            "updated_at",
            "figure__updated_at",
            # Greatest is null on SQLite when any argument is.
            Coalesce(_page_changed_at("unit__"), "updated_at"),
        )
    )
    if since is not None:
        rows = rows.filter(
            Q(updated_at__gte=since)
            | Q(figure__updated_at__gte=since)
            | _page_changed_since(since, "unit__")
        )
    values = rows.values(
        "id",
        "unit_id",
        "figure_id",
        "figure__slug",
        "figure__name",
        "figure__unit_type_id",
        "figure__unit_of_measure",
        "figure__source",
        "figure__source_url",
        "year",
        "value",
        "changed_at",
    )
    for chunk in keyset_chunks(values, chunk_size):
        yield [
            {
                "id": row["id"],
                "unit_id": row["unit_id"],
                "unit_type": _slug(d, UnitType, row["figure__unit_type_id"]),
                "figure_id": row["figure_id"],
                "figure": row["figure__slug"],
                "name": row["figure__name"],
                "year": row["year"],
                "value": float(row["value"]),
                "unit_of_measure": row["figure__unit_of_measure"],
                "source": row["figure__source"],
                "source_url": row["figure__source_url"],
                "updated_at": row["changed_at"],
            }
            for row in chunk
        ]


# --- Organisations and topics -----------------------------------------------------------------

_ORGANISATION_FIELDS = (
    "id",
    "translation_key",
    "locale",
    "name",
    "slug",
    "kind",
    "parent_id",
    "organisation_number",
    "switchboard_phone",
    "email",
    "website",
    "visiting_address",
    "postal_address",
    "description",
    "updated_at",
)
_TOPIC_FIELDS = (
    "id",
    "translation_key",
    "locale",
    "name",
    "slug",
    "parent_id",
    "description",
    "updated_at",
)


def _snippets(model: type[Organisation] | type[Topic], columns: tuple[str, ...]) -> Any:
    fields = tuple("locale_id" if c == "locale" else c for c in columns)

    def read(since: dt.datetime | None, chunk_size: int) -> Chunks:
        d = directory()
        rows = model.objects.all()
        if since is not None:
            rows = rows.filter(updated_at__gte=since)
        for chunk in keyset_chunks(rows.values(*fields), chunk_size):
            for row in chunk:
                row["translation_key"] = str(row["translation_key"])
                row["locale"] = d.language_codes.get(row["locale_id"], "")
            yield [{column: row[column] for column in columns} for row in chunk]

    return read


# --- Published page metadata ------------------------------------------------------------------


def _pages(since: dt.datetime | None, chunk_size: int) -> Chunks:
    d = directory()
    rows = page_list().annotate(changed_at=_page_changed_at())
    if since is not None:
        rows = rows.filter(_page_changed_since(since))
    rows = rows.values(
        "id",
        "translation_key",
        "content_type_id",
        "locale_id",
        "title",
        "url_path",
        "first_published_at",
        "changed_at",
    )
    for chunk in keyset_chunks(rows, chunk_size):
        topics = page_rows_topic_ids(chunk)
        fields = page_rows_type_fields(chunk)
        yield [
            {
                "id": row["id"],
                "translation_key": str(row["translation_key"]),
                "locale": d.language_codes.get(row["locale_id"], ""),
                "type": page_api_type(row["content_type_id"]),
                "title": row["title"],
                "summary": fields[row["id"]][0] or "",
                "path": d.frontend_path(row["url_path"], row["locale_id"]),
                "organisation_id": fields[row["id"]][1],
                "topic_ids": sorted(topics.get(row["id"], [])),
                "first_published_at": row["first_published_at"],
                "updated_at": row["changed_at"],
            }
            for row in chunk
            if row["id"] in fields  # not deleted since the rows were read
        ]


# --- Deletions --------------------------------------------------------------------------------

DELETION_COLUMNS = ("id", "kind", "object_id", "reason", "deleted_at")


def deletion_chunks(
    since: dt.datetime | None, *, kind: str | None = None, chunk_size: int | None = None
) -> Chunks:
    """Tombstones at or after `since` (of one kind, if given), oldest first."""
    chunk_size = chunk_size or settings.OPENDATA_CHUNK_SIZE
    rows = Deletion.objects.all()
    if since is not None:
        rows = rows.filter(deleted_at__gte=since)
    if kind is not None:
        rows = rows.filter(kind=kind)
    yield from keyset_chunks(rows.values(*DELETION_COLUMNS), chunk_size)


# --- The datasets -----------------------------------------------------------------------------

THEME_EDUCATION = "EDUC"  # education, culture and sport
THEME_GOVERNMENT = "GOVE"  # government and public sector
THEME_REGIONS = "REGI"  # regions and cities
THEME_SOCIETY = "SOCI"  # population and society

DATASETS: dict[str, Dataset] = {
    dataset.slug: dataset
    for dataset in (
        Dataset(
            slug="units",
            columns=(
                "id",
                "translation_key",
                "locale",
                "title",
                "type",
                "operator",
                "organisation_id",
                "organisation",
                "street_address",
                "postal_code",
                "post_town",
                "latitude",
                "longitude",
                "phone",
                "email",
                "path",
                "updated_at",
            ),
            read=_units,
            title={"sv": "Verksamheter i staden", "en": "The city's units"},
            description={
                "sv": (
                    "Förskolor, skolor, äldreboenden, bibliotek, idrottshallar, "
                    "återvinningscentraler och andra verksamheter: typ, huvudman, ansvarig "
                    "förvaltning, adress, koordinater (WGS 84) och kontaktuppgifter."
                ),
                "en": (
                    "Preschools, schools, elderly homes, libraries, sports halls, recycling "
                    "centres and other units: type, operator, responsible organisation, "
                    "address, coordinates (WGS 84) and contact details."
                ),
            },
            themes=(THEME_REGIONS, THEME_EDUCATION, THEME_SOCIETY),
            frequency="UPDATE_CONT",
            keywords=("förskola", "skola", "äldreboende", "bibliotek"),
        ),
        Dataset(
            slug="key-figures",
            columns=(
                "id",
                "unit_id",
                "unit_type",
                "figure_id",
                "figure",
                "name",
                "year",
                "value",
                "unit_of_measure",
                "source",
                "source_url",
                "updated_at",
            ),
            read=_key_figures,
            title={"sv": "Nyckeltal för verksamheter", "en": "Key figures of units"},
            description={
                "sv": (
                    "Jämförbara nyckeltal per verksamhet och år, till exempel barn per "
                    "anställd, andel legitimerade lärare och kostnad för måltider, med "
                    "måttenhet och källa."
                ),
                "en": (
                    "Comparable key figures per unit and year, such as children per staff "
                    "member, the share of qualified teachers and meal costs, with unit of "
                    "measure and source."
                ),
            },
            themes=(THEME_EDUCATION, THEME_SOCIETY),
            frequency="ANNUAL",
            keywords=("nyckeltal", "jämförelse"),
        ),
        Dataset(
            slug="organisations",
            columns=_ORGANISATION_FIELDS,
            read=_snippets(Organisation, _ORGANISATION_FIELDS),
            title={"sv": "Stadens organisationer", "en": "The city's organisations"},
            description={
                "sv": (
                    "Förvaltningar, bolag och stadsdelsnämnder med organisationsnummer och "
                    "kontaktuppgifter, på alla språk som finns."
                ),
                "en": (
                    "Administrations, city companies and district committees with "
                    "organisation numbers and contact details, in every language there is."
                ),
            },
            themes=(THEME_GOVERNMENT,),
            frequency="IRREG",
            keywords=("förvaltning", "bolag"),
        ),
        Dataset(
            slug="topics",
            columns=_TOPIC_FIELDS,
            read=_snippets(Topic, _TOPIC_FIELDS),
            title={"sv": "Ämnen", "en": "Topics"},
            description={
                "sv": "Stadens ämnesindelning av innehåll, med överordnade ämnen.",
                "en": "The city's topic taxonomy for its content, with broader topics.",
            },
            themes=(THEME_GOVERNMENT,),
            frequency="IRREG",
            keywords=("ämne", "taxonomi"),
        ),
        Dataset(
            slug="pages",
            columns=(
                "id",
                "translation_key",
                "locale",
                "type",
                "title",
                "summary",
                "path",
                "organisation_id",
                "topic_ids",
                "first_published_at",
                "updated_at",
            ),
            read=_pages,
            title={"sv": "Publicerade sidor", "en": "Published pages"},
            description={
                "sv": (
                    "Metadata om stadens publicerade webbsidor: typ, rubrik, sammanfattning, "
                    "adress, ansvarig organisation, ämnen och när de publicerades."
                ),
                "en": (
                    "Metadata of the city's published web pages: type, title, summary, "
                    "path, responsible organisation, topics and when they were published."
                ),
            },
            themes=(THEME_GOVERNMENT,),
            frequency="UPDATE_CONT",
            keywords=("webbplats", "innehåll"),
        ),
    )
}


def dataset_chunks(
    slug: str, *, since: dt.datetime | None, chunk_size: int | None = None
) -> Iterator[list[Row]]:
    """The dataset's rows that changed at or after `since` (all without), chunk by chunk
    (OPENDATA_CHUNK_SIZE rows unless told).

    Nothing is read until the first chunk is asked for.
    """
    return DATASETS[slug].read(since, chunk_size or settings.OPENDATA_CHUNK_SIZE)
