"""Key figure values from CSV: per-row errors, all or nothing, and idempotent."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from cms.models import KeyFigure, UnitFigure
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def preschools(section: Any) -> dict[str, Any]:
    preschool = factories.UnitTypeFactory(name="Förskola", slug="forskola")
    units = {}
    for slug in ("solen", "manen"):
        units[slug] = factories.UnitPageFactory(parent=section, slug=slug, unit_type=preschool)
    library = factories.UnitTypeFactory(name="Bibliotek", slug="bibliotek")
    units["biblioteket"] = factories.UnitPageFactory(
        parent=section, slug="biblioteket", unit_type=library
    )
    for slug in ("barn-per-anstalld", "nojdhet"):
        KeyFigure.objects.create(
            unit_type=preschool,
            slug=slug,
            name=slug,
            definition="Definition",
            unit_of_measure="%",
            source="Skolverket",
        )
    return units


def _import(tmp_path: Path, text: str) -> str:
    path = tmp_path / "nyckeltal.csv"
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    call_command("import_key_figures", str(path), stdout=out, stderr=io.StringIO())
    return out.getvalue()


GOOD = """unit;figure;year;value
solen;barn-per-anstalld;2024;5,2
solen;barn-per-anstalld;2025;5.0
manen;nojdhet;2025;91
"""


def test_values_are_imported_and_a_second_import_changes_nothing(
    tmp_path: Path, preschools: Any
) -> None:
    assert "3 created, 0 updated, 0 unchanged" in _import(tmp_path, GOOD)
    value = UnitFigure.objects.get(unit=preschools["solen"], year=2024)
    assert value.value == Decimal("5.2")
    assert "0 created, 0 updated, 3 unchanged" in _import(tmp_path, GOOD)
    assert UnitFigure.objects.count() == 3


def test_a_changed_value_is_updated(tmp_path: Path, preschools: Any) -> None:
    _import(tmp_path, GOOD)
    changed = GOOD.replace("5,2", "4,9")
    assert "0 created, 1 updated, 2 unchanged" in _import(tmp_path, changed)
    assert UnitFigure.objects.get(unit=preschools["solen"], year=2024).value == Decimal("4.9")


def test_every_bad_row_is_named_and_nothing_is_imported(
    tmp_path: Path, preschools: Any, capsys: Any
) -> None:
    bad = (
        "unit,figure,year,value\n"
        "solen,barn-per-anstalld,2024,5.2\n"
        "stjarnan,barn-per-anstalld,2024,5\n"
        "biblioteket,barn-per-anstalld,2024,5\n"
        "solen,nojdhet,tjugo,5\n"
        "solen,nojdhet,2024,många\n"
    )
    path = tmp_path / "fel.csv"
    path.write_text(bad, encoding="utf-8")
    errors = io.StringIO()
    with pytest.raises(CommandError, match="4 rows have errors; nothing was imported"):
        call_command("import_key_figures", str(path), stderr=errors)
    lines = errors.getvalue().splitlines()
    assert lines == [
        "row 3: no unit has the slug 'stjarnan'",
        "row 4: 'biblioteket' has no key figure 'barn-per-anstalld' for its type",
        "row 5: the year must be a whole number 1900-2100",
        "row 6: the value must be a number",
    ]
    assert UnitFigure.objects.count() == 0


@pytest.mark.parametrize(
    "text", ["", "enhet;år\nsolen;2024\n", "unit,figure,year\nsolen,nojdhet,2024\n"]
)
def test_a_file_without_the_columns_is_refused(tmp_path: Path, preschools: Any, text: str) -> None:
    path = tmp_path / "kolumner.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CommandError, match="columns"):
        call_command("import_key_figures", str(path))
    assert UnitFigure.objects.count() == 0


def test_a_missing_file_is_a_clear_error(tmp_path: Path, db: None) -> None:
    with pytest.raises(CommandError, match=r"saknas\.csv"):
        call_command("import_key_figures", str(tmp_path / "saknas.csv"))


def test_a_figure_of_another_unit_type_is_refused_in_the_admin(preschools: Any) -> None:
    figure = KeyFigure.objects.get(slug="nojdhet")
    value = UnitFigure(unit=preschools["biblioteket"], figure=figure, year=2024, value=1)
    with pytest.raises(ValidationError):
        value.full_clean()
