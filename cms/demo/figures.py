"""Demo key figures: definitions for preschools and schools, values for the demo units."""

from __future__ import annotations

import hashlib
from decimal import Decimal

from cms.demo.data.figures import KEY_FIGURES, YEARS
from cms.figures import ImportReport, key_figure_values_import
from cms.models import KeyFigure, UnitPage, UnitType


def _share(*parts: object) -> float:
    """A number in [0, 1) that is always the same for the same parts."""
    digest = hashlib.blake2b("/".join(map(str, parts)).encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") / 2**32


def _values(unit: str, figure: str, low: float, high: float) -> list[dict[str, str]]:
    """A unit's plausible values of one figure over the demo years, as import rows."""
    rows = []
    places = 0 if high - low > 20 else 1
    for year in YEARS:
        survey = figure in {"nojdhet", "trygghet"}
        if survey and year == YEARS[-1] and _share(unit, "enkät") < 0.3:
            continue  # the survey had too few answers to publish
        value = round(Decimal(low + (high - low) * _share(unit, figure, year)), places)
        rows.append({"unit": unit, "figure": figure, "year": str(year), "value": str(value)})
    return rows


def load_demo_figures(unit_types: dict[str, UnitType]) -> ImportReport:
    """The key figures of the demo city's preschools and schools (idempotent).

    Some units lack the latest year's satisfaction survey, so comparisons show gaps.
    """
    rows = []
    for type_slug, definitions in KEY_FIGURES.items():
        unit_type = unit_types[type_slug]
        units = UnitPage.objects.filter(unit_type=unit_type, locale=unit_type.locale)
        for order, (slug, name, definition, measure, source, url, low, high) in enumerate(
            definitions
        ):
            KeyFigure.objects.get_or_create(
                unit_type=unit_type,
                slug=slug,
                defaults={
                    "name": name,
                    "definition": definition,
                    "unit_of_measure": measure,
                    "source": source,
                    "source_url": url,
                    "order": order,
                },
            )
            for unit in units:
                rows.extend(_values(unit.slug, slug, low, high))
    return key_figure_values_import(rows=rows)
