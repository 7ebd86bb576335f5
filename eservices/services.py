"""Writes of the e-service domain."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max

from cms.versioning import content_version_bump
from eservices import schema
from eservices.models import FormDefinition, FormVersion


@transaction.atomic
def form_version_publish(*, form: FormDefinition) -> FormVersion:
    """Freeze the form as it is now into its next version.

    Submissions are validated against the version they were made for, so a version is
    never changed afterwards; the form's earlier versions stay for their cases.
    """
    FormDefinition.objects.select_for_update().filter(pk=form.pk).first()  # one at a time
    fields = schema.fields_of(form.steps.raw_data)
    steps = [step["value"]["title"] for step in form.steps.raw_data]
    number = (form.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    version = FormVersion.objects.create(
        form=form,
        number=number,
        title=form.title,
        introduction=form.introduction,
        kind=form.kind,
        locale=form.locale.language_code,
        json_schema=schema.json_schema(fields, title=form.title),
        ui_schema=schema.ui_schema(fields, steps),
        fields=[{"name": f["name"], "kind": f["kind"]} for f in fields],
        routing=[rule["value"] for rule in form.routing.raw_data],
        organisation_id=form.organisation_id,
        allow_anonymous=form.allow_anonymous,
        receipt_text=form.receipt_text,
        processing_days=form.processing_days,
        status_texts={
            block["value"]["status"]: {
                "text": block["value"]["text"],
                "days": block["value"].get("days"),
            }
            for block in form.status_texts.raw_data
        },
    )
    content_version_bump()  # the forms API answers change
    return version
