"""Background work of the content domain. Tasks load by id and call a service."""

from __future__ import annotations

from django_tasks import task

from cms.services import renditions_create


@task(queue_name="default")
def create_renditions(image_id: int) -> int:
    """Render the allowlisted sizes of one image, so API reads never have to."""
    return renditions_create(image_id=image_id)
