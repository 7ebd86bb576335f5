"""Published e-service forms in the shared search index (kind "form").

A form is found by its title, introduction and the labels of its fields; its address is
the service page that offers it, when one is published in the same language.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from wagtail.signals import published, unpublished

from cms import selectors as cms_selectors
from cms.models import ServicePage
from eservices.models import FormDefinition, FormVersion
from search.documents import SearchDocument, registry
from search.tasks import enqueue_update


def _service_paths(slugs: list[str]) -> dict[tuple[str, int], str]:
    """(form slug, locale id) -> path of a public service page offering the form."""
    from cms.directory import directory

    d = directory(fresh=True)
    pages = cms_selectors.public_pages(d).filter(servicepage__eservice_form_slug__in=slugs)
    out: dict[tuple[str, int], str] = {}
    for page in ServicePage.objects.filter(pk__in=pages.values("pk")).only(
        "eservice_form_slug", "url_path", "locale_id"
    ):
        path = d.frontend_path(page.url_path, page.locale_id)
        if path:
            out.setdefault((page.eservice_form_slug, page.locale_id), path)
    return out


def form_document(form: FormDefinition, version: FormVersion, path: str | None) -> SearchDocument:
    labels = [
        str(schema.get("title", ""))
        for schema in version.json_schema.get("properties", {}).values()
    ]
    return SearchDocument(
        key=f"form:{form.pk}",
        kind="form",
        locale=version.locale,
        title=version.title,
        url=path,
        summary=version.introduction,
        body="\n".join(labels),
        organisation=form.organisation.slug,
        type=version.kind,
        updated=version.published_at,
        facets={"form": form.slug},
        boost=1.4,
    )


class FormSource:
    name = "form"
    kinds: tuple[str, ...] = ("form",)

    def documents(self, ids: Sequence[str]) -> dict[str, SearchDocument]:
        pks = [int(pk) for pk in ids if pk.isdigit()]
        forms = list(
            FormDefinition.objects.filter(pk__in=pks, live=True).select_related(
                "organisation", "locale"
            )
        )
        paths = _service_paths([f.slug for f in forms])
        out = {}
        for form in forms:
            version = form.versions.order_by("-number").first()
            if version is not None:
                path = paths.get((form.slug, form.locale_id))
                out[str(form.pk)] = form_document(form, version, path)
        return out

    def all_ids(self) -> Iterator[str]:
        for pk in FormDefinition.objects.filter(live=True).values_list("pk", flat=True):
            yield str(pk)


def _on_form(sender: Any, instance: Any, **kwargs: Any) -> None:
    if isinstance(instance, FormDefinition):
        enqueue_update([f"form:{instance.pk}"])


def connect() -> None:
    registry.register(FormSource())
    published.connect(_on_form, dispatch_uid="eservices-search-published")
    unpublished.connect(_on_form, dispatch_uid="eservices-search-unpublished")
