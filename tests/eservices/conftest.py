"""A preschool application with every kind of field, built as an editor would."""

from __future__ import annotations

from typing import Any

import pytest

from eservices.demo import field, step
from eservices.models import FormDefinition
from tests import factories

APPLICATION_STEPS = [
    step(
        "Barnet",
        field("text", "child_name", "Barnets namn", max_length=100),
        field("personal_identity_number", "child_identity_number", "Barnets personnummer"),
        field("date", "start_date", "Önskat startdatum"),
        field("choice", "care_type", "Omsorgsform", choices=["förskola", "pedagogisk omsorg"]),
        field(
            "long_text",
            "care_needs",
            "Varför pedagogisk omsorg?",
            max_length=2000,
            show_when={"field": "care_type", "equals": "pedagogisk omsorg"},
        ),
        field(
            "number", "hours_per_week", "Timmar per vecka", minimum="1", maximum="50", whole=True
        ),
        field(
            "multiple_choice",
            "languages",
            "Språk hemma",
            choices=["svenska", "arabiska", "somaliska", "finska"],
            required=False,
        ),
    ),
    step(
        "Kontakt",
        field("email", "email", "E-post"),
        field("phone", "phone", "Mobilnummer", required=False),
        field("address", "address", "Adress"),
        field("map_location", "preferred_area", "Önskat område på kartan", required=False),
        field("file_upload", "attachments", "Intyg", max_files=3, required=False),
        field("consent", "consent", "Jag har läst hur uppgifterna behandlas"),
    ),
]


@pytest.fixture
def application(home: Any) -> FormDefinition:
    """Published once: version 1."""
    form = FormDefinition.objects.create(
        title="Ansök om förskoleplats",
        slug="ansokan-forskoleplats",
        kind=FormDefinition.Kind.APPLICATION,
        introduction="Ansök senast fyra månader innan du behöver platsen.",
        organisation=factories.OrganisationFactory(slug="forskoleforvaltningen"),
        processing_days=120,
        steps=APPLICATION_STEPS,
        receipt_text="Tack! Vi har tagit emot din ansökan.",
        live=False,
    )
    form.save_revision().publish()
    form.refresh_from_db()  # publishing saves the revision's copy, not this instance
    return form


VALID = {
    "child_name": "Alva Berg",
    "child_identity_number": "20220315-2380",
    "start_date": "2027-01-10",
    "care_type": "förskola",
    "hours_per_week": 40,
    "languages": ["svenska", "finska"],
    "email": "berg@example.se",
    "phone": "070-123 45 67",
    "address": {"street": "Storgatan 1", "postal_code": "411 38", "city": "Göteborg"},
    "preferred_area": {"lat": 57.7, "lon": 11.97},
    "consent": True,
}
