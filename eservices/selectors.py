"""Reads of the e-service domain shared by the API and the admin."""

from __future__ import annotations

from django.db.models import OuterRef, QuerySet, Subquery

from eservices.models import FormDefinition, FormVersion


def current_versions(*, locale: str) -> QuerySet[FormVersion]:
    """The newest version of every live form in the locale, by title."""
    newest = FormVersion.objects.filter(form=OuterRef("form")).order_by("-number").values("pk")[:1]
    return (
        FormVersion.objects.filter(locale=locale, form__live=True, pk=Subquery(newest))
        .select_related("form", "organisation")
        .order_by("title", "pk")
    )


def current_version(*, slug: str, locale: str) -> FormVersion | None:
    """The version of the live form with this slug that submissions are made against now."""
    form = FormDefinition.objects.filter(slug=slug, locale__language_code=locale, live=True).first()
    if form is None:
        return None
    return form.versions.select_related("form", "organisation").order_by("-number").first()
