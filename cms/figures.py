"""Key figures of units: the import of values, each unit's history, and comparisons.

Values belong to the Swedish (source-locale) unit page; a translated unit's figures are
its source's. A comparison is a table: the same figures (those of the units' type), the
same years (every year any of them has a value for) and an explicit null where a unit has
no value.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from cms.directory import Directory, directory
from cms.models import KeyFigure, UnitFigure, UnitPage
from cms.representation import unit_type_data
from cms.versioning import content_version_bump

IMPORT_COLUMNS = ("unit", "figure", "year", "value")
MIN_COMPARED, MAX_COMPARED = 2, 6


class FigureError(Exception):
    """A comparison that cannot be made; `code` is stable."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


# --- Import -------------------------------------------------------------------------------


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)  # "row 3: …", nothing written if any


def _value(raw: str) -> Decimal | None:
    try:
        value = Decimal(raw.strip().replace(" ", "").replace(",", "."))
    except InvalidOperation:
        return None
    return value if value.is_finite() and abs(value) < Decimal("1e10") else None


def _year(raw: str) -> int | None:
    raw = raw.strip()
    return int(raw) if raw.isascii() and raw.isdigit() and 1900 <= int(raw) <= 2100 else None


@transaction.atomic
def key_figure_values_import(*, rows: Iterable[dict[str, str]]) -> ImportReport:
    """Store key figure values from rows of `unit` (the Swedish unit page's slug), `figure`
    (the key figure's slug for that unit's type), `year` and `value` (a decimal comma or
    point).

    All or nothing: every row is checked first and any error writes nothing. Importing the
    same rows again changes nothing.
    """
    report = ImportReport()
    units: dict[str, list[UnitPage]] = {}
    for unit in UnitPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE):
        units.setdefault(unit.slug, []).append(unit)
    figures = {(f.unit_type_id, f.slug): f for f in KeyFigure.objects.all()}
    wanted: dict[tuple[int, int, int], Decimal] = {}
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        problem, key, value = _check_row(row, units, figures)
        if problem is not None:
            report.errors.append(f"row {number}: {problem}")
        elif key is not None and value is not None:
            wanted[key] = value
    if report.errors:
        return report
    _store(wanted, report)
    return report


def _check_row(
    row: dict[str, str],
    units: dict[str, list[UnitPage]],
    figures: dict[tuple[int, str], KeyFigure],
) -> tuple[str | None, tuple[int, int, int] | None, Decimal | None]:
    """(what is wrong, else None; the value's key; the value) for one row."""
    slug = (row.get("unit") or "").strip()
    found = units.get(slug, [])
    if not found:
        return f"no unit has the slug {slug!r}", None, None
    if len(found) > 1:
        return f"several units have the slug {slug!r}", None, None
    figure_slug = (row.get("figure") or "").strip()
    figure = figures.get((found[0].unit_type_id, figure_slug))
    if figure is None:
        return f"{slug!r} has no key figure {figure_slug!r} for its type", None, None
    year, value = _year(row.get("year") or ""), _value(row.get("value") or "")
    if year is None:
        return "the year must be a whole number 1900-2100", None, None
    if value is None:
        return "the value must be a number", None, None
    return None, (found[0].pk, figure.pk, year), value


def _store(wanted: dict[tuple[int, int, int], Decimal], report: ImportReport) -> None:
    existing = {
        (v.unit_id, v.figure_id, v.year): v
        for v in UnitFigure.objects.filter(
            unit_id__in={key[0] for key in wanted}, figure_id__in={key[1] for key in wanted}
        )
    }
    new, changed = [], []
    now = timezone.now()
    for (unit_id, figure_id, year), value in wanted.items():
        current = existing.get((unit_id, figure_id, year))
        if current is None:
            new.append(UnitFigure(unit_id=unit_id, figure_id=figure_id, year=year, value=value))
        elif current.value != value:
            # bulk_update skips auto_now: set it, so incremental exports see the change.
            current.value, current.updated_at = value, now
            changed.append(current)
        else:
            report.unchanged += 1
    UnitFigure.objects.bulk_create(new)
    UnitFigure.objects.bulk_update(changed, ["value", "updated_at"])
    report.created, report.updated = len(new), len(changed)
    if new or changed:
        content_version_bump()


def read_csv(text: str) -> list[dict[str, str]]:
    """Rows of a CSV file with the import's columns (comma or semicolon separated)."""
    dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;")
    reader = csv.DictReader(text.splitlines(), dialect=dialect)
    missing = [c for c in IMPORT_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"The first row must name the columns {', '.join(IMPORT_COLUMNS)}.")
    return list(reader)


# --- Reads --------------------------------------------------------------------------------

_UNIT_FIELDS = ("id", "title", "unit_type_id", "locale_id", "url_path", "translation_key")


def _units(d: Directory, unit_ids: list[int]) -> dict[int, dict[str, Any]]:
    units = UnitPage.objects.live().filter(pk__in=unit_ids)
    if d.restricted_paths:
        units = units.exclude(d.restricted())
    return {row["id"]: row for row in units.values(*_UNIT_FIELDS)}


def _source_ids(d: Directory, rows: list[dict[str, Any]]) -> dict[int, int]:
    """Each unit's Swedish page id (itself when it is Swedish)."""
    source_locale = d.locale_ids.get(settings.LANGUAGE_CODE)
    sources = dict(
        UnitPage.objects.filter(
            translation_key__in={row["translation_key"] for row in rows}, locale_id=source_locale
        ).values_list("translation_key", "id")
    )
    return {row["id"]: sources.get(row["translation_key"], row["id"]) for row in rows}


def _figure_data(figure: KeyFigure) -> dict[str, Any]:
    return {
        "slug": figure.slug,
        "name": figure.name,
        "definition": figure.definition,
        "unit_of_measure": figure.unit_of_measure,
        "source": figure.source,
        "source_url": figure.source_url,
    }


def _unit_ref(d: Directory, row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "title": row["title"],
        "path": d.frontend_path(row["url_path"], row["locale_id"]) if row["url_path"] else None,
    }


def _number(value: Decimal) -> float:
    return float(value.normalize())


def unit_figures(unit_id: int) -> dict[str, Any] | None:
    """A published unit's key figures with every year's value, oldest first."""
    d = directory()
    row = _units(d, [unit_id]).get(unit_id)
    if row is None:
        return None
    source_id = _source_ids(d, [row])[unit_id]
    figures = list(KeyFigure.objects.filter(unit_type_id=row["unit_type_id"]))
    history: dict[int, list[dict[str, Any]]] = {}
    for figure_id, year, value in (
        UnitFigure.objects.filter(unit_id=source_id, figure__in=figures)
        .order_by("year")
        .values_list("figure_id", "year", "value")
    ):
        history.setdefault(figure_id, []).append({"year": year, "value": _number(value)})
    return {
        "unit": _unit_ref(d, row),
        "type": unit_type_data(d, row["unit_type_id"], row["locale_id"]),
        "figures": [{**_figure_data(f), "history": history.get(f.pk, [])} for f in figures],
    }


def units_compare(unit_ids: list[int]) -> dict[str, Any]:
    """An aligned table of the key figures of 2-6 published units of one type.

    Raises FigureError: `unit_count` for too few or many, `unit_not_found` for an id that
    is no published unit, `mixed_unit_types` for units of different types.
    """
    if not MIN_COMPARED <= len(unit_ids) <= MAX_COMPARED or len(set(unit_ids)) != len(unit_ids):
        raise FigureError(
            f"Compare {MIN_COMPARED}-{MAX_COMPARED} different units.", code="unit_count"
        )
    d = directory()
    found = _units(d, unit_ids)
    missing = [pk for pk in unit_ids if pk not in found]
    if missing:
        raise FigureError(
            f"No published unit has the id {', '.join(map(str, missing))}.", code="unit_not_found"
        )
    rows = [found[pk] for pk in unit_ids]
    if len({row["unit_type_id"] for row in rows}) > 1:
        raise FigureError("Units of different types cannot be compared.", code="mixed_unit_types")
    sources = _source_ids(d, rows)
    figures = list(KeyFigure.objects.filter(unit_type_id=rows[0]["unit_type_id"]))
    values: dict[tuple[int, int, int], Decimal] = {
        (unit_id, figure_id, year): value
        for unit_id, figure_id, year, value in UnitFigure.objects.filter(
            unit_id__in=set(sources.values()), figure__in=figures
        ).values_list("unit_id", "figure_id", "year", "value")
    }
    years = sorted({year for _u, _f, year in values})
    return {
        "type": unit_type_data(d, rows[0]["unit_type_id"], rows[0]["locale_id"]),
        "units": [_unit_ref(d, row) for row in rows],
        "years": years,
        "figures": [
            {
                **_figure_data(figure),
                "rows": [
                    {
                        "year": year,
                        "values": [
                            _number(v)
                            if (v := values.get((sources[pk], figure.pk, year))) is not None
                            else None
                            for pk in unit_ids
                        ],
                    }
                    for year in years
                ],
            }
            for figure in figures
        ],
    }
