"""Publishing a form in the admin freezes a new version of it."""

from __future__ import annotations

from typing import Any

from wagtail.signals import published, unpublished

from cms.versioning import content_version_bump


def _on_published(sender: Any, instance: Any, **kwargs: Any) -> None:
    from eservices.models import FormDefinition
    from eservices.services import form_version_publish

    if isinstance(instance, FormDefinition):
        form_version_publish(form=instance)


def _on_unpublished(sender: Any, instance: Any, **kwargs: Any) -> None:
    from eservices.models import FormDefinition

    if isinstance(instance, FormDefinition):
        content_version_bump()


def connect() -> None:
    published.connect(_on_published, dispatch_uid="eservices-form-published")
    unpublished.connect(_on_unpublished, dispatch_uid="eservices-form-unpublished")
