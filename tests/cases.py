"""Forms published and cases filed as the platform does it, for tests of what follows."""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib.auth.models import Group, Permission

from eservices import selectors, submissions
from eservices.demo import FORMS
from eservices.models import Case, FormDefinition
from tests import factories

FAULT_REPORT = {
    "category": "belysning",
    "description": "Lampan vid busshållplatsen är trasig.",
    "location": {"lat": 57.7, "lon": 11.97},
    "email": "a@example.se",
    "phone": "070-123 45 67",
}


def publish_form(slug: str, organisation: Any = None) -> FormDefinition:
    """A demo form, created and published as an editor does (version 1)."""
    data = {
        k: v for k, v in next(f for f in FORMS if f["slug"] == slug).items() if k != "organisation"
    }
    form = FormDefinition.objects.create(
        **data, organisation=organisation or factories.OrganisationFactory(), live=False
    )
    form.save_revision().publish()
    return form


def file_case(slug: str = "felanmalan", data: dict[str, Any] | None = None, **extra: Any) -> Case:
    """A case filed through the submission service, as the API files it."""
    version = selectors.current_version(slug=slug, locale=extra.pop("locale", "sv"))
    assert version is not None, "publish the form first"
    answers = FAULT_REPORT if data is None else data
    outcome = submissions.submission_submit(
        version=version,
        data=answers,
        owner="anonymous",
        idempotency_key=str(uuid.uuid4()),
        body_hash=submissions.request_hash(answers),
        **extra,
    )
    return Case.objects.get(reference=outcome.body["reference"])


def handler_group(organisation: Any, *, change: bool = True) -> Group:
    """A group that handles the organisation's cases (view, and change unless told not to)."""
    group = Group.objects.create(name=f"Handläggare {organisation.slug} {change}")
    codenames = ["access_admin", "view_case"] + (["change_case"] if change else [])
    group.permissions.add(*Permission.objects.filter(codename__in=codenames))
    organisation.case_handler_groups.add(group)
    return group
